use super::fields::TypeWords;
use super::{EntryActions, TextEntryForm};
use crate::app::hooks::{use_editing, use_text, WorkspaceHandle};
use crate::core::change::{Listed, MAX_TEXT};
use crate::core::merge::kept_body;
use crate::core::{Change, Id};
use yew::prelude::*;

/// A `TextItem`'s `edit` and `kept` for the words of entry `id` (`words` picks them
/// out of its body): each keystroke typed against what the editor last saw, one step
/// per `burst`, answered with the plan's words as they now are.
pub fn edit_words<T: Listed + 'static>(
    ws: &WorkspaceHandle,
    id: &Id,
    words: fn(&mut T) -> &mut String,
    burst: String,
) -> (TypeWords, Option<AttrValue>) {
    let kept = ws
        .plan()
        .and_then(|p| kept_body::<T>(p, id))
        .map(|b| AttrValue::from(words(&mut b.clone()).clone()));
    let (ws, id) = (ws.clone(), id.clone());
    let edit = Callback::from(move |(base, text): (String, String)| {
        let typed = ws.type_field::<T>(&id, |b, w| *words(b) = w, base, text, burst.clone())?;
        let now = ws.entry::<T>(&id).map(|mut b| words(&mut b).clone());
        Ok((typed, now.unwrap_or_default()))
    });
    (edit, kept)
}

#[derive(Properties, PartialEq)]
pub struct TextItemProps {
    /// Unique element id for the entry.
    pub dom_id: AttrValue,
    pub text: AttrValue,
    /// Puts new words in the plan as they are typed (a refusal keeps them on screen),
    /// typed against the words the editor last saw: see [`edit_words`].
    pub edit: TypeWords,
    /// The words kept beside the plan's after a clash with another tab, if any.
    #[prop_or_default]
    pub kept: Option<AttrValue>,
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
    /// A line under the words, e.g. why a topic was suggested.
    #[prop_or_default]
    pub note: Option<AttrValue>,
}

/// One entry of words in a priority-ordered list: read it, reorder it by keyboard or
/// touch, change it (the words go into the plan as they are typed), remove it.
#[function_component(TextItem)]
pub fn text_item(props: &TextItemProps) -> Html {
    let t = use_text();
    let dom_id = props.dom_id.to_string();
    let editing = use_editing(&dom_id);
    // The words went in as typed (Done offers them once more first): Done only closes.
    let on_done = {
        let stop = editing.stop.clone();
        Callback::from(move |_: String| {
            stop.emit(());
            Ok(())
        })
    };
    html! {
        <li class="card entry" id={dom_id.clone()}>
            if editing.open {
                <TextEntryForm id={format!("{dom_id}-field")} draft_key={props.dom_id.clone()} label={props.edit_label.clone()}
                    submit_label={t.done} max={MAX_TEXT} initial={props.text.clone()} on_submit={on_done}
                    live={Some(props.edit.clone())} kept={props.kept.clone()} autofocus=true />
            } else {
                <p class="entry-text">
                    if let Some(badge) = &props.badge { <strong class="badge one-thing">{ badge }</strong>{ " " } }
                    <span class="entry-words">{ &props.text }</span>
                </p>
                if let Some(note) = &props.note { <p class="hint why">{ note }</p> }
                if props.editable {
                    <EntryActions dom_id={dom_id.clone()} label={props.text.clone()} move_up={Some(props.move_up.clone())}
                        move_down={Some(props.move_down.clone())} on_edit={editing.start.clone()}
                        remove={props.remove.clone()} after_remove={props.after_remove.clone()} />
                }
            }
        </li>
    }
}
