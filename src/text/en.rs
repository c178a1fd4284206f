//! English (UK).

use super::Text;
use crate::core::change::{ChangeError, Field, List};
use crate::core::plan::{AuthorRole, Verb};
use crate::core::saved::ReadError;

pub const EN: Text = Text {
    lang: "en-GB",
    app_name: "CoPlan",
    tagline: "Plan together what matters to you",
    skip_link: "Skip to main content",
    privacy_note: "Everything you write stays on this device unless you choose to share it.",
    nav_label: "Parts of this plan",
    nav_plans: "All plans",
    nav_overview: "Overview",
    nav_what_matters: "What matters to me",
    not_found_title: "We could not find that page",
    not_found_body: "The address may be old or mistyped. Your plans are safe.",
    back_to_plans: "Go to your plans",
    loading: "Opening your plan…",
    language_label: "Language",
    larger_text: "Larger text",
    glossary_link: "Words we use",
    glossary_title: "Words we use",
    glossary_intro: "CoPlan uses a few words in a special way. Here is what we mean by them.",
    undone_notice: "Your last change was undone.",
    redone_notice: "The change was made again.",
    glossary_terms: [
        "What matters",
        "Capability",
        "Goal",
        "Goal attainment",
        "Safety net",
        "If–then plan",
    ],
    glossary_meanings: [
        "The people, things and hopes that are most important in your life, in your own words.",
        "Something you want to be able to do or be, like walking to the shops or feeling in control of your day.",
        "A clear aim that you and your clinician agree, so you can both see later how it went.",
        "How far you got with a goal. We use five steps, from much less than expected to much more than expected.",
        "What to do if things get worse: the signs to look out for and who to call.",
        "A plan for something that might get in your way. For example: if it rains, then I walk in the shopping centre.",
    ],
    format_date: |d| {
        const MONTHS: [&str; 12] = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ];
        format!("{} {} {}", d.day, MONTHS[(d.month as usize).saturating_sub(1) % 12], d.year)
    },

    plans_title: "Your plans",
    welcome_title: "Welcome to CoPlan",
    welcome_body: [
        "CoPlan helps you and the people who care for you agree what matters, and plan \
         the next steps together.",
        "Everything you write stays on this device. Nothing is sent anywhere unless you \
         choose to share it.",
        "You can skip any part and come back to it later. Your words are saved as you go.",
    ],
    plans_empty: "There are no plans on this device yet.",
    new_plan_heading: "Start a new plan",
    plan_name_label: "Name of the plan",
    plan_name_hint: "For example, your first name, or \"Mum's plan\".",
    create_plan: "Start the plan",
    open_plan: |name| format!("Open {name}"),
    rename: "Rename",
    rename_label: |name| format!("New name for {name}"),
    delete: "Delete",
    delete_title: "Delete this plan?",
    delete_body: |name| {
        format!(
            "This removes \"{name}\" from this device for good. If you might need it \
             again, download a copy first."
        )
    },
    delete_confirm: "Delete the plan",
    last_changed: |date| format!("Last changed {}", (EN.format_date)(date)),
    read_only_badge: "Read-only",
    unreadable_title: "Some saved data could not be read",
    unreadable_body: "Part of what was saved on this device could not be read. It may have \
                      been damaged. We have kept it aside, untouched, so nothing is lost. \
                      You can download it to keep, or to ask someone for help.",
    unreadable_item: |reason| format!("Kept aside: {reason}"),
    download_unreadable: "Download the unreadable data",
    discard_unreadable: "Remove it from this device",
    discard_unreadable_title: "Remove the unreadable data?",
    discard_unreadable_body: "It will be gone from this device for good. Download it first \
                              if you might want it.",
    newer_title: "This plan was saved by a newer version of CoPlan",
    newer_body: "To keep it safe, this version only shows it: changes are turned off. Open \
                 the newest version of CoPlan to change it.",
    read_error: |e| match e {
        ReadError::TooLarge { bytes } => {
            format!("it is too large to be a plan ({} KB)", bytes / 1024)
        }
        ReadError::NotJson => "it is not in a form CoPlan can read; it may be cut short".into(),
        ReadError::NotAPlan => "it does not look like a CoPlan plan".into(),
        ReadError::Newer { version } => {
            format!("it was saved by a newer version of CoPlan (format {version})")
        }
        ReadError::Damaged { .. } => "parts of it are damaged".into(),
    },

    save: "Save",
    cancel: "Cancel",
    edit: "Edit",
    remove: "Remove",
    add: "Add",
    undo: "Undo",
    redo: "Redo",
    edit_named: |name| format!("Edit: {name}"),
    remove_named: |name| format!("Remove: {name}"),
    move_up_named: |name| format!("Move up: {name}"),
    move_down_named: |name| format!("Move down: {name}"),
    chars_left: |n| format!("{n} characters left"),

    status_saved: "Saved on this device",
    status_saving: "Saving…",
    status_read_only: "Read-only: changes are turned off",
    storage_full: "This device's storage is full, so your last change was not saved. It is \
                   still on screen. Download a copy to keep it safe.",
    storage_failed: "Your last change could not be saved on this device. It is still on \
                     screen. Download a copy to keep it safe.",
    storage_unavailable: "This browser is not letting CoPlan save (perhaps a private window). \
                          You can still use it, but download a copy before you close it.",
    storage_failed_short: "Not saved",
    deleted_elsewhere: "This plan was deleted in another tab. It is still on screen here, but \
                        changes are turned off. Download a copy if you want to keep it.",
    download_copy: "Download a copy",
    other_tab_updated: "This plan was changed in another tab. You now see the latest version.",
    other_tab_dropped: |n| {
        if n == 1 {
            "One change from this tab could not be kept: the entry was removed in another tab."
                .into()
        } else {
            format!("{n} changes from this tab could not be kept: the entries were removed in another tab.")
        }
    },

    overview_intro: "Here is what is in this plan so far. Choose a part to add to it.",
    contents_title: "In this plan",
    count_what_matters: |n| match n {
        0 => "What matters to me: nothing yet".into(),
        1 => "What matters to me: 1 thing".into(),
        n => format!("What matters to me: {n} things"),
    },
    history_title: "Who changed what",
    history_empty: "No changes yet.",
    history_line: |by, verb, list, label| {
        let who = author_name(by);
        let what = list.map(list_name).unwrap_or("the plan");
        let verb = match verb {
            Verb::Created => return format!("{who} started the plan"),
            Verb::Renamed => return format!("{who} renamed the plan to \"{label}\""),
            Verb::Added => "added to",
            Verb::Edited => "changed an entry in",
            Verb::Removed => "removed an entry from",
            Verb::Restored => "brought back an entry in",
            Verb::Moved => "reordered",
            Verb::Agreement => "updated the agreement in",
        };
        format!("{who} {verb} {what}: \"{label}\"")
    },
    export_title: "Keep a copy",
    export_body: "Download the whole plan as a file, to keep it safe or open it on another \
                  device.",
    export_button: "Download this plan",
    writing_as: "Writing as",
    author: author_name,

    wm_title: "What matters to me",
    wm_intro: "In your own words, what matters most in your life right now? There are no \
               right or wrong answers.",
    wm_prompts_title: "Some questions that may help",
    wm_prompts: [
        "Who are the people who matter most to you?",
        "What do you enjoy, or would like to do again?",
        "What would you like to keep being able to do?",
    ],
    wm_empty: "Nothing here yet. Start with one thing that matters to you.",
    wm_new_label: "Something that matters to me",
    wm_list_label: "What matters to me, most important first",
    wm_edit_label: "Change this entry",
    wm_removed: |what| format!("Removed \"{what}\"."),

    field: field_name,
    change_error: |e| match e {
        ChangeError::Empty { field } => format!("Please write something for \"{}\".", field_name(*field)),
        ChangeError::TooLong { field, max } => format!(
            "\"{}\" can be up to {max} characters. Please make it a little shorter.",
            field_name(*field)
        ),
        ChangeError::OutOfRange { field, min, max } => {
            format!("\"{}\" needs a number from {min} to {max}.", field_name(*field))
        }
        ChangeError::UnknownEntry { .. } | ChangeError::Removed { .. } => {
            "That entry has been removed, perhaps in another tab.".into()
        }
        ChangeError::DuplicateId { .. } => "That entry is already there.".into(),
        ChangeError::NotRemoved { .. } => "That entry is already back.".into(),
        ChangeError::MissingLink { .. } => {
            "This is linked to something that has been removed. Please choose again.".into()
        }
        ChangeError::Unchanged => "Nothing was changed.".into(),
    },
};

