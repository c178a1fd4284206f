//! Time and randomness from the browser, handed to the pure core as values.

use crate::core::{AuthorRole, Id, Stamp, Timestamp};

pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

pub fn stamp(by: AuthorRole) -> Stamp {
    Stamp { at: now(), by }
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
