//! The one door for change: every edit to a plan is a named [`Change`], validated and
//! applied by [`apply`], which returns the new plan and the change that undoes it.
//! History, undo, saving and tab sync all hang off this one function.

use super::id::Id;
use super::plan::*;
use serde::Serialize;

// `List` and `Item` are the plan's own types (in `plan.rs`, the bottom of the core);
// what can be done with them lives here.
pub use super::plan::{Item, List};

mod error;
mod rules;

pub use error::{ChangeError, Field};
use rules::short_label;
pub use rules::{optional, required};

/// Every edit a person can make to a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    RenamePlan {
        name: String,
    },
    /// Adds a new entry at the end of its list.
    Add(Item),
    /// Replaces an entry's words and settings (a goal's agreement excepted).
    Edit(Item),
    /// Removes an entry, keeping a tombstone.
    Remove {
        list: List,
        id: Id,
    },
    /// Brings a removed entry back (undo of a removal).
    Restore {
        list: List,
        id: Id,
    },
    /// Moves an entry to just before `before` (or to the end): priority order.
    Move {
        list: List,
        id: Id,
        before: Option<Id>,
    },
    /// Agreement is explicit and only changes here.
    SetGoalAgreement {
        goal: Id,
        agreement: Agreement,
    },
    /// Keeps this side's version of an entry beside the plan's, for the person to choose
    /// (replacing an earlier kept version of the same entry).
    KeepConflict(Conflict),
    /// The person has chosen: the kept version of this entry is no longer needed.
    SettleConflict {
        list: List,
        id: Id,
    },
    /// Several changes made as one step (one undo), e.g. a visit and its first topic.
    /// All apply or none does.
    Batch(Vec<Change>),
}

impl Change {
    /// The entry a change is about, if it is about one.
    pub fn entry(&self) -> Option<&Id> {
        match self {
            Change::Add(item) | Change::Edit(item) => Some(item.id()),
            Change::Remove { id, .. }
            | Change::Restore { id, .. }
            | Change::Move { id, .. }
            | Change::SettleConflict { id, .. } => Some(id),
            Change::SetGoalAgreement { goal, .. } => Some(goal),
            Change::KeepConflict(c) => Some(c.entry()),
            Change::RenamePlan { .. } | Change::Batch(_) => None,
        }
    }
}

/// Most characters in a name or short label.
pub const MAX_SHORT: usize = 200;
/// Most characters in one entry of text.
pub const MAX_TEXT: usize = 1000;
/// Most characters in a note.
pub const MAX_LONG: usize = 5000;

/// The result of a change: the new plan and the change that undoes it.
#[derive(Clone, Debug)]
pub struct Applied {
    pub plan: Plan,
    pub inverse: Change,
}

/// Starts a plan. The name is checked like any rename.
pub fn new_plan(id: Id, name: &str, stamp: Stamp) -> Result<Plan, ChangeError> {
    let name = required(Field::PlanName, name, MAX_SHORT)?;
    Ok(Plan::empty(id, name, stamp))
}

