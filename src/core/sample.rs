//! The sample plan: Maria, from PERSONAS.md, filled in across every step so a newcomer
//! sees in seconds what CoPlan is for. Built through the one door, so it is valid by
//! construction and its history reads like a real plan's.

use super::change::{apply, new_plan, Change, ChangeError, Item};
use super::id::Id;
use super::plan::*;
use super::time::CalendarDate;

/// Builds Maria's plan. `new_id` gives fresh random ids; `today` anchors the dates.
pub fn maria(
    new_id: impl FnMut() -> Id,
    stamp: Stamp,
    today: CalendarDate,
) -> Result<Plan, ChangeError> {
    maria_in(new_id, stamp, today, &[])
}

/// Maria's plan in another language: `words` pairs each of her English words with the
/// language's (`text::sample`); any not among them (names, numbers) stay as they are.
pub fn maria_in(
    mut new_id: impl FnMut() -> Id,
    stamp: Stamp,
    today: CalendarDate,
    words: &[(&str, &str)],
) -> Result<Plan, ChangeError> {
    let text = |s: &str| {
        let translated = words.iter().find(|(english, _)| *english == s);
        translated.map_or(s, |(_, w)| *w).to_string()
    };
    let mut plan = new_plan(new_id(), &text("Maria (sample)"), stamp.clone())?;
    plan.is_sample = true;
    let person = Stamp {
        by: AuthorRole::Person,
        ..stamp.clone()
    };
    let clinician = Stamp {
        by: AuthorRole::Clinician,
        ..stamp
    };
    let run = |plan: &mut Plan, change: Change, who: Stamp| -> Result<(), ChangeError> {
        *plan = apply(plan, &change, who)?.plan;
        Ok(())
    };
    for t in [
        "Looking after Tom, my husband, at home",
        "Walking my granddaughter Lily to school on Wednesdays",
        "Singing in the church choir",
    ] {
        run(
            &mut plan,
            Change::Add(Item::WhatMatters(new_id(), WhatMatters { text: text(t) })),
            person.clone(),
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
        run(
            &mut plan,
            Change::Add(Item::Capability(id, c)),
            person.clone(),
        )?;
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
    ];
    for (id, name, role, how, involvement) in supporters {
        let s = Supporter {
            name: text(name),
            role: text(role),
            how_they_help: text(how),
            involvement,
        };
        run(
            &mut plan,
            Change::Add(Item::Supporter(id, s)),
            person.clone(),
        )?;
    }

    // The professionals around Maria (PERSONAS.md): a team, not supporters.
    let (patel, okafor, reyes) = (new_id(), new_id(), new_id());
    // Where they work, how to reach them, and when.
    let surgery = (
        "Riverside Surgery",
        "01632 960 123 (the surgery)",
        "Mon–Fri 8:00–18:30",
    );
    let team = [
        (
            patel.clone(),
            "Priya Patel",
            TeamRole::PracticeNurse,
            surgery,
            "Runs my diabetes reviews; the one I ring first",
            Involvement::PlansJointly,
        ),
        (
            okafor.clone(),
            "Dr Okafor",
            TeamRole::Gp,
            surgery,
            "My knee, my tablets and the referral",
            Involvement::Consulted,
        ),
        (
            reyes.clone(),
            "Jon Reyes",
            TeamRole::Physiotherapist,
            (
                "Community MSK service",
                "By letter; 01632 960 456 to change an appointment",
                "Weekdays 9:00–17:00",
            ),
            "Exercises for my knee",
            Involvement::SharesTasks,
        ),
        (
            new_id(),
            "Grace Mensah",
            TeamRole::LinkWorker,
            (
                "Riverside Community Centre",
                "07700 900 321",
                "Weekdays 9:00–17:00",
            ),
            "Put me in touch with the walking group",
            Involvement::KeptInformed,
        ),
    ];
    for (id, name, role, (at, reach, hours), what, involvement) in team {
        let m = TeamMember {
            name: text(name),
            role,
            organisation: text(at),
            contact: text(reach),
            hours: text(hours),
            what_they_do: text(what),
            first_contact: id == patel,
            involvement,
            ..TeamMember::default()
        };
        run(
            &mut plan,
            Change::Add(Item::TeamMember(id, m)),
            person.clone(),
        )?;
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
            person.clone(),
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
        person.clone(),
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
            person.clone(),
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
        // Dr Okafor's, in his own name (PERSONAS.md).
        clinician_view_by: Some(okafor.clone()),
        more_views: vec![],
        // The 8-week review is the practice nurse's (PERSONAS.md).
        reviewer: Some(patel.clone()),
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
    run(
        &mut plan,
        Change::Add(Item::Goal(goal.clone(), g)),
        person.clone(),
    )?;
    run(
        &mut plan,
        Change::SetGoalAgreement {
            goal: goal.clone(),
            agreement: Agreement::Agreed,
        },
        clinician.clone(),
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
        clinician.clone(),
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
            Responsible::TeamMember(okafor),
            None,
        ),
        (
            "Walk with Maria on Saturdays",
            "Saturdays",
            Responsible::Supporter(ana),
            Some(9),
        ),
        (
            "Show Maria exercises for her knee",
            "At the first physiotherapy appointment",
            Responsible::TeamMember(reyes),
            None,
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
            if i == 2 || i == 4 {
                clinician.clone()
            } else {
                person.clone()
            },
        )?;
    }

    let net = [
        (
            Zone::Green,
            "Sugars between 4 and 10, knee sore but walking",
            "Carry on with the plan",
            "",
            None,
        ),
        (
            Zone::Amber,
            "Blood sugar under 4 twice in a week",
            "Ring Nurse Patel at the surgery",
            "",
            Some(patel),
        ),
        (
            Zone::Red,
            "Chest pain or fainting when walking",
            "Call emergency services",
            "999",
            None,
        ),
    ];
    for (zone, signs, what_to_do, contact, who) in net {
        let s = SafetyNetEntry {
            zone,
            signs: text(signs),
            what_to_do: text(what_to_do),
            contact: text(contact),
            who,
        };
        run(
            &mut plan,
            Change::Add(Item::SafetyNetEntry(new_id(), s)),
            clinician.clone(),
        )?;
    }
    // The person opened it: a link made from it should not read "last changed by the
    // clinician" when nobody but the person has touched this copy.
    plan.changed = person;
    Ok(plan)
}

/// Sets one field of an entry to the words typed so far.
type TypeField = Box<dyn Fn(&mut Item, &str)>;
/// A step as typed: what, how much, when, how often, with whom, confidence, if–then.
type Step<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    u8,
    Option<(&'a str, &'a str)>,
);

