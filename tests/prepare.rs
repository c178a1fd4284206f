//! Host tests of "Prepare at home": progress, the visit being prepared, the sample plan.

mod common;
use common::*;
use coplan::core::prepare::{self, PrepareStep};
use coplan::core::*;

fn today() -> CalendarDate {
    CalendarDate::parse("2027-01-10").unwrap()
}

fn counter() -> impl FnMut() -> Id {
    let mut n = 0;
    move || {
        n += 1;
        Id::parse(&format!("id{n}")).unwrap()
    }
}

#[test]
fn progress_counts_the_steps_with_something_in_them() {
    let p = plan();
    assert_eq!(prepare::filled_count(&p, today()), 0);
    let p = with(p, &[add_wm("w", "Choir")]);
    assert!(PrepareStep::WhatMatters.is_filled(&p, today()));
    assert_eq!(prepare::filled_count(&p, today()), 1);
    // A visit with only a question does not yet make an agenda; a topic does.
    let p = with(
        p,
        &[
            Change::Add(Item::Visit(id("v"), Visit::default())),
            Change::Add(Item::AgendaItem(
                id("q"),
                AgendaItem {
                    visit: id("v"),
                    kind: AgendaKind::Question,
                    text: "Options?".into(),
                    discussed: false,
                    because: None,
                },
            )),
        ],
    );
    assert!(!PrepareStep::Agenda.is_filled(&p, today()));
    let p = with(
        p,
        &[Change::Add(Item::AgendaItem(
            id("t"),
            AgendaItem {
                visit: id("v"),
                kind: AgendaKind::Topic,
                text: "Knee".into(),
                discussed: false,
                because: None,
            },
        ))],
    );
    assert!(PrepareStep::Agenda.is_filled(&p, today()));
    // Removing the only entry empties the step again.
    let p = with(
        p,
        &[Change::Remove {
            list: List::WhatMatters,
            id: id("w"),
        }],
    );
    assert!(!PrepareStep::WhatMatters.is_filled(&p, today()));
}

#[test]
fn steps_run_in_order_and_end() {
    assert_eq!(
        PrepareStep::WhatMatters.next(),
        Some(PrepareStep::LifeAreas)
    );
    assert_eq!(PrepareStep::Agenda.next(), None);
}

#[test]
fn the_upcoming_visit_is_the_latest_live_one_and_its_agenda_keeps_its_order() {
    let item = |v: &str, kind, t: &str| AgendaItem {
        visit: id(v),
        kind,
        text: t.into(),
        discussed: false,
        because: None,
    };
    let p = with(
        plan(),
        &[
            Change::Add(Item::Visit(id("old"), Visit::default())),
            Change::Add(Item::Visit(id("new"), Visit::default())),
            Change::Add(Item::AgendaItem(
                id("a"),
                item("new", AgendaKind::Topic, "A"),
            )),
            Change::Add(Item::AgendaItem(
                id("x"),
                item("old", AgendaKind::Topic, "X"),
            )),
            Change::Add(Item::AgendaItem(
                id("b"),
                item("new", AgendaKind::Topic, "B"),
            )),
            Change::Add(Item::AgendaItem(
                id("q"),
                item("new", AgendaKind::Question, "Q"),
            )),
            Change::Move {
                list: List::AgendaItems,
                id: id("b"),
                before: Some(id("a")),
            },
        ],
    );
    let v = prepare::upcoming_visit(&p).unwrap();
    assert_eq!(v.id, id("new"));
    let topics: Vec<&str> = prepare::agenda(&p, &v.id, AgendaKind::Topic)
        .map(|e| e.body.text.as_str())
        .collect();
    assert_eq!(topics, ["B", "A"], "the first topic is the one thing");
    let p = with(
        p,
        &[Change::Remove {
            list: List::Visits,
            id: id("new"),
        }],
    );
    assert_eq!(prepare::upcoming_visit(&p).unwrap().id, id("old"));
}

#[test]
fn the_sample_plan_is_marked_valid_and_fills_every_step() {
    let today = today();
    let p = sample::maria(counter(), stamp(1), today).unwrap();
    assert!(p.is_sample);
    assert_eq!(prepare::filled_count(&p, today), PrepareStep::ALL.len());
    assert_eq!(p.goals[0].body.agreement, Agreement::Agreed);
    assert_eq!(Plan::live(&p.actions).count(), 5);
    assert_eq!(Plan::live(&p.team).count(), 4);
    assert_eq!(Plan::live(&p.safety_net).count(), 3);
    assert_eq!(
        prepare::upcoming_visit(&p).unwrap().body.date,
        CalendarDate::parse("2027-01-17")
    );
    let walking = prepare::capability_for(&p, LifeArea::MovingAbout).unwrap();
    assert_eq!(
        (walking.body.able_now, walking.body.wished),
        (Some(4), Some(7))
    );
    // It survives saving like any plan.
    assert_eq!(saved::from_json(&saved::to_json(&p)).unwrap().plan, p);
}

/// Every string in a plan's saved form but its ids (`counter`'s) and history (whose
/// labels repeat the entries' words).
fn words_in(p: &Plan) -> std::collections::BTreeSet<String> {
    fn walk(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_json::Value::String(s)
                if s.strip_prefix("id")
                    .is_none_or(|n| n.parse::<u32>().is_err()) =>
            {
                out.insert(s.clone());
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(o) => o
                .iter()
                .filter(|(k, _)| *k != "history" && *k != "id")
                .for_each(|(_, v)| walk(v, out)),
            _ => {}
        }
    }
    let mut out = std::collections::BTreeSet::new();
    walk(&serde_json::from_str(&saved::to_json(p)).unwrap(), &mut out);
    out
}

