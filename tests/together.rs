//! Host tests of co-planning: confidence, agreement, responsibility, review dates.

mod common;
use common::*;
use coplan::core::together::*;
use coplan::core::*;

#[test]
fn a_confidence_below_7_suggests_a_smaller_step() {
    let mut a = action("Join the walking group");
    for (confidence, suggest) in [
        (Some(5), true),
        (Some(6), true),
        (Some(7), false),
        (Some(10), false),
        (None, false),
        (Some(0), true),
    ] {
        a.confidence = confidence;
        assert_eq!(needs_smaller_step(&a), suggest, "{confidence:?}");
    }
}

#[test]
fn agreement_moves_through_every_state_and_back_explicitly() {
    let mut p = with(
        plan(),
        &[Change::Add(Item::Goal(
            id("g"),
            goal("Walk Lily to school"),
        ))],
    );
    let states = [
        Agreement::Discussed,
        Agreement::Agreed,
        Agreement::AgreedToDiffer {
            difference: "Tablets: Maria wants to wait".into(),
        },
        Agreement::SetAside {
            reason: "Not now".into(),
        },
        Agreement::Proposed,
        Agreement::Agreed,
    ];
    for (i, agreement) in states.iter().enumerate() {
        let a = apply(
            &p,
            &Change::SetGoalAgreement {
                goal: id("g"),
                agreement: agreement.clone(),
            },
            by(i as i64, AuthorRole::Clinician),
        )
        .unwrap();
        assert_eq!(&a.plan.goals[0].body.agreement, agreement);
        // Undo returns exactly to the state before.
        let back = apply(&a.plan, &a.inverse, stamp(99)).unwrap().plan;
        assert_eq!(back.goals[0].body.agreement, p.goals[0].body.agreement);
        p = a.plan;
    }
    assert_eq!(
        apply(
            &p,
            &Change::SetGoalAgreement {
                goal: id("g"),
                agreement: Agreement::Agreed
            },
            stamp(100)
        )
        .unwrap_err(),
        ChangeError::Unchanged,
        "agreeing twice records nothing new"
    );
}

#[test]
fn a_removed_goal_cannot_be_agreed() {
    let p = with(
        plan(),
        &[
            Change::Add(Item::Goal(id("g"), goal("Walk"))),
            Change::Remove {
                list: List::Goals,
                id: id("g"),
            },
        ],
    );
    assert_eq!(
        apply(
            &p,
            &Change::SetGoalAgreement {
                goal: id("g"),
                agreement: Agreement::Agreed
            },
            stamp(1)
        )
        .unwrap_err(),
        ChangeError::Removed {
            list: List::Goals,
            id: id("g")
        }
    );
}

#[test]
fn agreed_goals_include_agreeing_to_differ_but_not_proposed_or_set_aside() {
    let p = with(
        plan(),
        &[
            Change::Add(Item::Goal(id("a"), goal("A"))),
            Change::Add(Item::Goal(id("b"), goal("B"))),
            Change::Add(Item::Goal(id("c"), goal("C"))),
            Change::Add(Item::Goal(id("d"), goal("D"))),
            Change::SetGoalAgreement {
                goal: id("a"),
                agreement: Agreement::Agreed,
            },
            Change::SetGoalAgreement {
                goal: id("b"),
                agreement: Agreement::AgreedToDiffer {
                    difference: "x".into(),
                },
            },
            Change::SetGoalAgreement {
                goal: id("c"),
                agreement: Agreement::SetAside { reason: "y".into() },
            },
        ],
    );
    let agreed: Vec<&str> = agreed_goals(&p).map(|g| g.body.wording.as_str()).collect();
    assert_eq!(agreed, ["A", "B"]);
    // Regression: a goal reached, let go or adjusted still printed as agreed, and its
    // review date was still the plan's next review.
    let mut b = p
        .goals
        .iter()
        .find(|g| g.id == id("b"))
        .unwrap()
        .body
        .clone();
    b.review_date = CalendarDate::parse("2027-01-10");
    b.ended = Some(Ending {
        how: EndKind::LetGo,
        on: CalendarDate::parse("2026-12-01").unwrap(),
        reason: "Too much with my shifts".into(),
    });
    let mut a = p
        .goals
        .iter()
        .find(|g| g.id == id("a"))
        .unwrap()
        .body
        .clone();
    a.review_date = CalendarDate::parse("2027-04-01");
    let p = with(
        p,
        &[
            Change::Edit(Item::Goal(id("b"), b)),
            Change::Edit(Item::Goal(id("a"), a)),
        ],
    );
    let agreed: Vec<&str> = agreed_goals(&p).map(|g| g.body.wording.as_str()).collect();
    assert_eq!(agreed, ["A"]);
    assert_eq!(next_review(&p), CalendarDate::parse("2027-04-01"));
}

