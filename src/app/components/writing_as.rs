use super::focus_soon;
use crate::app::hooks::{use_text, use_workspace};
use yew::prelude::*;

/// Who is writing, repeated where the two write together, with a way to the switch.
/// Every entry records its author, so this must never be in doubt.
#[function_component(WritingAs)]
pub fn writing_as() -> Html {
    let t = use_text();
    let ws = use_workspace();
    if ws.is_read_only() {
        return html! {};
    }
    let change = Callback::from(|_| focus_soon("author-select".into()));
    html! {
        <p class="writing-as">
            { t.writing_as }{ ": " }<strong>{ (t.author)(ws.author) }</strong>{ " " }
            <button type="button" class="link-button" onclick={change}>{ t.change_author }</button>
        </p>
    }
}