fn author_name(role: AuthorRole) -> &'static str {
    match role {
        AuthorRole::Person => "The person",
        AuthorRole::Clinician => "The clinician",
        AuthorRole::Supporter => "A supporter",
    }
}

fn list_name(list: List) -> &'static str {
    match list {
        List::WhatMatters => "what matters",
        List::Capabilities => "capabilities",
        List::Goals => "goals",
        List::Actions => "actions",
        List::Supporters => "people and supports",
        List::HelpsAndHindrances => "what helps and gets in the way",
        List::CommunitySupports => "community supports",
        List::SafetyNet => "the safety net",
        List::Visits => "visits",
        List::AgendaItems => "the agenda",
        List::CheckIns => "check-ins",
    }
}

fn field_name(field: Field) -> &'static str {
    match field {
        Field::PlanName => "Name of the plan",
        Field::WhatMatters => "What matters",
        Field::Capability => "What you would like to be able to do",
        Field::AbleNow => "How able you feel now",
        Field::Wished => "How able you would like to be",
        Field::Goal => "Goal",
        Field::WhyItMatters => "Why it matters",
        Field::Concerns => "Concerns",
        Field::AttainmentLevel => "Level description",
        Field::Measure => "Measure",
        Field::Action => "What you will do",
        Field::ActionDetail => "Details",
        Field::Confidence => "Confidence",
        Field::IfThen => "If–then plan",
        Field::Name => "Name",
        Field::Role => "Role",
        Field::HowTheyHelp => "How they help",
        Field::HelpOrHindrance => "What helps or gets in the way",
        Field::Offer => "What it offers",
        Field::Contact => "Contact",
        Field::HowItWent => "How it went",
        Field::Signs => "Signs",
        Field::WhatToDo => "What to do",
        Field::WithWhom => "With whom",
        Field::VisitNote => "Note",
        Field::AgendaItem => "Topic",
        Field::Note => "Note",
        Field::Difference => "Where you differ",
        Field::Reason => "Reason",
        Field::LinkedEntry => "Link",
    }
}
