use crate::app::hooks::use_text;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    pub title: AttrValue,
    pub body: AttrValue,
    pub confirm_label: AttrValue,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
    /// Something to offer before a step that cannot be undone (e.g. download a copy).
    #[prop_or_default]
    pub children: Html,
}

/// A modal question before something that cannot be undone. The native `<dialog>`
/// traps focus and closes on Escape; focus returns to where it was.
#[function_component(ConfirmDialog)]
pub fn confirm_dialog(props: &ConfirmDialogProps) -> Html {
    let t = use_text();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let before = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            let dialog = dialog.cast::<web_sys::HtmlDialogElement>();
            if let Some(d) = &dialog {
                let _ = d.show_modal();
            }
            move || {
                // Close first: while the modal is open the rest of the page is inert and
                // cannot take focus back.
                if let Some(d) = dialog {
                    d.close();
                }
                if let Some(el) = before {
                    let _ = el.focus();
                }
            }
        });
    }
    let cancel = props.on_cancel.clone();
    let oncancel = Callback::from(move |e: Event| {
        e.prevent_default();
        cancel.emit(());
    });
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let on_confirm = props.on_confirm.reform(|_: MouseEvent| ());
    html! {
        <dialog ref={dialog} class="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-body" {oncancel}>
            <h2 id="confirm-title">{ &props.title }</h2>
            <p id="confirm-body">{ &props.body }</p>
            { props.children.clone() }
            <div class="actions">
                <button type="button" class="secondary" onclick={on_cancel} autofocus=true>{ t.cancel }</button>
                <button type="button" class="danger" onclick={on_confirm}>{ &props.confirm_label }</button>
            </div>
        </dialog>
    }
}
