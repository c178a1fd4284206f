use crate::app::hooks::WorkspaceHandle;
use crate::settings::Settings;
use crate::text::{Language, Text};
use yew::prelude::*;

/// Language and larger text: always in reach, remembered on this device.
pub fn display_settings(t: &Text, ws: &WorkspaceHandle) -> Html {
    let settings = ws.settings;
    let on_language = {
        let ws = ws.clone();
        Callback::from(move |e: Event| {
            let language = Language::from_code(&super::value_of(&e)).unwrap_or_default();
            ws.set_settings(Settings {
                language,
                ..settings
            });
        })
    };
    let on_larger = {
        let ws = ws.clone();
        Callback::from(move |_| {
            ws.set_settings(Settings {
                larger_text: !settings.larger_text,
                ..settings
            })
        })
    };
    html! {
        <div class="display-settings">
            <div class="inline">
                <label for="language-select">{ t.language_label }</label>
                <select id="language-select" onchange={on_language}>
                    { for Language::ALL.iter().map(|l| html! {
                        <option key={l.code()} value={l.code()} lang={l.code()} selected={*l == settings.language}>
                            { l.own_name() }
                        </option>
                    }) }
                </select>
            </div>
            <button type="button" class="secondary" aria-pressed={settings.larger_text.to_string()} onclick={on_larger}>
                <span aria-hidden="true" class="glyph">{ "A+" }</span>{ t.larger_text }
            </button>
        </div>
    }
}
