use crate::app::components::TextField;
use crate::app::device::clock;
use crate::app::hooks::WorkspaceHandle;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::calendar::next_visit_date;
use crate::core::follow::{next_visit_suggestions, Suggestion, SuggestionsFrom};
use crate::core::prepare::{carry_over, not_discussed, visit_being_prepared, visit_that_has_been};
use crate::core::{AgendaItem, Because, CalendarDate, Change, Item, Plan, Visit};
use std::collections::HashSet;
use yew::prelude::*;

/// "Prepare my next visit": the agenda starts from what is open since last time, each
/// suggestion with why it is there; the person unticks what they do not want to bring.
#[function_component(NextVisit)]
pub fn next_visit() -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let date = use_state(|| None::<CalendarDate>);
    // Suggestions whose tick the person changed from what is offered, each known by why
    // and what it is (not by its place: a new date counts them again, and those due for
    // review come first, so places shift).
    let flipped = use_state(Vec::<Flipped>::new);
    let done = use_state(|| false);
    let today = clock::today();
    // Only a plan this device may write that has something to suggest from.
    let offers = ws
        .plan()
        .filter(|p| !(ws.is_read_only() || p.check_ins.is_empty() && p.goals.is_empty()));
    // The visit being prepared, if it has not been yet; otherwise a new one.
    let coming = offers.and_then(|p| visit_being_prepared(p, today));
    // The date typed here is for a visit still to start; the one being prepared keeps its own.
    let visit_date = offers.map(|plan| {
        coming
            .map_or(*date, |v| v.body.date)
            .or_else(|| next_visit_date(plan, today))
            .unwrap_or_else(|| today.add_days(28))
    });
    let plan_and_date = offers.zip(visit_date);
    // Counted again only when what they are made from changes (see `SuggestionsFrom`).
    let offered = use_memo(
        plan_and_date.map(|(p, d)| SuggestionsFrom::new(p, d, today)),
        |_| {
            plan_and_date
                .map(|(p, d)| next_visit_suggestions(p, d, today))
                .unwrap_or_default()
        },
    );
    let has_been = if ws.is_read_only() {
        html! {}
    } else {
        visit_has_been(t, &ws)
    };
    let Some((plan, visit_date)) = plan_and_date else {
        return has_been;
    };
    // The visit being prepared already has its date on the agenda ("The visit"): the card
    // asks for one only for a visit still to start, so the screen never has two.
    let asks_date = coming.is_none();
    let on_agenda: HashSet<&str> = coming
        .map(|v| {
            Plan::live(&plan.agenda_items)
                .filter(|a| a.body.visit == v.id)
                .map(|a| a.body.text.as_str())
                .collect()
        })
        .unwrap_or_default();
    let suggestions: Vec<Suggestion> = offered
        .iter()
        .cloned()
        .map(|mut s| {
            if matches!(s.because, Because::JoiningUp(_)) {
                s.text = (t.follow.joined_up_topic)(&s.text);
            }
            s
        })
        .filter(|s| !on_agenda.contains(s.text.as_str()))
        .collect();
    let start = {
        let (ws, suggestions, flipped, done) = (
            ws.clone(),
            suggestions.clone(),
            flipped.clone(),
            done.clone(),
        );
        let coming = coming.map(|v| v.id.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut changes = vec![];
            let visit = match &coming {
                Some(id) => id.clone(),
                None => {
                    let id = clock::new_id();
                    changes.push(Change::Add(Item::Visit(
                        id.clone(),
                        Visit {
                            date: Some(visit_date),
                            ..Visit::default()
                        },
                    )));
                    id
                }
            };
            for s in &suggestions {
                if s.secondary != is_flipped(&flipped, s) {
                    continue;
                }
                changes.push(Change::Add(Item::AgendaItem(
                    clock::new_id(),
                    AgendaItem {
                        visit: visit.clone(),
                        kind: s.kind,
                        text: s.text.clone(),
                        discussed: false,
                        because: Some(s.because.clone()),
                    },
                )));
            }
            if ws.change(Change::Batch(changes)).is_ok() {
                flipped.set(vec![]);
                done.set(true);
            }
        })
    };
    let on_date = {
        let date = date.clone();
        Callback::from(move |v: String| {
            if let Some(d) = CalendarDate::parse(&v) {
                date.set(Some(d));
            }
        })
    };
    // Nothing to bring to a visit already being prepared: the card would only take room.
    if suggestions.is_empty() && !asks_date && !*done {
        return has_been;
    }
    html! {
        <>
        { has_been }
        <section class="card next-visit" aria-labelledby="next-visit-heading">
            <h2 id="next-visit-heading">{ f.next_visit_heading }</h2>
            <p role="status" class="saved-status">{ if *done { f.next_visit_done } else { "" } }</p>
            <p>{ f.next_visit_intro }</p>
            <form onsubmit={start} class="entry-form">
                if asks_date {
                    <TextField id="next-visit-date" label={f.next_visit_date} value={visit_date.to_string()}
                        input_type={Some(AttrValue::from("date"))} on_change={on_date} />
                }
                if suggestions.is_empty() && asks_date && !*done {
                    // After a visit, with nothing open: the next visit still starts here,
                    // so what the person writes below goes to it, not the one that has been.
                    <p>{ f.next_visit_none_new }</p>
                    <button type="submit">{ f.next_visit_begin }</button>
                } else if !suggestions.is_empty() {
                    { suggestion_group(t, plan, &suggestions, false, (f.suggestions_count)(suggestions.iter().filter(|s| !s.secondary).count()), &flipped) }
                    { suggestion_group(t, plan, &suggestions, true, f.other_notes_legend.to_string(), &flipped) }
                    <button type="submit">{ f.next_visit_start }</button>
                }
            </form>
        </section>
        </>
    }
}

