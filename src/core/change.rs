//! The one door for change: every edit to a plan is a named [`Change`], validated and
//! applied by [`apply`], which returns the new plan and the change that undoes it.
//! History, undo, saving and tab sync all hang off this one function.

use super::id::Id;
use super::plan::*;
use serde::Serialize;

// `List` and `Item` are the plan's own types (in `plan.rs`, the bottom of the core);
// what can be done with them lives here.
pub use super::plan::{Item, List};

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

/// A field a person fills in, named so errors can point at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    PlanName,
    WhatMatters,
    Capability,
    NowInWords,
    AbleNow,
    Wished,
    Goal,
    WhyItMatters,
    Concerns,
    AttainmentLevel,
    Measure,
    Action,
    ActionDetail,
    Confidence,
    IfThen,
    Name,
    Role,
    HowTheyHelp,
    HelpOrHindrance,
    Offer,
    Contact,
    HowItWent,
    Signs,
    WhatToDo,
    WithWhom,
    VisitNote,
    AgendaItem,
    Note,
    Difference,
    Reason,
    LinkedEntry,
    Weight,
    CheckInDate,
}

/// Why a change was refused. Each is shown to the person next to the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeError {
    /// A required field is blank.
    Empty { field: Field },
    /// Text longer than the stated limit; refused, never silently cut.
    TooLong { field: Field, max: usize },
    /// A number outside its scale (confidence and ratings are 0–10).
    OutOfRange { field: Field, min: i64, max: i64 },
    /// No entry with this id in this list.
    UnknownEntry { list: List, id: Id },
    /// An entry with this id already exists.
    DuplicateId { list: List, id: Id },
    /// The entry was removed (perhaps in another tab) and cannot be edited.
    Removed { list: List, id: Id },
    /// Restore of an entry that was not removed.
    NotRemoved { list: List, id: Id },
    /// A link points to an entry that does not exist or was removed.
    MissingLink { field: Field, list: List, id: Id },
    /// The edit would change nothing.
    Unchanged,
}

