//! The calendar file: stable UIDs, folding, escaping, and only what the person chose.

mod common;
use common::*;
use coplan::core::calendar::*;
use coplan::core::*;

fn words() -> CalendarWords {
    CalendarWords {
        check_in: "Check in with CoPlan".into(),
        check_in_details: "How did this week go? Two minutes, on your phone.".into(),
        review: "Review my goal".into(),
        review_details: "Open CoPlan to review it.".into(),
        next_visit: "My next appointment".into(),
        lang: "en-GB".into(),
    }
}

fn choice() -> CalendarChoice {
    CalendarChoice {
        check_in_days: vec![3, 0],
        check_in_time: (19, 30),
        review_dates: true,
        next_visit: true,
        goal_words: false,
        alert_hour: 9,
    }
}

fn date(s: &str) -> CalendarDate {
    CalendarDate::parse(s).unwrap()
}

fn reviewed_plan() -> Plan {
    let mut g = goal("Play football, with my friends; on Thursdays\\evenings");
    g.review_date = Some(date("2024-03-01"));
    let mut old = goal("Past goal");
    old.review_date = Some(date("2023-12-01"));
    with(
        plan(),
        &[
            Change::Add(Item::Goal(id("g1"), g)),
            Change::Add(Item::Goal(id("g0"), old)),
            Change::Add(Item::Visit(
                id("v1"),
                Visit {
                    date: Some(date("2024-02-20")),
                    ..Visit::default()
                },
            )),
        ],
    )
}

fn file(plan: &Plan, choice: &CalendarChoice) -> String {
    let today = date("2024-01-10"); // a Wednesday
    ics(
        &events(plan, choice, &words(), today),
        &words(),
        stamp(1_704_888_000_000),
    )
}

fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_string)
        .collect()
}

#[test]
fn the_file_has_the_required_parts_and_crlf_lines() {
    let f = file(&reviewed_plan(), &choice());
    assert!(f.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(f.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !f.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    let lines = unfolded(&f);
    assert_eq!(
        lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
        3,
        "{f}"
    );
    assert!(lines.contains(&"DTSTAMP:20240110T120000Z".to_string()));
    // The weekly check-in starts on the first chosen day from today (Thursday 11th).
    assert!(
        lines.contains(&"DTSTART:20240111T193000".to_string()),
        "{f}"
    );
    assert!(lines.contains(&"RRULE:FREQ=WEEKLY;BYDAY=MO,TH".to_string()));
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20240301".to_string()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20240302".to_string()));
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20240220".to_string()),
        "the next visit"
    );
    assert!(lines.iter().any(|l| l == "TRIGGER;RELATED=START:PT9H"));
    assert!(
        !f.contains("20231201"),
        "a review date already past is not added"
    );
}

#[test]
fn uids_are_stable_so_a_second_download_updates_events() {
    let p = reviewed_plan();
    let uids = |f: &str| -> Vec<String> {
        unfolded(f)
            .into_iter()
            .filter(|l| l.starts_with("UID:"))
            .collect()
    };
    let first = uids(&file(&p, &choice()));
    let mut later = choice();
    later.check_in_days = vec![5];
    assert_eq!(first, uids(&file(&p, &later)));
    assert_eq!(first[0], "UID:plan-check-in@coplan.invalid");
    assert_eq!(first[1], "UID:plan-review-g1@coplan.invalid");
}

