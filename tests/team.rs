//! The team around the person: members with roles, one first contact, the steps and
//! safety-net lines each is part of; older plans open with no team; two devices' teams
//! merge without losing anyone.

mod common;
use common::*;
use coplan::core::merge::merge_plans;
use coplan::core::team::*;
use coplan::core::together::responsible_name;
use coplan::core::*;

fn member(name: &str, role: TeamRole) -> TeamMember {
    TeamMember {
        name: name.into(),
        role,
        ..TeamMember::default()
    }
}

fn add(i: &str, m: TeamMember) -> Change {
    Change::Add(Item::TeamMember(id(i), m))
}

fn team() -> Plan {
    with(
        plan(),
        &[
            add("nurse", member("Priya Patel", TeamRole::PracticeNurse)),
            add("gp", member("Dr Okafor", TeamRole::Gp)),
        ],
    )
}

fn names(p: &Plan) -> Vec<String> {
    team_first(p).iter().map(|m| m.body.name.clone()).collect()
}

#[test]
fn a_member_needs_a_name_and_other_needs_the_role_in_words() {
    let p = plan();
    let refused = |m: TeamMember| apply(&p, &add("x", m), stamp(2)).unwrap_err();
    assert_eq!(
        refused(member(" ", TeamRole::Gp)),
        ChangeError::Empty { field: Field::Name }
    );
    assert_eq!(
        refused(member("Sue", TeamRole::Other)),
        ChangeError::Empty { field: Field::Role }
    );
    let sue = TeamMember {
        role_words: " Carers' centre adviser ".into(),
        hours: "Tuesdays".into(),
        ..member("Sue", TeamRole::Other)
    };
    let p = with(p, &[add("sue", sue)]);
    assert_eq!(
        p.team[0].body.role_words, "Carers' centre adviser",
        "trimmed"
    );
    assert_eq!(
        role_in_words(&p.team[0].body, |r| format!("{r:?}")),
        "Carers' centre adviser"
    );
    assert_eq!(
        role_in_words(&member("Jon", TeamRole::Physiotherapist), |r| format!(
            "{r:?}"
        )),
        "Physiotherapist"
    );
}

#[test]
fn there_is_one_first_contact_shown_first_and_it_can_move_or_go() {
    let p = team();
    assert_eq!(
        coplan::core::merge::entry_counts(&p),
        (0, 0, 2),
        "a preview counts the team (it said a plan of only a team held nothing)"
    );
    assert_eq!(names(&p), ["Priya Patel", "Dr Okafor"]);
    let p = with(
        p.clone(),
        &[make_first_contact(&p, Some(&id("gp"))).unwrap()],
    );
    assert_eq!(names(&p), ["Dr Okafor", "Priya Patel"]);
    let p = with(
        p.clone(),
        &[make_first_contact(&p, Some(&id("nurse"))).unwrap()],
    );
    assert_eq!(names(&p), ["Priya Patel", "Dr Okafor"]);
    assert_eq!(
        p.team.iter().filter(|m| m.body.first_contact).count(),
        1,
        "marking one unmarks the other, in one step"
    );
    assert!(
        make_first_contact(&p, Some(&id("nurse"))).is_none(),
        "no change"
    );
    let p = with(p.clone(), &[make_first_contact(&p, None).unwrap()]);
    assert!(first_contact(&p).is_none());
}

/// Two devices each marked someone before merging: the later mark is shown, and editing
/// the other member (their contact, say) leaves the first contact where it was.
#[test]
fn editing_a_member_whose_mark_a_merge_hid_does_not_move_the_first_contact() {
    let home = team();
    let at = |p: &Plan, c: Change, t: i64| apply(p, &c, stamp(t)).unwrap().plan;
    let clinic = at(
        &home,
        make_first_contact(&home, Some(&id("gp"))).unwrap(),
        100,
    );
    let phone = at(
        &home,
        make_first_contact(&home, Some(&id("nurse"))).unwrap(),
        101,
    );
    let (merged, _) = merge_plans(&clinic, &phone, stamp(200));
    assert_eq!(
        merged.team.iter().filter(|m| m.body.first_contact).count(),
        2,
        "both marks came through the merge"
    );
    assert_eq!(first_contact(&merged).unwrap().id, id("nurse"), "the later");
    let gp = merged.team.iter().find(|m| m.id == id("gp")).unwrap();
    assert!(mark_hidden(&merged, &gp.id, &gp.body));
    // Their form's edit clears the hidden mark with the words.
    let edited = at(
        &merged,
        Change::Edit(Item::TeamMember(
            id("gp"),
            TeamMember {
                contact: "0161 496 0000".into(),
                first_contact: false,
                ..gp.body.clone()
            },
        )),
        300,
    );
    assert_eq!(first_contact(&edited).unwrap().id, id("nurse"));
    assert_eq!(names(&edited), ["Priya Patel", "Dr Okafor"]);
    let nurse = edited.team.iter().find(|m| m.id == id("nurse")).unwrap();
    assert!(
        nurse.body.first_contact && !mark_hidden(&edited, &nurse.id, &nurse.body),
        "the shown mark stays"
    );
}

