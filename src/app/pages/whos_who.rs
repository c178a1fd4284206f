use crate::app::hooks::{use_text, use_workspace};
use crate::app::pages::team::role_words;
use crate::core::team::{part_of, team_first};
use crate::core::together::person_name;
use crate::core::Plan;
use yew::prelude::*;

/// "Who's who": the team on one A4 page, first contact at the top — what each does, how
/// and when to reach them, and which steps and safety-net lines they are part of. For
/// the fridge door, the handbag and the out-of-hours doctor.
#[function_component(WhosWhoPage)]
pub fn whos_who_page() -> Html {
    let t = use_text();
    let tt = t.team;
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let team = team_first(plan);
    let first = crate::core::team::first_contact(plan).map(|m| m.id.clone());
    let supporters: Vec<_> = Plan::live(&plan.supporters).collect();
    let services: Vec<_> = Plan::live(&plan.safety_net)
        .filter(|l| l.body.who.is_none() && !l.body.contact.is_empty())
        .collect();
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <article class="page whos-who">
            <h1>{ (tt.whos_who_title)(person_name(plan)) }</h1>
            <p class="subtitle">{ tt.whos_who_intro }</p>
            <div class="actions screen-only">
                <button type="button" onclick={print}>{ tt.print }</button>
            </div>
            if team.is_empty() { <p class="empty">{ tt.whos_who_empty }</p> }
            <ul class="whos-who-list">
                { for team.iter().map(|m| {
                    let b = &m.body;
                    let part = part_of(plan, &m.id);
                    let reach = crate::text::team::reach(&b.contact, &b.hours);
                    html! {
                        <li key={m.id.to_string()} class={classes!("whos-who-member", (Some(&m.id) == first.as_ref()).then_some("first-contact"))}>
                            <h2>
                                if Some(&m.id) == first.as_ref() { <span class="badge first-contact-badge">{ tt.first_contact }</span>{ " " } }
                                { &b.name }<span class="role">{ ", " }{ role_words(t, b) }</span>
                            </h2>
                            if !b.organisation.is_empty() { <p class="meta">{ &b.organisation }</p> }
                            if !reach.is_empty() { <p class="reach"><strong>{ reach }</strong></p> }
                            if !b.what_they_do.is_empty() { <p>{ &b.what_they_do }</p> }
                            if !part.steps.is_empty() {
                                <p><span class="label">{ tt.part_steps }{ ": " }</span>
                                    { part.steps.iter().map(|a| a.body.what.as_str()).collect::<Vec<_>>().join("; ") }</p>
                            }
                            if !part.reviews.is_empty() {
                                <p><span class="label">{ tt.part_reviews }{ ": " }</span>
                                    { part.reviews.iter().map(|g| g.body.wording.as_str()).collect::<Vec<_>>().join("; ") }</p>
                            }
                            if !part.safety_net.is_empty() {
                                <p><span class="label">{ tt.part_safety }{ ": " }</span>
                                    { part.safety_net.iter().map(|l| l.body.signs.as_str()).collect::<Vec<_>>().join("; ") }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
            if !supporters.is_empty() {
                <section class="whos-who-more">
                    <h2>{ tt.whos_who_supporters }</h2>
                    <ul>
                        { for supporters.iter().map(|s| html! {
                            <li key={s.id.to_string()}><strong>{ &s.body.name }</strong>
                                if !s.body.role.is_empty() { { ", " }{ &s.body.role } }
                                if !s.body.how_they_help.is_empty() { { ": " }{ &s.body.how_they_help } }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            if !services.is_empty() {
                <section class="whos-who-more">
                    <h2>{ tt.whos_who_services }</h2>
                    <ul>
                        { for services.iter().map(|l| html! {
                            <li key={l.id.to_string()}><strong>{ &l.body.contact }</strong>{ ": " }{ &l.body.signs }</li>
                        }) }
                    </ul>
                </section>
            }
        </article>
    }
}
