use crate::app::components::{edit_words, moves, next_step, LiveField, TextEntryForm, TextItem};
use crate::app::device::clock;
use crate::app::hooks::{use_text, use_workspace, WorkspaceHandle};
use crate::core::change::MAX_TEXT;
use crate::core::prepare::{agenda, visit_being_prepared, visit_that_has_been};
use crate::core::{
    AgendaItem, AgendaKind, CalendarDate, Change, ChangeError, Id, Item, List, Typed, Visit,
};
use crate::route::Screen;
use yew::prelude::*;

/// Saves a detail of the visit being prepared, typed against `base` (what the field
/// last saw in the plan), starting the visit if there is none yet. Answers what became
/// of the words and the detail as the plan now holds it.
fn save_visit(
    ws: &WorkspaceHandle,
    detail: VisitDetail,
    (base, value): (String, String),
    burst: &str,
) -> Result<(Typed, String), ChangeError> {
    let today = clock::today();
    let existing = ws
        .plan()
        .and_then(|p| visit_being_prepared(p, today))
        .map(|v| v.id.clone());
    let typed = match existing {
        Some(id) => {
            ws.type_field::<Visit>(&id, |v, s| detail.set(v, s), base, value, burst.to_string())?
        }
        None => {
            let mut visit = Visit::default();
            detail.set(&mut visit, value);
            ws.type_change(
                Change::Add(Item::Visit(clock::new_id(), visit)),
                burst.to_string(),
            )?;
            Typed::Applied
        }
    };
    let now = ws
        .plan()
        .and_then(|p| visit_being_prepared(p, today))
        .map(|v| detail.get(&v.body));
    Ok((typed, now.unwrap_or_default()))
}

/// Adds a topic or question, starting the visit in the same step if needed.
fn add_item(ws: &WorkspaceHandle, kind: AgendaKind, text: String) -> Result<(), ChangeError> {
    let item = |visit: Id| {
        Change::Add(Item::AgendaItem(
            clock::new_id(),
            AgendaItem {
                visit,
                kind,
                text,
                discussed: false,
                because: None,
            },
        ))
    };
    let today = clock::today();
    match ws
        .plan()
        .and_then(|p| visit_being_prepared(p, today))
        .map(|v| v.id.clone())
    {
        Some(visit) => ws.change(item(visit)),
        None => {
            let visit = clock::new_id();
            ws.change(Change::Batch(vec![
                Change::Add(Item::Visit(visit.clone(), Visit::default())),
                item(visit),
            ]))
        }
    }
}

