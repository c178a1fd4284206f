//! Plans in the browser's local storage, one key per plan, in the versioned saved form.
//!
//! Nothing here ever overwrites data it could not read: unreadable documents are moved
//! aside byte for byte under their own key, documents from a newer CoPlan are left
//! alone, and a save never replaces a copy newer than the one it started from.

use super::DeviceError;
use crate::core::saved::{self, ReadError};
use crate::core::{Id, Plan, Timestamp};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// The plan's text as the browser's own string, so a save can see whether storage still
// holds exactly what this tab last read or wrote without copying it into wasm or
// parsing it (`===` on two strings in the engine).
#[wasm_bindgen]
extern "C" {
    /// `localStorage`, with strings left as the browser's own.
    type TextStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &TextStorage, key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item(this: &TextStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

fn get_text(s: &web_sys::Storage, key: &str) -> JsValue {
    s.unchecked_ref::<TextStorage>()
        .get_item(key)
        .unwrap_or(JsValue::NULL)
}

thread_local! {
    /// Each plan's text and revision as this tab's open plan is built on it: opened,
    /// written, or taken from another tab. When storage still holds exactly that text and
    /// a save starts from that revision, no one else has written since, and the save need
    /// not read the stored plan at all.
    static LAST_SEEN: RefCell<Vec<(String, u64, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// The revision and text this tab last saw under `key` (one per key: see `remember`).
fn last_seen(key: &str) -> Option<(u64, JsValue)> {
    LAST_SEEN.with(|seen| {
        let seen = seen.borrow();
        let (_, revision, text) = seen.iter().find(|(k, ..)| k == key)?;
        Some((*revision, text.clone()))
    })
}

fn remember(key: &str, revision: u64, text: JsValue) {
    LAST_SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        seen.retain(|(k, ..)| k != key);
        seen.push((key.to_string(), revision, text));
    });
}

/// Whether storage holds just what this tab last read or wrote under `key`, at `base`.
fn unchanged_since_seen(key: &str, base: Option<u64>, current: &JsValue) -> bool {
    !current.is_null() && last_seen(key).is_some_and(|(r, t)| Some(r) == base && t == *current)
}

/// Whether this tab last saw other text under `key` at this same `revision`: another
/// tab saved in the same moment as this one, from the same copy, and wrote over it.
fn other_text_at(key: &str, revision: u64, current: &str) -> bool {
    last_seen(key)
        .is_some_and(|(r, t)| r == revision && t.as_string().is_some_and(|t| t != current))
}

const PLAN_PREFIX: &str = "coplan.plan.";
const ASIDE_PREFIX: &str = "coplan.unreadable.";
/// Changes a tab could not save because a newer CoPlan took the plan meanwhile.
const KEPT_PREFIX: &str = "coplan.kept.";

pub fn plan_key(id: &Id) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// A plan as listed on the plans screen.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanSummary {
    pub id: Id,
    pub name: String,
    pub changed: Timestamp,
    pub is_sample: bool,
    /// Saved by a newer CoPlan: shown, never changed.
    pub read_only: bool,
}

/// Data kept aside untouched, so nothing is lost.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub key: String,
    pub reason: AsideReason,
}

#[derive(Clone, Debug, PartialEq)]
pub enum AsideReason {
    /// Saved data that could not be read.
    Unreadable(ReadError),
    /// A plan with changes made just before a newer CoPlan saved it (its name).
    ChangesBeforeNewer(String),
}

/// A plan read from storage, and whether this version may change it.
pub struct Opened {
    pub plan: Plan,
    pub read_only: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    NotFound,
    /// The saved data could not be read; it has been moved aside.
    Unreadable(ReadError),
    Device(DeviceError),
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// Another tab saved a copy this tab has not built on (a later revision, or other
    /// text at the one it last saw): take it in (`Session::take_newer`), then save
    /// again. It is remembered as seen, so the next save starts from it.
    Conflict(Box<Plan>),
    /// A newer CoPlan has written this plan since: stop writing to it.
    Newer,
    /// The plan was deleted (in another tab) since it was opened.
    Deleted,
    Device(DeviceError),
}

