//! Passphrase protection, done by the browser's WebCrypto (see `seal.js`).

use wasm_bindgen::prelude::*;

/// At least 600,000 rounds of PBKDF2 (OWASP's advice for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;
/// A sealed copy asking for more than this is refused, so it cannot make a device work
/// for minutes; fewer than [`ITERATIONS`] is refused too.
const MAX_ITERATIONS: u32 = 10_000_000;

#[wasm_bindgen(module = "/src/app/device/seal.js")]
extern "C" {
    #[wasm_bindgen(js_name = available)]
    fn js_available() -> bool;
    #[wasm_bindgen(catch, js_name = seal)]
    async fn js_seal(bytes: &[u8], passphrase: &str, iterations: u32) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = unseal)]
    async fn js_unseal(
        bytes: &[u8],
        passphrase: &str,
        min: u32,
        max: u32,
    ) -> Result<JsValue, JsValue>;
}

/// Why sealed bytes could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsealError {
    /// Not sealed by CoPlan, or sealed in a way this version does not accept.
    NotSealed,
    /// The passphrase does not open it, or it was changed on the way.
    WrongPassphrase,
    /// This page has no WebCrypto (not a secure context: http:// other than localhost).
    Unavailable,
}

/// Whether passphrases can be used here (WebCrypto needs https:// or localhost).
pub fn available() -> bool {
    js_available()
}

pub async fn seal(bytes: &[u8], passphrase: &str) -> Option<Vec<u8>> {
    if !available() {
        return None;
    }
    let out = js_seal(bytes, passphrase, ITERATIONS).await.ok()?;
    Some(js_sys::Uint8Array::new(&out).to_vec())
}

pub async fn unseal(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>, UnsealError> {
    if !available() {
        return Err(UnsealError::Unavailable);
    }
    match js_unseal(bytes, passphrase, ITERATIONS, MAX_ITERATIONS).await {
        Ok(out) => Ok(js_sys::Uint8Array::new(&out).to_vec()),
        Err(e) => {
            let said = js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_default();
            Err(if said == "passphrase" {
                UnsealError::WrongPassphrase
            } else {
                UnsealError::NotSealed
            })
        }
    }
}
