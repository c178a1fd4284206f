//! Host tests of "Prepare at home": progress, the visit being prepared, the sample plan.

mod common;
use common::*;
use coplan::core::prepare::{self, PrepareStep};
use coplan::core::*;

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
    assert_eq!(prepare::filled_count(&p), 0);
    let p = with(p, &[add_wm("w", "Choir")]);
    assert!(PrepareStep::WhatMatters.is_filled(&p));
    assert_eq!(prepare::filled_count(&p), 1);
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
    assert!(!PrepareStep::Agenda.is_filled(&p));
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
    assert!(PrepareStep::Agenda.is_filled(&p));
    // Removing the only entry empties the step again.
    let p = with(
        p,
        &[Change::Remove {
            list: List::WhatMatters,
            id: id("w"),
        }],
    );
    assert!(!PrepareStep::WhatMatters.is_filled(&p));
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
    let today = CalendarDate::parse("2027-01-10").unwrap();
    let p = sample::maria(counter(), stamp(1), today).unwrap();
    assert!(p.is_sample);
    assert_eq!(prepare::filled_count(&p), PrepareStep::ALL.len());
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