fn store() -> Result<web_sys::Storage, DeviceError> {
    web_sys::window()
        .ok_or(DeviceError::StorageUnavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(DeviceError::StorageUnavailable)
}

fn keys(s: &web_sys::Storage) -> Vec<String> {
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
}

fn write(s: &web_sys::Storage, key: &str, value: &str) -> Result<(), DeviceError> {
    write_text(s, key, &JsValue::from_str(value))
}

fn write_text(s: &web_sys::Storage, key: &str, value: &JsValue) -> Result<(), DeviceError> {
    s.unchecked_ref::<TextStorage>()
        .set_item(key, value)
        .map_err(|e| {
            let quota = e
                .dyn_ref::<web_sys::DomException>()
                .map(|d| d.name() == "QuotaExceededError" || d.code() == 22)
                .unwrap_or(false);
            if quota {
                DeviceError::StorageFull
            } else {
                DeviceError::WriteFailed
            }
        })
}

/// Moves unreadable data to its own key, untouched. If even that fails (storage full)
/// the data stays where it is, and nothing may be written over it: the error says so.
fn set_aside(s: &web_sys::Storage, key: &str, raw: &str) -> Result<(), DeviceError> {
    let id = key.trim_start_matches(PLAN_PREFIX);
    let aside = format!("{ASIDE_PREFIX}{id}.{}", js_sys::Date::now() as i64);
    write(s, &aside, raw)?;
    let _ = s.remove_item(key);
    Ok(())
}

/// Lists the plans on this device, setting aside any that cannot be read.
pub fn list() -> Result<(Vec<PlanSummary>, Vec<SetAside>), DeviceError> {
    let s = store()?;
    let mut plans = vec![];
    for key in keys(&s).into_iter().filter(|k| k.starts_with(PLAN_PREFIX)) {
        let Some(raw) = s.get_item(&key).ok().flatten() else {
            continue;
        };
        match saved::summary(&raw) {
            Ok(summary) => plans.push(PlanSummary {
                id: summary.id,
                name: summary.name,
                changed: summary.changed.at,
                is_sample: summary.is_sample,
                read_only: summary.newer,
            }),
            // A newer CoPlan's plan this version cannot even list stays where it is.
            Err(ReadError::Newer { .. }) => {}
            // Kept where it is if it cannot be moved: nothing is written over it.
            Err(_) => {
                let _ = set_aside(&s, &key, &raw);
            }
        }
    }
    plans.sort_by_key(|p| std::cmp::Reverse(p.changed));
    let mut aside: Vec<SetAside> = keys(&s)
        .into_iter()
        .filter(|k| k.starts_with(ASIDE_PREFIX) || k.starts_with(KEPT_PREFIX))
        .map(|key| {
            let raw = s.get_item(&key).ok().flatten().unwrap_or_default();
            let reason = match saved::from_json(&raw) {
                Ok(loaded) if key.starts_with(KEPT_PREFIX) => {
                    AsideReason::ChangesBeforeNewer(loaded.plan.name)
                }
                Ok(_) => AsideReason::Unreadable(ReadError::NotAPlan),
                Err(e) => AsideReason::Unreadable(e),
            };
            SetAside { key, reason }
        })
        .collect();
    aside.sort_by(|a, b| a.key.cmp(&b.key));
    Ok((plans, aside))
}

/// Reads a saved document: current or older (migrated), or newer (read-only).
pub fn read(raw: &str) -> Result<Opened, ReadError> {
    match saved::from_json(raw) {
        Ok(loaded) => Ok(Opened {
            plan: loaded.plan,
            read_only: false,
        }),
        Err(ReadError::Newer { version }) => saved::read_newer(raw)
            .map(|plan| Opened {
                plan,
                read_only: true,
            })
            .ok_or(ReadError::Newer { version }),
        Err(e) => Err(e),
    }
}

/// Opens a plan to show and edit: what it read is what this tab's next save starts from.
pub fn open(id: &Id) -> Result<Opened, OpenError> {
    let (opened, text) = read_stored(id)?;
    if !opened.read_only {
        remember(&plan_key(id), opened.plan.revision, text);
    }
    Ok(opened)
}

/// Reads a plan only to look at it (to compare with one that arrived): what the open
/// plan is built on stays as it was, so another tab's write stays news to it.
pub fn peek(id: &Id) -> Result<Opened, OpenError> {
    read_stored(id).map(|(opened, _)| opened)
}

/// A stored plan and its text; damaged data is moved aside.
fn read_stored(id: &Id) -> Result<(Opened, JsValue), OpenError> {
    let s = store().map_err(OpenError::Device)?;
    let key = plan_key(id);
    let text = get_text(&s, &key);
    let raw = text.as_string().ok_or(OpenError::NotFound)?;
    let opened = read(&raw).map_err(|e| {
        if !matches!(e, ReadError::Newer { .. }) {
            let _ = set_aside(&s, &key, &raw);
        }
        OpenError::Unreadable(e)
    })?;
    Ok((opened, text))
}

/// Saves a plan unless storage holds a copy this tab has not seen.
/// `base_revision` is the revision this tab last read or wrote (`None`: never saved).
pub fn save(plan: &Plan, base_revision: Option<u64>) -> Result<u64, SaveError> {
    let s = store().map_err(SaveError::Device)?;
    let key = plan_key(&plan.id);
    // Written out first, so the moment between checking storage and writing to it is as
    // short as can be: another tab saving in that moment would be overwritten unseen.
    let text = super::clock::measured("coplan-serialise", || {
        JsValue::from_str(&saved::to_stored_json(plan))
    });
    // Storage holds exactly what this tab last read or wrote: no other tab (of any
    // CoPlan version) has written since, so there is nothing to read before writing.
    let current = get_text(&s, &key);
    if unchanged_since_seen(&key, base_revision, &current) {
        let text = write_plan(&s, &key, plan, text).map_err(SaveError::Device)?;
        remember(&key, plan.revision, text);
        return Ok(plan.revision);
    }
    for _ in 0..3 {
        let current = s.get_item(&key).ok().flatten();
        match (&current, base_revision) {
            (None, Some(_)) => return Err(SaveError::Deleted),
            (None, None) => {}
            (Some(raw), base) => match read(raw) {
                Ok(Opened {
                    read_only: true, ..
                })
                | Err(ReadError::Newer { .. }) => return Err(SaveError::Newer),
                Ok(Opened { plan: stored, .. })
                    if Some(stored.revision) != base
                        || other_text_at(&key, stored.revision, raw) =>
                {
                    // The tab takes this copy and saves on top of it next.
                    remember(&key, stored.revision, JsValue::from_str(raw));
                    return Err(SaveError::Conflict(Box::new(stored)));
                }
                Ok(_) => {}
                // Damaged since we read it: keep that copy aside, then write ours. If it
                // cannot be moved (storage full), ours is not written over it.
                Err(_) => set_aside(&s, &key, raw).map_err(SaveError::Device)?,
            },
        }
        // Reading took a while: if another tab wrote meanwhile, decide again.
        if s.get_item(&key).ok().flatten() == current || read_back(&current).is_none() {
            let text = write_plan(&s, &key, plan, text).map_err(SaveError::Device)?;
            remember(&key, plan.revision, text);
            return Ok(plan.revision);
        }
    }
    // Storage kept changing under us: take in what it holds now, and try again then.
    let text = get_text(&s, &key);
    match text.as_string().map(|raw| read(&raw)) {
        Some(Ok(opened)) if !opened.read_only => {
            remember(&key, opened.plan.revision, text);
            Err(SaveError::Conflict(Box::new(opened.plan)))
        }
        _ => Err(SaveError::Device(DeviceError::WriteFailed)),
    }
}

/// Writes a plan's stored text (`saved::to_stored_json`). Storage's quota counts
/// characters, and escapes take more of them than the characters they stand for: when
/// storage is full, the plan is written with those characters as themselves, if that is
/// shorter, before it is called full. Returns the text written.
fn write_plan(
    s: &web_sys::Storage,
    key: &str,
    plan: &Plan,
    text: JsValue,
) -> Result<JsValue, DeviceError> {
    match write_text(s, key, &text) {
        Err(DeviceError::StorageFull) => {
            // Both in UTF-16 units, as the quota counts them; the stored text's length is
            // read where it is, not copied back into wasm.
            let plain = saved::to_json(plan);
            let escaped = text.unchecked_ref::<js_sys::JsString>().length() as usize;
            if plain.encode_utf16().count() >= escaped {
                return Err(DeviceError::StorageFull);
            }
            let plain = JsValue::from_str(&plain);
            write_text(s, key, &plain).map(|_| plain)
        }
        written => written.map(|_| text),
    }
}

/// Unreadable data was set aside, so the key is now free to write.
fn read_back(current: &Option<String>) -> Option<()> {
    current.as_ref().and_then(|raw| read(raw).ok()).map(|_| ())
}

/// A plan's saved text exactly as stored (a copy of a newer version's plan keeps
/// everything this version does not understand).
pub fn read_raw(id: &Id) -> Option<String> {
    store().ok()?.get_item(&plan_key(id)).ok().flatten()
}

/// What storage holds for a plan, told by another tab's storage event.
pub enum Elsewhere {
    /// Just what this tab last read or wrote (an event that came after this tab had
    /// itself read, or written over, the copy it told of).
    Seen,
    Deleted,
    Written(Box<Opened>),
    /// Damaged by someone else (this tab's next save sets it aside), or newer.
    Unreadable,
}

/// What another tab wrote to a plan since the open plan was built on storage. A copy this
/// tab can build on is remembered as seen: its next save starts from it.
pub fn written_elsewhere(id: &Id) -> Elsewhere {
    let Ok(s) = store() else {
        return Elsewhere::Seen;
    };
    let key = plan_key(id);
    let text = get_text(&s, &key);
    let Some(raw) = text.as_string() else {
        return Elsewhere::Deleted;
    };
    if last_seen(&key).is_some_and(|(_, t)| t == text) {
        return Elsewhere::Seen;
    }
    match read(&raw) {
        Ok(opened) => {
            if !opened.read_only {
                remember(&key, opened.plan.revision, text);
            }
            Elsewhere::Written(Box::new(opened))
        }
        Err(_) => Elsewhere::Unreadable,
    }
}

/// Removes everything CoPlan keeps about a plan on this device (a shared clinic PC):
/// the plan, its drafts, copies kept aside from it, and who was writing in this tab.
/// Files already downloaded are outside the browser's reach; the person is told so.
pub fn forget(id: &Id) -> Result<(), DeviceError> {
    delete(id)?;
    let s = store()?;
    let mine = |k: &String| {
        [ASIDE_PREFIX, KEPT_PREFIX]
            .iter()
            .any(|p| k.starts_with(&format!("{p}{id}.")))
    };
    for key in keys(&s).into_iter().filter(mine) {
        let _ = s.remove_item(&key);
    }
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.remove_item(AUTHOR_KEY);
    }
    Ok(())
}

