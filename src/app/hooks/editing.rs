use crate::app::components::focus_soon;
use yew::prelude::*;

/// Whether an entry is open for editing, with callbacks to open it and to close it
/// again, putting focus back on its Edit button (`{dom_id}-edit`).
pub struct Editing {
    pub open: bool,
    pub start: Callback<()>,
    pub stop: Callback<()>,
}

#[hook]
pub fn use_editing(dom_id: &str) -> Editing {
    let open = use_state(|| false);
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
