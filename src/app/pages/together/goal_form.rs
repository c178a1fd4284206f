use crate::app::components::{form_buttons, hold_removed, SelectField, TextField};
use crate::app::hooks::{use_entry_form, use_text, use_workspace};
use crate::app::pages::team::clinician_view_title;
use crate::core::together::goal_from_topic;
use crate::core::{
    AttainmentLevel, AuthorRole, CalendarDate, Field, Goal, Id, List, Measure, Perspective, Plan,
    Priority, TeamView, Writer,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalFormProps {
    pub dom_id: AttrValue,
    pub existing: Option<(Id, Goal)>,
    pub on_done: Callback<()>,
}

fn priority_value(p: Option<Priority>) -> &'static str {
    match p {
        Some(Priority::High) => "high",
        Some(Priority::Medium) => "medium",
        Some(Priority::Low) => "low",
        None => "",
    }
}

fn author_value(r: AuthorRole) -> &'static str {
    r.slug()
}

fn parse_author(v: &str) -> AuthorRole {
    match v {
        "clinician" => AuthorRole::Clinician,
        "supporter" => AuthorRole::Supporter,
        _ => AuthorRole::Person,
    }
}

fn parse_priority(v: &str) -> Option<Priority> {
    match v {
        "high" => Some(Priority::High),
        "medium" => Some(Priority::Medium),
        "low" => Some(Priority::Low),
        _ => None,
    }
}

