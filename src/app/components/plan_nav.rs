use crate::app::hooks::{use_text, use_workspace};
use crate::core::prepare::PrepareStep;
use crate::route::{Route, Screen};
use crate::text::Text;
use yew::prelude::*;

/// What a screen is called in navigation and headings.
pub fn screen_name(t: &Text, screen: Screen) -> &'static str {
    match screen {
        Screen::Overview => t.nav_overview,
        Screen::WhatMatters => t.nav_what_matters,
        Screen::LifeAreas => t.nav_life_areas,
        Screen::HelpsAndHindrances => t.nav_helps,
        Screen::People => t.nav_people,
        Screen::Team => t.team.nav_team,
        Screen::WhosWho => t.team.nav_whos_who,
        Screen::Agenda => t.nav_agenda,
        Screen::ForMyAppointment => t.nav_for_appointment,
        Screen::Goals => t.nav_goals,
        Screen::Actions => t.nav_actions,
        Screen::CommunitySupports => t.nav_community,
        Screen::SafetyNet => t.nav_safety_net,
        Screen::WhatWeAgreed => t.nav_agreed,
        Screen::Share => t.nav_share,
        Screen::CheckIn => t.follow.nav_check_in,
        Screen::Progress => t.follow.nav_progress,
        Screen::History => t.follow.nav_history,
    }
}

/// The preparation step a screen is, if it is one.
pub fn step_of(screen: Screen) -> Option<PrepareStep> {
    match screen {
        Screen::WhatMatters => Some(PrepareStep::WhatMatters),
        Screen::LifeAreas => Some(PrepareStep::LifeAreas),
        Screen::HelpsAndHindrances => Some(PrepareStep::HelpsAndHindrances),
        Screen::People => Some(PrepareStep::People),
        Screen::Agenda => Some(PrepareStep::Agenda),
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanNavProps {
    pub route: Route,
}

/// Links to the parts of the open plan, with which preparation steps have something in
/// them (in words as well as a mark); the current one is marked for screen readers.
#[function_component(PlanNav)]
pub fn plan_nav(props: &PlanNavProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let (Some(plan_id), Some(plan)) = (props.route.plan(), ws.plan()) else {
        return html! {};
    };
    let link = |screen: Screen| {
        let route = Route::plan_screen(plan_id, screen);
        let current = (route == props.route).then_some("page");
        let status = step_of(screen).map(|step| {
            let filled = step.is_filled(plan, crate::app::device::clock::today());
            html! {
                <span class={classes!("step-status", filled.then_some("filled"))}>
                    <span aria-hidden="true">{ if filled { "✓" } else { "○" } }</span>
                    <span class="visually-hidden">{ ", " }{ if filled { t.step_filled } else { t.step_not_yet } }</span>
                </span>
            }
        });
        html! {
            <li key={screen_name(t, screen)}>
                // The step's name first, then its state: "What matters to me, filled in".
                <a href={route.to_hash()} aria-current={current}>{ screen_name(t, screen) }{ status }</a>
            </li>
        }
    };
    if plan.copy_of.is_some() {
        return html! {
            <nav class="plan-nav" id="plan-nav" aria-label={t.nav_label}>
                <ul class="nav-top"><li><a href="#/">{ t.nav_plans }</a></li>{ link(Screen::Overview) }</ul>
            </nav>
        };
    }
    let (before, together): (Vec<Screen>, Vec<Screen>) = Screen::ALL
        .into_iter()
        .filter(|s| {
            !matches!(s, Screen::Overview | Screen::Share | Screen::WhosWho) && !s.is_between()
        })
        .partition(|s| !s.is_together());
    let between = Screen::ALL.into_iter().filter(|s| s.is_between());
    html! {
        <nav class="plan-nav" id="plan-nav" aria-label={t.nav_label}>
            <ul class="nav-top">
                <li><a href="#/">{ t.nav_plans }</a></li>
                { link(Screen::Overview) }
                { link(Screen::Share) }
            </ul>
            <div class="nav-group">
                <p class="nav-group-label" id="nav-before">{ t.nav_before_visit }</p>
                <ul aria-labelledby="nav-before">{ for before.into_iter().map(link) }</ul>
            </div>
            <div class="nav-group">
                <p class="nav-group-label" id="nav-together">{ t.nav_in_visit }</p>
                <ul aria-labelledby="nav-together">{ for together.into_iter().map(link) }</ul>
            </div>
            <div class="nav-group">
                <p class="nav-group-label" id="nav-between">{ t.follow.nav_between }</p>
                <ul aria-labelledby="nav-between">{ for between.map(link) }</ul>
            </div>
        </nav>
    }
}
