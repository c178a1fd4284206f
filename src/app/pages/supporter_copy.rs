use crate::app::components::{
    choose_entries, list_name, ShareLink, ShareLinkProps, TextField, COPY_LISTS,
};
use crate::app::device::{clock, drafts, files};
use crate::app::hooks::{use_text, use_workspace};
use crate::app::parts::{sending, InPart, Piece};
use crate::core::change::List;
use crate::core::share::{suggested_for, supporter_copy, withdrawal, Selection};
use crate::core::{AuthorRole, Change, CheckIn, Id, Item, Plan};
use crate::text::Text;
use yew::prelude::*;

/// A supporter's copy, as it opens on their device: whose plan, for whom and when, what
/// it leaves out, then what it holds — read-only. A supporter who plans jointly can add
/// notes on the steps they share, and send them back.
#[function_component(SupporterCopyPage)]
pub fn supporter_copy_page() -> Html {
    let t = use_text();
    let c = t.copies;
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let Some(of) = &plan.copy_of else {
        return html! {};
    };
    let made = (t.format_date)(&clock::local_date(of.made));
    html! {
        <section class="page supporter-copy">
            <h1>{ (c.copy_title)(&plan.name) }</h1>
            <p class="intro"><strong>{ (c.copy_for_line)(&of.supporter_name, &made) }</strong>{ " " }{ c.copy_read_only }</p>
            if of.withdrawn {
                <p class="card notice-card" role="status">{ (c.withdrawn)(&plan.name) }</p>
            } else {
                <section class="card" aria-labelledby="left-out-heading">
                    <h2 id="left-out-heading">{ c.left_out_heading }</h2>
                    if of.left_out.is_empty() {
                        <p>{ c.nothing_left_out }</p>
                    } else {
                        <ul>{ for of.left_out.iter().map(|(list, n)| html! { <li key={format!("{list:?}")}>{ (c.left_out_line)(list_name(t, *list), *n) }</li> }) }</ul>
                    }
                </section>
                { held(t, plan) }
                if of.can_write {
                    <StepNotes />
                    { sending(yew::props!(ShareLinkProps {
                        heading: AttrValue::from((c.send_back_heading)(&plan.name)),
                        body: AttrValue::from((c.send_back_body)(&plan.name)),
                    })) }
                }
            }
        </section>
    }
}

/// A team member in one line: name, role, where, how and when to reach them.
fn member_line(t: &Text, m: &crate::core::TeamMember) -> String {
    let role = crate::app::pages::team::role_words(t, m);
    let mut line = (t.team.name_and_role)(&m.name, &role);
    let reach = crate::text::team::reach(&m.contact, &m.hours);
    for part in [&m.organisation, &reach] {
        if !part.is_empty() {
            line = format!("{line}; {part}");
        }
    }
    line
}

use crate::app::pages::team::ring_words;

/// What the copy holds, part by part, as plain lists (a copy prints on one page).
fn held(t: &'static Text, plan: &Plan) -> Html {
    let c = t.copies;
    let section = |list: List, items: Vec<String>| {
        if items.is_empty() {
            return html! {};
        }
        let heading = format!("held-{list:?}");
        html! {
            <section class="card held" aria-labelledby={heading.clone()}>
                <h2 id={heading}>{ list_name(t, list) }</h2>
                <ul>{ for items.iter().enumerate().map(|(i, s)| html! { <li key={i}>{ s }</li> }) }</ul>
            </section>
        }
    };
    let words = |items: Vec<&str>| items.into_iter().map(str::to_string).collect::<Vec<_>>();
    html! {
        <>
            { section(List::WhatMatters, words(Plan::live(&plan.what_matters).map(|e| e.body.text.as_str()).collect())) }
            { section(List::Capabilities, Plan::live(&plan.capabilities).map(|e| {
                let b = &e.body;
                let area = format!("{}: {}", (t.life_area_name)(b.life_area), b.description);
                if b.now_in_words.is_empty() { area } else { format!("{area} ({})", b.now_in_words) }
            }).collect()) }
            { section(List::Goals, words(Plan::live(&plan.goals).map(|e| e.body.wording.as_str()).collect())) }
            { section(List::Actions, Plan::live(&plan.actions).map(|e| {
                let when = [&e.body.how_often, &e.body.when].into_iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(", ");
                if when.is_empty() { e.body.what.clone() } else { format!("{} ({when})", e.body.what) }
            }).collect()) }
            { section(List::Team, crate::core::team::team_first(plan).into_iter().map(|m| member_line(t, &m.body)).collect()) }
            { section(List::Supporters, Plan::live(&plan.supporters).map(|e| e.body.name.clone()).collect()) }
            { section(List::HelpsAndHindrances, words(Plan::live(&plan.helps_and_hindrances).map(|e| e.body.text.as_str()).collect())) }
            { section(List::CommunitySupports, Plan::live(&plan.community_supports).map(|e| format!("{}: {}", e.body.name, e.body.offer)).collect()) }
            { section(List::SafetyNet, Plan::live(&plan.safety_net).map(|e| {
                let line = (t.safety_line)(&e.body.signs, &e.body.what_to_do, &e.body.contact);
                match ring_words(t, plan, &e.body) {
                    Some(ring) => format!("{line} {ring}"),
                    None => line,
                }
            }).collect()) }
            if crate::core::merge::entry_counts(plan) == (0, 0, 0) { <p>{ c.nothing_chosen }</p> }
        </>
    }
}

