//! Three-way merge of one entry's words and settings, field by field.
//!
//! Two tabs (and later two devices) may change the same entry from the same starting
//! point. Fields only one side changed are taken from that side; a field both sides
//! changed differently is a conflict: the other side's words stay in the plan and ours
//! are kept beside them for the person to choose ([`crate::core::Conflict`]), so no one's
//! words are ever simply replaced.

use super::json::FromJson;
use serde::Serialize;
use serde_json::{Map, Value};

/// The result of merging: the body to keep, and whether some field was changed
/// differently on both sides (then `body` holds the other side's version of it).
#[derive(Clone, Debug, PartialEq)]
pub struct Merged<T> {
    pub body: T,
    pub conflict: bool,
}

/// Merges `mine` and `theirs`, both changed from `base`. Nested records (a goal's two
/// perspectives) merge field by field too; lists and single values are taken whole.
pub fn merge_body<T>(base: &T, mine: &T, theirs: &T) -> Merged<T>
where
    T: Serialize + FromJson + Clone,
{
    let (Some(b), Some(m), Some(t)) = (to_tree(base), to_tree(mine), to_tree(theirs)) else {
        return Merged {
            body: theirs.clone(),
            conflict: true,
        };
    };
    let mut conflict = false;
    let merged = merge_value(&b, &m, &t, &mut conflict);
    match from_tree(merged) {
        Some(body) => Merged { body, conflict },
        // Cannot happen for values made from the same type; keep both if it does.
        None => Merged {
            body: theirs.clone(),
            conflict: true,
        },
    }
}

/// A value as a JSON tree. Through text on purpose: saving already has the text
/// serialiser for every entity, and serde_json's tree serialiser would add another
/// copy of all that code to the download.
pub fn to_tree<T: Serialize>(value: &T) -> Option<Value> {
    super::json::from_str(&super::json::to_string(value)).ok()
}

/// The inverse of [`to_tree`], through text like reading a saved plan (see
/// `saved::from_tree`).
pub fn from_tree<T: FromJson>(tree: Value) -> Option<T> {
    super::saved::from_tree(&tree).ok()
}

fn merge_value(base: &Value, mine: &Value, theirs: &Value, conflict: &mut bool) -> Value {
    if mine == theirs || mine == base {
        return theirs.clone();
    }
    if theirs == base {
        return mine.clone();
    }
    match (base, mine, theirs) {
        (Value::Object(_), Value::Object(m), Value::Object(t))
            if one_choice(m) || one_choice(t) =>
        {
            *conflict = true;
            theirs.clone()
        }
        (Value::Object(b), Value::Object(m), Value::Object(t)) => {
            let mut out = Map::new();
            for key in t.keys().chain(m.keys().filter(|k| !t.contains_key(*k))) {
                let pick = |o: &Map<String, Value>| o.get(key).cloned().unwrap_or(Value::Null);
                out.insert(
                    key.clone(),
                    merge_value(&pick(b), &pick(m), &pick(t), conflict),
                );
            }
            Value::Object(out)
        }
        _ => {
            *conflict = true;
            theirs.clone()
        }
    }
}

/// A tagged value is one choice: a goal's agreement (`state`, with the words that belong
/// to it) or who carries out a step (`kind`, with its `id`). Put together field by field
/// from two sides it could say "agreed" with the other side's difference, which is then
/// read as plain "agreed" and lost; changed on both sides, it is a conflict instead.
fn one_choice(object: &Map<String, Value>) -> bool {
    object.contains_key("state")
        || (object.contains_key("kind") && object.keys().all(|k| k == "kind" || k == "id"))
}

use super::change::{item_of, Change, Item, List};
use super::id::Id;
use super::plan::{Conflict, ConflictKind, Plan};