impl ChangeError {
    /// The field an error belongs next to, if it belongs to one.
    pub fn field(&self) -> Option<Field> {
        match self {
            ChangeError::Empty { field }
            | ChangeError::TooLong { field, .. }
            | ChangeError::OutOfRange { field, .. }
            | ChangeError::MissingLink { field, .. } => Some(*field),
            _ => None,
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
        Change::Add(item) => on_item!(item, |id, body| add(&mut next, id, body, stamp)?),
        Change::Edit(item) => on_item!(item, |id, body| edit(&mut next, id, body, stamp)?),
        Change::Remove { list, id } => {
            on_list!(*list, set_removed(&mut next, id, Some(stamp), stamp)?)
        }
        Change::Restore { list, id } => on_list!(*list, set_removed(&mut next, id, None, stamp)?),
        Change::Move { list, id, before } => {
            on_list!(*list, move_entry(&mut next, id, before.as_ref(), stamp)?)
        }
        Change::SetGoalAgreement { goal, agreement } => {
            set_agreement(&mut next, goal, agreement, stamp)?
        }
        Change::KeepConflict(conflict) => keep_conflict(&mut next, conflict)?,
        Change::SettleConflict { list, id } => settle_conflict(&mut next, *list, id)?,
        Change::Batch(changes) => return apply_batch(plan, changes, stamp),
    };
    next.revision = next_revision(plan.revision);
    next.changed = stamp;
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
            .map(|e| e.changed)
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
        let applied = apply(&next, c, stamp)?;
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
pub trait Listed: Clone + PartialEq + Sized + Serialize + serde::de::DeserializeOwned {
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

fn set_removed<T: Listed>(
    plan: &mut Plan,
    id: &Id,
    removed: Option<Stamp>,
    stamp: Stamp,
) -> Result<Outcome, ChangeError> {
    let at = find::<T>(plan, id)?;
    let entry = &mut T::entries_mut(plan)[at];
    let (verb, inverse) = match (removed.is_some(), entry.is_live()) {
        (true, true) => (
            Verb::Removed,
            Change::Restore {
                list: T::LIST,
                id: id.clone(),
            },
        ),
        (false, false) => (
            Verb::Restored,
            Change::Remove {
                list: T::LIST,
                id: id.clone(),
            },
        ),
        (true, false) => {
            return Err(ChangeError::Removed {
                list: T::LIST,
                id: id.clone(),
            })
        }
        (false, true) => {
            return Err(ChangeError::NotRemoved {
                list: T::LIST,
                id: id.clone(),
            })
        }
    };
    entry.removed = removed;
    entry.changed = stamp;
    entry.bump();
    Ok((inverse, verb, Some(T::LIST), entry.body.label()))
}

fn move_entry<T: Listed>(
    plan: &mut Plan,
    id: &Id,
    before: Option<&Id>,
    stamp: Stamp,
) -> Result<Outcome, ChangeError> {
    let from = find::<T>(plan, id)?;
    if before == Some(id) {
        return Err(ChangeError::Unchanged);
    }
    if let Some(b) = before {
        find::<T>(plan, b)?;
    }
    let list = T::entries_mut(plan);
    let old_next = list.get(from + 1).map(|e| e.id.clone());
    if old_next.as_ref() == before {
        return Err(ChangeError::Unchanged);
    }
    let mut entry = list.remove(from);
    entry.changed = stamp;
    let label = entry.body.label();
    let to = match before {
        Some(b) => list.iter().position(|e| &e.id == b).unwrap_or(list.len()),
        None => list.len(),
    };
    list.insert(to, entry);
    let inverse = Change::Move {
        list: T::LIST,
        id: id.clone(),
        before: old_next,
    };
    Ok((inverse, Verb::Moved, Some(T::LIST), label))
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

// ---- validation helpers ----------------------------------------------------------------

fn check_len(field: Field, text: &str, max: usize) -> Result<String, ChangeError> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(ChangeError::TooLong { field, max });
    }
    Ok(text.to_string())
}

/// Trimmed text that must not be blank.
pub fn required(field: Field, text: &str, max: usize) -> Result<String, ChangeError> {
    let text = check_len(field, text, max)?;
    if text.is_empty() {
        return Err(ChangeError::Empty { field });
    }
    Ok(text)
}

/// Trimmed text that may be blank.
pub fn optional(field: Field, text: &str, max: usize) -> Result<String, ChangeError> {
    check_len(field, text, max)
}

fn rating(field: Field, value: Option<u8>) -> Result<Option<u8>, ChangeError> {
    match value {
        Some(v) if v > 10 => Err(ChangeError::OutOfRange {
            field,
            min: 0,
            max: 10,
        }),
        v => Ok(v),
    }
}

fn link<T: Listed>(plan: &Plan, field: Field, id: &Id) -> Result<(), ChangeError> {
    let live = T::entries(plan).iter().any(|e| &e.id == id && e.is_live());
    if live {
        Ok(())
    } else {
        Err(ChangeError::MissingLink {
            field,
            list: T::LIST,
            id: id.clone(),
        })
    }
}

fn links<T: Listed>(plan: &Plan, field: Field, ids: &[Id]) -> Result<Vec<Id>, ChangeError> {
    ids.iter().try_for_each(|id| link::<T>(plan, field, id))?;
    let mut out: Vec<Id> = Vec::with_capacity(ids.len());
    for id in ids {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    Ok(out)
}

fn short_label(text: &str) -> String {
    const MAX: usize = 80;
    let first_line = text.lines().next().unwrap_or_default();
    if first_line.chars().count() <= MAX && first_line.len() == text.len() {
        first_line.to_string()
    } else {
        let cut: String = first_line.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

// ---- each entity's rules -----------------------------------------------------------------

macro_rules! listed {
    ($field:ident, $variant:ident) => {
        fn entries(plan: &Plan) -> &Vec<Entry<Self>> {
            &plan.$field
        }
        fn entries_mut(plan: &mut Plan) -> &mut Vec<Entry<Self>> {
            &mut plan.$field
        }
        fn item(id: Id, body: Self) -> Item {
            Item::$variant(id, body)
        }
        fn body_of(item: &Item) -> Option<&Self> {
            match item {
                Item::$variant(_, body) => Some(body),
                _ => None,
            }
        }
    };
}

impl Listed for WhatMatters {
    const LIST: List = List::WhatMatters;
    listed!(what_matters, WhatMatters);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        Ok(WhatMatters {
            text: required(Field::WhatMatters, &self.text, MAX_TEXT)?,
        })
    }
    fn label(&self) -> String {
        self.text.clone()
    }
}

impl Listed for Capability {
    const LIST: List = List::Capabilities;
    listed!(capabilities, Capability);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        let description = optional(Field::Capability, &self.description, MAX_TEXT)?;
        if description.is_empty()
            && self.now_in_words.trim().is_empty()
            && self.able_now.is_none()
            && self.wished.is_none()
        {
            return Err(ChangeError::Empty {
                field: Field::Capability,
            });
        }
        Ok(Capability {
            life_area: self.life_area,
            able_now: rating(Field::AbleNow, self.able_now)?,
            wished: rating(Field::Wished, self.wished)?,
            description,
            now_in_words: optional(Field::NowInWords, &self.now_in_words, MAX_TEXT)?,
        })
    }
    fn label(&self) -> String {
        if self.description.is_empty() {
            self.now_in_words.clone()
        } else {
            self.description.clone()
        }
    }
}

fn perspective(p: &Perspective) -> Result<Perspective, ChangeError> {
    Ok(Perspective {
        why_it_matters: optional(Field::WhyItMatters, &p.why_it_matters, MAX_TEXT)?,
        concerns: optional(Field::Concerns, &p.concerns, MAX_TEXT)?,
        priority: p.priority,
    })
}

impl Listed for Goal {
    const LIST: List = List::Goals;
    listed!(goals, Goal);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        if let Some(c) = &self.capability {
            link::<Capability>(plan, Field::LinkedEntry, c)?;
        }
        let mut levels: [String; 5] = Default::default();
        for (out, text) in levels.iter_mut().zip(&self.attainment_levels) {
            *out = optional(Field::AttainmentLevel, text, MAX_TEXT)?;
        }
        let measures = self
            .measures
            .iter()
            .map(|m| {
                Ok(Measure {
                    name: required(Field::Measure, &m.name, MAX_SHORT)?,
                    current: optional(Field::Measure, &m.current, MAX_SHORT)?,
                    target: optional(Field::Measure, &m.target, MAX_SHORT)?,
                })
            })
            .collect::<Result<_, ChangeError>>()?;
        Ok(Goal {
            wording: required(Field::Goal, &self.wording, MAX_TEXT)?,
            capability: self.capability.clone(),
            proposed_by: self.proposed_by,
            person_view: perspective(&self.person_view)?,
            clinician_view: perspective(&self.clinician_view)?,
            agreement: self.agreement.clone(),
            attainment_levels: levels,
            baseline: self.baseline,
            target_date: self.target_date,
            review_date: self.review_date,
            measures,
            weight: match self.weight {
                Some(w) if !(1..=10).contains(&w) => {
                    return Err(ChangeError::OutOfRange {
                        field: Field::Weight,
                        min: 1,
                        max: 10,
                    })
                }
                w => w,
            },
            ended: ending(&self.ended)?,
            replaces: self.replaces.clone(),
        })
    }
    fn label(&self) -> String {
        self.wording.clone()
    }
    /// Every goal starts as proposed: agreement is reached, not typed in.
    fn fresh(self) -> Self {
        Goal {
            agreement: Agreement::Proposed,
            ..self
        }
    }
    /// Agreement changes only through `SetGoalAgreement`, so it is always explicit.
    fn keep(self, old: &Self) -> Self {
        Goal {
            agreement: old.agreement.clone(),
            ..self
        }
    }
}

impl Listed for Action {
    const LIST: List = List::Actions;
    listed!(actions, Action);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        if let Some(g) = &self.goal {
            link::<Goal>(plan, Field::LinkedEntry, g)?;
        }
        match &self.responsible {
            Responsible::Supporter(id) => link::<Supporter>(plan, Field::LinkedEntry, id)?,
            Responsible::CommunitySupport(id) => {
                link::<CommunitySupport>(plan, Field::LinkedEntry, id)?
            }
            Responsible::Person | Responsible::Clinician => {}
        }
        let if_then = self
            .if_then
            .iter()
            .map(|p| {
                Ok(IfThen {
                    if_: required(Field::IfThen, &p.if_, MAX_TEXT)?,
                    then: required(Field::IfThen, &p.then, MAX_TEXT)?,
                })
            })
            .collect::<Result<_, ChangeError>>()?;
        Ok(Action {
            what: required(Field::Action, &self.what, MAX_TEXT)?,
            how_much: optional(Field::ActionDetail, &self.how_much, MAX_SHORT)?,
            when: optional(Field::ActionDetail, &self.when, MAX_SHORT)?,
            how_often: optional(Field::ActionDetail, &self.how_often, MAX_SHORT)?,
            with_whom: optional(Field::ActionDetail, &self.with_whom, MAX_SHORT)?,
            goal: self.goal.clone(),
            responsible: self.responsible.clone(),
            confidence: rating(Field::Confidence, self.confidence)?,
            if_then,
            ended: ending(&self.ended)?,
        })
    }
    fn label(&self) -> String {
        self.what.clone()
    }
}

impl Listed for Supporter {
    const LIST: List = List::Supporters;
    listed!(supporters, Supporter);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        Ok(Supporter {
            name: required(Field::Name, &self.name, MAX_SHORT)?,
            role: optional(Field::Role, &self.role, MAX_SHORT)?,
            how_they_help: optional(Field::HowTheyHelp, &self.how_they_help, MAX_TEXT)?,
            involvement: self.involvement,
        })
    }
    fn label(&self) -> String {
        self.name.clone()
    }
}

