use crate::app::device::clock;
use crate::app::store::{Msg, Workspace};
use crate::core::change::Listed;
use crate::core::session::Rebased;
use crate::core::session::{typed_against, Session};
use crate::core::{apply, Change, ChangeError, Id, Item, List, Plan, Typed, Writer};
use std::cell::RefCell;
use std::ops::Deref;
use yew::prelude::*;

/// What became of a plan's changes saved as it was left.
enum Left {
    /// Saved: the session as saved, with another tab's copy taken in first if there was
    /// one (and what that did).
    Saved(Box<Session>, Option<Rebased>),
    /// Deleted in another tab meanwhile.
    Deleted,
    /// A newer CoPlan took the plan: the changes are kept aside under this key.
    KeptAside(String),
    /// Storage could not hold them: they stay with the workspace.
    Unsaved(Box<Session>),
}

/// Saves a plan being left, as the autosave would: another tab's newer copy is taken in
/// first (both tabs' words kept), and a newer CoPlan's keeps these changes aside.
fn save_on_leaving(session: &Session) -> Left {
    use crate::app::device::storage::{self, SaveError};
    let mut session = session.clone();
    let mut rebased = None;
    for _ in 0..3 {
        match storage::save(&session.plan, session.base_revision) {
            Ok(revision) => {
                session.saved(revision);
                return Left::Saved(Box::new(session), rebased);
            }
            Err(SaveError::Deleted) => return Left::Deleted,
            Err(SaveError::Conflict(stored)) => {
                rebased = session.take_newer(*stored).or(rebased);
            }
            Err(SaveError::Newer) => match storage::keep_changes_aside(&session.plan) {
                Some(key) => return Left::KeptAside(key),
                None => break,
            },
            Err(SaveError::Device(_)) => break,
        }
    }
    Left::Unsaved(Box::new(session))
}

/// The workspace with methods named for what a person does.
#[derive(Clone, PartialEq)]
pub struct WorkspaceHandle(pub UseReducerHandle<Workspace>);

impl Deref for WorkspaceHandle {
    type Target = Workspace;
    fn deref(&self) -> &Workspace {
        &self.0
    }
}

impl WorkspaceHandle {
    /// Now, by whoever is writing (named if the open plan knows them).
    pub fn stamp(&self) -> crate::core::Stamp {
        // In a copy, always the one it was made for (see `copy_writer`).
        let copy = self.plan().and_then(crate::core::share::copy_writer);
        copy.as_ref()
            .unwrap_or(&self.author)
            .stamp(clock::now(), self.plan())
    }
    /// Makes a change as the current author. Checks it first, so a form can show the
    /// error next to its field and keep what the person typed.
    pub fn change(&self, change: Change) -> Result<(), ChangeError> {
        let stamp = self.stamp();
        if let Some(plan) = self.plan() {
            apply(plan, &change, stamp.clone())?;
        }
        self.0.dispatch(Msg::Change(change, stamp));
        Ok(())
    }
    /// A keystroke or choice in the editor of entry `id`, typed against `base`: the
    /// entry as the editor last saw it in the plan. Keystrokes in one field (`burst`)
    /// make one step of history and undo. When the entry has moved on since `base`
    /// (another tab's words arrived, or it was removed), the words never replace what
    /// the editor did not see: they are kept beside the plan's (`Typed::KeptBeside`).
    /// A refusal (too long, a required part empty) changes nothing and is returned.
    pub fn type_against<T: Listed>(
        &self,
        id: &Id,
        base: &T,
        mine: T,
        burst: String,
    ) -> Result<Typed, ChangeError> {
        self.type_item(
            T::item(id.clone(), base.clone()),
            T::item(id.clone(), mine),
            burst,
        )
    }

