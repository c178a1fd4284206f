use super::{focus_soon, EntryActions, TextEntryForm};
use crate::app::hooks::{use_text, use_workspace};
use crate::core::change::MAX_TEXT;
use crate::core::{Change, ChangeError};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextItemProps {
    /// Unique element id for the entry.
    pub dom_id: AttrValue,
    pub text: AttrValue,
    /// Makes the change that saves new words for this entry.
    pub edit: Callback<String, Change>,
    pub remove: Change,
    pub move_up: Option<Change>,
    pub move_down: Option<Change>,
    pub edit_label: AttrValue,
    /// Where focus goes after removal.
    pub after_remove: AttrValue,
    pub editable: bool,
    /// A word shown before the text, e.g. "The one thing".
    #[prop_or_default]
    pub badge: Option<AttrValue>,
}

/// One entry of words in a priority-ordered list: read it, reorder it by keyboard or
/// touch, change it, remove it.
#[function_component(TextItem)]
pub fn text_item(props: &TextItemProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let editing = use_state(|| false);
    let dom_id = props.dom_id.to_string();
    let on_save = {
        let (ws, edit, editing, focus) = (ws.clone(), props.edit.clone(), editing.clone(), format!("{dom_id}-edit"));
        Callback::from(move |text: String| {
            match ws.change(edit.emit(text)) {
                Ok(()) | Err(ChangeError::Unchanged) => {}
                Err(e) => return Err(e),
            }
            editing.set(false);
            focus_soon(focus.clone());
            Ok(())
        })
    };
    let on_cancel = {
        let (editing, focus) = (editing.clone(), format!("{dom_id}-edit"));
        Callback::from(move |_| {
            editing.set(false);
            focus_soon(focus.clone());
        })
    };
    let start_edit = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    html! {
        <li class="card entry" id={dom_id.clone()}>
            if *editing {
                <TextEntryForm id={format!("{dom_id}-field")} label={props.edit_label.clone()} submit_label={t.save}
                    max={MAX_TEXT} initial={props.text.clone()} on_submit={on_save} {on_cancel} autofocus=true />
            } else {
                <p class="entry-text">
                    if let Some(badge) = &props.badge { <strong class="badge one-thing">{ badge }</strong>{ " " } }
                    <span class="entry-words">{ &props.text }</span>
                </p>
                if props.editable {
                    <EntryActions dom_id={dom_id.clone()} label={props.text.clone()} move_up={Some(props.move_up.clone())}
                        move_down={Some(props.move_down.clone())} on_edit={start_edit}
                        remove={props.remove.clone()} after_remove={props.after_remove.clone()} />
                }
            }
        </li>
    }
}