impl Listed for HelpOrHindrance {
    const LIST: List = List::HelpsAndHindrances;
    listed!(helps_and_hindrances, HelpOrHindrance);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        Ok(HelpOrHindrance {
            text: required(Field::HelpOrHindrance, &self.text, MAX_TEXT)?,
            kind: self.kind,
            effect: self.effect,
            goals: links::<Goal>(plan, Field::LinkedEntry, &self.goals)?,
            capabilities: links::<Capability>(plan, Field::LinkedEntry, &self.capabilities)?,
        })
    }
    fn label(&self) -> String {
        self.text.clone()
    }
}

impl Listed for CommunitySupport {
    const LIST: List = List::CommunitySupports;
    listed!(community_supports, CommunitySupport);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        Ok(CommunitySupport {
            name: required(Field::Name, &self.name, MAX_SHORT)?,
            offer: optional(Field::Offer, &self.offer, MAX_TEXT)?,
            contact: optional(Field::Contact, &self.contact, MAX_SHORT)?,
            referral: self.referral,
            how_it_went: optional(Field::HowItWent, &self.how_it_went, MAX_TEXT)?,
            goals: links::<Goal>(plan, Field::LinkedEntry, &self.goals)?,
            hope: optional(Field::Offer, &self.hope, MAX_TEXT)?,
            practical: optional(Field::Offer, &self.practical, MAX_TEXT)?,
            reach_me: optional(Field::Contact, &self.reach_me, MAX_SHORT)?,
            answers: self
                .answers
                .iter()
                .map(|a| {
                    Ok(ReferralAnswer {
                        organisation: required(Field::Name, &a.organisation, MAX_SHORT)?,
                        on: a.on,
                        status: a.status,
                        going: optional(Field::HowItWent, &a.going, MAX_TEXT)?,
                        person_words: optional(Field::HowItWent, &a.person_words, MAX_TEXT)?,
                        stopped_why: optional(Field::Reason, &a.stopped_why, MAX_TEXT)?,
                        for_clinician: optional(Field::Note, &a.for_clinician, MAX_TEXT)?,
                    })
                })
                .collect::<Result<_, ChangeError>>()?,
        })
    }
    fn label(&self) -> String {
        self.name.clone()
    }
}

