//! A plan being edited on this device: the plan, undo and redo, and the changes not yet
//! saved. Saving and tab sync are decided here, purely; the shell only does the IO.

use super::change::{apply, check_item, item_of, Change, ChangeError, Item};
use super::merge::{merge_items, preferring_mine};
use super::plan::{Conflict, ConflictKind, Plan, Stamp};

/// How many steps back undo reaches.
pub const UNDO_LIMIT: usize = 100;

/// A change applied on this device and not yet known to be in storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub change: Change,
    pub stamp: Stamp,
    /// The plan's revision once this change was applied.
    pub revision: u64,
    /// For an edit: the entry as it was just before, so a rebase onto another tab's
    /// copy can merge the two field by field instead of replacing their words.
    pub before: Option<Item>,
    /// Typing into one field: the next keystroke there replaces this change.
    pub burst: Option<String>,
    /// For a removal: each entry it removed, as this tab saw it then. A rebase that
    /// finds one has moved on since (another tab changed its words) keeps those words
    /// beside the removal, so a removal never lands on words it never saw.
    pub removed_seen: Vec<Item>,
}

/// What a keystroke typed into an editor did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Typed {
    /// The words are in the plan.
    Applied,
    /// The entry had moved on since the editor last saw it (another tab changed the
    /// same words, or removed it): the plan keeps its version, and the editor's words
    /// are kept beside it for the person to choose.
    KeptBeside,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub plan: Plan,
    /// The revision of the plan last read from or written to storage; `None` when it
    /// has never been saved.
    pub base_revision: Option<u64>,
    pub pending: Vec<Pending>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The field being typed into, while each keystroke continues one step.
    burst: Option<String>,
    /// The entry of that field.
    last_typed: Option<super::id::Id>,
    /// The changes of the last save, until a newer copy shows they were kept: another
    /// tab writing in the same moment can overwrite them, and then they are replayed.
    last_saved: Vec<Pending>,
}

/// A step of undo or redo: the change that takes it back, and each entry the change
/// edits, as the step left it. Another tab's words may reach such an entry meanwhile;
/// taking the step back then goes through [`typed_against`], as a keystroke does: fields
/// only this step changed go back, and words both changed stay, with this step's kept
/// beside. An undo never writes over words it never saw.
#[derive(Clone, Debug, PartialEq)]
struct Step {
    change: Change,
    left: Vec<Item>,
}

impl Step {
    /// `change` takes back a step that has just left `plan` as it is.
    fn after(change: Change, plan: &Plan) -> Step {
        let mut step = Step {
            change,
            left: vec![],
        };
        step.left_as(plan);
        step
    }

    /// The step has left the entries it edits as `plan` holds them.
    fn left_as(&mut self, plan: &Plan) {
        self.left.clear();
        edited_now(plan, &self.change, &mut self.left);
    }
}

/// Each entry `change` edits, as `plan` holds it.
fn edited_now(plan: &Plan, change: &Change, into: &mut Vec<Item>) {
    match change {
        Change::Edit(item) => {
            into.extend(item_of(plan, item.list(), item.id()).map(|(now, _)| now))
        }
        Change::Batch(changes) => changes.iter().for_each(|c| edited_now(plan, c, into)),
        _ => {}
    }
}

