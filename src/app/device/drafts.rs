//! Words typed into a form that are not (yet) in the plan: a new entry before Add, or
//! an edit the plan refused (too long, a required part missing). Kept in local storage
//! from the first keystroke, so navigation, a reload, a closed tab or a crash never
//! lose them; the form offers them back when it appears again.
//!
//! One key per plan (`coplan.drafts.<plan id>`) holding `{form key: draft}`. Failing to
//! keep a draft (storage full or blocked) is told to whoever asked (`tell`: the
//! workspace, which says so on every screen), and told again once drafts keep.

use crate::core::Id;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

const PREFIX: &str = "coplan.drafts.";

fn key(plan: &Id) -> String {
    format!("{PREFIX}{plan}")
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn read_all(s: &web_sys::Storage, plan: &Id) -> Map<String, Value> {
    s.get_item(&key(plan))
        .ok()
        .flatten()
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

fn write_all(s: &web_sys::Storage, plan: &Id, all: &Map<String, Value>) {
    let written = if all.is_empty() {
        s.remove_item(&key(plan))
    } else {
        s.set_item(&key(plan), &Value::Object(all.clone()).to_string())
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

/// The draft kept for `form`, if any (and if it still reads as a `T`).
pub fn load<T: DeserializeOwned>(plan: &Id, form: &str) -> Option<T> {
    let s = local()?;
    crate::core::merge::from_tree(read_all(&s, plan).remove(form)?)
}

/// Whether a draft is kept for `form`.
pub fn exists(plan: &Id, form: &str) -> bool {
    local().is_some_and(|s| read_all(&s, plan).contains_key(form))
}

pub fn keep<T: Serialize>(plan: &Id, form: &str, draft: &T) {
    let (Some(s), Some(value)) = (local(), crate::core::merge::to_tree(draft)) else {
        told(false);
        return;
    };
    let mut all = read_all(&s, plan);
    if all.get(form) != Some(&value) {
        all.insert(form.to_string(), value);
        write_all(&s, plan, &all);
    }
}

pub fn clear(plan: &Id, form: &str) {
    clear_each(plan, &[form]);
}

/// Clears the drafts of several forms in one reading of storage (a form that keeps more
/// than one thing: a keystroke in it clears them all).
pub fn clear_each(plan: &Id, forms: &[&str]) {
    let Some(s) = local() else { return };
    let mut all = read_all(&s, plan);
    let before = all.len();
    for form in forms {
        all.remove(*form);
    }
    if all.len() != before {
        write_all(&s, plan, &all);
    } else {
        // Their words, never kept (storage full), are in the plan now or gone on purpose.
        told(true);
    }
}

/// Every draft of a plan (the plan was deleted or forgotten on this device).
pub fn forget_plan(plan: &Id) {
    if let Some(s) = local() {
        let _ = s.remove_item(&key(plan));
    }
}
