use crate::app::components::{ScanCode, ShareLink, TextField};
use crate::app::device::{files, seal};
use crate::app::hooks::{use_text, use_workspace};
use crate::route::{Route, Screen};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// "Share or move this plan": every way the plan leaves this device, each saying in one
/// sentence what it holds and who can read it — a link with its QR code, a file, the
/// device's own share sheet where the browser has one, and paper — then, for a shared
/// clinic PC, the way to forget the plan here.
#[function_component(SharePage)]
pub fn share_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let copies = use_state(|| 0u32);
    let passphrase = use_state(String::new);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    // A passphrase too short to protect anything is not used; the field says so.
    let too_short = !passphrase.is_empty() && passphrase.chars().count() < 8;
    let usable = if too_short {
        String::new()
    } else {
        (*passphrase).clone()
    };
    let download = {
        let (plan, copies, usable) = (plan.clone(), copies.clone(), usable.clone());
        Callback::from(move |_| {
            if usable.is_empty() {
                if files::download_plan(&plan).is_ok() {
                    copies.set(*copies + 1);
                }
                return;
            }
            let (plan, copies, usable) = (plan.clone(), copies.clone(), usable.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let json = crate::core::saved::to_json(&plan);
                if let Some(sealed) = seal::seal(json.as_bytes(), &usable).await {
                    let today = crate::app::device::clock::today();
                    let name = files::file_name(&plan.name, &today, ".coplan.json");
                    let text = crate::core::saved::to_sealed_json(&sealed);
                    if files::download(&name, "application/json", &text).is_ok() {
                        crate::app::device::storage::note_copied(&plan);
                        copies.set(*copies + 1);
                    }
                }
            });
        })
    };
    let on_passphrase = {
        let passphrase = passphrase.clone();
        Callback::from(move |v: String| passphrase.set(v))
    };
    let share_sheet = share_sheet_available().then(|| {
        let name = plan.name.clone();
        Callback::from(move |_| open_share_sheet(&name))
    });
    let agreed = Route::plan_screen(&plan.id, Screen::WhatWeAgreed).to_hash();
    let appointment = Route::plan_screen(&plan.id, Screen::ForMyAppointment).to_hash();
    html! {
        <section class="page share">
            <h1>{ t.nav_share }</h1>
            <p class="intro">{ t.share_intro }</p>
            <section class="card passphrase" aria-labelledby="passphrase-heading">
                <h2 id="passphrase-heading" class="visually-hidden">{ t.locked_label }</h2>
                if seal::available() {
                    <TextField id="share-passphrase" label={t.passphrase_label} input_type={AttrValue::from("password")}
                        value={(*passphrase).clone()} on_change={on_passphrase} hint={AttrValue::from(t.passphrase_hint)}
                        error={too_short.then(|| AttrValue::from(t.passphrase_too_short))} />
                } else {
                    <p>{ t.passphrase_unavailable }</p>
                }
            </section>
            <ShareLink passphrase={usable.clone()} passphrase_above=true />
            <ScanCode />
            <section class="card" aria-labelledby="share-file-heading">
                <h2 id="share-file-heading">{ t.share_file_heading }</h2>
                <p>{ t.share_file_body }</p>
                <div class="actions">
                    <button type="button" onclick={download}>{ t.export_button }</button>
                    if let Some(onclick) = share_sheet {
                        <button type="button" class="secondary" {onclick}>{ t.share_sheet_button }</button>
                    }
                </div>
            </section>
            <super::health_record::HealthRecordExport />
            <section class="card" aria-labelledby="share-paper-heading">
                <h2 id="share-paper-heading">{ t.share_print_heading }</h2>
                <p>{ t.share_print_body }</p>
                <ul>
                    <li><a href={appointment}>{ t.nav_for_appointment }</a></li>
                    <li><a href={agreed.clone()}>{ t.nav_agreed }</a></li>
                </ul>
            </section>
            if *copies > 0 || crate::app::device::storage::last_copied(&plan.id).is_some() {
                <section class="card" aria-labelledby="share-forget-heading">
                    <h2 id="share-forget-heading">{ t.forget_heading }</h2>
                    <p>{ t.share_forget_body }</p>
                    <p><a href={agreed}>{ t.forget_button }</a></p>
                </section>
            }
        </section>
    }
}

/// Whether the browser has its own share sheet (phones mostly; the Web Share API).
fn share_sheet_available() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

/// Offers the app's address through the device's share sheet. The plan itself goes by
/// link or file; the sheet carries the link the person makes above, or the file.
fn open_share_sheet(name: &str) {
    let Some(w) = web_sys::window() else { return };
    let link = w
        .document()
        .and_then(|d| d.get_element_by_id("plan-link"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|t| t.value())
        .filter(|v| !v.is_empty());
    let Some(url) = link else {
        // Nothing to share yet: make the link first (the button is above).
        if let Some(button) = w
            .document()
            .and_then(|d| d.query_selector(".share-link button").ok().flatten())
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
        return;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &name.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    if let Ok(share) = js_sys::Reflect::get(&w.navigator(), &"share".into()) {
        if let Ok(f) = share.dyn_into::<js_sys::Function>() {
            let _ = f.call1(&w.navigator(), &data);
        }
    }
}
