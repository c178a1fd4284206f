//! Host tests of the one door for change: every change kind, every validation error.

mod common;
use common::*;
use coplan::core::change::{MAX_SHORT, MAX_TEXT};
use coplan::core::*;

#[test]
fn new_plan_needs_a_name_and_records_who_started_it() {
    assert_eq!(
        new_plan(id("p"), "   ", stamp(1)).unwrap_err(),
        ChangeError::Empty {
            field: Field::PlanName
        }
    );
    let p = new_plan(id("p"), "  Maria  ", by(5, AuthorRole::Clinician)).unwrap();
    assert_eq!(p.name, "Maria");
    assert_eq!(p.revision, 0);
    assert_eq!(p.history.len(), 1);
    assert_eq!(p.history[0].stamp.by, AuthorRole::Clinician);
}

#[test]
fn rename_plan_and_its_inverse() {
    let p = plan();
    let a = apply(
        &p,
        &Change::RenamePlan {
            name: "Maria G".into(),
        },
        stamp(9),
    )
    .unwrap();
    assert_eq!(a.plan.name, "Maria G");
    assert_eq!(
        a.inverse,
        Change::RenamePlan {
            name: "Maria".into()
        }
    );
    assert_eq!(a.plan.revision, 1);
    assert_eq!(a.plan.changed, stamp(9));
    assert_eq!(
        apply(
            &a.plan,
            &Change::RenamePlan {
                name: "Maria G".into()
            },
            stamp(9)
        )
        .unwrap_err(),
        ChangeError::Unchanged
    );
    let too_long = "x".repeat(MAX_SHORT + 1);
    assert_eq!(
        apply(&p, &Change::RenamePlan { name: too_long }, stamp(9)).unwrap_err(),
        ChangeError::TooLong {
            field: Field::PlanName,
            max: MAX_SHORT
        }
    );
}

#[test]
fn add_records_author_time_and_history() {
    let p = plan();
    let a = apply(
        &p,
        &add_wm("w1", "  Looking after Tom  "),
        by(42, AuthorRole::Supporter),
    )
    .unwrap();
    let e = &a.plan.what_matters[0];
    assert_eq!(e.body.text, "Looking after Tom", "text is trimmed");
    assert_eq!(e.created, by(42, AuthorRole::Supporter));
    assert_eq!(
        a.inverse,
        Change::Remove {
            list: List::WhatMatters,
            id: id("w1")
        }
    );
    let h = a.plan.history.last().unwrap();
    assert_eq!(
        (h.verb, h.list, h.label.as_str()),
        (Verb::Added, Some(List::WhatMatters), "Looking after Tom")
    );
}

#[test]
fn add_refuses_blank_too_long_and_duplicate_ids() {
    let p = with(plan(), &[add_wm("w1", "Choir")]);
    assert_eq!(
        apply(&p, &add_wm("w2", " \n "), stamp(2)).unwrap_err(),
        ChangeError::Empty {
            field: Field::WhatMatters
        }
    );
    let exactly = "é".repeat(MAX_TEXT);
    assert!(
        apply(&p, &add_wm("w2", &exactly), stamp(2)).is_ok(),
        "the limit counts characters, not bytes"
    );
    assert_eq!(
        apply(&p, &add_wm("w2", &format!("{exactly}x")), stamp(2)).unwrap_err(),
        ChangeError::TooLong {
            field: Field::WhatMatters,
            max: MAX_TEXT
        }
    );
    assert_eq!(
        apply(&p, &add_wm("w1", "Again"), stamp(2)).unwrap_err(),
        ChangeError::DuplicateId {
            list: List::WhatMatters,
            id: id("w1")
        }
    );
}

