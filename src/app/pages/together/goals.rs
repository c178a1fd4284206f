use super::agenda_panel::AgendaPanel;
use super::goal_card::{GoalCard, GoalNames};
use super::goal_form::GoalForm;
use crate::app::components::next_step;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::{Goal, Id, Plan};
use crate::route::Screen;
use yew::prelude::*;

/// "Goals together": the agenda beside the goals, both on one screen at desktop widths,
/// so the clinician and the person never scroll back and forth.
#[function_component(GoalsPage)]
pub fn goals_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let goals: Vec<_> = Plan::live(&plan.goals).collect();
    html! {
        <section class="page together goals-page">
            <h1>{ t.goals_title }</h1>
            { crate::app::components::writing_as(t, &ws) }
            <p class="intro">{ t.goals_intro }</p>
            <div class="consult-layout">
                <AgendaPanel />
                <div class="goals-panel">
                    <h2>{ t.goals_heading }</h2>
                    if goals.is_empty() {
                        <p class="empty">{ t.goals_empty }</p>
                    } else {
                        <ul class="entries goals" aria-label={t.goals_heading}>
                            { for goals.iter().map(|g| html! {
                                <GoalCard key={g.id.to_string()} id={g.id.clone()} goal={g.body.clone()}
                                    names={GoalNames::of(t, plan, &g.body)} {editable} />
                            }) }
                        </ul>
                    }
                    if editable {
                        <section class="card" aria-labelledby="new-goal-heading">
                            <h2 id="new-goal-heading">{ t.new_goal_heading }</h2>
                            <GoalForm dom_id="new-goal" existing={None::<(Id, Goal)>} on_done={Callback::noop()} />
                        </section>
                    }
                </div>
            </div>
            { next_step(t, plan, Screen::Goals) }
        </section>
    }
}