#[test]
fn who_does_what_points_at_members_and_the_safety_net_at_whoever_to_ring() {
    let mut step = action("Show me exercises for my knee");
    step.responsible = Responsible::TeamMember(id("nurse"));
    let line = SafetyNetEntry {
        zone: Zone::Amber,
        signs: "Sugar under 4 twice".into(),
        what_to_do: "Ring the nurse".into(),
        contact: String::new(),
        who: Some(id("nurse")),
    };
    let p = with(
        team(),
        &[
            Change::Add(Item::Action(id("a"), step.clone())),
            Change::Add(Item::SafetyNetEntry(id("s"), line.clone())),
        ],
    );
    let part = part_of(&p, &id("nurse"));
    assert_eq!((part.steps.len(), part.safety_net.len()), (1, 1));
    assert!(part_of(&p, &id("gp")).steps.is_empty());
    match contactable(&p, &id("nurse")) {
        Some(Contactable::Member(m)) => assert_eq!(m.body.name, "Priya Patel"),
        other => panic!("{other:?}"),
    }
    // Nobody who is not in the plan can be made responsible or rung.
    let mut stranger = step.clone();
    stranger.responsible = Responsible::TeamMember(id("nobody"));
    assert!(matches!(
        apply(&p, &Change::Add(Item::Action(id("b"), stranger)), stamp(50)),
        Err(ChangeError::MissingLink { .. })
    ));
    let ring_nobody = SafetyNetEntry {
        who: Some(id("nobody")),
        ..line.clone()
    };
    assert!(apply(
        &p,
        &Change::Add(Item::SafetyNetEntry(id("t"), ring_nobody)),
        stamp(50)
    )
    .is_err());

    // Removing the nurse keeps her step and line, still naming her, and editable.
    let p = with(
        p,
        &[Change::Remove {
            list: List::Team,
            id: id("nurse"),
        }],
    );
    let a = &p.actions[0].body;
    assert_eq!(responsible_name(&p, &a.responsible), Some("Priya Patel"));
    let mut edited = a.clone();
    edited.what = "Knee exercises every morning".into();
    let p = with(p, &[Change::Edit(Item::Action(id("a"), edited))]);
    assert_eq!(p.actions[0].body.what, "Knee exercises every morning");
    assert!(matches!(
        contactable(&p, &id("nurse")),
        Some(Contactable::Member(_))
    ));
    assert!(names(&p) == ["Dr Okafor"], "no longer on the team");
}

/// A plan saved before teams (schema 4) opens with no team and every "clinician" entry
/// as it was; saved again, it is version 5 and reads back equal.
#[test]
fn a_plan_from_before_teams_opens_with_no_team_and_its_clinician_entries_intact() {
    let raw = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/plan-v4.json"
    ))
    .unwrap();
    let loaded = saved::from_json(&raw).unwrap();
    assert_eq!(loaded.from_version, 4);
    let p = loaded.plan;
    assert!(p.team.is_empty());
    assert!(p
        .actions
        .iter()
        .any(|a| a.body.responsible == Responsible::Clinician));
    assert!(p.goals[0].created.by == AuthorRole::Person);
    assert!(!p.goals[0].body.clinician_view.why_it_matters.is_empty());
    assert!(p.safety_net.iter().all(|l| l.body.who.is_none()));
    let json = saved::to_json(&p);
    assert!(json.contains("\"schema_version\":5"));
    assert!(!json.contains("\"team\""), "an empty team is not written");
    assert_eq!(saved::from_json(&json).unwrap().plan, p);
}