#[test]
fn the_sample_plan_in_spanish_has_no_english_words_left() {
    let today = CalendarDate::parse("2027-01-10").unwrap();
    let english = sample::maria(counter(), stamp(1), today).unwrap();
    let words = coplan::text::Language::Spanish.text().sample_words;
    let spanish = sample::maria_in(counter(), stamp(1), today, words).unwrap();
    assert_eq!(spanish.name, "María (ejemplo)");
    // The same plan, in other words.
    assert_eq!(
        (
            spanish.goals.len(),
            spanish.actions.len(),
            spanish.team.len()
        ),
        (
            english.goals.len(),
            english.actions.len(),
            english.team.len()
        )
    );
    // What both hold alike: names, numbers, and the saved form's own words.
    let alike: Vec<String> = words_in(&english)
        .intersection(&words_in(&spanish))
        .cloned()
        .collect();
    let names_and_numbers = [
        "Ana",
        "Tom",
        "Priya Patel",
        "Jon Reyes",
        "Grace Mensah",
        "HbA1c",
        "999",
        "07700 900 321",
        "58 mmol/mol",
        "53 mmol/mol",
    ];
    let english_left: Vec<&String> = alike
        .iter()
        .filter(|w| !names_and_numbers.contains(&w.as_str()))
        .filter(|w| w.contains(' ') || w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    assert!(
        english_left.is_empty(),
        "still in English: {english_left:?}"
    );
    // Each Spanish pair is used: none stands for words the sample no longer has.
    let english_words = words_in(&english);
    let unused: Vec<&str> = words
        .iter()
        .map(|(en, _)| *en)
        .filter(|en| !english_words.contains(*en))
        .collect();
    assert!(unused.is_empty(), "not in the sample: {unused:?}");
}

/// Regression: after a visit, a topic written at home joined the visit that had been,
/// and was left behind when the next visit was started.
#[test]
fn after_a_visit_what_is_written_is_for_the_next_and_what_was_not_talked_about_comes_along() {
    let item = |text: &str, kind, discussed| AgendaItem {
        visit: id("v1"),
        kind,
        text: text.into(),
        discussed,
        because: None,
    };
    let visit_day = CalendarDate::parse("2027-01-03").unwrap();
    // Prepared days before the visit, and talked about on the day.
    let written = Timestamp(1_798_502_400_000); // 2026-12-29
    let p = [
        Change::Add(Item::Visit(
            id("v1"),
            Visit {
                date: Some(visit_day),
                ..Visit::default()
            },
        )),
        Change::Add(Item::AgendaItem(
            id("knee"),
            item("Knee", AgendaKind::Topic, true),
        )),
        Change::Add(Item::AgendaItem(
            id("tom"),
            item("Who looks after Tom", AgendaKind::Topic, false),
        )),
        Change::Add(Item::AgendaItem(
            id("q"),
            item("Can I drive?", AgendaKind::Question, false),
        )),
    ]
    .iter()
    .fold(plan(), |p, c| {
        apply(&p, c, Stamp::new(written, AuthorRole::Person))
            .unwrap()
            .plan
    });
    assert_eq!(
        prepare::visit_being_prepared(&p, visit_day).unwrap().id,
        id("v1"),
        "on the day itself, still the one"
    );
    assert!(PrepareStep::Agenda.is_filled(&p, visit_day));
    let after = today();
    // Its day passed with no sign it was held (put off, or its date written wrong): still
    // the one being prepared, its agenda where the person and the clinic both find it.
    let mut put_off = p.clone();
    put_off.agenda_items = put_off
        .agenda_items
        .iter()
        .cloned()
        .map(|mut e| {
            e.body.discussed = false;
            e
        })
        .collect();
    assert_eq!(
        prepare::visit_being_prepared(&put_off, after).unwrap().id,
        id("v1")
    );
    assert!(prepare::visit_that_has_been(&put_off, after).is_none());
    assert!(prepare::visit_being_prepared(&p, after).is_none());
    assert_eq!(
        prepare::visit_that_has_been(&p, after).unwrap().id,
        id("v1")
    );
    assert!(
        !PrepareStep::Agenda.is_filled(&p, after),
        "the next agenda is empty"
    );
    let v1 = id("v1");
    let left: Vec<&str> = prepare::not_discussed(&p, &v1)
        .map(|e| e.body.text.as_str())
        .collect();
    assert_eq!(left, ["Who looks after Tom", "Can I drive?"]);
    let before = p.clone();
    // Brought to the next visit, which starts with them, in one step.
    let carried = prepare::carry_over(&p, after, id("v2")).unwrap();
    let p = apply(&p, &carried, stamp(1_799_600_000_000)).unwrap().plan;
    let next = prepare::visit_being_prepared(&p, after).unwrap();
    assert_eq!(next.id, id("v2"));
    let topics: Vec<&str> = prepare::agenda(&p, &next.id, AgendaKind::Topic)
        .map(|e| e.body.text.as_str())
        .collect();
    assert_eq!(topics, ["Who looks after Tom"]);
    assert_eq!(
        prepare::agenda(&p, &next.id, AgendaKind::Question).count(),
        1
    );
    assert!(
        prepare::carry_over(&p, after, id("v3")).is_none(),
        "nothing left"
    );
    // A visit moved after its date (the appointment was put back) is prepared again.
    let moved = apply(
        &before,
        &Change::Edit(Item::Visit(
            id("v1"),
            Visit {
                date: Some(CalendarDate::parse("2027-01-05").unwrap()),
                ..Visit::default()
            },
        )),
        stamp(1_799_600_000_000), // 2027-01-12
    )
    .unwrap()
    .plan;
    assert_eq!(
        prepare::visit_being_prepared(&moved, after).unwrap().id,
        id("v1"),
        "changed after its date: its date is being typed or was moved"
    );
}
