//! A plan's lists, shared between its versions until one is changed.
//!
//! Every change makes a new version of the plan (`change::apply` is pure), and every
//! keystroke is a change. Five years of a plan hold thousands of entries, so copying
//! them all on each keystroke, then comparing and dropping them, was most of what typing
//! cost on a large plan. A [`Shared`] list is copied only when that list itself changes
//! (`Rc::make_mut`); the others are the same list in both versions, which also makes
//! "has it changed?" a pointer comparison.
//!
//! Saving uses that too: while [`remembering`] runs (`saved::to_json`), each list's JSON
//! is kept, and a list that is still the very same one next time is written from it
//! rather than serialised again. Typing in a goal then serialises the goals and the
//! history, not five years of check-ins. The text written is exactly what serialising
//! would give (tested in `tests/saved.rs`).

use crate::core::json::{self, Raw};
use serde::{Serialize, Serializer};
use std::any::Any;
use std::cell::RefCell;
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

/// A value shared by the versions of a plan that have not changed it: cloning is a
/// pointer copy, and changing it through `&mut` copies it first when it is shared.
///
/// It serialises as JSON text only (through `json::Raw`): a plan is only ever written by
/// `json::to_string`, and any other serialiser would get the list's text as a string.
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }

    /// Whether both are the very same (not only equal) value.
    pub fn same(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Shared<Vec<T>> {
    /// For serde's `skip_serializing_if`, which names a function by its path.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Empties the list without first copying it (as `Vec::clear` through `DerefMut`
    /// would, when it is shared).
    pub fn clear(&mut self) {
        self.0 = Rc::new(Vec::new());
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    fn deref_mut(&mut self) -> &mut T {
        Rc::make_mut(&mut self.0)
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        self.same(other) || *self.0 == *other.0
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Shared::new(T::default())
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Shared::new(value)
    }
}

impl<T> FromIterator<T::Item> for Shared<T>
where
    T: IntoIterator + FromIterator<T::Item>,
{
    fn from_iter<I: IntoIterator<Item = T::Item>>(iter: I) -> Self {
        Shared::new(iter.into_iter().collect())
    }
}

impl<'a, T> IntoIterator for &'a Shared<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a, T: Clone> IntoIterator for &'a mut Shared<Vec<T>> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        Rc::make_mut(&mut self.0).iter_mut()
    }
}

impl<T: Serialize + 'static> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        remembered(self, "plain", s, json::to_string::<T>)
    }
}

impl<T: crate::core::json::FromJson> crate::core::json::FromJson for Shared<T> {
    fn read(r: &mut crate::core::json::Reader) -> crate::core::json::JsonResult<Self> {
        T::read(r).map(Shared::new)
    }
}

// ---- the memo of lists as JSON -------------------------------------------------------------

/// One list's JSON, kept with the list itself: holding the list keeps its address from
/// being reused, and a shared list is never changed in place (`make_mut` copies it),
/// so the same address means the same contents.
struct Kept {
    list: Rc<dyn Any>,
    form: &'static str,
    json: Rc<str>,
    used: bool,
}

/// What the last save wrote of each list; `active` while `remembering` runs.
#[derive(Default)]
struct Memo {
    active: bool,
    kept: Vec<Kept>,
    /// Lists written from the memo so far (for the tests: the memo is really used).
    reused: usize,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// Runs `write` (which serialises a plan to JSON text) with the memo on: lists written by
/// the last call and not changed since are written from it. Afterwards the memo keeps
/// only this call's lists, so it never holds more than one plan's text.
pub(crate) fn remembering<R>(write: impl FnOnce() -> R) -> R {
    /// Turns the memo off again even if `write` unwinds.
    struct Done;
    impl Drop for Done {
        fn drop(&mut self) {
            MEMO.with(|m| {
                let mut memo = m.borrow_mut();
                memo.active = false;
                memo.kept.retain(|k| k.used);
                memo.kept.iter_mut().for_each(|k| k.used = false);
            });
        }
    }
    MEMO.with(|m| m.borrow_mut().active = true);
    let _done = Done;
    write()
}

/// Lets go of the last save's text and lists (a plan deleted or closed on a shared
/// device is not kept in memory either).
pub fn forget_remembered() {
    MEMO.with(|m| m.borrow_mut().kept.clear());
}

/// How many lists have been written from the memo on this thread so far.
#[doc(hidden)]
pub fn lists_reused() -> usize {
    MEMO.with(|m| m.borrow().reused)
}

/// Serialises `shared` in its `form` through `json` (its JSON text), or, while
/// `remembering`, from the memo when this very list was written last time. Always as
/// JSON text: a plan is only ever written as JSON (`saved`), and one way of writing each
/// list keeps one copy of its serialiser in the download.
pub(crate) fn remembered<T: 'static, S: Serializer>(
    shared: &Shared<T>,
    form: &'static str,
    s: S,
    json: fn(&T) -> String,
) -> Result<S::Ok, S::Error> {
    let list: Rc<dyn Any> = shared.0.clone();
    let written = match kept(&list, form) {
        Some(json) => json,
        None => {
            let json: Rc<str> = Rc::from(json(&shared.0));
            keep(list, form, &json);
            json
        }
    };
    Raw(&written).serialize(s)
}

/// The memo's text of `list` in `form`, marked as used by this call.
fn kept(list: &Rc<dyn Any>, form: &'static str) -> Option<Rc<str>> {
    MEMO.with(|m| {
        let mut memo = m.borrow_mut();
        if !memo.active {
            return None;
        }
        let kept = memo
            .kept
            .iter_mut()
            .find(|k| Rc::ptr_eq(&k.list, list) && k.form == form)?;
        kept.used = true;
        let json = kept.json.clone();
        memo.reused += 1;
        Some(json)
    })
}

/// Keeps `json` as the text of `list` in `form`, while `remembering`.
fn keep(list: Rc<dyn Any>, form: &'static str, json: &Rc<str>) {
    MEMO.with(|m| {
        let mut memo = m.borrow_mut();
        if memo.active {
            memo.kept.push(Kept {
                list,
                form,
                json: json.clone(),
                used: true,
            });
        }
    })
}
