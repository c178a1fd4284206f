//! A plan with five years in it, made from a fixed seed: what the storage budget test
//! and the benchmark (`tests/bench/`) measure against. Never shown to anyone: the app
//! does not use it, so it is not in the download.
//!
//! 30 goals, 90 steps, 40 supporters, 25 community supports, 30 helps and hindrances,
//! 15 safety-net lines, 20 visits with 10 agenda items each, 260 weekly check-ins
//! rating every goal and step, and history at its limit. Each entry has been through a
//! few versions, as real entries have.

use super::change::List;
use super::id::Id;
use super::plan::*;
use super::time::{CalendarDate, Timestamp};

/// With a curly apostrophe as phones type it, and a Latin-1 letter: what people's words
/// hold, and what decides how the browser keeps the saved text (`saved::to_stored_json`).
const WORDS: [&str; 15] = [
    "walk",
    "garden",
    "café",
    "breathing",
    "Lily’s",
    "school",
    "sugars",
    "knee",
    "Tom",
    "bus",
    "rest",
    "friends",
    "shopping",
    "morning",
    "evening",
];
const DAY_MS: i64 = 24 * 3600 * 1000;
/// 1 January 2022, UTC.
const START_MS: i64 = 1_640_995_200_000;

struct Seed(u64);

impl Seed {
    fn next(&mut self) -> u64 {
        // xorshift64: the same plan on every machine.
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn id(&mut self) -> Id {
        let mut b = [0u8; 16];
        b[..8].copy_from_slice(&self.next().to_le_bytes());
        b[8..].copy_from_slice(&self.next().to_le_bytes());
        Id::from_random_bytes(b)
    }
    fn text(&mut self, words: usize) -> String {
        (0..words)
            .map(|_| WORDS[(self.next() % WORDS.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Ids as a browser makes them (random, so they do not compress), from a fixed seed:
/// for the benchmark's and the tests' plans.
pub fn seeded_ids(seed: u64) -> impl FnMut() -> Id {
    let mut s = Seed(seed.max(1));
    move || s.id()
}

fn stamp(day: i64) -> Stamp {
    let by = [
        AuthorRole::Person,
        AuthorRole::Clinician,
        AuthorRole::Supporter,
    ];
    Stamp {
        at: Timestamp(START_MS + day * DAY_MS),
        by: by[day.rem_euclid(3) as usize],
        who: None,
    }
}

fn date(day: i64) -> CalendarDate {
    CalendarDate::from_timestamp(Timestamp(START_MS + day * DAY_MS))
}

fn entry<T: serde::Serialize>(seed: &mut Seed, day: usize, body: T) -> Entry<T> {
    let mut e = Entry {
        id: seed.id(),
        created: stamp(day as i64),
        changed: stamp(day as i64 + 1),
        removed: None,
        body,
        versions: vec![],
    };
    for _ in 0..3 {
        e.bump();
    }
    e
}

/// Keeps `share` (0..=1] of each list, at least one of each, to find what a link holds.
pub fn large_plan(share: f64) -> Plan {
    let n = |count: usize| ((count as f64 * share).round() as usize).max(1);
    let s = &mut Seed(20_261_202);
    let goals: Vec<Entry<Goal>> = (0..n(30))
        .map(|i| {
            let body = Goal {
                wording: format!("Goal {i}: {}", s.text(8)),
                capability: None,
                proposed_by: AuthorRole::Person,
                person_view: Perspective {
                    why_it_matters: s.text(12),
                    concerns: s.text(6),
                    priority: Some(Priority::High),
                },
                clinician_view_by: None,
                more_views: vec![],
                reviewer: None,
                clinician_view: Perspective {
                    why_it_matters: s.text(10),
                    concerns: s.text(6),
                    priority: Some(Priority::Medium),
                },
                agreement: Agreement::Agreed,
                attainment_levels: [s.text(5), s.text(5), s.text(5), s.text(5), s.text(5)],
                baseline: AttainmentLevel::new(-1),
                target_date: Some(date(1977)),
                review_date: Some(date(1885)),
                measures: vec![Measure {
                    name: "HbA1c".into(),
                    current: "58".into(),
                    target: "53".into(),
                }],
                weight: None,
                ended: None,
                replaces: None,
            };
            entry(s, i, body)
        })
        .collect();
    let actions: Vec<Entry<Action>> = (0..n(90))
        .map(|i| {
            let body = Action {
                what: format!("Step {i}: {}", s.text(6)),
                how_much: "10 minutes".into(),
                when: "after lunch".into(),
                how_often: "5 days a week".into(),
                with_whom: "Ana".into(),
                goal: Some(goals[i % goals.len()].id.clone()),
                responsible: Responsible::Person,
                confidence: Some(7 + (i % 4) as u8),
                if_then: vec![IfThen {
                    if_: s.text(4),
                    then: s.text(5),
                }],
                ended: None,
            };
            entry(s, i, body)
        })
        .collect();
    let what_matters = (0..n(10))
        .map(|i| {
            let body = WhatMatters { text: s.text(10) };
            entry(s, i, body)
        })
        .collect();
    let supporters = (0..n(40))
        .map(|i| {
            let body = Supporter {
                name: format!("Person {i}"),
                role: "Friend".into(),
                how_they_help: s.text(8),
                involvement: Involvement::SharesTasks,
            };
            entry(s, i, body)
        })
        .collect();
    let helps_and_hindrances = (0..n(30))
        .map(|i| {
            let body = HelpOrHindrance {
                text: s.text(8),
                kind: FactorKind::Social,
                effect: if i % 2 == 0 {
                    Effect::GetsInTheWay
                } else {
                    Effect::Helps
                },
                goals: vec![],
                capabilities: vec![],
            };
            entry(s, i, body)
        })
        .collect();
    let community_supports = (0..n(25))
        .map(|i| {
            let body = CommunitySupport {
                name: format!("Group {i}"),
                offer: s.text(8),
                contact: "01234 567890".into(),
                referral: ReferralStatus::Referred,
                how_it_went: s.text(8),
                ..CommunitySupport::default()
            };
            entry(s, i, body)
        })
        .collect();
    let safety_net = (0..n(15))
        .map(|i| {
            let body = SafetyNetEntry {
                zone: [Zone::Green, Zone::Amber, Zone::Red][i % 3],
                signs: s.text(6),
                what_to_do: s.text(8),
                contact: "The practice".into(),
                who: None,
            };
            entry(s, i, body)
        })
        .collect();
    let visits: Vec<Entry<Visit>> = (0..n(20))
        .map(|i| {
            let body = Visit {
                date: Some(date(91 * i as i64)),
                with_whom: "Practice nurse".into(),
                changes_since_last_time: s.text(10),
                worries: s.text(10),
                hopes: s.text(8),
                discussed: s.text(10),
                decided: s.text(8),
                next_review: None,
            };
            entry(s, 91 * i, body)
        })
        .collect();
    let agenda_items = visits
        .iter()
        .enumerate()
        .flat_map(|(j, v)| (0..10).map(move |i| (j, i, v.id.clone())))
        .map(|(j, i, visit)| {
            let body = AgendaItem {
                visit,
                kind: if i % 3 == 0 {
                    AgendaKind::Question
                } else {
                    AgendaKind::Topic
                },
                text: s.text(7),
                discussed: false,
                because: None,
            };
            entry(s, 91 * j + i, body)
        })
        .collect();
    let levels = AttainmentLevel::ALL;
    let outcomes = [
        ActionOutcome::Done,
        ActionOutcome::Partly,
        ActionOutcome::NotThisTime,
    ];
    let check_ins = (0..n(260))
        .map(|i| {
            let body = CheckIn {
                date: date(7 * i as i64),
                goal_levels: goals
                    .iter()
                    .enumerate()
                    .map(|(k, g)| (g.id.clone(), levels[(i + k) % 5]))
                    .collect(),
                action_outcomes: actions
                    .iter()
                    .enumerate()
                    .map(|(k, a)| (a.id.clone(), outcomes[(i + k) % 3]))
                    .collect(),
                confidence: Some(7),
                note: s.text(6),
                ..CheckIn::default()
            };
            entry(s, 7 * i, body)
        })
        .collect();
    let history = (0..((HISTORY_LIMIT as f64 * share).round() as usize).max(1))
        .map(|i| HistoryEntry {
            stamp: stamp(i as i64),
            verb: Verb::Edited,
            list: Some(List::Goals),
            entry: Some(goals[i % goals.len()].id.clone()),
            label: s.text(6),
        })
        .collect();
    Plan {
        name: "A plan of five years".into(),
        revision: 5000,
        changed: stamp(1825),
        what_matters,
        goals: goals.into(),
        actions: actions.into(),
        supporters,
        helps_and_hindrances,
        community_supports,
        safety_net,
        visits: visits.into(),
        agenda_items,
        check_ins,
        history,
        ..Plan::empty(Id::from_random_bytes([7; 16]), String::new(), stamp(0))
    }
}
