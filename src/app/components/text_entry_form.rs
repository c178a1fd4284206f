use crate::app::hooks::use_text;
use crate::core::ChangeError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextEntryFormProps {
    /// Unique on the page: names the field, its hint and its error.
    pub id: AttrValue,
    pub label: AttrValue,
    pub submit_label: AttrValue,
    /// Most characters accepted; longer text is refused kindly, never cut.
    pub max: usize,
    /// Saves the text; an error is shown next to the field and the text is kept.
    pub on_submit: Callback<String, Result<(), ChangeError>>,
    #[prop_or_default]
    pub initial: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    /// Put the cursor in the field when it appears (editing an entry).
    #[prop_or_default]
    pub autofocus: bool,
}

/// Near the limit, say how much room is left.
const COUNT_FROM: usize = 100;

/// One labelled text box with its button, hint, character count and error.
#[function_component(TextEntryForm)]
pub fn text_entry_form(props: &TextEntryFormProps) -> Html {
    let t = use_text();
    let value = use_state(|| props.initial.to_string());
    let error = use_state(|| None::<ChangeError>);
    let field = use_node_ref();
    {
        let field = field.clone();
        use_effect_with(props.autofocus, move |autofocus| {
            if *autofocus {
                if let Some(f) = field.cast::<web_sys::HtmlElement>() {
                    let _ = f.focus();
                }
            }
        });
    }
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| value.set(super::value_of(&e)))
    };
    let onsubmit = {
        let (value, error, submit, field) = (
            value.clone(),
            error.clone(),
            props.on_submit.clone(),
            field.clone(),
        );
        let keep = props.on_cancel.is_some();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match submit.emit((*value).clone()) {
                Ok(()) => {
                    error.set(None);
                    if !keep {
                        value.set(String::new());
                    }
                }
                Err(e) => {
                    error.set(Some(e));
                    if let Some(f) = field.cast::<web_sys::HtmlElement>() {
                        let _ = f.focus();
                    }
                }
            }
        })
    };
    let id = &props.id;
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let count_id = format!("{id}-count");
    let used = value.chars().count();
    let show_count = used + COUNT_FROM > props.max;
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        show_count.then_some(count_id.as_str()),
        error.is_some().then_some(error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let over = used > props.max;
    html! {
        <form class="entry-form" {onsubmit} novalidate=true>
            <label for={id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint { <p class="hint" id={hint_id.clone()}>{ hint }</p> }
            <textarea id={id.clone()} ref={field} rows="2" value={(*value).clone()} {oninput}
                aria-describedby={described} aria-invalid={error.is_some().then_some("true")} />
            if show_count {
                <p class={classes!("count", over.then_some("over"))} id={count_id.clone()}>
                    { (t.chars_left)(props.max.saturating_sub(used)) }
                </p>
            }
            if let Some(e) = &*error { <p class="error" id={error_id.clone()}>{ (t.change_error)(e) }</p> }
            <div class="actions">
                <button type="submit">{ &props.submit_label }</button>
                if let Some(cancel) = &props.on_cancel {
                    <button type="button" class="secondary" onclick={cancel.reform(|_| ())}>{ t.cancel }</button>
                }
            </div>
        </form>
    }
}
