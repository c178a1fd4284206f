//! The compact saved forms of a plan's longest lists (schema 4): check-ins and history
//! name each entry once, in `refs`, and point at it by its place. Beside the plan's
//! types, which name these forms: read through `SavedCheckIns` and `SavedHistory`, written
//! through their serde attributes.

use crate::core::id::Id;
use crate::core::json::{FromJson, JsonResult, Reader};

pub(crate) mod check_ins;
pub(crate) mod history;

/// Ids written once in a compact list (`refs`) and pointed at by their place in it.
#[derive(Default)]
pub(crate) struct Refs {
    ids: Vec<Id>,
    index: std::collections::HashMap<Id, u32>,
}

impl Refs {
    /// The place of `id`, added at the end the first time it is seen.
    pub(crate) fn of(&mut self, id: &Id) -> u32 {
        // Looked up before cloning: most ids have been seen, and a save of five years'
        // history asks thousands of times.
        if let Some(&place) = self.index.get(id) {
            return place;
        }
        let next = self.ids.len() as u32;
        self.ids.push(id.clone());
        self.index.insert(id.clone(), next);
        next
    }

    pub(crate) fn into_ids(self) -> Vec<Id> {
        self.ids
    }
}

/// Reads a list saved either as a plain list (schema 3 and before) or in the compact
/// form `S` of schema 4, which `expand` turns back into the list (or says what is wrong).
pub(crate) fn list_or_compact<T: FromJson, S: FromJson>(
    r: &mut Reader,
    what: &'static str,
    expand: fn(S) -> Result<Vec<T>, &'static str>,
) -> JsonResult<Vec<T>> {
    if r.peek() != Some(b'{') {
        return Vec::read(r);
    }
    let saved = S::read(r)?;
    expand(saved).map_err(|e| r.invalid(format!("{what}: {e}")))
}
