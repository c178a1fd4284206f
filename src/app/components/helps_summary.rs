use crate::core::{Effect, Plan};
use crate::text::Text;
use yew::prelude::*;

/// What helps and what gets in the way, read-only, in two short lists: taken to the
/// appointment and shown beside the agenda in the consultation, where a worry such as
/// "hypos when I walk" is as much the clinician's concern as the person's. `level`: the
/// heading level of its title (2 on a page, 3 inside a panel).
pub fn helps_summary(t: &Text, plan: &Plan, level: u8) -> Html {
    let list = |effect: Effect| -> Vec<(String, String)> {
        Plan::live(&plan.helps_and_hindrances)
            .filter(|e| e.body.effect == effect)
            .map(|e| (e.id.to_string(), e.body.text.clone()))
            .collect()
    };
    let (helps, hinders) = (list(Effect::Helps), list(Effect::GetsInTheWay));
    if helps.is_empty() && hinders.is_empty() {
        return html! {};
    }
    let heading = |text: &'static str, level: u8| {
        let tag = format!("h{}", level.clamp(2, 6));
        html! { <@{tag}>{ text }</@> }
    };
    let part = |title: &'static str, items: Vec<(String, String)>| {
        html! {
            if !items.is_empty() {
                { heading(title, level + 1) }
                <ul class="helps-list">{ for items.into_iter().map(|(id, text)| html! { <li key={id}>{ text }</li> }) }</ul>
            }
        }
    };
    html! {
        <section class="print-section helps-summary">
            { heading(t.hh_title, level) }
            { part(t.hh_hinders_heading, hinders) }
            { part(t.hh_helps_heading, helps) }
        </section>
    }
}
