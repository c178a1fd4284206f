//! Every word a person reads, in one catalogue per language, so wording can be reviewed
//! and translated without hunting through components. A language is one `Text` value;
//! a missing string is a compile error, not a blank on screen.

mod en;

use crate::core::change::{ChangeError, Field, List};
use crate::core::plan::{AuthorRole, Verb};
use crate::core::saved::ReadError;
use crate::core::time::CalendarDate;

pub use en::EN;

/// A language's catalogue. Plain strings, and functions where words depend on values.
pub struct Text {
    pub lang: &'static str,
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_link: &'static str,
    pub privacy_note: &'static str,
    pub nav_label: &'static str,
    pub nav_plans: &'static str,
    pub nav_overview: &'static str,
    pub nav_what_matters: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_to_plans: &'static str,
    pub loading: &'static str,

    // The plans on this device
    pub plans_title: &'static str,
    pub welcome_title: &'static str,
    pub welcome_body: [&'static str; 3],
    pub plans_empty: &'static str,
    pub new_plan_heading: &'static str,
    pub plan_name_label: &'static str,
    pub plan_name_hint: &'static str,
    pub create_plan: &'static str,
    pub open_plan: fn(&str) -> String,
    pub rename: &'static str,
    pub rename_label: fn(&str) -> String,
    pub delete: &'static str,
    pub delete_title: &'static str,
    pub delete_body: fn(&str) -> String,
    pub delete_confirm: &'static str,
    pub last_changed: fn(&CalendarDate) -> String,
    pub read_only_badge: &'static str,
    pub unreadable_title: &'static str,
    pub unreadable_body: &'static str,
    pub unreadable_item: fn(&str) -> String,
    pub download_unreadable: &'static str,
    pub discard_unreadable: &'static str,
    pub discard_unreadable_title: &'static str,
    pub discard_unreadable_body: &'static str,
    pub newer_title: &'static str,
    pub newer_body: &'static str,
    pub read_error: fn(&ReadError) -> String,

    // Shared controls
    pub save: &'static str,
    pub cancel: &'static str,
    pub edit: &'static str,
    pub remove: &'static str,
    pub add: &'static str,
    pub close: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub edit_named: fn(&str) -> String,
    pub remove_named: fn(&str) -> String,
    pub move_up_named: fn(&str) -> String,
    pub move_down_named: fn(&str) -> String,
    pub chars_left: fn(usize) -> String,

    // Saving and other tabs
    pub status_saved: &'static str,
    pub status_saving: &'static str,
    pub status_read_only: &'static str,
    pub storage_full: &'static str,
    pub storage_failed: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_failed_short: &'static str,
    pub deleted_elsewhere: &'static str,
    pub download_copy: &'static str,
    pub other_tab_updated: &'static str,
    pub other_tab_dropped: fn(usize) -> String,
    pub undone: fn(&str) -> String,
    pub nothing_to_undo: &'static str,

    // Overview
    pub overview_intro: &'static str,
    pub contents_title: &'static str,
    pub count_what_matters: fn(usize) -> String,
    pub history_title: &'static str,
    pub history_empty: &'static str,
    pub history_line: fn(AuthorRole, Verb, Option<List>, &str) -> String,
    pub export_title: &'static str,
    pub export_body: &'static str,
    pub export_button: &'static str,
    pub writing_as: &'static str,
    pub author: fn(AuthorRole) -> &'static str,

    // What matters to me
    pub wm_title: &'static str,
    pub wm_intro: &'static str,
    pub wm_prompts_title: &'static str,
    pub wm_prompts: [&'static str; 3],
    pub wm_empty: &'static str,
    pub wm_new_label: &'static str,
    pub wm_list_label: &'static str,
    pub wm_edit_label: &'static str,
    pub wm_removed: fn(&str) -> String,

    pub field: fn(Field) -> &'static str,
    pub change_error: fn(&ChangeError) -> String,
}