/// The change that keeps the person's own kept version of an entry: brings the entry
/// back if it was removed, puts these words in, and settles the conflict — one step,
/// so one undo puts both versions back.
pub fn choose_kept_version(plan: &Plan, list: List, id: &Id) -> Option<Change> {
    let conflict = find(plan, list, id)?;
    let mut steps = vec![];
    if !is_live(plan, list, id) {
        steps.push(Change::Restore {
            list,
            id: id.clone(),
        });
    }
    if current(plan, list, id).as_ref() != Some(&conflict.mine) {
        steps.push(Change::Edit(conflict.mine.clone()));
    }
    steps.push(Change::SettleConflict {
        list,
        id: id.clone(),
    });
    Some(Change::Batch(steps))
}

/// The change that keeps the plan as it is and lets the kept version go.
pub fn choose_plan_version(plan: &Plan, list: List, id: &Id) -> Option<Change> {
    find(plan, list, id).map(|_| Change::SettleConflict {
        list,
        id: id.clone(),
    })
}

/// The version of entry `id` kept beside the plan's, if two tabs or devices clashed.
pub fn kept_body<'a, T: super::change::Listed>(plan: &'a Plan, id: &Id) -> Option<&'a T> {
    find(plan, T::LIST, id).and_then(|c| T::body_of(&c.mine))
}

fn find<'a>(plan: &'a Plan, list: List, id: &Id) -> Option<&'a Conflict> {
    plan.conflicts
        .iter()
        .find(|c| c.list() == list && c.entry() == id)
}

fn is_live(plan: &Plan, list: List, id: &Id) -> bool {
    item_of(plan, list, id).is_some_and(|(_, live)| live)
}

fn current(plan: &Plan, list: List, id: &Id) -> Option<Item> {
    item_of(plan, list, id).map(|(item, _)| item)
}

/// Merges two versions of one entry changed from `before`; `None` if they are not
/// versions of the same kind of entry.
pub fn merge_items(before: &Item, mine: &Item, theirs: &Item) -> Option<Merged<Item>> {
    macro_rules! same_kind {
        ($($v:ident),*) => {
            match (before, mine, theirs) {
                $((Item::$v(_, b), Item::$v(id, m), Item::$v(_, t)) => {
                    let r = merge_body(b, m, t);
                    Some(Merged { body: Item::$v(id.clone(), r.body), conflict: r.conflict })
                })*
                _ => None,
            }
        };
    }
    same_kind!(
        WhatMatters,
        Capability,
        Goal,
        Action,
        Supporter,
        HelpOrHindrance,
        CommunitySupport,
        SafetyNetEntry,
        Visit,
        AgendaItem,
        CheckIn,
        TeamMember
    )
}

/// `mine` with the other side's changes to the fields `mine` left alone: what a person
/// keeps by choosing their own version when both changed the same words.
pub fn preferring_mine(base: &Item, mine: &Item, theirs: &Item) -> Option<Item> {
    merge_items(base, theirs, mine).map(|m| m.body)
}

/// One field that differs between two versions of an entry, for a person comparing
/// them to choose: the field's saved key (`concerns`), the key of the record or list it
/// is in (`person_view`; empty at the entry's top), and each version's value as saved
/// (`Null` where one version has none).
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub key: String,
    pub within: String,
    /// Which record of a list it is in (a goal's second measure: 1), from 0.
    pub record: Option<usize>,
    /// Where in a list of plain values (a goal's five level descriptions: 4 is +2).
    pub place: Option<usize>,
    /// The entry an answer is about, in a list of `[id, answer]` pairs (a check-in's
    /// level for each goal): answers are compared by what they are about, not by place.
    pub about: Option<String>,
    pub first: Value,
    pub second: Value,
}