/// Applies one change. Pure: `stamp` carries the time and author from the shell.
pub fn apply(plan: &Plan, change: &Change, stamp: Stamp) -> Result<Applied, ChangeError> {
    let mut next = plan.clone();
    let (inverse, verb, list, label) = match change {
        Change::RenamePlan { name } => {
            let name = required(Field::PlanName, name, MAX_SHORT)?;
            if name == plan.name {
                return Err(ChangeError::Unchanged);
            }
            let old = std::mem::replace(&mut next.name, name.clone());
            (Change::RenamePlan { name: old }, Verb::Renamed, None, name)
        }
        Change::Add(item) => on_item!(item, |id, body| add(&mut next, id, body, stamp.clone())?),
        Change::Edit(item) => on_item!(item, |id, body| edit(&mut next, id, body, stamp.clone())?),
        Change::Remove { list, id } => {
            set_removed(&mut next, *list, id, Some(stamp.clone()), stamp.clone())?
        }
        Change::Restore { list, id } => set_removed(&mut next, *list, id, None, stamp.clone())?,
        Change::Move { list, id, before } => {
            move_entry(&mut next, *list, id, before.as_ref(), stamp.clone())?
        }
        Change::SetGoalAgreement { goal, agreement } => {
            set_agreement(&mut next, goal, agreement, stamp.clone())?
        }
        Change::KeepConflict(conflict) => keep_conflict(&mut next, conflict)?,
        Change::SettleConflict { list, id } => settle_conflict(&mut next, *list, id)?,
        Change::Batch(changes) => return apply_batch(plan, changes, stamp),
    };
    next.revision = next_revision(plan.revision);
    next.changed = stamp.clone();
    next.history.push(HistoryEntry {
        stamp,
        verb,
        list,
        entry: change.entry().cloned(),
        label: short_label(&label),
    });
    if next.history.len() > HISTORY_LIMIT {
        let extra = next.history.len() - HISTORY_LIMIT;
        next.history.drain(..extra);
    }
    Ok(Applied {
        plan: next,
        inverse,
    })
}

/// The few words that identify an entry (for "Removed …" notices), if it exists.
pub fn entry_label(plan: &Plan, list: List, id: &Id) -> Option<String> {
    fn label<T: Listed>(plan: &Plan, id: &Id) -> Option<String> {
        T::entries(plan)
            .iter()
            .find(|e| &e.id == id)
            .map(|e| short_label(&e.body.label()))
    }
    on_list!(list, label(plan, id))
}

/// The entry with this id as an [`Item`] (removed or not), and whether it is live.
pub fn item_of(plan: &Plan, list: List, id: &Id) -> Option<(Item, bool)> {
    fn get<T: Listed>(plan: &Plan, id: &Id) -> Option<(Item, bool)> {
        T::entries(plan)
            .iter()
            .find(|e| &e.id == id)
            .map(|e| (T::item(id.clone(), e.body.clone()), e.is_live()))
    }
    on_list!(list, get(plan, id))
}

/// Checks an entry's words and settings as an add or edit would (limits, links).
pub fn check_item(plan: &Plan, item: &Item) -> Result<(), ChangeError> {
    on_item!(item, |_id, body| body.checked(plan).map(|_| ()))
}

/// When and by whom an entry was last changed.
pub fn entry_changed(plan: &Plan, list: List, id: &Id) -> Option<Stamp> {
    fn get<T: Listed>(plan: &Plan, id: &Id) -> Option<Stamp> {
        T::entries(plan)
            .iter()
            .find(|e| &e.id == id)
            .map(|e| e.changed.clone())
    }
    on_list!(list, get(plan, id))
}

/// Forgets the version before an entry's current one: keystrokes in one field are one
/// version, as they are one step of undo, so the versions remembered reach far back.
pub fn squash_version(plan: &mut Plan, list: List, id: &Id) {
    fn squash<T: Listed>(plan: &mut Plan, id: &Id) {
        if let Some(e) = T::entries_mut(plan).iter_mut().find(|e| &e.id == id) {
            if e.versions.len() >= 2 {
                let at = e.versions.len() - 2;
                e.versions.remove(at);
            }
        }
    }
    on_list!(list, squash(plan, id))
}

/// Applies each change in turn; the inverse undoes them all, in reverse order.
fn apply_batch(plan: &Plan, changes: &[Change], stamp: Stamp) -> Result<Applied, ChangeError> {
    if changes.is_empty() {
        return Err(ChangeError::Unchanged);
    }
    let mut next = plan.clone();
    let mut inverses = Vec::with_capacity(changes.len());
    for c in changes {
        let applied = apply(&next, c, stamp.clone())?;
        next = applied.plan;
        inverses.push(applied.inverse);
    }
    inverses.reverse();
    Ok(Applied {
        plan: next,
        inverse: Change::Batch(inverses),
    })
}

/// What `apply` records besides the new plan.
type Outcome = (Change, Verb, Option<List>, String);

