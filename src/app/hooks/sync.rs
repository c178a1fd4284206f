//! Saving and keeping tabs in step: the IO half of `core::Session`.

use super::WorkspaceHandle;
use crate::app::device::storage::{self, Elsewhere, SaveError};
use crate::app::store::Msg;
use crate::core::Plan;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Quiet time after a change before saving: bursts (reordering, undoing) save once.
const SAVE_DELAY_MS: u32 = 300;

/// The workspace as of the latest render, while it has changes to save: kept current
/// for the timer and the page-hide flush. A handle, not a copy of the plan.
type Unsaved = Option<WorkspaceHandle>;

/// Saves what `snapshot` holds, reporting to `ws`.
fn save_snapshot(ws: &WorkspaceHandle, snapshot: Option<WorkspaceHandle>) {
    if let Some(s) = snapshot.as_ref().and_then(|w| w.session.as_ref()) {
        save_now(ws, &s.plan, s.base_revision);
    }
}

fn save_now(ws: &WorkspaceHandle, plan: &Plan, base: Option<u64>) {
    let saved = crate::app::device::clock::measured("coplan-save", || storage::save(plan, base));
    match saved {
        Ok(revision) => ws.dispatch(Msg::Saved(revision)),
        Err(SaveError::Conflict(stored)) => ws.dispatch(Msg::NewerCopy(*stored)),
        Err(SaveError::Newer) => became_read_only(ws),
        Err(SaveError::Deleted) => ws.dispatch(Msg::DeletedElsewhere),
        Err(SaveError::Device(e)) => ws.dispatch(Msg::SaveFailed(e)),
    }
}

/// A newer CoPlan has taken the plan: this version must not write it, so any changes
/// this tab has not saved are kept aside under a key of their own, and said so.
fn became_read_only(ws: &WorkspaceHandle) {
    let kept = ws
        .session
        .as_ref()
        .filter(|s| !s.pending.is_empty())
        .and_then(|s| storage::keep_changes_aside(&s.plan));
    ws.dispatch(Msg::BecameReadOnly { kept });
}

/// Saves the open plan shortly after each change, and at once when the page is hidden
/// or closed, so no edit waits on a timer that will never fire.
#[hook]
pub fn use_autosave(ws: WorkspaceHandle) {
    let unsaved: Rc<RefCell<Unsaved>> = use_mut_ref(|| None);
    let key = ws
        .session
        .as_ref()
        .filter(|s| s.needs_save() && !ws.is_read_only())
        .map(|s| (s.plan.id.clone(), s.plan.revision, s.base_revision));
    *unsaved.borrow_mut() = key.is_some().then(|| ws.clone());
    {
        let ws = ws.clone();
        let unsaved = unsaved.clone();
        use_effect_with(key, move |key| {
            // A hidden tab (another window, a phone's second app) saves at once: the
            // browser slows a hidden tab's timers, and another tab may be waiting.
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            if key.is_some() && hidden {
                let pending = unsaved.borrow_mut().take();
                save_snapshot(&ws, pending);
            }
            let timer = (key.is_some() && !hidden).then(|| {
                Timeout::new(SAVE_DELAY_MS, move || {
                    let pending = unsaved.borrow_mut().take();
                    save_snapshot(&ws, pending);
                })
            });
            move || drop(timer)
        });
    }
    {
        let ws = ws.clone();
        use_effect_with((), move |_| {
            let flush = move |_: &web_sys::Event| {
                let pending = unsaved.borrow_mut().take();
                save_snapshot(&ws, pending);
            };
            let window = web_sys::window();
            let listeners: Vec<EventListener> = window
                .iter()
                .flat_map(|w| {
                    let flush = Rc::new(flush.clone());
                    let (f1, f2) = (flush.clone(), flush);
                    [
                        EventListener::new(w, "pagehide", move |e| f1(e)),
                        EventListener::new(w, "visibilitychange", move |e| f2(e)),
                    ]
                })
                .collect();
            move || drop(listeners)
        });
    }
}

/// Follows changes that other tabs make to the open plan.
#[hook]
pub fn use_tab_sync(ws: WorkspaceHandle) {
    let plan_id = ws.plan().map(|p| p.id.clone());
    use_effect_with(plan_id, move |plan_id| {
        let listener = match (plan_id.clone(), web_sys::window()) {
            (Some(id), Some(w)) => Some(EventListener::new(&w, "storage", move |e| {
                let key = storage::plan_key(&id);
                use wasm_bindgen::JsCast;
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                match e.key() {
                    // Another tab cleared all of storage: "Saved" would no longer be true.
                    None if !storage::exists(&id) && ws.read_only.is_none() => {
                        ws.dispatch(Msg::DeletedElsewhere);
                        return;
                    }
                    Some(k) if k == key => {}
                    _ => return,
                }
                // What storage holds now, not what the event carried: an event can
                // arrive after this tab has itself read (and built on) a newer copy,
                // and taking the older one would put old words back on screen.
                match storage::written_elsewhere(&id) {
                    Elsewhere::Seen => {}
                    Elsewhere::Deleted => ws.dispatch(Msg::DeletedElsewhere),
                    Elsewhere::Written(opened) if opened.read_only => became_read_only(&ws),
                    Elsewhere::Written(opened) => ws.dispatch(Msg::NewerCopy(opened.plan)),
                    Elsewhere::Unreadable => {}
                }
            })),
            _ => None,
        };
        move || drop(listener)
    });
}
