use crate::app::components::{
    follow_through_chart, level_chart, score_chart, wheel_spokes, CapabilityWheel,
    FollowThroughChartProps, LevelChartProps, ScoreChartProps, SelectField,
};
use crate::app::device::clock;
use crate::app::hooks::WorkspaceHandle;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::follow::{
    able_then_and_now, all_action_marks, follow_through, goal_levels, t_scores, weight_of,
};
use crate::core::{Change, Entry, Goal, Item, JoinedUpAnswer, LifeArea, Plan};
use crate::text::Text;
use yew::prelude::*;

/// How many check-in dates the pictures and tables show unless the person asks for all:
/// about five months of weekly check-ins, readable at a phone's width and quick to draw
/// even for a plan with years in it.
const RECENT: usize = 20;
/// Goals and steps drawn at first in each section: a plan of five years has 30 goals and
/// 90 steps, and drawing every picture took 200 ms; the rest are one tap away.
const FIRST: usize = 10;

/// "Showing 10 of 90." and the button that shows the rest, or only the first again.
fn more_or_fewer(t: &'static Text, all: usize, open: &UseStateHandle<bool>) -> Html {
    let f = t.follow;
    if all <= FIRST {
        return html! {};
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <p class="more-or-fewer">
            if !**open { { (f.section_shown)(FIRST, all) }{ " " } }
            <button type="button" class="secondary" aria-expanded={open.to_string()} onclick={toggle}>
                { if **open { (f.show_first)(FIRST) } else { (f.show_every)(all) } }
            </button>
        </p>
    }
}

/// The most recent `RECENT` of a series, or all of it.
fn recent<T>(mut items: Vec<T>, all: bool) -> Vec<T> {
    if !all && items.len() > RECENT {
        items.drain(..items.len() - RECENT);
    }
    items
}