/// Removes a plan and what this device noted about it (drafts, when it was copied off,
/// what it held when it arrived, what its hand-backs carried).
pub fn delete(id: &Id) -> Result<(), DeviceError> {
    super::drafts::forget_plan(id);
    // Nor is its text kept in this tab's memory (a shared clinic PC).
    let key = plan_key(id);
    LAST_SEEN.with(|seen| seen.borrow_mut().retain(|(k, ..)| *k != key));
    crate::core::plan::forget_remembered();
    if let Ok(s) = store() {
        let _ = s.remove_item(&format!("{COPIED_PREFIX}{id}"));
        let _ = s.remove_item(&format!("{ARRIVED_PREFIX}{id}"));
        let _ = s.remove_item(&format!("{HANDED_BACK_PREFIX}{id}"));
    }
    store()?
        .remove_item(&plan_key(id))
        .map_err(|_| DeviceError::WriteFailed)
}

/// Keeps this tab's copy of a plan, with the changes it could not save, under a key of
/// its own (a newer CoPlan has taken the plan's own key). Returns the key.
pub fn keep_changes_aside(plan: &Plan) -> Option<String> {
    let s = store().ok()?;
    let key = format!("{KEPT_PREFIX}{}.{}", plan.id, js_sys::Date::now() as i64);
    let text = JsValue::from_str(&saved::to_stored_json(plan));
    write_plan(&s, &key, plan, text).ok()?;
    Some(key)
}

