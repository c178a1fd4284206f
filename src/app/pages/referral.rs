use crate::app::components::{
    choose_entries, code_for, edit_words, LiveField, QrCode, RadioGroup, ShareLink, ShareLinkProps,
    TextField,
};
use crate::app::device::clock;
use crate::app::hooks::{use_text, use_workspace};
use crate::app::parts::sending;
use crate::core::change::List;
use crate::core::qr::QrImage;
use crate::core::referral::{answer, referral, referred_support, suggested};
use crate::core::share::Selection;
use crate::core::{CommunitySupport, Id, Plan, ReferralAnswer, ReferralStatus};
use crate::text::Text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MakeReferralProps {
    pub support: Id,
}

/// "Refer with CoPlan", on the person's device: what they hope for, what makes it
/// possible or hard, how to reach them (kept in the plan as typed), what else goes in,
/// and the referral as a link, QR code or file to take or send.
#[function_component(MakeReferral)]
pub fn make_referral(props: &MakeReferralProps) -> Html {
    let t = use_text();
    let c = t.copies;
    let ws = use_workspace();
    let chosen = use_state(|| None::<Selection>);
    let made = use_state(clock::now);
    let code = use_state(|| None::<QrImage>);
    let selection = |plan: &Plan| {
        chosen
            .as_ref()
            .cloned()
            .unwrap_or_else(|| suggested(plan, &props.support))
    };
    let copy = ws
        .plan()
        .filter(|p| Plan::live(&p.community_supports).any(|s| s.id == props.support))
        .map(|p| referral(p, &props.support, &selection(p), *made));
    {
        // The printed referral carries its own code, so paper alone can be answered.
        let code = code.clone();
        use_effect_with(copy.clone(), move |copy| {
            if let Some(copy) = copy.clone() {
                wasm_bindgen_futures::spawn_local(async move { code.set(code_for(&copy).await) });
            }
        });
    }
    let (Some(plan), Some(copy)) = (ws.plan(), copy) else {
        return html! {};
    };
    let Some(support) = Plan::live(&plan.community_supports).find(|s| s.id == props.support) else {
        return html! {};
    };
    let selection = selection(plan);
    let on_change = {
        let (chosen, made) = (chosen.clone(), made.clone());
        Callback::from(move |s: Selection| {
            chosen.set(Some(s));
            made.set(clock::now());
        })
    };
    let field = |key: &'static str, words: fn(&mut CommunitySupport) -> &mut String| {
        let id = &props.support;
        let (edit, _) = edit_words::<CommunitySupport>(&ws, id, words, format!("refer-{key}-{id}"));
        let made = made.clone();
        Callback::from(move |typed| {
            let answer = edit.emit(typed);
            made.set(clock::now());
            answer
        })
    };
    let id = props.support.to_string();
    let b = &support.body;
    html! {
        <div class="make-referral">
            <p>{ c.refer_intro }</p>
            <LiveField id={format!("hope-{id}")} label={c.hope_label} value={b.hope.clone()} multiline=true type_words={field("hope", |s| &mut s.hope)} />
            <LiveField id={format!("practical-{id}")} label={c.practical_label} value={b.practical.clone()} multiline=true type_words={field("practical", |s| &mut s.practical)} />
            <LiveField id={format!("reach-{id}")} label={c.reach_me_label} value={b.reach_me.clone()} type_words={field("reach", |s| &mut s.reach_me)} />
            { choose_entries(t, &format!("refer-{id}"), plan, &[List::WhatMatters, List::Goals], &selection, &on_change) }
            <ShareLink copy={Some(copy.clone())} dom_id={format!("referral-link-{}", props.support)} heading={AttrValue::from((c.refer_link_heading)(&b.name))} body={AttrValue::from(c.refer_link_body)} />
            <p><button type="button" class="secondary" onclick={Callback::from(|_| print_referral())}>{ c.print_referral }</button></p>
            <section class="referral-print" aria-hidden="true">
                <h1>{ (c.referral_title)(&plan.name, &b.name) }</h1>
                if !b.offer.is_empty() { <p>{ &b.offer }</p> }
                { details(t, &copy, b) }
                <p>{ c.referral_paper_note }</p>
                if let Some(code) = &*code { <QrCode code={code.clone()} /> }
            </section>
        </div>
    }
}