/// "Progress": check-ins as pictures, each with a table of the same figures and a line
/// in words; the combined score; the wheel then and now; goals that ended; reminders.
#[function_component(ProgressPage)]
pub fn progress_page() -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let all_time = use_state(|| false);
    let weights_open = use_state(|| false);
    let every_goal = use_state(|| false);
    let every_step = use_state(|| false);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let all = *all_time;
    let long = crate::core::follow::check_ins_by_date(plan).len() > RECENT;
    let toggle = {
        let all_time = all_time.clone();
        Callback::from(move |_| all_time.set(!*all_time))
    };
    let goals: Vec<&Entry<Goal>> = Plan::live(&plan.goals).collect();
    let (active, ended): (Vec<&Entry<Goal>>, Vec<&Entry<Goal>>) =
        goals.iter().partition(|g| g.body.ended.is_none());
    let actions: Vec<_> = Plan::live(&plan.actions).collect();
    let all_marks = all_action_marks(plan);
    html! {
        <section class="page follow progress-page">
            <h1>{ f.progress_title }</h1>
            <p class="intro">{ f.progress_intro }</p>
            if long {
                // Printed too (its button is not): paper says it shows only the latest.
                <p class="showing">{ if all { f.showing_all.to_string() } else { (f.showing_recent)(RECENT) } }{ " " }
                    <button type="button" class="secondary" onclick={toggle}>{ if all { f.show_recent } else { f.show_all } }</button></p>
            }
            { score_card(t, &ws, all, &weights_open) }
            <section class="card" aria-labelledby="goals-progress">
                <h2 id="goals-progress">{ f.goals_progress_heading }</h2>
                if active.is_empty() { <p>{ t.agreed_goals_empty }</p> }
                { for active.iter().take(if *every_goal { usize::MAX } else { FIRST }).map(|g| goal_progress(t, plan, g, all)) }
                { more_or_fewer(t, active.len(), &every_goal) }
            </section>
            <section class="card" aria-labelledby="actions-progress">
                <h2 id="actions-progress">{ f.actions_progress_heading }</h2>
                if actions.is_empty() { <p>{ t.actions_empty }</p> }
                { for actions.iter().take(if *every_step { usize::MAX } else { FIRST }).map(|a| {
                    let mut marks = all_marks.get(&a.id).cloned().unwrap_or_default();
                    if marks.iter().all(|m| m.outcome.is_none() && m.confidence.is_none()) {
                        marks.clear();
                    }
                    let ft = follow_through(&marks);
                    let (done, tried) = ft.rate().unwrap_or((0, 0));
                    let desc = if marks.is_empty() { f.no_record_yet.to_string() } else { (f.action_summary)(done, tried, ft.not_recorded) };
                    let marks = recent(marks, all);
                    let id = format!("action-chart-{}", a.id);
                    html! {
                        <section key={a.id.to_string()} class="progress-item" aria-labelledby={format!("{id}-heading")}>
                            <h3 id={format!("{id}-heading")}>{ &a.body.what }</h3>
                            if let Some(e) = &a.body.ended { <p class="ended">{ (f.ended_line)(e.how, &(t.format_date)(&e.on)) }</p> }
                            <p class="summary">{ desc.clone() }</p>
                            if !marks.is_empty() {
                                { follow_through_chart(&FollowThroughChartProps { id: id.clone(), title: (f.action_chart_title)(&a.body.what), desc, marks: marks.clone() }) }
                                <p class="hint chart-key" aria-hidden="true">{ f.follow_key }</p>
                                <table class="figures">
                                    <caption class="visually-hidden">{ (f.action_chart_title)(&a.body.what) }</caption>
                                    <thead><tr><th scope="col">{ f.col_date }</th><th scope="col">{ f.col_outcome }</th><th scope="col">{ f.col_confidence }</th></tr></thead>
                                    <tbody>
                                        { for marks.iter().map(|m| html! {
                                            <tr key={m.date.to_string()}>
                                                <th scope="row">{ (t.format_date)(&m.date) }</th>
                                                <td>{ m.outcome.map(f.outcome_name).unwrap_or(f.not_recorded) }</td>
                                                <td>{ m.confidence.map(|c| c.to_string()).unwrap_or_else(|| "–".into()) }</td>
                                            </tr>
                                        }) }
                                    </tbody>
                                </table>
                            }
                        </section>
                    }
                }) }
                { more_or_fewer(t, actions.len(), &every_step) }
            </section>
            { wheel_then_and_now(t, plan) }
            { joined_up_card(t, plan) }
            if !ended.is_empty() {
                <section class="card" aria-labelledby="ended-heading">
                    <h2 id="ended-heading">{ f.ended_heading }</h2>
                    { for ended.iter().map(|g| goal_progress(t, plan, g, all)) }
                </section>
            }
            <super::calendar::CalendarCard />
        </section>
    }
}