/// The reference consultation (for the benchmark and the tests of links and codes): a
/// clinician, with the person, adds one goal with both views, five levels, a review
/// date and agreement; four steps, two with if–then plans, confidence on each; a
/// community support with a contact; amber and red safety-net lines — about 1,500
/// characters, typed word by word into `plan` as it arrived, as a browser would.
pub fn consultation(
    plan: Plan,
    mut new_id: impl FnMut() -> Id,
    start: Stamp,
    today: CalendarDate,
) -> Result<Plan, ChangeError> {
    use super::session::Session;
    let mut session = Session::open(plan, true);
    let at = std::cell::Cell::new(start.at.0);
    let stamp = || {
        at.set(at.get() + 1_700);
        Stamp {
            at: super::time::Timestamp(at.get()),
            by: AuthorRole::Clinician,
            who: None,
        }
    };
    // Adds an entry with its first field, then types each further field word by word.
    let entry = |session: &mut Session,
                 first: Item,
                 fields: Vec<TypeField>,
                 words: &[&str]|
     -> Result<(), ChangeError> {
        session.change(Change::Add(first.clone()), stamp())?;
        let mut item = first;
        for (i, (set, text)) in fields.iter().zip(words).enumerate() {
            let mut typed = String::new();
            for word in text.split(' ') {
                let base = item.clone();
                typed.push_str(if typed.is_empty() { "" } else { " " });
                typed.push_str(word);
                set(&mut item, &typed);
                session.type_into(
                    Some(&base),
                    Change::Edit(item.clone()),
                    stamp(),
                    &format!("{}-{i}", item.id()),
                )?;
            }
        }
        Ok(())
    };
    let walking = new_id();
    let goal = super::together::goal_from_topic(
        "Walk to the allotment and back twice a week by spring",
        AuthorRole::Person,
    );
    fn goal_of(item: &mut Item) -> &mut Goal {
        match item {
            Item::Goal(_, g) => g,
            _ => unreachable!("a goal's fields"), // ok: only goals are typed here
        }
    }
    let mut fields: Vec<TypeField> = vec![
        Box::new(|i, s| goal_of(i).person_view.why_it_matters = s.into()),
        Box::new(|i, s| goal_of(i).person_view.concerns = s.into()),
        Box::new(|i, s| goal_of(i).clinician_view.why_it_matters = s.into()),
        Box::new(|i, s| goal_of(i).clinician_view.concerns = s.into()),
    ];
    for level in 0..5 {
        fields.push(Box::new(move |i, s| {
            goal_of(i).attainment_levels[level] = s.into()
        }));
    }
    entry(
        &mut session,
        Item::Goal(walking.clone(), goal),
        fields,
        &[
            "Growing vegetables with my brother again; it is where I feel most like myself",
            "My knee gives way on the hill and I worry about falling when I am on my own",
            "Regular walking will help the knee, the blood sugars and the low mood",
            "Pain after walking should settle within two hours; if not, slow the plan down",
            "Not walking to the allotment at all",
            "Walks there once a week, with a lift back",
            "Walks there and back twice a week",
            "Twice a week, and stays an hour to dig",
            "Three times a week, no stop on the hill",
        ],
    )?;
    let goals = super::change::List::Goals;
    if let Some((Item::Goal(id, mut g), _)) = super::change::item_of(&session.plan, goals, &walking)
    {
        g.review_date = Some(today.add_days(84));
        session.change(Change::Edit(Item::Goal(id, g)), stamp())?;
    }
    session.change(
        Change::SetGoalAgreement {
            goal: walking.clone(),
            agreement: Agreement::Agreed,
        },
        stamp(),
    )?;

    fn action_of(item: &mut Item) -> &mut Action {
        match item {
            Item::Action(_, a) => a,
            _ => unreachable!("a step's fields"), // ok: only steps are typed here
        }
    }
    let steps: [Step; 4] = [
        (
            "Walk to the end of the road and back",
            "Ten minutes",
            "After breakfast",
            "Every day",
            "On my own",
            8,
            Some((
                "it is raining",
                "I walk the corridor at the library instead",
            )),
        ),
        (
            "Knee exercises from the physio sheet",
            "Three sets of ten",
            "While the kettle boils",
            "Mornings and evenings",
            "On my own",
            7,
            Some((
                "my knee is swollen",
                "I do the sitting ones only and use the ice pack",
            )),
        ),
        (
            "Check my sugars before and after a long walk",
            "Two readings",
            "On allotment days",
            "Twice a week",
            "On my own",
            9,
            None,
        ),
        (
            "Ring the walking group about the Tuesday walk",
            "One phone call",
            "This Friday",
            "Once",
            "My daughter will help me ring",
            6,
            None,
        ),
    ];
    for (what, how_much, when, how_often, with_whom, confidence, if_then) in steps {
        let step = Action {
            what: what.into(),
            how_much: String::new(),
            when: String::new(),
            how_often: String::new(),
            with_whom: String::new(),
            goal: Some(walking.clone()),
            responsible: Responsible::Person,
            confidence: Some(confidence),
            if_then: vec![],
            ended: None,
        };
        let mut fields: Vec<TypeField> = vec![
            Box::new(|i, s| action_of(i).how_much = s.into()),
            Box::new(|i, s| action_of(i).when = s.into()),
            Box::new(|i, s| action_of(i).how_often = s.into()),
            Box::new(|i, s| action_of(i).with_whom = s.into()),
        ];
        let mut words = vec![how_much, when, how_often, with_whom];
        if let Some((when_this, then)) = if_then {
            // The form adds an if–then plan once both halves have words.
            fields.push(Box::new(move |i, s| {
                action_of(i).if_then = vec![IfThen {
                    if_: s.into(),
                    then: then.into(),
                }]
            }));
            words.push(when_this);
        }
        entry(&mut session, Item::Action(new_id(), step), fields, &words)?;
    }

    fn support_of(item: &mut Item) -> &mut CommunitySupport {
        match item {
            Item::CommunitySupport(_, c) => c,
            _ => unreachable!("a support's fields"), // ok: only supports are typed here
        }
    }
    let walks = CommunitySupport {
        name: "Riverside Health Walks".into(),
        referral: ReferralStatus::Referred,
        goals: vec![walking.clone()],
        ..CommunitySupport::default()
    };
    entry(
        &mut session,
        Item::CommunitySupport(new_id(), walks),
        vec![
            Box::new(|i, s| support_of(i).offer = s.into()),
            Box::new(|i, s| support_of(i).contact = s.into()),
        ],
        &[
            "Gentle group walks on Tuesday mornings, 45 minutes",
            "Jo Baker, 01632 960412",
        ],
    )?;

    fn line_of(item: &mut Item) -> &mut SafetyNetEntry {
        match item {
            Item::SafetyNetEntry(_, l) => l,
            _ => unreachable!("a safety-net line's fields"), // ok: only lines are typed here
        }
    }
    let lines = [
        (
            Zone::Amber,
            "Knee swollen and hot, or sugars over 15 twice in one day",
            "Rest, use ice, and ring the practice for an appointment that week",
            "Practice nurse, 01632 960000",
        ),
        (
            Zone::Red,
            "Cannot put weight on the leg, or chest pain when walking",
            "Stop, sit down and ring 999 straight away",
            "999",
        ),
    ];
    for (zone, signs, what_to_do, contact) in lines {
        let line = SafetyNetEntry {
            zone,
            signs: signs.into(),
            what_to_do: what_to_do.into(),
            contact: String::new(),
            who: None,
        };
        entry(
            &mut session,
            Item::SafetyNetEntry(new_id(), line),
            vec![Box::new(|i, s| line_of(i).contact = s.into())],
            &[contact],
        )?;
    }
    Ok(session.plan)
}
