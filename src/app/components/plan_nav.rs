use crate::app::hooks::use_text;
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanNavProps {
    pub route: Route,
}

/// Links to the parts of the open plan; the current one is marked for screen readers.
#[function_component(PlanNav)]
pub fn plan_nav(props: &PlanNavProps) -> Html {
    let t = use_text();
    let Some(plan) = props.route.plan().cloned() else { return html! {} };
    let links = [
        (Route::Overview { plan: plan.clone() }, t.nav_overview),
        (Route::WhatMatters { plan }, t.nav_what_matters),
    ];
    html! {
        <nav class="plan-nav" aria-label={t.nav_label}>
            <ul>
                <li><a href="#/">{ t.nav_plans }</a></li>
                { for links.into_iter().map(|(route, label)| {
                    let current = (route == props.route).then_some("page");
                    html! { <li key={label}><a href={route.to_hash()} aria-current={current}>{ label }</a></li> }
                }) }
            </ul>
        </nav>
    }
}
