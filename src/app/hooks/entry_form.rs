use crate::app::device::clock;
use crate::app::hooks::use_workspace;
use crate::core::change::Listed;
use crate::core::{Change, ChangeError, Field, Id};
use crate::text::Text;
use yew::prelude::*;

/// The state of a form that adds an entry or edits one: the draft, the last refusal,
/// and a submit handler that goes through the one door.
pub struct EntryForm<T: 'static> {
    pub draft: UseStateHandle<T>,
    pub error: UseStateHandle<Option<ChangeError>>,
    pub onsubmit: Callback<SubmitEvent>,
    pub is_new: bool,
}

impl<T: Clone + 'static> EntryForm<T> {
    /// A callback that sets one text field of the draft.
    pub fn text(&self, set: fn(&mut T, String)) -> Callback<String> {
        self.with(set)
    }

    /// A callback that changes the draft with a value of any kind.
    pub fn with<V: 'static>(&self, set: fn(&mut T, V)) -> Callback<V> {
        let draft = self.draft.clone();
        Callback::from(move |v: V| {
            let mut d = (*draft).clone();
            set(&mut d, v);
            draft.set(d);
        })
    }

    /// The refusal's message if it belongs next to `field`.
    pub fn error_for(&self, t: &Text, field: Field) -> Option<AttrValue> {
        crate::app::components::error_for(t, &self.error, field)
    }

    /// The refusal's message if it belongs to none of `fields`.
    pub fn error_elsewhere(&self, t: &Text, fields: &[Field]) -> Option<AttrValue> {
        crate::app::components::error_elsewhere(t, &self.error, fields)
    }
}

/// A form for an entry of type `T`: edits `existing`, or adds a new one starting from
/// `blank` (and clears itself for the next). `on_done` runs after a successful save.
#[hook]
pub fn use_entry_form<T>(existing: Option<(Id, T)>, blank: T, on_done: Callback<()>) -> EntryForm<T>
where
    T: Listed + 'static,
{
    let ws = use_workspace();
    let is_new = existing.is_none();
    let draft = use_state({
        let (existing, blank) = (existing.clone(), blank.clone());
        move || existing.map(|(_, body)| body).unwrap_or(blank)
    });
    let error = use_state(|| None::<ChangeError>);
    let onsubmit = {
        let (draft, error) = (draft.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let change = match &existing {
                Some((id, _)) => Change::Edit(T::item(id.clone(), (*draft).clone())),
                None => Change::Add(T::item(clock::new_id(), (*draft).clone())),
            };
            match ws.change(change) {
                Ok(()) | Err(ChangeError::Unchanged) => {
                    if is_new {
                        draft.set(blank.clone());
                    }
                    error.set(None);
                    on_done.emit(());
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    EntryForm {
        draft,
        error,
        onsubmit,
        is_new,
    }
}
