//! Custom hooks: the app's state and side effects, named for what they do.

mod display;
mod route;
mod sync;
mod workspace;

pub use display::use_display_settings;
pub use route::{navigate, use_route};
pub use sync::{use_autosave, use_tab_sync};
pub use workspace::{use_workspace, WorkspaceHandle};

use crate::text::Text;

/// The words for the language chosen on this device.
#[yew::hook]
pub fn use_text() -> &'static Text {
    use_workspace().settings.language.text()
}
