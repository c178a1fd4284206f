//! Following through: the attainment score, levels and follow-through in date order,
//! what is due, check-in edits, and the next visit's suggestions.

mod common;
use common::*;
use coplan::core::follow::*;
use coplan::core::*;

fn level(v: i8) -> AttainmentLevel {
    AttainmentLevel::new(v).unwrap()
}

fn score(levels: &[i8], weights: &[f64]) -> f64 {
    let rated: Vec<_> = levels
        .iter()
        .zip(weights.iter().chain(std::iter::repeat(&1.0)))
        .map(|(l, w)| (level(*l), *w))
        .collect();
    t_score(&rated).expect("rated goals give a score")
}

fn two_places(x: f64) -> String {
    format!("{x:.2}")
}

#[test]
fn t_score_matches_the_worked_cases() {
    let cases: [(&[i8], &[f64], &str); 6] = [
        (
            &[-2, 0, -1, 2, 0, 1],
            &[3.0, 5.0, 1.0, 4.0, 2.0, 6.0],
            "55.00",
        ),
        (&[-1, -1, -1], &[], "36.31"),
        (&[2, 2, 2], &[], "77.39"),
        (&[1, 1], &[], "62.40"),
        (&[2], &[], "70.00"),
        (&[0, 0, 0, 0], &[], "50.00"),
    ];
    for (levels, weights, want) in cases {
        assert_eq!(
            two_places(score(levels, weights)),
            want,
            "{levels:?} {weights:?}"
        );
    }
    assert_eq!(t_score(&[]), None, "no rated goal, no score");
}

const DAY: i64 = 86_400_000;

fn date(s: &str) -> CalendarDate {
    CalendarDate::parse(s).unwrap()
}

fn at(s: &str) -> i64 {
    // Midday UTC of the date, as a timestamp.
    let d = date(s);
    CalendarDate::from_timestamp(Timestamp(0)).days_until(d) * DAY + DAY / 2
}

/// A plan with two goals and one action, made on 1 January 2024.
fn follow_plan() -> Plan {
    let mut g2 = goal("Play five-a-side on Thursdays");
    g2.weight = Some(2);
    let mut a = action("Use my preventer inhaler morning and night");
    a.goal = Some(id("g1"));
    let mut p = plan();
    for (i, c) in [
        Change::Add(Item::Goal(id("g1"), goal("Walk to the shops"))),
        Change::Add(Item::Goal(id("g2"), g2)),
        Change::Add(Item::Action(id("a1"), a)),
    ]
    .iter()
    .enumerate()
    {
        p = apply(&p, c, stamp(at("2024-01-01") + i as i64))
            .unwrap()
            .plan;
    }
    p
}

fn check_in(date_: &str, goals: &[(&str, i8)], actions: &[(&str, ActionOutcome)]) -> CheckIn {
    CheckIn {
        date: date(date_),
        goal_levels: goals.iter().map(|(g, l)| (id(g), level(*l))).collect(),
        action_outcomes: actions.iter().map(|(a, o)| (id(a), *o)).collect(),
        ..CheckIn::default()
    }
}

fn add_check_in(p: Plan, key: &str, c: CheckIn, written: &str) -> Plan {
    apply(
        &p,
        &Change::Add(Item::CheckIn(id(key), c)),
        stamp(at(written)),
    )
    .unwrap()
    .plan
}

#[test]
fn no_check_ins_mean_no_score_no_levels_and_only_gaps() {
    let p = follow_plan();
    assert!(t_scores(&p).is_empty());
    assert!(goal_levels(&p, &id("g1")).is_empty());
    assert!(action_marks(&p, &id("a1")).is_empty());
    assert_eq!(follow_through(&[]).rate(), None);
}