/// What came back from a referral, newest first, with who wrote it.
pub fn answers(t: &'static Text, support: &CommunitySupport) -> Html {
    let c = t.copies;
    if support.answers.is_empty() {
        return html! {};
    }
    html! {
        <div class="referral-answers">
            <h3>{ c.answers_heading }</h3>
            <ul>
                { for support.answers.iter().rev().enumerate().map(|(i, a)| html! {
                    <li key={i}>
                        <p><strong>{ (c.answer_line)(&a.organisation, &(t.format_date)(&a.on), (t.referral_name)(a.status)) }</strong></p>
                        if !a.going.is_empty() { <p>{ &a.going }</p> }
                        if !a.person_words.is_empty() { <p>{ (c.their_words)(&a.person_words) }</p> }
                        if !a.stopped_why.is_empty() { <p>{ (c.stopped_because)(&a.stopped_why) }</p> }
                        if !a.for_clinician.is_empty() { <p>{ (c.for_clinician)(&a.for_clinician) }</p> }
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// What a referral holds, as the organisation reads it (on screen and on paper).
fn details(t: &'static Text, r: &Plan, b: &CommunitySupport) -> Html {
    let c = t.copies;
    let line = |label: &'static str, text: String| {
        (!text.is_empty()).then(|| html! { <><dt>{ label }</dt><dd>{ text }</dd></> })
    };
    let goals: Vec<String> = Plan::live(&r.goals)
        .map(|g| g.body.wording.clone())
        .collect();
    let matters: Vec<String> = Plan::live(&r.what_matters)
        .map(|w| w.body.text.clone())
        .collect();
    html! {
        <dl class="referral-details">
            { line(c.r_matters, matters.join("; ")).unwrap_or_default() }
            { line(c.r_goals, goals.join("; ")).unwrap_or_default() }
            { line(c.r_hope, b.hope.clone()).unwrap_or_default() }
            { line(c.r_practical, b.practical.clone()).unwrap_or_default() }
            { line(c.r_reach, b.reach_me.clone()).unwrap_or_default() }
        </dl>
    }
}

/// Prints only the referral: the page is marked while the browser's print runs.
fn print_referral() {
    let Some(w) = web_sys::window() else { return };
    let root = w.document().and_then(|d| d.document_element());
    if let Some(root) = &root {
        let _ = root.class_list().add_1("printing-referral");
    }
    let _ = w.print();
    if let Some(root) = &root {
        let _ = root.class_list().remove_1("printing-referral");
    }
}

#[derive(Properties, PartialEq)]
pub struct AnswerReferralProps {
    pub referral: Plan,
}

const ANSWER_STATUSES: [ReferralStatus; 3] = [
    ReferralStatus::Contacted,
    ReferralStatus::Attended,
    ReferralStatus::Stopped,
];

/// A referral opened at the organisation, in any browser: read-only, nothing stored;
/// their answer made on the same page and sent back as a link, QR code or file.
#[function_component(AnswerReferral)]
pub fn answer_referral(props: &AnswerReferralProps) -> Html {
    let t = use_text();
    let c = t.copies;
    let r = &props.referral;
    let support = referred_support(r);
    let draft = use_state(|| ReferralAnswer {
        organisation: support.map(|s| s.body.name.clone()).unwrap_or_default(),
        on: clock::today(),
        status: ReferralStatus::Contacted,
        ..ReferralAnswer::default()
    });
    let made = use_state(|| None::<Plan>);
    let error = use_state(|| None::<String>);
    let Some(support) = support else {
        return html! {};
    };
    let b = &support.body;
    let set = |apply: fn(&mut ReferralAnswer, String)| {
        let (draft, made) = (draft.clone(), made.clone());
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            apply(&mut d, v);
            draft.set(d);
            made.set(None);
        })
    };
    let on_status = {
        let (draft, made) = (draft.clone(), made.clone());
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            d.status = ANSWER_STATUSES
                .into_iter()
                .find(|s| s.slug() == v)
                .unwrap_or(d.status);
            draft.set(d);
            made.set(None);
        })
    };
    let onsubmit = {
        let (draft, made, error, r) = (draft.clone(), made.clone(), error.clone(), r.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match answer(&r, (*draft).clone(), clock::now()) {
                Ok(back) => {
                    error.set(None);
                    made.set(Some(back));
                }
                Err(e) => error.set(Some((t.change_error)(&e))),
            }
        })
    };
    let options = ANSWER_STATUSES
        .iter()
        .map(|s| {
            (
                AttrValue::from(s.slug()),
                AttrValue::from((t.referral_name)(*s)),
            )
        })
        .collect::<Vec<_>>();
    html! {
        <section class="card referral" aria-labelledby="referral-heading">
            <h1 id="referral-heading" tabindex="-1">{ (c.referral_title)(&r.name, &b.name) }</h1>
            <p>{ c.referral_intro }</p>
            { details(t, r, b) }
            <form class="entry-form" {onsubmit} aria-labelledby="answer-heading" novalidate=true>
                <h2 id="answer-heading">{ c.answer_heading }</h2>
                <TextField id="answer-org" label={c.org_label} value={draft.organisation.clone()} on_change={set(|d, v| d.organisation = v)} />
                <RadioGroup name="answer-status" legend={c.status_legend} {options} value={draft.status.slug()} on_change={on_status} />
                <TextField id="answer-going" label={c.going_label} value={draft.going.clone()} multiline=true on_change={set(|d, v| d.going = v)} />
                <TextField id="answer-words" label={c.person_words_label} value={draft.person_words.clone()} multiline=true on_change={set(|d, v| d.person_words = v)} />
                if draft.status == ReferralStatus::Stopped {
                    <TextField id="answer-stopped" label={c.stopped_label} value={draft.stopped_why.clone()} multiline=true on_change={set(|d, v| d.stopped_why = v)} />
                }
                <TextField id="answer-clinician" label={c.for_clinician_label} value={draft.for_clinician.clone()} multiline=true on_change={set(|d, v| d.for_clinician = v)} />
                if let Some(e) = &*error { <p class="error" role="alert">{ e }</p> }
                <button type="submit">{ c.make_answer }</button>
            </form>
            if let Some(back) = &*made {
                { sending(yew::props!(ShareLinkProps {
                    copy: Some(back.clone()),
                    dom_id: "answer-link",
                    heading: AttrValue::from((c.answer_link_heading)(&r.name)),
                    body: AttrValue::from((c.answer_link_body)(&r.name)),
                })) }
            }
        </section>
    }
}