/// Dispatches on an [`Item`], binding its id and body with their concrete type.
macro_rules! on_item {
    ($item:expr, |$id:ident, $body:ident| $e:expr) => {
        match $item {
            Item::WhatMatters($id, $body) => $e,
            Item::Capability($id, $body) => $e,
            Item::Goal($id, $body) => $e,
            Item::Action($id, $body) => $e,
            Item::Supporter($id, $body) => $e,
            Item::HelpOrHindrance($id, $body) => $e,
            Item::CommunitySupport($id, $body) => $e,
            Item::SafetyNetEntry($id, $body) => $e,
            Item::Visit($id, $body) => $e,
            Item::AgendaItem($id, $body) => $e,
            Item::CheckIn($id, $body) => $e,
            Item::TeamMember($id, $body) => $e,
        }
    };
}
use on_item;

/// Dispatches a generic function call on a [`List`] to the list's body type.
macro_rules! on_list {
    ($list:expr, $f:ident ( $($arg:expr),* ) $($q:tt)?) => {
        match $list {
            List::WhatMatters => $f::<WhatMatters>($($arg),*)$($q)?,
            List::Capabilities => $f::<Capability>($($arg),*)$($q)?,
            List::Goals => $f::<Goal>($($arg),*)$($q)?,
            List::Actions => $f::<Action>($($arg),*)$($q)?,
            List::Supporters => $f::<Supporter>($($arg),*)$($q)?,
            List::HelpsAndHindrances => $f::<HelpOrHindrance>($($arg),*)$($q)?,
            List::CommunitySupports => $f::<CommunitySupport>($($arg),*)$($q)?,
            List::SafetyNet => $f::<SafetyNetEntry>($($arg),*)$($q)?,
            List::Visits => $f::<Visit>($($arg),*)$($q)?,
            List::AgendaItems => $f::<AgendaItem>($($arg),*)$($q)?,
            List::CheckIns => $f::<CheckIn>($($arg),*)$($q)?,
            List::Team => $f::<TeamMember>($($arg),*)$($q)?,
        }
    };
}
use on_list;

impl Item {
    pub fn id(&self) -> &Id {
        on_item!(self, |id, _body| id)
    }
    /// The few words that identify the entry.
    pub fn label(&self) -> String {
        on_item!(self, |_id, body| short_label(&body.label()))
    }
    pub fn list(&self) -> List {
        fn list_of<T: Listed>(_: &T) -> List {
            T::LIST
        }
        on_item!(self, |_id, body| list_of(body))
    }
}

/// What every entity body provides to the generic operations.
pub trait Listed: Clone + PartialEq + Sized + Serialize + crate::core::json::FromJson {
    const LIST: List;
    fn entries(plan: &Plan) -> &Vec<Entry<Self>>;
    fn entries_mut(plan: &mut Plan) -> &mut Vec<Entry<Self>>;
    fn item(id: Id, body: Self) -> Item;
    /// The body an [`Item`] holds, if it is of this kind.
    fn body_of(item: &Item) -> Option<&Self>;
    /// Trims and checks the body against the plan (limits, ranges, links).
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError>;
    /// A few words that identify the entry in history.
    fn label(&self) -> String;
    /// Settles what a new entry may not choose for itself.
    fn fresh(self) -> Self {
        self
    }
    /// Keeps what an edit may not change.
    fn keep(self, _old: &Self) -> Self {
        self
    }
}

fn find<T: Listed>(plan: &Plan, id: &Id) -> Result<usize, ChangeError> {
    T::entries(plan)
        .iter()
        .position(|e| &e.id == id)
        .ok_or_else(|| ChangeError::UnknownEntry {
            list: T::LIST,
            id: id.clone(),
        })
}