/// What a rebase onto another tab's newer copy did.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Rebased {
    /// Local changes that still applied on top of the newer copy.
    pub kept: usize,
    /// Local edits kept beside the other tab's version, for the person to choose.
    pub kept_both: usize,
    /// Local changes that no longer made sense there (e.g. a link to a removed entry).
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
            burst: None,
            last_typed: None,
            last_saved: vec![],
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
        push_limited(&mut self.undo, Step::after(inverse, &self.plan));
        self.redo.clear();
        self.burst = None;
        Ok(())
    }

    /// Applies a change made by typing into the field named `burst`. Keystrokes in the
    /// same field, with nothing else in between, are one step: one line of history,
    /// one undo, one change waiting to be saved. Words go into the plan as they are
    /// typed, so nothing waits on a Save button.
    ///
    /// `base` is the entry as the editor last saw it in the plan. When the entry has
    /// moved on since (another tab's words arrived, or it was removed), the typed words
    /// never replace what the editor did not see: fields only one side changed merge,
    /// and words both changed are kept beside the plan's (see [`typed_against`]).
    pub fn type_into(
        &mut self,
        base: Option<&Item>,
        change: Change,
        stamp: Stamp,
        burst: &str,
    ) -> Result<Typed, ChangeError> {
        let (change, typed, burst) = match (base, &change) {
            (Some(base), Change::Edit(mine)) => {
                match typed_against(&self.plan, base, mine, stamp.clone())? {
                    None => (change, Typed::Applied, burst.to_string()),
                    Some(clash @ Change::KeepConflict(_)) => {
                        (clash, Typed::KeptBeside, format!("{burst}#kept"))
                    }
                    Some(merged) => (merged, Typed::Applied, burst.to_string()),
                }
            }
            _ => (change, Typed::Applied, burst.to_string()),
        };
        self.continue_burst(change, stamp, &burst)?;
        Ok(typed)
    }

    /// Applies `change` as the next keystroke of `burst` (see [`Self::type_into`]).
    fn continue_burst(
        &mut self,
        change: Change,
        stamp: Stamp,
        burst: &str,
    ) -> Result<(), ChangeError> {
        // Another writer (Writing as changed mid-field) starts a step and a line of their own.
        let same_writer = self
            .plan
            .history
            .last()
            .is_some_and(|h| h.stamp.by == stamp.by && h.stamp.who == stamp.who);
        let continuing =
            self.burst.as_deref() == Some(burst) && !self.undo.is_empty() && same_writer;
        if !continuing {
            let same_entry = self.burst.is_some() && self.last_typed == change.entry().cloned();
            self.change(change, stamp.clone())?;
            if same_entry {
                // Another field of the entry just typed into: one line of history for
                // the whole editing (each field stays its own step of undo).
                drop_line_before_last(&mut self.plan, &stamp);
            }
            if let Some(p) = self.pending.last_mut() {
                p.burst = Some(burst.to_string());
            }
            self.burst = Some(burst.to_string());
            self.last_typed = self.pending.last().and_then(|p| p.change.entry().cloned());
            return Ok(());
        }
        let applied = apply(&self.plan, &change, stamp.clone())?;
        self.plan = applied.plan;
        if let Change::Edit(item) = &change {
            super::change::squash_version(&mut self.plan, item.list(), item.id());
        }
        let lines = self.plan.history.len();
        if lines >= 2 {
            self.plan.history.remove(lines - 2);
        }
        // Undo takes back the whole typing: what it left is the entry as it is now.
        if let Some(step) = self.undo.last_mut() {
            step.left_as(&self.plan);
        }
        let revision = self.plan.revision;
        match self.pending.last_mut() {
            Some(p) if p.burst.as_deref() == Some(burst) && same_edit(&p.change, &change) => {
                p.change = change;
                p.stamp = stamp;
                p.revision = revision;
            }
            _ => self.pending.push(Pending {
                before: edited_before(&applied.inverse),
                change,
                stamp,
                revision,
                burst: Some(burst.to_string()),
                removed_seen: vec![],
            }),
        }
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last change by applying its inverse, so history records the undo.
    /// Words another tab gave an entry since are not undone (see [`Step`]).
    pub fn undo(&mut self, stamp: Stamp) -> Result<bool, ChangeError> {
        self.take_back(true, stamp)
    }

    pub fn redo(&mut self, stamp: Stamp) -> Result<bool, ChangeError> {
        self.take_back(false, stamp)
    }

    /// Takes back the last step of undo (or of redo), which becomes a step of the other.
    fn take_back(&mut self, undo: bool, stamp: Stamp) -> Result<bool, ChangeError> {
        self.burst = None;
        let from = if undo { &mut self.undo } else { &mut self.redo };
        let Some(step) = from.pop() else {
            return Ok(false);
        };
        let change = self.as_now(step, &stamp)?;
        let inverse = self.commit(change, stamp)?;
        let step = Step::after(inverse, &self.plan);
        push_limited(if undo { &mut self.redo } else { &mut self.undo }, step);
        Ok(true)
    }

    /// A step's change as it comes into the plan now: each edit typed against the entry
    /// as the step left it.
    fn as_now(&self, step: Step, stamp: &Stamp) -> Result<Change, ChangeError> {
        fn now(
            plan: &Plan,
            change: Change,
            left: &[Item],
            stamp: &Stamp,
        ) -> Result<Change, ChangeError> {
            match change {
                Change::Edit(mine) => {
                    let base = left
                        .iter()
                        .find(|l| l.list() == mine.list() && l.id() == mine.id());
                    Ok(match base {
                        Some(base) => typed_against(plan, base, &mine, stamp.clone())?,
                        None => None,
                    }
                    .unwrap_or(Change::Edit(mine)))
                }
                Change::Batch(changes) => Ok(Change::Batch(
                    changes
                        .into_iter()
                        .map(|c| now(plan, c, left, stamp))
                        .collect::<Result<_, _>>()?,
                )),
                other => Ok(other),
            }
        }
        now(&self.plan, step.change, &step.left, stamp)
    }

    fn commit(&mut self, change: Change, stamp: Stamp) -> Result<Change, ChangeError> {
        let applied = apply(&self.plan, &change, stamp.clone())?;
        let removed_seen = removed_entries(&self.plan, &change);
        self.plan = applied.plan;
        self.pending.push(Pending {
            before: edited_before(&applied.inverse),
            change,
            stamp,
            revision: self.plan.revision,
            burst: None,
            removed_seen,
        });
        Ok(applied.inverse)
    }

    /// Storage now holds the plan at `revision`.
    pub fn saved(&mut self, revision: u64) {
        self.base_revision = Some(revision);
        let (done, rest) = std::mem::take(&mut self.pending)
            .into_iter()
            .partition(|p| p.revision <= revision);
        self.last_saved = done;
        self.pending = rest;
    }

    /// Another tab's copy of the plan. The shell passes only a copy this tab is not built
    /// on (never its own save, told late: that would be taken as written over). At a
    /// later revision, this tab's unsaved changes go on top of it (`rebase`). At the
    /// revision this tab last saved, another tab wrote in the same moment over that save,
    /// so it is replayed on top too (`overwritten`), with whatever was typed since.
    /// Returns `None` when the copy is just this tab's plan.
    pub fn take_newer(&mut self, stored: Plan) -> Option<Rebased> {
        if Some(stored.revision) != self.base_revision {
            Some(self.rebase(stored))
        } else if stored != self.plan {
            Some(self.overwritten(stored))
        } else {
            None
        }
    }

    /// Storage holds a different copy at the revision this tab saved: another tab wrote
    /// in the same moment, over this tab's save. Replays that save's changes on top.
    pub fn overwritten(&mut self, stored: Plan) -> Rebased {
        let mut replay = std::mem::take(&mut self.last_saved);
        replay.append(&mut self.pending);
        self.pending = replay;
        self.rebase(stored)
    }

    /// Another tab saved a newer copy: take it, and replay this tab's unsaved changes on
    /// top, so neither tab loses work. An edit is merged field by field with what the
    /// other tab did to the same entry; where both changed the same words, or the other
    /// tab removed the entry, this tab's version is kept as a [`Conflict`] for the
    /// person to choose. Returns what was kept, kept beside, and dropped.
    pub fn rebase(&mut self, stored: Plan) -> Rebased {
        // A copy built on this tab's last save holds it: it is not to be replayed if yet
        // another tab writes over that copy in the same moment. But a copy without an
        // entry that save added was built over it by a tab that never saw it (two tabs
        // saving in one moment, the other saving again before this tab heard): those
        // entries go on top again. (Entries are never dropped, only marked removed.)
        let mut unseen: Vec<Pending> = std::mem::take(&mut self.last_saved)
            .into_iter()
            .filter(|p| match &p.change {
                Change::Add(item) => {
                    super::change::entry_label(&stored, item.list(), item.id()).is_none()
                }
                _ => false,
            })
            .collect();
        unseen.append(&mut self.pending);
        self.pending = unseen;
        let mut plan = stored;
        let base = plan.revision;
        let mut result = Rebased::default();
        let mut pending = Vec::with_capacity(self.pending.len());
        for p in std::mem::take(&mut self.pending) {
            // Words kept beside a removal by an earlier rebase: the removal itself finds
            // them again below, as the newer copy has them now.
            if let Change::KeepConflict(Conflict {
                kind: ConflictKind::RemovedHere,
                ..
            }) = &p.change
            {
                continue;
            }
            let steps = match (&p.change, &p.before) {
                (Change::Edit(mine), Some(before)) => {
                    match merged_edit(&plan, before, mine, p.stamp.clone()) {
                        Ok(steps) => steps,
                        Err(e) => {
                            result.dropped.push(e);
                            continue;
                        }
                    }
                }
                _ => {
                    // A removal of words another tab changed meanwhile keeps those words.
                    let mut steps = vec![p.change.clone()];
                    steps.extend(p.removed_seen.iter().filter_map(|seen| {
                        moved_on_since(&plan, seen).map(|(theirs, stamp)| {
                            Change::KeepConflict(Conflict {
                                kind: ConflictKind::RemovedHere,
                                mine: theirs,
                                stamp,
                            })
                        })
                    }));
                    steps
                }
            };
            for change in steps {
                match apply(&plan, &change, p.stamp.clone()) {
                    Ok(applied) => {
                        let plan_before = std::mem::replace(&mut plan, applied.plan);
                        if matches!(change, Change::KeepConflict(_)) {
                            result.kept_both += 1;
                        } else {
                            result.kept += 1;
                        }
                        pending.push(Pending {
                            before: edited_before(&applied.inverse),
                            removed_seen: removed_entries(&plan_before, &change),
                            change,
                            stamp: p.stamp.clone(),
                            revision: plan.revision,
                            burst: None,
                        });
                    }
                    Err(ChangeError::Unchanged) => {}
                    Err(e) => result.dropped.push(e),
                }
            }
        }
        self.plan = plan;
        self.pending = pending;
        self.base_revision = Some(base);
        self.burst = None;
        result
    }
}