/// Regression: a review an earlier download put in stayed in the calendar once the goal
/// was let go or removed (it was only left out), and nothing told a calendar that a
/// later download was newer.
#[test]
fn a_review_no_longer_to_come_is_cancelled_and_each_download_is_newer() {
    let p = reviewed_plan();
    let mut ended = p.goals[0].body.clone();
    ended.ended = Some(Ending {
        how: EndKind::LetGo,
        on: date("2024-01-10"),
        reason: "Not now".into(),
    });
    let p = with(p, &[Change::Edit(Item::Goal(id("g1"), ended))]);
    let mut c = choice();
    c.goal_words = true;
    let lines = unfolded(&file(&p, &c));
    let at = lines
        .iter()
        .position(|l| l == "UID:plan-review-g1@coplan.invalid")
        .expect("the same event, by its UID");
    let event: Vec<&String> = lines[at..]
        .iter()
        .take_while(|l| *l != "END:VEVENT")
        .collect();
    assert!(event.iter().any(|l| *l == "STATUS:CANCELLED"), "{event:?}");
    assert!(
        !event.iter().any(|l| l.contains("VALARM")),
        "no alarm for it"
    );
    assert!(
        !lines.iter().any(|l| l.contains("football")),
        "its words are not written again"
    );
    let sequence = |now: i64| -> Vec<String> {
        let f = ics(
            &events(&p, &c, &words(), date("2024-01-10")),
            &words(),
            stamp(now),
        );
        unfolded(&f)
            .into_iter()
            .filter(|l| l.starts_with("SEQUENCE:"))
            .collect()
    };
    let (first, later) = (sequence(1_704_888_000_000), sequence(1_704_974_400_000));
    assert_eq!(first[0], "SEQUENCE:28414800");
    assert!(later[0] > first[0], "a day later, a higher sequence");
    // Removed, the same.
    let p = with(
        p,
        &[Change::Remove {
            list: List::Goals,
            id: id("g1"),
        }],
    );
    assert!(events(&p, &c, &words(), date("2024-01-10"))
        .iter()
        .any(|e| e.cancelled && e.uid == "plan-review-g1@coplan.invalid"));
}

#[test]
fn goal_words_go_in_only_when_chosen_and_are_escaped() {
    let p = reviewed_plan();
    let f = file(&p, &choice());
    assert!(!f.contains("football"), "goal words were not chosen");
    let mut c = choice();
    c.goal_words = true;
    let lines = unfolded(&file(&p, &c));
    assert!(lines.contains(
        &"SUMMARY;LANGUAGE=en-GB:Review my goal: Play football\\, with my friends\\; on Thursdays\\\\evenings"
            .to_string()
    ), "{lines:?}");
    assert_eq!(escape("one\ntwo\r\nthree"), "one\\ntwo\\nthree");
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    let mut w = words();
    w.check_in_details = "¿Cómo fue esta semana? ".repeat(12) + "😀 fin";
    let p = reviewed_plan();
    let f = ics(&events(&p, &choice(), &w, date("2024-01-10")), &w, stamp(0));
    for line in f.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(
        unfolded(&f).iter().any(|l| l.ends_with("😀 fin")),
        "folding loses nothing"
    );
    let mut out = String::new();
    fold_into(&mut out, &"é".repeat(40));
    let first = out.split("\r\n").next().unwrap();
    assert_eq!(
        first.len(),
        74,
        "a two-octet letter never straddles the fold"
    );
}

#[test]
fn nothing_chosen_gives_an_empty_calendar() {
    let c = CalendarChoice {
        check_in_days: vec![],
        review_dates: false,
        next_visit: false,
        ..choice()
    };
    let f = file(&reviewed_plan(), &c);
    assert!(!f.contains("VEVENT"));
}

/// Regression: the next appointment was the earliest review any visit ever set; a later
/// visit that brought it forward or moved it on was not heard.
#[test]
fn the_next_visit_is_the_review_the_last_visit_set() {
    let visit = |d: &str, review: &str| Visit {
        date: Some(date(d)),
        next_review: Some(date(review)),
        ..Visit::default()
    };
    let p = with(
        plan(),
        &[
            Change::Add(Item::Visit(id("v1"), visit("2027-01-10", "2027-03-20"))),
            Change::Add(Item::Visit(id("v2"), visit("2027-02-01", "2027-04-01"))),
        ],
    );
    assert_eq!(
        next_visit_date(&p, date("2027-03-01")),
        Some(date("2027-04-01"))
    );
    assert_eq!(next_visit_date(&p, date("2027-04-02")), None, "passed");
}
