//! The sample plan: Maria, from PERSONAS.md, filled in across every step so a newcomer
//! sees in seconds what CoPlan is for. Built through the one door, so it is valid by
//! construction and its history reads like a real plan's.

use super::change::{apply, new_plan, Change, ChangeError, Item};
use super::id::Id;
use super::plan::*;
use super::time::CalendarDate;

/// Builds Maria's plan. `new_id` gives fresh random ids; `today` anchors the dates.
pub fn maria(
    mut new_id: impl FnMut() -> Id,
    stamp: Stamp,
    today: CalendarDate,
) -> Result<Plan, ChangeError> {
    let mut plan = new_plan(new_id(), "Maria (sample)", stamp)?;
    plan.is_sample = true;
    let person = Stamp {
        by: AuthorRole::Person,
        ..stamp
    };
    let clinician = Stamp {
        by: AuthorRole::Clinician,
        ..stamp
    };
    let run = |plan: &mut Plan, change: Change, who: Stamp| -> Result<(), ChangeError> {
        *plan = apply(plan, &change, who)?.plan;
        Ok(())
    };
    let text = |s: &str| s.to_string();

    for t in [
        "Looking after Tom, my husband, at home",
        "Walking my granddaughter Lily to school on Wednesdays",
        "Singing in the church choir",
    ] {
        run(
            &mut plan,
            Change::Add(Item::WhatMatters(new_id(), WhatMatters { text: text(t) })),
            person,
        )?;
    }

    let walking = new_id();
    let capabilities = [
        (
            walking.clone(),
            LifeArea::MovingAbout,
            4,
            7,
            "Walk to Lily's school, 15 minutes, without stopping",
        ),
        (
            new_id(),
            LifeArea::RelationshipsAndBelonging,
            6,
            8,
            "Keep singing with the choir and seeing friends there",
        ),
        (
            new_id(),
            LifeArea::FeelingInControl,
            3,
            7,
            "Feel in charge of my day, not run by my sugars",
        ),
    ];
    for (id, area, now, wished, words) in capabilities {
        let c = Capability {
            life_area: area,
            able_now: Some(now),
            wished: Some(wished),
            description: text(words),
            now_in_words: match area {
                LifeArea::MovingAbout => text("My knee hurts after ten minutes and I have to stop"),
                LifeArea::FeelingInControl => text("My sugars run my day"),
                _ => String::new(),
            },
        };
        run(&mut plan, Change::Add(Item::Capability(id, c)), person)?;
    }

    let ana = new_id();
    let supporters = [
        (
            ana.clone(),
            "Ana",
            "Daughter",
            "Helps on Saturdays and comes to appointments",
            Involvement::SharesTasks,
        ),
        (
            new_id(),
            "Tom",
            "Husband",
            "Keeps me company; I look after him",
            Involvement::KeptInformed,
        ),
        (
            new_id(),
            "Practice nurse",
            "Diabetes review",
            "Checks my sugars and feet",
            Involvement::PlansJointly,
        ),
    ];
    for (id, name, role, how, involvement) in supporters {
        let s = Supporter {
            name: text(name),
            role: text(role),
            how_they_help: text(how),
            involvement,
        };
        run(&mut plan, Change::Add(Item::Supporter(id, s)), person)?;
    }

    let factors = [
        (
            "Ana lives nearby and helps",
            FactorKind::Social,
            Effect::Helps,
        ),
        (
            "The hill on the way to school",
            FactorKind::Environmental,
            Effect::GetsInTheWay,
        ),
        (
            "Worry about hypos when I walk",
            FactorKind::Personal,
            Effect::GetsInTheWay,
        ),
    ];
    for (words, kind, effect) in factors {
        let h = HelpOrHindrance {
            text: text(words),
            kind,
            effect,
            goals: vec![],
            capabilities: vec![walking.clone()],
        };
        run(
            &mut plan,
            Change::Add(Item::HelpOrHindrance(new_id(), h)),
            person,
        )?;
    }

    let visit = new_id();
    let v = Visit {
        date: Some(today.add_days(7)),
        with_whom: text("Practice nurse"),
        changes_since_last_time: text("Started a new tablet in March"),
        worries: text("Who looks after Tom if I am ill"),
        hopes: text("A plan to get walking again"),
        ..Visit::default()
    };
    run(
        &mut plan,
        Change::Add(Item::Visit(visit.clone(), v)),
        person,
    )?;
    let agenda = [
        (AgendaKind::Topic, "My knee stops me walking Lily to school"),
        (AgendaKind::Topic, "My sugars when I walk"),
        (AgendaKind::Question, "Could I do a walking group?"),
        (
            AgendaKind::Question,
            "What happens if I do nothing about my knee?",
        ),
    ];
    for (kind, words) in agenda {
        let a = AgendaItem {
            visit: visit.clone(),
            kind,
            text: text(words),
            discussed: false,
            because: None,
        };
        run(
            &mut plan,
            Change::Add(Item::AgendaItem(new_id(), a)),
            person,
        )?;
    }

    let goal = new_id();
    let g = Goal {
        wording: text("Walk Lily to school on Wednesdays by the summer"),
        capability: Some(walking),
        proposed_by: AuthorRole::Person,
        person_view: Perspective {
            why_it_matters: text("Time with Lily, and showing I can still do it"),
            concerns: text("My knee, and the hill"),
            priority: Some(Priority::High),
        },
        clinician_view: Perspective {
            why_it_matters: text("Walking helps her knee and her blood sugar"),
            concerns: text("Hypos when walking"),
            priority: Some(Priority::Medium),
        },
        agreement: Agreement::Proposed,
        attainment_levels: [
            text("Can't walk to the end of the road"),
            text("Walks to the corner shop"),
            text("Walks to school once a week with one rest"),
            text("Walks to school once a week without a rest"),
            text("Walks there and back"),
        ],
        baseline: AttainmentLevel::new(-1),
        target_date: Some(today.add_days(7 + 56)),
        review_date: Some(today.add_days(7 + 56)),
        measures: vec![Measure {
            name: text("HbA1c"),
            current: text("58 mmol/mol"),
            target: text("53 mmol/mol"),
        }],
        weight: None,
        ended: None,
        replaces: None,
    };
    run(&mut plan, Change::Add(Item::Goal(goal.clone(), g)), person)?;
    run(
        &mut plan,
        Change::SetGoalAgreement {
            goal: goal.clone(),
            agreement: Agreement::Agreed,
        },
        clinician,
    )?;

    let walk_group = new_id();
    let group = CommunitySupport {
        name: text("Riverside Walking for Health"),
        offer: text("Gentle group walks, Tuesdays 10:00, from the community centre"),
        contact: text("Community centre reception"),
        referral: ReferralStatus::Referred,
        how_it_went: String::new(),
        goals: vec![goal.clone()],
        ..CommunitySupport::default()
    };
    run(
        &mut plan,
        Change::Add(Item::CommunitySupport(walk_group.clone(), group)),
        clinician,
    )?;

    let actions = [
        (
            "Walk 10 minutes after lunch, with a snack in my bag",
            "5 days a week",
            Responsible::Person,
            Some(8),
        ),
        (
            "Go to the walking group once and watch",
            "Next Tuesday",
            Responsible::CommunitySupport(walk_group),
            Some(8),
        ),
        (
            "Refer Maria to physiotherapy for her knee",
            "This week",
            Responsible::Clinician,
            None,
        ),
        (
            "Walk with Maria on Saturdays",
            "Saturdays",
            Responsible::Supporter(ana),
            Some(9),
        ),
    ];
    for (i, (what, when, responsible, confidence)) in actions.into_iter().enumerate() {
        let a = Action {
            what: text(what),
            how_much: String::new(),
            when: text(when),
            how_often: String::new(),
            with_whom: String::new(),
            goal: Some(goal.clone()),
            responsible,
            confidence,
            if_then: if i == 0 {
                vec![IfThen {
                    if_: text("it rains"),
                    then: text("I walk in the shopping centre"),
                }]
            } else {
                vec![]
            },
            ended: None,
        };
        run(
            &mut plan,
            Change::Add(Item::Action(new_id(), a)),
            if i == 2 { clinician } else { person },
        )?;
    }

    let net = [
        (
            Zone::Green,
            "Sugars between 4 and 10, knee sore but walking",
            "Carry on with the plan",
            "",
        ),
        (
            Zone::Amber,
            "Blood sugar under 4 twice in a week",
            "Call the practice",
            "The practice",
        ),
        (
            Zone::Red,
            "Chest pain or fainting when walking",
            "Call emergency services",
            "999",
        ),
    ];
    for (zone, signs, what_to_do, contact) in net {
        let s = SafetyNetEntry {
            zone,
            signs: text(signs),
            what_to_do: text(what_to_do),
            contact: text(contact),
        };
        run(
            &mut plan,
            Change::Add(Item::SafetyNetEntry(new_id(), s)),
            clinician,
        )?;
    }
    // The person opened it: a link made from it should not read "last changed by the
    // clinician" when nobody but the person has touched this copy.
    plan.changed = person;
    Ok(plan)
}