/// "My agenda for the visit": when and with whom, topics with the one thing first,
/// questions, and what has changed, worries and hopes.
#[function_component(AgendaPage)]
pub fn agenda_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let today = clock::today();
    let visit = visit_being_prepared(plan, today);
    let v = visit.map(|v| v.body.clone()).unwrap_or_default();
    let items = |kind| -> Vec<(Id, AgendaItem)> {
        visit
            .map(|v| {
                agenda(plan, &v.id, kind)
                    .map(|e| (e.id.clone(), e.body.clone()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let topics = items(AgendaKind::Topic);
    let questions = items(AgendaKind::Question);

    let adder = |kind: AgendaKind| {
        let ws = ws.clone();
        Callback::from(move |text: String| add_item(&ws, kind, text))
    };
    let list = |entries: &[(Id, AgendaItem)],
                kind: AgendaKind,
                after_remove: &'static str,
                label: &'static str| {
        let ids: Vec<Id> = entries.iter().map(|(id, _)| id.clone()).collect();
        html! {
            <ol class="entries" aria-label={label}>
                { for entries.iter().enumerate().map(|(i, (id, item))| {
                    let (move_up, move_down) = moves(List::AgendaItems, &ids, i);
                    let (edit, kept) = edit_words::<AgendaItem>(&ws, id, |b| &mut b.text, format!("agenda-{id}"));
                    let badge = (kind == AgendaKind::Topic && i == 0).then(|| AttrValue::from(t.one_thing));
                    let note = item.because.as_ref().map(|b| AttrValue::from(format!("{}: {}", t.follow.why_label, crate::app::pages::follow::why(t, plan, b))));
                    html! {
                        <TextItem key={id.to_string()} dom_id={format!("agenda-{id}")} text={item.text.clone()} {edit} {kept}
                            remove={Change::Remove { list: List::AgendaItems, id: id.clone() }} {move_up} {move_down}
                            edit_label={t.agenda_edit_label} {after_remove} {editable} {badge} {note} />
                    }
                }) }
            </ol>
        }
    };
    let unused_prompts: Vec<&'static str> = t
        .prompt_questions
        .iter()
        .copied()
        .filter(|p| !questions.iter().any(|(_, q)| q.text == *p))
        .collect();
    html! {
        <section class="page agenda">
            <h1>{ t.agenda_title }</h1>
            <p class="intro">{ t.agenda_intro }</p>
            // After a visit (it has been, goals agreed or check-ins made): what to take
            // to the next, with the follow-through part.
            if !ws.is_read_only() && (!plan.check_ins.is_empty() || !plan.goals.is_empty()
                || visit_that_has_been(plan, today).is_some()) {
                <crate::app::parts::InPart piece={crate::app::parts::Piece::NextVisit} />
            }
            <section class="card" aria-labelledby="visit-heading">
                <h2 id="visit-heading">{ t.visit_heading }</h2>
                <div class="field-row">
                    <VisitField id="visit-date" label={t.visit_date_label}
                        value={v.date.map(|d| d.to_string()).unwrap_or_default()} detail={VisitDetail::Date} />
                    <VisitField id="visit-with" label={t.visit_with_label} value={v.with_whom.clone()}
                        hint={AttrValue::from(t.visit_with_hint)} detail={VisitDetail::WithWhom} />
                </div>
            </section>
            <section aria-labelledby="topics-heading">
                <h2 id="topics-heading" tabindex="-1">{ t.topics_heading }</h2>
                if topics.is_empty() { <p class="empty">{ t.topics_empty }</p> } else { { list(&topics, AgendaKind::Topic, "new-topic", t.topics_heading) } }
                if editable {
                    <TextEntryForm id="new-topic" label={t.topic_label} submit_label={t.add_topic} max={MAX_TEXT} on_submit={adder(AgendaKind::Topic)} />
                }
            </section>
            <section aria-labelledby="questions-heading">
                <h2 id="questions-heading">{ t.questions_heading }</h2>
                if questions.is_empty() { <p class="empty">{ t.questions_empty }</p> } else { { list(&questions, AgendaKind::Question, "new-question", t.questions_heading) } }
                if editable {
                    <TextEntryForm id="new-question" label={t.question_label} submit_label={t.add_question} max={MAX_TEXT} on_submit={adder(AgendaKind::Question)} />
                    if !unused_prompts.is_empty() {
                        <div class="prompt-buttons" role="group" aria-labelledby="prompts-label">
                            <p id="prompts-label" class="hint">{ t.prompts_label }</p>
                            { for unused_prompts.iter().enumerate().map(|(i, p)| {
                                let (ws, text) = (ws.clone(), p.to_string());
                                // The button goes once its question is added: focus moves to
                                // the suggestion now in its place, or the one before, or the
                                // question's own field.
                                let onclick = Callback::from(move |_| {
                                    if add_item(&ws, AgendaKind::Question, text.clone()).is_ok() {
                                        let ids = vec![format!("prompt-{i}"), format!("prompt-{}", i.saturating_sub(1)), "new-question".into()];
                                        crate::app::components::focus_soon_first(ids);
                                    }
                                });
                                html! { <button type="button" class="secondary" id={format!("prompt-{i}")} key={*p} {onclick} aria-label={(t.add_named)(p)}>{ "+ " }{ *p }</button> }
                            }) }
                        </div>
                    }
                }
            </section>
            <section class="card" aria-labelledby="more-heading">
                <h2 id="more-heading">{ t.more_heading }</h2>
                <VisitField id="visit-changes" label={t.changes_label} multiline=true value={v.changes_since_last_time.clone()}
                    detail={VisitDetail::Changes} />
                <VisitField id="visit-worries" label={t.worries_label} multiline=true value={v.worries.clone()}
                    detail={VisitDetail::Worries} />
                <VisitField id="visit-hopes" label={t.hopes_label} multiline=true value={v.hopes.clone()}
                    detail={VisitDetail::Hopes} />
            </section>
            { next_step(t, plan, Screen::Agenda) }
        </section>
    }
}

/// The details of a visit the person fills in before it.
#[derive(Clone, Copy, PartialEq)]
enum VisitDetail {
    Date,
    WithWhom,
    Changes,
    Worries,
    Hopes,
}

impl VisitDetail {
    fn set(self, v: &mut Visit, s: String) {
        match self {
            VisitDetail::Date => v.date = CalendarDate::parse(&s),
            VisitDetail::WithWhom => v.with_whom = s,
            VisitDetail::Changes => v.changes_since_last_time = s,
            VisitDetail::Worries => v.worries = s,
            VisitDetail::Hopes => v.hopes = s,
        }
    }

    fn get(self, v: &Visit) -> String {
        match self {
            VisitDetail::Date => v.date.map(|d| d.to_string()).unwrap_or_default(),
            VisitDetail::WithWhom => v.with_whom.clone(),
            VisitDetail::Changes => v.changes_since_last_time.clone(),
            VisitDetail::Worries => v.worries.clone(),
            VisitDetail::Hopes => v.hopes.clone(),
        }
    }
}

#[derive(Properties, PartialEq)]
struct VisitFieldProps {
    id: AttrValue,
    label: AttrValue,
    value: AttrValue,
    detail: VisitDetail,
    #[prop_or_default]
    hint: Option<AttrValue>,
    #[prop_or_default]
    multiline: bool,
}

/// A detail of the visit, in the plan as it is typed (one step per field); a refusal
/// (too long) is shown by the field and the words stay in it.
#[function_component(VisitField)]
fn visit_field(props: &VisitFieldProps) -> Html {
    let ws = use_workspace();
    let type_words = {
        let (detail, burst) = (props.detail, props.id.to_string());
        Callback::from(move |typed: (String, String)| save_visit(&ws, detail, typed, &burst))
    };
    let input_type = (props.detail == VisitDetail::Date).then(|| AttrValue::from("date"));
    html! {
        <LiveField id={props.id.clone()} label={props.label.clone()} value={props.value.clone()} hint={props.hint.clone()}
            multiline={props.multiline} {input_type} {type_words} />
    }
}
