//! The one way a form holds what a person types, so nothing typed is ever lost.
//!
//! - The words on screen live in a cell updated synchronously on every keystroke, so
//!   quick typing, or typing right after Add or after leaving another field, never
//!   builds on a stale copy.
//! - Editing an entry that exists: every keystroke goes into the plan at once (one
//!   step per field: see `Session::type_into`); there is no Save button to forget.
//!   What another tab or an undo changes in the entry flows into the open form, field
//!   by field, without touching what the person is typing.
//! - What the plan cannot take yet — a new entry before Add, or words it refused (too
//!   long, a required part empty) — is kept as a draft in storage from the first
//!   keystroke and offered back, with the reason, when the form appears again.

use crate::app::device::{clock, drafts};
use crate::app::hooks::use_workspace;
use crate::core::change::Listed;
use crate::core::{merge_body, Change, ChangeError, Field, Id};
use crate::text::Text;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::rc::Rc;
use yew::prelude::*;

type Edit<T> = Rc<dyn Fn(&dyn Fn(&mut T))>;

/// The state of a form that adds an entry or edits one.
pub struct EntryForm<T: 'static> {
    /// The words and choices on screen.
    pub draft: T,
    /// The refusal to show, if what is on screen cannot go into the plan as it is.
    pub error: Option<ChangeError>,
    /// Add (a new entry) or Done (an edit, already in the plan).
    pub onsubmit: Callback<SubmitEvent>,
    pub is_new: bool,
    /// The form was filled from a draft kept from before (a reload, another screen).
    pub restored: bool,
    edit: Edit<T>,
}

impl<T: Clone + 'static> EntryForm<T> {
    /// A callback that sets one text field of the draft.
    pub fn text(&self, set: impl Fn(&mut T, String) + 'static) -> Callback<String> {
        self.with(set)
    }

    /// A callback that changes the draft with a value of any kind.
    pub fn with<V: Clone + 'static>(&self, set: impl Fn(&mut T, V) + 'static) -> Callback<V> {
        let edit = self.edit.clone();
        let set = Rc::new(set);
        Callback::from(move |v: V| {
            let set = set.clone();
            edit(&move |t: &mut T| set(t, v.clone()))
        })
    }

    /// A callback that changes the draft in a way that needs no value (add a row).
    pub fn update<E>(&self, change: impl Fn(&mut T) + 'static) -> Callback<E> {
        let edit = self.edit.clone();
        Callback::from(move |_: E| edit(&change))
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

/// The id of the focused field: keystrokes in one field make one step of undo.
fn focused_field() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|e| e.id())
        .unwrap_or_default()
}