#[test]
fn check_ins_entered_out_of_order_read_in_date_order() {
    use ActionOutcome::*;
    let p = follow_plan();
    // Sam catches up: the latest week first, then two backdated ones.
    let p = add_check_in(
        p,
        "c3",
        check_in("2024-01-29", &[("g1", 1)], &[("a1", Done)]),
        "2024-01-29",
    );
    let p = add_check_in(
        p,
        "c1",
        check_in("2024-01-08", &[("g1", -1)], &[("a1", NotThisTime)]),
        "2024-01-30",
    );
    let p = add_check_in(p, "c2", check_in("2024-01-15", &[], &[]), "2024-01-30");
    assert_eq!(
        goal_levels(&p, &id("g1")),
        vec![
            (date("2024-01-08"), level(-1)),
            (date("2024-01-29"), level(1))
        ]
    );
    let marks = action_marks(&p, &id("a1"));
    let outcomes: Vec<_> = marks.iter().map(|m| m.outcome).collect();
    assert_eq!(
        outcomes,
        vec![Some(NotThisTime), None, Some(Done)],
        "the unanswered week is a gap"
    );
    let f = follow_through(&marks);
    assert_eq!((f.done, f.not_this_time, f.not_recorded), (1, 1, 1));
    assert_eq!(
        f.rate(),
        Some((1, 2)),
        "not recorded is never counted as not done"
    );
}

#[test]
fn the_score_over_time_leaves_out_goals_not_yet_rated_and_uses_weights() {
    let p = follow_plan();
    let p = add_check_in(
        p,
        "c1",
        check_in("2024-01-08", &[("g1", 2)], &[]),
        "2024-01-08",
    );
    let p = add_check_in(
        p,
        "c2",
        check_in("2024-01-15", &[("g2", -1)], &[]),
        "2024-01-15",
    );
    let scores = t_scores(&p);
    assert_eq!(scores.len(), 2);
    assert_eq!(
        two_places(scores[0].score),
        "70.00",
        "one goal rated: g2 is left out, not 0"
    );
    assert_eq!(scores[0].goals, 1);
    // g1 at +2 (weight 1) carried forward, g2 at −1 (weight 2).
    assert_eq!(
        two_places(scores[1].score),
        two_places(score(&[2, -1], &[1.0, 2.0]))
    );
    assert_eq!(scores[1].goals, 2);
}

#[test]
fn a_goal_let_go_leaves_the_score_after_it_ended_and_its_replacement_joins() {
    let p = follow_plan();
    let p = add_check_in(
        p,
        "c1",
        check_in("2024-01-08", &[("g1", -2), ("g2", 0)], &[]),
        "2024-01-08",
    );
    let mut g1 = p.goals[0].body.clone();
    g1.ended = Some(Ending {
        how: EndKind::LetGo,
        on: date("2024-01-10"),
        reason: "Not the right time".into(),
    });
    let mut new = goal("Walk to the bus stop");
    new.replaces = Some(id("g1"));
    let p = with(
        p,
        &[
            Change::Edit(Item::Goal(id("g1"), g1)),
            Change::Add(Item::Goal(id("g3"), new)),
        ],
    );
    let p = add_check_in(
        p,
        "c2",
        check_in("2024-01-15", &[("g2", 0)], &[]),
        "2024-01-15",
    );
    let scores = t_scores(&p);
    assert_eq!(
        two_places(scores[0].score),
        two_places(score(&[-2, 0], &[1.0, 2.0]))
    );
    assert_eq!(
        two_places(scores[1].score),
        "50.00",
        "g1 was let go before the 15th"
    );
    assert_eq!(scores[1].goals, 1);
    let family = goal_family(&p, &id("g3"));
    assert!(family.contains(&id("g1")) && family.contains(&id("g3")));
    let story = goal_story(&p, &id("g3"));
    assert!(
        story.contains(&id("a1")),
        "the old goal's action belongs to the story"
    );
    assert!(story.contains(&id("c1")), "and the check-in that rated it");
    assert!(!story.contains(&id("g2")));
}

#[test]
fn dates_across_years_and_29_february_sort_and_count() {
    let p = follow_plan();
    let p = add_check_in(
        p,
        "c2",
        check_in("2025-01-02", &[("g1", 1)], &[]),
        "2025-01-02",
    );
    let p = add_check_in(
        p,
        "c1",
        check_in("2024-02-29", &[("g1", 0)], &[]),
        "2025-01-02",
    );
    let p = add_check_in(
        p,
        "c0",
        check_in("2024-12-31", &[("g1", -1)], &[]),
        "2025-01-02",
    );
    let dates: Vec<_> = goal_levels(&p, &id("g1"))
        .into_iter()
        .map(|(d, _)| d.to_string())
        .collect();
    assert_eq!(dates, ["2024-02-29", "2024-12-31", "2025-01-02"]);
    assert_eq!(date("2024-02-28").add_days(1), date("2024-02-29"));
    assert_eq!(date("2024-02-29").days_until(date("2025-03-01")), 366);
    assert_eq!(date("2024-02-29").weekday(), 3, "a Thursday");
}

