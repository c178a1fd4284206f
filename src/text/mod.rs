//! Every word a person reads, in one catalogue per language, so wording can be reviewed
//! and translated without hunting through components. A language is one `Text` value;
//! a missing string is a compile error, not a blank on screen.

mod en;
mod es;

use crate::core::change::{ChangeError, Field, List};
use crate::core::plan::{AuthorRole, Effect, FactorKind, Involvement, LifeArea, Verb};
use crate::core::saved::ReadError;
use crate::core::time::CalendarDate;

pub use en::EN;
pub use es::ES;

/// The languages CoPlan speaks. Adding one: a file like `es.rs`, a variant here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en-GB")]
    English,
    #[serde(rename = "es")]
    Spanish,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    pub fn text(self) -> &'static Text {
        match self {
            Language::English => &EN,
            Language::Spanish => &ES,
        }
    }

    /// The language's own name, so a person can find theirs whatever is on screen.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
        }
    }

    pub fn code(self) -> &'static str {
        self.text().lang
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Declares the catalogue: fixed strings, lists of strings, and words that depend on
/// values. `strings()` lists every fixed string by name, for review and for tests.
macro_rules! catalogue {
    (
        strings { $($s:ident,)* }
        lists { $($l:ident: $n:literal,)* }
        words { $($f:ident: $t:ty,)* }
    ) => {
        /// A language's catalogue.
        pub struct Text {
            $(pub $s: &'static str,)*
            $(pub $l: [&'static str; $n],)*
            $(pub $f: $t,)*
        }

        impl Text {
            pub fn strings(&self) -> Vec<(&'static str, &'static str)> {
                let mut out = vec![$((stringify!($s), self.$s),)*];
                $(out.extend(self.$l.iter().map(|s| (stringify!($l), *s)));)*
                out
            }
        }
    };
}

catalogue! {
    strings {
        able_now_label,
        add_question,
        add_topic,
        affects_label,
        agenda_edit_label,
        agenda_intro,
        agenda_title,
        capability_hint,
        capability_label,
        changes_label,
        effect_label,
        fma_intro,
        fma_title,
        hh_add_heading,
        hh_helps_heading,
        hh_hinders_heading,
        hh_intro,
        hh_text_label,
        hh_title,
        hopes_label,
        involvement_label,
        kind_label,
        la_intro,
        la_title,
        life_area,
        more_heading,
        nav_agenda,
        nav_for_appointment,
        nav_helps,
        nav_life_areas,
        nav_people,
        next_step_label,
        not_chosen,
        nothing_yet,
        one_thing,
        people_add_button,
        people_add_heading,
        people_empty,
        people_intro,
        people_title,
        person_help_label,
        person_name_label,
        person_role_hint,
        person_role_label,
        print_button,
        prompts_label,
        question_label,
        questions_empty,
        questions_heading,
        sample_badge,
        sample_body,
        sample_heading,
        sample_note,
        scale_hint,
        skip_hint,
        step_filled,
        step_not_yet,
        topic_label,
        topics_empty,
        topics_heading,
        try_sample,
        visit_date_label,
        visit_heading,
        visit_with_hint,
        visit_with_label,
        wheel_now,
        wheel_table_caption,
        wheel_title,
        wheel_wished,
        wished_label,
        worries_label,
        lang,
        app_name,
        tagline,
        skip_link,
        privacy_note,
        nav_label,
        nav_plans,
        nav_overview,
        nav_what_matters,
        not_found_title,
        not_found_body,
        back_to_plans,
        loading,
        language_label,
        larger_text,
        glossary_link,
        glossary_title,
        glossary_intro,
        undone_notice,
        redone_notice,
        // The plans on this device
        plans_title,
        welcome_title,
        plans_empty,
        new_plan_heading,
        plan_name_label,
        plan_name_hint,
        create_plan,
        rename,
        delete,
        delete_title,
        delete_confirm,
        read_only_badge,
        unreadable_title,
        unreadable_body,
        download_unreadable,
        discard_unreadable,
        discard_unreadable_title,
        discard_unreadable_body,
        newer_title,
        newer_body,
        // Shared controls
        save,
        cancel,
        edit,
        remove,
        add,
        undo,
        redo,
        // Saving and other tabs
        status_saved,
        status_saving,
        status_read_only,
        storage_full,
        storage_failed,
        storage_unavailable,
        storage_failed_short,
        deleted_elsewhere,
        download_copy,
        other_tab_updated,
        // Overview
        overview_intro,
        contents_title,
        history_title,
        history_empty,
        export_title,
        export_body,
        export_button,
        writing_as,
        // What matters to me
        wm_title,
        wm_intro,
        wm_prompts_title,
        wm_empty,
        wm_new_label,
        wm_list_label,
        wm_edit_label,
    }
    lists {
        glossary_terms: 6,
        glossary_meanings: 6,
        prompt_questions: 4,
        welcome_body: 3,
        wm_prompts: 3,
    }
    words {
        add_named: fn(&str) -> String,
        affects_areas: fn(&str) -> String,
        effect_name: fn(Effect) -> &'static str,
        factor_kind: fn(FactorKind) -> &'static str,
        factor_kind_long: fn(FactorKind) -> &'static str,
        fill_in_area: fn(&str) -> String,
        involvement_name: fn(Involvement) -> &'static str,
        life_area_hint: fn(LifeArea) -> &'static str,
        life_area_name: fn(LifeArea) -> &'static str,
        next_step: fn(&str) -> String,
        now_and_wished: fn(Option<u8>, Option<u8>) -> String,
        out_of_ten: fn(u8) -> String,
        printed_on: fn(&str) -> String,
        progress_summary: fn(usize, usize) -> String,
        rating_option: fn(u8) -> String,
        visit_line: fn(Option<&str>, &str) -> String,
        format_date: fn(&CalendarDate) -> String,
        open_plan: fn(&str) -> String,
        rename_label: fn(&str) -> String,
        delete_body: fn(&str) -> String,
        last_changed: fn(&CalendarDate) -> String,
        unreadable_item: fn(&str) -> String,
        read_error: fn(&ReadError) -> String,
        edit_named: fn(&str) -> String,
        remove_named: fn(&str) -> String,
        move_up_named: fn(&str) -> String,
        move_down_named: fn(&str) -> String,
        chars_left: fn(usize) -> String,
        other_tab_dropped: fn(usize) -> String,
        history_line: fn(AuthorRole, Verb, Option<List>, &str) -> String,
        author: fn(AuthorRole) -> &'static str,
        wm_removed: fn(&str) -> String,
        field: fn(Field) -> &'static str,
        change_error: fn(&ChangeError) -> String,
    }
}