fn add<T: Listed>(
    plan: &mut Plan,
    id: &Id,
    body: &T,
    stamp: Stamp,
) -> Result<Outcome, ChangeError> {
    if find::<T>(plan, id).is_ok() {
        return Err(ChangeError::DuplicateId {
            list: T::LIST,
            id: id.clone(),
        });
    }
    let body = body.checked(plan)?.fresh();
    let label = body.label();
    T::entries_mut(plan).push(Entry::new(id.clone(), body, stamp));
    Ok((
        Change::Remove {
            list: T::LIST,
            id: id.clone(),
        },
        Verb::Added,
        Some(T::LIST),
        label,
    ))
}

fn edit<T: Listed>(
    plan: &mut Plan,
    id: &Id,
    body: &T,
    stamp: Stamp,
) -> Result<Outcome, ChangeError> {
    let at = find::<T>(plan, id)?;
    let body = body.checked(plan)?;
    let entry = &mut T::entries_mut(plan)[at];
    if !entry.is_live() {
        return Err(ChangeError::Removed {
            list: T::LIST,
            id: id.clone(),
        });
    }
    let body = body.keep(&entry.body);
    if entry.body == body {
        return Err(ChangeError::Unchanged);
    }
    let label = body.label();
    let old = std::mem::replace(&mut entry.body, body);
    entry.changed = stamp;
    entry.bump();
    Ok((
        Change::Edit(T::item(id.clone(), old)),
        Verb::Edited,
        Some(T::LIST),
        label,
    ))
}

/// What removing, restoring and moving need of a list, whatever its entries hold. They
/// go through this (one copy of their code for every list) rather than being generic
/// over the entry: made once per list, they were a third of `apply`'s code, all of it in
/// the first screen's download.
trait EntryList {
    fn position(&self, id: &Id) -> Option<usize>;
    fn id_at(&self, at: usize) -> Option<&Id>;
    fn is_live_at(&self, at: usize) -> bool;
    fn label_at(&self, at: usize) -> String;
    /// Marks the entry removed (or restored, with `None`), changed by `stamp`.
    fn set_removed_at(&mut self, at: usize, removed: Option<Stamp>, stamp: Stamp);
    /// Moves the entry at `from` to before `before` (to the end with `None`), changed by `stamp`.
    fn move_at(&mut self, from: usize, before: Option<&Id>, stamp: Stamp);
}

impl<T: Listed> EntryList for Vec<Entry<T>> {
    fn position(&self, id: &Id) -> Option<usize> {
        self.iter().position(|e| &e.id == id)
    }
    fn id_at(&self, at: usize) -> Option<&Id> {
        self.get(at).map(|e| &e.id)
    }
    fn is_live_at(&self, at: usize) -> bool {
        self[at].is_live()
    }
    fn label_at(&self, at: usize) -> String {
        self[at].body.label()
    }
    fn set_removed_at(&mut self, at: usize, removed: Option<Stamp>, stamp: Stamp) {
        let entry = &mut self[at];
        entry.removed = removed;
        entry.changed = stamp;
        entry.bump();
    }
    fn move_at(&mut self, from: usize, before: Option<&Id>, stamp: Stamp) {
        let mut entry = self.remove(from);
        entry.changed = stamp;
        let to = before
            .and_then(|b| self.iter().position(|e| &e.id == b))
            .unwrap_or(self.len());
        self.insert(to, entry);
    }
}

fn entry_list<T: Listed + 'static>(plan: &mut Plan) -> &mut dyn EntryList {
    T::entries_mut(plan)
}

/// A list of the plan, whatever its entries hold.
fn list_mut(plan: &mut Plan, list: List) -> &mut dyn EntryList {
    on_list!(list, entry_list(plan))
}

fn at(entries: &dyn EntryList, list: List, id: &Id) -> Result<usize, ChangeError> {
    entries
        .position(id)
        .ok_or_else(|| ChangeError::UnknownEntry {
            list,
            id: id.clone(),
        })
}

