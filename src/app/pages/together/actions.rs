use crate::app::components::{
    form_buttons, hold_removed, EntryActions, ListPage, RatingField, SelectField, TextField,
};
use crate::app::hooks::{use_editing, use_entry_form, use_text, use_workspace};
use crate::core::together::{needs_smaller_step, responsible_name};
use crate::core::{Action, Change, Field, Id, IfThen, List, Plan, Responsible};
use crate::route::Screen;
use crate::text::Text;
use yew::prelude::*;

/// "Actions": the steps of the self-management plan, who does each, how sure the
/// person is, and what they will do if something gets in the way.
#[function_component(ActionsPage)]
pub fn actions_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let actions: Vec<_> = Plan::live(&plan.actions).collect();
    let entries = (!actions.is_empty()).then(|| {
        html! { <>{ for actions.iter().map(|a| html! {
            <ActionCard key={a.id.to_string()} id={a.id.clone()} action={a.body.clone()}
                responsible={responsible_words(t, plan, &a.body.responsible)} goal={goal_wording(plan, &a.body)} {editable} />
        }) }</> }
    });
    let add_form = editable.then(|| html! { <ActionForm dom_id="new-action" existing={None::<(Id, Action)>} on_done={Callback::noop()} /> });
    html! {
        <ListPage screen={Screen::Actions} class="together" title={t.actions_title} intro={t.actions_intro} empty={t.actions_empty}
            {entries} add_heading={t.new_action_heading} {add_form} />
    }
}

/// Who is responsible, in words.
pub fn responsible_words(t: &Text, plan: &Plan, r: &Responsible) -> String {
    match r {
        Responsible::Person => crate::core::together::person_name(plan).to_string(),
        Responsible::Clinician => t.responsible_clinician.to_string(),
        Responsible::TeamMember(id) => plan
            .team
            .iter()
            .find(|m| &m.id == id)
            .map(|m| crate::app::pages::team::name_and_role(t, &m.body))
            .unwrap_or_else(|| t.not_chosen.to_string()),
        _ => responsible_name(plan, r)
            .unwrap_or(t.not_chosen)
            .to_string(),
    }
}