/// The fields that differ between two versions of an entry, in the order the entry
/// holds them: words, numbers, choices and links alike (a rating changed from 4 to 6
/// is as much a difference as changed words). A list's values are compared place by
/// place, a record's field by field.
pub fn differences(a: &Item, b: &Item) -> Vec<Difference> {
    /// Where a value sits: its key, the record's list, which record, place, about what.
    #[derive(Clone, Copy)]
    struct At<'k> {
        key: &'k str,
        within: &'k str,
        record: Option<usize>,
        place: Option<usize>,
        about: Option<&'k str>,
    }
    /// `[id, answer]`: a pair naming the entry it is about.
    fn pair(v: &Value) -> Option<(&str, &Value)> {
        match v.as_array()?.as_slice() {
            [Value::String(id), answer] => Some((id.as_str(), answer)),
            _ => None,
        }
    }
    fn walk<'a>(a: &'a Value, b: &'a Value, at: At<'a>, out: &mut Vec<Difference>) {
        // A missing record or list (`null`) compares as an empty one; nothing is copied.
        let fields = |v: &'a Value| match v {
            Value::Object(o) => Some(Some(o)),
            Value::Null => Some(None),
            _ => None,
        };
        let items = |v: &'a Value| match v {
            Value::Array(l) => Some(l.as_slice()),
            Value::Null => Some(&[][..]),
            _ => None,
        };
        let field = |m: Option<&'a Map<String, Value>>, k: &str| {
            m.and_then(|m| m.get(k)).unwrap_or(&Value::Null)
        };
        if a == b {
            return;
        }
        let whole = at.key == "responsible";
        match ((fields(a), fields(b)), (items(a), items(b))) {
            // Who carries out a step is one choice (a kind and whom), said as one.
            ((Some(x), Some(y)), _) if !whole => {
                // A record's fields are named from the record; the entry's own from it.
                let within = if at.key.is_empty() { at.within } else { at.key };
                let inner = |key| At { key, within, ..at };
                for (k, va) in x.into_iter().flatten() {
                    walk(va, field(y, k), inner(k), out);
                }
                let only_second =
                    |(k, _): &(&String, &Value)| x.is_none_or(|x| !x.contains_key(*k));
                for (k, vb) in y.into_iter().flatten().filter(only_second) {
                    walk(&Value::Null, vb, inner(k), out);
                }
            }
            (_, (Some(x), Some(y))) => {
                // Answers (`[id, answer]`) and records saying whose they are (`by`) are
                // matched by what they are about, each of the first then any new, the
                // k-th of an id with the k-th (an id twice is still two); else by place.
                let keyed = |l: &'a [Value], record: bool| {
                    l.iter()
                        .map(|v| match record {
                            true => Some((v.get("by")?.as_str()?, v)),
                            false => pair(v),
                        })
                        .collect::<Option<Vec<_>>>()
                };
                let records = x.iter().chain(y).any(Value::is_object);
                if let (Some(kx), Some(ky)) = (keyed(x, records), keyed(y, records)) {
                    let nth = |l: &[(&str, &'a Value)], id: &str, k: usize| {
                        l.iter()
                            .filter(|(i, _)| *i == id)
                            .nth(k)
                            .map_or(&Value::Null, |(_, v)| *v)
                    };
                    let with_k = |l: &[(&'a str, &'a Value)]| {
                        (0..l.len())
                            .map(|at| {
                                (
                                    l[at].0,
                                    l[..at].iter().filter(|(i, _)| *i == l[at].0).count(),
                                )
                            })
                            .collect::<Vec<_>>()
                    };
                    let (ix, iy) = (with_k(&kx), with_k(&ky));
                    let new = iy.iter().filter(|key| !ix.contains(key));
                    for &(id, k) in ix.iter().chain(new) {
                        let (within, key) = if records {
                            (at.key, "")
                        } else {
                            (at.within, at.key)
                        };
                        let about = At {
                            key,
                            within,
                            about: Some(id),
                            ..at
                        };
                        walk(nth(&kx, id, k), nth(&ky, id, k), about, out);
                    }
                    return;
                }
                for i in 0..x.len().max(y.len()) {
                    let (va, vb) = (
                        x.get(i).unwrap_or(&Value::Null),
                        y.get(i).unwrap_or(&Value::Null),
                    );
                    // A list of records: each record's fields, named from the list.
                    match (va, vb) {
                        (Value::Object(_), _) | (_, Value::Object(_)) => {
                            let record = At {
                                key: "",
                                within: at.key,
                                record: Some(i),
                                ..at
                            };
                            walk(va, vb, record, out)
                        }
                        _ => walk(
                            va,
                            vb,
                            At {
                                place: Some(i),
                                ..at
                            },
                            out,
                        ),
                    }
                }
            }
            _ => out.push(Difference {
                key: at.key.to_string(),
                within: at.within.to_string(),
                record: at.record,
                place: at.place,
                about: at.about.map(str::to_string),
                first: a.clone(),
                second: b.clone(),
            }),
        }
    }
    // The body of each (an item is `{"goal": [id, body]}`).
    let body = |item: &Item| match to_tree(item)? {
        Value::Object(o) => o.into_iter().next()?.1.get(1).cloned(),
        _ => None,
    };
    let (Some(x), Some(y)) = (body(a), body(b)) else {
        return vec![];
    };
    let mut out = vec![];
    let top = At {
        key: "",
        within: "",
        record: None,
        place: None,
        about: None,
    };
    walk(&x, &y, top, &mut out);
    // A tree's keys come in the order of their names; the entry's text has them in the
    // order the entry holds them (a goal's wording first), which is how people read it.
    // A list's records stay together, one after another.
    let (ta, tb) = (super::json::to_string(a), super::json::to_string(b));
    let place = |d: &Difference| {
        let find = |text: &str, key: &str, from: usize| {
            let key = format!("\"{key}\":");
            text.get(from..)?.find(&key).map(|at| from + at)
        };
        let at = |text: &str| match d.within.as_str() {
            "" => Some((find(text, &d.key, 0)?, 0)),
            within => {
                let record = find(text, within, 0)?;
                Some((record, find(text, &d.key, record).unwrap_or(usize::MAX)))
            }
        };
        let (field, key) = at(&ta).or_else(|| at(&tb)).unwrap_or((usize::MAX, 0));
        (field, d.record, key)
    };
    out.sort_by_cached_key(place);
    out
}

