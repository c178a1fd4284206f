//! The one way a form holds what a person types, so nothing typed is ever lost.
//!
//! - The words on screen live in a cell updated synchronously on every keystroke, so
//!   quick typing, or typing right after Add or after leaving another field, never
//!   builds on a stale copy.
//! - Editing an entry that exists: every keystroke goes into the plan at once (one
//!   step per field: see `Session::type_into`); there is no Save button to forget.
//!   What another tab or an undo changes in the entry flows into the open form, field
//!   by field, without touching what the person is typing. Each keystroke carries what
//!   it was typed against (`core::editor::Editor`), so words another tab wrote a moment
//!   ago are never replaced by a form that had not seen them: both are kept to choose.
//! - What the plan cannot take yet — a new entry before Add, or words it refused (too
//!   long, a required part empty) — is kept as a draft in storage from the first
//!   keystroke and offered back, with the reason, when the form appears again.

use crate::app::device::{clock, drafts};
use crate::app::hooks::{use_workspace, use_workspace_actions};
use crate::core::change::Listed;
use crate::core::editor::Editor;
use crate::core::merge::kept_body;
use crate::core::{Change, ChangeError, Field, Id, Typed};
use crate::text::Text;
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

/// A refusal, said where it applies (one copy for every kind of entry's form).
fn refuse(
    error: &UseStateHandle<Option<ChangeError>>,
    why: ChangeError,
    form: Option<web_sys::Element>,
) {
    error.set(Some(why));
    crate::app::components::focus_invalid_soon(form);
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
    T: Listed + Serialize + 'static,
{
    let ws = use_workspace();
    let plan_id = ws.plan().map(|p| p.id.clone());
    let kept = use_memo((), {
        let (plan_id, key) = (plan_id.clone(), key.clone());
        move |_| drafts::Form::new(plan_id, &key)
    });
    let rerender = use_force_update();
    let is_new = existing.is_none();
    // A kept draft, and for an edit the entry as it was then (what the draft was typed
    // against), kept beside it under a key of its own.
    let restored_draft = use_memo((), {
        let kept = kept.clone();
        move |_| kept.load::<T>()
    });
    // "We kept what you were writing": said of a restored draft until its words are
    // added, or emptied.
    let says_kept = use_mut_ref(|| restored_draft.is_some());
    // What is on screen, and (editing) what it was typed against.
    let editor = use_mut_ref({
        let (restored, existing, blank) =
            ((*restored_draft).clone(), existing.clone(), blank.clone());
        move || {
            let now = existing.map(|(_, body)| body);
            match (restored, now) {
                (Some((shown, then)), Some(now)) => Editor::restored(shown, then.unwrap_or(now)),
                (Some((shown, _)), None) => Editor::restored(shown, blank),
                (None, Some(now)) => Editor::open(now),
                (None, None) => Editor::open(blank),
            }
        }
    });
    let check = {
        let ws = ws.clone();
        move |body: &T| -> Option<ChangeError> { ws.plan().and_then(|p| body.checked(p).err()) }
    };
    let error = use_state({
        let (check, restored) = (check.clone(), (*restored_draft).clone());
        move || restored.as_ref().and_then(|(shown, _)| check(shown))
    });

    // A new entry's blank can change while nothing is typed in its form (who is writing
    // changed, and a goal is proposed by its writer): the form shows the blank as it is now.
    let untouched = use_mut_ref(|| restored_draft.is_none());
    if is_new && *untouched.borrow() {
        *editor.borrow_mut() = Editor::open(blank.clone());
    }

    // Another tab, or undo, changed the entry: bring that into the form, field by field,
    // unless the words on screen are the ones kept beside the plan's.
    if let Some((id, body)) = &existing {
        let kept = ws.plan().and_then(|p| kept_body::<T>(p, id));
        editor.borrow_mut().follow(body, kept);
    }

    // After each keystroke: what the plan cannot take yet is kept; an emptied new entry
    // is set aside; an edit the plan took is used.
    let update_drafts = {
        let (kept, blank, says_kept) = (kept.clone(), blank.clone(), says_kept.clone());
        let untouched = untouched.clone();
        move |body: &T, base: &T, refused: bool| {
            if is_new && body == &blank {
                kept.set_aside();
                *says_kept.borrow_mut() = false;
                *untouched.borrow_mut() = true;
            } else if is_new {
                kept.keep(body, None);
                *untouched.borrow_mut() = false;
            } else if refused {
                kept.keep(body, Some(base));
            } else {
                kept.used();
            }
        }
    };

    let edit: Edit<T> = {
        let (ws, editor, error, existing) =
            (ws.clone(), editor.clone(), error.clone(), existing.clone());
        let (check, update_drafts, rerender) =
            (check.clone(), update_drafts.clone(), rerender.clone());
        Rc::new(move |set: &dyn Fn(&mut T)| {
            let (body, base) = {
                let mut e = editor.borrow_mut();
                set(&mut e.shown);
                (e.shown.clone(), e.base.clone())
            };
            if let Some((id, _)) = &existing {
                // Typed against what the form last saw in the plan: if another tab has
                // changed the entry since, its words are not replaced (see
                // `Session::type_into`). The reducer runs at once, so the next keystroke,
                // even before a render, starts from the plan as it now is.
                let typed = ws.type_against(id, &base, body.clone(), focused_field());
                if let (Ok(typed), Some(now)) = (&typed, ws.entry::<T>(id)) {
                    match typed {
                        Typed::Applied => editor.borrow_mut().applied(&now),
                        Typed::KeptBeside => editor.borrow_mut().kept_beside(&now),
                    }
                }
                let refusal = check(&body);
                let base = editor.borrow().base.clone();
                update_drafts(&body, &base, refusal.is_some());
                error.set(refusal);
            } else {
                update_drafts(&body, &base, false);
                if error.is_some() {
                    error.set(check(&body));
                }
            }
            rerender.force_update();
        })
    };

    let onsubmit = {
        let (editor, error, says_kept) = (editor.clone(), error.clone(), says_kept.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // A refusal is said where it applies: focus goes to the field it names, whose
            // description reads it out (rather than staying on a button that did nothing).
            let form = e.target_dyn_into::<web_sys::Element>();
            let refused = |why: ChangeError| refuse(&error, why, form.clone());
            let body = editor.borrow().shown.clone();
            if !is_new {
                // Already in the plan as typed; Done only closes, unless something
                // was refused (then the words stay, with the reason).
                match check(&body) {
                    Some(e) => refused(e),
                    None => {
                        error.set(None);
                        on_done.emit(());
                    }
                }
                return;
            }
            match ws.change(Change::Add(T::item(clock::new_id(), body))) {
                Ok(()) | Err(ChangeError::Unchanged) => {
                    *editor.borrow_mut() = Editor::open(blank.clone());
                    *untouched.borrow_mut() = true;
                    kept.used();
                    *says_kept.borrow_mut() = false;
                    error.set(None);
                    on_done.emit(());
                }
                Err(e) => refused(e),
            }
        })
    };
    let draft = editor.borrow().shown.clone();
    let restored = *says_kept.borrow();
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
    // Read as the component draws, without redrawing it for every change to the plan.
    let plan = use_workspace_actions().now().plan().map(|p| p.id.clone());
    *use_memo((plan, key.to_string()), |(plan, key)| {
        plan.as_ref().is_some_and(|p| drafts::exists(p, key))
    })
}
