use crate::app::components::{focus_soon, helps_summary};
use crate::app::device::clock;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::prepare::{agenda, upcoming_visit};
use crate::core::together::goal_from_topic;
use crate::core::{AgendaItem, AgendaKind, AuthorRole, Change, Item};
use yew::prelude::*;

/// The person's agenda, first thing in the consultation: topics in their order with the
/// one thing first, and questions. Each can be marked discussed, and a topic can become
/// a goal in one step.
#[function_component(AgendaPanel)]
pub fn agenda_panel() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let Some(visit) = upcoming_visit(plan) else {
        return html! {
            <aside class="agenda-panel card" aria-labelledby="agenda-panel-heading">
                <h2 id="agenda-panel-heading">{ t.agenda_panel_heading }</h2>
                <p class="empty">{ t.agenda_panel_empty }</p>
            </aside>
        };
    };
    let item = |(i, e): (usize, &crate::core::Entry<AgendaItem>)| {
        let (id, body) = (e.id.clone(), e.body.clone());
        let toggle = {
            let (ws, id) = (ws.clone(), id.clone());
            Callback::from(move |_| {
                let _ = ws.edit::<AgendaItem>(&id, |b| b.discussed = !b.discussed);
            })
        };
        let make_goal = {
            let (ws, id, body) = (ws.clone(), id.clone(), body.clone());
            Callback::from(move |_| {
                let goal = clock::new_id();
                let mut changes = vec![Change::Add(Item::Goal(
                    goal.clone(),
                    // The person raised it, whoever is typing: they can change that.
                    goal_from_topic(&body.text, AuthorRole::Person),
                ))];
                if !body.discussed {
                    changes.push(Change::Edit(Item::AgendaItem(
                        id.clone(),
                        AgendaItem {
                            discussed: true,
                            ..body.clone()
                        },
                    )));
                }
                if ws.change(Change::Batch(changes)).is_ok() {
                    focus_soon(format!("goal-{goal}-title"));
                }
            })
        };
        let check_id = format!("discussed-{id}");
        html! {
            <li key={id.to_string()} class={classes!("agenda-item", body.discussed.then_some("done"))}>
                <p class="entry-text">
                    if body.kind == AgendaKind::Topic && i == 0 { <strong class="badge one-thing">{ t.one_thing }</strong>{ " " } }
                    <span class="entry-words">{ &body.text }</span>
                    // Talked about is marked beside the person's words, never across them.
                    if body.discussed { { " " }<span class="talked-about"><span aria-hidden="true">{ "✓ " }</span>{ t.discussed_label }</span> }
                </p>
                if editable {
                    <div class="choice">
                        <input type="checkbox" id={check_id.clone()} checked={body.discussed} onchange={toggle} />
                        <label for={check_id}>{ t.discussed_label }</label>
                    </div>
                    if body.kind == AgendaKind::Topic {
                        <button type="button" class="secondary" onclick={make_goal} aria-label={(t.make_goal_named)(&body.text)}>{ t.make_goal }</button>
                    }
                }
            </li>
        }
    };
    let list = |kind, label: &'static str| {
        let entries: Vec<_> = agenda(plan, &visit.id, kind).collect();
        html! {
            if !entries.is_empty() {
                <h3>{ label }</h3>
                <ol class="agenda-list" aria-label={label}>{ for entries.into_iter().enumerate().map(item) }</ol>
            }
        }
    };
    let date = visit.body.date.map(|d| (t.format_date)(&d));
    html! {
        <aside class="agenda-panel card" aria-labelledby="agenda-panel-heading">
            <h2 id="agenda-panel-heading">{ t.agenda_panel_heading }</h2>
            <p class="meta">{ (t.visit_line)(date.as_deref(), &visit.body.with_whom) }</p>
            { list(AgendaKind::Topic, t.topics_heading) }
            { list(AgendaKind::Question, t.questions_heading) }
            if !visit.body.hopes.is_empty() { <h3>{ t.hopes_label }</h3><p class="entry-text">{ &visit.body.hopes }</p> }
            if !visit.body.worries.is_empty() { <h3>{ t.worries_label }</h3><p class="entry-text">{ &visit.body.worries }</p> }
            if !visit.body.changes_since_last_time.is_empty() {
                <h3>{ t.changes_label }</h3><p class="entry-text">{ &visit.body.changes_since_last_time }</p>
            }
            { helps_summary(t, plan, 3) }
        </aside>
    }
}
