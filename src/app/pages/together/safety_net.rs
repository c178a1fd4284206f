use crate::app::components::{
    form_buttons, hold_removed, next_step, EntryActions, SelectField, TextField,
};
use crate::app::hooks::{use_editing, use_entry_form, use_text, use_workspace};
use crate::app::pages::team::{people_to_name, ring_words};
use crate::core::{Change, Field, Id, List, Plan, SafetyNetEntry, Zone};
use crate::text::Text;
use yew::prelude::*;

pub const ZONES: [Zone; 3] = [Zone::Green, Zone::Amber, Zone::Red];

pub fn zone_slug(z: Zone) -> &'static str {
    match z {
        Zone::Green => "green",
        Zone::Amber => "amber",
        Zone::Red => "red",
    }
}

/// A zone's heading: colour, a mark and words together, never colour alone.
pub fn zone_heading(t: &Text, z: Zone) -> Html {
    let mark = match z {
        Zone::Green => "●",
        Zone::Amber => "▲",
        Zone::Red => "■",
    };
    html! { <><span class="zone-mark" aria-hidden="true">{ mark }</span>{ " " }{ (t.zone_name)(z) }</> }
}

/// "Safety net": what to do if things get worse, in three zones.
#[function_component(SafetyNetPage)]
pub fn safety_net_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    html! {
        <section class="page together safety-net-page">
            <h1>{ t.safety_title }</h1>
            { crate::app::components::writing_as(t, &ws) }
            <p class="intro">{ t.safety_intro }</p>
            { for ZONES.iter().map(|zone| {
                let slug = zone_slug(*zone);
                let entries: Vec<_> = Plan::live(&plan.safety_net).filter(|e| e.body.zone == *zone).collect();
                html! {
                    <section key={slug} class={classes!("card", "zone", slug)} aria-labelledby={format!("zone-{slug}")}>
                        <h2 id={format!("zone-{slug}")}>{ zone_heading(t, *zone) }</h2>
                        <p class="hint">{ (t.zone_hint)(*zone) }</p>
                        if !entries.is_empty() {
                            <ul class="entries">
                                { for entries.iter().map(|e| html! {
                                    <SafetyLine key={e.id.to_string()} id={e.id.clone()} line={e.body.clone()} {editable} />
                                }) }
                            </ul>
                        }
                        if editable { <SafetyForm dom_id={format!("new-{slug}")} zone={*zone} existing={None::<(Id, SafetyNetEntry)>} on_done={Callback::noop()} /> }
                    </section>
                }
            }) }
            { next_step(t, plan, crate::route::Screen::SafetyNet) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SafetyLineProps {
    id: Id,
    line: SafetyNetEntry,
    editable: bool,
}

#[function_component(SafetyLine)]
fn safety_line(props: &SafetyLineProps) -> Html {
    let t = use_text();
    let dom_id = format!("safety-{}", props.id);
    let editing = use_editing(&dom_id);
    let ws = use_workspace();
    let l = &props.line;
    let ring = ws.plan().and_then(|p| ring_words(t, p, l));
    html! {
        <li class="entry safety-line" id={dom_id.clone()}>
            if editing.open {
                <SafetyForm dom_id={dom_id.clone()} zone={l.zone} existing={Some((props.id.clone(), l.clone()))} on_done={editing.stop.clone()} />
            } else {
                <p><strong>{ t.signs_label }{ ": " }</strong>{ &l.signs }</p>
                <p><strong>{ t.what_to_do_label }{ ": " }</strong>{ &l.what_to_do }</p>
                if let Some(ring) = ring { <p class="ring">{ ring }</p> }
                if !l.contact.is_empty() { <p><strong>{ t.contact_label }{ ": " }</strong>{ &l.contact }</p> }
                if props.editable {
                    <EntryActions dom_id={dom_id.clone()} label={l.signs.clone()} on_edit={editing.start.clone()}
                        remove={Change::Remove { list: List::SafetyNet, id: props.id.clone() }} after_remove={format!("new-{}-signs", zone_slug(l.zone))} />
                }
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct SafetyFormProps {
    dom_id: AttrValue,
    zone: Zone,
    existing: Option<(Id, SafetyNetEntry)>,
    on_done: Callback<()>,
}

#[function_component(SafetyForm)]
fn safety_form(props: &SafetyFormProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let zone = props.zone;
    let blank = SafetyNetEntry {
        zone,
        signs: String::new(),
        what_to_do: String::new(),
        contact: String::new(),
        who: None,
    };
    let form = use_entry_form(
        props.dom_id.clone(),
        props.existing.clone(),
        blank,
        props.on_done.clone(),
    );
    let d = &form.draft;
    let id = props.dom_id.to_string();
    let mut who = vec![(AttrValue::from(""), AttrValue::from(t.team.nobody_named))];
    if let Some(plan) = ws.plan() {
        who.extend(
            people_to_name(t, plan)
                .into_iter()
                .map(|(id, words)| (AttrValue::from(id.to_string()), AttrValue::from(words))),
        );
        if let Some(held) = &d.who {
            let list = if plan.supporters.iter().any(|s| &s.id == held) {
                List::Supporters
            } else {
                List::Team
            };
            hold_removed(t, &mut who, held.to_string(), plan, list, held);
        }
    }
    html! {
        <form class="entry-form" onsubmit={form.onsubmit.clone()} novalidate=true aria-label={(t.add_to_zone)((t.zone_name)(zone))}>
            <TextField id={format!("{id}-signs")} label={(t.zone_signs_label)((t.zone_name)(zone))} value={d.signs.clone()}
                on_change={form.text(|l, v| l.signs = v)} error={form.error_for(t, Field::Signs)} />
            <TextField id={format!("{id}-do")} label={t.what_to_do_label} value={d.what_to_do.clone()}
                on_change={form.text(|l, v| l.what_to_do = v)} error={form.error_for(t, Field::WhatToDo)} />
            <SelectField id={format!("{id}-who")} label={t.team.who_to_contact_label} options={who} value={d.who.as_ref().map(|w| w.to_string()).unwrap_or_default()}
                on_change={form.text(|l, v| l.who = Id::parse(&v))} error={form.error_for(t, Field::LinkedEntry)} />
            <TextField id={format!("{id}-contact")} label={t.team.service_label} hint={AttrValue::from(t.team.service_hint)} value={d.contact.clone()}
                on_change={form.text(|l, v| l.contact = v)} error={form.error_for(t, Field::Contact)} />
            if let Some(msg) = form.error_elsewhere(t, &[Field::Signs, Field::WhatToDo, Field::Contact, Field::LinkedEntry]) { <p class="error">{ msg }</p> }
            { form_buttons(t, form.is_new, (t.add_to_zone)((t.zone_name)(zone)).into(), form.restored) }
        </form>
    }
}
