use super::agreement::{AgreementBadge, AgreementControls};
use super::goal_form::GoalForm;
use crate::app::components::EntryActions;
use crate::app::hooks::{use_editing, use_text};
use crate::app::pages::team::{clinician_view_title, named_words};
use crate::core::{AttainmentLevel, Change, Goal, Id, List, Perspective, Plan};
use crate::text::Text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalCardProps {
    pub id: Id,
    pub goal: Goal,
    pub names: GoalNames,
    pub editable: bool,
}

/// What a goal card names from elsewhere in the plan. The goals screen works it out and
/// hands it down, so a card is drawn again only when what it shows has changed, not
/// on every keystroke anywhere in the plan.
#[derive(Clone, PartialEq)]
pub struct GoalNames {
    /// The life area of the capability the goal serves.
    area: Option<&'static str>,
    /// "Priya Patel, practice nurse": who reviews it.
    reviewer: Option<String>,
    /// Whose view each clinician's voice is: the first, then `more_views` in order.
    clinician_views: Vec<String>,
}

impl GoalNames {
    pub fn of(t: &Text, plan: &Plan, g: &Goal) -> Self {
        let area = g
            .capability
            .as_ref()
            .and_then(|c| Plan::live(&plan.capabilities).find(|e| &e.id == c))
            .map(|c| (t.life_area_name)(c.body.life_area));
        let first = clinician_view_title(t, plan, g.clinician_view_by.as_ref());
        let more = g
            .more_views
            .iter()
            .map(|v| clinician_view_title(t, plan, Some(&v.by)));
        GoalNames {
            area,
            reviewer: g.reviewer.as_ref().and_then(|r| named_words(t, plan, r)),
            clinician_views: std::iter::once(first).chain(more).collect(),
        }
    }
}

fn view(t: &Text, title: &str, class: &'static str, p: &Perspective) -> Html {
    let priority = p
        .priority
        .map(|p| (t.priority_name)(p))
        .unwrap_or(t.not_chosen);
    html! {
        <section class={classes!("voice", class)}>
            <h4>{ title }</h4>
            <dl>
                <dt>{ t.why_label }</dt><dd>{ if p.why_it_matters.is_empty() { t.not_written } else { &p.why_it_matters } }</dd>
                <dt>{ t.concerns_label }</dt><dd>{ if p.concerns.is_empty() { t.not_written } else { &p.concerns } }</dd>
                <dt>{ t.priority_label }</dt><dd>{ priority }</dd>
            </dl>
        </section>
    }
}

/// A goal with both voices side by side, the person's first; its agreement; and what
/// makes it reviewable (the five levels, baseline, dates, measures).
#[function_component(GoalCard)]
pub fn goal_card(props: &GoalCardProps) -> Html {
    let t = use_text();
    let dom_id = format!("goal-{}", props.id);
    let editing = use_editing(&dom_id);
    let g = &props.goal;
    if editing.open {
        return html! {
            <li class="card goal" id={dom_id.clone()}>
                <GoalForm dom_id={dom_id.clone()} existing={Some((props.id.clone(), g.clone()))} on_done={editing.stop.clone()} />
            </li>
        };
    }
    let names = &props.names;
    let capability = names.area;
    let has_levels = g.attainment_levels.iter().any(|l| !l.is_empty());
    // "12 March 2027, with Priya Patel, practice nurse".
    let reviewer = names.reviewer.as_deref();
    let date = |d: Option<crate::core::CalendarDate>| {
        d.map(|d| (t.format_date)(&d))
            .unwrap_or_else(|| t.not_chosen.to_string())
    };
    let reviewed = match (g.review_date, reviewer) {
        (Some(d), Some(who)) => (t.team.review_with)(&(t.format_date)(&d), who),
        (d, _) => date(d),
    };
    let heading = format!("{dom_id}-title");
    html! {
        <li class="card goal" id={dom_id.clone()} aria-labelledby={heading.clone()}>
            <h3 id={heading} tabindex="-1">{ &g.wording }</h3>
            <p class="meta">
                { (t.proposed_by)((t.author_in_sentence)(g.proposed_by)) }
                if let Some(area) = capability { { " · " }{ (t.serves_area)(area) } }
            </p>
            <AgreementBadge agreement={g.agreement.clone()} />
            // Ended at a review (reached, let go, changed into a new version): said, so an
            // agreed mark is not read as a goal still being worked on.
            if let Some(e) = &g.ended {
                <p class="ended">{ (t.follow.ended_line)(e.how, &(t.format_date)(&e.on)) }
                    if !e.reason.is_empty() { { ": " }{ &e.reason } }</p>
            }
            <div class="voices">
                { view(t, t.person_view, "person", &g.person_view) }
                { for std::iter::once(&g.clinician_view).chain(g.more_views.iter().map(|v| &v.view))
                    .zip(&names.clinician_views)
                    .map(|(voice, title)| view(t, title, "clinician", voice)) }
            </div>
            <div class="reviewable">
                <h4>{ t.reviewable_heading }</h4>
                if has_levels {
                    <table class="gas">
                        <caption>{ t.gas_caption }</caption>
                        <tbody>
                            { for AttainmentLevel::ALL.iter().rev().map(|level| {
                                let is_baseline = g.baseline == Some(*level);
                                html! {
                                    <tr key={level.value()} class={classes!(is_baseline.then_some("baseline"))}>
                                        <th scope="row">{ (t.gas_level_name)(level.value()) }</th>
                                        <td>{ &g.attainment_levels[level.index()] }
                                            if is_baseline { { " " }<strong class="badge">{ t.baseline_badge }</strong> }
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }
                <p>{ t.target_date_label }{ ": " }{ date(g.target_date) }{ " · " }{ t.review_date_label }{ ": " }{ reviewed }</p>
                if !g.measures.is_empty() {
                    <ul class="measures" aria-label={t.measures_heading}>
                        { for g.measures.iter().enumerate().map(|(i, m)| html! {
                            <li key={i}>{ (t.measure_line)(&m.name, &m.current, &m.target) }</li>
                        }) }
                    </ul>
                }
            </div>
            if props.editable {
                <AgreementControls goal={props.id.clone()} agreement={g.agreement.clone()} dom_id={dom_id.clone()} />
                <EntryActions dom_id={dom_id.clone()} label={g.wording.clone()} on_edit={editing.start.clone()}
                    remove={Change::Remove { list: List::Goals, id: props.id.clone() }} after_remove="new-goal-wording" />
            }
        </li>
    }
}
