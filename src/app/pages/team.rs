use crate::app::components::{
    form_buttons, EntryActions, ListPage, RadioGroup, SelectField, TextField,
};
use crate::app::hooks::{use_editing, use_entry_form, use_text, use_workspace};
use crate::app::pages::people::{involvement_value, INVOLVEMENTS};
use crate::core::team::{
    contactable, make_first_contact, make_one, mark_hidden, role_in_words, same_name_as,
    team_first, Contactable,
};
use crate::core::{
    AuthorRole, Change, Field, Id, List, Plan, SafetyNetEntry, TeamMember, TeamRole, Writer,
};
use crate::route::{Route, Screen};
use crate::text::Text;
use yew::prelude::*;

const NEW_ID: &str = "new-member";

/// A member's role as the person reads it ("practice nurse", or their own words).
pub fn role_words(t: &Text, m: &TeamMember) -> String {
    role_in_words(m, |r| (t.team.role_name)(r).to_string())
}

/// "Priya Patel, practice nurse".
pub fn name_and_role(t: &Text, m: &TeamMember) -> String {
    (t.team.name_and_role)(&m.name, &role_words(t, m))
}

/// Who a safety-net line says to contact, with how and when: "Contact Priya Patel,
/// practice nurse: 01632 960 123 (Mon–Fri 8:00–18:30)". None when it names no one.
pub fn ring_words(t: &Text, plan: &Plan, line: &SafetyNetEntry) -> Option<String> {
    let who = line.who.as_ref()?;
    let reach = match contactable(plan, who)? {
        Contactable::Member(m) => crate::text::team::reach(&m.body.contact, &m.body.hours),
        Contactable::Supporter(_) => String::new(),
    };
    Some((t.team.ring_line)(&named_words(t, plan, who)?, &reach))
}

/// A team member or supporter in words: "Priya Patel, practice nurse", "Ana" (a removed
/// one too); none if the plan does not hold them.
pub fn named_words(t: &Text, plan: &Plan, id: &Id) -> Option<String> {
    Some(match contactable(plan, id)? {
        Contactable::Member(m) => name_and_role(t, &m.body),
        Contactable::Supporter(s) => s.body.name.clone(),
    })
}

/// Everyone the person might name as doing something or to ring: team first (first
/// contact at the top), then supporters, as (id, "name, role") for a select.
pub fn people_to_name(t: &Text, plan: &Plan) -> Vec<(Id, String)> {
    team_first(plan)
        .into_iter()
        .map(|m| (m.id.clone(), name_and_role(t, &m.body)))
        .chain(Plan::live(&plan.supporters).map(|s| (s.id.clone(), s.body.name.clone())))
        .collect()
}

/// A writer as a select's value: a role ("clinician"), or someone by name
/// ("member:<id>", "supporter:<id>").
pub fn writer_value(w: &Writer) -> String {
    match (&w.who, w.by) {
        (Some(id), AuthorRole::Supporter) => format!("supporter:{id}"),
        (Some(id), _) => format!("member:{id}"),
        (None, by) => by.slug().to_string(),
    }
}

/// The writer a select's value names (see [`writer_value`]).
pub fn parse_writer(v: &str) -> Option<Writer> {
    let named = |by, id: &str| Id::parse(id).map(|id| Writer { by, who: Some(id) });
    match v.split_once(':') {
        Some(("member", id)) => named(AuthorRole::Clinician, id),
        Some(("supporter", id)) => named(AuthorRole::Supporter, id),
        _ => AuthorRole::ALL
            .into_iter()
            .find(|r| r.slug() == v)
            .map(Writer::role),
    }
}

/// Everyone who may write in this plan, by name where they have one: the person, the
/// team (first contact first), the supporters, then the unnamed roles of older plans.
pub fn writer_options(t: &Text, plan: Option<&Plan>) -> Vec<(String, String)> {
    let person = Writer::role(AuthorRole::Person);
    let mut out = vec![(
        writer_value(&person),
        (t.author)(AuthorRole::Person).to_string(),
    )];
    if let Some(plan) = plan {
        out.extend(
            team_first(plan)
                .into_iter()
                .map(|m| (format!("member:{}", m.id), name_and_role(t, &m.body))),
        );
        out.extend(
            Plan::live(&plan.supporters)
                .map(|s| (format!("supporter:{}", s.id), s.body.name.clone())),
        );
    }
    out.extend(
        [AuthorRole::Clinician, AuthorRole::Supporter]
            .map(|r| (r.slug().to_string(), (t.author)(r).to_string())),
    );
    out
}

/// Who wrote, in words: "Priya Patel, practice nurse", "Ana", or the role ("The
/// clinician") for an unnamed writer. A removed member is still named.
pub fn writer_words(t: &Text, plan: &Plan, by: AuthorRole, who: Option<&Id>) -> String {
    who.and_then(|id| named_words(t, plan, id))
        .unwrap_or_else(|| (t.author)(by).to_string())
}

