use super::plan_nav::screen_name;
use crate::app::hooks::{use_text, use_workspace};
use crate::route::{Route, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NextStepProps {
    pub current: Screen,
}

/// "Next: …" at the end of a preparation step. Every step can be skipped, so the link
/// is there whether or not the step is filled in.
#[function_component(NextStep)]
pub fn next_step(props: &NextStepProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    // The preparation steps run in the order of `Screen::ALL`, after the overview.
    // "Who's who" is a page to print from My team, not a step.
    let order: Vec<Screen> = Screen::ALL[1..]
        .iter()
        .copied()
        .filter(|s| *s != Screen::WhosWho)
        .collect();
    let Some(next) = order
        .iter()
        .position(|s| *s == props.current)
        .and_then(|i| order.get(i + 1))
    else {
        return html! {};
    };
    html! {
        <nav class="next-step" aria-label={t.next_step_label}>
            <p class="hint">{ t.skip_hint }</p>
            <a class="button" href={Route::plan_screen(&plan.id, *next).to_hash()}>
                { (t.next_step)(screen_name(t, *next)) }<span aria-hidden="true">{ " →" }</span>
            </a>
        </nav>
    }
}
