use crate::app::device::clock;
use crate::app::store::{Msg, Workspace};
use crate::core::{apply, AuthorRole, Change, ChangeError, Plan};
use std::ops::Deref;
use yew::prelude::*;

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
    /// Makes a change as the current author. Checks it first, so a form can show the
    /// error next to its field and keep what the person typed.
    pub fn change(&self, change: Change) -> Result<(), ChangeError> {
        let stamp = clock::stamp(self.author);
        if let Some(plan) = self.plan() {
            apply(plan, &change, stamp)?;
        }
        self.0.dispatch(Msg::Change(change, stamp));
        Ok(())
    }
    pub fn undo(&self) {
        self.0.dispatch(Msg::Undo(clock::stamp(self.author)));
    }
    pub fn redo(&self) {
        self.0.dispatch(Msg::Redo(clock::stamp(self.author)));
    }
    pub fn write_as(&self, role: AuthorRole) {
        crate::app::device::storage::save_author(role);
        self.0.dispatch(Msg::SetAuthor(role));
    }
    /// Shows a plan just created or read. The plan on screen is saved first, so a
    /// change made a moment ago is not lost with its save timer.
    pub fn open(&self, plan: Plan, stored: bool, read_only: bool) {
        self.flush();
        self.0.dispatch(Msg::Open { plan, stored, read_only });
    }

    pub fn close(&self) {
        self.flush();
        self.0.dispatch(Msg::Close);
    }

    /// Saves the open plan now if it has unsaved changes. A refusal here (another tab
    /// wrote, or it was deleted) leaves storage as it is.
    fn flush(&self) {
        if let Some(s) = self.session.as_ref().filter(|s| s.needs_save() && !self.is_read_only()) {
            let _ = crate::app::device::storage::save(&s.plan, s.base_revision);
        }
    }

    pub fn set_settings(&self, settings: crate::settings::Settings) {
        self.0.dispatch(Msg::SetSettings(settings));
    }
    pub fn dispatch(&self, msg: Msg) {
        self.0.dispatch(msg);
    }
}

#[hook]
pub fn use_workspace() -> WorkspaceHandle {
    use_context::<WorkspaceHandle>().unwrap_or_else(|| {
        // Only reachable if a component is rendered outside `App`: a programming error.
        panic!("use_workspace outside the App's WorkspaceHandle context") // ok: invariant of App
    })
}