/// After a visit: it is said to have been (what is written now is for the next one), and
/// what it did not talk about is offered to bring to the next, in one step. Once the next
/// visit is started, said only while there is something to bring.
fn visit_has_been(t: &'static crate::text::Text, ws: &WorkspaceHandle) -> Html {
    let today = clock::today();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let Some(v) = visit_that_has_been(plan, today) else {
        return html! {};
    };
    let left = not_discussed(plan, &v.id).count();
    if left == 0 && visit_being_prepared(plan, today).is_some() {
        return html! {};
    }
    let date = v.body.date.map(|d| (t.format_date)(&d)).unwrap_or_default();
    let bring = {
        let ws = ws.clone();
        Callback::from(move |_: MouseEvent| {
            let change = ws
                .plan()
                .and_then(|p| carry_over(p, clock::today(), clock::new_id()));
            if change.is_some_and(|c| ws.change(c).is_ok()) {
                crate::app::components::focus_soon("topics-heading".into());
            }
        })
    };
    html! {
        <div class="notice-card visit-has-been">
            <p>{ (t.visit_has_been)(&date, left) }</p>
            if left > 0 {
                <p><button type="button" class="secondary" onclick={bring}>{ t.bring_to_this_visit }</button></p>
            }
        </div>
    }
}

/// A suggestion whose tick the person changed: why it is offered, and its words.
type Flipped = (Because, String);

fn is_flipped(flipped: &[Flipped], s: &Suggestion) -> bool {
    flipped
        .iter()
        .any(|(b, text)| *b == s.because && *text == s.text)
}

/// The suggestions of one kind (the main ones, or the person's passing notes, offered
/// unticked), each with why it is there.
fn suggestion_group(
    t: &'static crate::text::Text,
    plan: &Plan,
    suggestions: &[Suggestion],
    secondary: bool,
    legend: String,
    flipped: &UseStateHandle<Vec<Flipped>>,
) -> Html {
    let f = t.follow;
    if !suggestions.iter().any(|s| s.secondary == secondary) {
        return html! {};
    }
    html! {
        <fieldset class={classes!("choices", "suggestions", secondary.then_some("secondary"))}>
            <legend>{ legend }</legend>
            { for suggestions.iter().enumerate().filter(|(_, s)| s.secondary == secondary).map(|(i, s)| {
                let id = format!("suggestion-{i}");
                let checked = s.secondary == is_flipped(flipped, s);
                let toggle = {
                    let (flipped, key) = (flipped.clone(), (s.because.clone(), s.text.clone()));
                    Callback::from(move |_| {
                        let mut next = (*flipped).clone();
                        match next.iter().position(|k| *k == key) {
                            Some(at) => { next.remove(at); }
                            None => next.push(key.clone()),
                        }
                        flipped.set(next);
                    })
                };
                html! {
                    <div class="choice" key={format!("{i}-{}", s.text)}>
                        <input type="checkbox" id={id.clone()} {checked} onchange={toggle} aria-describedby={format!("{id}-why")} />
                        <label for={id.clone()}>{ &s.text }</label>
                        <p class="hint why" id={format!("{id}-why")}>{ f.why_label }{ ": " }{ why(t, plan, &s.because) }</p>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// Why a topic is suggested, in words: a note names the supporter who wrote it.
pub fn why(t: &'static crate::text::Text, plan: &Plan, because: &Because) -> String {
    if let Because::FromCheckIn(id) = because {
        let by = plan
            .check_ins
            .iter()
            .find(|c| &c.id == id)
            .map(|c| c.body.by_name.as_str())
            .filter(|n| !n.is_empty());
        if let Some(name) = by {
            return (t.follow.because_note_by)(name);
        }
    }
    (t.follow.because)(because).to_string()
}