impl Listed for SafetyNetEntry {
    const LIST: List = List::SafetyNet;
    listed!(safety_net, SafetyNetEntry);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        Ok(SafetyNetEntry {
            zone: self.zone,
            signs: required(Field::Signs, &self.signs, MAX_TEXT)?,
            what_to_do: required(Field::WhatToDo, &self.what_to_do, MAX_TEXT)?,
            contact: optional(Field::Contact, &self.contact, MAX_SHORT)?,
        })
    }
    fn label(&self) -> String {
        self.signs.clone()
    }
}

impl Listed for Visit {
    const LIST: List = List::Visits;
    listed!(visits, Visit);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        Ok(Visit {
            date: self.date,
            with_whom: optional(Field::WithWhom, &self.with_whom, MAX_SHORT)?,
            changes_since_last_time: optional(
                Field::VisitNote,
                &self.changes_since_last_time,
                MAX_LONG,
            )?,
            worries: optional(Field::VisitNote, &self.worries, MAX_LONG)?,
            hopes: optional(Field::VisitNote, &self.hopes, MAX_LONG)?,
            discussed: optional(Field::VisitNote, &self.discussed, MAX_LONG)?,
            decided: optional(Field::VisitNote, &self.decided, MAX_LONG)?,
            next_review: self.next_review,
        })
    }
    fn label(&self) -> String {
        self.date
            .map(|d| d.to_string())
            .unwrap_or_else(|| self.with_whom.clone())
    }
}

