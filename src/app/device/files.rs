//! Offering a file to download, made in the browser: nothing is uploaded anywhere.

use super::DeviceError;
use wasm_bindgen::JsCast;

pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), DeviceError> {
    let fail = |_| DeviceError::DownloadFailed;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(DeviceError::DownloadFailed)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| DeviceError::DownloadFailed)?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Revoking at once can cancel the download in some browsers; a short delay is safe.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// A file name safe on every system, from a plan's name and today's date.
pub fn file_name(plan_name: &str, date: &crate::core::CalendarDate, suffix: &str) -> String {
    let safe: String = plan_name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let safe = if safe.is_empty() {
        "plan".to_string()
    } else {
        safe.chars().take(40).collect()
    };
    format!("coplan-{safe}-{date}{suffix}")
}

/// Offers the whole plan as a versioned JSON file named for the plan and today.
pub fn download_plan(plan: &crate::core::Plan) -> Result<(), DeviceError> {
    let today = super::clock::today();
    download(
        &file_name(&plan.name, &today, ".coplan.json"),
        "application/json",
        &crate::core::saved::to_pretty_json(plan),
    )?;
    super::storage::note_copied(plan);
    Ok(())
}

/// Offers a stored plan's text as saved, the same JSON document (so a newer version's
/// plan loses nothing), with the characters stored as escapes written as themselves
/// (`saved::readable_json`), so the file reads as the person wrote it.
pub fn download_stored(plan_name: &str, raw: &str) -> Result<(), DeviceError> {
    let today = super::clock::today();
    download(
        &file_name(plan_name, &today, ".json"),
        "application/json",
        &crate::core::saved::readable_json(raw),
    )
}
