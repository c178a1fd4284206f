use crate::app::hooks::{use_text, use_workspace};
use crate::core::AuthorRole;
use yew::prelude::*;

/// Asked once when a plan arrives from another device (a clinic PC opening the
/// person's file): every entry records its author, so the default must not be assumed.
#[function_component(WhoIsWriting)]
pub fn who_is_writing() -> Html {
    let t = use_text();
    let ws = use_workspace();
    if !ws.ask_author || ws.is_read_only() || ws.plan().is_none() {
        return html! {};
    }
    html! {
        <section class="card who-is-writing" aria-labelledby="who-is-writing-heading">
            <h2 id="who-is-writing-heading">{ t.who_is_writing_title }</h2>
            <p>{ t.who_is_writing_body }</p>
            <div class="actions">
                { for AuthorRole::ALL.iter().map(|role| {
                    let (ws, role) = (ws.clone(), *role);
                    html! { <button type="button" class="secondary" key={(t.author)(role)} onclick={Callback::from(move |_| ws.write_as(role))}>{ (t.author)(role) }</button> }
                }) }
            </div>
        </section>
    }
}
