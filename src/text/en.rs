//! English (UK).

use super::Text;
use crate::core::change::{ChangeError, Field, List};
use crate::core::plan::{
    AuthorRole, Effect, FactorKind, Involvement, LifeArea, Priority, ReferralStatus, Verb, Zone,
};
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
    history_title: "Who changed what",
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
            Verb::KeptBoth => "kept two versions of an entry in",
            Verb::Chose => "chose between two versions in",
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
    removed_notice: |what| format!("Removed \"{what}\"."),

    // Preparing at home
    nav_life_areas: "My life areas",
    nav_helps: "What helps and what gets in the way",
    nav_people: "My people and supports",
    nav_agenda: "My agenda for the visit",
    nav_for_appointment: "For my appointment",
    step_filled: "filled in",
    step_not_yet: "not yet",
    progress_summary: |n, total| format!("Getting ready for your visit: {n} of {total} steps have something in them."),
    next_step_label: "Next step",
    next_step: |name| format!("Next: {name}"),
    skip_hint: "You can skip any step and come back to it later.",
    nothing_yet: "Nothing here yet.",
    not_chosen: "Not chosen",
    add_named: |what| format!("Add: {what}"),
    sample_heading: "See an example first",
    sample_body: "Look at Maria's plan, filled in as an example. It is marked as a sample, and you can delete it at any time.",
    try_sample: "Try a sample plan",
    sample_badge: "Sample",
    sample_note: "This is a sample plan, to show what CoPlan is for. Maria is not a real person.",

    la_title: "My life areas",
    la_intro: "For each part of your life, how able do you feel now, and what would you like to be able to do or be? Fill in only the parts that matter to you.",
    life_area: "Life area",
    life_area_name: |a| match a {
        LifeArea::MovingAbout => "Moving about",
        LifeArea::DailyLiving => "Daily living",
        LifeArea::RelationshipsAndBelonging => "Relationships and belonging",
        LifeArea::Enjoyment => "Enjoyment",
        LifeArea::WorkAndRoles => "Work and roles",
        LifeArea::SecurityAndStability => "Security and stability",
        LifeArea::FeelingInControl => "Feeling in control",
        LifeArea::HealthAndBody => "Health and body",
    },
    life_area_hint: |a| match a {
        LifeArea::MovingAbout => "Walking, getting out, travelling.",
        LifeArea::DailyLiving => "Washing, cooking, shopping, looking after your home.",
        LifeArea::RelationshipsAndBelonging => "Family, friends, community, faith.",
        LifeArea::Enjoyment => "Hobbies, fun, the things that lift you.",
        LifeArea::WorkAndRoles => "Paid work, volunteering, caring for others.",
        LifeArea::SecurityAndStability => "Money, a home, feeling safe.",
        LifeArea::FeelingInControl => "Making your own choices, managing your health from day to day.",
        LifeArea::HealthAndBody => "Pain, sleep, energy, how your body feels.",
    },
    fill_in_area: |area| format!("Fill in: {area}"),
    scale_hint: "0 means not at all. 10 means completely.",
    able_now_label: "How able do you feel now?",
    wished_label: "How able would you like to be?",
    rating_option: |n| match n {
        0 => "0 (not at all)".into(),
        10 => "10 (completely)".into(),
        n => n.to_string(),
    },
    out_of_ten: |n| format!("{n} out of 10"),
    now_and_wished: |now, wished| {
        let score = |v: Option<u8>| v.map(|v| format!("{v} out of 10")).unwrap_or_else(|| "not chosen".into());
        format!("Now: {}. Would like: {}.", score(now), score(wished))
    },
    capability_label: "What would you like to be able to do or be?",
    capability_hint: "In your own words. For example: walk to the shops without stopping.",
    wheel_title: "My capability wheel",
    wheel_now: "Now",
    wheel_wished: "Would like",
    wheel_table_caption: "How able you feel in each life area, out of 10",

    hh_title: "What helps and what gets in the way",
    hh_intro: "The same thing can help one person and get in the way of another. Write down what makes a difference for you.",
    hh_helps_heading: "What helps",
    hh_hinders_heading: "What gets in the way",
    hh_add_heading: "Add something",
    hh_text_label: "What is it?",
    effect_label: "Does it help or get in the way?",
    effect_name: |e| match e {
        Effect::Helps => "It helps",
        Effect::GetsInTheWay => "It gets in the way",
    },
    kind_label: "What kind of thing is it?",
    factor_kind: |k| match k {
        FactorKind::Personal => "About me",
        FactorKind::Social => "About people and daily life",
        FactorKind::Environmental => "About places",
    },
    factor_kind_long: |k| match k {
        FactorKind::Personal => "About me (my health, skills or confidence)",
        FactorKind::Social => "About people and daily life (family, caring, money, work)",
        FactorKind::Environmental => "About places (home, transport, local services)",
    },
    affects_label: "Which life areas does it affect?",
    affects_areas: |areas| format!("Affects: {areas}"),

    people_title: "My people and supports",
    people_intro: "Who helps you? Family, friends, neighbours, groups or professionals. You decide how involved each one is.",
    people_empty: "No one here yet. Start with one person who helps you.",
    people_add_heading: "Add a person or support",
    people_add_button: "Add this person",
    person_name_label: "Name",
    person_role_label: "Who they are to you",
    person_role_hint: "For example: daughter, neighbour, practice nurse, walking group.",
    person_help_label: "How they help",
    involvement_label: "How involved do you want them to be?",
    involvement_name: |i| match i {
        Involvement::KeptInformed => "Kept informed",
        Involvement::Consulted => "Asked for their view",
        Involvement::SharesTasks => "Shares some tasks",
        Involvement::PlansJointly => "Plans with me",
    },

    agenda_title: "My agenda for the visit",
    agenda_intro: "Write what you want to talk about, most important first. If time is short, the first topic is the one thing to cover.",
    visit_heading: "The visit",
    visit_date_label: "Date of the visit",
    visit_with_label: "Who is it with?",
    visit_with_hint: "For example: practice nurse, Dr Okafor.",
    topics_heading: "What I want to talk about",
    topics_empty: "No topics yet.",
    topic_label: "A topic to talk about",
    add_topic: "Add topic",
    one_thing: "The one thing",
    agenda_edit_label: "Change this",
    questions_heading: "Questions to ask",
    questions_empty: "No questions yet.",
    question_label: "A question to ask",
    add_question: "Add question",
    prompts_label: "Questions many people find useful. Add one with a single click:",
    prompt_questions: [
        "What are my options?",
        "What are the pros and cons of each option?",
        "What happens if I do nothing?",
        "How can I get help to decide?",
    ],
    more_heading: "Since last time",
    changes_label: "What has changed since last time?",
    worries_label: "What worries me",
    hopes_label: "What I hope to get from this visit",

    fma_title: "For my appointment",
    fma_intro: "Print this page, or show it on your phone at the appointment.",
    print_button: "Print",
    printed_on: |date| format!("Printed on {date}"),
    visit_line: |date, with| match (date, with.is_empty()) {
        (Some(d), false) => format!("Visit on {d} with {with}"),
        (Some(d), true) => format!("Visit on {d}"),
        (None, false) => format!("Visit with {with}"),
        (None, true) => "Next visit".into(),
    },

    // Together in the consultation
    nav_before_visit: "Before the visit",
    nav_in_visit: "Together in the visit",
    nav_goals: "Goals together",
    nav_actions: "Actions",
    nav_community: "Community supports",
    nav_safety_net: "Safety net",
    nav_agreed: "What we agreed",
    goals_title: "Goals together",
    goals_intro: "Start from the person's agenda. Write each goal in the person's own words, with both views side by side, and agree it out loud.",
    agenda_panel_heading: "The person's agenda",
    agenda_panel_empty: "No agenda was written for this visit. You can still write goals together.",
    discussed_label: "Talked about",
    make_goal: "Make this a goal",
    make_goal_named: |topic| format!("Make this a goal: {topic}"),
    goals_heading: "Goals",
    goals_empty: "No goals yet. Turn a topic into a goal, or write one below.",
    new_goal_heading: "Write a new goal",
    goal_wording_label: "The goal, in the person's own words",
    goal_wording_hint: "For example: walk Lily to school on Wednesdays by the summer.",
    goal_capability_label: "Which life area does it serve?",
    add_goal: "Add goal",
    proposed_by: |who| format!("Suggested by: {}", who.to_lowercase()),
    serves_area: |area| format!("Serves: {area}"),
    person_view: "The person's view",
    clinician_view: "The clinician's view",
    why_label: "Why it matters",
    concerns_label: "Worries or concerns",
    priority_label: "How important",
    priority_name: |p| match p {
        Priority::High => "High",
        Priority::Medium => "Medium",
        Priority::Low => "Low",
    },
    not_written: "Not written yet",
    agreement_label: "Where we are with this goal",
    agreement_proposed: "Suggested, not yet talked about",
    agreement_discussed: "Talked about, not yet agreed",
    agreement_agreed: "Agreed",
    agreement_differ: |how| format!("Agreed to differ: {how}"),
    agreement_aside: |why| format!("Set aside: {why}"),
    mark_discussed: "Talked about",
    mark_agreed: "We agree",
    mark_differ: "Agree to differ",
    mark_aside: "Set aside",
    differ_label: "Where do you differ? Write both views.",
    aside_label: "Why set it aside for now?",
    reviewable_heading: "How we will know how it went",
    gas_heading: "Five levels of how it could go",
    gas_hint: "Describe what each level would look like for this person. The middle level is what you both expect.",
    gas_caption: "Levels from much more than expected to much less",
    gas_level_name: |level| match level {
        2 => "+2 Much more than expected",
        1 => "+1 More than expected",
        0 => "0 As expected",
        -1 => "−1 Less than expected",
        _ => "−2 Much less than expected",
    },
    baseline_label: "Where the person is now",
    baseline_badge: "now",
    target_date_label: "Target date",
    review_date_label: "Review date",
    measures_heading: "Health measures linked to this goal",
    measures_hint: "Measures like blood pressure or blood sugar, as a way to reach the goal.",
    measure_name_label: "Measure",
    measure_current_label: "Now",
    measure_target_label: "Aim",
    add_measure: "Add a measure",
    measure_line: |name, now, aim| match (now.is_empty(), aim.is_empty()) {
        (false, false) => format!("{name}: now {now}, aim {aim}"),
        (false, true) => format!("{name}: now {now}"),
        (true, false) => format!("{name}: aim {aim}"),
        (true, true) => name.to_string(),
    },

    actions_title: "Actions",
    actions_intro: "The steps of the plan: what, how much, when, how often, and with whom. Each step has someone who does it.",
    actions_empty: "No actions yet.",
    new_action_heading: "Add a step",
    action_what_label: "What will be done?",
    action_what_hint: "For example: walk for 10 minutes after lunch.",
    how_much_label: "How much",
    when_label: "When",
    how_often_label: "How often",
    with_whom_label: "With whom",
    action_goal_label: "Which goal is it for?",
    no_goal: "No goal",
    responsible_label: "Who does it",
    responsible_person: "The person",
    responsible_clinician: "The clinician",
    confidence_label: "How sure are you that you can do this?",
    confidence_hint: "Asked of the person who will do it. 0 means not at all sure, 10 means completely sure.",
    confidence_line: |c| format!("Sure they can do it: {c} out of 10"),
    smaller_step: "This step may be hard to keep. Could you make it smaller or easier, so you feel at least 7 out of 10 sure? For example: fewer days, a shorter time, or with someone. Choose Edit to change it.",
    if_then_heading: "If something gets in the way",
    if_then_hint: "Plan for what might stop you. For example: if it rains, then I walk in the shopping centre.",
    if_label: "If…",
    then_label: "then I will…",
    add_if_then: "Add an if–then plan",
    if_then_line: |when, then| format!("If {when}, then {then}."),
    add_action: "Add step",
    for_goal: |goal| format!("For: {goal}"),

    community_title: "Community supports",
    community_intro: "Local groups and services that can help, what they offer, and how a referral went.",
    community_empty: "No community supports yet.",
    new_support_heading: "Add a group or service",
    support_name_label: "Name of the group or service",
    support_name_hint: "For example: Riverside Walking for Health.",
    offer_label: "What it offers",
    contact_label: "Contact",
    referral_label: "Referral",
    referral_name: |s| match s {
        ReferralStatus::Suggested => "Suggested",
        ReferralStatus::Referred => "Referred",
        ReferralStatus::Attended => "Going",
        ReferralStatus::Stopped => "Stopped",
    },
    how_it_went_label: "How it went",
    support_goals_label: "Which goals does it help with?",
    add_support: "Add support",

    safety_title: "Safety net",
    safety_intro: "What to do if things get worse. Each zone has its signs, what to do, and who to contact.",
    zone_name: |z| match z {
        Zone::Green => "Green: as usual",
        Zone::Amber => "Amber: getting worse",
        Zone::Red => "Red: urgent",
    },
    zone_hint: |z| match z {
        Zone::Green => "How things are on a usual day, and how to keep them so.",
        Zone::Amber => "Signs that things are getting worse, and what to do soon.",
        Zone::Red => "Signs that need help straight away.",
    },
    zone_signs_label: |zone| format!("Signs ({zone})"),
    signs_label: "Signs",
    what_to_do_label: "What to do",
    add_to_zone: |zone| format!("Add to {zone}"),
    safety_line: |signs, todo, contact| {
        if contact.is_empty() { format!("{signs}: {todo}.") } else { format!("{signs}: {todo} ({contact}).") }
    },

    agreed_title: "What we agreed",
    agreed_goals_heading: "Our goals",
    agreed_goals_empty: "No goals agreed yet.",
    expected_label: "What we expect",
    other_actions_heading: "Other steps",
    set_aside_heading: "Set aside for now",
    next_review_heading: "Next review",
    next_review_label: "Date of the next review",
    forget_heading: "Finished on this computer?",
    forget_body: "If this is a shared computer, such as one in a clinic, you can remove the plan from it now. Give the person a copy first.",
    forget_button: "Forget this plan on this device",
    forget_title: "Forget this plan on this device?",
    forget_confirm_body: |name| format!("\"{name}\" will be removed from this device. Other devices and copies are not changed."),
    forgotten: "The plan was removed from this device.",

    entries_count: |n| match n {
        0 => "nothing yet".into(),
        1 => "1 entry".into(),
        n => format!("{n} entries"),
    },
    change_author: "Change who is writing",
    short_of_time: "Short of time before your appointment?",
    go_to_agenda: "Go straight to your agenda",
    import_heading: "Open a plan from a file",
    import_label: "Choose a CoPlan file",
    import_hint: "A file downloaded from CoPlan, on this device or another. It is read here and not sent anywhere.",
    import_unreadable: "the browser could not read it, or this device could not keep it",
    import_failed: |why| format!("This file could not be opened: {why}. Nothing on this device was changed."),
    imported: "The plan from the file is open.",
    imported_copy: "This plan was already on this device, so the file was added beside it as a copy.",
    copy_word: "copy",
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
    kept_both_notice: "Someone changed the same words in another tab. Both versions are kept: choose which to keep.",
    conflicts_title: "Two versions to choose from",
    conflicts_intro: "These words were changed in two places at the same time. Nothing is lost. Choose which version to keep.",
    conflict_edited: "Changed in another tab or device at the same time.",
    conflict_removed: "Removed in another tab or device while it was being changed here.",
    conflict_in_plan: "In the plan now",
    conflict_kept: "The other version, kept",
    conflict_removed_now: "Removed",
    choose_kept_version: "Use the kept version",
    bring_back_kept: "Bring it back with these words",
    keep_plan_version: "Keep the plan as it is",
    done: "Done",
    draft_kept: "We kept what you were writing here.",
    kept_changes_body: "Your last changes could not go into it, so they are kept aside on this device. Download them to keep them safe.",
    download_kept_changes: "Download my last changes",
    kept_changes_title: "Changes kept aside",
    kept_changes_intro: "A newer version of CoPlan saved these plans while changes were still being made here. Those changes are kept here, so nothing is lost.",
    download_kept_item: "Download these changes",
    now_in_words_label: "How are things now, in your own words?",
    now_in_words_hint: "For example: \"My sugars run my day.\"",
    kept_changes_item: |name| format!("Changes to \"{name}\", made just before a newer CoPlan saved it"),
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
        Field::NowInWords => "How things are now",
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
