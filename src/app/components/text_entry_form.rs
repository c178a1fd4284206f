use super::fields::{offer, TypeWords};
use crate::app::device::drafts;
use crate::app::hooks::{use_text, WorkspaceHandle};
use crate::core::editor::Editor;
use crate::core::ChangeError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextEntryFormProps {
    /// Unique on the page: names the field, its hint and its error, and the draft
    /// kept of what is typed (the same each time the form appears).
    pub id: AttrValue,
    pub label: AttrValue,
    pub submit_label: AttrValue,
    /// Most characters accepted; longer text is refused kindly, never cut.
    pub max: usize,
    /// Adds the text (or, with `live`, closes the editor); an error is shown next to
    /// the field and the text is kept.
    pub on_submit: Callback<String, Result<(), ChangeError>>,
    /// Editing words already in the plan: each keystroke (and Done) is offered here as
    /// (the words as the plan held them when this editor last saw them, the words now),
    /// so the words are in the plan as they are typed, and never replace words another
    /// tab wrote meanwhile. It answers what became of them and the plan's words now.
    /// A refusal is shown and the words kept.
    #[prop_or_default]
    pub live: Option<TypeWords>,
    /// The plan's words (with `live`, kept current: another tab's or an undo's words
    /// come into the open editor unless the words on screen are the ones kept beside).
    #[prop_or_default]
    pub initial: AttrValue,
    /// With `live`: the words kept beside the plan's after a clash, if any.
    #[prop_or_default]
    pub kept: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Put the cursor in the field when it appears (editing an entry).
    #[prop_or_default]
    pub autofocus: bool,
    /// One line (a name) rather than a box for sentences.
    #[prop_or_default]
    pub single_line: bool,
    /// The name the draft is kept under, when not `id`.
    #[prop_or_default]
    pub draft_key: Option<AttrValue>,
}

/// Near the limit, say how much room is left.
const COUNT_FROM: usize = 100;

/// One labelled text box with its button, hint, character count and error. What is
/// typed is kept from the first keystroke: in the plan (`live`), or as a draft that the
/// form offers back when it appears again (see `device::drafts`).
#[function_component(TextEntryForm)]
pub fn text_entry_form(props: &TextEntryFormProps) -> Html {
    let t = use_text();
    // Outside a plan (or outside the App) there is nowhere to keep a draft.
    let ws = use_context::<WorkspaceHandle>();
    let plan = ws.as_ref().and_then(|ws| ws.plan().map(|p| p.id.clone()));
    let drafts = use_memo((), {
        let key = props.draft_key.as_ref().unwrap_or(&props.id).to_string();
        move |_| drafts::Form::new(plan, &key)
    });
    let kept = use_memo((), {
        let drafts = drafts.clone();
        move |_| drafts.load::<String>().map(|(words, _)| words)
    });
    // "We kept what you were writing": said of a restored draft until its words are
    // added, or emptied.
    let says_kept = use_mut_ref(|| kept.is_some());
    // The words on screen, current at every keystroke (never a copy from the last
    // render), and what they were typed against.
    let value = use_mut_ref(|| {
        let initial = props.initial.to_string();
        match (*kept).clone() {
            Some(draft) => Editor::restored(draft, initial),
            None => Editor::open(initial),
        }
    });
    if props.live.is_some() {
        let beside = props.kept.as_ref().map(|k| k.to_string());
        value
            .borrow_mut()
            .follow(&props.initial.to_string(), beside.as_ref());
    }
    let rerender = use_force_update();
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
    // After each keystroke: words the plan cannot take yet (`unsaved`: new words before
    // Add, or refused) are kept; emptied ones set aside; words the plan took, used.
    let remember = {
        let (drafts, says_kept) = (drafts.clone(), says_kept.clone());
        move |text: &str, unsaved: bool| {
            if text.trim().is_empty() {
                drafts.set_aside();
                *says_kept.borrow_mut() = false;
            } else if unsaved {
                drafts.keep(&text.to_string(), None);
            } else {
                drafts.used();
            }
        }
    };
    let oninput = {
        let (value, error, live, remember, max) = (
            value.clone(),
            error.clone(),
            props.live.clone(),
            remember.clone(),
            props.max,
        );
        Callback::from(move |e: InputEvent| {
            let text = super::value_of(&e);
            value.borrow_mut().shown = text.clone();
            match &live {
                Some(live) => {
                    let result = offer(live, &value);
                    remember(&text, result.is_err());
                    error.set(result.err());
                }
                None => {
                    remember(&text, true);
                    // A refusal of Add (nothing written, too long) goes once the words
                    // would be taken: it no longer applies.
                    if error.is_some() && !text.trim().is_empty() && text.chars().count() <= max {
                        error.set(None);
                    }
                }
            }
            rerender.force_update();
        })
    };
    let onsubmit = {
        let (value, error, submit, field) = (
            value.clone(),
            error.clone(),
            props.on_submit.clone(),
            field.clone(),
        );
        let (live, says_kept) = (props.live.clone(), says_kept.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = value.borrow().shown.clone();
            // Done offers the words once more, typed against what this editor last saw,
            // so words the plan no longer holds never go in as if they were new.
            let offered = match &live {
                Some(live) => offer(live, &value).map(|_| ()),
                None => Ok(()),
            };
            match offered.and_then(|()| submit.emit(text)) {
                Ok(()) => {
                    error.set(None);
                    if live.is_none() {
                        value.borrow_mut().shown.clear();
                    }
                    drafts.used();
                    *says_kept.borrow_mut() = false;
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
    let text = value.borrow().shown.clone();
    let id = &props.id;
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let count_id = format!("{id}-count");
    let used = text.chars().count();
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
            if props.single_line {
                <input type="text" id={id.clone()} ref={field} value={text} {oninput}
                    aria-describedby={described} aria-invalid={error.is_some().then_some("true")} />
            } else {
                <textarea id={id.clone()} ref={field} rows="2" value={text} {oninput}
                    aria-describedby={described} aria-invalid={error.is_some().then_some("true")} />
            }
            if show_count {
                <p class={classes!("count", over.then_some("over"))} id={count_id.clone()}>
                    // Over the limit, how much to cut (a long paste may be far over).
                    if over { { (t.chars_over)(used - props.max) } } else { { (t.chars_left)(props.max - used) } }
                </p>
            }
            if let Some(e) = &*error { <p class="error" id={error_id.clone()}>{ (t.change_error)(e) }</p> }
            if *says_kept.borrow() && props.live.is_none() { <p class="hint draft-note">{ t.draft_kept }</p> }
            <div class="actions">
                <button type="submit">{ &props.submit_label }</button>
            </div>
        </form>
    }
}
