//! Custom hooks: the app's state and side effects, named for what they do.

mod display;
mod editing;
mod entry_form;
mod route;
mod sync;
mod workspace;

pub use display::use_display_settings;
pub use editing::{use_editing, Editing};
pub use entry_form::{use_entry_form, use_has_draft, EntryForm};
pub use route::{navigate, replace_route, use_route};
pub use sync::{use_autosave, use_tab_sync};
pub use workspace::{use_workspace, use_workspace_actions, WorkspaceActions, WorkspaceHandle};

use crate::text::{Language, Text};

/// The words for the language chosen on this device. The language has a context of its
/// own, so a component that only shows words re-renders only when it changes (and works
/// outside the App, in English).
#[yew::hook]
pub fn use_text() -> &'static Text {
    yew::use_context::<Language>().unwrap_or_default().text()
}
