use crate::app::components::{
    form_buttons, CheckboxGroup, EntryActions, ListPage, RadioGroup, TextField,
};
use crate::app::hooks::{use_editing, use_entry_form, use_text, use_workspace};
use crate::core::{Change, CommunitySupport, Field, Id, List, Plan, ReferralStatus};
use crate::route::Screen;
use yew::prelude::*;

const STATUSES: [ReferralStatus; 5] = [
    ReferralStatus::Suggested,
    ReferralStatus::Referred,
    ReferralStatus::Contacted,
    ReferralStatus::Attended,
    ReferralStatus::Stopped,
];

/// "Community supports": local groups and services (social prescribing), what each
/// offers, which goals it serves, and how the referral went — so referrals do not vanish.
#[function_component(CommunitySupportsPage)]
pub fn community_supports_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let supports: Vec<_> = Plan::live(&plan.community_supports).collect();
    let entries = (!supports.is_empty()).then(|| {
        html! { <>{ for supports.iter().map(|s| html! {
            <SupportCard key={s.id.to_string()} id={s.id.clone()} support={s.body.clone()}
                goals={goals_served(plan, &s.body)} {editable} />
        }) }</> }
    });
    let add_form = editable.then(|| html! {
        <SupportForm dom_id="new-support" existing={None::<(Id, CommunitySupport)>} on_done={Callback::noop()} />
    });
    html! {
        <ListPage screen={Screen::CommunitySupports} class="together" title={t.community_title} intro={t.community_intro}
            empty={t.community_empty} {entries} add_heading={t.new_support_heading} {add_form} />
    }
}

/// The words of the goals a support serves, in the plan's order.
fn goals_served(plan: &Plan, s: &CommunitySupport) -> Vec<String> {
    plan.goals
        .iter()
        .filter(|g| s.goals.contains(&g.id))
        .map(|g| g.body.wording.clone())
        .collect()
}

/// Handed the goals it names, so a card is drawn again only when it or they change.
#[derive(Properties, PartialEq)]
struct SupportCardProps {
    id: Id,
    support: CommunitySupport,
    /// The goals it serves, in words.
    goals: Vec<String>,
    editable: bool,
}

#[function_component(SupportCard)]
fn support_card(props: &SupportCardProps) -> Html {
    let t = use_text();
    let dom_id = format!("support-{}", props.id);
    let editing = use_editing(&dom_id);
    let referring = use_state(|| false);
    let s = &props.support;
    if editing.open {
        return html! {
            <li class="card entry" id={dom_id.clone()}>
                <SupportForm dom_id={dom_id.clone()} existing={Some((props.id.clone(), s.clone()))} on_done={editing.stop.clone()} />
            </li>
        };
    }
    let goals = &props.goals;
    html! {
        <li class="card entry" id={dom_id.clone()}>
            <h2 class="entry-title">{ &s.name }</h2>
            if !s.offer.is_empty() { <p>{ &s.offer }</p> }
            if !s.contact.is_empty() { <p class="meta">{ t.contact_label }{ ": " }{ &s.contact }</p> }
            <p><span class="tag">{ t.referral_label }{ ": " }{ (t.referral_name)(s.referral) }</span></p>
            if !s.how_it_went.is_empty() { <p>{ t.how_it_went_label }{ ": " }{ &s.how_it_went }</p> }
            if !goals.is_empty() { <p class="meta">{ (t.for_goal)(&goals.join("; ")) }</p> }
            { crate::app::pages::referral_answers(t, s) }
            if props.editable {
                <EntryActions dom_id={dom_id.clone()} label={s.name.clone()} on_edit={editing.start.clone()}
                    remove={Change::Remove { list: List::CommunitySupports, id: props.id.clone() }} after_remove="new-support-name" />
                <p><button type="button" class="secondary" aria-expanded={referring.to_string()}
                    onclick={{ let r = referring.clone(); Callback::from(move |_| r.set(!*r)) }}>{ (t.copies.refer_button)(&s.name) }</button></p>
                if *referring { <crate::app::pages::MakeReferral support={props.id.clone()} /> }
            }
        </li>
    }
}

fn blank() -> CommunitySupport {
    CommunitySupport {
        name: String::new(),
        offer: String::new(),
        contact: String::new(),
        referral: ReferralStatus::Suggested,
        how_it_went: String::new(),
        goals: vec![],
        ..CommunitySupport::default()
    }
}

#[derive(Properties, PartialEq)]
struct SupportFormProps {
    dom_id: AttrValue,
    existing: Option<(Id, CommunitySupport)>,
    on_done: Callback<()>,
}

#[function_component(SupportForm)]
fn support_form(props: &SupportFormProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let form = use_entry_form(
        props.dom_id.clone(),
        props.existing.clone(),
        blank(),
        props.on_done.clone(),
    );
    let d = &form.draft;
    let id = props.dom_id.to_string();
    let goals: Vec<(AttrValue, AttrValue)> = ws
        .plan()
        .map(|p| {
            Plan::live(&p.goals)
                .map(|g| {
                    (
                        AttrValue::from(g.id.to_string()),
                        AttrValue::from(g.body.wording.clone()),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let statuses: Vec<(AttrValue, AttrValue)> = STATUSES
        .iter()
        .map(|s| {
            (
                AttrValue::from(s.slug()),
                AttrValue::from((t.referral_name)(*s)),
            )
        })
        .collect();
    let fields = [Field::Name, Field::Offer, Field::Contact, Field::HowItWent];
    html! {
        <form class="entry-form" onsubmit={form.onsubmit.clone()} novalidate=true>
            <TextField id={format!("{id}-name")} label={t.support_name_label} hint={AttrValue::from(t.support_name_hint)} value={d.name.clone()}
                on_change={form.text(|s, v| s.name = v)} error={form.error_for(t, Field::Name)} />
            <TextField id={format!("{id}-offer")} label={t.offer_label} multiline=true value={d.offer.clone()}
                on_change={form.text(|s, v| s.offer = v)} error={form.error_for(t, Field::Offer)} />
            <TextField id={format!("{id}-contact")} label={t.contact_label} value={d.contact.clone()}
                on_change={form.text(|s, v| s.contact = v)} error={form.error_for(t, Field::Contact)} />
            <RadioGroup name={format!("{id}-referral")} legend={t.referral_label} options={statuses} value={d.referral.slug()}
                on_change={form.text(|s, v| s.referral = STATUSES.into_iter().find(|x| x.slug() == v).unwrap_or_default())} />
            <TextField id={format!("{id}-went")} label={t.how_it_went_label} multiline=true value={d.how_it_went.clone()}
                on_change={form.text(|s, v| s.how_it_went = v)} error={form.error_for(t, Field::HowItWent)} />
            if !goals.is_empty() {
                <CheckboxGroup name={format!("{id}-goals")} legend={t.support_goals_label} options={goals}
                    selected={d.goals.iter().map(|g| g.to_string()).collect::<Vec<_>>()}
                    on_change={form.with(|s, ids: Vec<String>| s.goals = ids.iter().filter_map(|i| Id::parse(i)).collect())} />
            }
            if let Some(msg) = form.error_elsewhere(t, &fields) { <p class="error">{ msg }</p> }
            { form_buttons(t, form.is_new, t.add_support.into(), form.restored) }
        </form>
    }
}
