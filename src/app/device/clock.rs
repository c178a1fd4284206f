//! Time and randomness from the browser, handed to the pure core as values.

use crate::core::{AuthorRole, CalendarDate, Id, Stamp, Timestamp};

pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// Now, by a role (unnamed); see `WorkspaceHandle::stamp` for the writer on screen.
pub fn stamp(by: AuthorRole) -> Stamp {
    Stamp::new(now(), by)
}

/// A new random id from the browser's cryptographic source.
pub fn new_id() -> Id {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        // No crypto source (very old browser): fall back to Math.random, which is
        // still unique enough for ids within one person's plans.
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    Id::from_random_bytes(bytes)
}

/// The person's calendar date for an instant, in the browser's time zone (a change at
/// 00:30 on a summer night belongs to that day, not the UTC one before).
pub fn local_date(t: Timestamp) -> CalendarDate {
    CalendarDate::from_timestamp(local(t))
}

/// Today, where the person is.
pub fn today() -> CalendarDate {
    local_date(now())
}

/// Hours and minutes of an instant in the browser's time zone.
pub fn local_time(t: Timestamp) -> (u8, u8) {
    let minutes = local(t).0.div_euclid(60_000).rem_euclid(24 * 60);
    ((minutes / 60) as u8, (minutes % 60) as u8)
}

fn local(t: Timestamp) -> Timestamp {
    let offset_minutes =
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.0 as f64)).get_timezone_offset();
    Timestamp(t.0 - (offset_minutes * 60_000.0) as i64)
}

// The browser's User Timing, so a save shows as "coplan-save" in the browser's own
// performance tools (and the benchmark reads it the same way). No words, only times.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
    #[wasm_bindgen(js_namespace = performance, js_name = measure, catch)]
    fn performance_measure(
        name: &str,
        options: &js_sys::Object,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_namespace = performance, js_name = clearMeasures)]
    fn performance_clear_measures(name: &str);
    #[wasm_bindgen(js_namespace = performance, js_name = mark, catch)]
    fn performance_mark(name: &str) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

/// Marks a moment ("coplan-start": the app's code is running) in the browser's timeline.
pub fn mark(name: &str) {
    let _ = performance_mark(name);
}

/// Runs `f` as one measured span named `name`. Only the latest is kept in the
/// browser's buffer, so years of saving never fill it.
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let start = performance_now();
    let out = f();
    let options = js_sys::Object::new();
    let set = |k: &str, v: f64| js_sys::Reflect::set(&options, &k.into(), &v.into());
    if set("start", start).is_ok() && set("end", performance_now()).is_ok() {
        performance_clear_measures(name);
        let _ = performance_measure(name, &options);
    }
    out
}