#[test]
fn two_check_ins_on_one_day_count_once_with_the_later_words() {
    let p = follow_plan();
    let p = add_check_in(
        p,
        "c1",
        check_in("2024-01-08", &[("g1", -1)], &[]),
        "2024-01-08",
    );
    let p = add_check_in(
        p,
        "c2",
        check_in("2024-01-08", &[("g1", 1)], &[]),
        "2024-01-09",
    );
    assert_eq!(
        goal_levels(&p, &id("g1")),
        vec![(date("2024-01-08"), level(1))]
    );
    assert_eq!(t_scores(&p).len(), 1);
}

#[test]
fn editing_a_check_in_keeps_the_earlier_version_readable() {
    let p = follow_plan();
    let first = check_in("2024-01-08", &[("g1", -1)], &[]);
    let p = add_check_in(p, "c1", first.clone(), "2024-01-08");
    let mut second = first.clone();
    second.goal_levels = vec![(id("g1"), level(0))];
    second.note = "I had miscounted".into();
    let p = with(p, &[Change::Edit(Item::CheckIn(id("c1"), second))]);
    let c = &p.check_ins[0].body;
    assert_eq!(c.earlier, vec![first], "the first version is kept, whole");
    assert_eq!(c.goal_levels, vec![(id("g1"), level(0))]);
    // A later edit adds, never drops, earlier versions.
    let mut third = c.clone();
    third.earlier = vec![];
    third.note = "Miscounted twice".into();
    let p = with(p, &[Change::Edit(Item::CheckIn(id("c1"), third))]);
    assert_eq!(p.check_ins[0].body.earlier.len(), 2);
}

#[test]
fn a_check_in_refuses_what_is_not_in_the_plan_or_out_of_range() {
    let p = follow_plan();
    let mut bad = check_in("2024-01-08", &[("nope", 0)], &[]);
    assert!(matches!(
        apply(
            &p,
            &Change::Add(Item::CheckIn(id("c"), bad.clone())),
            stamp(5)
        ),
        Err(ChangeError::MissingLink { .. })
    ));
    bad.goal_levels.clear();
    bad.action_confidence = vec![(id("a1"), 11)];
    assert!(matches!(
        apply(&p, &Change::Add(Item::CheckIn(id("c"), bad)), stamp(5)),
        Err(ChangeError::OutOfRange {
            field: Field::Confidence,
            ..
        })
    ));
    let mut g = p.goals[0].body.clone();
    g.weight = Some(0);
    assert!(matches!(
        apply(&p, &Change::Edit(Item::Goal(id("g1"), g)), stamp(5)),
        Err(ChangeError::OutOfRange {
            field: Field::Weight,
            ..
        })
    ));
}

#[test]
fn goals_due_come_most_overdue_first_and_ended_goals_are_not_due() {
    let mut p = follow_plan();
    p.goals[0].body.review_date = Some(date("2024-03-01"));
    p.goals[1].body.review_date = Some(date("2024-02-01"));
    let today = date("2024-03-05");
    let due: Vec<_> = due_for_review(&p, today)
        .into_iter()
        .map(|d| (d.goal.to_string(), d.days_past))
        .collect();
    assert_eq!(due, [("g2".to_string(), 33), ("g1".to_string(), 4)]);
    assert!(
        due_for_review(&p, date("2024-01-20")).is_empty(),
        "nothing within a week"
    );
    assert_eq!(
        due_for_review(&p, date("2024-01-26")).len(),
        1,
        "due within a week is listed"
    );
    p.goals[1].body.ended = Some(Ending {
        how: EndKind::Achieved,
        on: today,
        reason: String::new(),
    });
    assert_eq!(due_for_review(&p, today).len(), 1);
    // A goal set aside in the consultation is not due, asked about or suggested.
    p.goals[0].body.agreement = Agreement::SetAside {
        reason: "After the knee operation".into(),
    };
    assert!(due_for_review(&p, today).is_empty());
    assert_eq!(active_goals(&p).count(), 0);
    let p = add_check_in(
        p,
        "c1",
        check_in("2024-03-04", &[("g1", -2)], &[]),
        "2024-03-04",
    );
    assert!(
        !next_visit_suggestions(&p, today, today)
            .iter()
            .any(|s| s.because == Because::BelowExpected(id("g1"))),
        "rated low before it was set aside: not suggested"
    );
}

