use crate::app::components::{focus_soon, TextField};
use crate::app::device::drafts;
use crate::app::hooks::{use_text, use_workspace_actions};
use crate::core::{Agreement, Change, ChangeError, Field, Id};
use crate::text::Text;
use yew::prelude::*;

/// The agreement state in words with a mark: never colour alone.
pub fn agreement_label(t: &Text, a: &Agreement) -> (&'static str, &'static str, String) {
    match a {
        Agreement::Proposed => ("proposed", "○", t.agreement_proposed.to_string()),
        Agreement::Discussed => ("discussed", "◐", t.agreement_discussed.to_string()),
        Agreement::Agreed => ("agreed", "✓", t.agreement_agreed.to_string()),
        Agreement::AgreedToDiffer { difference } => {
            ("differ", "≠", (t.agreement_differ)(difference))
        }
        Agreement::SetAside { reason } => ("aside", "–", (t.agreement_aside)(reason)),
    }
}

#[derive(Properties, PartialEq)]
pub struct AgreementBadgeProps {
    pub agreement: Agreement,
}

#[function_component(AgreementBadge)]
pub fn agreement_badge(props: &AgreementBadgeProps) -> Html {
    let t = use_text();
    let (class, mark, words) = agreement_label(t, &props.agreement);
    html! {
        <p class={classes!("agreement", class)}>
            <span aria-hidden="true" class="mark">{ mark }</span>{ " " }<span class="words">{ words }</span>
        </p>
    }
}

/// Which written answer the person is giving, if any.
#[derive(Clone, Copy, PartialEq, serde::Serialize)]
enum Writing {
    Difference,
    Reason,
}

/// Read by the names serde's derive writes.
impl crate::core::json::FromJson for Writing {
    fn read(r: &mut crate::core::json::Reader) -> crate::core::json::JsonResult<Self> {
        r.name(&["Difference", "Reason"])
            .map(|at| [Writing::Difference, Writing::Reason][at])
    }
}

/// The button that opened the words' form: focus goes back to it when the form closes
/// (saved or cancelled), not to the page's start.
fn opener(dom_id: &str, w: Writing) -> String {
    match w {
        Writing::Difference => format!("{dom_id}-differ"),
        Writing::Reason => format!("{dom_id}-aside"),
    }
}

#[derive(Properties, PartialEq)]
pub struct AgreementControlsProps {
    pub goal: Id,
    pub agreement: Agreement,
    /// Unique prefix for field ids.
    pub dom_id: AttrValue,
}

/// Makes agreement explicit: discussed, agreed, agree to differ (saying how), or set
/// aside (saying why).
#[function_component(AgreementControls)]
pub fn agreement_controls(props: &AgreementControlsProps) -> Html {
    let t = use_text();
    let ws = use_workspace_actions();
    // Half-written words of a difference or a reason are kept like any draft: they come
    // back after another screen, a reload or a closed tab.
    let drafts = use_memo((), {
        let plan = ws.now().plan().map(|p| p.id.clone());
        let key = format!("{}-agreement-words", props.dom_id);
        move |_| drafts::Form::new(plan, &key)
    });
    let kept = use_memo((), {
        let drafts = drafts.clone();
        move |_| drafts.load::<(Writing, String)>().map(|(words, _)| words)
    });
    let writing = use_state(|| kept.as_ref().as_ref().map(|(w, _)| *w));
    let words = use_state(|| {
        kept.as_ref()
            .as_ref()
            .map(|(_, s)| s.clone())
            .unwrap_or_default()
    });
    let error = use_state(|| None::<ChangeError>);
    let forget_draft = {
        let drafts = drafts.clone();
        move || drafts.set_aside()
    };
    let set = |agreement: Agreement| {
        let (goal, writing) = (props.goal.clone(), writing.clone());
        let forget_draft = forget_draft.clone();
        Callback::from(move |_: MouseEvent| {
            forget_draft();
            let _ = ws.now().change(Change::SetGoalAgreement {
                goal: goal.clone(),
                agreement: agreement.clone(),
            });
            writing.set(None);
        })
    };
    let open = |w: Writing| {
        let (writing, words, error) = (writing.clone(), words.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            writing.set(Some(w));
            words.set(String::new());
            error.set(None);
        })
    };
    let onsubmit = {
        let (goal, writing, words, error) = (
            props.goal.clone(),
            writing.clone(),
            words.clone(),
            error.clone(),
        );
        let dom_id = props.dom_id.clone();
        let drafts = drafts.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let agreement = match *writing {
                Some(Writing::Difference) => Agreement::AgreedToDiffer {
                    difference: (*words).clone(),
                },
                Some(Writing::Reason) => Agreement::SetAside {
                    reason: (*words).clone(),
                },
                None => return,
            };
            match ws.now().change(Change::SetGoalAgreement {
                goal: goal.clone(),
                agreement,
            }) {
                Ok(()) | Err(ChangeError::Unchanged) => {
                    drafts.used();
                    if let Some(w) = *writing {
                        focus_soon(opener(&dom_id, w));
                    }
                    writing.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let current =
        |a: &Agreement| std::mem::discriminant(a) == std::mem::discriminant(&props.agreement);
    let pressed = |a: Agreement| current(&a).to_string();
    let id = &props.dom_id;
    html! {
        <div class="agreement-controls" role="group" aria-label={t.agreement_label}>
            <div class="actions">
                <button type="button" class="secondary" aria-pressed={pressed(Agreement::Discussed)} onclick={set(Agreement::Discussed)}>{ t.mark_discussed }</button>
                <button type="button" class="secondary" aria-pressed={pressed(Agreement::Agreed)} onclick={set(Agreement::Agreed)}>{ t.mark_agreed }</button>
                <button type="button" class="secondary" id={opener(id, Writing::Difference)} aria-pressed={pressed(Agreement::AgreedToDiffer { difference: String::new() })}
                    onclick={open(Writing::Difference)}>{ t.mark_differ }</button>
                <button type="button" class="secondary" id={opener(id, Writing::Reason)} aria-pressed={pressed(Agreement::SetAside { reason: String::new() })}
                    onclick={open(Writing::Reason)}>{ t.mark_aside }</button>
            </div>
            if let Some(w) = *writing {
                <form class="entry-form" {onsubmit} novalidate=true>
                    <TextField id={format!("{id}-agreement-words")} multiline=true value={(*words).clone()}
                        label={if w == Writing::Difference { t.differ_label } else { t.aside_label }}
                        on_change={{
                            let (words, drafts) = (words.clone(), drafts.clone());
                            Callback::from(move |v: String| {
                                drafts.keep(&(w, v.clone()), None);
                                words.set(v)
                            })
                        }}
                        error={error.as_ref().filter(|e| matches!(e.field(), Some(Field::Difference | Field::Reason))).map(|e| AttrValue::from((t.change_error)(e)))} />
                    <div class="actions">
                        <button type="submit">{ t.save }</button>
                        <button type="button" class="secondary" onclick={{
                            let (writing, forget_draft, back) = (writing.clone(), forget_draft.clone(), opener(id, w));
                            Callback::from(move |_| { forget_draft(); focus_soon(back.clone()); writing.set(None) })
                        }}>{ t.cancel }</button>
                    </div>
                </form>
            }
        </div>
    }
}
