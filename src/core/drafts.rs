//! The drafts of one plan's forms, from every tab of the browser, as stored together
//! (`app::device::drafts` keeps them under one key per plan).
//!
//! Each tab keeps its own draft of a form, under `<form>@<tab>` with when it was kept,
//! so two tabs writing a new entry in the same form neither replace nor clear each
//! other's words. A tab with no draft of its own for a form shows the one kept last by
//! another tab. If that tab has left (closed: it marks its drafts as it goes, and a draft
//! untouched for a day counts too), the draft moves to this tab, so it is offered once
//! and not by every tab after. A tab still open keeps its own: this one shows a copy,
//! and once the words it showed go into the plan (`used`), that tab's draft goes too,
//! unless it has been typed in since.
//! Drafts kept before tabs had their own (`<form>` alone) are taken as the oldest.

use super::time::Timestamp;
use serde_json::{Map, Value};

#[derive(Debug, Default, PartialEq)]
pub struct Drafts(Map<String, Value>);

/// What a tab shows for a form and what is kept beside it (see [`Drafts::take`]).
#[derive(Debug, Default, PartialEq)]
pub struct Taken {
    /// One for each form asked for, in the same order.
    pub words: Vec<Option<Value>>,
    /// Something moved to this tab: the drafts are to be written back.
    pub moved: bool,
    /// The words are a copy of another tab's draft, that tab still open.
    pub copied_from: Option<CopiedFrom>,
}

/// Whose draft a form shows a copy of, and when that tab kept it: once the copy's words
/// are used, that draft goes too, unless it has been kept again since.
#[derive(Clone, Debug, PartialEq)]
pub struct CopiedFrom {
    pub tab: String,
    pub kept: Timestamp,
}

/// Whose draft of a form is taken: a tab's, or one kept before tabs had their own.
enum Source<'a> {
    Tab(&'a str),
    Untabbed,
}

/// A draft untouched this long (milliseconds) is taken as left behind, even if its tab
/// never said it was going (the browser or the phone ended it).
pub const LEFT_AFTER: i64 = 24 * 60 * 60 * 1000;

/// A tab's draft as stored: `[kept at, words]`, or `[kept at, words, 1]` once its tab
/// has gone.
struct Stamped<'a> {
    at: i64,
    words: &'a Value,
    left: bool,
}

impl Drafts {
    /// Drafts as stored; anything unreadable counts as none (a draft is a convenience,
    /// never a reason to stop a form from opening).
    pub fn read(text: Option<&str>) -> Self {
        Drafts(
            text.and_then(|t| match super::json::from_str(t).ok()? {
                Value::Object(map) => Some(map),
                _ => None,
            })
            .unwrap_or_default(),
        )
    }

    /// The text to store, or `None` when there is no draft left.
    pub fn to_text(&self) -> Option<String> {
        (!self.0.is_empty()).then(|| super::json::to_string(&self.0))
    }

    fn key(form: &str, source: &Source) -> String {
        match source {
            Source::Tab(tab) => format!("{form}@{tab}"),
            Source::Untabbed => form.to_string(),
        }
    }

    /// The form and tab a stored key belongs to (no tab: kept before tabs had their own).
    fn split(key: &str) -> (&str, Option<&str>) {
        // By bytes: '@' is ASCII, and a char pattern costs the first screen's module more.
        match key.bytes().rposition(|b| b == b'@') {
            Some(at) => (&key[..at], Some(&key[at + 1..])),
            None => (key, None),
        }
    }

