use crate::app::components::{error_elsewhere, error_for, EntryActions, NextStep, RadioGroup, TextField};
use crate::app::device::clock;
use crate::app::hooks::{use_editing, use_text, use_workspace};
use crate::core::{Change, ChangeError, Field, Id, Involvement, Item, List, Plan, Supporter};
use crate::route::Screen;
use yew::prelude::*;

const NEW_ID: &str = "new-person";

/// "My people and supports": who helps, how, and how involved the person wants each to
/// be. The person decides.
#[function_component(PeoplePage)]
pub fn people_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else { return html! {} };
    let editable = !ws.is_read_only();
    let people: Vec<_> = Plan::live(&plan.supporters).collect();
    html! {
        <section class="page people">
            <h1>{ t.people_title }</h1>
            <p class="intro">{ t.people_intro }</p>
            if people.is_empty() {
                <p class="empty">{ t.people_empty }</p>
            } else {
                <ul class="entries" aria-label={t.people_title}>
                    { for people.iter().map(|e| html! {
                        <PersonItem key={e.id.to_string()} id={e.id.clone()} person={e.body.clone()} {editable} />
                    }) }
                </ul>
            }
            if editable {
                <section class="card" aria-labelledby="add-person-heading">
                    <h2 id="add-person-heading">{ t.people_add_heading }</h2>
                    <PersonForm id={NEW_ID} existing={None::<(Id, Supporter)>} on_done={Callback::noop()} />
                </section>
            }
            <NextStep current={Screen::People} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PersonItemProps {
    id: Id,
    person: Supporter,
    editable: bool,
}

#[function_component(PersonItem)]
fn person_item(props: &PersonItemProps) -> Html {
    let t = use_text();
    let dom_id = format!("person-{}", props.id);
    let editing = use_editing(&dom_id);
    let p = &props.person;
    html! {
        <li class="card entry" id={dom_id.clone()}>
            if editing.open {
                <PersonForm id={dom_id.clone()} existing={Some((props.id.clone(), p.clone()))} on_done={editing.stop.clone()} />
            } else {
                <h2 class="entry-title">{ &p.name }
                    if !p.role.is_empty() { <span class="role">{ " · " }{ &p.role }</span> }
                </h2>
                if !p.how_they_help.is_empty() { <p class="entry-text">{ &p.how_they_help }</p> }
                <p class="meta"><span class="tag">{ (t.involvement_name)(p.involvement) }</span></p>
                if props.editable {
                    <EntryActions dom_id={dom_id.clone()} label={p.name.clone()} on_edit={editing.start.clone()}
                        remove={Change::Remove { list: List::Supporters, id: props.id.clone() }} after_remove={format!("{NEW_ID}-name")} />
                }
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct PersonFormProps {
    id: AttrValue,
    existing: Option<(Id, Supporter)>,
    on_done: Callback<()>,
}

fn blank() -> Supporter {
    Supporter { name: String::new(), role: String::new(), how_they_help: String::new(), involvement: Involvement::KeptInformed }
}

fn involvement_value(i: Involvement) -> &'static str {
    match i {
        Involvement::KeptInformed => "informed",
        Involvement::Consulted => "consulted",
        Involvement::SharesTasks => "shares-tasks",
        Involvement::PlansJointly => "plans-jointly",
    }
}

const INVOLVEMENTS: [Involvement; 4] =
    [Involvement::KeptInformed, Involvement::Consulted, Involvement::SharesTasks, Involvement::PlansJointly];

#[function_component(PersonForm)]
fn person_form(props: &PersonFormProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let draft = use_state(|| props.existing.as_ref().map(|(_, s)| s.clone()).unwrap_or_else(blank));
    let error = use_state(|| None::<ChangeError>);
    let id = props.id.to_string();
    let update = |f: fn(&mut Supporter, String)| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            f(&mut d, v);
            draft.set(d);
        })
    };
    let onsubmit = {
        let (ws, draft, error, done, existing) = (ws.clone(), draft.clone(), error.clone(), props.on_done.clone(), props.existing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let change = match &existing {
                Some((id, _)) => Change::Edit(Item::Supporter(id.clone(), (*draft).clone())),
                None => Change::Add(Item::Supporter(clock::new_id(), (*draft).clone())),
            };
            match ws.change(change) {
                Ok(()) | Err(ChangeError::Unchanged) => {
                    if existing.is_none() {
                        draft.set(blank());
                    }
                    error.set(None);
                    done.emit(());
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let options: Vec<(AttrValue, AttrValue)> =
        INVOLVEMENTS.iter().map(|i| (AttrValue::from(involvement_value(*i)), AttrValue::from((t.involvement_name)(*i)))).collect();
    let fields = [Field::Name, Field::Role, Field::HowTheyHelp];
    html! {
        <form class="entry-form" {onsubmit} novalidate=true>
            <TextField id={format!("{id}-name")} label={t.person_name_label} value={draft.name.clone()}
                on_change={update(|d, v| d.name = v)} error={error_for(t, &error, Field::Name)} />
            <TextField id={format!("{id}-role")} label={t.person_role_label} value={draft.role.clone()} hint={AttrValue::from(t.person_role_hint)}
                on_change={update(|d, v| d.role = v)} error={error_for(t, &error, Field::Role)} />
            <TextField id={format!("{id}-help")} label={t.person_help_label} value={draft.how_they_help.clone()} multiline=true
                on_change={update(|d, v| d.how_they_help = v)} error={error_for(t, &error, Field::HowTheyHelp)} />
            <RadioGroup name={format!("{id}-involvement")} legend={t.involvement_label} {options}
                value={involvement_value(draft.involvement)}
                on_change={update(|d, v| d.involvement = INVOLVEMENTS.into_iter().find(|i| involvement_value(*i) == v).unwrap_or_default())} />
            if let Some(msg) = error_elsewhere(t, &error, &fields) { <p class="error">{ msg }</p> }
            <div class="actions">
                <button type="submit">{ if props.existing.is_some() { t.save } else { t.people_add_button } }</button>
                if props.existing.is_some() {
                    <button type="button" class="secondary" onclick={props.on_done.reform(|_| ())}>{ t.cancel }</button>
                }
            </div>
        </form>
    }
}
