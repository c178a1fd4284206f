//! Custom hooks: the app's state and side effects, named for what they do.

mod route;
mod sync;
mod workspace;

pub use route::{navigate, use_route};
pub use sync::{use_autosave, use_tab_sync};
pub use workspace::{use_workspace, WorkspaceHandle};

use crate::text::{Text, EN};

/// The words for the chosen language.
#[yew::hook]
pub fn use_text() -> &'static Text {
    &EN
}