/// Regression: a step ended at a review kept gathering "not recorded" at every later
/// check-in, which no longer asks about it.
#[test]
fn a_step_ended_at_a_review_gathers_no_gaps_after_it() {
    use ActionOutcome::*;
    let p = follow_plan();
    let p = add_check_in(
        p,
        "c1",
        check_in("2024-01-08", &[], &[("a1", Done)]),
        "2024-01-08",
    );
    let mut ended = p.actions[0].body.clone();
    ended.ended = Some(Ending {
        how: EndKind::Achieved,
        on: date("2024-01-10"),
        reason: String::new(),
    });
    let p = apply(
        &p,
        &Change::Edit(Item::Action(id("a1"), ended)),
        stamp(at("2024-01-10")),
    )
    .unwrap()
    .plan;
    let p = add_check_in(
        p,
        "c2",
        check_in("2024-01-15", &[("g1", 0)], &[]),
        "2024-01-15",
    );
    let p = add_check_in(
        p,
        "c3",
        check_in("2024-01-22", &[("g1", 1)], &[]),
        "2024-01-22",
    );
    let marks = action_marks(&p, &id("a1"));
    assert_eq!(marks.len(), 1, "{marks:?}");
    assert_eq!(follow_through(&marks).not_recorded, 0);
    assert_eq!(all_action_marks(&p)[&id("a1")], marks);
}

#[test]
fn the_next_visit_starts_from_what_is_open_each_with_its_reason() {
    use ActionOutcome::*;
    let mut p = follow_plan();
    p.goals[0].body.review_date = Some(date("2024-03-01"));
    let mut low = action("Stretch before football");
    low.confidence = Some(5);
    let p = with(
        p,
        &[
            Change::Add(Item::Action(id("a2"), low)),
            Change::Add(Item::Visit(
                id("v1"),
                Visit {
                    date: Some(date("2024-01-05")),
                    ..Visit::default()
                },
            )),
        ],
    );
    let mut c1 = check_in("2024-01-08", &[("g2", -1)], &[("a1", NotThisTime)]);
    c1.note = "Can I use my reliever before football?".into();
    let p = add_check_in(p, "c1", c1, "2024-01-08");
    let p = add_check_in(
        p,
        "c2",
        check_in("2024-01-15", &[], &[("a1", Skipped)]),
        "2024-01-15",
    );
    let p = add_check_in(
        p,
        "c3",
        check_in("2024-01-22", &[], &[("a1", NotThisTime)]),
        "2024-01-22",
    );
    let s = next_visit_suggestions(&p, date("2024-03-02"), date("2024-01-23"));
    let got: Vec<_> = s
        .iter()
        .map(|s| (s.because.clone(), s.kind, s.text.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                Because::ReviewDue(id("g1")),
                AgendaKind::Topic,
                "Walk to the shops"
            ),
            (
                Because::BelowExpected(id("g2")),
                AgendaKind::Topic,
                "Play five-a-side on Thursdays"
            ),
            (
                Because::NotThisTimeAgain(id("a1")),
                AgendaKind::Topic,
                "Use my preventer inhaler morning and night"
            ),
            (
                Because::LowConfidence(id("a2")),
                AgendaKind::Topic,
                "Stretch before football"
            ),
            (
                Because::FromCheckIn(id("c1")),
                AgendaKind::Question,
                "Can I use my reliever before football?"
            ),
        ]
    );
    // Six weeks on, with an earlier visit date: g1 is not yet due, but it has never
    // been rated since it was set, so it is suggested as not rated lately.
    let s = next_visit_suggestions(&p, date("2024-02-10"), date("2024-03-10"));
    assert!(
        s.iter()
            .any(|s| s.because == Because::NotRatedLately(id("g1"))),
        "{s:?}"
    );
}

