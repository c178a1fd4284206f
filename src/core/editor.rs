//! An editor open on one entry, purely: the words it shows and what they were typed
//! against. The shell keeps one per open form; the rules live here so they are tested
//! on the host.
//!
//! Two tabs (or an undo) can change an entry under an open editor. The editor must then
//! neither write words the plan no longer holds as if they were new (every keystroke
//! carries its `base`, see `Session::type_into`), nor pull the words out from under a
//! person typing when theirs are the ones kept beside the plan's.

use super::json::FromJson;
use super::merge::merge_body;
use serde::Serialize;

/// What an open editor shows, and the entry as the plan held it when the editor last
/// matched it: what its next keystroke is typed against.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor<T> {
    pub shown: T,
    pub base: T,
    /// What is shown is a kept draft the plan has not taken (words it refused, kept from
    /// before a reload or another screen): until a keystroke brings them in, these words
    /// are nowhere else, so a change elsewhere to the same words leaves them on screen
    /// (the next keystroke then keeps them beside) rather than replacing them.
    pub only_here: bool,
}

impl<T: Serialize + FromJson + Clone + PartialEq> Editor<T> {
    /// An editor on words the plan holds.
    pub fn open(body: T) -> Self {
        Editor {
            shown: body.clone(),
            base: body,
            only_here: false,
        }
    }

    /// An editor showing words the plan has not taken (a kept draft), typed against
    /// `base`: the entry as it was when they were kept, so what changed in it since comes
    /// in as any other tab's change does.
    pub fn restored(shown: T, base: T) -> Self {
        Editor {
            shown,
            base,
            only_here: true,
        }
    }

    /// The plan's entry is now `now`, with `kept` the version kept beside it, if any
    /// (see `Plan::conflicts`). When the kept version is what this editor shows, the
    /// words stay on screen and keep going beside the plan's until the person chooses.
    /// Otherwise the editor follows the plan field by field (another tab's words, an
    /// undo); what it showed is already in the plan, in the kept version or in a draft.
    /// Returns whether what is shown changed.
    pub fn follow(&mut self, now: &T, kept: Option<&T>) -> bool {
        if &self.base == now || kept == Some(&self.shown) {
            return false;
        }
        let merged = merge_body(&self.base, &self.shown, now);
        if merged.conflict && self.only_here {
            return false;
        }
        let shown = merged.body;
        self.base = now.clone();
        let changed = shown != self.shown;
        self.shown = shown;
        changed
    }

    /// This editor's keystroke went into the plan, which now holds `now` (its words as
    /// the plan keeps them, with what else had changed in other fields): typing goes on
    /// from there. What is on screen stays as typed (a space just typed is not trimmed
    /// away), with the other fields' changes brought in.
    pub fn applied(&mut self, now: &T) {
        self.shown = merge_body(&self.base, now, &self.shown).body;
        self.base = now.clone();
        self.only_here = false;
    }

    /// This editor's keystroke found the entry moved on: the plan keeps `now`, and the
    /// words on screen (with the other side's changes to other fields) are kept beside
    /// it. The base stays, so every later keystroke goes beside too.
    pub fn kept_beside(&mut self, now: &T) {
        self.shown = merge_body(&self.base, now, &self.shown).body;
        self.only_here = false;
    }
}