fn is_aside(key: &str) -> bool {
    key.starts_with(ASIDE_PREFIX) || key.starts_with(KEPT_PREFIX)
}

/// The raw text of data set aside, to download.
pub fn read_aside(key: &str) -> Option<String> {
    if !is_aside(key) {
        return None;
    }
    store().ok()?.get_item(key).ok().flatten()
}

/// Whether a plan is still saved on this device (another tab may have cleared it).
pub fn exists(id: &Id) -> bool {
    read_raw(id).is_some()
}

pub fn remove_aside(key: &str) -> Result<(), DeviceError> {
    if !is_aside(key) {
        return Ok(());
    }
    store()?
        .remove_item(key)
        .map_err(|_| DeviceError::WriteFailed)
}

/// Asks the browser not to evict our data under storage pressure. Best effort.
pub fn request_persistence() {
    if let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = manager.persist();
    }
}

/// Whether the app can save at all here.
pub fn available() -> bool {
    let Ok(s) = store() else { return false };
    let probe = "coplan.probe";
    let ok = s.set_item(probe, "1").is_ok();
    let _ = s.remove_item(probe);
    ok
}

const COPIED_PREFIX: &str = "coplan.copied.";

/// When a plan was last copied off this device (downloaded, or put in a link), and at
/// which revision: `(time, revision)`.
pub fn last_copied(id: &Id) -> Option<(Timestamp, u64)> {
    let raw = store()
        .ok()?
        .get_item(&format!("{COPIED_PREFIX}{id}"))
        .ok()??;
    let (at, revision): (i64, u64) = crate::core::json::from_str(&raw).ok()?;
    Some((Timestamp(at), revision))
}

