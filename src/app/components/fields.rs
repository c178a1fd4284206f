//! Labelled form fields with their hint and error, so every form reads and behaves the
//! same: visible labels, errors tied to fields, no silent truncation (no `maxlength`).

use crate::app::hooks::use_text;
use crate::core::change::entry_label;
use crate::core::editor::Editor;
use crate::core::{ChangeError, Field, Id, List, Plan, Typed};
use crate::text::Text;
use std::cell::RefCell;
use yew::prelude::*;

/// The message for `error` if it belongs to `field`.
pub fn error_for(
    t: &crate::text::Text,
    error: &Option<ChangeError>,
    field: Field,
) -> Option<AttrValue> {
    error
        .as_ref()
        .filter(|e| e.field() == Some(field))
        .map(|e| AttrValue::from((t.change_error)(e)))
}

/// The message for `error` if it belongs to none of `fields` (shown with the form).
pub fn error_elsewhere(
    t: &crate::text::Text,
    error: &Option<ChangeError>,
    fields: &[Field],
) -> Option<AttrValue> {
    error
        .as_ref()
        .filter(|e| e.field().is_none_or(|f| !fields.contains(&f)))
        .map(|e| AttrValue::from((t.change_error)(e)))
}

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [
        hint.then(|| format!("{id}-hint")),
        error.then(|| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub multiline: bool,
    /// `text` (default) or `date`.
    #[prop_or_default]
    pub input_type: Option<AttrValue>,
}

/// Every keystroke is reported (`on_change`), so the words are kept from the first one.
/// The field shows what was typed until `value` changes: a re-render for some other
/// reason never puts old words back over new ones, and a refused value (too long)
/// stays on screen with its error.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let id = props.id.to_string();
    let shown = use_mut_ref(|| props.value.to_string());
    let last_value = use_mut_ref(|| props.value.clone());
    if *last_value.borrow() != props.value {
        *shown.borrow_mut() = props.value.to_string();
        *last_value.borrow_mut() = props.value.clone();
    }
    let oninput = {
        let (on_change, shown) = (props.on_change.clone(), shown.clone());
        Callback::from(move |e: InputEvent| {
            let v = super::value_of(&e);
            *shown.borrow_mut() = v.clone();
            on_change.emit(v)
        })
    };
    // Date pickers may report a choice as a change without an input event.
    let onchange = {
        let (on_change, shown) = (props.on_change.clone(), shown.clone());
        Callback::from(move |e: Event| {
            let v = super::value_of(&e);
            if *shown.borrow() != v {
                *shown.borrow_mut() = v.clone();
                on_change.emit(v)
            }
        })
    };
    let value = AttrValue::from(shown.borrow().clone());
    let describedby = described_by(&id, props.hint.is_some(), props.error.is_some());
    let invalid = props.error.is_some().then_some("true");
    html! {
        <div class="field">
            <label for={id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint { <p class="hint" id={format!("{id}-hint")}>{ hint }</p> }
            if props.multiline {
                <textarea id={id.clone()} rows="3" value={value} {oninput} {onchange}
                    aria-describedby={describedby} aria-invalid={invalid} />
            } else {
                <input id={id.clone()} type={props.input_type.clone().unwrap_or("text".into())} value={value}
                    {oninput} {onchange} aria-describedby={describedby} aria-invalid={invalid} />
            }
            if let Some(error) = &props.error { <p class="error" id={format!("{id}-error")}>{ error }</p> }
        </div>
    }
}

/// Words offered to the plan: (what the field last saw in the plan, what it holds now),
/// answered with what became of them and the plan's words now.
pub type TypeWords = Callback<(String, String), Result<(Typed, String), ChangeError>>;

/// Offers what `editor` shows to the plan, typed against its base, and follows what
/// became of it. An unchanged entry is no refusal.
pub fn offer(type_words: &TypeWords, editor: &RefCell<Editor<String>>) -> Result<(), ChangeError> {
    let (base, shown) = {
        let e = editor.borrow();
        (e.base.clone(), e.shown.clone())
    };
    match type_words.emit((base, shown)) {
        Ok((Typed::Applied, now)) => editor.borrow_mut().applied(&now),
        Ok((Typed::KeptBeside, now)) => editor.borrow_mut().kept_beside(&now),
        Err(ChangeError::Unchanged) => {}
        Err(e) => return Err(e),
    }
    Ok(())
}

#[derive(Properties, PartialEq)]
pub struct LiveFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The words as the plan holds them.
    pub value: AttrValue,
    pub type_words: TypeWords,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub input_type: Option<AttrValue>,
}

