use crate::app::components::focus_soon;
use yew::prelude::*;

/// Whether an entry is open for editing, with callbacks to open it and to close it
/// again, putting focus back on its Edit button (`{dom_id}-edit`).
pub struct Editing {
    pub open: bool,
    pub start: Callback<()>,
    pub stop: Callback<()>,
}

/// An entry whose editor holds words the plan has not taken (a draft kept under
/// `dom_id`) opens by itself, so they are found where they were left.
#[hook]
pub fn use_editing(dom_id: &str) -> Editing {
    let has_draft = super::entry_form::use_has_draft(dom_id);
    let open = use_state(|| has_draft);
    let start = {
        let open = open.clone();
        Callback::from(move |_| open.set(true))
    };
    let stop = {
        let (open, focus) = (open.clone(), format!("{dom_id}-edit"));
        Callback::from(move |_| {
            open.set(false);
            focus_soon(focus.clone());
        })
    };
    Editing {
        open: *open,
        start,
        stop,
    }
}