    /// [`Self::type_against`] for any kind of entry (one copy of it in the download).
    fn type_item(&self, base: Item, mine: Item, burst: String) -> Result<Typed, ChangeError> {
        let Some(plan) = self.plan() else {
            return Ok(Typed::Applied);
        };
        let stamp = self.stamp();
        let (effective, typed) = match typed_against(plan, &base, &mine, stamp.clone())? {
            None => (Change::Edit(mine.clone()), Typed::Applied),
            Some(c @ Change::KeepConflict(_)) => (c, Typed::KeptBeside),
            Some(c) => (c, Typed::Applied),
        };
        match apply(plan, &effective, stamp.clone()) {
            Ok(_) => {}
            Err(ChangeError::Unchanged) => return Ok(typed),
            Err(e) => return Err(e),
        }
        self.0.dispatch(Msg::Type {
            base: Some(Box::new(base)),
            change: Change::Edit(mine),
            stamp,
            burst,
        });
        Ok(typed)
    }

    /// One field of entry `id` typed: `base` is what the field showed from the plan,
    /// `value` what it holds now; `set` puts either into the entry.
    pub fn type_field<T: Listed>(
        &self,
        id: &Id,
        set: impl Fn(&mut T, String),
        base: String,
        value: String,
        burst: String,
    ) -> Result<Typed, ChangeError> {
        let now = self
            .entry::<T>(id)
            .ok_or_else(|| ChangeError::UnknownEntry {
                list: T::LIST,
                id: id.clone(),
            })?;
        let (mut before, mut mine) = (now.clone(), now);
        set(&mut before, base);
        set(&mut mine, value);
        self.type_against(id, &before, mine, burst)
    }

    /// Entry `id` as the plan holds it now (removed or not).
    pub fn entry<T: Listed>(&self, id: &Id) -> Option<T> {
        self.plan()
            .and_then(|p| T::entries(p).iter().find(|e| &e.id == id))
            .map(|e| e.body.clone())
    }

    /// Changes one entry as the plan holds it now (not as last rendered), e.g. ticks
    /// an agenda topic as talked about while another tab edits its words.
    pub fn edit<T: Listed>(&self, id: &Id, set: impl FnOnce(&mut T)) -> Result<(), ChangeError> {
        let body = self
            .plan()
            .and_then(|p| T::entries(p).iter().find(|e| &e.id == id))
            .map(|e| e.body.clone());
        let Some(mut body) = body else {
            return Err(ChangeError::UnknownEntry {
                list: T::LIST,
                id: id.clone(),
            });
        };
        set(&mut body);
        self.change(Change::Edit(T::item(id.clone(), body)))
    }

    /// Like [`Self::change`], for typing: continues the step of the same `burst`.
    /// Handlers read the workspace as it is now (not as last rendered), so quick
    /// keystrokes build on each other.
    pub fn type_change(&self, change: Change, burst: String) -> Result<(), ChangeError> {
        let stamp = self.stamp();
        if let Some(plan) = self.plan() {
            match apply(plan, &change, stamp.clone()) {
                Ok(_) => {}
                Err(ChangeError::Unchanged) => return Ok(()),
                Err(e) => return Err(e),
            }
        }
        self.0.dispatch(Msg::Type {
            base: None,
            change,
            stamp,
            burst,
        });
        Ok(())
    }

    /// Whether an entry is in the plan and not removed.
    pub fn is_live(&self, list: List, id: &Id) -> bool {
        self.plan()
            .and_then(|p| crate::core::change::item_of(p, list, id))
            .is_some_and(|(_, live)| live)
    }

    pub fn undo(&self) {
        self.0.dispatch(Msg::Undo(self.stamp()));
    }
    pub fn redo(&self) {
        self.0.dispatch(Msg::Redo(self.stamp()));
    }
    pub fn write_as(&self, writer: Writer) {
        crate::app::device::storage::save_author(&writer);
        self.0.dispatch(Msg::SetAuthor(writer));
    }
    /// Shows a plan just created or read. The plan on screen is saved first, so a
    /// change made a moment ago is not lost with its save timer.
    pub fn open(&self, plan: Plan, stored: bool, read_only: bool) {
        self.flush();
        self.0.dispatch(Msg::Open {
            plan,
            stored,
            read_only,
        });
    }

