use crate::app::components::{
    form_buttons, next_step, CheckboxGroup, EntryActions, RadioGroup, TextField,
};
use crate::app::hooks::{use_editing, use_entry_form, use_text, use_workspace};
use crate::core::{Change, Effect, FactorKind, Field, HelpOrHindrance, Id, List, Plan};
use crate::route::Screen;
use yew::prelude::*;

const NEW_ID: &str = "new-help";

/// "What helps and what gets in the way": conversion factors, personal, social or about
/// places, optionally linked to the life areas they affect.
#[function_component(HelpsPage)]
pub fn helps_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let section = |effect: Effect, heading: &'static str| {
        let entries: Vec<_> = Plan::live(&plan.helps_and_hindrances)
            .filter(|e| e.body.effect == effect)
            .collect();
        html! {
            <section aria-label={heading}>
                <h2>{ heading }</h2>
                if entries.is_empty() {
                    <p class="empty">{ t.nothing_yet }</p>
                } else {
                    <ul class="entries">
                        { for entries.iter().map(|e| html! {
                            <HelpItem key={e.id.to_string()} id={e.id.clone()} help={e.body.clone()} {editable} />
                        }) }
                    </ul>
                }
            </section>
        }
    };
    html! {
        <section class="page helps">
            <h1>{ t.hh_title }</h1>
            <p class="intro">{ t.hh_intro }</p>
            { section(Effect::Helps, t.hh_helps_heading) }
            { section(Effect::GetsInTheWay, t.hh_hinders_heading) }
            if editable {
                <section class="card" aria-labelledby="add-help-heading">
                    <h2 id="add-help-heading">{ t.hh_add_heading }</h2>
                    <HelpForm id={NEW_ID} existing={None::<(Id, HelpOrHindrance)>} on_done={Callback::noop()} />
                </section>
            }
            { next_step(t, plan, Screen::HelpsAndHindrances) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct HelpItemProps {
    id: Id,
    help: HelpOrHindrance,
    editable: bool,
}

#[function_component(HelpItem)]
fn help_item(props: &HelpItemProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let dom_id = format!("help-{}", props.id);
    let editing = use_editing(&dom_id);
    let areas: Vec<&str> = ws
        .plan()
        .map(|p| {
            Plan::live(&p.capabilities)
                .filter(|c| props.help.capabilities.contains(&c.id))
                .map(|c| (t.life_area_name)(c.body.life_area))
                .collect()
        })
        .unwrap_or_default();
    html! {
        <li class="card entry" id={dom_id.clone()}>
            if editing.open {
                <HelpForm id={dom_id.clone()} existing={Some((props.id.clone(), props.help.clone()))} on_done={editing.stop.clone()} />
            } else {
                <p class="entry-text">{ &props.help.text }</p>
                <p class="meta">
                    <span class="tag">{ (t.factor_kind)(props.help.kind) }</span>
                    if !areas.is_empty() { { " · " }{ (t.affects_areas)(&areas.join(", ")) } }
                </p>
                if props.editable {
                    <EntryActions dom_id={dom_id.clone()} label={props.help.text.clone()} on_edit={editing.start.clone()}
                        remove={Change::Remove { list: List::HelpsAndHindrances, id: props.id.clone() }} after_remove={format!("{NEW_ID}-text")} />
                }
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct HelpFormProps {
    id: AttrValue,
    existing: Option<(Id, HelpOrHindrance)>,
    on_done: Callback<()>,
}

fn blank() -> HelpOrHindrance {
    HelpOrHindrance {
        text: String::new(),
        kind: FactorKind::Personal,
        effect: Effect::Helps,
        goals: vec![],
        capabilities: vec![],
    }
}

#[function_component(HelpForm)]
fn help_form(props: &HelpFormProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let form = use_entry_form(
        props.id.clone(),
        props.existing.clone(),
        blank(),
        props.on_done.clone(),
    );
    let draft = form.draft.clone();
    let id = props.id.to_string();
    let update = |f: fn(&mut HelpOrHindrance, String)| form.text(f);
    let on_areas = form.with(|h, ids: Vec<String>| {
        h.capabilities = ids.iter().filter_map(|s| Id::parse(s)).collect()
    });
    let area_options: Vec<(AttrValue, AttrValue)> = ws
        .plan()
        .map(|p| {
            Plan::live(&p.capabilities)
                .map(|c| {
                    (
                        AttrValue::from(c.id.to_string()),
                        AttrValue::from((t.life_area_name)(c.body.life_area)),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let effects = [Effect::Helps, Effect::GetsInTheWay].map(|e| {
        (
            AttrValue::from(effect_value(e)),
            AttrValue::from((t.effect_name)(e)),
        )
    });
    let kinds = [
        FactorKind::Personal,
        FactorKind::Social,
        FactorKind::Environmental,
    ]
    .map(|k| {
        (
            AttrValue::from(kind_value(k)),
            AttrValue::from((t.factor_kind_long)(k)),
        )
    });
    html! {
        <form class="entry-form" onsubmit={form.onsubmit.clone()} novalidate=true>
            <TextField id={format!("{id}-text")} label={t.hh_text_label} value={draft.text.clone()} multiline=true
                on_change={update(|d, v| d.text = v)} error={form.error_for(t, Field::HelpOrHindrance)} />
            <RadioGroup name={format!("{id}-effect")} legend={t.effect_label} options={effects.to_vec()}
                value={effect_value(draft.effect)}
                on_change={update(|d, v| d.effect = if v == "hinders" { Effect::GetsInTheWay } else { Effect::Helps })} />
            <RadioGroup name={format!("{id}-kind")} legend={t.kind_label} options={kinds.to_vec()} value={kind_value(draft.kind)}
                on_change={update(|d, v| d.kind = match v.as_str() { "social" => FactorKind::Social, "environmental" => FactorKind::Environmental, _ => FactorKind::Personal })} />
            if !area_options.is_empty() {
                <CheckboxGroup name={format!("{id}-areas")} legend={t.affects_label} options={area_options}
                    selected={draft.capabilities.iter().map(|c| c.to_string()).collect::<Vec<_>>()} on_change={on_areas} />
            }
            if let Some(msg) = form.error_elsewhere(t, &[Field::HelpOrHindrance]) { <p class="error">{ msg }</p> }
            { form_buttons(t, form.is_new, t.add.into(), form.restored) }
        </form>
    }
}

fn effect_value(e: Effect) -> &'static str {
    match e {
        Effect::Helps => "helps",
        Effect::GetsInTheWay => "hinders",
    }
}

fn kind_value(k: FactorKind) -> &'static str {
    match k {
        FactorKind::Personal => "personal",
        FactorKind::Social => "social",
        FactorKind::Environmental => "environmental",
    }
}