// ---- two copies of a plan --------------------------------------------------------------

/// What bringing another copy of a plan into this one did.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MergeCounts {
    /// Entries only the other copy had.
    pub added: usize,
    /// Entries the other copy changed since this one last had them.
    pub updated: usize,
    /// Entries the other copy removed since this one last had them.
    pub removed: usize,
    /// Entries both copies changed (or one removed what the other changed): the other
    /// version is kept beside this one, for the person to choose. Versions the other
    /// copy was still keeping to choose, and brings, count here too.
    pub kept_both: usize,
    /// The words of each entry counted above, for a preview to name them.
    pub added_labels: Vec<String>,
    pub updated_labels: Vec<String>,
    pub removed_labels: Vec<String>,
    pub kept_labels: Vec<String>,
}

impl MergeCounts {
    pub fn is_empty(&self) -> bool {
        self.added == 0 && self.updated == 0 && self.removed == 0 && self.kept_both == 0
    }
}

/// The plan that bringing in `incoming` (another copy of the same plan, from a file, a
/// link or a QR code) makes, and what it changed. Pure and clock-free: each entry is
/// decided by the versions each copy has been through, never by whose clock is later.
/// - An entry only one copy has is taken; one changed on one side only is taken.
/// - Changed on both sides (or removed on one while changed on the other): this copy's
///   state stays and the other's words are kept as a [`Conflict`] to choose from. A
///   removal never comes undone by itself.
/// - History keeps both copies' lines and records the merge.
///
/// Merging the same copy again changes nothing, and when nothing conflicts the result
/// holds the same entries whichever copy is merged into which.
pub fn merge_plans(
    local: &Plan,
    incoming: &Plan,
    stamp: super::plan::Stamp,
) -> (Plan, MergeCounts) {
    use super::plan::*;
    let mut plan = local.clone();
    let mut counts = MergeCounts::default();
    let mut conflicts = vec![];
    macro_rules! each_list {
        ($($t:ty),*) => { $( merge_list::<$t>(&mut plan, incoming, &mut counts, &mut conflicts); )* };
    }
    each_list!(
        WhatMatters,
        Capability,
        Goal,
        Action,
        Supporter,
        HelpOrHindrance,
        CommunitySupport,
        SafetyNetEntry,
        Visit,
        AgendaItem,
        CheckIn,
        TeamMember
    );
    // The plan's name as it was last renamed, on either copy.
    let renamed = |p: &Plan| {
        p.history
            .iter()
            .filter(|h| h.verb == Verb::Renamed)
            .map(|h| h.stamp.at)
            .max()
    };
    if incoming.name != local.name
        && !incoming.name.trim().is_empty()
        && renamed(incoming) > renamed(local)
    {
        plan.name = incoming.name.clone();
        counts.updated += 1;
        counts.updated_labels.push(incoming.name.clone());
    }
    // Versions kept to choose from travel too; this copy's own stay as they are, but for
    // the other copy's newer words in place of its older ones (the same writer's, later:
    // a second hand-back of one visit), which would otherwise be dropped.
    for (c, fresh) in incoming
        .conflicts
        .iter()
        .map(|c| (c, false))
        .chain(conflicts.iter().map(|c| (c, true)))
    {
        let at = plan
            .conflicts
            .iter()
            .position(|k| k.list() == c.list() && k.entry() == c.entry());
        match at {
            None => {
                // Counted once: an entry this merge found clashing is counted already.
                let counted = conflicts
                    .iter()
                    .any(|k| k.list() == c.list() && k.entry() == c.entry());
                if !fresh && !counted {
                    counts.kept_both += 1;
                    counts.kept_labels.push(c.mine.label());
                }
                plan.conflicts.push(c.clone());
            }
            Some(i) if fresh && newer_from_same_writer(&plan.conflicts[i], c) => {
                plan.conflicts[i] = c.clone();
            }
            Some(_) => {}
        }
    }
    if counts.is_empty() && plan.conflicts == local.conflicts {
        return (plan, counts);
    }
    for line in &incoming.history {
        if !plan.history.contains(line) {
            plan.history.push(line.clone());
        }
    }
    plan.history.sort_by_key(|h| h.stamp.at);
    plan.history.push(HistoryEntry {
        stamp: stamp.clone(),
        verb: Verb::Merged,
        list: None,
        entry: None,
        label: String::new(),
    });
    if plan.history.len() > HISTORY_LIMIT {
        let extra = plan.history.len() - HISTORY_LIMIT;
        plan.history.drain(..extra);
    }
    plan.revision = next_revision(local.revision.max(incoming.revision));
    plan.changed = stamp;
    (plan, counts)
}

