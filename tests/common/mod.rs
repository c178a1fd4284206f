//! Small builders shared by the host tests of the core.
#![allow(dead_code)]

use coplan::core::*;

pub fn id(s: &str) -> Id {
    Id::parse(s).expect("test ids are valid")
}

pub fn stamp(at: i64) -> Stamp {
    Stamp::new(Timestamp(at), AuthorRole::Person)
}

pub fn by(at: i64, by: AuthorRole) -> Stamp {
    Stamp::new(Timestamp(at), by)
}

pub fn plan() -> Plan {
    new_plan(id("plan"), "Maria", stamp(1)).expect("valid name")
}

/// Applies changes in order, panicking with the failing change (tests only).
pub fn with(plan: Plan, changes: &[Change]) -> Plan {
    changes.iter().enumerate().fold(plan, |p, (i, c)| {
        apply(&p, c, stamp(10 + i as i64))
            .unwrap_or_else(|e| panic!("change {i} {c:?}: {e:?}"))
            .plan
    })
}

pub fn add_wm(i: &str, text: &str) -> Change {
    Change::Add(Item::WhatMatters(id(i), WhatMatters { text: text.into() }))
}

pub fn texts(plan: &Plan) -> Vec<String> {
    Plan::live(&plan.what_matters)
        .map(|e| e.body.text.clone())
        .collect()
}

pub fn capability(description: &str) -> Capability {
    Capability {
        life_area: LifeArea::MovingAbout,
        able_now: Some(4),
        wished: Some(7),
        description: description.into(),
        now_in_words: String::new(),
    }
}

pub fn goal(wording: &str) -> Goal {
    coplan::core::together::goal_from_topic(wording, AuthorRole::Person)
}

pub fn action(what: &str) -> Action {
    Action {
        what: what.into(),
        how_much: String::new(),
        when: String::new(),
        how_often: String::new(),
        with_whom: String::new(),
        goal: None,
        responsible: Responsible::Person,
        confidence: Some(8),
        if_then: vec![],
        ended: None,
    }
}

pub fn supporter(name: &str) -> Supporter {
    Supporter {
        name: name.into(),
        role: "Daughter".into(),
        how_they_help: String::new(),
        involvement: Involvement::SharesTasks,
    }
}

pub fn community(name: &str) -> CommunitySupport {
    CommunitySupport {
        name: name.into(),
        offer: String::new(),
        contact: String::new(),
        referral: ReferralStatus::Suggested,
        how_it_went: String::new(),
        goals: vec![],
        ..CommunitySupport::default()
    }
}

/// Maria's sample plan with UUID-shaped ids, as the app makes it on 1 September 2026.
pub fn maria_sample() -> Plan {
    let mut n = 0u8;
    let new_id = move || {
        n += 1;
        Id::from_random_bytes([n; 16])
    };
    sample::maria(
        new_id,
        stamp(1_788_000_000_000),
        CalendarDate::parse("2026-09-01").unwrap(),
    )
    .expect("the sample plan builds")
}

/// A small deterministic generator (xorshift), so failures can be replayed by seed.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}
