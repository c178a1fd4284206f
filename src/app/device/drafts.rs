//! Words typed into a form that are not (yet) in the plan: a new entry before Add, or
//! an edit the plan refused (too long, a required part missing). Kept in local storage
//! from the first keystroke, so navigation, a reload, a closed tab or a crash never
//! lose them; the form offers them back when it appears again.
//!
//! One key per plan (`coplan.drafts.<plan id>`) holding each tab's drafts by form (see
//! `core::drafts`: two tabs never replace or clear each other's). Failing to
//! keep a draft (storage full or blocked) is told to whoever asked (`tell`: the
//! workspace, which says so on every screen), and told again once drafts keep.

use crate::core::drafts::Drafts;
use crate::core::Id;
use serde::de::DeserializeOwned;
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

/// A form showing a copy: its plan, its form, and the other tab's name and kept time.
type ShownCopy = (Id, String, (String, i64));

thread_local! {
    static TAB: String = tab_name();
    /// The plans this tab has kept drafts for since it opened.
    static WROTE_FOR: std::cell::RefCell<Vec<Id>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The forms (plan, form) showing a copy of another open tab's draft: whose, and when
    /// it was kept (see `used`).
    static COPIES: std::cell::RefCell<Vec<ShownCopy>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// This tab's name: kept in session storage, so a reload keeps it. (A duplicated tab
/// starts with a copy of its session storage, name and all: those two share their drafts
/// as every tab did before tabs had their own.)
fn tab_name() -> String {
    let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    if let Some(name) = session
        .as_ref()
        .and_then(|s| s.get_item(TAB_KEY).ok().flatten())
    {
        return name;
    }
    // Short: it is in the key of every draft this tab keeps.
    let name: String = super::clock::new_id().to_string().chars().take(8).collect();
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

/// The draft this tab shows for `form`, if any (and if it still reads as a `T`): its
/// own, or the one another tab kept last (see `core::drafts`).
pub fn load<T: DeserializeOwned>(plan: &Id, form: &str) -> Option<T> {
    load_beside::<T>(plan, form, None).map(|(words, _)| words)
}

/// The draft for `form` and, from the same tab, what is kept beside it under `beside`
/// (the entry an edit was typed against).
pub fn load_beside<T: DeserializeOwned>(
    plan: &Id,
    form: &str,
    beside: Option<&str>,
) -> Option<(T, Option<T>)> {
    let s = local()?;
    let mut all = read_all(&s, plan);
    let both = [form, beside.unwrap_or_default()];
    let forms = &both[..if beside.is_some() { 2 } else { 1 }];
    let taken = all.take(forms, &tab(), js_sys::Date::now() as i64);
    if taken.moved {
        write_all(&s, plan, &all);
    }
    forget_copy(plan, form);
    if let Some(from) = taken.copied_from {
        COPIES.with(|c| c.borrow_mut().push((plan.clone(), form.to_string(), from)));
    }
    let mut found = taken.words;
    let read = |v: Option<serde_json::Value>| v.and_then(crate::core::merge::from_tree::<T>);
    let kept_beside = found.get_mut(1).and_then(Option::take);
    Some((read(found.first_mut()?.take())?, read(kept_beside)))
}

/// Whether any tab keeps a draft for `form`.
pub fn exists(plan: &Id, form: &str) -> bool {
    local().is_some_and(|s| read_all(&s, plan).has(form))
}

pub fn keep<T: Serialize>(plan: &Id, form: &str, draft: &T) {
    let (Some(s), Some(value)) = (local(), crate::core::merge::to_tree(draft)) else {
        told(false);
        return;
    };
    let mut all = read_all(&s, plan);
    if all.keep(form, &tab(), js_sys::Date::now() as i64, value) {
        write_all(&s, plan, &all);
    }
}

pub fn clear(plan: &Id, form: &str) {
    clear_each(plan, &[form]);
}

/// Clears this tab's drafts of several forms in one reading of storage (a form that
/// keeps more than one thing: a keystroke in it clears them all). The words were set
/// aside, not used: a copy of another tab's draft shown here leaves that draft be.
pub fn clear_each(plan: &Id, forms: &[&str]) {
    if let Some(first) = forms.first() {
        forget_copy(plan, first);
    }
    let Some(s) = local() else { return };
    let mut all = read_all(&s, plan);
    if all.clear(forms, &tab()) {
        write_all(&s, plan, &all);
    } else {
        // Their words, never kept (storage full), are in the plan now or gone on purpose.
        told(true);
    }
}

/// The words of a form (`forms[0]`, with what is kept beside it) went into the plan:
/// its drafts go, with the other tab's draft it showed a copy of, if not typed in since.
pub fn used(plan: &Id, forms: &[&str]) {
    let Some(first) = forms.first() else { return };
    let copy = forget_copy(plan, first);
    let Some(s) = local() else { return };
    let mut all = read_all(&s, plan);
    if all.used(forms, &tab(), copy.as_ref()) {
        write_all(&s, plan, &all);
    } else {
        told(true);
    }
}

/// Forgets that a form shows a copy; returns whose it was.
fn forget_copy(plan: &Id, form: &str) -> Option<(String, i64)> {
    COPIES.with(|c| {
        let mut c = c.borrow_mut();
        let i = c.iter().position(|(p, f, _)| p == plan && f == form)?;
        Some(c.swap_remove(i).2)
    })
}

/// Marks this tab's drafts, of every plan, as left (`left`: the tab is closing, or
/// reloading and then takes them back), so the next tab to open their forms may take
/// them for its own; or as this tab's again.
fn mark_left(left: bool) {
    let plans = WROTE_FOR.with(|w| w.borrow().clone());
    let Some(s) = local().filter(|_| !plans.is_empty()) else {
        return;
    };
    let tab = tab();
    for plan in plans {
        let mut all = read_all(&s, &plan);
        if all.mark_left(&tab, left) {
            write_all(&s, &plan, &all);
        }
    }
}

/// Marks this tab's drafts as left whenever the page goes, and as this tab's again if
/// the browser shows the page again (see `mark_left`).
pub fn leave_when_going() {
    if let Some(w) = web_sys::window() {
        gloo::events::EventListener::new(&w, "pagehide", |_| mark_left(true)).forget();
        gloo::events::EventListener::new(&w, "pageshow", |e| {
            let again = js_sys::Reflect::get(e, &"persisted".into()).ok();
            if again.and_then(|p| p.as_bool()) == Some(true) {
                mark_left(false);
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
