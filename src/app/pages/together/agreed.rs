use super::actions::{details, responsible_words};
use super::agreement::agreement_label;
use super::safety_net::{zone_heading, zone_slug, ZONES};
use crate::app::components::{ConfirmDialog, TextField};
use crate::app::device::{clock, files, storage};
use crate::app::hooks::{navigate, use_text, use_workspace};
use crate::app::store::{Msg, Notice};
use crate::core::prepare::upcoming_visit;
use crate::core::together::{actions_for, agreed_goals, next_review, steps_for_no_goal};
use crate::core::{Agreement, AttainmentLevel, CalendarDate, Change, Item, Plan, Visit};
use crate::route::{Route, Screen};
use yew::prelude::*;

/// "What we agreed": the one-page summary handed back before the person leaves, its
/// print layout, and — for a shared clinic PC — forgetting the plan on this device.
#[function_component(WhatWeAgreedPage)]
pub fn what_we_agreed_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let confirming = use_state(|| false);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let today = clock::today();
    let editable = !ws.is_read_only();

    let on_review = {
        let ws = ws.clone();
        Callback::from(move |v: String| {
            let date = CalendarDate::parse(&v);
            let change = match ws.plan().and_then(upcoming_visit) {
                Some(visit) => Change::Edit(Item::Visit(
                    visit.id.clone(),
                    Visit {
                        next_review: date,
                        ..visit.body.clone()
                    },
                )),
                None => Change::Add(Item::Visit(
                    clock::new_id(),
                    Visit {
                        next_review: date,
                        ..Visit::default()
                    },
                )),
            };
            let _ = ws.change(change);
        })
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let download = {
        let plan = plan.clone();
        Callback::from(move |_| {
            let _ = files::download_plan(&plan);
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let forget = {
        let (ws, id) = (ws.clone(), plan.id.clone());
        Callback::from(move |_| {
            if storage::forget(&id).is_ok() {
                // Forgotten on purpose: nothing of it is saved again.
                ws.dispatch(Msg::Close);
                ws.dispatch(Msg::Notify(Notice::Forgotten));
                navigate(&Route::Plans);
            }
        })
    };

    let goal_item = |g: &crate::core::Entry<crate::core::Goal>| {
        let (class, mark, words) = agreement_label(t, &g.body.agreement);
        let expected = &g.body.attainment_levels[AttainmentLevel::EXPECTED.index()];
        let actions: Vec<_> = actions_for(plan, Some(&g.id)).collect();
        html! {
            <li key={g.id.to_string()} class="print-section">
                <h3>{ &g.body.wording }</h3>
                <p class={classes!("agreement", class)}><span aria-hidden="true" class="mark">{ mark }</span>{ " " }{ words }</p>
                if !expected.is_empty() { <p>{ t.expected_label }{ ": " }{ expected }</p> }
                if let Some(d) = g.body.review_date { <p>{ t.review_date_label }{ ": " }{ (t.format_date)(&d) }</p> }
                if !actions.is_empty() {
                    <ul class="agreed-actions">
                        { for actions.iter().map(|a| action_line(t, plan, &a.body, a.id.to_string())) }
                    </ul>
                }
            </li>
        }
    };
    let goals: Vec<_> = agreed_goals(plan).collect();
    let loose: Vec<_> = steps_for_no_goal(plan).collect();
    let set_aside: Vec<_> = Plan::live(&plan.goals)
        .filter(|g| matches!(g.body.agreement, Agreement::SetAside { .. }))
        .collect();
    let supports: Vec<_> = Plan::live(&plan.community_supports).collect();
    let review = next_review(plan);
    html! {
        <article class="page agreed">
            <h1>{ t.agreed_title }</h1>
            <p class="subtitle">{ &plan.name }{ " · " }{ (t.format_date)(&today) }</p>
            <div class="actions screen-only">
                <button type="button" onclick={print}>{ t.print_button }</button>
                <button type="button" class="secondary" onclick={download}>{ t.download_copy }</button>
            </div>
            <section class="print-section" aria-labelledby="agreed-goals">
                <h2 id="agreed-goals">{ t.agreed_goals_heading }</h2>
                if goals.is_empty() { <p class="empty">{ t.agreed_goals_empty }</p> } else { <ol class="agreed-goals">{ for goals.into_iter().map(goal_item) }</ol> }
            </section>
            if !loose.is_empty() {
                <section class="print-section" aria-labelledby="other-actions">
                    <h2 id="other-actions">{ t.other_actions_heading }</h2>
                    <ul class="agreed-actions">{ for loose.iter().map(|a| action_line(t, plan, &a.body, a.id.to_string())) }</ul>
                </section>
            }
            if !set_aside.is_empty() {
                <section class="print-section" aria-labelledby="set-aside">
                    <h2 id="set-aside">{ t.set_aside_heading }</h2>
                    <ul>{ for set_aside.iter().map(|g| html! { <li key={g.id.to_string()}>{ &g.body.wording }{ ": " }{ agreement_label(t, &g.body.agreement).2 }</li> }) }</ul>
                </section>
            }
            if !supports.is_empty() {
                <section class="print-section" aria-labelledby="agreed-supports">
                    <h2 id="agreed-supports">{ t.community_title }</h2>
                    <ul>
                        { for supports.iter().map(|s| html! {
                            <li key={s.id.to_string()}><strong>{ &s.body.name }</strong>{ " · " }{ (t.referral_name)(s.body.referral) }
                                if !s.body.offer.is_empty() { { ". " }{ &s.body.offer } }
                                if !s.body.contact.is_empty() { { ". " }{ t.contact_label }{ ": " }{ &s.body.contact } }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section class="print-section" aria-labelledby="agreed-safety">
                <h2 id="agreed-safety">{ t.safety_title }</h2>
                { for ZONES.iter().map(|z| {
                    let lines: Vec<_> = Plan::live(&plan.safety_net).filter(|l| l.body.zone == *z).collect();
                    html! {
                        if !lines.is_empty() {
                            <div key={zone_slug(*z)} class={classes!("zone", zone_slug(*z))}>
                                <h3>{ zone_heading(t, *z) }</h3>
                                <ul>
                                    { for lines.iter().map(|l| html! {
                                        <li key={l.id.to_string()}>{ (t.safety_line)(&l.body.signs, &l.body.what_to_do, &l.body.contact) }
                                            if let Some(ring) = crate::app::pages::team::ring_words(t, plan, &l.body) { { " " }{ ring } }
                                        </li>
                                    }) }
                                </ul>
                            </div>
                        }
                    }
                }) }
            </section>
            <section class="print-section" aria-labelledby="next-review">
                <h2 id="next-review">{ t.next_review_heading }</h2>
                <p class="next-review">{ review.map(|d| (t.format_date)(&d)).unwrap_or_else(|| t.not_chosen.to_string()) }</p>
                if editable {
                    <div class="screen-only">
                        <TextField id="next-review-date" label={t.next_review_label} input_type={AttrValue::from("date")}
                            value={review.map(|d| d.to_string()).unwrap_or_default()} on_change={on_review} />
                    </div>
                }
            </section>
            <p class="screen-only"><a class="button" href={Route::plan_screen(&plan.id, Screen::Share).to_hash()}>{ t.nav_share }</a>
                { " " }<a class="button secondary" href={Route::plan_screen(&plan.id, Screen::WhosWho).to_hash()}>{ t.team.whos_who_link }</a></p>
            <section class="card screen-only forget" aria-labelledby="forget-heading">
                <h2 id="forget-heading">{ t.forget_heading }</h2>
                <p>{ t.forget_body }</p>
                <button type="button" class="danger" onclick={ask}>{ t.forget_button }</button>
            </section>
            if *confirming {
                <ConfirmDialog title={t.forget_title} body={(t.forget_confirm_body)(&plan.name)} confirm_label={t.forget_button}
                    on_confirm={forget} on_cancel={cancel}>
                    <p>{ t.forget_downloads_reminder }</p>
                </ConfirmDialog>
            }
        </article>
    }
}

fn action_line(t: &crate::text::Text, plan: &Plan, a: &crate::core::Action, key: String) -> Html {
    let details = details(a);
    html! {
        <li {key}>
            <strong>{ &a.what }</strong>
            if !details.is_empty() { { " · " }{ details } }
            { " · " }{ t.responsible_label }{ ": " }{ responsible_words(t, plan, &a.responsible) }
            if let Some(c) = a.confidence { { " · " }{ (t.confidence_line)(c) } }
            { for a.if_then.iter().map(|p| html! { <><br />{ (t.if_then_line)(&p.if_, &p.then) }</> }) }
        </li>
    }
}