fn set_removed(
    plan: &mut Plan,
    list: List,
    id: &Id,
    removed: Option<Stamp>,
    stamp: Stamp,
) -> Result<Outcome, ChangeError> {
    let entries = list_mut(plan, list);
    let at = at(entries, list, id)?;
    let id = id.clone();
    let (verb, inverse) = match (removed.is_some(), entries.is_live_at(at)) {
        (true, true) => (Verb::Removed, Change::Restore { list, id }),
        (false, false) => (Verb::Restored, Change::Remove { list, id }),
        (true, false) => return Err(ChangeError::Removed { list, id }),
        (false, true) => return Err(ChangeError::NotRemoved { list, id }),
    };
    entries.set_removed_at(at, removed, stamp);
    Ok((inverse, verb, Some(list), entries.label_at(at)))
}

fn move_entry(
    plan: &mut Plan,
    list: List,
    id: &Id,
    before: Option<&Id>,
    stamp: Stamp,
) -> Result<Outcome, ChangeError> {
    let entries = list_mut(plan, list);
    let from = at(entries, list, id)?;
    if before == Some(id) {
        return Err(ChangeError::Unchanged);
    }
    if let Some(b) = before {
        at(entries, list, b)?;
    }
    let old_next = entries.id_at(from + 1).cloned();
    if old_next.as_ref() == before {
        return Err(ChangeError::Unchanged);
    }
    let label = entries.label_at(from);
    entries.move_at(from, before, stamp);
    let inverse = Change::Move {
        list,
        id: id.clone(),
        before: old_next,
    };
    Ok((inverse, Verb::Moved, Some(list), label))
}

fn set_agreement(
    plan: &mut Plan,
    goal: &Id,
    agreement: &Agreement,
    stamp: Stamp,
) -> Result<Outcome, ChangeError> {
    let agreement = match agreement {
        Agreement::AgreedToDiffer { difference } => Agreement::AgreedToDiffer {
            difference: required(Field::Difference, difference, MAX_TEXT)?,
        },
        Agreement::SetAside { reason } => Agreement::SetAside {
            reason: required(Field::Reason, reason, MAX_TEXT)?,
        },
        other => other.clone(),
    };
    let at = find::<Goal>(plan, goal)?;
    let entry = &mut plan.goals[at];
    if !entry.is_live() {
        return Err(ChangeError::Removed {
            list: List::Goals,
            id: goal.clone(),
        });
    }
    if entry.body.agreement == agreement {
        return Err(ChangeError::Unchanged);
    }
    let old = std::mem::replace(&mut entry.body.agreement, agreement);
    entry.changed = stamp;
    entry.bump();
    let inverse = Change::SetGoalAgreement {
        goal: goal.clone(),
        agreement: old,
    };
    Ok((
        inverse,
        Verb::Agreement,
        Some(List::Goals),
        entry.body.label(),
    ))
}

fn keep_conflict(plan: &mut Plan, conflict: &Conflict) -> Result<Outcome, ChangeError> {
    let (list, id) = (conflict.list(), conflict.entry().clone());
    let label = entry_label(plan, list, &id).ok_or_else(|| ChangeError::UnknownEntry {
        list,
        id: id.clone(),
    })?;
    let at = plan
        .conflicts
        .iter()
        .position(|c| c.list() == list && c.entry() == &id);
    let inverse = match at {
        Some(i) if &plan.conflicts[i] == conflict => return Err(ChangeError::Unchanged),
        Some(i) => {
            Change::KeepConflict(std::mem::replace(&mut plan.conflicts[i], conflict.clone()))
        }
        None => {
            plan.conflicts.push(conflict.clone());
            Change::SettleConflict { list, id }
        }
    };
    Ok((inverse, Verb::KeptBoth, Some(list), label))
}

fn settle_conflict(plan: &mut Plan, list: List, id: &Id) -> Result<Outcome, ChangeError> {
    let at = plan
        .conflicts
        .iter()
        .position(|c| c.list() == list && c.entry() == id)
        .ok_or(ChangeError::Unchanged)?;
    let old = plan.conflicts.remove(at);
    let label = entry_label(plan, list, id).unwrap_or_default();
    Ok((Change::KeepConflict(old), Verb::Chose, Some(list), label))
}
