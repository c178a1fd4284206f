//! The camera, for scanning codes (see `camera.js`). Stopped whenever the scanner is
//! left or the page is hidden; the picture never leaves the device.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/app/device/camera.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = startCamera)]
    async fn start_camera(video: &web_sys::HtmlElement) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = stopCamera)]
    fn stop_camera(stream: &JsValue, video: &JsValue);
    #[wasm_bindgen(js_name = detectCodes)]
    async fn detect_codes(video: &web_sys::HtmlElement) -> JsValue;
    #[wasm_bindgen(js_name = greyPicture)]
    fn grey_picture(
        video: &web_sys::HtmlElement,
        canvas: &web_sys::HtmlElement,
        max: f64,
    ) -> JsValue;
}

/// Why the camera could not start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The page is not on https (or localhost): browsers give no camera there.
    NotSecure,
    /// The person (or the browser's settings) said no.
    Refused,
    /// No camera, or it is in use elsewhere.
    NoCamera,
}

/// A running camera: stop it with [`Camera::stop`] (also done when dropped).
pub struct Camera {
    stream: JsValue,
    video: web_sys::HtmlElement,
}

impl Camera {
    pub async fn start(video: &web_sys::HtmlElement) -> Result<Camera, CameraError> {
        match start_camera(video).await {
            Ok(stream) => Ok(Camera {
                stream,
                video: video.clone(),
            }),
            Err(e) => {
                let why = e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_default();
                Err(match why.as_str() {
                    "NotSecure" => CameraError::NotSecure,
                    "Refused" => CameraError::Refused,
                    _ => CameraError::NoCamera,
                })
            }
        }
    }

    pub fn stop(&self) {
        stop_camera(&self.stream, &self.video);
    }

    /// The texts of the codes in the camera's picture now.
    pub async fn codes(&self, canvas: &web_sys::HtmlElement) -> Vec<String> {
        let found = detect_codes(&self.video).await;
        if let Ok(list) = found.dyn_into::<js_sys::Array>() {
            return list.iter().filter_map(|v| v.as_string()).collect();
        }
        // At most 960 × 720 pixels in all, portrait or landscape: enough for a code held
        // a forearm away, and quick to read (the core takes up to `scan::MAX_PIXELS`).
        let picture = grey_picture(&self.video, canvas, 960.0 * 720.0);
        let get = |k: &str| js_sys::Reflect::get(&picture, &k.into()).ok();
        let (Some(w), Some(h), Some(grey)) = (get("width"), get("height"), get("grey")) else {
            return vec![];
        };
        let (Some(w), Some(h)) = (w.as_f64(), h.as_f64()) else {
            return vec![];
        };
        let grey = js_sys::Uint8Array::new(&grey).to_vec();
        crate::core::scan::read_codes(&grey, w as usize, h as usize)
    }
}

impl Drop for Camera {
    fn drop(&mut self) {
        self.stop();
    }
}