/// The details of an action in one line: how much, when, how often, with whom.
pub fn details(a: &Action) -> String {
    [&a.how_much, &a.when, &a.how_often, &a.with_whom]
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The words of the goal a step serves, if it names one.
fn goal_wording(plan: &Plan, a: &Action) -> Option<AttrValue> {
    let goal = a.goal.as_ref()?;
    let found = plan.goals.iter().find(|e| &e.id == goal)?;
    Some(found.body.wording.clone().into())
}

/// A step's card is handed the names it shows from elsewhere in the plan, so it is drawn
/// again only when they or the step change, not on every keystroke in the plan.
#[derive(Properties, PartialEq)]
struct ActionCardProps {
    id: Id,
    action: Action,
    /// Who does it, in words.
    responsible: AttrValue,
    /// The goal it serves.
    goal: Option<AttrValue>,
    editable: bool,
}

#[function_component(ActionCard)]
fn action_card(props: &ActionCardProps) -> Html {
    let t = use_text();
    let dom_id = format!("action-{}", props.id);
    let editing = use_editing(&dom_id);
    let a = &props.action;
    if editing.open {
        return html! {
            <li class="card entry" id={dom_id.clone()}>
                <ActionForm dom_id={dom_id.clone()} existing={Some((props.id.clone(), a.clone()))} on_done={editing.stop.clone()} />
            </li>
        };
    }
    let details = details(a);
    html! {
        <li class="card entry action" id={dom_id.clone()}>
            <h2 class="entry-title">{ &a.what }</h2>
            if !details.is_empty() { <p>{ details }</p> }
            <p class="meta">
                { t.responsible_label }{ ": " }<strong>{ &props.responsible }</strong>
                if let Some(goal) = &props.goal { { " · " }{ (t.for_goal)(goal) } }
            </p>
            if let Some(c) = a.confidence { <p>{ (t.confidence_line)(c) }</p> }
            if needs_smaller_step(a) { <p class="suggestion" role="note">{ t.smaller_step }</p> }
            if !a.if_then.is_empty() {
                <ul class="if-then" aria-label={t.if_then_heading}>
                    { for a.if_then.iter().enumerate().map(|(i, p)| html! { <li key={i}>{ (t.if_then_line)(&p.if_, &p.then) }</li> }) }
                </ul>
            }
            if props.editable {
                <EntryActions dom_id={dom_id.clone()} label={a.what.clone()} on_edit={editing.start.clone()}
                    remove={Change::Remove { list: List::Actions, id: props.id.clone() }} after_remove="new-action-what" />
            }
        </li>
    }
}

/// A new step: it serves the plan's goal when there is only one (a choice saved in a
/// short consultation; changing it is one click).
fn blank(plan: Option<&Plan>) -> Action {
    let only_goal = plan.and_then(|p| {
        let mut live = Plan::live(&p.goals);
        match (live.next(), live.next()) {
            (Some(g), None) => Some(g.id.clone()),
            _ => None,
        }
    });
    Action {
        what: String::new(),
        how_much: String::new(),
        when: String::new(),
        how_often: String::new(),
        with_whom: String::new(),
        goal: only_goal,
        responsible: Responsible::Person,
        confidence: None,
        if_then: vec![],
        ended: None,
    }
}

fn responsible_value(r: &Responsible) -> String {
    match r {
        Responsible::Person => "person".into(),
        Responsible::Clinician => "clinician".into(),
        Responsible::Supporter(id) => format!("supporter:{id}"),
        Responsible::CommunitySupport(id) => format!("community:{id}"),
        Responsible::TeamMember(id) => format!("team:{id}"),
    }
}

fn parse_responsible(v: &str) -> Responsible {
    match v.split_once(':') {
        Some(("supporter", id)) => Id::parse(id)
            .map(Responsible::Supporter)
            .unwrap_or_default(),
        Some(("community", id)) => Id::parse(id)
            .map(Responsible::CommunitySupport)
            .unwrap_or_default(),
        Some(("team", id)) => Id::parse(id)
            .map(Responsible::TeamMember)
            .unwrap_or_default(),
        _ if v == "clinician" => Responsible::Clinician,
        _ => Responsible::Person,
    }
}

#[derive(Properties, PartialEq)]
struct ActionFormProps {
    dom_id: AttrValue,
    existing: Option<(Id, Action)>,
    on_done: Callback<()>,
}

#[function_component(ActionForm)]
fn action_form(props: &ActionFormProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let form = use_entry_form(
        props.dom_id.clone(),
        props.existing.clone(),
        blank(ws.plan()),
        props.on_done.clone(),
    );
    let id = props.dom_id.to_string();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let edit = |f: fn(&mut Action, String)| form.text(f);
    let on_confidence = form.with(|a, v: Option<u8>| a.confidence = v);
    let plan_part = |i: usize, then: bool| {
        form.text(move |d: &mut Action, v| {
            if let Some(p) = d.if_then.get_mut(i) {
                if then {
                    p.then = v
                } else {
                    p.if_ = v
                }
            }
        })
    };
    let add_plan = form.update(|d: &mut Action| {
        d.if_then.push(IfThen {
            if_: String::new(),
            then: String::new(),
        })
    });
    let a = &form.draft;
    let mut goals = vec![(AttrValue::from(""), AttrValue::from(t.no_goal))];
    goals.extend(Plan::live(&plan.goals).map(|g| {
        (
            AttrValue::from(g.id.to_string()),
            AttrValue::from(g.body.wording.clone()),
        )
    }));
    if let Some(g) = &a.goal {
        hold_removed(t, &mut goals, g.to_string(), plan, List::Goals, g);
    }
    let mut who = vec![
        (
            AttrValue::from("person"),
            AttrValue::from(t.responsible_person),
        ),
        (
            AttrValue::from("clinician"),
            AttrValue::from(t.responsible_clinician),
        ),
    ];
    // The team by name and role, first contact first: "Priya Patel, practice nurse".
    who.extend(crate::core::team::team_first(plan).into_iter().map(|m| {
        (
            AttrValue::from(format!("team:{}", m.id)),
            AttrValue::from(crate::app::pages::team::name_and_role(t, &m.body)),
        )
    }));
    who.extend(Plan::live(&plan.supporters).map(|s| {
        (
            AttrValue::from(format!("supporter:{}", s.id)),
            AttrValue::from(s.body.name.clone()),
        )
    }));
    who.extend(Plan::live(&plan.community_supports).map(|s| {
        (
            AttrValue::from(format!("community:{}", s.id)),
            AttrValue::from(s.body.name.clone()),
        )
    }));
    let held = match &a.responsible {
        Responsible::Supporter(id) => Some((List::Supporters, id)),
        Responsible::TeamMember(id) => Some((List::Team, id)),
        Responsible::CommunitySupport(id) => Some((List::CommunitySupports, id)),
        Responsible::Person | Responsible::Clinician => None,
    };
    if let Some((list, held)) = held {
        hold_removed(
            t,
            &mut who,
            responsible_value(&a.responsible),
            plan,
            list,
            held,
        );
    }
    let is_new = form.is_new;
    html! {
        <form class="entry-form" onsubmit={form.onsubmit.clone()} novalidate=true>
            <TextField id={format!("{id}-what")} label={t.action_what_label} hint={AttrValue::from(t.action_what_hint)} value={a.what.clone()}
                on_change={edit(|a, v| a.what = v)} error={form.error_for(t, Field::Action)} />
            <div class="field-row">
                <TextField id={format!("{id}-much")} label={t.how_much_label} value={a.how_much.clone()} on_change={edit(|a, v| a.how_much = v)} />
                <TextField id={format!("{id}-when")} label={t.when_label} value={a.when.clone()} on_change={edit(|a, v| a.when = v)} />
            </div>
            <div class="field-row">
                <TextField id={format!("{id}-often")} label={t.how_often_label} value={a.how_often.clone()} on_change={edit(|a, v| a.how_often = v)} />
                <TextField id={format!("{id}-with")} label={t.with_whom_label} value={a.with_whom.clone()} on_change={edit(|a, v| a.with_whom = v)} />
            </div>
            if let Some(msg) = form.error_for(t, Field::ActionDetail) { <p class="error">{ msg }</p> }
            <div class="field-row">
                <SelectField id={format!("{id}-goal")} label={t.action_goal_label} options={goals}
                    value={a.goal.as_ref().map(|g| g.to_string()).unwrap_or_default()} on_change={edit(|a, v| a.goal = Id::parse(&v))} />
                <SelectField id={format!("{id}-who")} label={t.responsible_label} options={who}
                    value={responsible_value(&a.responsible)} on_change={edit(|a, v| a.responsible = parse_responsible(&v))} />
            </div>
            <RatingField id={format!("{id}-confidence")} label={t.confidence_label} hint={AttrValue::from(t.confidence_hint)}
                value={a.confidence} on_change={on_confidence} error={form.error_for(t, Field::Confidence)} />
            if needs_smaller_step(a) { <p class="suggestion" role="note">{ t.smaller_step_in_form }</p> }
            <fieldset class="if-then-fields">
                <legend>{ t.if_then_heading }</legend>
                <p class="hint">{ t.if_then_hint }</p>
                { for a.if_then.iter().enumerate().map(|(i, p)| {
                    let remove = form.update(move |d: &mut Action| {
                        if i < d.if_then.len() {
                            d.if_then.remove(i);
                        }
                    });
                    html! {
                        <div class="field-row" key={i}>
                            <TextField id={format!("{id}-if{i}")} label={t.if_label} value={p.if_.clone()} on_change={plan_part(i, false)} />
                            <TextField id={format!("{id}-then{i}")} label={t.then_label} value={p.then.clone()} on_change={plan_part(i, true)} />
                            <button type="button" class="secondary" onclick={remove} aria-label={(t.remove_if_then_n)(i + 1)}>{ t.remove }</button>
                        </div>
                    }
                }) }
                if let Some(msg) = form.error_for(t, Field::IfThen) { <p class="error">{ msg }</p> }
                <button type="button" class="secondary" onclick={add_plan}>{ t.add_if_then }</button>
            </fieldset>
            if let Some(msg) = form.error_elsewhere(t, &[Field::Action, Field::ActionDetail, Field::Confidence, Field::IfThen]) {
                <p class="error">{ msg }</p>
            }
            { form_buttons(t, is_new, t.add_action.into(), form.restored) }
        </form>
    }
}
