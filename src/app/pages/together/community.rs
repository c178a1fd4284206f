use crate::app::components::{error_elsewhere, error_for, CheckboxGroup, EntryActions, NextStep, RadioGroup, TextField};
use crate::app::device::clock;
use crate::app::hooks::{use_editing, use_text, use_workspace};
use crate::core::{Change, ChangeError, CommunitySupport, Field, Id, Item, List, Plan, ReferralStatus};
use crate::route::Screen;
use yew::prelude::*;

const STATUSES: [ReferralStatus; 4] =
    [ReferralStatus::Suggested, ReferralStatus::Referred, ReferralStatus::Attended, ReferralStatus::Stopped];

fn status_value(s: ReferralStatus) -> &'static str {
    match s {
        ReferralStatus::Suggested => "suggested",
        ReferralStatus::Referred => "referred",
        ReferralStatus::Attended => "attended",
        ReferralStatus::Stopped => "stopped",
    }
}

/// "Community supports": local groups and services (social prescribing), what each
/// offers, which goals it serves, and how the referral went — so referrals do not vanish.
#[function_component(CommunitySupportsPage)]
pub fn community_supports_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else { return html! {} };
    let editable = !ws.is_read_only();
    let supports: Vec<_> = Plan::live(&plan.community_supports).collect();
    html! {
        <section class="page together community-page">
            <h1>{ t.community_title }</h1>
            <p class="intro">{ t.community_intro }</p>
            if supports.is_empty() {
                <p class="empty">{ t.community_empty }</p>
            } else {
                <ul class="entries" aria-label={t.community_title}>
                    { for supports.iter().map(|s| html! {
                        <SupportCard key={s.id.to_string()} id={s.id.clone()} support={s.body.clone()} {editable} />
                    }) }
                </ul>
            }
            if editable {
                <section class="card" aria-labelledby="new-support-heading">
                    <h2 id="new-support-heading">{ t.new_support_heading }</h2>
                    <SupportForm dom_id="new-support" existing={None::<(Id, CommunitySupport)>} on_done={Callback::noop()} />
                </section>
            }
            <NextStep current={Screen::CommunitySupports} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SupportCardProps {
    id: Id,
    support: CommunitySupport,
    editable: bool,
}

#[function_component(SupportCard)]
fn support_card(props: &SupportCardProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let dom_id = format!("support-{}", props.id);
    let editing = use_editing(&dom_id);
    let s = &props.support;
    if editing.open {
        return html! {
            <li class="card entry" id={dom_id.clone()}>
                <SupportForm dom_id={dom_id.clone()} existing={Some((props.id.clone(), s.clone()))} on_done={editing.stop.clone()} />
            </li>
        };
    }
    let goals: Vec<String> = ws
        .plan()
        .map(|p| p.goals.iter().filter(|g| s.goals.contains(&g.id)).map(|g| g.body.wording.clone()).collect())
        .unwrap_or_default();
    html! {
        <li class="card entry" id={dom_id.clone()}>
            <h2 class="entry-title">{ &s.name }</h2>
            if !s.offer.is_empty() { <p>{ &s.offer }</p> }
            if !s.contact.is_empty() { <p class="meta">{ t.contact_label }{ ": " }{ &s.contact }</p> }
            <p><span class="tag">{ t.referral_label }{ ": " }{ (t.referral_name)(s.referral) }</span></p>
            if !s.how_it_went.is_empty() { <p>{ t.how_it_went_label }{ ": " }{ &s.how_it_went }</p> }
            if !goals.is_empty() { <p class="meta">{ (t.for_goal)(&goals.join("; ")) }</p> }
            if props.editable {
                <EntryActions dom_id={dom_id.clone()} label={s.name.clone()} on_edit={editing.start.clone()}
                    remove={Change::Remove { list: List::CommunitySupports, id: props.id.clone() }} after_remove="new-support-name" />
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
    let draft = use_state(|| props.existing.as_ref().map(|(_, s)| s.clone()).unwrap_or_else(blank));
    let error = use_state(|| None::<ChangeError>);
    let id = props.dom_id.to_string();
    let edit = |f: fn(&mut CommunitySupport, String)| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            f(&mut d, v);
            draft.set(d);
        })
    };
    let on_goals = {
        let draft = draft.clone();
        Callback::from(move |ids: Vec<String>| {
            draft.set(CommunitySupport { goals: ids.iter().filter_map(|s| Id::parse(s)).collect(), ..(*draft).clone() })
        })
    };
    let onsubmit = {
        let (ws, draft, error, done, existing) = (ws.clone(), draft.clone(), error.clone(), props.on_done.clone(), props.existing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let change = match &existing {
                Some((id, _)) => Change::Edit(Item::CommunitySupport(id.clone(), (*draft).clone())),
                None => Change::Add(Item::CommunitySupport(clock::new_id(), (*draft).clone())),
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
    let goals: Vec<(AttrValue, AttrValue)> = ws
        .plan()
        .map(|p| Plan::live(&p.goals).map(|g| (AttrValue::from(g.id.to_string()), AttrValue::from(g.body.wording.clone()))).collect())
        .unwrap_or_default();
    let statuses: Vec<(AttrValue, AttrValue)> =
        STATUSES.iter().map(|s| (AttrValue::from(status_value(*s)), AttrValue::from((t.referral_name)(*s)))).collect();
    let fields = [Field::Name, Field::Offer, Field::Contact, Field::HowItWent];
    let is_new = props.existing.is_none();
    html! {
        <form class="entry-form" {onsubmit} novalidate=true>
            <TextField id={format!("{id}-name")} label={t.support_name_label} hint={AttrValue::from(t.support_name_hint)} value={draft.name.clone()}
                on_change={edit(|s, v| s.name = v)} error={error_for(t, &error, Field::Name)} />
            <TextField id={format!("{id}-offer")} label={t.offer_label} multiline=true value={draft.offer.clone()}
                on_change={edit(|s, v| s.offer = v)} error={error_for(t, &error, Field::Offer)} />
            <TextField id={format!("{id}-contact")} label={t.contact_label} value={draft.contact.clone()}
                on_change={edit(|s, v| s.contact = v)} error={error_for(t, &error, Field::Contact)} />
            <RadioGroup name={format!("{id}-referral")} legend={t.referral_label} options={statuses} value={status_value(draft.referral)}
                on_change={edit(|s, v| s.referral = STATUSES.into_iter().find(|x| status_value(*x) == v).unwrap_or_default())} />
            <TextField id={format!("{id}-went")} label={t.how_it_went_label} multiline=true value={draft.how_it_went.clone()}
                on_change={edit(|s, v| s.how_it_went = v)} error={error_for(t, &error, Field::HowItWent)} />
            if !goals.is_empty() {
                <CheckboxGroup name={format!("{id}-goals")} legend={t.support_goals_label} options={goals}
                    selected={draft.goals.iter().map(|g| g.to_string()).collect::<Vec<_>>()} on_change={on_goals} />
            }
            if let Some(msg) = error_elsewhere(t, &error, &fields) { <p class="error">{ msg }</p> }
            <div class="actions">
                <button type="submit">{ if is_new { t.add_support } else { t.save } }</button>
                if !is_new { <button type="button" class="secondary" onclick={props.on_done.reform(|_| ())}>{ t.cancel }</button> }
            </div>
        </form>
    }
}
