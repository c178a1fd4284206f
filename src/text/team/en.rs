//! English (UK): the team around the person.

use super::TeamText;
use crate::core::plan::TeamRole;

pub const EN: TeamText = TeamText {
    nav_team: "My team",
    nav_whos_who: "Who's who",
    title: "My team",
    intro: "The professionals who work with you: at your surgery, the hospital, social care or in the community. Mark the one you contact first. Family and friends go in My people and supports.",
    empty: "No one on your team yet. Add your GP, your nurse, or anyone else whose job is to help you.",
    add_heading: "Add someone to my team",
    add_button: "Add to my team",
    name_label: "Their name",
    name_hint: "As you call them. For example: Dr Okafor, Nurse Patel.",
    role_label: "What they are",
    role_words_label: "Their role in your words",
    role_words_hint: "Needed if you chose Other. For example: diabetes specialist nurse.",
    organisation_label: "Where they work",
    organisation_hint: "For example: Riverside Surgery.",
    contact_label: "How to reach them",
    contact_hint: "A phone number, an email address, or \"through reception\".",
    hours_label: "When you can reach them",
    hours_hint: "For example: Mon–Fri 8:00–18:30.",
    what_they_do_label: "What they do for me",
    what_they_do_hint: "In your own words. For example: runs my diabetes reviews.",
    involvement_legend: "How involved do you want them to be?",
    first_contact: "My first contact",
    first_contact_hint: "Your first contact is the one you go to first, often a care coordinator or key worker. They come first everywhere in your plan.",
    make_first: "Make them my first contact",
    unmake_first: "Not my first contact any more",
    made_first: "First contact changed.",
    whos_who_link: "Who's who: one page to print",
    whos_who_intro: "The people helping me, who to contact first, and how and when to reach them.",
    whos_who_empty: "Your team is empty. Add the people who work with you in My team, and they will be here.",
    whos_who_supporters: "Family and friends",
    whos_who_services: "Other numbers",
    print: "Print this page",
    part_steps: "Does",
    part_safety: "Ring them if",
    who_to_contact_label: "Who to contact",
    nobody_named: "No one named",
    writing_as_hint: "Someone not on the list? Add them in My team, then choose them here.",
    role_name: |r| match r {
        TeamRole::Gp => "GP",
        TeamRole::PracticeNurse => "practice nurse",
        TeamRole::SpecialistNurse => "specialist nurse",
        TeamRole::Physiotherapist => "physiotherapist",
        TeamRole::Pharmacist => "pharmacist",
        TeamRole::SocialWorker => "social worker",
        TeamRole::CareCoordinator => "care coordinator",
        TeamRole::LinkWorker => "community link worker",
        TeamRole::Other => "other",
    },
    name_and_role: |name, role| format!("{name}, {role}"),
    whos_who_title: |name| format!("Who's who for {name}"),
    ring_line: |who, reach| {
        if reach.is_empty() {
            format!("Contact {who}")
        } else {
            format!("Contact {who}: {reach}")
        }
    },
    care_team: "The people helping me",
    someone_new: "Someone new…",
    new_writer_heading: "Someone new is writing",
    new_writer_body: "They join your team, and what they write is recorded in their name.",
    new_writer_add: "Add to my team and write as them",
    cancel: "Cancel",
    view_of: |name, role| format!("{name}'s view ({role})"),
    service_label: "Or a number or service to call",
    service_hint: "For example: 999, 111, the surgery.",
};
