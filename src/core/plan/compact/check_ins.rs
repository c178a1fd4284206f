//! Check-ins in the saved form (schema 4): every id they mention is written once, in
//! `refs`, and each answer is a small number pointing into it.
//!
//! Five years of weekly check-ins rating 30 goals and 90 steps hold 31,200 answers.
//! Written as `[id, value]` pairs (schema 3) they were three quarters of a large plan's
//! 2 MB, and a browser keeps about 5 MB for every plan on the device; as numbers they
//! are a tenth of that. The in-memory `CheckIn` is unchanged (an entry's versions are
//! digests of its own serde form, which must stay the same on every device), and the
//! list form of schema 3 and before is still read.

use super::Refs;
use crate::core::id::Id;
use crate::core::json::{FromJson, JsonResult, Reader};
use crate::core::plan::shared::remembered;
use crate::core::plan::{
    ActionOutcome, AttainmentLevel, AuthorRole, CheckIn, Entry, JoinedUp, Shared,
};
use crate::core::time::CalendarDate;
use serde::{Serialize, Serializer};

#[derive(Serialize)]
struct Saved {
    /// Every goal, step and capability a check-in mentions, once.
    refs: Vec<Id>,
    entries: Vec<Entry<Answers>>,
}
read_fields!(Saved { refs, entries; default: });

/// One check-in; each `Vec<i32>` holds pairs: an index into `refs`, then the value.
#[derive(Serialize)]
struct Answers {
    date: CalendarDate,
    /// Goal, level (−2..=2).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    levels: Vec<i32>,
    /// Step, outcome (0 done, 1 partly, 2 not this time, 3 skipped on purpose).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    outcomes: Vec<i32>,
    /// Step, confidence (0..=10).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    step_confidence: Vec<i32>,
    /// Capability, how able now (0..=10).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    able_now: Vec<i32>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    step_notes: Vec<(u32, String)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<u8>,
    #[serde(skip_serializing_if = "String::is_empty")]
    note: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    together_with: Option<AuthorRole>,
    #[serde(skip_serializing_if = "String::is_empty")]
    by_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    joined_up: Option<JoinedUp>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    earlier: Vec<Answers>,
}
read_fields!(Answers {
    date;
    default: levels as Numbers, outcomes as Numbers, step_confidence as Numbers,
        able_now as Numbers, step_notes, confidence, note, together_with, by_name, joined_up,
        earlier
});

/// A row of numbers read into a list of its own length. Five years of check-ins hold a
/// thousand rows of up to 180 numbers; grown a number at a time, each row was copied
/// half a dozen times on the way.
struct Numbers(Vec<i32>);

thread_local! {
    /// The row being read, kept between rows so it grows only once.
    static ROW: std::cell::Cell<Vec<i32>> = const { std::cell::Cell::new(Vec::new()) };
}

impl FromJson for Numbers {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        // (A damaged row drops the kept list: the next row starts a new one.)
        let mut row = ROW.take();
        row.clear();
        r.array()?;
        let mut first = true;
        while r.item(&mut first)? {
            row.push(i32::read(r)?);
        }
        let numbers = Numbers(row.as_slice().to_vec());
        ROW.set(row);
        Ok(numbers)
    }
}

/// How a step went, as a number: its place in `ActionOutcome::ALL`.
fn outcome_number(o: ActionOutcome) -> i32 {
    ActionOutcome::ALL.iter().position(|x| *x == o).unwrap_or(0) as i32
}

/// Writes check-ins' answers as numbers, each id through the shared `refs`.
struct Writer(Refs);

impl Writer {
    fn of(&mut self, id: &Id) -> i32 {
        self.0.of(id) as i32
    }

    fn pairs<V: Copy>(&mut self, list: &[(Id, V)], value: impl Fn(V) -> i32) -> Vec<i32> {
        list.iter()
            .flat_map(|(id, v)| [self.of(id), value(*v)])
            .collect()
    }

