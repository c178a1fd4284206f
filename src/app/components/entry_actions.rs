use super::{focus_soon, focus_soon_first};
use crate::app::hooks::{use_text, use_workspace_actions};
use crate::core::Change;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryActionsProps {
    /// The entry's element id; buttons get `{dom_id}-up`, `-down`, `-edit`.
    pub dom_id: AttrValue,
    /// The entry's words, to name the buttons for screen readers.
    pub label: AttrValue,
    /// Present when the entry can be reordered (priority order).
    #[prop_or_default]
    pub move_up: Option<Option<Change>>,
    #[prop_or_default]
    pub move_down: Option<Option<Change>>,
    pub on_edit: Callback<()>,
    pub remove: Change,
    /// Where focus goes after removal (usually the list's "add" field).
    pub after_remove: AttrValue,
}

/// Reorder (by keyboard or touch, not only drag), change and remove an entry.
#[function_component(EntryActions)]
pub fn entry_actions(props: &EntryActionsProps) -> Html {
    let t = use_text();
    let ws = use_workspace_actions();
    let dom_id = &props.dom_id;
    // Focus stays on the arrow pressed; once the entry is first (or last) that arrow is
    // disabled, and focus goes to the other.
    let mover = |change: &Option<Change>, focus: [String; 3]| {
        let change = change.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = change.clone() {
                let _ = ws.now().change(c);
                focus_soon_first(focus.to_vec());
            }
        })
    };
    let (up_id, down_id, edit_id) = (
        format!("{dom_id}-up"),
        format!("{dom_id}-down"),
        format!("{dom_id}-edit"),
    );
    let on_remove = {
        let (change, focus) = (props.remove.clone(), props.after_remove.to_string());
        Callback::from(move |_| {
            if ws.now().change(change.clone()).is_ok() {
                focus_soon(focus.clone());
            }
        })
    };
    let label = &props.label;
    let reorder = match (&props.move_up, &props.move_down) {
        (Some(up), Some(down)) => html! {
            <>
                <button type="button" class="icon secondary" id={up_id.clone()} onclick={mover(up, [up_id.clone(), down_id.clone(), edit_id.clone()])}
                    disabled={up.is_none()} aria-label={(t.move_up_named)(label)}>
                    <span aria-hidden="true">{ "↑" }</span>
                </button>
                <button type="button" class="icon secondary" id={down_id.clone()} onclick={mover(down, [down_id.clone(), up_id.clone(), edit_id.clone()])}
                    disabled={down.is_none()} aria-label={(t.move_down_named)(label)}>
                    <span aria-hidden="true">{ "↓" }</span>
                </button>
            </>
        },
        _ => html! {},
    };
    html! {
        <div class="actions">
            { reorder }
            <button type="button" class="secondary" id={edit_id.clone()} onclick={props.on_edit.reform(|_| ())}
                aria-label={(t.edit_named)(label)}>{ t.edit }</button>
            <button type="button" class="secondary" onclick={on_remove} aria-label={(t.remove_named)(label)}>{ t.remove }</button>
        </div>
    }
}

/// The move-up and move-down changes for entry `i` of an ordered, filtered list of ids.
/// Moving down goes before the entry after next (or to the end), which keeps the order
/// right even when other entries sit between them in the plan's full list.
pub fn moves(
    list: crate::core::List,
    ids: &[crate::core::Id],
    i: usize,
) -> (Option<Change>, Option<Change>) {
    let id = &ids[i];
    let up = (i > 0).then(|| Change::Move {
        list,
        id: id.clone(),
        before: Some(ids[i - 1].clone()),
    });
    let down = (i + 1 < ids.len()).then(|| Change::Move {
        list,
        id: id.clone(),
        before: ids.get(i + 2).cloned(),
    });
    (up, down)
}