#[test]
fn edit_replaces_words_and_keeps_the_old_ones_for_undo() {
    let p = with(plan(), &[add_wm("w1", "Choir")]);
    let edit = Change::Edit(Item::WhatMatters(
        id("w1"),
        WhatMatters {
            text: "Singing in the choir".into(),
        },
    ));
    let a = apply(&p, &edit, by(50, AuthorRole::Clinician)).unwrap();
    assert_eq!(texts(&a.plan), ["Singing in the choir"]);
    assert_eq!(
        a.plan.what_matters[0].changed,
        by(50, AuthorRole::Clinician)
    );
    assert_eq!(
        a.plan.what_matters[0].created,
        stamp(10),
        "creation is kept"
    );
    assert_eq!(
        a.inverse,
        Change::Edit(Item::WhatMatters(
            id("w1"),
            WhatMatters {
                text: "Choir".into()
            }
        ))
    );
    let same = Change::Edit(Item::WhatMatters(
        id("w1"),
        WhatMatters {
            text: " Choir ".into(),
        },
    ));
    assert_eq!(
        apply(&p, &same, stamp(2)).unwrap_err(),
        ChangeError::Unchanged
    );
    let unknown = Change::Edit(Item::WhatMatters(
        id("nope"),
        WhatMatters { text: "x".into() },
    ));
    assert_eq!(
        apply(&p, &unknown, stamp(2)).unwrap_err(),
        ChangeError::UnknownEntry {
            list: List::WhatMatters,
            id: id("nope")
        }
    );
}

#[test]
fn remove_keeps_a_tombstone_and_restore_brings_it_back() {
    let p = with(plan(), &[add_wm("w1", "Choir"), add_wm("w2", "Lily")]);
    let remove = Change::Remove {
        list: List::WhatMatters,
        id: id("w1"),
    };
    let a = apply(&p, &remove, by(60, AuthorRole::Clinician)).unwrap();
    assert_eq!(texts(&a.plan), ["Lily"]);
    assert_eq!(
        a.plan.what_matters.len(),
        2,
        "the removed entry is kept as a tombstone"
    );
    assert_eq!(
        a.plan.what_matters[0].removed,
        Some(by(60, AuthorRole::Clinician))
    );
    assert_eq!(
        apply(&a.plan, &remove, stamp(61)).unwrap_err(),
        ChangeError::Removed {
            list: List::WhatMatters,
            id: id("w1")
        }
    );
    let edit = Change::Edit(Item::WhatMatters(
        id("w1"),
        WhatMatters { text: "x".into() },
    ));
    assert_eq!(
        apply(&a.plan, &edit, stamp(61)).unwrap_err(),
        ChangeError::Removed {
            list: List::WhatMatters,
            id: id("w1")
        }
    );

    let back = apply(&a.plan, &a.inverse, stamp(62)).unwrap();
    assert_eq!(
        texts(&back.plan),
        ["Choir", "Lily"],
        "restored in its old place"
    );
    assert_eq!(back.inverse, remove);
    assert_eq!(
        apply(
            &p,
            &Change::Restore {
                list: List::WhatMatters,
                id: id("w1")
            },
            stamp(63)
        )
        .unwrap_err(),
        ChangeError::NotRemoved {
            list: List::WhatMatters,
            id: id("w1")
        }
    );
}

#[test]
fn move_reorders_and_its_inverse_puts_it_back() {
    let p = with(
        plan(),
        &[add_wm("a", "A"), add_wm("b", "B"), add_wm("c", "C")],
    );
    let up = Change::Move {
        list: List::WhatMatters,
        id: id("c"),
        before: Some(id("a")),
    };
    let a = apply(&p, &up, stamp(70)).unwrap();
    assert_eq!(texts(&a.plan), ["C", "A", "B"]);
    assert_eq!(
        a.inverse,
        Change::Move {
            list: List::WhatMatters,
            id: id("c"),
            before: None
        }
    );
    assert_eq!(
        texts(&apply(&a.plan, &a.inverse, stamp(71)).unwrap().plan),
        ["A", "B", "C"]
    );

    let to_end = Change::Move {
        list: List::WhatMatters,
        id: id("a"),
        before: None,
    };
    assert_eq!(
        texts(&apply(&p, &to_end, stamp(72)).unwrap().plan),
        ["B", "C", "A"]
    );
    let nowhere = Change::Move {
        list: List::WhatMatters,
        id: id("a"),
        before: Some(id("b")),
    };
    assert_eq!(
        apply(&p, &nowhere, stamp(73)).unwrap_err(),
        ChangeError::Unchanged
    );
    let bad_target = Change::Move {
        list: List::WhatMatters,
        id: id("a"),
        before: Some(id("zz")),
    };
    assert_eq!(
        apply(&p, &bad_target, stamp(73)).unwrap_err(),
        ChangeError::UnknownEntry {
            list: List::WhatMatters,
            id: id("zz")
        }
    );
}

