//! Words typed into a form that are not (yet) in the plan: a new entry before Add, or
//! an edit the plan refused (too long, a required part missing). Kept in local storage
//! from the first keystroke, so navigation, a reload, a closed tab or a crash never
//! lose them; the form offers them back when it appears again.
//!
//! One key per plan (`coplan.drafts.<plan id>`) holding each tab's drafts by form (see
//! `core::drafts`: two tabs never replace or clear each other's). Failing to
//! keep a draft (storage full or blocked) is told to whoever asked (`tell`: the
//! workspace, which says so on every screen), and told again once drafts keep.

use super::clock;
use crate::core::drafts::{CopiedFrom, Drafts};
use crate::core::json::FromJson;
use crate::core::Id;
use serde::Serialize;

const PREFIX: &str = "coplan.drafts.";
/// This tab's name among the drafts (session storage: a reload keeps it, a new tab
/// gets its own).
const TAB_KEY: &str = "coplan.tab";

fn key(plan: &Id) -> String {
    format!("{PREFIX}{plan}")
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A form showing a copy of another tab's draft: its plan, its form, and whose.
type ShownCopy = (Id, String, CopiedFrom);

thread_local! {
    static TAB: String = tab_name();
    /// The plans this tab has kept drafts for since it opened.
    static WROTE_FOR: std::cell::RefCell<Vec<Id>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The forms (plan, form) showing a copy of another open tab's draft: whose, and when
    /// it was kept (see `used`).
    static COPIES: std::cell::RefCell<Vec<ShownCopy>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// This tab's name: kept in session storage, so a reload keeps it. A duplicated tab
/// starts with a copy of its session storage, name and all: boot.js asks the open tabs
/// before the app starts, and lets the name go if another has it, so one is made here.
fn tab_name() -> String {
    let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    if let Some(name) = session
        .as_ref()
        .and_then(|s| s.get_item(TAB_KEY).ok().flatten())
    {
        return name;
    }
    // Short: it is in the key of every draft this tab keeps.
    let name: String = clock::new_id().to_string().chars().take(8).collect();
    if let Some(s) = session {
        let _ = s.set_item(TAB_KEY, &name);
    }
    name
}

fn tab() -> String {
    TAB.with(Clone::clone)
}

fn read_all(s: &web_sys::Storage, plan: &Id) -> Drafts {
    Drafts::read(s.get_item(&key(plan)).ok().flatten().as_deref())
}

fn write_all(s: &web_sys::Storage, plan: &Id, all: &Drafts) {
    WROTE_FOR.with(|w| {
        if !w.borrow().contains(plan) {
            w.borrow_mut().push(plan.clone());
        }
    });
    let written = match all.to_text() {
        None => s.remove_item(&key(plan)),
        Some(text) => s.set_item(&key(plan), &text),
    };
    told(written.is_ok());
}

/// Who is told whether drafts are kept.
type Teller = Option<Box<dyn Fn(bool)>>;

thread_local! {
    static TELL: std::cell::RefCell<Teller> = const { std::cell::RefCell::new(None) };
    /// Whether the last write of drafts was kept.
    static KEPT: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Asks to be told whenever drafts stop being kept, or are kept again.
pub fn tell(whether_kept: impl Fn(bool) + 'static) {
    TELL.with(|t| *t.borrow_mut() = Some(Box::new(whether_kept)));
}

/// Tells only a change: a keystroke's draft costs nothing more while all is well.
fn told(kept: bool) {
    if KEPT.with(|k| k.replace(kept)) == kept {
        return;
    }
    TELL.with(|t| {
        if let Some(tell) = &*t.borrow() {
            tell(kept);
        }
    });
}

/// One form's drafts in a plan: its words, and for an edit the entry they were typed
/// against, kept beside them (`<key>#base`) and always taken from the same tab. Outside a
/// plan there is nowhere to keep them, and each call does nothing.
#[derive(Clone, PartialEq)]
pub struct Form {
    plan: Option<Id>,
    key: String,
    beside: String,
}

impl Form {
    pub fn new(plan: Option<Id>, key: &str) -> Self {
        Form {
            plan,
            key: key.to_string(),
            beside: format!("{key}#base"),
        }
    }

    fn forms(&self) -> [&str; 2] {
        [&self.key, &self.beside]
    }

    /// The words this tab shows (if they still read as a `T`): its own, or the ones
    /// another tab kept last (see `core::drafts`); and what is kept beside them.
    pub fn load<T: FromJson>(&self) -> Option<(T, Option<T>)> {
        let [words, beside] = self.take()?;
        let read = |v: Option<serde_json::Value>| v.and_then(crate::core::merge::from_tree::<T>);
        Some((read(words)?, read(beside)))
    }

    fn take(&self) -> Option<[Option<serde_json::Value>; 2]> {
        let (plan, s) = (self.plan.as_ref()?, local()?);
        let mut all = read_all(&s, plan);
        let taken = all.take(&self.forms(), &tab(), clock::now());
        if taken.moved {
            write_all(&s, plan, &all);
        }
        forget_copy(plan, &self.key);
        if let Some(from) = taken.copied_from {
            COPIES.with(|c| c.borrow_mut().push((plan.clone(), self.key.clone(), from)));
        }
        let mut words = taken.words.into_iter();
        Some([words.next()?, words.next()?])
    }

    /// Keeps the words, and for an edit what they were typed against, in one writing of
    /// storage.
    pub fn keep<T: Serialize>(&self, words: &T, beside: Option<&T>) {
        let to_tree = crate::core::merge::to_tree;
        match (to_tree(words), beside.map(to_tree)) {
            (Some(words), None) => self.keep_values(words, None),
            (Some(words), Some(Some(beside))) => self.keep_values(words, Some(beside)),
            _ => told(false),
        }
    }

    fn keep_values(&self, words: serde_json::Value, beside: Option<serde_json::Value>) {
        let Some(plan) = &self.plan else { return };
        let Some(s) = local() else {
            told(false);
            return;
        };
        let (mut all, tab, now) = (read_all(&s, plan), tab(), clock::now());
        let mut changed = all.keep(&self.key, &tab, now, words);
        if let Some(beside) = beside {
            changed |= all.keep(&self.beside, &tab, now, beside);
        }
        if changed {
            write_all(&s, plan, &all);
        }
    }

    /// The words were emptied or put away, not used: this tab's drafts go, and a copy of
    /// another tab's draft shown here leaves that draft be.
    pub fn set_aside(&self) {
        let Some(plan) = &self.plan else { return };
        forget_copy(plan, &self.key);
        let Some(s) = local() else { return };
        let mut all = read_all(&s, plan);
        if all.clear(&self.forms(), &tab()) {
            write_all(&s, plan, &all);
        } else {
            // Their words, never kept (storage full), are gone on purpose.
            told(true);
        }
    }

    /// The words went into the plan: this tab's drafts go, with the other tab's draft
    /// they were a copy of, unless it has been kept again since.
    pub fn used(&self) {
        let Some(plan) = &self.plan else { return };
        let copy = forget_copy(plan, &self.key);
        let Some(s) = local() else { return };
        let mut all = read_all(&s, plan);
        if all.used(&self.forms(), &tab(), copy.as_ref()) {
            write_all(&s, plan, &all);
        } else {
            // Their words, never kept (storage full), are in the plan now.
            told(true);
        }
    }
}

/// Whether any tab keeps a draft for `form`.
pub fn exists(plan: &Id, form: &str) -> bool {
    local().is_some_and(|s| read_all(&s, plan).has(form))
}

/// Forgets that a form shows a copy; returns whose it was.
fn forget_copy(plan: &Id, form: &str) -> Option<CopiedFrom> {
    COPIES.with(|c| {
        let mut c = c.borrow_mut();
        let i = c.iter().position(|(p, f, _)| p == plan && f == form)?;
        Some(c.swap_remove(i).2)
    })
}

/// Marks this tab's drafts in every plan it wrote them for (`Drafts::leave`, or
/// `Drafts::come_back`).
fn mark_every(mark: fn(&mut Drafts, &str) -> bool) {
    let plans = WROTE_FOR.with(|w| w.borrow().clone());
    let Some(s) = local().filter(|_| !plans.is_empty()) else {
        return;
    };
    let tab = tab();
    for plan in plans {
        let mut all = read_all(&s, &plan);
        if mark(&mut all, &tab) {
            write_all(&s, &plan, &all);
        }
    }
}

/// Marks this tab's drafts as left whenever the page goes (closed, or reloading and then
/// taking them back), so the next tab to open their forms may take them for its own;
/// and as this tab's again if the browser shows the page again.
pub fn leave_when_going() {
    if let Some(w) = web_sys::window() {
        gloo::events::EventListener::new(&w, "pagehide", |_| mark_every(Drafts::leave)).forget();
        gloo::events::EventListener::new(&w, "pageshow", |e| {
            let again = js_sys::Reflect::get(e, &"persisted".into()).ok();
            if again.and_then(|p| p.as_bool()) == Some(true) {
                mark_every(Drafts::come_back);
            }
        })
        .forget();
    }
}

/// Every draft of a plan (the plan was deleted or forgotten on this device).
pub fn forget_plan(plan: &Id) {
    if let Some(s) = local() {
        let _ = s.remove_item(&key(plan));
    }
}