    /// Opens a plan just made here, saved first: its address exists from the moment it
    /// is shown, so another tab opened on it finds it (the autosave's 300 ms was a moment
    /// in which it could not). If it cannot be saved now (storage full), it opens unsaved
    /// and the autosave says why.
    pub fn open_new(&self, plan: Plan) {
        let stored = crate::app::device::storage::save(&plan, None).is_ok();
        self.open(plan, stored, false);
    }

    /// Saves the open plan now if it has unsaved changes, before another takes its
    /// place. Changes that cannot be saved (storage full) stay with the workspace, offered
    /// on every screen until they are saved or downloaded (`Workspace::left_unsaved`).
    pub fn flush(&self) {
        if let Some(s) = self
            .session
            .as_ref()
            .filter(|s| s.needs_save() && !self.is_read_only())
        {
            // The plan may stay open (an arrival previewed, then not brought in): it goes
            // on from what happened, as after an autosave.
            self.0.dispatch(match save_on_leaving(s) {
                Left::Saved(saved, rebased) => Msg::SavedAs(saved, rebased),
                Left::Deleted => Msg::DeletedElsewhere,
                Left::KeptAside(key) => Msg::BecameReadOnly { kept: Some(key) },
                Left::Unsaved(unsaved) => Msg::LeftUnsaved(Some(unsaved.into())),
            });
        }
    }

    /// Tries again to save the changes left unsaved, now that there may be room.
    pub fn save_left_unsaved(&self) {
        if let Some(left) = &self.left_unsaved {
            let still = match save_on_leaving(left) {
                Left::Unsaved(unsaved) => Some(std::rc::Rc::from(unsaved)),
                _ => None,
            };
            let saved = still.is_none();
            self.0.dispatch(Msg::LeftUnsaved(still));
            if saved {
                self.0
                    .dispatch(Msg::Notify(crate::app::store::Notice::LeftUnsavedSaved));
            }
        }
    }

    pub fn set_settings(&self, settings: crate::settings::Settings) {
        self.0.dispatch(Msg::SetSettings(settings));
    }
    pub fn dispatch(&self, msg: Msg) {
        self.0.dispatch(msg);
    }
}

/// The workspace for what a component *does* (its handlers), not what it draws. A
/// component that takes it is not drawn again on every keystroke typed elsewhere, as
/// one that draws from the workspace ([`use_workspace`]) is: on a five-year plan,
/// thirty goal cards were, per key, for the sake of their Edit and Remove buttons.
/// `now()` is the handle of the App's latest render, which reads the reducer's current
/// state. Not a context: a second provider cost more download than this whole change
/// saves, and a page has one App.
#[derive(Clone, Copy)]
pub struct WorkspaceActions;

thread_local! {
    /// The App's newest handle (only the newest: a handle kept for long would hold on
    /// to every state it has read).
    static NEWEST: RefCell<Option<WorkspaceHandle>> = const { RefCell::new(None) };
}

impl WorkspaceActions {
    /// Called by the App on each render.
    pub fn keep(ws: &WorkspaceHandle) {
        NEWEST.with(|n| *n.borrow_mut() = Some(ws.clone()));
    }
    /// The workspace as it is now.
    pub fn now(&self) -> WorkspaceHandle {
        NEWEST.with(|n| n.borrow().clone()).unwrap_or_else(|| {
            panic!("use_workspace_actions outside the App") // ok: invariant of App
        })
    }
}

/// See [`WorkspaceActions`].
#[hook]
pub fn use_workspace_actions() -> WorkspaceActions {
    WorkspaceActions
}

#[hook]
pub fn use_workspace() -> WorkspaceHandle {
    use_context::<WorkspaceHandle>().unwrap_or_else(|| {
        // Only reachable if a component is rendered outside `App`: a programming error.
        panic!("use_workspace outside the App's WorkspaceHandle context") // ok: invariant of App
    })
}