    fn stamped(value: &Value) -> Option<Stamped<'_>> {
        let (at, words, left) = match value.as_array()?.as_slice() {
            [at, words] => (at, words, false),
            [at, words, left] => (at, words, left.as_i64() == Some(1)),
            _ => return None,
        };
        Some(Stamped {
            at: at.as_i64()?,
            words,
            left,
        })
    }

    fn stamp(at: i64, words: Value, left: bool) -> Value {
        let mut v = vec![at.into(), words];
        if left {
            v.push(1.into());
        }
        Value::Array(v)
    }

    /// Where `tab` finds its draft of `form` (its own, else the one kept last elsewhere),
    /// and whether it may take it for its own (its tab has gone).
    fn source<'a>(&'a self, form: &str, tab: &'a str, now: i64) -> Option<(Source<'a>, bool)> {
        if self.0.contains_key(&Self::key(form, &Source::Tab(tab))) {
            return Some((Source::Tab(tab), false));
        }
        self.0
            .iter()
            .filter_map(|(key, value)| match Self::split(key) {
                (f, Some(other)) if f == form => {
                    let (at, gone) = Self::stamped(value)
                        .map_or((0, true), |s| (s.at, s.left || now - s.at > LEFT_AFTER));
                    Some((at, Source::Tab(other), gone))
                }
                (f, None) if f == form => Some((i64::MIN, Source::Untabbed, true)),
                _ => None,
            })
            .max_by_key(|(at, ..)| *at)
            .map(|(_, source, gone)| (source, gone))
    }

    /// The drafts `tab` shows for `forms` (a form, then what is kept beside it, such as
    /// the entry an edit was typed against), all from the same tab, at `now`. Drafts of
    /// a tab that has gone become this tab's.
    pub fn take(&mut self, forms: &[&str], tab: &str, now: Timestamp) -> Taken {
        let now = now.0;
        let Some(first) = forms.first() else {
            return Taken::default();
        };
        let (from, gone) = match self.source(first, tab, now) {
            Some((Source::Tab(t), gone)) => (Some(t.to_string()), gone),
            Some((Source::Untabbed, gone)) => (None, gone),
            None => {
                return Taken {
                    words: vec![None; forms.len()],
                    ..Taken::default()
                }
            }
        };
        let copied_from = from
            .as_ref()
            .filter(|from| !gone && *from != tab)
            .and_then(|from| {
                let value = self.0.get(&Self::key(first, &Source::Tab(from)))?;
                Some(CopiedFrom {
                    tab: from.clone(),
                    kept: Timestamp(Self::stamped(value)?.at),
                })
            });
        let source = from.as_deref().map_or(Source::Untabbed, Source::Tab);
        let moving = gone && from.as_deref() != Some(tab);
        let mut moved = false;
        let words = forms
            .iter()
            .map(|form| {
                let key = Self::key(form, &source);
                let value = self.0.get(&key)?;
                let (at, words, left) = match Self::stamped(value) {
                    Some(s) if from.is_some() => (s.at, s.words.clone(), s.left),
                    _ => (now, value.clone(), true),
                };
                // Taken from a tab that has gone, or this tab's own back after a reload.
                if moving || left {
                    self.0.remove(&key);
                    let mine = Self::stamp(at, words.clone(), false);
                    self.0.insert(Self::key(form, &Source::Tab(tab)), mine);
                    moved = true;
                }
                Some(words)
            })
            .collect();
        Taken {
            words,
            moved,
            copied_from,
        }
    }

    /// Keeps `tab`'s draft of `form`, kept `at` (milliseconds). Returns whether it
    /// changed (the same words again are not written again).
    pub fn keep(&mut self, form: &str, tab: &str, at: Timestamp, words: Value) -> bool {
        let at = at.0;
        let key = Self::key(form, &Source::Tab(tab));
        let same = self
            .0
            .get(&key)
            .and_then(Self::stamped)
            .is_some_and(|s| !s.left && s.words == &words);
        if same {
            return false;
        }
        self.0.insert(key, Self::stamp(at, words, false));
        true
    }

    /// `tab` is going (closed, or reloading): until it is back, its drafts may be taken
    /// by the next tab that opens their forms. Returns whether any was marked.
    pub fn leave(&mut self, tab: &str) -> bool {
        self.mark(tab, true)
    }

    /// `tab` is back (a page the browser kept and showed again): its drafts are its own.
    pub fn come_back(&mut self, tab: &str) -> bool {
        self.mark(tab, false)
    }

    fn mark(&mut self, tab: &str, left: bool) -> bool {
        let mut marked = false;
        for (key, value) in self.0.iter_mut() {
            if Self::split(key).1 != Some(tab) {
                continue;
            }
            if let Some(s) = Self::stamped(value).filter(|s| s.left != left) {
                *value = Self::stamp(s.at, s.words.clone(), left);
                marked = true;
            }
        }
        marked
    }

    /// The words `tab` shows for `forms` went into the plan: its drafts are cleared, and
    /// so is the other tab's it showed a copy of (`copied_from`), if not typed in since.
    /// Returns whether any was there.
    pub fn used(&mut self, forms: &[&str], tab: &str, copied_from: Option<&CopiedFrom>) -> bool {
        let mut cleared = self.clear(forms, tab);
        if let (Some(from), Some(first)) = (copied_from, forms.first()) {
            let theirs = self.0.get(&Self::key(first, &Source::Tab(&from.tab)));
            if theirs
                .and_then(Self::stamped)
                .is_some_and(|s| s.at == from.kept.0)
            {
                cleared |= self.clear(forms, &from.tab);
            }
        }
        cleared
    }

    /// Clears `tab`'s drafts of `forms`; other tabs' stay. Returns whether any was there.
    pub fn clear(&mut self, forms: &[&str], tab: &str) -> bool {
        let before = self.0.len();
        for form in forms {
            self.0.remove(&Self::key(form, &Source::Tab(tab)));
        }
        self.0.len() != before
    }

    /// Whether any tab keeps a draft of `form`.
    pub fn has(&self, form: &str) -> bool {
        self.0.keys().any(|k| Self::split(k).0 == form)
    }
}
