//! Reusable parts of screens, one file each, named for what the person sees.

mod animated_code;
mod announcer;
mod capability_wheel;
mod choose_entries;
mod confirm_dialog;
mod display_settings;
mod entry_actions;
mod fields;
mod form_buttons;
mod helps_summary;
pub(crate) mod import_plan;
mod kept_versions;
mod list_page;
mod next_step;
mod plan_header;
pub mod plan_nav;
mod progress_charts;
mod scan_code;
mod share_link;
mod skip_link;
mod storage_problem;
mod text_entry_form;
mod text_item;
mod who_is_writing;
mod writing_as;

pub use animated_code::AnimatedCode;
pub use announcer::announcer;
pub use capability_wheel::{spokes as wheel_spokes, CapabilityWheel, Spoke, Spokes};
pub use choose_entries::{choose_entries, list_name, COPY_LISTS};
pub use confirm_dialog::ConfirmDialog;
pub use display_settings::display_settings;
pub use entry_actions::{moves, EntryActions};
pub use fields::{
    error_elsewhere, error_for, hold_removed, CheckboxGroup, LiveField, RadioGroup, RatingField,
    SelectField, TextField, TypeWords,
};
pub use form_buttons::form_buttons;
pub use helps_summary::helps_summary;
pub use import_plan::ImportPlan;
pub use kept_versions::KeptVersions;
pub use list_page::ListPage;
pub use next_step::next_step;
pub use plan_header::PlanHeader;
pub use plan_nav::PlanNav;
pub use progress_charts::{
    follow_through_chart, level_chart, score_chart, FollowThroughChartProps, LevelChartProps,
    ScoreChartProps,
};
pub use scan_code::{ScanCode, Scanner};
pub use share_link::{code_for, QrCode, ShareLink, ShareLinkProps};
pub use skip_link::skip_link;
pub use storage_problem::{drafts_unkept, left_unsaved, storage_problem};
pub use text_entry_form::TextEntryForm;
pub use text_item::{edit_words, TextItem};
pub use who_is_writing::who_is_writing;
pub use writing_as::{writing_as, NewWriter};

use wasm_bindgen::JsCast;

/// The value of the input, textarea or select an event came from.
pub fn value_of(e: &web_sys::Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    if let Some(i) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(t) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.value()
    } else if let Some(s) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}

/// Focuses an element after the current render, e.g. a button that moved with its row.
pub fn focus_soon(element_id: String) {
    focus_soon_at(vec![element_id], false);
}

/// Like [`focus_soon`], and brings the element to the top of the screen: what arrived is
/// read from its heading down, with its buttons in the first screenful of a phone.
pub fn focus_soon_at_top(element_id: String) {
    focus_soon_at(vec![element_id], true);
}

/// Like [`focus_soon`], on the first of these that can take focus: a move arrow that
/// brought its entry to the top is disabled, and focus goes to the other arrow rather
/// than falling back to the page (and a keyboard user back to its start).
pub fn focus_soon_first(element_ids: Vec<String>) {
    focus_soon_at(element_ids, false);
}

/// Once the form has drawn its refusal, focus goes to its first field marked invalid,
/// whose description (the reason) a screen reader then reads.
pub fn focus_invalid_soon(form: Option<web_sys::Element>) {
    let Some(form) = form else { return };
    gloo::timers::callback::Timeout::new(0, move || {
        let field = form
            .query_selector("[aria-invalid=\"true\"]")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
        }
    })
    .forget();
}

fn focus_soon_at(element_ids: Vec<String>, top: bool) {
    gloo::timers::callback::Timeout::new(0, move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        for id in &element_ids {
            let Some(el) = document
                .get_element_by_id(id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            let _ = el.focus();
            if document.active_element().as_ref() == Some(el.as_ref()) {
                if top {
                    el.scroll_into_view_with_bool(true);
                }
                return;
            }
        }
    })
    .forget();
}