#[test]
fn capability_ratings_are_0_to_10_and_need_words_or_a_rating() {
    let p = plan();
    let mut c = capability("Walk to school");
    c.able_now = Some(11);
    assert_eq!(
        apply(
            &p,
            &Change::Add(Item::Capability(id("c"), c.clone())),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::OutOfRange {
            field: Field::AbleNow,
            min: 0,
            max: 10
        }
    );
    c.able_now = Some(4);
    c.wished = Some(200);
    assert!(matches!(
        apply(
            &p,
            &Change::Add(Item::Capability(id("c"), c.clone())),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::OutOfRange {
            field: Field::Wished,
            ..
        }
    ));
    let blank = Capability {
        life_area: LifeArea::Enjoyment,
        able_now: None,
        wished: None,
        description: " ".into(),
        now_in_words: String::new(),
    };
    assert_eq!(
        apply(&p, &Change::Add(Item::Capability(id("c"), blank)), stamp(2)).unwrap_err(),
        ChangeError::Empty {
            field: Field::Capability
        }
    );
    let rated_only = Capability {
        life_area: LifeArea::Enjoyment,
        able_now: Some(6),
        wished: None,
        description: String::new(),
        now_in_words: String::new(),
    };
    assert!(apply(
        &p,
        &Change::Add(Item::Capability(id("c"), rated_only)),
        stamp(2)
    )
    .is_ok());
}

#[test]
fn goals_start_proposed_and_agreement_changes_only_explicitly() {
    let p = plan();
    let mut g = goal("Walk Lily to school on Wednesdays");
    g.agreement = Agreement::Agreed;
    let p = apply(&p, &Change::Add(Item::Goal(id("g"), g.clone())), stamp(2))
        .unwrap()
        .plan;
    assert_eq!(
        p.goals[0].body.agreement,
        Agreement::Proposed,
        "a new goal is only proposed"
    );

    let agree = Change::SetGoalAgreement {
        goal: id("g"),
        agreement: Agreement::Agreed,
    };
    let a = apply(&p, &agree, by(3, AuthorRole::Clinician)).unwrap();
    assert_eq!(a.plan.goals[0].body.agreement, Agreement::Agreed);
    assert_eq!(
        a.inverse,
        Change::SetGoalAgreement {
            goal: id("g"),
            agreement: Agreement::Proposed
        }
    );
    assert_eq!(a.plan.history.last().unwrap().verb, Verb::Agreement);

    // Editing the words keeps the agreement as it is.
    let mut edited = goal("Walk Lily to school by the summer");
    edited.agreement = Agreement::SetAside { reason: "x".into() };
    let e = apply(
        &a.plan,
        &Change::Edit(Item::Goal(id("g"), edited)),
        stamp(4),
    )
    .unwrap();
    assert_eq!(e.plan.goals[0].body.agreement, Agreement::Agreed);
}

#[test]
fn agreeing_to_differ_or_setting_aside_needs_the_words() {
    let p = with(
        plan(),
        &[Change::Add(Item::Goal(id("g"), goal("Change tablets")))],
    );
    let differ = |d: &str| Change::SetGoalAgreement {
        goal: id("g"),
        agreement: Agreement::AgreedToDiffer {
            difference: d.into(),
        },
    };
    assert_eq!(
        apply(&p, &differ("  "), stamp(2)).unwrap_err(),
        ChangeError::Empty {
            field: Field::Difference
        }
    );
    let ok = apply(
        &p,
        &differ(" Maria wants to wait until after the concert "),
        stamp(2),
    )
    .unwrap();
    assert_eq!(
        ok.plan.goals[0].body.agreement,
        Agreement::AgreedToDiffer {
            difference: "Maria wants to wait until after the concert".into()
        }
    );
    let aside = Change::SetGoalAgreement {
        goal: id("g"),
        agreement: Agreement::SetAside {
            reason: String::new(),
        },
    };
    assert_eq!(
        apply(&p, &aside, stamp(2)).unwrap_err(),
        ChangeError::Empty {
            field: Field::Reason
        }
    );
    let missing = Change::SetGoalAgreement {
        goal: id("zz"),
        agreement: Agreement::Agreed,
    };
    assert!(matches!(
        apply(&p, &missing, stamp(2)).unwrap_err(),
        ChangeError::UnknownEntry {
            list: List::Goals,
            ..
        }
    ));
}

#[test]
fn goal_links_to_a_live_capability_and_checks_measures() {
    let p = with(
        plan(),
        &[Change::Add(Item::Capability(
            id("c"),
            capability("Walk to school"),
        ))],
    );
    let mut g = goal("Walk Lily to school");
    g.capability = Some(id("c"));
    g.measures = vec![Measure {
        name: "HbA1c".into(),
        current: "58".into(),
        target: "53".into(),
    }];
    g.baseline = AttainmentLevel::new(-1);
    assert!(apply(&p, &Change::Add(Item::Goal(id("g"), g.clone())), stamp(2)).is_ok());
    g.measures[0].name = " ".into();
    assert_eq!(
        apply(&p, &Change::Add(Item::Goal(id("g"), g.clone())), stamp(2)).unwrap_err(),
        ChangeError::Empty {
            field: Field::Measure
        }
    );
    g.measures.clear();
    g.capability = Some(id("gone"));
    assert_eq!(
        apply(&p, &Change::Add(Item::Goal(id("g"), g)), stamp(2)).unwrap_err(),
        ChangeError::MissingLink {
            field: Field::LinkedEntry,
            list: List::Capabilities,
            id: id("gone")
        }
    );
}

#[test]
fn attainment_levels_run_from_minus_two_to_two() {
    assert!(AttainmentLevel::new(-3).is_none());
    assert!(AttainmentLevel::new(3).is_none());
    assert_eq!(AttainmentLevel::new(-2).unwrap().index(), 0);
    assert_eq!(AttainmentLevel::new(2).unwrap().index(), 4);
}

#[test]
fn actions_check_confidence_responsibility_and_if_then_plans() {
    let p = with(
        plan(),
        &[
            Change::Add(Item::Supporter(id("ana"), supporter("Ana"))),
            Change::Add(Item::CommunitySupport(
                id("walk"),
                community("Riverside Walking for Health"),
            )),
        ],
    );
    let mut a = action("Walk 10 minutes after lunch");
    a.confidence = Some(11);
    assert_eq!(
        apply(&p, &Change::Add(Item::Action(id("a"), a.clone())), stamp(2)).unwrap_err(),
        ChangeError::OutOfRange {
            field: Field::Confidence,
            min: 0,
            max: 10
        }
    );
    a.confidence = Some(5);
    a.responsible = Responsible::Supporter(id("ana"));
    a.if_then = vec![IfThen {
        if_: "it rains".into(),
        then: "walk in the shopping centre".into(),
    }];
    assert!(apply(&p, &Change::Add(Item::Action(id("a"), a.clone())), stamp(2)).is_ok());
    a.responsible = Responsible::CommunitySupport(id("walk"));
    assert!(apply(&p, &Change::Add(Item::Action(id("a"), a.clone())), stamp(2)).is_ok());
    a.responsible = Responsible::Supporter(id("nobody"));
    assert!(matches!(
        apply(&p, &Change::Add(Item::Action(id("a"), a.clone())), stamp(2)).unwrap_err(),
        ChangeError::MissingLink {
            list: List::Supporters,
            ..
        }
    ));
    a.responsible = Responsible::Clinician;
    a.if_then = vec![IfThen {
        if_: "it rains".into(),
        then: "".into(),
    }];
    assert_eq!(
        apply(&p, &Change::Add(Item::Action(id("a"), a.clone())), stamp(2)).unwrap_err(),
        ChangeError::Empty {
            field: Field::IfThen
        }
    );
    a.if_then.clear();
    a.what = String::new();
    assert_eq!(
        apply(&p, &Change::Add(Item::Action(id("a"), a)), stamp(2)).unwrap_err(),
        ChangeError::Empty {
            field: Field::Action
        }
    );
}

#[test]
fn a_removed_supporter_cannot_be_made_responsible() {
    let p = with(
        plan(),
        &[
            Change::Add(Item::Supporter(id("ana"), supporter("Ana"))),
            Change::Remove {
                list: List::Supporters,
                id: id("ana"),
            },
        ],
    );
    let mut a = action("Walk on Saturdays");
    a.responsible = Responsible::Supporter(id("ana"));
    assert!(matches!(
        apply(&p, &Change::Add(Item::Action(id("a"), a)), stamp(2)).unwrap_err(),
        ChangeError::MissingLink { .. }
    ));
}

/// Regression: removing a goal, a life area or a community group left every entry that
/// pointed at it refusing each keystroke ("linked to something that has been removed"),
/// and "Reached it" on such a goal did nothing.
#[test]
fn what_pointed_at_a_removed_entry_stays_editable_but_gains_no_new_link() {
    let mut g = goal("Walk Lily to school");
    g.capability = Some(id("c"));
    let mut a = action("Walk 10 minutes after lunch");
    a.goal = Some(id("g"));
    a.responsible = Responsible::CommunitySupport(id("w"));
    let mut w = community("Walking group");
    w.goals = vec![id("g")];
    let h = HelpOrHindrance {
        text: "The hill on the way to school".into(),
        kind: FactorKind::Environmental,
        effect: Effect::GetsInTheWay,
        goals: vec![id("g")],
        capabilities: vec![id("c")],
    };
    let p = with(
        plan(),
        &[
            Change::Add(Item::Capability(id("c"), capability("Walk"))),
            Change::Add(Item::Goal(id("g"), g.clone())),
            Change::Add(Item::CommunitySupport(id("w"), community("Leisure centre"))),
            Change::Add(Item::CommunitySupport(id("w2"), w.clone())),
            Change::Add(Item::Action(id("a"), a.clone())),
            Change::Add(Item::HelpOrHindrance(id("h"), h.clone())),
        ],
    );
    let removed = |list, i: &str| Change::Remove { list, id: id(i) };
    let p = with(
        p,
        &[
            removed(List::Capabilities, "c"),
            removed(List::Goals, "g"),
            removed(List::CommunitySupports, "w"),
        ],
    );
    g.wording = "Walk Lily to school and back".into();
    a.what = "Walk 15 minutes after lunch".into();
    w.name = "Riverside walking group".into();
    let mut h2 = h.clone();
    h2.text = "The steep hill".into();
    for edit in [
        Item::Action(id("a"), a.clone()),
        Item::CommunitySupport(id("w2"), w.clone()),
        Item::HelpOrHindrance(id("h"), h2),
    ] {
        assert!(
            apply(&p, &Change::Edit(edit.clone()), stamp(9)).is_ok(),
            "{edit:?}"
        );
    }
    // The removed goal can still be edited (brought back first, as the screen does).
    let back = with(
        p.clone(),
        &[Change::Restore {
            list: List::Goals,
            id: id("g"),
        }],
    );
    assert!(apply(&back, &Change::Edit(Item::Goal(id("g"), g)), stamp(9)).is_ok());
    // Nothing new may point at what was removed and nothing there pointed at.
    let p = with(
        p,
        &[
            Change::Add(Item::Goal(id("g2"), goal("Sing in the choir"))),
            Change::Add(Item::Capability(id("c2"), capability("Sing"))),
            removed(List::Goals, "g2"),
            removed(List::Capabilities, "c2"),
        ],
    );
    let mut fresh = action("Swim on Fridays");
    fresh.goal = Some(id("g2"));
    assert!(matches!(
        apply(&p, &Change::Add(Item::Action(id("b"), fresh)), stamp(9)).unwrap_err(),
        ChangeError::MissingLink {
            list: List::Goals,
            ..
        }
    ));
    let mut other = h;
    other.capabilities = vec![id("c2")];
    assert!(matches!(
        apply(
            &p,
            &Change::Add(Item::HelpOrHindrance(id("h2"), other)),
            stamp(9)
        )
        .unwrap_err(),
        ChangeError::MissingLink {
            list: List::Capabilities,
            ..
        }
    ));
}

#[test]
fn supporters_need_a_name() {
    let p = plan();
    assert_eq!(
        apply(
            &p,
            &Change::Add(Item::Supporter(id("s"), supporter(""))),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::Empty { field: Field::Name }
    );
    let mut s = supporter("Ana");
    s.how_they_help = "x".repeat(MAX_TEXT + 1);
    assert_eq!(
        apply(&p, &Change::Add(Item::Supporter(id("s"), s)), stamp(2)).unwrap_err(),
        ChangeError::TooLong {
            field: Field::HowTheyHelp,
            max: MAX_TEXT
        }
    );
}

#[test]
fn helps_and_hindrances_link_to_goals_and_capabilities_once_each() {
    let p = with(
        plan(),
        &[
            Change::Add(Item::Capability(id("c"), capability("Walk"))),
            Change::Add(Item::Goal(id("g"), goal("Walk Lily to school"))),
        ],
    );
    let h = HelpOrHindrance {
        text: "The hill on the way to school".into(),
        kind: FactorKind::Environmental,
        effect: Effect::GetsInTheWay,
        goals: vec![id("g"), id("g")],
        capabilities: vec![id("c")],
    };
    let a = apply(
        &p,
        &Change::Add(Item::HelpOrHindrance(id("h"), h.clone())),
        stamp(2),
    )
    .unwrap();
    assert_eq!(
        a.plan.helps_and_hindrances[0].body.goals,
        vec![id("g")],
        "duplicate links collapse"
    );
    let mut bad = h.clone();
    bad.capabilities = vec![id("x")];
    assert!(matches!(
        apply(
            &p,
            &Change::Add(Item::HelpOrHindrance(id("h"), bad)),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::MissingLink { .. }
    ));
    let mut blank = h;
    blank.text = String::new();
    assert_eq!(
        apply(
            &p,
            &Change::Add(Item::HelpOrHindrance(id("h"), blank)),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::Empty {
            field: Field::HelpOrHindrance
        }
    );
}

#[test]
fn community_supports_track_referrals() {
    let p = with(
        plan(),
        &[Change::Add(Item::CommunitySupport(
            id("w"),
            community("Walking group"),
        ))],
    );
    let mut c = community("Walking group");
    c.referral = ReferralStatus::Referred;
    let a = apply(
        &p,
        &Change::Edit(Item::CommunitySupport(id("w"), c.clone())),
        stamp(2),
    )
    .unwrap();
    assert_eq!(
        a.plan.community_supports[0].body.referral,
        ReferralStatus::Referred
    );
    c.goals = vec![id("nope")];
    assert!(matches!(
        apply(
            &p,
            &Change::Edit(Item::CommunitySupport(id("w"), c)),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::MissingLink { .. }
    ));
    assert_eq!(
        apply(
            &p,
            &Change::Add(Item::CommunitySupport(id("x"), community(" "))),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::Empty { field: Field::Name }
    );
}

#[test]
fn safety_net_lines_need_signs_and_what_to_do() {
    let p = plan();
    let line = SafetyNetEntry {
        zone: Zone::Amber,
        signs: "Blood sugar under 4 twice in a week".into(),
        what_to_do: "Call the practice".into(),
        contact: "01234 567890".into(),
        who: None,
    };
    assert!(apply(
        &p,
        &Change::Add(Item::SafetyNetEntry(id("s"), line.clone())),
        stamp(2)
    )
    .is_ok());
    let no_action = SafetyNetEntry {
        what_to_do: " ".into(),
        ..line.clone()
    };
    assert_eq!(
        apply(
            &p,
            &Change::Add(Item::SafetyNetEntry(id("s"), no_action)),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::Empty {
            field: Field::WhatToDo
        }
    );
    let no_signs = SafetyNetEntry {
        signs: String::new(),
        ..line
    };
    assert_eq!(
        apply(
            &p,
            &Change::Add(Item::SafetyNetEntry(id("s"), no_signs)),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::Empty {
            field: Field::Signs
        }
    );
}

#[test]
fn agenda_items_belong_to_a_live_visit() {
    let visit = Visit {
        date: CalendarDate::parse("2027-01-12"),
        with_whom: "Practice nurse".into(),
        ..Visit::default()
    };
    let p = with(plan(), &[Change::Add(Item::Visit(id("v"), visit))]);
    let item = AgendaItem {
        visit: id("v"),
        kind: AgendaKind::Topic,
        text: "My knee".into(),
        discussed: false,
        because: None,
    };
    assert!(apply(
        &p,
        &Change::Add(Item::AgendaItem(id("t"), item.clone())),
        stamp(2)
    )
    .is_ok());
    let orphan = AgendaItem {
        visit: id("other"),
        ..item.clone()
    };
    assert!(matches!(
        apply(
            &p,
            &Change::Add(Item::AgendaItem(id("t"), orphan)),
            stamp(2)
        )
        .unwrap_err(),
        ChangeError::MissingLink {
            list: List::Visits,
            ..
        }
    ));
    let blank = AgendaItem {
        text: "".into(),
        ..item
    };
    assert_eq!(
        apply(&p, &Change::Add(Item::AgendaItem(id("t"), blank)), stamp(2)).unwrap_err(),
        ChangeError::Empty {
            field: Field::AgendaItem
        }
    );
    let long = Visit {
        worries: "x".repeat(6000),
        ..Visit::default()
    };
    assert!(matches!(
        apply(&p, &Change::Add(Item::Visit(id("v2"), long)), stamp(2)).unwrap_err(),
        ChangeError::TooLong { .. }
    ));
}

#[test]
fn check_ins_refer_to_real_goals_and_actions() {
    let p = with(
        plan(),
        &[
            Change::Add(Item::Goal(id("g"), goal("Walk"))),
            Change::Add(Item::Action(id("a"), action("Walk after lunch"))),
        ],
    );
    let check_in = CheckIn {
        date: CalendarDate::parse("2027-02-01").unwrap(),
        goal_levels: vec![(id("g"), AttainmentLevel::new(0).unwrap())],
        action_outcomes: vec![(id("a"), ActionOutcome::Partly)],
        confidence: Some(7),
        note: "Better week".into(),
        ..CheckIn::default()
    };
    assert!(apply(
        &p,
        &Change::Add(Item::CheckIn(id("k"), check_in.clone())),
        stamp(2)
    )
    .is_ok());
    let bad = CheckIn {
        action_outcomes: vec![(id("zz"), ActionOutcome::Done)],
        ..check_in.clone()
    };
    assert!(matches!(
        apply(&p, &Change::Add(Item::CheckIn(id("k"), bad)), stamp(2)).unwrap_err(),
        ChangeError::MissingLink { .. }
    ));
    let bad = CheckIn {
        confidence: Some(12),
        ..check_in
    };
    assert!(matches!(
        apply(&p, &Change::Add(Item::CheckIn(id("k"), bad)), stamp(2)).unwrap_err(),
        ChangeError::OutOfRange { .. }
    ));
}

#[test]
fn every_list_supports_remove_restore_and_move() {
    let visit = Visit::default();
    let p = with(
        plan(),
        &[
            Change::Add(Item::Capability(id("c1"), capability("A"))),
            Change::Add(Item::Capability(id("c2"), capability("B"))),
            Change::Add(Item::Goal(id("g1"), goal("A"))),
            Change::Add(Item::Goal(id("g2"), goal("B"))),
            Change::Add(Item::Action(id("a1"), action("A"))),
            Change::Add(Item::Action(id("a2"), action("B"))),
            Change::Add(Item::Supporter(id("s1"), supporter("A"))),
            Change::Add(Item::Supporter(id("s2"), supporter("B"))),
            Change::Add(Item::Visit(id("v1"), visit.clone())),
            Change::Add(Item::Visit(id("v2"), visit)),
        ],
    );
    for (list, first, second) in [
        (List::Capabilities, "c1", "c2"),
        (List::Goals, "g1", "g2"),
        (List::Actions, "a1", "a2"),
        (List::Supporters, "s1", "s2"),
        (List::Visits, "v1", "v2"),
    ] {
        let moved = apply(
            &p,
            &Change::Move {
                list,
                id: id(second),
                before: Some(id(first)),
            },
            stamp(90),
        )
        .unwrap();
        assert_eq!(moved.plan.revision, p.revision + 1, "{list:?}");
        let removed = apply(
            &p,
            &Change::Remove {
                list,
                id: id(first),
            },
            stamp(90),
        )
        .unwrap();
        let restored = apply(&removed.plan, &removed.inverse, stamp(91)).unwrap();
        assert_eq!(
            restored.inverse,
            Change::Remove {
                list,
                id: id(first)
            },
            "{list:?}"
        );
    }
}

#[test]
fn history_is_bounded_and_keeps_the_newest() {
    let mut p = with(plan(), &[add_wm("w", "0")]);
    for i in 1..=(HISTORY_LIMIT + 5) {
        let c = Change::Edit(Item::WhatMatters(
            id("w"),
            WhatMatters {
                text: i.to_string(),
            },
        ));
        p = apply(&p, &c, stamp(i as i64)).unwrap().plan;
    }
    assert_eq!(p.history.len(), HISTORY_LIMIT);
    assert_eq!(
        p.history.last().unwrap().label,
        (HISTORY_LIMIT + 5).to_string()
    );
}

#[test]
fn history_labels_are_short() {
    let long = "word ".repeat(100);
    let p = with(plan(), &[add_wm("w", &long)]);
    let label = &p.history.last().unwrap().label;
    assert!(label.chars().count() <= 81, "{label}");
    assert!(label.ends_with('…'));
}

#[test]
fn a_batch_applies_all_or_nothing_and_undoes_in_one_step() {
    let p = plan();
    let visit_and_topic = Change::Batch(vec![
        Change::Add(Item::Visit(id("v"), Visit::default())),
        Change::Add(Item::AgendaItem(
            id("t"),
            AgendaItem {
                visit: id("v"),
                kind: AgendaKind::Topic,
                text: "Knee".into(),
                discussed: false,
                because: None,
            },
        )),
    ]);
    let a = apply(&p, &visit_and_topic, stamp(5)).unwrap();
    assert_eq!((a.plan.visits.len(), a.plan.agenda_items.len()), (1, 1));
    let undone = apply(&a.plan, &a.inverse, stamp(6)).unwrap().plan;
    assert_eq!(
        Plan::live(&undone.visits).count() + Plan::live(&undone.agenda_items).count(),
        0
    );

    let half_bad = Change::Batch(vec![add_wm("w", "Choir"), add_wm("x", " ")]);
    assert_eq!(
        apply(&p, &half_bad, stamp(7)).unwrap_err(),
        ChangeError::Empty {
            field: Field::WhatMatters
        }
    );
    assert_eq!(
        apply(&p, &Change::Batch(vec![]), stamp(7)).unwrap_err(),
        ChangeError::Unchanged
    );
}

#[test]
fn entries_are_named_by_their_words_for_notices() {
    let p = with(
        plan(),
        &[
            add_wm("w", "Choir"),
            Change::Add(Item::Supporter(id("s"), supporter("Ana"))),
        ],
    );
    assert_eq!(
        coplan::core::change::entry_label(&p, List::WhatMatters, &id("w")).as_deref(),
        Some("Choir")
    );
    assert_eq!(
        coplan::core::change::entry_label(&p, List::Supporters, &id("s")).as_deref(),
        Some("Ana")
    );
    assert_eq!(
        coplan::core::change::entry_label(&p, List::Goals, &id("w")),
        None
    );
}