/// The steps that bring this tab's edit of an entry onto another copy of the plan.
fn merged_edit(
    plan: &Plan,
    before: &Item,
    mine: &Item,
    stamp: Stamp,
) -> Result<Vec<Change>, ChangeError> {
    let (list, id) = (mine.list(), mine.id().clone());
    let keep = |kind, mine: Item| Change::KeepConflict(Conflict { kind, mine, stamp });
    match item_of(plan, list, &id) {
        None => Err(ChangeError::UnknownEntry { list, id }),
        Some((_, false)) => Ok(vec![keep(ConflictKind::RemovedElsewhere, mine.clone())]),
        Some((theirs, true)) => {
            let merged =
                merge_items(before, mine, &theirs).ok_or_else(|| ChangeError::UnknownEntry {
                    list,
                    id: id.clone(),
                })?;
            let mut steps = vec![Change::Edit(merged.body)];
            if merged.conflict {
                // The kept version is this side's words with the other's changes to
                // other fields in it: choosing it loses neither side's work.
                let kept = preferring_mine(before, mine, &theirs)
                    .ok_or(ChangeError::UnknownEntry { list, id })?;
                steps.push(keep(ConflictKind::EditedElsewhere, kept));
            }
            Ok(steps)
        }
    }
}

/// How an edit typed against `base` (the entry as the editor last saw it) comes into
/// `plan`: `None` when the entry is still as the editor saw it, so the edit applies as
/// typed. Otherwise the one change that brings it in without replacing what the editor
/// never saw: an edit merging fields only one side changed, or, where both changed the
/// same words or the entry was removed, the typed words kept beside the plan's version
/// (nothing else changes). Words the plan would refuse are refused here too.
pub fn typed_against(
    plan: &Plan,
    base: &Item,
    mine: &Item,
    stamp: Stamp,
) -> Result<Option<Change>, ChangeError> {
    let (list, id) = (mine.list(), mine.id());
    let unknown = || ChangeError::UnknownEntry {
        list,
        id: id.clone(),
    };
    let (now, live) = item_of(plan, list, id).ok_or_else(unknown)?;
    if live && &now == base {
        return Ok(None);
    }
    check_item(plan, mine)?;
    let keep = |kind, mine: Item| Some(Change::KeepConflict(Conflict { kind, mine, stamp }));
    if !live {
        return Ok(keep(ConflictKind::RemovedElsewhere, mine.clone()));
    }
    let merged = merge_items(base, mine, &now).ok_or_else(unknown)?;
    if !merged.conflict {
        return Ok(Some(Change::Edit(merged.body)));
    }
    let kept = preferring_mine(base, mine, &now).ok_or_else(unknown)?;
    Ok(keep(ConflictKind::EditedElsewhere, kept))
}

