use crate::app::device::{clock, storage};
use crate::app::hooks::{navigate, use_text, use_workspace};
use crate::app::store::{Msg, Notice};
use crate::core::saved::{self, ReadError, MAX_DOCUMENT_BYTES};
use crate::route::{Route, Screen};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Why a file could not be opened.
#[derive(Clone, PartialEq)]
enum Problem {
    Read(ReadError),
    /// The browser could not read the file, or storage refused it.
    Device,
}

/// Opens a plan downloaded from CoPlan (here or on another device). The file is read in
/// the browser; anything malformed, oversized or from a newer version is refused with a
/// reason and changes nothing. A plan already on this device is added as a copy.
#[function_component(ImportPlan)]
pub fn import_plan() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let problem = use_state(|| None::<Problem>);
    let onchange = {
        let (ws, problem) = (ws.clone(), problem.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            if file.size() > MAX_DOCUMENT_BYTES as f64 {
                problem.set(Some(Problem::Read(ReadError::TooLarge {
                    bytes: file.size() as usize,
                })));
                return;
            }
            let (ws, problem) = (ws.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await else {
                    problem.set(Some(Problem::Device));
                    return;
                };
                let raw = text.as_string().unwrap_or_default();
                let plan = match saved::from_json(&raw) {
                    Ok(loaded) => loaded.plan,
                    Err(e) => {
                        problem.set(Some(Problem::Read(e)));
                        return;
                    }
                };
                let already = storage::read_raw(&plan.id).is_some();
                let plan = if already {
                    saved::as_copy(plan, clock::new_id(), ws.settings.language.text().copy_word)
                } else {
                    plan
                };
                if storage::save(&plan, None).is_err() {
                    problem.set(Some(Problem::Device));
                    return;
                }
                problem.set(None);
                let id = plan.id.clone();
                ws.open(plan, true, false);
                ws.dispatch(Msg::Notify(if already {
                    Notice::ImportedCopy
                } else {
                    Notice::Imported
                }));
                // It came from elsewhere: ask who is writing here before anyone writes.
                ws.dispatch(Msg::AskWhoIsWriting);
                navigate(&Route::plan_screen(&id, Screen::Overview));
            });
        })
    };
    let message = problem.as_ref().map(|p| match p {
        Problem::Read(e) => (t.import_failed)(&(t.read_error)(e)),
        Problem::Device => (t.import_failed)(t.import_unreadable),
    });
    html! {
        <section class="card import" aria-labelledby="import-heading">
            <h2 id="import-heading">{ t.import_heading }</h2>
            <label for="import-file">{ t.import_label }</label>
            <p class="hint" id="import-file-hint">{ t.import_hint }</p>
            <input id="import-file" type="file" accept=".json,application/json" {onchange}
                aria-describedby={if message.is_some() { "import-file-hint import-file-error" } else { "import-file-hint" }} />
            if let Some(m) = message { <p class="error" id="import-file-error" role="alert">{ m }</p> }
        </section>
    }
}