/// Writes or changes a goal: the person's words, both voices with equal space, the five
/// levels, baseline, dates and measures. Agreement is not here: it is set explicitly.
#[function_component(GoalForm)]
pub fn goal_form(props: &GoalFormProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let form = use_entry_form(
        props.dom_id.clone(),
        props.existing.clone(),
        goal_from_topic("", ws.author.by),
        props.on_done.clone(),
    );
    let id = props.dom_id.to_string();
    let edit = |f: fn(&mut Goal, String)| form.text(f);
    let mut reviewers = vec![(AttrValue::from(""), AttrValue::from(t.team.nobody_named))];
    if let Some(plan) = ws.plan() {
        reviewers.extend(
            crate::app::pages::team::people_to_name(t, plan)
                .into_iter()
                .map(|(id, words)| (AttrValue::from(id.to_string()), AttrValue::from(words))),
        );
        if let Some(r) = &form.draft.reviewer {
            let list = if plan.team.iter().any(|m| &m.id == r) {
                List::Team
            } else {
                List::Supporters
            };
            hold_removed(t, &mut reviewers, r.to_string(), plan, list, r);
        }
    }
    // A team member writing in their own name makes the second voice theirs.
    let me = match ws.author.in_plan(ws.plan()) {
        Writer {
            by: AuthorRole::Clinician,
            who: Some(id),
        } => Some(id),
        _ => None,
    };
    // Whose the second voice is: its writer's, or, while it is still empty, the one
    // about to write it. Words from an unnamed clinician (before teams, or written under
    // no name) are nobody's here: neither credited to whoever is writing nor theirs.
    let second_voice_empty = form.draft.clinician_view == Perspective::default();
    let second_voice_by = form
        .draft
        .clinician_view_by
        .clone()
        .or_else(|| me.clone().filter(|_| second_voice_empty));
    // Someone else wrote the second voice: this team member adds theirs beside it.
    let add_my_view = me.clone().filter(|m| {
        let g = &form.draft;
        let someone_elses = match &g.clinician_view_by {
            Some(first) => first != m,
            None => !second_voice_empty,
        };
        someone_elses && !g.more_views.iter().any(|v| &v.by == m)
    });
    let add_my_view = add_my_view.map(|m| {
        form.update(move |g: &mut Goal| {
            g.more_views.push(TeamView {
                by: m.clone(),
                view: Perspective::default(),
            })
        })
    });
    let clinician_edit = |f: fn(&mut Goal, String)| {
        let me = me.clone();
        form.text(move |g: &mut Goal, v| {
            // The first to write an empty second voice makes it theirs, and it stays
            // theirs; words from before teams are not credited to whoever edits them.
            let was_empty = g.clinician_view == Perspective::default();
            f(g, v);
            if g.clinician_view_by.is_none() && was_empty {
                g.clinician_view_by = me.clone();
            }
        })
    };
    let level = |i: usize| form.text(move |d: &mut Goal, v| d.attainment_levels[i] = v);
    let measure = |i: usize, f: fn(&mut Measure, String)| {
        form.text(move |d: &mut Goal, v| {
            if let Some(m) = d.measures.get_mut(i) {
                f(m, v);
            }
        })
    };
    let add_measure = form.update(|d: &mut Goal| {
        d.measures.push(Measure {
            name: String::new(),
            current: String::new(),
            target: String::new(),
        })
    });
    let g = &form.draft;
    let mut capabilities = vec![(AttrValue::from(""), AttrValue::from(t.not_chosen))];
    if let Some(p) = ws.plan() {
        capabilities.extend(Plan::live(&p.capabilities).map(|c| {
            let words = if c.body.description.is_empty() {
                String::new()
            } else {
                format!(": {}", c.body.description)
            };
            (
                AttrValue::from(c.id.to_string()),
                AttrValue::from(format!("{}{words}", (t.life_area_name)(c.body.life_area))),
            )
        }));
    }
    if let (Some(p), Some(c)) = (ws.plan(), &g.capability) {
        hold_removed(
            t,
            &mut capabilities,
            c.to_string(),
            p,
            List::Capabilities,
            c,
        );
    }
    let priorities: Vec<(AttrValue, AttrValue)> = [
        None,
        Some(Priority::High),
        Some(Priority::Medium),
        Some(Priority::Low),
    ]
    .iter()
    .map(|p| {
        (
            AttrValue::from(priority_value(*p)),
            AttrValue::from(p.map(|p| (t.priority_name)(p)).unwrap_or(t.not_chosen)),
        )
    })
    .collect();
    let mut levels = vec![(AttrValue::from(""), AttrValue::from(t.not_chosen))];
    levels.extend(AttainmentLevel::ALL.iter().map(|l| {
        (
            AttrValue::from(l.value().to_string()),
            AttrValue::from((t.gas_level_name)(l.value())),
        )
    }));
    let suggested_by: Vec<(AttrValue, AttrValue)> = AuthorRole::ALL
        .iter()
        .map(|r| {
            (
                AttrValue::from(author_value(*r)),
                AttrValue::from((t.author)(*r)),
            )
        })
        .collect();
    let date =
        |d: Option<CalendarDate>| AttrValue::from(d.map(|d| d.to_string()).unwrap_or_default());
    let is_new = form.is_new;
    html! {
        <form class="entry-form goal-form" onsubmit={form.onsubmit.clone()} novalidate=true>
            <TextField id={format!("{id}-wording")} label={t.goal_wording_label} hint={AttrValue::from(t.goal_wording_hint)} multiline=true
                value={g.wording.clone()} on_change={edit(|g, v| g.wording = v)} error={form.error_for(t, Field::Goal)} />
            <SelectField id={format!("{id}-proposed-by")} label={t.proposed_by_label} options={suggested_by}
                value={author_value(g.proposed_by)} on_change={edit(|g, v| g.proposed_by = parse_author(&v))} />
            <SelectField id={format!("{id}-capability")} label={t.goal_capability_label} options={capabilities}
                value={g.capability.as_ref().map(|c| c.to_string()).unwrap_or_default()}
                on_change={edit(|g, v| g.capability = Id::parse(&v))} />
            if !is_new {
                <div class="voices">
                    <fieldset class="voice person">
                        <legend>{ t.person_view }</legend>
                        <TextField id={format!("{id}-person-why")} label={t.why_label} multiline=true value={g.person_view.why_it_matters.clone()}
                            on_change={edit(|g, v| g.person_view.why_it_matters = v)} />
                        <TextField id={format!("{id}-person-concerns")} label={t.concerns_label} multiline=true value={g.person_view.concerns.clone()}
                            on_change={edit(|g, v| g.person_view.concerns = v)} />
                        <SelectField id={format!("{id}-person-priority")} label={t.priority_label} options={priorities.clone()}
                            value={priority_value(g.person_view.priority)} on_change={edit(|g, v| g.person_view.priority = parse_priority(&v))} />
                    </fieldset>
                    <fieldset class="voice clinician">
                        <legend>{ ws.plan().map(|p| clinician_view_title(t, p, second_voice_by.as_ref())).unwrap_or_default() }</legend>
                        <TextField id={format!("{id}-clinician-why")} label={t.why_label} multiline=true value={g.clinician_view.why_it_matters.clone()}
                            on_change={clinician_edit(|g, v| g.clinician_view.why_it_matters = v)} />
                        <TextField id={format!("{id}-clinician-concerns")} label={t.concerns_label} multiline=true value={g.clinician_view.concerns.clone()}
                            on_change={clinician_edit(|g, v| g.clinician_view.concerns = v)} />
                        <SelectField id={format!("{id}-clinician-priority")} label={t.priority_label} options={priorities.clone()}
                            value={priority_value(g.clinician_view.priority)} on_change={clinician_edit(|g, v| g.clinician_view.priority = parse_priority(&v))} />
                    </fieldset>
                    { for g.more_views.iter().enumerate().map(|(i, v)| {
                        let set = |f: fn(&mut Perspective, String)| form.text(move |g: &mut Goal, s| {
                            if let Some(x) = g.more_views.get_mut(i) { f(&mut x.view, s) }
                        });
                        html! {
                            <fieldset class="voice clinician" key={v.by.to_string()}>
                                <legend>{ ws.plan().map(|p| clinician_view_title(t, p, Some(&v.by))).unwrap_or_default() }</legend>
                                <TextField id={format!("{id}-view-{i}-why")} label={t.why_label} multiline=true value={v.view.why_it_matters.clone()}
                                    on_change={set(|p, s| p.why_it_matters = s)} />
                                <TextField id={format!("{id}-view-{i}-concerns")} label={t.concerns_label} multiline=true value={v.view.concerns.clone()}
                                    on_change={set(|p, s| p.concerns = s)} />
                                <SelectField id={format!("{id}-view-{i}-priority")} label={t.priority_label} options={priorities.clone()}
                                    value={priority_value(v.view.priority)} on_change={set(|p, s| p.priority = parse_priority(&s))} />
                            </fieldset>
                        }
                    }) }
                    if let Some(add) = add_my_view {
                        <p><button type="button" class="secondary" onclick={add}>{ t.team.add_my_view }</button></p>
                    }
                </div>
                <fieldset class="gas-fields">
                    <legend>{ t.gas_heading }</legend>
                    <p class="hint">{ t.gas_hint }</p>
                    { for AttainmentLevel::ALL.iter().rev().map(|l| html! {
                        <TextField key={l.value()} id={format!("{id}-level{}", l.value())} label={(t.gas_level_name)(l.value())}
                            value={g.attainment_levels[l.index()].clone()} on_change={level(l.index())} />
                    }) }
                    if let Some(msg) = form.error_for(t, Field::AttainmentLevel) { <p class="error">{ msg }</p> }
                    <SelectField id={format!("{id}-baseline")} label={t.baseline_label} options={levels}
                        value={g.baseline.map(|b| b.value().to_string()).unwrap_or_default()}
                        on_change={edit(|g, v| g.baseline = v.parse().ok().and_then(AttainmentLevel::new))} />
                </fieldset>
                <div class="field-row">
                    <TextField id={format!("{id}-target")} label={t.target_date_label} input_type={AttrValue::from("date")}
                        value={date(g.target_date)} on_change={edit(|g, v| g.target_date = CalendarDate::parse(&v))} />
                    <TextField id={format!("{id}-review")} label={t.review_date_label} input_type={AttrValue::from("date")}
                        value={date(g.review_date)} on_change={edit(|g, v| g.review_date = CalendarDate::parse(&v))} />
                    <SelectField id={format!("{id}-reviewer")} label={t.team.reviewer_label} options={reviewers}
                        value={g.reviewer.as_ref().map(|r| r.to_string()).unwrap_or_default()} on_change={edit(|g, v| g.reviewer = Id::parse(&v))} />
                </div>
                <fieldset class="measures-fields">
                    <legend>{ t.measures_heading }</legend>
                    <p class="hint">{ t.measures_hint }</p>
                    { for g.measures.iter().enumerate().map(|(i, m)| {
                        let remove = form.update(move |d: &mut Goal| {
                            if i < d.measures.len() {
                                d.measures.remove(i);
                            }
                        });
                        html! {
                            <div class="field-row measure" key={i}>
                                <TextField id={format!("{id}-measure{i}-name")} label={t.measure_name_label} value={m.name.clone()} on_change={measure(i, |m, v| m.name = v)} />
                                <TextField id={format!("{id}-measure{i}-current")} label={t.measure_current_label} value={m.current.clone()} on_change={measure(i, |m, v| m.current = v)} />
                                <TextField id={format!("{id}-measure{i}-target")} label={t.measure_target_label} value={m.target.clone()} on_change={measure(i, |m, v| m.target = v)} />
                                <button type="button" class="secondary" onclick={remove} aria-label={(t.remove_measure_n)(i + 1)}>{ t.remove }</button>
                            </div>
                        }
                    }) }
                    if let Some(msg) = form.error_for(t, Field::Measure) { <p class="error">{ msg }</p> }
                    <button type="button" class="secondary" onclick={add_measure}>{ t.add_measure }</button>
                </fieldset>
            }
            if let Some(msg) = form.error_elsewhere(t, &[Field::Goal, Field::AttainmentLevel, Field::Measure]) { <p class="error">{ msg }</p> }
            { form_buttons(t, is_new, t.add_goal.into(), form.restored) }
        </form>
    }
}
