//! A plan being edited on this device: the plan, undo and redo, and the changes not yet
//! saved. Saving and tab sync are decided here, purely; the shell only does the IO.

use super::change::{apply, Change, ChangeError};
use super::plan::{Plan, Stamp};

/// How many steps back undo reaches.
pub const UNDO_LIMIT: usize = 100;

/// A change applied on this device and not yet known to be in storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub change: Change,
    pub stamp: Stamp,
    /// The plan's revision once this change was applied.
    pub revision: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub plan: Plan,
    /// The revision of the plan last read from or written to storage; `None` when it
    /// has never been saved.
    pub base_revision: Option<u64>,
    pub pending: Vec<Pending>,
    undo: Vec<Change>,
    redo: Vec<Change>,
}

/// What a rebase onto another tab's newer copy did.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Rebased {
    /// Local changes that still applied on top of the newer copy.
    pub kept: usize,
    /// Local changes that no longer made sense there (e.g. the entry was removed).
    pub dropped: Vec<ChangeError>,
}

impl Session {
    /// A plan just read from storage (or created, with `base_revision: None`).
    pub fn open(plan: Plan, stored: bool) -> Self {
        let base_revision = stored.then_some(plan.revision);
        Session {
            plan,
            base_revision,
            pending: vec![],
            undo: vec![],
            redo: vec![],
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
    pub fn needs_save(&self) -> bool {
        !self.pending.is_empty() || self.base_revision.is_none()
    }

    /// Applies a change through the one door; a new change clears redo.
    pub fn change(&mut self, change: Change, stamp: Stamp) -> Result<(), ChangeError> {
        let inverse = self.commit(change, stamp)?;
        push_limited(&mut self.undo, inverse);
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last change by applying its inverse, so history records the undo.
    pub fn undo(&mut self, stamp: Stamp) -> Result<bool, ChangeError> {
        let Some(change) = self.undo.pop() else {
            return Ok(false);
        };
        match self.commit(change.clone(), stamp) {
            Ok(inverse) => {
                push_limited(&mut self.redo, inverse);
                Ok(true)
            }
            Err(e) => Err(e),
        }
    }

    pub fn redo(&mut self, stamp: Stamp) -> Result<bool, ChangeError> {
        let Some(change) = self.redo.pop() else {
            return Ok(false);
        };
        let inverse = self.commit(change, stamp)?;
        push_limited(&mut self.undo, inverse);
        Ok(true)
    }

    fn commit(&mut self, change: Change, stamp: Stamp) -> Result<Change, ChangeError> {
        let applied = apply(&self.plan, &change, stamp)?;
        self.plan = applied.plan;
        self.pending.push(Pending {
            change,
            stamp,
            revision: self.plan.revision,
        });
        Ok(applied.inverse)
    }

    /// Storage now holds the plan at `revision`.
    pub fn saved(&mut self, revision: u64) {
        self.base_revision = Some(revision);
        self.pending.retain(|p| p.revision > revision);
    }

    /// Another tab saved a newer copy: take it, and replay this tab's unsaved changes on
    /// top, so neither tab loses work. Returns what was kept and dropped.
    pub fn rebase(&mut self, stored: Plan) -> Rebased {
        let mut plan = stored;
        let base = plan.revision;
        let mut result = Rebased::default();
        let mut pending = Vec::with_capacity(self.pending.len());
        for p in std::mem::take(&mut self.pending) {
            match apply(&plan, &p.change, p.stamp) {
                Ok(applied) => {
                    plan = applied.plan;
                    result.kept += 1;
                    pending.push(Pending {
                        revision: plan.revision,
                        ..p
                    });
                }
                Err(ChangeError::Unchanged) => {}
                Err(e) => result.dropped.push(e),
            }
        }
        self.plan = plan;
        self.pending = pending;
        self.base_revision = Some(base);
        result
    }
}

fn push_limited(stack: &mut Vec<Change>, change: Change) {
    stack.push(change);
    if stack.len() > UNDO_LIMIT {
        stack.remove(0);
    }
}