/// A field always open on words in the plan (no Done): each keystroke goes in as it is
/// typed, against the words the field last saw, so words another tab wrote a moment
/// ago are kept beside, never replaced. A refusal (too long) is shown, and the words
/// stay: on screen, and kept as a draft that the field offers back when it appears
/// again (after going elsewhere, or a reload), until the plan takes them.
#[function_component(LiveField)]
pub fn live_field(props: &LiveFieldProps) -> Html {
    let t = use_text();
    let ws = use_context::<crate::app::hooks::WorkspaceHandle>();
    // Made again each time (a plan's id and a key): cheaper in the download than a hook.
    let drafts = crate::app::device::drafts::Form::new(
        ws.as_ref().and_then(|ws| ws.plan().map(|p| p.id.clone())),
        &props.id,
    );
    let editor = use_mut_ref(|| {
        let value = props.value.to_string();
        match drafts.load::<String>() {
            Some((words, _)) if words != value => Editor::restored(words, value),
            _ => Editor::open(value),
        }
    });
    editor.borrow_mut().follow(&props.value.to_string(), None);
    // Kept words offered back say so, and why the plan did not take them: offered again
    // with the next keystroke, as any refused words are.
    let says_kept = editor.borrow().only_here;
    let error = use_state(|| None::<ChangeError>);
    let on_change = {
        let (editor, error, type_words) = (editor.clone(), error.clone(), props.type_words.clone());
        Callback::from(move |value: String| {
            editor.borrow_mut().shown = value;
            let result = offer(&type_words, &editor);
            match &result {
                Err(_) => drafts.keep(&editor.borrow().shown, None),
                Ok(()) => drafts.used(),
            }
            error.set(result.err());
        })
    };
    let shown = AttrValue::from(editor.borrow().shown.clone());
    html! {
        <>
            <TextField id={props.id.clone()} label={props.label.clone()} value={shown} hint={props.hint.clone()}
                multiline={props.multiline} input_type={props.input_type.clone()} {on_change}
                error={error.as_ref().map(|e| AttrValue::from((t.change_error)(e)))} />
            if says_kept { <p class="hint draft-note">{ t.draft_kept_refused }</p> }
        </>
    }
}

/// Adds the option for what a choice still holds that its list no longer offers (removed
/// since, here or on another device), marked so: otherwise the list would show its first
/// choice in its place, and choosing that one would change nothing.
pub fn hold_removed(
    t: &Text,
    options: &mut Vec<(AttrValue, AttrValue)>,
    value: String,
    plan: &Plan,
    list: List,
    id: &Id,
) {
    if options.iter().any(|(v, _)| *v == value) {
        return;
    }
    if let Some(label) = entry_label(plan, list, id) {
        options.push((value.into(), (t.removed_choice)(&label).into()));
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[function_component(SelectField)]
pub fn select_field(props: &SelectFieldProps) -> Html {
    let id = props.id.to_string();
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| on_change.emit(super::value_of(&e)));
    html! {
        <div class="field">
            <label for={id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint { <p class="hint" id={format!("{id}-hint")}>{ hint }</p> }
            <select id={id.clone()} {onchange} aria-describedby={described_by(&id, props.hint.is_some(), props.error.is_some())}
                aria-invalid={props.error.is_some().then_some("true")}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option key={value.to_string()} value={value.clone()} selected={*value == props.value}>{ label }</option>
                }) }
            </select>
            if let Some(error) = &props.error { <p class="error" id={format!("{id}-error")}>{ error }</p> }
        </div>
    }
}

/// A 0–10 rating as a choice list: large, keyboard-friendly, and "not chosen" is allowed.
#[derive(Properties, PartialEq)]
pub struct RatingFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<u8>,
    pub on_change: Callback<Option<u8>>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[function_component(RatingField)]
pub fn rating_field(props: &RatingFieldProps) -> Html {
    let t = use_text();
    let mut options = vec![(AttrValue::from(""), AttrValue::from(t.not_chosen))];
    options.extend((0..=10u8).map(|n| {
        (
            AttrValue::from(n.to_string()),
            AttrValue::from((t.rating_option)(n)),
        )
    }));
    let on_change = props.on_change.reform(|v: String| v.parse::<u8>().ok());
    let value = props.value.map(|v| v.to_string()).unwrap_or_default();
    html! {
        <SelectField id={props.id.clone()} label={props.label.clone()} {options} value={value} {on_change}
            hint={props.hint.clone()} error={props.error.clone()} />
    }
}

#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    /// Names the group's inputs; unique on the page.
    pub name: AttrValue,
    pub legend: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub on_change: Callback<String>,
}

/// One choice from a few, all visible at once.
#[function_component(RadioGroup)]
pub fn radio_group(props: &RadioGroupProps) -> Html {
    html! {
        <fieldset class="choices">
            <legend>{ &props.legend }</legend>
            { for props.options.iter().map(|(value, label)| {
                let on_change = props.on_change.clone();
                let v = value.to_string();
                let id = format!("{}-{}", props.name, value);
                html! {
                    <div class="choice" key={value.to_string()}>
                        <input type="radio" id={id.clone()} name={props.name.clone()} value={value.clone()}
                            checked={*value == props.value} onchange={Callback::from(move |_| on_change.emit(v.clone()))} />
                        <label for={id}>{ label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxGroupProps {
    pub name: AttrValue,
    pub legend: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: Vec<String>,
    pub on_change: Callback<Vec<String>>,
}

/// Any number of choices from a few.
#[function_component(CheckboxGroup)]
pub fn checkbox_group(props: &CheckboxGroupProps) -> Html {
    html! {
        <fieldset class="choices">
            <legend>{ &props.legend }</legend>
            { for props.options.iter().map(|(value, label)| {
                let v = value.to_string();
                let checked = props.selected.contains(&v);
                let (on_change, selected) = (props.on_change.clone(), props.selected.clone());
                let toggle = Callback::from(move |_| {
                    let mut next: Vec<String> = selected.iter().filter(|s| **s != v).cloned().collect();
                    if !checked {
                        next.push(v.clone());
                    }
                    on_change.emit(next);
                });
                let id = format!("{}-{}", props.name, value);
                html! {
                    <div class="choice" key={value.to_string()}>
                        <input type="checkbox" id={id.clone()} {checked} onchange={toggle} />
                        <label for={id}>{ label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}
