use crate::app::components::{error_elsewhere, error_for, EntryActions, NextStep, TextField};
use crate::app::device::clock;
use crate::app::hooks::{use_editing, use_text, use_workspace};
use crate::core::{Change, ChangeError, Field, Id, Item, List, Plan, SafetyNetEntry, Zone};
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
    let Some(plan) = ws.plan() else { return html! {} };
    let editable = !ws.is_read_only();
    html! {
        <section class="page together safety-net-page">
            <h1>{ t.safety_title }</h1>
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
            <NextStep current={crate::route::Screen::SafetyNet} />
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
    let l = &props.line;
    html! {
        <li class="entry safety-line" id={dom_id.clone()}>
            if editing.open {
                <SafetyForm dom_id={dom_id.clone()} zone={l.zone} existing={Some((props.id.clone(), l.clone()))} on_done={editing.stop.clone()} />
            } else {
                <p><strong>{ t.signs_label }{ ": " }</strong>{ &l.signs }</p>
                <p><strong>{ t.what_to_do_label }{ ": " }</strong>{ &l.what_to_do }</p>
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
    let blank = move || SafetyNetEntry { zone, signs: String::new(), what_to_do: String::new(), contact: String::new() };
    let draft = use_state(|| props.existing.as_ref().map(|(_, l)| l.clone()).unwrap_or_else(blank));
    let error = use_state(|| None::<ChangeError>);
    let id = props.dom_id.to_string();
    let edit = |f: fn(&mut SafetyNetEntry, String)| {
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
                Some((id, _)) => Change::Edit(Item::SafetyNetEntry(id.clone(), (*draft).clone())),
                None => Change::Add(Item::SafetyNetEntry(clock::new_id(), (*draft).clone())),
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
    let is_new = props.existing.is_none();
    html! {
        <form class="entry-form" {onsubmit} novalidate=true aria-label={(t.add_to_zone)((t.zone_name)(zone))}>
            <TextField id={format!("{id}-signs")} label={(t.zone_signs_label)((t.zone_name)(zone))} value={draft.signs.clone()}
                on_change={edit(|l, v| l.signs = v)} error={error_for(t, &error, Field::Signs)} />
            <TextField id={format!("{id}-do")} label={t.what_to_do_label} value={draft.what_to_do.clone()}
                on_change={edit(|l, v| l.what_to_do = v)} error={error_for(t, &error, Field::WhatToDo)} />
            <TextField id={format!("{id}-contact")} label={t.contact_label} value={draft.contact.clone()}
                on_change={edit(|l, v| l.contact = v)} error={error_for(t, &error, Field::Contact)} />
            if let Some(msg) = error_elsewhere(t, &error, &[Field::Signs, Field::WhatToDo, Field::Contact]) { <p class="error">{ msg }</p> }
            <div class="actions">
                <button type="submit">{ if is_new { (t.add_to_zone)((t.zone_name)(zone)) } else { t.save.to_string() } }</button>
                if !is_new { <button type="button" class="secondary" onclick={props.on_done.reform(|_| ())}>{ t.cancel }</button> }
            </div>
        </form>
    }
}