#[test]
fn notes_from_before_the_last_visit_are_not_suggested_again() {
    let p = follow_plan();
    let mut c = check_in("2024-01-08", &[], &[]);
    c.note = "Old news".into();
    let p = add_check_in(p, "c1", c, "2024-01-08");
    let p = with(
        p,
        &[Change::Add(Item::Visit(
            id("v1"),
            Visit {
                date: Some(date("2024-01-10")),
                ..Visit::default()
            },
        ))],
    );
    let s = next_visit_suggestions(&p, date("2024-03-01"), date("2024-01-20"));
    assert!(!s.iter().any(|s| s.text == "Old news"), "{s:?}");
}

#[test]
fn the_wheel_now_uses_the_latest_check_in_and_falls_back_to_the_start() {
    let p = with(
        plan(),
        &[Change::Add(Item::Capability(id("cap"), capability("Walk")))],
    );
    let cap = p.capabilities[0].clone();
    assert_eq!(able_then_and_now(&p, &cap), (Some(4), Some(4)));
    let mut c = check_in("2024-01-08", &[], &[]);
    c.able_now = vec![(id("cap"), 6)];
    let p = add_check_in(p, "c1", c, "2024-01-08");
    let mut older = check_in("2024-01-01", &[], &[]);
    older.able_now = vec![(id("cap"), 2)];
    let p = add_check_in(p, "c0", older, "2024-01-09");
    assert_eq!(
        able_then_and_now(&p, &cap),
        (Some(4), Some(6)),
        "by date, not by entry order"
    );
}

#[test]
fn history_lines_name_the_entry_they_are_about() {
    let p = follow_plan();
    let lines: Vec<_> = p
        .history
        .iter()
        .filter_map(|h| h.entry.as_ref().map(|e| e.to_string()))
        .collect();
    assert_eq!(lines, ["g1", "g2", "a1"]);
}

#[test]
fn all_marks_at_once_match_each_action_read_alone() {
    use ActionOutcome::*;
    let mut p = follow_plan();
    let mut rng = Rng(77);
    let outcomes = [Done, Partly, NotThisTime, Skipped];
    for i in 0..40 {
        let mut c = check_in(
            &format!("2024-0{}-{:02}", 1 + rng.below(5), 1 + rng.below(28)),
            &[],
            &[],
        );
        if rng.below(3) > 0 {
            c.action_outcomes = vec![(id("a1"), outcomes[rng.below(4)])];
        }
        if rng.below(2) == 0 {
            c.action_confidence = vec![(id("a1"), rng.below(11) as u8)];
        }
        if rng.below(4) == 0 {
            c.action_notes = vec![(id("a1"), "Ana: we walked".into())];
        }
        p = add_check_in(p, &format!("c{i}"), c, "2024-06-01");
    }
    let all = all_action_marks(&p);
    assert_eq!(all[&id("a1")], action_marks(&p, &id("a1")));
}

/// Regression: a supporter's note on one step, sent back from their copy, is kept as a
/// check-in holding only that note, and marked every step "not recorded" on its date.
#[test]
fn a_supporters_note_marks_no_step_not_recorded() {
    use ActionOutcome::*;
    let p = follow_plan();
    let p = add_check_in(
        p,
        "c1",
        check_in("2024-01-08", &[], &[("a1", Done)]),
        "2024-01-08",
    );
    let note = CheckIn {
        date: date("2024-01-10"),
        action_notes: vec![(id("a1"), "We used the inhaler together".into())],
        together_with: Some(AuthorRole::Supporter),
        by_name: "Ana".into(),
        ..CheckIn::default()
    };
    let p = add_check_in(p, "n1", note, "2024-01-10");
    let p = add_check_in(p, "c2", check_in("2024-01-15", &[], &[]), "2024-01-15");
    let marks: Vec<_> = action_marks(&p, &id("a1"))
        .iter()
        .map(|m| (m.date, m.outcome))
        .collect();
    assert_eq!(
        marks,
        vec![(date("2024-01-08"), Some(Done)), (date("2024-01-15"), None)],
        "the person's own empty week is still a gap"
    );
    assert_eq!(follow_through(&action_marks(&p, &id("a1"))).not_recorded, 1);
    assert_eq!(all_action_marks(&p)[&id("a1")], action_marks(&p, &id("a1")));
}

