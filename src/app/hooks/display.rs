use crate::app::device::storage;
use crate::settings::Settings;
use yew::prelude::*;

/// Applies the display settings to the page (language, larger text) and remembers them
/// on this device.
#[hook]
pub fn use_display_settings(settings: Settings) {
    let first = use_mut_ref(|| true);
    // The language of the words on screen: English while chosen words are on their way.
    let shown = use_context::<crate::text::Language>().unwrap_or_default();
    use_effect_with((settings, shown), move |(settings, shown)| {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", shown.code());
            let _ = html
                .class_list()
                .toggle_with_force("larger-text", settings.larger_text);
        }
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            // Best effort: if storage is blocked the setting lasts for this visit.
            let _ = storage::save_settings(settings);
        }
    });
}