impl Listed for AgendaItem {
    const LIST: List = List::AgendaItems;
    listed!(agenda_items, AgendaItem);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        link::<Visit>(plan, Field::LinkedEntry, &self.visit)?;
        Ok(AgendaItem {
            visit: self.visit.clone(),
            kind: self.kind,
            text: required(Field::AgendaItem, &self.text, MAX_TEXT)?,
            discussed: self.discussed,
            because: self.because.clone(),
        })
    }
    fn label(&self) -> String {
        self.text.clone()
    }
}

impl Listed for CheckIn {
    const LIST: List = List::CheckIns;
    listed!(check_ins, CheckIn);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        // A check-in may rate what was later let go or removed: it is still history.
        for (goal, _) in &self.goal_levels {
            exists::<Goal>(plan, goal)?;
        }
        let actions = self.action_outcomes.iter().map(|(a, _)| a);
        let actions = actions
            .chain(self.action_notes.iter().map(|(a, _)| a))
            .chain(self.action_confidence.iter().map(|(a, _)| a));
        for action in actions {
            exists::<Action>(plan, action)?;
        }
        for (capability, able) in &self.able_now {
            exists::<Capability>(plan, capability)?;
            rating(Field::AbleNow, Some(*able))?;
        }
        for (_, c) in &self.action_confidence {
            rating(Field::Confidence, Some(*c))?;
        }
        let action_notes = self
            .action_notes
            .iter()
            .filter(|(_, n)| !n.trim().is_empty())
            .map(|(a, n)| Ok((a.clone(), optional(Field::Note, n, MAX_TEXT)?)))
            .collect::<Result<_, ChangeError>>()?;
        Ok(CheckIn {
            date: self.date,
            goal_levels: self.goal_levels.clone(),
            action_outcomes: self.action_outcomes.clone(),
            confidence: rating(Field::Confidence, self.confidence)?,
            note: optional(Field::Note, &self.note, MAX_LONG)?,
            action_notes,
            action_confidence: self.action_confidence.clone(),
            able_now: self.able_now.clone(),
            together_with: self.together_with,
            by_name: optional(Field::Name, &self.by_name, MAX_SHORT)?,
            earlier: self.earlier.clone(),
        })
    }
    fn label(&self) -> String {
        self.date.to_string()
    }
    /// A check-in starts with no earlier versions.
    fn fresh(self) -> Self {
        CheckIn {
            earlier: vec![],
            ..self
        }
    }
    /// Editing a check-in keeps the version before it readable, once per edit.
    fn keep(self, old: &Self) -> Self {
        let mut earlier = old.earlier.clone();
        let mut before = old.clone();
        before.earlier = vec![];
        let mut now = self;
        now.earlier = vec![];
        if now != before {
            earlier.push(before);
        }
        CheckIn { earlier, ..now }
    }
}

/// Checks that an entry exists, removed or not (history may point at removed ones).
fn exists<T: Listed>(plan: &Plan, id: &Id) -> Result<(), ChangeError> {
    find::<T>(plan, id)
        .map(|_| ())
        .map_err(|_| ChangeError::MissingLink {
            field: Field::LinkedEntry,
            list: T::LIST,
            id: id.clone(),
        })
}

/// A review's ending, with its reason checked like any text.
fn ending(ended: &Option<Ending>) -> Result<Option<Ending>, ChangeError> {
    ended
        .as_ref()
        .map(|e| {
            Ok(Ending {
                how: e.how,
                on: e.on,
                reason: optional(Field::Reason, &e.reason, MAX_TEXT)?,
            })
        })
        .transpose()
}