/// One goal: its levels as a step chart, the same in a table, and a line in words.
fn goal_progress(t: &'static Text, plan: &Plan, g: &Entry<Goal>, all: bool) -> Html {
    let f = t.follow;
    let every = goal_levels(plan, &g.id);
    let rated = every.len();
    let latest = every.last().map(|(_, l)| *l);
    let levels = recent(every, all);
    let id = format!("goal-chart-{}", g.id);
    let level_words = |l: crate::core::AttainmentLevel| {
        (f.level_option)(
            (t.gas_level_name)(l.value()),
            &g.body.attainment_levels[l.index()],
        )
    };
    let desc = match latest {
        Some(l) => (f.goal_summary)(rated, &level_words(l)),
        None => f.not_rated_yet.to_string(),
    };
    let started = clock::local_date(g.created.at);
    let mut marks = vec![];
    if let Some(d) = g.body.target_date {
        marks.push((d, f.mark_target));
    }
    if let Some(d) = g
        .body
        .review_date
        .filter(|d| Some(*d) != g.body.target_date)
    {
        marks.push((d, f.mark_review));
    }
    let replaces = g
        .body
        .replaces
        .as_ref()
        .and_then(|r| plan.goals.iter().find(|o| &o.id == r));
    html! {
        <section key={g.id.to_string()} class="progress-item" aria-labelledby={format!("{id}-heading")}>
            <h3 id={format!("{id}-heading")}>{ &g.body.wording }</h3>
            if let Some(old) = replaces { <p class="hint">{ (f.replaces_line)(&old.body.wording) }</p> }
            if let Some(e) = &g.body.ended {
                <p class="ended">{ (f.ended_line)(e.how, &(t.format_date)(&e.on)) }
                    if !e.reason.is_empty() { { ": " }{ &e.reason } }</p>
            }
            <p class="summary">{ desc.clone() }</p>
            if !levels.is_empty() {
                { level_chart(&LevelChartProps {
                    id: id.clone(), title: (f.goal_chart_title)(&g.body.wording), desc, levels: levels.clone(),
                    baseline: g.body.baseline.map(|b| (started, b)), marks,
                    expected_label: f.mark_expected, baseline_label: f.mark_baseline,
                }) }
                <table class="figures">
                    <caption class="visually-hidden">{ (f.goal_chart_title)(&g.body.wording) }</caption>
                    <thead><tr><th scope="col">{ f.col_date }</th><th scope="col">{ f.col_level }</th></tr></thead>
                    <tbody>
                        if let Some(b) = g.body.baseline {
                            <tr><th scope="row">{ (t.format_date)(&started) }{ " (" }{ f.mark_baseline }{ ")" }</th><td>{ level_words(b) }</td></tr>
                        }
                        { for levels.iter().map(|(d, l)| html! {
                            <tr key={d.to_string()}><th scope="row">{ (t.format_date)(d) }</th><td>{ level_words(*l) }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

/// The combined attainment score over time, explained, with each goal's weight.
fn score_card(
    t: &'static Text,
    ws: &WorkspaceHandle,
    all: bool,
    weights_open: &UseStateHandle<bool>,
) -> Html {
    let f = t.follow;
    let on_toggle = {
        let open = weights_open.clone();
        Callback::from(move |e: Event| {
            let now = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|d| d.has_attribute("open"));
            if now != *open {
                open.set(now);
            }
        })
    };
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let points = recent(t_scores(plan), all);
    let summary = points
        .last()
        .map(|p| (f.score_summary)(&(f.score)(p.score), &(t.format_date)(&p.date), p.goals));
    let editable = !ws.is_read_only();
    let goals: Vec<_> = crate::core::follow::active_goals(plan).collect();
    html! {
        <section class="card score-card" aria-labelledby="score-heading">
            <h2 id="score-heading">{ f.score_heading }</h2>
            <p class="summary" id="score-summary">{ summary.clone().unwrap_or_else(|| f.score_none.to_string()) }</p>
            if let Some(summary) = summary {
                { score_chart(&ScoreChartProps { id: "score-chart".into(), title: f.score_chart_title.into(), desc: summary, points: points.clone(), expected_label: f.mark_expected }) }
                <table class="figures">
                    <caption class="visually-hidden">{ f.score_chart_title }</caption>
                    <thead><tr><th scope="col">{ f.col_date }</th><th scope="col">{ f.col_score }</th><th scope="col">{ f.col_goals }</th></tr></thead>
                    <tbody>
                        { for points.iter().map(|p| html! {
                            <tr key={p.date.to_string()}><th scope="row">{ (t.format_date)(&p.date) }</th><td>{ (f.score)(p.score) }</td><td>{ p.goals }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <p class="hint">{ f.score_explained }</p>
            if editable && goals.len() > 1 {
                <details class="weights" open={**weights_open} ontoggle={on_toggle}>
                    <summary>{ f.weights_legend }</summary>
                    // Drawn only when opened: twenty goals' choices cost time on every visit.
                    if **weights_open {
                    <p class="hint">{ f.weights_hint }</p>
                    { for goals.iter().map(|g| {
                        let options = (1..=10u8).map(|n| (AttrValue::from(n.to_string()), AttrValue::from(n.to_string()))).collect::<Vec<_>>();
                        let on_change = {
                            let (ws, id, body) = (ws.clone(), g.id.clone(), g.body.clone());
                            Callback::from(move |v: String| {
                                let weight = v.parse::<u8>().ok().filter(|w| *w != 1);
                                let _ = ws.change(Change::Edit(Item::Goal(id.clone(), Goal { weight, ..body.clone() })));
                            })
                        };
                        html! {
                            <SelectField key={g.id.to_string()} id={format!("weight-{}", g.id)} label={(f.weight_label)(&g.body.wording)}
                                {options} value={(weight_of(&g.body) as u8).to_string()} {on_change} />
                        }
                    }) }
                    }
                </details>
            }
        </section>
    }
}

/// The capability wheel as it was at the start, beside the wheel now.
fn wheel_then_and_now(t: &'static Text, plan: &Plan) -> Html {
    let f = t.follow;
    let start = wheel_spokes(t, plan);
    let mut now = start.clone();
    for (area, spoke) in LifeArea::ALL.iter().zip(now.iter_mut()) {
        let c = crate::core::prepare::capability_for(plan, *area);
        spoke.now = c.and_then(|c| able_then_and_now(plan, c).1);
    }
    // Drawn once either wheel has a rating: an area first written without one may be
    // rated in check-ins since (regression: those answers were shown nowhere).
    if start.iter().chain(&now).all(|s| s.now.is_none()) {
        return html! {};
    }
    html! {
        <section class="card wheels" aria-labelledby="wheels-heading">
            <h2 id="wheels-heading">{ f.wheel_heading }</h2>
            <div class="wheel-pair">
                <figure><figcaption>{ f.wheel_start }</figcaption><CapabilityWheel id="wheel-start" spokes={start.clone()} now_label={AttrValue::Static(f.wheel_start)} /></figure>
                <figure><figcaption>{ f.wheel_now }</figcaption><CapabilityWheel id="wheel-now" spokes={now.clone()} /></figure>
            </div>
            <table class="figures">
                <caption class="visually-hidden">{ f.wheel_heading }</caption>
                <thead><tr><th scope="col">{ f.col_area }</th><th scope="col">{ f.wheel_start }</th><th scope="col">{ f.wheel_now }</th></tr></thead>
                <tbody>
                    { for start.iter().zip(&now).map(|(s, n)| html! {
                        <tr key={s.area.to_string()}>
                            <th scope="row">{ &s.area }</th>
                            <td>{ s.now.map(|v| v.to_string()).unwrap_or_else(|| "–".into()) }</td>
                            <td>{ n.now.map(|v| v.to_string()).unwrap_or_else(|| "–".into()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

/// "Joining up": the person's answers over time, in a table with their words.
fn joined_up_card(t: &'static Text, plan: &Plan) -> Html {
    let f = t.follow;
    let answers = crate::core::follow::joined_up_over_time(plan);
    if answers.is_empty() {
        return html! {};
    }
    let count = |a: JoinedUpAnswer| answers.iter().filter(|(_, j)| j.answer == a).count();
    let summary = (f.joined_up_count)(
        count(JoinedUpAnswer::Yes),
        count(JoinedUpAnswer::Partly),
        count(JoinedUpAnswer::No),
    );
    html! {
        <section class="card joined-up" aria-labelledby="joined-up-heading">
            <h2 id="joined-up-heading">{ f.joined_up_heading }</h2>
            <p class="intro">{ f.joined_up_intro }</p>
            <p class="summary">{ summary }</p>
            <table class="figures">
                <caption>{ f.joined_up_caption }</caption>
                <thead><tr><th scope="col">{ f.col_date }</th><th scope="col">{ f.joined_up_answer_col }</th><th scope="col">{ f.joined_up_why_col }</th></tr></thead>
                <tbody>
                    { for answers.iter().enumerate().map(|(i, (d, j))| html! {
                        <tr key={format!("{d}-{i}")} class={classes!("joined-up-row", j.answer.slug())}>
                            <th scope="row">{ (t.format_date)(d) }</th>
                            <td>{ (f.joined_up_answer)(j.answer) }</td>
                            <td>{ if j.why.is_empty() { "–".to_string() } else { j.why.clone() } }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