/// The joining-up question over reviews (issue 19): Maria says "partly" at her 8-week
/// review and "yes" at the next; kept in date order, saved and read back; a "no" since
/// the last visit is offered to the next visit's agenda, in her words; an older one is not.
#[test]
fn the_joining_up_answers_are_kept_over_time_and_a_no_reaches_the_next_visit() {
    let joined = |answer, why: &str| {
        Some(JoinedUp {
            answer,
            why: why.into(),
        })
    };
    let p = follow_plan();
    let mut first = check_in("2024-01-08", &[], &[]);
    first.joined_up = joined(
        JoinedUpAnswer::Partly,
        "  The physio did not know about the walking group ",
    );
    let mut second = check_in("2024-01-22", &[], &[]);
    second.joined_up = joined(JoinedUpAnswer::Yes, "");
    let p = add_check_in(p, "c2", second, "2024-01-22");
    let p = add_check_in(p, "c1", first, "2024-01-08");
    let over_time = joined_up_over_time(&p);
    let answers: Vec<_> = over_time
        .iter()
        .map(|(d, j)| (d.to_string(), j.answer, j.why.as_str()))
        .collect();
    assert_eq!(
        answers,
        [
            (
                "2024-01-08".to_string(),
                JoinedUpAnswer::Partly,
                "The physio did not know about the walking group"
            ),
            ("2024-01-22".to_string(), JoinedUpAnswer::Yes, ""),
        ]
    );
    let back = saved::from_json(&saved::to_json(&p)).unwrap().plan;
    assert_eq!(
        joined_up_over_time(&back),
        over_time,
        "kept through the compact form"
    );
    let suggested = |p: &Plan| {
        next_visit_suggestions(p, date("2024-03-01"), date("2024-02-01"))
            .into_iter()
            .filter(|s| matches!(s.because, Because::JoiningUp(_)))
            .map(|s| s.text)
            .collect::<Vec<_>>()
    };
    assert!(
        suggested(&p).is_empty(),
        "partly and yes are kept, not put on the agenda"
    );
    let mut no = check_in("2024-01-29", &[], &[]);
    no.joined_up = joined(JoinedUpAnswer::No, "Nobody told the surgery about Tom");
    let p = add_check_in(p, "c3", no, "2024-01-29");
    assert_eq!(suggested(&p), ["Nobody told the surgery about Tom"]);
    // Too long a why is refused, never cut.
    let mut long = check_in("2024-01-30", &[], &[]);
    long.joined_up = joined(JoinedUpAnswer::No, &"x".repeat(1001));
    assert!(apply(
        &p,
        &Change::Add(Item::CheckIn(id("c4"), long)),
        stamp(at("2024-01-30"))
    )
    .is_err());
    // After a visit that heard it, it is not offered again.
    let p = with(
        p,
        &[Change::Add(Item::Visit(
            id("v1"),
            Visit {
                date: Some(date("2024-01-31")),
                ..Visit::default()
            },
        ))],
    );
    assert!(suggested(&p).is_empty());
}

