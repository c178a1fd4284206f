use crate::app::components::CheckboxGroup;
use crate::core::change::{entry_label, List, Listed};
use crate::core::share::Selection;
use crate::core::{Id, Plan};
use crate::text::Text;
use yew::prelude::*;

/// The lists a copy can hold, in the order a person reads their plan.
pub const COPY_LISTS: [List; 9] = [
    List::WhatMatters,
    List::Capabilities,
    List::Goals,
    List::Actions,
    List::Team,
    List::Supporters,
    List::HelpsAndHindrances,
    List::CommunitySupports,
    List::SafetyNet,
];

/// A part of the plan, named as the person knows it.
pub fn list_name(t: &Text, list: List) -> &'static str {
    let c = t.copies;
    match list {
        List::WhatMatters => c.list_matters,
        List::Capabilities => c.list_areas,
        List::Goals => c.list_goals,
        List::Actions => c.list_steps,
        List::Supporters => c.list_people,
        List::Team => t.team.title,
        List::HelpsAndHindrances => c.list_helps,
        List::CommunitySupports => c.list_community,
        _ => c.list_safety,
    }
}

fn slug(list: List) -> &'static str {
    match list {
        List::WhatMatters => "matters",
        List::Capabilities => "areas",
        List::Goals => "goals",
        List::Actions => "steps",
        List::Supporters => "people",
        List::Team => "team",
        List::HelpsAndHindrances => "helps",
        List::CommunitySupports => "community",
        _ => "safety",
    }
}

fn live_ids(plan: &Plan, list: List) -> Vec<Id> {
    fn ids<T: Listed>(plan: &Plan) -> Vec<Id> {
        Plan::live(T::entries(plan)).map(|e| e.id.clone()).collect()
    }
    use crate::core::*;
    match list {
        List::WhatMatters => ids::<WhatMatters>(plan),
        List::Capabilities => ids::<Capability>(plan),
        List::Goals => ids::<Goal>(plan),
        List::Actions => ids::<Action>(plan),
        List::Supporters => ids::<Supporter>(plan),
        List::Team => crate::core::team::team_first(plan)
            .into_iter()
            .map(|m| m.id.clone())
            .collect(),
        List::HelpsAndHindrances => ids::<HelpOrHindrance>(plan),
        List::CommunitySupports => ids::<CommunitySupport>(plan),
        List::SafetyNet => ids::<SafetyNetEntry>(plan),
        List::Visits | List::AgendaItems | List::CheckIns => vec![],
    }
}

/// What goes into a copy, entry by entry: one group of tick boxes per part of the plan
/// (a plain function: it holds no state of its own).
pub fn choose_entries(
    t: &'static Text,
    name: &str,
    plan: &Plan,
    lists: &[List],
    selection: &Selection,
    on_change: &Callback<Selection>,
) -> Html {
    html! {
        <fieldset class="choose-entries">
            <legend>{ t.copies.choose_legend }</legend>
            <p class="hint">{ t.copies.choose_hint }</p>
            { for lists.iter().map(|list| {
                let ids = live_ids(plan, *list);
                if ids.is_empty() {
                    return html! {};
                }
                let options: Vec<(AttrValue, AttrValue)> = ids
                    .iter()
                    .map(|id| (AttrValue::from(id.to_string()), AttrValue::from(entry_label(plan, *list, id).unwrap_or_default())))
                    .collect();
                let selected: Vec<String> = ids.iter().filter(|id| selection.contains(*id)).map(|id| id.to_string()).collect();
                let on_list = {
                    let (selection, on_change) = (selection.clone(), on_change.clone());
                    Callback::from(move |chosen: Vec<String>| {
                        let mut next = selection.clone();
                        for id in &ids {
                            next.remove(id);
                        }
                        next.extend(chosen.iter().filter_map(|s| Id::parse(s)));
                        on_change.emit(next);
                    })
                };
                html! {
                    <CheckboxGroup key={list_name(t, *list)} name={format!("{name}-{}", slug(*list))} legend={list_name(t, *list)}
                        {options} {selected} on_change={on_list} />
                }
            }) }
        </fieldset>
    }
}