/// Notes on the steps the copy shares, written as the supporter, kept in the copy to
/// send back. What is typed is kept as a draft from the first keystroke, as every form's
/// is: a reload, or a phone closing the tab, loses nothing.
#[function_component(StepNotes)]
fn step_notes() -> Html {
    let t = use_text();
    let c = t.copies;
    let ws = use_workspace();
    let plan_id = ws.plan().map(|p| p.id.clone());
    let kept = {
        let plan_id = plan_id.clone();
        move |step: &Id| drafts::Form::new(plan_id.clone(), &format!("step-note-{step}"))
    };
    // Each step's words as a draft kept them (restored: shown with a word that they were).
    let notes = use_state({
        let (plan, kept) = (ws.plan(), kept.clone());
        move || {
            plan.map(|p| {
                Plan::live(&p.actions)
                    .filter_map(|a| Some((a.id.clone(), kept(&a.id).load::<String>()?.0)))
                    .filter(|(_, words)| !words.trim().is_empty())
                    .map(|(id, words)| (id, (words, true)))
                    .collect::<std::collections::BTreeMap<Id, (String, bool)>>()
            })
            .unwrap_or_default()
        }
    });
    let saved = use_state(|| false);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let name = plan
        .copy_of
        .as_ref()
        .map(|o| o.supporter_name.clone())
        .unwrap_or_default();
    html! {
        <section class="card step-notes" aria-labelledby="step-notes-heading">
            <h2 id="step-notes-heading">{ c.note_heading }</h2>
            <p role="status" class="saved-status">{ if *saved { c.note_saved } else { "" } }</p>
            { for Plan::live(&plan.actions).map(|a| {
                let id = a.id.clone();
                let (value, restored) = notes.get(&id).cloned().unwrap_or_default();
                let on_change = {
                    let (notes, id, saved, kept) = (notes.clone(), id.clone(), saved.clone(), kept(&id));
                    Callback::from(move |v: String| {
                        if v.trim().is_empty() { kept.set_aside() } else { kept.keep(&v, None) }
                        let mut d = (*notes).clone();
                        d.insert(id.clone(), (v, false));
                        notes.set(d);
                        saved.set(false);
                    })
                };
                let onsubmit = {
                    let (ws, notes, saved, id, name, value, kept) = (ws.clone(), notes.clone(), saved.clone(), id.clone(), name.clone(), value.clone(), kept(&id));
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        if value.trim().is_empty() { return; }
                        let note = CheckIn {
                            date: clock::today(),
                            action_notes: vec![(id.clone(), value.clone())],
                            together_with: Some(AuthorRole::Supporter),
                            by_name: name.clone(),
                            ..CheckIn::default()
                        };
                        if ws.change(Change::Add(Item::CheckIn(clock::new_id(), note))).is_ok() {
                            kept.used();
                            let mut d = (*notes).clone();
                            d.remove(&id);
                            notes.set(d);
                            saved.set(true);
                        }
                    })
                };
                html! {
                    <form key={a.id.to_string()} class="entry-form" {onsubmit} aria-label={a.body.what.clone()}>
                        <TextField id={format!("note-{}", a.id)} label={format!("{} – {}", c.note_label, a.body.what)} {value} {on_change} multiline=true />
                        if restored { <p class="hint draft-note">{ t.draft_kept }</p> }
                        <button type="submit">{ c.note_save }</button>
                    </form>
                }
            }) }
            { for plan.check_ins.iter().filter(|n| n.is_live()).flat_map(|n| n.body.action_notes.iter().map(move |(_, text)| (n.body.by_name.clone(), text.clone()))).map(|(by, text)| html! {
                <p class="note">{ format!("{by}: {text}") }</p>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct MakeCopyProps {
    pub supporter: Id,
}

/// On the person's device: what a supporter receives, chosen entry by entry (starting
/// from what their involvement suggests), sent as a link, QR code or file; or a note
/// that sharing has stopped.
#[function_component(MakeCopy)]
pub fn make_copy(props: &MakeCopyProps) -> Html {
    let t = use_text();
    let c = t.copies;
    let ws = use_workspace();
    let chosen = use_state(|| None::<Selection>);
    let made = use_state(clock::now);
    let stopping = use_state(|| false);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let Some((name, _)) = crate::core::share::copy_holder(plan, &props.supporter) else {
        return html! {};
    };
    let selection = chosen
        .as_ref()
        .cloned()
        .unwrap_or_else(|| suggested_for(plan, &props.supporter));
    let on_change = {
        let (chosen, made) = (chosen.clone(), made.clone());
        Callback::from(move |s: Selection| {
            chosen.set(Some(s));
            made.set(clock::now());
        })
    };
    let copy = if *stopping {
        withdrawal(plan, &props.supporter, *made)
    } else {
        supporter_copy(plan, &props.supporter, &selection, *made)
    };
    let download = {
        let (copy, plan_name, name) = (copy.clone(), plan.name.clone(), name.clone());
        Callback::from(move |_| {
            let file = files::file_name(
                &format!("{plan_name} {name}"),
                &clock::today(),
                ".coplan.json",
            );
            let _ = files::download(
                &file,
                "application/json",
                &crate::core::saved::to_pretty_json(&copy),
            );
        })
    };
    let toggle_stop = {
        let (stopping, made) = (stopping.clone(), made.clone());
        Callback::from(move |_| {
            stopping.set(!*stopping);
            made.set(clock::now());
        })
    };
    let can_write = copy.copy_of.as_ref().is_some_and(|o| o.can_write);
    html! {
        <div class="make-copy">
            if *stopping {
                <h3>{ (c.stop_heading)(&name) }</h3>
                <p>{ c.stop_body }</p>
                <ShareLink copy={Some(copy.clone())} dom_id={format!("copy-link-{}", props.supporter)} heading={AttrValue::from((c.stop_heading)(&name))} body={AttrValue::from(c.stop_body)} />
            } else {
                <p>{ (c.copy_intro)(&name) }</p>
                if can_write { <p>{ (c.copy_can_write)(&name) }</p> }
                { choose_entries(t, &format!("copy-{}", props.supporter), plan, &COPY_LISTS, &selection, &on_change) }
                <ShareLink copy={Some(copy.clone())} dom_id={format!("copy-link-{}", props.supporter)} heading={AttrValue::from((c.copy_link_heading)(&name))} body={AttrValue::from(c.copy_link_body)} />
                <p><button type="button" class="secondary" onclick={download}>{ c.copy_file_button }</button></p>
            }
            <p><button type="button" class="secondary" onclick={toggle_stop}>{ if *stopping { t.follow.cancel.to_string() } else { (c.stop_sharing)(&name) } }</button></p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyForProps {
    /// The supporter or team member the copy is for.
    pub id: Id,
    pub name: String,
}

/// "Share a copy with …" on a supporter's or team member's card, opening what they
/// would receive.
#[function_component(CopyFor)]
pub fn copy_for(props: &CopyForProps) -> Html {
    let t = use_text();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <>
            <p><button type="button" class="secondary" aria-expanded={open.to_string()} onclick={toggle}>{ (t.copies.copy_for_button)(&props.name) }</button></p>
            // Making a copy (its choices, link, code and file) comes with the sharing part.
            if *open { <InPart piece={Piece::MakeCopy(props.id.clone())} /> }
        </>
    }
}