/// Whether `new` is the same writer's later words than those `kept` holds, of the same
/// kind of clash: they replace them, as that writer's own later edit would have.
fn newer_from_same_writer(kept: &Conflict, new: &Conflict) -> bool {
    kept.kind == new.kind
        && kept.stamp.by == new.stamp.by
        && kept.stamp.who == new.stamp.who
        && kept.stamp.at < new.stamp.at
}

fn merge_list<T: super::change::Listed>(
    plan: &mut Plan,
    incoming: &Plan,
    counts: &mut MergeCounts,
    conflicts: &mut Vec<Conflict>,
) {
    let theirs_all = T::entries(incoming);
    for (n, theirs) in theirs_all.iter().enumerate() {
        let list = T::entries_mut(plan);
        let Some(at) = list.iter().position(|e| e.id == theirs.id) else {
            // New here: placed after the entry it follows on the other copy (at the end
            // when that copy holds only changes, and so not its neighbours).
            let after = n
                .checked_sub(1)
                .filter(|_| !incoming.changes_only)
                .and_then(|p| list.iter().position(|e| e.id == theirs_all[p].id));
            let to = after.map(|a| a + 1).unwrap_or(list.len());
            list.insert(to, theirs.clone());
            if theirs.is_live() {
                counts.added += 1;
                counts.added_labels.push(theirs.body.label());
            }
            continue;
        };
        let mine = &mut list[at];
        let (my_version, their_version) = (mine.version(), theirs.version());
        if my_version == their_version || mine.has_seen(&their_version) {
            continue;
        }
        if theirs.has_seen(&my_version) {
            if mine.is_live() && !theirs.is_live() {
                counts.removed += 1;
                counts.removed_labels.push(theirs.body.label());
            } else {
                counts.updated += 1;
                counts.updated_labels.push(theirs.body.label());
            }
            *mine = theirs.clone();
            continue;
        }
        // Both changed since they last met. This copy's state stays; the other's is kept.
        // Remembering their version as seen makes merging the same copy again a no-op.
        if !mine.is_live() && !theirs.is_live() && their_version > my_version {
            // Removed on both: either tombstone will do; the same one on every device.
            *mine = theirs.clone();
        }
        let mine = &mut T::entries_mut(plan)[at];
        let kind = match (mine.is_live(), theirs.is_live()) {
            (false, false) => None,
            (true, true) => Some((ConflictKind::EditedElsewhere, theirs.body.clone())),
            // They removed what was changed here: their removal is shown, with these words
            // kept so the entry can come back with them.
            (true, false) => Some((ConflictKind::RemovedElsewhere, mine.body.clone())),
            (false, true) => Some((ConflictKind::RemovedHere, theirs.body.clone())),
        };
        let seen = if mine.version() == their_version {
            my_version
        } else {
            their_version
        };
        let last = mine.versions.len().saturating_sub(1);
        mine.versions.insert(last, seen);
        if mine.versions.len() > super::plan::VERSION_DEPTH {
            mine.versions.remove(0);
        }
        if let Some((kind, words)) = kind {
            if kind == ConflictKind::RemovedElsewhere {
                mine.removed = theirs.removed.clone();
            }
            conflicts.push(Conflict {
                kind,
                mine: T::item(theirs.id.clone(), words),
                stamp: if kind == ConflictKind::RemovedElsewhere {
                    mine.changed.clone()
                } else {
                    theirs.changed.clone()
                },
            });
            counts.kept_both += 1;
            counts.kept_labels.push(theirs.body.label());
        }
    }
}

