//! Compression for links, done by the browser (see `compress.js`).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/app/device/compress.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn deflate(bytes: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn inflate(bytes: &[u8], max: f64) -> Result<JsValue, JsValue>;
}

/// The bytes, deflated; `None` where the browser cannot compress (very old browsers).
pub async fn pack(bytes: &[u8]) -> Option<Vec<u8>> {
    let out = deflate(bytes).await.ok()?;
    Some(js_sys::Uint8Array::new(&out).to_vec())
}

/// The bytes, inflated, if they are valid deflate data of at most `max` bytes.
pub async fn unpack(bytes: &[u8], max: usize) -> Option<Vec<u8>> {
    let out = inflate(bytes, max as f64).await.ok()?;
    Some(js_sys::Uint8Array::new(&out).to_vec())
}