    fn answers(&mut self, c: &CheckIn) -> Answers {
        Answers {
            date: c.date,
            levels: self.pairs(&c.goal_levels, |l: AttainmentLevel| l.value() as i32),
            outcomes: self.pairs(&c.action_outcomes, outcome_number),
            step_confidence: self.pairs(&c.action_confidence, |v: u8| v as i32),
            able_now: self.pairs(&c.able_now, |v: u8| v as i32),
            step_notes: c
                .action_notes
                .iter()
                .map(|(id, note)| (self.of(id) as u32, note.clone()))
                .collect(),
            confidence: c.confidence,
            note: c.note.clone(),
            together_with: c.together_with,
            by_name: c.by_name.clone(),
            joined_up: c.joined_up.clone(),
            earlier: c.earlier.iter().map(|e| self.answers(e)).collect(),
        }
    }
}

fn read_pairs<V>(
    refs: &[Id],
    flat: &[i32],
    value: impl Fn(i32) -> Option<V>,
) -> Result<Vec<(Id, V)>, &'static str> {
    if flat.len() % 2 != 0 {
        return Err("an answer without its value");
    }
    // Pushed into a list of the right length: collecting through `?` cannot know it.
    let mut pairs = Vec::with_capacity(flat.len() / 2);
    for pair in flat.chunks(2) {
        let id = usize::try_from(pair[0])
            .ok()
            .and_then(|i| refs.get(i))
            .ok_or("an answer about nothing")?;
        let v = value(pair[1]).ok_or("an answer out of range")?;
        pairs.push((id.clone(), v));
    }
    Ok(pairs)
}

fn rating(v: i32) -> Option<u8> {
    u8::try_from(v).ok().filter(|v| *v <= 10)
}

fn check_in(refs: &[Id], a: Answers) -> Result<CheckIn, &'static str> {
    let step_notes = a
        .step_notes
        .into_iter()
        .map(|(i, note)| {
            let id = refs.get(i as usize).ok_or("a note about nothing")?;
            Ok((id.clone(), note))
        })
        .collect::<Result<_, &'static str>>()?;
    Ok(CheckIn {
        date: a.date,
        goal_levels: read_pairs(refs, &a.levels, |v| {
            i8::try_from(v).ok().and_then(AttainmentLevel::new)
        })?,
        action_outcomes: read_pairs(refs, &a.outcomes, |v| {
            usize::try_from(v)
                .ok()
                .and_then(|i| ActionOutcome::ALL.get(i).copied())
        })?,
        confidence: a.confidence,
        note: a.note,
        action_notes: step_notes,
        action_confidence: read_pairs(refs, &a.step_confidence, rating)?,
        able_now: read_pairs(refs, &a.able_now, rating)?,
        together_with: a.together_with,
        by_name: a.by_name,
        joined_up: a.joined_up,
        earlier: a
            .earlier
            .into_iter()
            .map(|e| check_in(refs, e))
            .collect::<Result<_, &'static str>>()?,
    })
}

/// Written from the last save's text when the check-ins have not changed since (see
/// `plan/shared.rs`): typing elsewhere in a plan of years never rewrites them.
pub fn serialize<S: Serializer>(
    list: &Shared<Vec<Entry<CheckIn>>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    remembered(list, "compact", s, |l| {
        crate::core::json::to_string(&saved(l))
    })
}

fn saved(list: &[Entry<CheckIn>]) -> Saved {
    let mut refs = Writer(Refs::default());
    let entries = list
        .iter()
        .map(|e| Entry {
            id: e.id.clone(),
            created: e.created.clone(),
            changed: e.changed.clone(),
            removed: e.removed.clone(),
            body: refs.answers(&e.body),
            versions: e.versions.clone(),
        })
        .collect();
    Saved {
        refs: refs.0.into_ids(),
        entries,
    }
}

/// Reads either form: the numbered one (schema 4) or a list of entries (3 and before).
pub fn read(r: &mut Reader) -> JsonResult<Shared<Vec<Entry<CheckIn>>>> {
    super::list_or_compact(r, "check-in", |saved: Saved| {
        let refs = saved.refs;
        saved
            .entries
            .into_iter()
            .map(|e| {
                Ok(Entry {
                    id: e.id,
                    created: e.created,
                    changed: e.changed,
                    removed: e.removed,
                    body: check_in(&refs, e.body)?,
                    versions: e.versions,
                })
            })
            .collect()
    })
    .map(Shared::new)
}
