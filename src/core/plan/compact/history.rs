//! History in the saved form (schema 4): each line a short row, `[at, by, verb, list,
//! entry, label]`, with the entry as a number pointing into `refs` (each id once); since
//! schema 5 a seventh, `who` (the named writer, also in `refs`), when there is one.
//!
//! A plan keeps up to 2,000 lines; written as objects with their ids (schema 3) they
//! were 350 KB of a large plan, rewritten on every save. The list form of schema 3 and
//! before is still read.

use super::Refs;
use crate::core::id::Id;
use crate::core::json::{FromJson, JsonResult, Reader};
use crate::core::plan::{AuthorRole, HistoryEntry, List, Shared, Stamp, Verb};
use crate::core::time::Timestamp;
use serde::{Serialize, Serializer};

#[derive(Serialize)]
struct Saved {
    /// Every entry a line is about, once.
    refs: Vec<Id>,
    lines: Vec<Line>,
}
read_fields!(Saved { refs, lines; default: });

/// When, by whom, what was done, to which list, to which entry (in `refs`), its words,
/// and who by name (in `refs`; left off the row when none, as in every older line).
struct Line(
    Timestamp,
    AuthorRole,
    Verb,
    Option<List>,
    Option<u32>,
    String,
    Option<u32>,
);

impl FromJson for Line {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        fn next<T: FromJson>(r: &mut Reader, first: &mut bool) -> JsonResult<T> {
            match r.item(first)? {
                true => T::read(r),
                false => Err(r.invalid("a history line cut short")),
            }
        }
        r.array()?;
        let first = &mut true;
        let (at, by, verb) = (next(r, first)?, next(r, first)?, next(r, first)?);
        let (list, entry, label) = (next(r, first)?, next(r, first)?, next(r, first)?);
        // Who, by name: on rows since schema 5 that have one.
        let who = if r.item(first)? {
            let who = Option::read(r)?;
            if r.item(first)? {
                return Err(r.invalid("a history line too long"));
            }
            who
        } else {
            None
        };
        Ok(Line(at, by, verb, list, entry, label, who))
    }
}

impl Serialize for Line {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTuple;
        let mut row = s.serialize_tuple(if self.6.is_some() { 7 } else { 6 })?;
        row.serialize_element(&self.0)?;
        row.serialize_element(&self.1)?;
        row.serialize_element(&self.2)?;
        row.serialize_element(&self.3)?;
        row.serialize_element(&self.4)?;
        row.serialize_element(&self.5)?;
        if let Some(who) = self.6 {
            row.serialize_element(&who)?;
        }
        row.end()
    }
}

pub fn serialize<S: Serializer>(
    history: &Shared<Vec<HistoryEntry>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    let mut refs = Refs::default();
    let lines = history
        .iter()
        .map(|h| {
            let entry = h.entry.as_ref().map(|id| refs.of(id));
            let who = h.stamp.who.as_ref().map(|id| refs.of(id));
            Line(
                h.stamp.at,
                h.stamp.by,
                h.verb,
                h.list,
                entry,
                h.label.clone(),
                who,
            )
        })
        .collect();
    Saved {
        refs: refs.into_ids(),
        lines,
    }
    .serialize(s)
}

/// Reads either form: rows (schema 4) or a list of objects (3 and before).
pub fn read(r: &mut Reader) -> JsonResult<Shared<Vec<HistoryEntry>>> {
    super::list_or_compact(r, "history", |saved: Saved| {
        let refs = saved.refs;
        saved
            .lines
            .into_iter()
            .map(|Line(at, by, verb, list, entry, label, who)| {
                let find = |i: Option<u32>| match i {
                    None => Ok(None),
                    Some(i) => refs
                        .get(i as usize)
                        .cloned()
                        .map(Some)
                        .ok_or("a line about nothing"),
                };
                let (entry, who) = (find(entry)?, find(who)?);
                Ok(HistoryEntry {
                    stamp: Stamp { at, by, who },
                    verb,
                    list,
                    entry,
                    label,
                })
            })
            .collect()
    })
    .map(Shared::new)
}