/// Regression: a step whose goal was removed was under no goal and not among the other
/// steps: it dropped off "What we agreed".
#[test]
fn a_step_whose_goal_was_removed_is_among_the_other_steps() {
    let mut a = action("Walk after lunch");
    a.goal = Some(id("g"));
    let p = with(
        plan(),
        &[
            Change::Add(Item::Goal(id("g"), goal("Walk"))),
            Change::Add(Item::Action(id("a"), a)),
            Change::Add(Item::Action(id("b"), action("Swim"))),
        ],
    );
    let other =
        |p: &Plan| -> Vec<String> { steps_for_no_goal(p).map(|a| a.body.what.clone()).collect() };
    assert_eq!(other(&p), ["Swim"]);
    let p = with(
        p,
        &[Change::Remove {
            list: List::Goals,
            id: id("g"),
        }],
    );
    assert_eq!(other(&p), ["Walk after lunch", "Swim"]);
}

#[test]
fn the_next_review_is_the_visits_or_else_the_earliest_goal_review() {
    let date = |s| CalendarDate::parse(s);
    let mut g1 = goal("A");
    g1.review_date = date("2027-05-01");
    let mut g2 = goal("B");
    g2.review_date = date("2027-03-01");
    let mut set_aside = goal("C");
    set_aside.review_date = date("2027-01-01");
    let p = with(
        plan(),
        &[
            Change::Add(Item::Goal(id("a"), g1)),
            Change::Add(Item::Goal(id("b"), g2)),
            Change::Add(Item::Goal(id("c"), set_aside)),
            Change::SetGoalAgreement {
                goal: id("c"),
                agreement: Agreement::SetAside {
                    reason: "later".into(),
                },
            },
        ],
    );
    assert_eq!(next_review(&p), date("2027-03-01"));
    let visit = Visit {
        next_review: date("2027-02-15"),
        ..Visit::default()
    };
    let p = with(p, &[Change::Add(Item::Visit(id("v"), visit))]);
    assert_eq!(next_review(&p), date("2027-02-15"));
    assert_eq!(next_review(&plan()), None);
}

#[test]
fn a_goal_from_a_topic_keeps_the_persons_words_and_who_proposed_it() {
    let g = goal_from_topic(
        "My knee stops me walking Lily to school",
        AuthorRole::Clinician,
    );
    assert_eq!(g.wording, "My knee stops me walking Lily to school");
    assert_eq!(g.proposed_by, AuthorRole::Clinician);
    assert_eq!(g.agreement, Agreement::Proposed);
}

#[test]
fn responsibility_is_named_even_after_the_supporter_is_removed() {
    let p = with(
        plan(),
        &[
            Change::Add(Item::Supporter(id("ana"), supporter("Ana"))),
            Change::Add(Item::CommunitySupport(id("w"), community("Walking group"))),
        ],
    );
    assert_eq!(
        responsible_name(&p, &Responsible::Supporter(id("ana"))),
        Some("Ana")
    );
    assert_eq!(
        responsible_name(&p, &Responsible::CommunitySupport(id("w"))),
        Some("Walking group")
    );
    assert_eq!(responsible_name(&p, &Responsible::Person), None);
    let p = with(
        p,
        &[Change::Remove {
            list: List::Supporters,
            id: id("ana"),
        }],
    );
    assert_eq!(
        responsible_name(&p, &Responsible::Supporter(id("ana"))),
        Some("Ana")
    );
}

#[test]
fn actions_are_found_by_goal() {
    let mut a = action("Walk");
    a.goal = Some(id("g"));
    let p = with(
        plan(),
        &[
            Change::Add(Item::Goal(id("g"), goal("Walk Lily"))),
            Change::Add(Item::Action(id("a"), a)),
            Change::Add(Item::Action(id("b"), action("Loose step"))),
        ],
    );
    assert_eq!(actions_for(&p, Some(&id("g"))).count(), 1);
    assert_eq!(
        actions_for(&p, None)
            .map(|a| a.body.what.as_str())
            .collect::<Vec<_>>(),
        ["Loose step"]
    );
}

/// Regression: the printed plan said "Who does it: The person" where Maria was expected.
#[test]
fn the_person_is_called_by_the_plans_name_without_the_sample_mark() {
    let mut p = plan();
    assert_eq!(person_name(&p), "Maria");
    p.name = "Maria (sample)".into();
    assert_eq!(person_name(&p), "Maria");
    // Regression: the Spanish sample's steps said "Responsable: María (ejemplo)".
    p.name = "María (ejemplo)".into();
    assert_eq!(person_name(&p), "María (ejemplo)", "not a sample");
    p.is_sample = true;
    assert_eq!(person_name(&p), "María");
    p.name = "Jo (Joanne)".into();
    p.is_sample = false;
    assert_eq!(person_name(&p), "Jo (Joanne)", "a name's own brackets stay");
}