/// A form for an entry of type `T`, named `key` (unique on its screen, the same each
/// time the form appears: the draft is kept under it). It edits `existing` live, or
/// adds a new entry starting from `blank` and clears itself for the next one.
/// `on_done` runs after Add, or after Done when what is on screen is all in the plan.
#[hook]
pub fn use_entry_form<T>(
    key: AttrValue,
    existing: Option<(Id, T)>,
    blank: T,
    on_done: Callback<()>,
) -> EntryForm<T>
where
    T: Listed + Serialize + DeserializeOwned + 'static,
{
    let ws = use_workspace();
    let plan_id = ws.plan().map(|p| p.id.clone());
    let rerender = use_force_update();
    let is_new = existing.is_none();
    let restored_draft = use_memo((), {
        let (plan_id, key) = (plan_id.clone(), key.clone());
        move |_| plan_id.and_then(|p| drafts::load::<T>(&p, &key))
    });
    let restored = restored_draft.is_some();
    let cell = use_mut_ref({
        let (restored, existing, blank) =
            ((*restored_draft).clone(), existing.clone(), blank.clone());
        move || restored.or(existing.map(|(_, body)| body)).unwrap_or(blank)
    });
    // The entry as the plan held it when this form last looked.
    let synced = use_mut_ref({
        let existing = existing.clone();
        move || existing.map(|(_, body)| body)
    });
    let check = {
        let ws = ws.clone();
        move |body: &T| -> Option<ChangeError> { ws.plan().and_then(|p| body.checked(p).err()) }
    };
    let error = use_state({
        let (check, restored) = (check.clone(), (*restored_draft).clone());
        move || restored.as_ref().and_then(check)
    });

    // Another tab, or undo, changed the entry: bring that into the form, field by field.
    if let Some((_, body)) = &existing {
        let mut synced = synced.borrow_mut();
        if synced.as_ref() != Some(body) {
            let base = synced.clone().unwrap_or_else(|| body.clone());
            let merged = merge_body(&base, &cell.borrow(), body).body;
            *cell.borrow_mut() = merged;
            *synced = Some(body.clone());
        }
    }

    let keep_or_clear = {
        let (plan_id, key, blank) = (plan_id.clone(), key.clone(), blank.clone());
        move |body: &T, refused: bool| {
            let Some(plan) = &plan_id else { return };
            let keep = if is_new { body != &blank } else { refused };
            if keep {
                drafts::keep(plan, &key, body);
            } else {
                drafts::clear(plan, &key);
            }
        }
    };

    let edit: Edit<T> = {
        let (ws, cell, error, existing) =
            (ws.clone(), cell.clone(), error.clone(), existing.clone());
        let synced = synced.clone();
        let (check, keep_or_clear, rerender) =
            (check.clone(), keep_or_clear.clone(), rerender.clone());
        Rc::new(move |set: &dyn Fn(&mut T)| {
            let body = {
                let mut d = cell.borrow_mut();
                set(&mut d);
                d.clone()
            };
            if let Some((id, _)) = &existing {
                // What the form changed since it last matched the plan, applied to the
                // entry as the plan holds it now: fields another tab changed stay, and a
                // change the plan refused before (a new measure still unnamed) goes in
                // as soon as it can.
                let now = ws
                    .plan()
                    .and_then(|p| T::entries(p).iter().find(|e| &e.id == id))
                    .map(|e| e.body.clone());
                let base = synced.borrow().clone();
                if let (Some(now), Some(base)) = (now, base) {
                    let merged = merge_body(&base, &body, &now).body;
                    let change = Change::Edit(T::item(id.clone(), merged.clone()));
                    // The reducer runs at once: the plan now holds `merged`, so the next
                    // keystroke (even before a render) starts from there.
                    if ws.type_change(change, focused_field()).is_ok() {
                        *synced.borrow_mut() = Some(merged);
                    }
                }
                let refusal = check(&body);
                keep_or_clear(&body, refusal.is_some());
                error.set(refusal);
            } else {
                keep_or_clear(&body, false);
                if error.is_some() {
                    error.set(check(&body));
                }
            }
            rerender.force_update();
        })
    };

    let onsubmit = {
        let (cell, error) = (cell.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = cell.borrow().clone();
            if !is_new {
                // Already in the plan as typed; Done only closes, unless something
                // was refused (then the words stay, with the reason).
                match check(&body) {
                    Some(e) => error.set(Some(e)),
                    None => {
                        error.set(None);
                        on_done.emit(());
                    }
                }
                return;
            }
            match ws.change(Change::Add(T::item(clock::new_id(), body))) {
                Ok(()) | Err(ChangeError::Unchanged) => {
                    *cell.borrow_mut() = blank.clone();
                    keep_or_clear(&blank, false);
                    error.set(None);
                    on_done.emit(());
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let draft = cell.borrow().clone();
    EntryForm {
        draft,
        error: (*error).clone(),
        onsubmit,
        is_new,
        restored,
        edit,
    }
}

/// Whether a draft is kept for the form named `key`: an editor opens by itself when
/// the person comes back to words they left half-written.
#[hook]
pub fn use_has_draft(key: &str) -> bool {
    let ws = use_workspace();
    let plan = ws.plan().map(|p| p.id.clone());
    *use_memo((plan, key.to_string()), |(plan, key)| {
        plan.as_ref().is_some_and(|p| drafts::exists(p, key))
    })
}
