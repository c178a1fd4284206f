use super::plan_nav::screen_name;
use crate::core::Plan;
use crate::route::{Route, Screen};
use crate::text::Text;
use yew::prelude::*;

/// "Next: …" at the end of a preparation step (`current`). Every step can be skipped,
/// so the link is there whether or not the step is filled in.
pub fn next_step(t: &Text, plan: &Plan, current: Screen) -> Html {
    // The preparation steps run in the order of `Screen::ALL`, after the overview.
    // "Who's who" is a page to print from My team, not a step.
    let order: Vec<Screen> = Screen::ALL[1..]
        .iter()
        .copied()
        .filter(|s| *s != Screen::WhosWho)
        .collect();
    let Some(next) = order
        .iter()
        .position(|s| *s == current)
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
