//! History in the saved form (schema 4): each line a short row, `[at, by, verb, list,
//! entry, label]`, with the entry as a number pointing into `refs` (each id once).
//!
//! A plan keeps up to 2,000 lines; written as objects with their ids (schema 3) they
//! were 350 KB of a large plan, rewritten on every save. The list form of schema 3 and
//! before is still read.

use super::Refs;
use crate::core::id::Id;
use crate::core::plan::{AuthorRole, HistoryEntry, List, Stamp, Verb};
use crate::core::time::Timestamp;
use serde::Deserializer;
use serde::{Deserialize, Serialize, Serializer};

#[derive(Serialize, Deserialize)]
struct Saved {
    /// Every entry a line is about, once.
    refs: Vec<Id>,
    lines: Vec<Line>,
}

/// When, by whom, what was done, to which list, to which entry (in `refs`), its words.
#[derive(Serialize, Deserialize)]
struct Line(
    Timestamp,
    AuthorRole,
    Verb,
    Option<List>,
    Option<u32>,
    String,
);

pub fn serialize<S: Serializer>(history: &[HistoryEntry], s: S) -> Result<S::Ok, S::Error> {
    let mut refs = Refs::default();
    let lines = history
        .iter()
        .map(|h| {
            let entry = h.entry.as_ref().map(|id| refs.of(id));
            Line(
                h.stamp.at,
                h.stamp.by,
                h.verb,
                h.list,
                entry,
                h.label.clone(),
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
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<HistoryEntry>, D::Error> {
    super::list_or_compact(d, "history", |saved: Saved| {
        let refs = saved.refs;
        saved
            .lines
            .into_iter()
            .map(|Line(at, by, verb, list, entry, label)| {
                let entry = match entry {
                    None => None,
                    Some(i) => Some(
                        refs.get(i as usize)
                            .cloned()
                            .ok_or("a line about nothing")?,
                    ),
                };
                Ok(HistoryEntry {
                    stamp: Stamp { at, by },
                    verb,
                    list,
                    entry,
                    label,
                })
            })
            .collect()
    })
}