/// How many live goals, actions and other entries a plan holds: what a preview of an
/// arriving copy says before anything is stored.
pub fn entry_counts(plan: &Plan) -> (usize, usize, usize) {
    fn live<T>(list: &[super::plan::Entry<T>]) -> usize {
        list.iter().filter(|e| e.is_live()).count()
    }
    let other = live(&plan.what_matters)
        + live(&plan.capabilities)
        + live(&plan.supporters)
        + live(&plan.helps_and_hindrances)
        + live(&plan.community_supports)
        + live(&plan.safety_net)
        + live(&plan.agenda_items)
        + live(&plan.visits)
        + live(&plan.check_ins)
        + live(&plan.team);
    (live(&plan.goals), live(&plan.actions), other)
}

/// Calls `$m!(field)` for every list of entries in a plan.
macro_rules! for_each_entry_list {
    ($m:ident) => {
        $m!(what_matters);
        $m!(capabilities);
        $m!(goals);
        $m!(actions);
        $m!(supporters);
        $m!(helps_and_hindrances);
        $m!(community_supports);
        $m!(safety_net);
        $m!(visits);
        $m!(agenda_items);
        $m!(check_ins);
        $m!(team);
    };
}

// ---- only what changed since a copy arrived --------------------------------------------

/// Each entry's version when a copy of the plan arrived on this device (or was merged).
pub type Arrived = std::collections::BTreeMap<Id, Id>;