/// Two devices each add someone: both are kept, even the same person added twice (they
/// are only one when the person says so); both edit one member: neither edit is lost,
/// the other is kept beside for the person to choose.
#[test]
fn two_devices_teams_merge_without_losing_anyone() {
    let home = team();
    let at = |p: &Plan, c: Change, t: i64| apply(p, &c, stamp(t)).unwrap().plan;
    let nurse = |p: &Plan| p.team[0].body.clone();
    let clinic = at(
        &home,
        add("sw", member("Ben Cole", TeamRole::SocialWorker)),
        100,
    );
    let clinic = at(
        &clinic,
        Change::Edit(Item::TeamMember(
            id("nurse"),
            TeamMember {
                hours: "Mon–Fri 8:00–18:30".into(),
                ..nurse(&home)
            },
        )),
        101,
    );
    let phone = at(
        &home,
        add("sw2", member("Ben Cole", TeamRole::SocialWorker)),
        102,
    );
    let phone = at(
        &phone,
        Change::Edit(Item::TeamMember(
            id("nurse"),
            TeamMember {
                contact: "01632 960 123".into(),
                ..nurse(&home)
            },
        )),
        103,
    );
    let (merged, counts) = merge_plans(&phone, &clinic, stamp(200));
    assert_eq!(counts.kept_both, 1);
    assert_eq!(merged.team[0].body.contact, "01632 960 123");
    match &merged.conflicts[0].mine {
        Item::TeamMember(i, kept) => {
            assert_eq!(
                (i, kept.hours.as_str()),
                (&id("nurse"), "Mon–Fri 8:00–18:30")
            )
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        names(&merged),
        ["Priya Patel", "Dr Okafor", "Ben Cole", "Ben Cole"],
        "never merged by name alone"
    );
}

/// A team member writing in their own name: the entry, its history line and the saved
/// plan all say who, and read back the same; a writer this plan does not know (another
/// plan's nurse, in the same tab) writes unnamed, in their role.
#[test]
fn writing_in_their_own_name_is_recorded_and_saved() {
    let p = team();
    let nurse = Writer {
        by: AuthorRole::Clinician,
        who: Some(id("nurse")),
    };
    let stamp = nurse.stamp(Timestamp(500), Some(&p));
    assert_eq!(stamp.who, Some(id("nurse")));
    let p = apply(&p, &add_wm("w", "Singing in the choir"), stamp)
        .unwrap()
        .plan;
    let e = &p.what_matters[0];
    assert_eq!(
        (e.created.by, e.created.who.clone()),
        (AuthorRole::Clinician, Some(id("nurse")))
    );
    let line = p.history.last().unwrap();
    assert_eq!(line.stamp.who, Some(id("nurse")));

    let json = saved::to_json(&p);
    let back = saved::from_json(&json).unwrap().plan;
    assert_eq!(back, p, "names travel through the compact history");
    // Lines without a name keep their six places; a named line has a seventh.
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let lines = doc["plan"]["history"]["lines"].as_array().unwrap();
    assert_eq!(lines[0].as_array().unwrap().len(), 6);
    assert_eq!(lines.last().unwrap().as_array().unwrap().len(), 7);

    let elsewhere = plan();
    assert_eq!(nurse.stamp(Timestamp(600), Some(&elsewhere)).who, None);
    // Removed (or made one with another) since she chose to write: no longer named.
    let removed = with(
        p.clone(),
        &[Change::Remove {
            list: List::Team,
            id: id("nurse"),
        }],
    );
    assert_eq!(nurse.stamp(Timestamp(700), Some(&removed)).who, None);
    assert_eq!(nurse.in_plan(Some(&elsewhere)).by, AuthorRole::Clinician);
}

/// A goal's second voice names the team member who wrote it, and its review who reviews
/// it; no one else can be named there, and a removed member stays named on their goals.
#[test]
fn a_goals_second_voice_and_its_reviewer_name_team_members() {
    let mut g = goal("Walk Lily to school");
    g.clinician_view_by = Some(id("gp"));
    g.reviewer = Some(id("nurse"));
    let p = with(team(), &[Change::Add(Item::Goal(id("g"), g.clone()))]);
    assert_eq!(p.goals[0].body.clinician_view_by, Some(id("gp")));
    // The nurse reviews it: Who's who says so.
    assert_eq!(part_of(&p, &id("nurse")).reviews.len(), 1);
    let mut reviewed_by_nobody = g.clone();
    reviewed_by_nobody.reviewer = Some(id("nobody"));
    assert!(apply(
        &p,
        &Change::Add(Item::Goal(id("i"), reviewed_by_nobody)),
        stamp(60)
    )
    .is_err());
    let mut stranger = g.clone();
    stranger.clinician_view_by = Some(id("nobody"));
    assert!(apply(&p, &Change::Add(Item::Goal(id("h"), stranger)), stamp(60)).is_err());
    let p = with(
        p,
        &[Change::Remove {
            list: List::Team,
            id: id("gp"),
        }],
    );
    let mut edited = g;
    edited.wording = "Walk Lily to school on Wednesdays".into();
    let p = with(p, &[Change::Edit(Item::Goal(id("g"), edited))]);
    assert_eq!(p.goals[0].body.clinician_view_by, Some(id("gp")));
}

/// Two devices each added Ben: both are kept until the person says they are one; then
/// one Ben holds what either knew, and everything that named the other names him.
#[test]
fn the_same_person_added_twice_becomes_one_only_when_the_person_says_so() {
    let home = team();
    let ben = |contact: &str, hours: &str| TeamMember {
        contact: contact.into(),
        hours: hours.into(),
        ..member("Ben Cole", TeamRole::SocialWorker)
    };
    let clinic = with(home.clone(), &[add("ben1", ben("01632 960 789", ""))]);
    let mut step = action("Arrange a carer's assessment for Tom");
    step.responsible = Responsible::TeamMember(id("ben2"));
    let phone = with(
        home,
        &[
            add("ben2", ben("", "Mon–Thu 9:00–17:00")),
            Change::Add(Item::Action(id("a"), step)),
        ],
    );
    let (merged, _) = merge_plans(&clinic, &phone, stamp(200));
    assert_eq!(
        names(&merged),
        ["Priya Patel", "Dr Okafor", "Ben Cole", "Ben Cole"]
    );
    let bens: Vec<Id> = merged.team.iter().skip(2).map(|m| m.id.clone()).collect();
    let (first, later) = (&bens[0], &bens[1]);
    assert_eq!(
        same_name_as(&merged, later).map(|m| m.id.clone()),
        Some(first.clone())
    );
    assert!(
        same_name_as(&merged, first).is_none(),
        "asked once, on the later one"
    );

    let change = make_one(&merged, &id("ben1"), &id("ben2")).unwrap();
    let one = with(merged.clone(), std::slice::from_ref(&change));
    assert_eq!(names(&one), ["Priya Patel", "Dr Okafor", "Ben Cole"]);
    let b = &one.team.iter().find(|m| m.id == id("ben1")).unwrap().body;
    assert_eq!(
        (b.contact.as_str(), b.hours.as_str()),
        ("01632 960 789", "Mon–Thu 9:00–17:00")
    );
    assert_eq!(
        one.actions[0].body.responsible,
        Responsible::TeamMember(id("ben1"))
    );
    assert!(
        one.team.iter().any(|m| m.id == id("ben2") && !m.is_live()),
        "kept as a tombstone, so what he wrote stays his"
    );
    // One step of undo brings both back as they were.
    let undo = apply(&merged, &change, stamp(300)).unwrap().inverse;
    let back = apply(&one, &undo, stamp(400)).unwrap().plan;
    assert_eq!(names(&back), names(&merged));
    assert_eq!(
        back.actions[0].body.responsible,
        Responsible::TeamMember(id("ben2"))
    );
}

/// Several team members each add their view of one goal, in their own name, only team
/// members; nothing they wrote is dropped; removed, their view stays theirs.
#[test]
fn several_team_members_each_add_their_view_of_a_goal() {
    let view = |by: &str, why: &str| TeamView {
        by: id(by),
        view: Perspective {
            why_it_matters: why.into(),
            ..Perspective::default()
        },
    };
    let mut g = goal("Walk Lily to school");
    g.clinician_view_by = Some(id("gp"));
    g.more_views = vec![
        view("nurse", " Sugars steadier when she walks "),
        view("nurse", "twice"),
        view("gp", "the first view's writer again"),
    ];
    let p = with(team(), &[Change::Add(Item::Goal(id("g"), g.clone()))]);
    let views = &p.goals[0].body.more_views;
    // The screen offers one each; should more arrive (two copies merged), no words
    // are dropped.
    assert_eq!(views.len(), 3);
    assert_eq!(
        views[0].view.why_it_matters,
        "Sugars steadier when she walks"
    );
    let mut stranger = g.clone();
    stranger.more_views = vec![view("nobody", "who?")];
    assert!(apply(&p, &Change::Add(Item::Goal(id("h"), stranger)), stamp(70)).is_err());
    let p = with(
        p,
        &[Change::Remove {
            list: List::Team,
            id: id("nurse"),
        }],
    );
    let mut edited = p.goals[0].body.clone();
    edited.wording = "Walk Lily to school on Wednesdays".into();
    let p = with(p, &[Change::Edit(Item::Goal(id("g"), edited))]);
    assert_eq!(p.goals[0].body.more_views[0].by, id("nurse"));
}

/// Made one, a duplicate's view of a goal follows them, unless the one kept has a view
/// of that goal already: then it stays under the duplicate's name, every word kept.
#[test]
fn making_one_never_drops_a_view() {
    let view = |by: &str, why: &str| TeamView {
        by: id(by),
        view: Perspective {
            why_it_matters: why.into(),
            ..Perspective::default()
        },
    };
    let p = with(team(), &[add("gp2", member("Dr Okafor", TeamRole::Gp))]);
    let mut both = goal("Walk Lily to school");
    both.clinician_view_by = Some(id("gp"));
    both.clinician_view.why_it_matters = "The knee".into();
    both.more_views = vec![view("gp2", "Hypos")];
    let mut only_theirs = goal("Sing in the choir");
    only_theirs.more_views = vec![view("gp2", "Breathing")];
    let p = with(
        p,
        &[
            Change::Add(Item::Goal(id("g1"), both)),
            Change::Add(Item::Goal(id("g2"), only_theirs)),
        ],
    );
    let one = with(p.clone(), &[make_one(&p, &id("gp"), &id("gp2")).unwrap()]);
    let (g1, g2) = (&one.goals[0].body, &one.goals[1].body);
    assert_eq!(g1.clinician_view_by, Some(id("gp")));
    assert_eq!(
        g1.more_views
            .iter()
            .map(|v| (v.by.clone(), v.view.why_it_matters.clone()))
            .collect::<Vec<_>>(),
        [(id("gp2"), "Hypos".to_string())],
        "kept under the duplicate's name"
    );
    assert_eq!(g2.more_views[0].by, id("gp"), "followed the one kept");
}

/// `folded` gives a letter's lowercase (σ for ς) wherever it changes a letter, and it
/// changes every capital of the alphabets it names.
#[test]
fn a_names_letters_are_folded_as_the_standard_library_lowers_them() {
    let lower = |c: char| {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(one), None) => Some(if one == 'ς' { 'σ' } else { one }),
            _ => None,
        }
    };
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let f = folded(c);
        assert!(f == c || Some(f) == lower(c), "{c:?} folded to {f:?}");
    }
    let alphabets = [
        'A'..='Z',
        'À'..='Þ',
        'Ā'..='ž',
        'Ǎ'..='ǜ',
        'Ǟ'..='ǯ',
        'Ǹ'..='ȟ',
        'Ά'..='Ϋ',
        'Ѐ'..='ӿ',
        'Ḁ'..='ẕ',
        'Ạ'..='ỿ',
    ];
    for c in alphabets.into_iter().flatten() {
        if c == 'İ' || c == '×' {
            continue; // İ lowers to two characters; × is not a letter
        }
        if let Some(l) = lower(c).filter(|&l| l != c) {
            assert_eq!(folded(c), l, "{c:?}");
        }
    }
    assert_eq!(folded('ς'), 'σ');
    assert_eq!((folded('Ə'), folded('ẞ')), ('ə', 'ß'));
    assert_eq!(
        "ÁNGELA ŞTEFĂNESCU".chars().map(folded).collect::<String>(),
        "ángela ştefănescu"
    );
}