/// The entry `seen` as `plan` holds it now, with when and by whom it was changed, if it
/// is live and no longer what was seen.
fn moved_on_since(plan: &Plan, seen: &Item) -> Option<(Item, Stamp)> {
    let (list, id) = (seen.list(), seen.id());
    match item_of(plan, list, id) {
        Some((now, true)) if &now != seen => {
            super::change::entry_changed(plan, list, id).map(|stamp| (now, stamp))
        }
        _ => None,
    }
}

/// Each live entry that `change` removes, as `plan` holds it before.
fn removed_entries(plan: &Plan, change: &Change) -> Vec<Item> {
    match change {
        Change::Remove { list, id } => item_of(plan, *list, id)
            .filter(|(_, live)| *live)
            .map(|(item, _)| item)
            .into_iter()
            .collect(),
        Change::Batch(changes) => changes
            .iter()
            .flat_map(|c| removed_entries(plan, c))
            .collect(),
        _ => vec![],
    }
}

/// Removes the history line before the last when both are the same edit of the same
/// entry by the same author: typing into several fields of one entry reads as one line.
fn drop_line_before_last(plan: &mut Plan, by: &Stamp) {
    let n = plan.history.len();
    if n < 2 {
        return;
    }
    let (a, b) = (&plan.history[n - 2], &plan.history[n - 1]);
    if a.verb == super::plan::Verb::Edited
        && a.verb == b.verb
        && a.entry == b.entry
        && a.stamp.by == by.by
        && a.stamp.who == by.who
    {
        plan.history.remove(n - 2);
    }
}

/// For an edit, the entry as it was before (an edit's inverse holds it).
fn edited_before(inverse: &Change) -> Option<Item> {
    match inverse {
        Change::Edit(item) => Some(item.clone()),
        _ => None,
    }
}

/// Whether two changes both edit the same entry (or both keep a version of it beside).
fn same_edit(a: &Change, b: &Change) -> bool {
    match (a, b) {
        (Change::Edit(x), Change::Edit(y)) => x.list() == y.list() && x.id() == y.id(),
        (Change::KeepConflict(x), Change::KeepConflict(y)) => {
            x.list() == y.list() && x.entry() == y.entry()
        }
        _ => false,
    }
}

fn push_limited(stack: &mut Vec<Step>, step: Step) {
    stack.push(step);
    if stack.len() > UNDO_LIMIT {
        stack.remove(0);
    }
}