#[test]
fn the_next_visits_suggestions_come_only_from_what_the_screen_keeps_them_by() {
    let plan = large_plan::large_plan(0.3);
    let (visit, today) = (date("2027-06-01"), date("2027-05-20"));
    let offered = next_visit_suggestions(&plan, visit, today);
    assert!(offered.len() > 3, "the plan of years has things to bring");
    // Everything the agenda screen lets a person type, and all the rest that is not
    // what the suggestions are made from, changed.
    let mut typed = plan.clone();
    typed.name = "Another name".into();
    for v in typed.visits.iter_mut() {
        v.body.worries = "Sleeping badly since the new tablets".into();
        v.body.hopes.clear();
    }
    typed.agenda_items = Shared::default();
    typed.what_matters = Shared::default();
    typed.capabilities = Shared::default();
    typed.supporters = Shared::default();
    typed.team = Shared::default();
    typed.helps_and_hindrances = Shared::default();
    typed.safety_net = Shared::default();
    typed.history = Shared::default();
    let from = SuggestionsFrom::new(&plan, visit, today);
    assert_eq!(SuggestionsFrom::new(&typed, visit, today), from);
    assert_eq!(next_visit_suggestions(&typed, visit, today), offered);
    // A new check-in, another day or another visit date: counted again.
    let mut checked = plan.clone();
    checked.check_ins[0].body.note = "Walked to the shops?".into();
    assert_ne!(SuggestionsFrom::new(&checked, visit, today), from);
    assert_ne!(SuggestionsFrom::new(&plan, visit, today.add_days(1)), from);
    assert_ne!(SuggestionsFrom::new(&plan, visit.add_days(7), today), from);
}

/// Keeping going: a target that has come, or would make the goal due again at once,
/// moves to the next review; a later one stays.
#[test]
fn keeping_going_moves_a_target_that_would_leave_the_goal_due() {
    let today = date("2026-06-01");
    let next = date("2026-07-27");
    assert_eq!(
        target_kept_going(Some(date("2026-05-20")), next, today),
        Some(next)
    );
    assert_eq!(
        target_kept_going(Some(date("2026-06-05")), next, today),
        Some(next),
        "four days away: due again at once"
    );
    assert_eq!(
        target_kept_going(Some(date("2026-06-20")), next, today),
        Some(date("2026-06-20"))
    );
    assert_eq!(target_kept_going(None, next, today), None);
    let mut p = follow_plan();
    p.goals[0].body.review_date = Some(next);
    p.goals[0].body.target_date = target_kept_going(Some(date("2026-06-05")), next, today);
    assert!(due_for_review(&p, today).is_empty());
}

/// Regression: a check-in caught up on for a missed week offered the goals as they are
/// now (a version written since, not the one being worked on then), and the score then
/// counted the goal and its new version both.
#[test]
fn a_missed_week_asks_about_that_weeks_goals_and_a_new_version_counts_once() {
    let p = follow_plan();
    let p = add_check_in(
        p,
        "c1",
        check_in("2024-01-08", &[("g1", -2), ("g2", 0)], &[]),
        "2024-01-08",
    );
    let mut old = p.goals[0].body.clone();
    old.ended = Some(Ending {
        how: EndKind::Adjusted,
        on: date("2024-01-20"),
        reason: String::new(),
    });
    let mut new = goal("Walk to the shops and back");
    new.replaces = Some(id("g1"));
    let p = [
        Change::Edit(Item::Goal(id("g1"), old)),
        Change::Add(Item::Goal(id("g3"), new)),
    ]
    .iter()
    .fold(p, |p, c| {
        apply(&p, c, stamp(at("2024-01-20"))).unwrap().plan
    });
    let asked =
        |d: &str| -> Vec<String> { goals_on(&p, date(d)).map(|g| g.id.to_string()).collect() };
    assert_eq!(
        asked("2024-01-15"),
        ["g1", "g2"],
        "the week before it changed"
    );
    assert_eq!(asked("2024-01-20"), ["g2", "g3"], "the day it changed");
    assert_eq!(asked("2024-01-22"), ["g2", "g3"]);
    assert_eq!(
        actions_on(&p, date("2023-12-20")).count(),
        0,
        "not written yet"
    );
    // Written before this fix, or on a device without it: a week rating the new version.
    let p = add_check_in(
        p,
        "c2",
        check_in("2024-01-15", &[("g3", 1)], &[]),
        "2024-01-22",
    );
    let scores = t_scores(&p);
    assert_eq!(scores[1].date, date("2024-01-15"));
    assert_eq!(
        scores[1].goals, 2,
        "g2 and the new version, not the old one too"
    );
    assert_eq!(
        two_places(scores[1].score),
        two_places(score(&[0, 1], &[2.0, 1.0]))
    );
}