/// The same inside a sentence: "by the clinician", but a name as it is written ("by Dr
/// Okafor (GP)"), never lowered.
pub fn writer_in_sentence(t: &Text, plan: &Plan, by: AuthorRole, who: Option<&Id>) -> String {
    who.and_then(|id| named_words(t, plan, id))
        .unwrap_or_else(|| (t.author_in_sentence)(by).to_string())
}

/// The heading of a goal's second voice: "Dr Okafor's view (GP)" when a team member
/// wrote it in their own name, else "The clinician's view".
pub fn clinician_view_title(t: &Text, plan: &Plan, by: Option<&Id>) -> String {
    match by.and_then(|id| plan.team.iter().find(|m| &m.id == id)) {
        Some(m) => (t.team.view_of)(&m.body.name, &role_words(t, &m.body)),
        None => t.clinician_view.to_string(),
    }
}

/// "My team": the professionals around the person, first contact first. Each card says
/// what they do, how and when to reach them, and offers a copy of the plan for them.
#[function_component(TeamPage)]
pub fn team_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let team = team_first(plan);
    let entries = (!team.is_empty()).then(|| {
        html! { <>{ for team.iter().map(|e| html! { <MemberItem key={e.id.to_string()} id={e.id.clone()} member={e.body.clone()} {editable} /> }) }</> }
    });
    let add_form = editable.then(|| html! { <MemberForm id={NEW_ID} existing={None::<(Id, TeamMember)>} on_done={Callback::noop()} /> });
    let whos_who = Route::plan_screen(&plan.id, Screen::WhosWho).to_hash();
    html! {
        <>
            <ListPage screen={Screen::Team} class="team" title={t.team.title} intro={t.team.intro} empty={t.team.empty}
                {entries} add_heading={t.team.add_heading} {add_form} />
            <p class="page-foot"><a href={whos_who}>{ t.team.whos_who_link }</a></p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct MemberItemProps {
    id: Id,
    member: TeamMember,
    editable: bool,
}

#[function_component(MemberItem)]
fn member_item(props: &MemberItemProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let dom_id = format!("member-{}", props.id);
    let editing = use_editing(&dom_id);
    let m = &props.member;
    // One first contact, even when two devices each marked someone before merging.
    let is_first = ws
        .plan()
        .and_then(crate::core::team::first_contact)
        .is_some_and(|f| f.id == props.id);
    let toggle_first = {
        let (ws, id, first) = (ws.clone(), props.id.clone(), is_first);
        Callback::from(move |_| {
            let Some(change) = ws
                .plan()
                .and_then(|p| make_first_contact(p, (!first).then_some(&id)))
            else {
                return;
            };
            if ws.change(change).is_ok() {
                ws.dispatch(crate::app::store::Msg::Notify(
                    crate::app::store::Notice::FirstContact,
                ));
            }
        })
    };
    // A mark a merge hid is cleared by an edit.
    let hidden_mark = ws.plan().is_some_and(|p| mark_hidden(p, &props.id, m));
    let reach = crate::text::team::reach(&m.contact, &m.hours);
    // The same name twice (two devices each added them): the person says if they are one.
    let twin = ws
        .plan()
        .and_then(|p| same_name_as(p, &props.id))
        .map(|e| e.id.clone());
    let make_one = twin.map(|first| {
        let (ws, id) = (ws.clone(), props.id.clone());
        Callback::from(move |_| {
            let Some(change) = ws.plan().and_then(|p| make_one(p, &first, &id)) else {
                return;
            };
            if ws.change(change).is_ok() {
                // Writing as the one made one with the other: now writing as that one.
                if ws.author.who.as_ref() == Some(&id) {
                    ws.write_as(crate::core::Writer {
                        by: ws.author.by,
                        who: Some(first.clone()),
                    });
                }
                ws.dispatch(crate::app::store::Msg::Notify(
                    crate::app::store::Notice::MadeOne,
                ));
            }
        })
    });
    html! {
        <li class={classes!("card", "entry", "member", is_first.then_some("first-contact"))} id={dom_id.clone()}>
            if editing.open {
                <MemberForm id={dom_id.clone()} existing={Some((props.id.clone(), m.clone()))} {hidden_mark} on_done={editing.stop.clone()} />
            } else {
                if is_first { <p class="badge first-contact-badge">{ t.team.first_contact }</p> }
                <h2 class="entry-title">{ &m.name }<span class="role">{ " · " }{ role_words(t, m) }</span></h2>
                if !m.organisation.is_empty() { <p class="meta">{ &m.organisation }</p> }
                if !m.what_they_do.is_empty() { <p class="entry-text">{ &m.what_they_do }</p> }
                if !reach.is_empty() { <p><strong>{ t.team.contact_label }{ ": " }</strong>{ reach }</p> }
                <p class="meta"><span class="tag">{ (t.involvement_name)(m.involvement) }</span></p>
                if let (Some(onclick), true) = (make_one, props.editable) {
                    <div class="notice-card same-person" role="group" aria-label={(t.team.same_person)(&m.name)}>
                        <p>{ (t.team.same_person)(&m.name) }</p>
                        <p><button type="button" {onclick}>{ t.team.make_one }</button></p>
                    </div>
                }
                if props.editable {
                    <EntryActions dom_id={dom_id.clone()} label={m.name.clone()} on_edit={editing.start.clone()}
                        remove={Change::Remove { list: List::Team, id: props.id.clone() }} after_remove={format!("{NEW_ID}-name")} />
                    <p><button type="button" class="secondary" onclick={toggle_first}>{ if is_first { t.team.unmake_first } else { t.team.make_first } }</button></p>
                    <crate::app::pages::CopyFor id={props.id.clone()} name={m.name.clone()} />
                }
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct MemberFormProps {
    id: AttrValue,
    existing: Option<(Id, TeamMember)>,
    /// A first-contact mark a merge hid (`team::mark_hidden`): any edit clears it.
    #[prop_or_default]
    hidden_mark: bool,
    on_done: Callback<()>,
}

#[function_component(MemberForm)]
fn member_form(props: &MemberFormProps) -> Html {
    let t = use_text();
    let tt = t.team;
    let blank = TeamMember {
        role: TeamRole::Gp,
        ..TeamMember::default()
    };
    let form = use_entry_form(
        props.id.clone(),
        props.existing.clone(),
        blank,
        props.on_done.clone(),
    );
    let d = &form.draft;
    let hidden = props.hidden_mark;
    let set = |f: fn(&mut TeamMember, String)| {
        form.text(move |d: &mut TeamMember, v| {
            f(d, v);
            if hidden {
                d.first_contact = false;
            }
        })
    };
    let id = props.id.to_string();
    let roles: Vec<(AttrValue, AttrValue)> = TeamRole::ALL
        .iter()
        .map(|r| {
            (
                AttrValue::from(r.slug()),
                AttrValue::from(capitalised((tt.role_name)(*r))),
            )
        })
        .collect();
    let involvements: Vec<(AttrValue, AttrValue)> = INVOLVEMENTS
        .iter()
        .map(|i| {
            (
                AttrValue::from(involvement_value(*i)),
                AttrValue::from((t.involvement_name)(*i)),
            )
        })
        .collect();
    let fields = [
        Field::Name,
        Field::Role,
        Field::Organisation,
        Field::Contact,
        Field::Hours,
        Field::WhatTheyDo,
    ];
    html! {
        <form class="entry-form" onsubmit={form.onsubmit.clone()} novalidate=true aria-label={props.existing.as_ref().map(|(_, m)| (t.edit_named)(&m.name))}>
            <TextField id={format!("{id}-name")} label={tt.name_label} hint={AttrValue::from(tt.name_hint)} value={d.name.clone()}
                on_change={set(|d, v| d.name = v)} error={form.error_for(t, Field::Name)} />
            <div class="field-row">
                <SelectField id={format!("{id}-role")} label={tt.role_label} options={roles} value={d.role.slug()}
                    on_change={set(|d, v| d.role = TeamRole::ALL.into_iter().find(|r| r.slug() == v).unwrap_or_default())} />
                <TextField id={format!("{id}-role-words")} label={tt.role_words_label} hint={AttrValue::from(tt.role_words_hint)} value={d.role_words.clone()}
                    on_change={set(|d, v| d.role_words = v)} error={form.error_for(t, Field::Role)} />
            </div>
            <TextField id={format!("{id}-organisation")} label={tt.organisation_label} hint={AttrValue::from(tt.organisation_hint)} value={d.organisation.clone()}
                on_change={set(|d, v| d.organisation = v)} error={form.error_for(t, Field::Organisation)} />
            <div class="field-row">
                <TextField id={format!("{id}-contact")} label={tt.contact_label} hint={AttrValue::from(tt.contact_hint)} value={d.contact.clone()}
                    on_change={set(|d, v| d.contact = v)} error={form.error_for(t, Field::Contact)} />
                <TextField id={format!("{id}-hours")} label={tt.hours_label} hint={AttrValue::from(tt.hours_hint)} value={d.hours.clone()}
                    on_change={set(|d, v| d.hours = v)} error={form.error_for(t, Field::Hours)} />
            </div>
            <TextField id={format!("{id}-does")} label={tt.what_they_do_label} hint={AttrValue::from(tt.what_they_do_hint)} value={d.what_they_do.clone()} multiline=true
                on_change={set(|d, v| d.what_they_do = v)} error={form.error_for(t, Field::WhatTheyDo)} />
            <RadioGroup name={format!("{id}-involvement")} legend={tt.involvement_legend} options={involvements} value={involvement_value(d.involvement)}
                on_change={set(|d, v| d.involvement = INVOLVEMENTS.into_iter().find(|i| involvement_value(*i) == v).unwrap_or_default())} />
            if let Some(msg) = form.error_elsewhere(t, &fields) { <p class="error">{ msg }</p> }
            { form_buttons(t, form.is_new, tt.add_button.into(), form.restored) }
        </form>
    }
}

/// "GP" stays as it is; "practice nurse" starts with a capital in a list of choices.
/// Only for our own role names, which start with an ASCII letter in every language (a
/// host test in tests/text.rs keeps it so): the download then needs no Unicode case table.
fn capitalised(s: &str) -> String {
    let mut s = s.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}
