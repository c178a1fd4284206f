use crate::app::components::{form_buttons, EntryActions, ListPage, RadioGroup, TextField};
use crate::app::hooks::{use_editing, use_entry_form, use_text, use_workspace};
use crate::core::{Change, Field, Id, Involvement, List, Plan, Supporter};
use crate::route::Screen;
use yew::prelude::*;

const NEW_ID: &str = "new-person";

/// "My people and supports": who helps, how, and how involved the person wants each to
/// be. The person decides.
#[function_component(PeoplePage)]
pub fn people_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let people: Vec<_> = Plan::live(&plan.supporters).collect();
    let entries = (!people.is_empty()).then(|| {
        html! { <>{ for people.iter().map(|e| html! { <PersonItem key={e.id.to_string()} id={e.id.clone()} person={e.body.clone()} {editable} /> }) }</> }
    });
    let add_form = editable.then(|| html! { <PersonForm id={NEW_ID} existing={None::<(Id, Supporter)>} on_done={Callback::noop()} /> });
    html! {
        <ListPage screen={Screen::People} class="people" title={t.people_title} intro={t.people_intro} empty={t.people_empty}
            {entries} add_heading={t.people_add_heading} {add_form} />
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
                    <crate::app::pages::CopyFor id={props.id.clone()} name={p.name.clone()} />
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

/// An involvement's name in forms (shared with My team).
pub(crate) fn involvement_value(i: Involvement) -> &'static str {
    match i {
        Involvement::KeptInformed => "informed",
        Involvement::Consulted => "consulted",
        Involvement::SharesTasks => "shares-tasks",
        Involvement::PlansJointly => "plans-jointly",
    }
}

pub(crate) const INVOLVEMENTS: [Involvement; 4] = [
    Involvement::KeptInformed,
    Involvement::Consulted,
    Involvement::SharesTasks,
    Involvement::PlansJointly,
];

#[function_component(PersonForm)]
fn person_form(props: &PersonFormProps) -> Html {
    let t = use_text();
    let blank = Supporter {
        name: String::new(),
        role: String::new(),
        how_they_help: String::new(),
        involvement: Involvement::KeptInformed,
    };
    let form = use_entry_form(
        props.id.clone(),
        props.existing.clone(),
        blank,
        props.on_done.clone(),
    );
    let d = &form.draft;
    let id = props.id.to_string();
    let options: Vec<(AttrValue, AttrValue)> = INVOLVEMENTS
        .iter()
        .map(|i| {
            (
                AttrValue::from(involvement_value(*i)),
                AttrValue::from((t.involvement_name)(*i)),
            )
        })
        .collect();
    let fields = [Field::Name, Field::Role, Field::HowTheyHelp];
    // Named while it edits someone: its fields share their labels with the form that
    // adds a person, further down the same screen.
    let named = props
        .existing
        .as_ref()
        .map(|(_, s)| (t.edit_named)(&s.name));
    html! {
        <form class="entry-form" onsubmit={form.onsubmit.clone()} novalidate=true aria-label={named}>
            <TextField id={format!("{id}-name")} label={t.person_name_label} value={d.name.clone()}
                on_change={form.text(|d, v| d.name = v)} error={form.error_for(t, Field::Name)} />
            <TextField id={format!("{id}-role")} label={t.person_role_label} value={d.role.clone()} hint={AttrValue::from(t.person_role_hint)}
                on_change={form.text(|d, v| d.role = v)} error={form.error_for(t, Field::Role)} />
            <TextField id={format!("{id}-help")} label={t.person_help_label} value={d.how_they_help.clone()} multiline=true
                on_change={form.text(|d, v| d.how_they_help = v)} error={form.error_for(t, Field::HowTheyHelp)} />
            <RadioGroup name={format!("{id}-involvement")} legend={t.involvement_label} {options} value={involvement_value(d.involvement)}
                on_change={form.text(|d, v| d.involvement = INVOLVEMENTS.into_iter().find(|i| involvement_value(*i) == v).unwrap_or_default())} />
            if let Some(msg) = form.error_elsewhere(t, &fields) { <p class="error">{ msg }</p> }
            { form_buttons(t, form.is_new, t.people_add_button.into(), form.restored) }
        </form>
    }
}