/// What this device holds now, to compare with later: see [`changes_since`].
pub fn arrival_versions(plan: &Plan) -> Arrived {
    let mut out = Arrived::new();
    macro_rules! note {
        ($field:ident) => {
            for e in &plan.$field {
                out.insert(e.id.clone(), e.version());
            }
        };
    }
    for_each_entry_list!(note);
    out
}

/// What this device may take the other device to hold once a copy has come in:
/// `before` (the record of an earlier arrival, or else what this device held, `here`),
/// with each entry the incoming copy holds at its version there (`incoming`, its
/// [`arrival_versions`]). Never the merged plan's
/// versions: an edit made here and not yet handed back would then count as known there,
/// and never travel back.
pub fn arrival_after(before: Option<Arrived>, here: Option<&Plan>, incoming: Arrived) -> Arrived {
    let mut out = before
        .or_else(|| here.map(arrival_versions))
        .unwrap_or_default();
    out.extend(incoming);
    out
}

/// The versions of entries this device has already handed back (by code, link or
/// file) since the plan arrived: the other device may hold any of them.
pub type HandedBack = std::collections::BTreeMap<Id, Vec<Id>>;

/// Only what changed on this device since the plan arrived: each entry added or changed
/// (removals included), once, as it is now. Brought into the device the plan came from,
/// it merges like a whole copy, and that device records one line of history for it —
/// the hand-back carries no line per field typed, so a consultation fits one code.
///
/// Each entry carries only the versions the other device may hold — the one it
/// arrived with, those handed back before — and its newest: enough to see that this
/// one is newer, never a clash, without every version typed in between.
pub fn changes_since(plan: &Plan, arrived: &Arrived, handed_back: &HandedBack) -> Plan {
    let mut out = plan.clone();
    macro_rules! keep_changed {
        ($field:ident) => {
            out.$field
                .retain(|e| arrived.get(&e.id) != Some(&e.version()));
            for e in &mut out.$field {
                let newest = e.versions.len().saturating_sub(1);
                let sent = handed_back.get(&e.id);
                let mut i = 0;
                e.versions.retain(|v| {
                    i += 1;
                    i - 1 == newest
                        || arrived.get(&e.id) == Some(v)
                        || sent.is_some_and(|s| s.contains(v))
                });
            }
        };
    }
    for_each_entry_list!(keep_changed);
    out.history.clear();
    out.conflicts.clear();
    out.changes_only = true;
    out
}

/// Remembers the versions a hand-back carried (see [`changes_since`]).
pub fn note_handed_back(handed_back: &mut HandedBack, hand_back: &Plan) {
    macro_rules! note {
        ($field:ident) => {
            for e in &hand_back.$field {
                let sent = handed_back.entry(e.id.clone()).or_default();
                let newest = e.version();
                if !sent.contains(&newest) {
                    sent.push(newest);
                }
                // The other device can only hold versions this entry still remembers.
                let known = &e.versions;
                sent.retain(|v| known.contains(v));
            }
        };
    }
    for_each_entry_list!(note);
}

/// One step that settles every kept version at once: all as this device has them, or
/// all the kept ones (one undo puts them all back).
pub fn choose_all(plan: &Plan, use_kept: bool) -> Option<Change> {
    let steps: Vec<Change> = plan
        .conflicts
        .iter()
        .filter_map(|c| {
            if use_kept {
                choose_kept_version(plan, c.list(), c.entry())
            } else {
                choose_plan_version(plan, c.list(), c.entry())
            }
        })
        .collect();
    (!steps.is_empty()).then_some(Change::Batch(steps))
}
