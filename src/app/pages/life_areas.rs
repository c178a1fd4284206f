use crate::app::components::wheel_spokes;
use crate::app::components::{
    form_buttons, next_step, CapabilityWheel, EntryActions, RatingField, TextField,
};
use crate::app::hooks::{use_editing, use_entry_form, use_text, use_workspace};
use crate::core::prepare::capability_for;
use crate::core::{Capability, Change, Field, Id, LifeArea, List, Plan};
use crate::route::Screen;
use yew::prelude::*;

/// "My life areas": how able the person feels now in each area of life, what they would
/// like to be able to do or be, and the wheel that pictures it.
#[function_component(LifeAreasPage)]
pub fn life_areas_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let spokes = wheel_spokes(t, plan);
    html! {
        <section class="page life-areas">
            <h1>{ t.la_title }</h1>
            <p class="intro">{ t.la_intro }</p>
            <ul class="areas">
                { for LifeArea::ALL.iter().map(|area| {
                    let existing = capability_for(plan, *area).map(|e| (e.id.clone(), e.body.clone()));
                    // Two devices may each have filled in the same area before merging.
                    let others: Vec<(Id, Capability)> = Plan::live(&plan.capabilities)
                        .filter(|c| c.body.life_area == *area)
                        .skip(1)
                        .map(|c| (c.id.clone(), c.body.clone()))
                        .collect();
                    html! { <LifeAreaCard key={(t.life_area_name)(*area)} area={*area} {existing} {others} editable={!ws.is_read_only()} /> }
                }) }
            </ul>
            <h2>{ t.wheel_title }</h2>
            <CapabilityWheel id="wheel" {spokes} />
            { next_step(t, plan, Screen::LifeAreas) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LifeAreaCardProps {
    area: LifeArea,
    existing: Option<(Id, Capability)>,
    /// Also written for this area (on another device, before the copies were merged):
    /// shown, so the person can keep one and remove the other.
    others: Vec<(Id, Capability)>,
    editable: bool,
}

fn area_slug(area: LifeArea) -> &'static str {
    match area {
        LifeArea::MovingAbout => "moving-about",
        LifeArea::DailyLiving => "daily-living",
        LifeArea::RelationshipsAndBelonging => "relationships",
        LifeArea::Enjoyment => "enjoyment",
        LifeArea::WorkAndRoles => "work",
        LifeArea::SecurityAndStability => "security",
        LifeArea::FeelingInControl => "in-control",
        LifeArea::HealthAndBody => "health",
    }
}

/// One life area: its ratings and words, or a button to fill it in.
#[function_component(LifeAreaCard)]
fn life_area_card(props: &LifeAreaCardProps) -> Html {
    let t = use_text();
    let name = (t.life_area_name)(props.area);
    let slug = area_slug(props.area);
    let heading_id = format!("area-{slug}");
    let editing = use_editing(&heading_id);
    let actions = crate::app::hooks::use_workspace_actions();
    let open = editing.start.clone();
    let body = match (&props.existing, editing.open) {
        (existing, true) => {
            html! { <CapabilityForm area={props.area} existing={existing.clone()} on_done={editing.stop.clone()} /> }
        }
        (Some((id, c)), false) => html! {
            <>
                <p class="ratings">{ (t.now_and_wished)(c.able_now, c.wished) }</p>
                if !c.now_in_words.is_empty() || !c.description.is_empty() {
                    <dl class="area-words">
                        if !c.now_in_words.is_empty() { <dt>{ t.now_words_title }</dt><dd class="entry-text">{ &c.now_in_words }</dd> }
                        if !c.description.is_empty() { <dt>{ t.wished_words_title }</dt><dd class="entry-text">{ &c.description }</dd> }
                    </dl>
                }
                if props.editable {
                    <EntryActions dom_id={format!("area-{slug}")} label={name} on_edit={open}
                        remove={Change::Remove { list: List::Capabilities, id: id.clone() }} after_remove={heading_id.clone()} />
                }
            </>
        },
        (None, false) => html! {
            if props.editable {
                <button type="button" class="secondary" id={format!("area-{slug}-edit")} onclick={open.reform(|_: MouseEvent| ())}>{ (t.fill_in_area)(name) }</button>
            }
        },
    };
    let others = (!editing.open).then(|| {
        html! {
            { for props.others.iter().map(|(id, c)| {
                let words = [&c.now_in_words, &c.description]
                    .into_iter()
                    .filter(|w| !w.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" → ");
                let label = if words.is_empty() { (t.now_and_wished)(c.able_now, c.wished) } else { words.clone() };
                let remove = {
                    let (id, heading, actions) = (id.clone(), heading_id.clone(), actions);
                    Callback::from(move |_: MouseEvent| {
                        if actions.now().change(Change::Remove { list: List::Capabilities, id: id.clone() }).is_ok() {
                            crate::app::components::focus_soon(heading.clone());
                        }
                    })
                };
                html! {
                    <div class="notice-card also-written" key={id.to_string()}>
                        <p>{ t.also_written_for_area }</p>
                        <p class="ratings">{ (t.now_and_wished)(c.able_now, c.wished) }</p>
                        if !words.is_empty() { <p class="entry-text">{ words }</p> }
                        if props.editable {
                            <p><button type="button" class="secondary" onclick={remove}>{ (t.remove_named)(&label) }</button></p>
                        }
                    </div>
                }
            }) }
        }
    });
    html! {
        <li class="card area" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} tabindex="-1">{ name }</h2>
            <p class="hint">{ (t.life_area_hint)(props.area) }</p>
            { body }
            { for others }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct CapabilityFormProps {
    area: LifeArea,
    existing: Option<(Id, Capability)>,
    on_done: Callback<()>,
}

/// Ratings now and wished (0–10) and, in the person's words, what they want to be able
/// to do or be. Either a rating or words is enough.
#[function_component(CapabilityForm)]
fn capability_form(props: &CapabilityFormProps) -> Html {
    let t = use_text();
    let area = props.area;
    let blank = Capability {
        life_area: area,
        able_now: None,
        wished: None,
        description: String::new(),
        now_in_words: String::new(),
    };
    let slug = area_slug(area);
    let form = use_entry_form(
        AttrValue::from(format!("area-{slug}")),
        props.existing.clone(),
        blank,
        props.on_done.clone(),
    );
    let draft = &form.draft;
    let set = |f: fn(&mut Capability, Option<u8>)| form.with(f);
    let on_description = form.text(|c, v| c.description = v);
    let on_now_words = form.text(|c, v| c.now_in_words = v);
    let fields = [
        Field::AbleNow,
        Field::Wished,
        Field::Capability,
        Field::NowInWords,
    ];
    html! {
        <form class="entry-form" onsubmit={form.onsubmit.clone()} novalidate=true>
            <p class="hint">{ t.scale_hint }</p>
            <div class="field-row">
                <RatingField id={format!("{slug}-now")} label={t.able_now_label} value={draft.able_now}
                    on_change={set(|c, v| c.able_now = v)} error={form.error_for(t, Field::AbleNow)} />
                <RatingField id={format!("{slug}-wished")} label={t.wished_label} value={draft.wished}
                    on_change={set(|c, v| c.wished = v)} error={form.error_for(t, Field::Wished)} />
            </div>
            <TextField id={format!("{slug}-now-words")} label={t.now_in_words_label} value={draft.now_in_words.clone()} multiline=true
                on_change={on_now_words} hint={AttrValue::from(t.now_in_words_hint)} error={form.error_for(t, Field::NowInWords)} />
            <TextField id={format!("{slug}-words")} label={t.capability_label} value={draft.description.clone()} multiline=true
                on_change={on_description} hint={AttrValue::from(t.capability_hint)} error={form.error_for(t, Field::Capability)} />
            if let Some(msg) = form.error_elsewhere(t, &fields) { <p class="error">{ msg }</p> }
            { form_buttons(t, form.is_new, t.save.into(), form.restored) }
        </form>
    }
}