/// Notes that a plan was just copied off this device (best effort).
pub fn note_copied(plan: &Plan) {
    if let Ok(s) = store() {
        let value = crate::core::json::to_string(&(super::clock::now().0, plan.revision));
        let _ = s.set_item(&format!("{COPIED_PREFIX}{}", plan.id), &value);
    }
    // A whole copy may reach the device the plan came from, so a later hand-back must
    // still carry the versions it held (or that device would see a clash).
    if arrival(&plan.id).is_some() {
        note_handed_back(plan);
    }
}

const ARRIVED_PREFIX: &str = "coplan.arrived.";

/// Remembers what this device holds of a plan that just arrived (or was merged), so a
/// later QR code can carry only what changed here since.
pub fn note_arrival(id: &Id, versions: crate::core::merge::Arrived) {
    if let Ok(s) = store() {
        let record = (super::clock::now().0, versions);
        let value = crate::core::json::to_string(&record);
        let _ = s.set_item(&format!("{ARRIVED_PREFIX}{id}"), &value);
        // What was handed back belongs to the arrival before this one.
        let _ = s.remove_item(&format!("{HANDED_BACK_PREFIX}{id}"));
    }
}

const HANDED_BACK_PREFIX: &str = "coplan.handed-back.";

/// The versions earlier hand-backs of a plan carried since it arrived (see
/// `merge::changes_since`).
pub fn handed_back(id: &Id) -> crate::core::merge::HandedBack {
    store()
        .ok()
        .and_then(|s| {
            s.get_item(&format!("{HANDED_BACK_PREFIX}{id}"))
                .ok()
                .flatten()
        })
        .and_then(|raw| crate::core::json::from_str(&raw).ok())
        .unwrap_or_default()
}

/// Remembers what a hand-back carried, so a later one from this visit still merges
/// without a clash wherever the other device has got to.
pub fn note_handed_back(hand_back: &Plan) {
    let mut record = handed_back(&hand_back.id);
    crate::core::merge::note_handed_back(&mut record, hand_back);
    if let Ok(s) = store() {
        let value = crate::core::json::to_string(&record);
        let _ = s.set_item(&format!("{HANDED_BACK_PREFIX}{}", hand_back.id), &value);
    }
}

/// When a plan last arrived here, and each entry's version then.
pub fn arrival(id: &Id) -> Option<(Timestamp, crate::core::merge::Arrived)> {
    let raw = store()
        .ok()?
        .get_item(&format!("{ARRIVED_PREFIX}{id}"))
        .ok()??;
    let (at, versions): (i64, crate::core::merge::Arrived) =
        crate::core::json::from_str(&raw).ok()?;
    Some((Timestamp(at), versions))
}

const SETTINGS_KEY: &str = "coplan.settings";

/// This device's display settings (defaults when none are saved or storage is blocked).
pub fn load_settings() -> crate::settings::Settings {
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    let raw = store()
        .ok()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten());
    crate::settings::Settings::parse(raw.as_deref(), &browser)
}

pub fn save_settings(settings: &crate::settings::Settings) -> Result<(), DeviceError> {
    write(&store()?, SETTINGS_KEY, &settings.to_json())
}

const AUTHOR_KEY: &str = "coplan.author";

/// Who is writing, kept for this tab only (session storage), so a reload in the
/// consultation does not silently switch authors, and nothing lingers on a shared PC.
pub fn load_author() -> crate::core::Writer {
    use crate::core::{AuthorRole, Writer};
    let raw = web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(AUTHOR_KEY).ok().flatten())
        .unwrap_or_default();
    // A tab from before named writers kept the role alone.
    crate::core::json::from_str::<Writer>(&raw)
        .ok()
        .or_else(|| {
            crate::core::json::from_str::<AuthorRole>(&raw)
                .ok()
                .map(Writer::role)
        })
        .unwrap_or_default()
}

pub fn save_author(writer: &crate::core::Writer) {
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.set_item(AUTHOR_KEY, &crate::core::json::to_string(writer));
    }
}
