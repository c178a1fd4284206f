//! Host tests of keeping everyone's words: typing as one step, merging another tab's
//! copy field by field, keeping both versions where they clash, and unique ids.

mod common;
use common::*;
use coplan::core::merge::{choose_kept_version, choose_plan_version, differences};
use coplan::core::saved;
use coplan::core::*;

fn edit_goal(g: Goal) -> Change {
    Change::Edit(Item::Goal(id("g"), g))
}

fn with_goal() -> Plan {
    with(
        plan(),
        &[Change::Add(Item::Goal(id("g"), goal("Walk to school")))],
    )
}

fn the_goal(p: &Plan) -> &Goal {
    &p.goals.iter().find(|e| e.id == id("g")).unwrap().body
}

#[test]
fn fields_changed_on_one_side_are_taken_from_that_side() {
    let base = goal("Walk");
    let mut mine = base.clone();
    mine.person_view.why_it_matters = "Lily".into();
    let mut theirs = base.clone();
    theirs.clinician_view.concerns = "Hypos".into();
    theirs.wording = "Walk to school".into();
    let m = merge_body(&base, &mine, &theirs);
    assert!(!m.conflict);
    assert_eq!(m.body.person_view.why_it_matters, "Lily");
    assert_eq!(m.body.clinician_view.concerns, "Hypos");
    assert_eq!(m.body.wording, "Walk to school");
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_and_keeps_theirs() {
    let base = goal("Walk");
    let mut mine = base.clone();
    mine.wording = "Walk Lily to school".into();
    let mut theirs = base.clone();
    theirs.wording = "Walk to school on Wednesdays".into();
    let m = merge_body(&base, &mine, &theirs);
    assert!(m.conflict);
    assert_eq!(m.body.wording, "Walk to school on Wednesdays");
    // The same words on both sides are no conflict.
    assert!(!merge_body(&base, &mine, &mine).conflict);
}

/// Regression: typing made one history line and one undo step per keystroke.
#[test]
fn typing_in_one_field_is_one_step_of_history_and_undo() {
    let mut s = Session::open(with_goal(), true);
    let lines = s.plan.history.len();
    let mut g = goal("Walk to school");
    for (i, word) in [
        "Walk to school w",
        "Walk to school wi",
        "Walk to school with Lily",
    ]
    .iter()
    .enumerate()
    {
        g.wording = word.to_string();
        s.type_into(
            None,
            edit_goal(g.clone()),
            stamp(20 + i as i64),
            "goal-wording",
        )
        .unwrap();
    }
    assert_eq!(s.plan.history.len(), lines + 1, "one line for the burst");
    assert_eq!(
        s.plan.history.last().unwrap().label,
        "Walk to school with Lily"
    );
    assert_eq!(s.pending.len(), 1, "one change waits to be saved");
    // Another field starts a new step of undo, in the same line of history (one line
    // per editing of an entry).
    g.person_view.why_it_matters = "Lily".into();
    s.type_into(None, edit_goal(g.clone()), stamp(30), "goal-why")
        .unwrap();
    assert_eq!(s.plan.history.len(), lines + 1);
    s.undo(stamp(31)).unwrap();
    assert_eq!(the_goal(&s.plan).wording, "Walk to school with Lily");
    assert_eq!(the_goal(&s.plan).person_view.why_it_matters, "");
    s.undo(stamp(32)).unwrap();
    assert_eq!(
        the_goal(&s.plan).wording,
        "Walk to school",
        "one undo per field"
    );
}

#[test]
fn a_save_in_the_middle_of_typing_keeps_the_rest_pending() {
    let mut s = Session::open(with_goal(), true);
    let mut g = goal("Walk");
    s.type_into(None, edit_goal(g.clone()), stamp(20), "w")
        .unwrap();
    s.saved(s.plan.revision);
    assert!(!s.needs_save());
    g.wording = "Walk more".into();
    s.type_into(None, edit_goal(g.clone()), stamp(21), "w")
        .unwrap();
    assert!(s.needs_save(), "the keystroke after a save is saved too");
    assert_eq!(
        s.pending[0].before.as_ref().map(|i| i.id().clone()),
        Some(id("g"))
    );
}

/// Regression: two tabs editing one entry within a second: one tab's words replaced
/// the other's.
#[test]
fn two_tabs_editing_different_fields_of_one_entry_both_keep_their_words() {
    let stored = with_goal();
    let mut tab1 = Session::open(stored.clone(), true);
    let mut tab2 = Session::open(stored, true);
    let mut g1 = goal("Walk to school");
    g1.person_view.why_it_matters = "Lily".into();
    tab1.type_into(None, edit_goal(g1), stamp(20), "why")
        .unwrap();
    tab1.saved(tab1.plan.revision);
    let mut g2 = goal("Walk to school");
    g2.clinician_view.concerns = "Hypos when walking".into();
    tab2.type_into(
        None,
        edit_goal(g2),
        by(21, AuthorRole::Clinician),
        "concerns",
    )
    .unwrap();

    let r = tab2.rebase(tab1.plan.clone());
    assert_eq!((r.kept, r.kept_both, r.dropped.len()), (1, 0, 0));
    let g = the_goal(&tab2.plan);
    assert_eq!(g.person_view.why_it_matters, "Lily");
    assert_eq!(g.clinician_view.concerns, "Hypos when walking");
    assert!(tab2.plan.conflicts.is_empty());
}

#[test]
fn two_tabs_changing_the_same_words_keep_both_versions_to_choose() {
    let stored = with_goal();
    let mut tab1 = Session::open(stored.clone(), true);
    let mut tab2 = Session::open(stored, true);
    tab1.change(edit_goal(goal("Walk to school on Wednesdays")), stamp(20))
        .unwrap();
    tab1.saved(tab1.plan.revision);
    tab2.change(edit_goal(goal("Walk Lily to school")), stamp(21))
        .unwrap();

    let r = tab2.rebase(tab1.plan.clone());
    assert_eq!(r.kept_both, 1);
    assert_eq!(the_goal(&tab2.plan).wording, "Walk to school on Wednesdays");
    let kept = &tab2.plan.conflicts[0];
    assert_eq!(kept.kind, ConflictKind::EditedElsewhere);
    assert_eq!(kept.mine, Item::Goal(id("g"), goal("Walk Lily to school")));
    assert!(
        tab2.needs_save(),
        "the kept version is saved like any change"
    );

    // Choosing the kept version puts it in and settles the conflict, in one step.
    let choose = choose_kept_version(&tab2.plan, List::Goals, &id("g")).unwrap();
    tab2.change(choose, stamp(30)).unwrap();
    assert_eq!(the_goal(&tab2.plan).wording, "Walk Lily to school");
    assert!(tab2.plan.conflicts.is_empty());
    tab2.undo(stamp(31)).unwrap();
    assert_eq!(
        tab2.plan.conflicts.len(),
        1,
        "undo brings both versions back"
    );
    assert_eq!(the_goal(&tab2.plan).wording, "Walk to school on Wednesdays");
    // Or keep the plan's version.
    tab2.change(
        choose_plan_version(&tab2.plan, List::Goals, &id("g")).unwrap(),
        stamp(32),
    )
    .unwrap();
    assert!(tab2.plan.conflicts.is_empty());
    assert_eq!(the_goal(&tab2.plan).wording, "Walk to school on Wednesdays");
}

/// Regression: an edit that lost to a removal in another tab was dropped, no copy.
#[test]
fn an_edit_of_an_entry_removed_elsewhere_is_kept_and_can_bring_it_back() {
    let stored = with_goal();
    let mut tab1 = Session::open(stored.clone(), true);
    let mut tab2 = Session::open(stored, true);
    tab1.change(
        Change::Remove {
            list: List::Goals,
            id: id("g"),
        },
        stamp(20),
    )
    .unwrap();
    tab2.type_into(None, edit_goal(goal("Walk Lily to school")), stamp(21), "w")
        .unwrap();
    let r = tab2.rebase(tab1.plan.clone());
    assert_eq!((r.kept_both, r.dropped.len()), (1, 0));
    assert_eq!(tab2.plan.conflicts[0].kind, ConflictKind::RemovedElsewhere);
    assert!(
        Plan::live(&tab2.plan.goals).next().is_none(),
        "still removed"
    );

    let bring_back = choose_kept_version(&tab2.plan, List::Goals, &id("g")).unwrap();
    tab2.change(bring_back, stamp(30)).unwrap();
    assert_eq!(
        Plan::live(&tab2.plan.goals)
            .next()
            .map(|g| g.body.wording.as_str()),
        Some("Walk Lily to school")
    );
    assert!(tab2.plan.conflicts.is_empty());
}

#[test]
fn a_later_kept_version_of_the_same_entry_replaces_the_earlier_one() {
    let p = with_goal();
    let keep = |words: &str| {
        Change::KeepConflict(Conflict {
            kind: ConflictKind::EditedElsewhere,
            mine: Item::Goal(id("g"), goal(words)),
            stamp: stamp(5),
        })
    };
    let p = with(p, &[keep("One"), keep("Two")]);
    assert_eq!(p.conflicts.len(), 1);
    assert_eq!(p.conflicts[0].mine, Item::Goal(id("g"), goal("Two")));
    assert_eq!(p.history.last().unwrap().verb, Verb::KeptBoth);
    // A kept version of an entry that does not exist is refused.
    let stray = Change::KeepConflict(Conflict {
        kind: ConflictKind::EditedElsewhere,
        mine: Item::Goal(id("nope"), goal("x")),
        stamp: stamp(5),
    });
    assert!(matches!(
        apply(&p, &stray, stamp(6)),
        Err(ChangeError::UnknownEntry { .. })
    ));
}

#[test]
fn kept_versions_survive_saving_and_reading() {
    let p = with(
        with_goal(),
        &[Change::KeepConflict(Conflict {
            kind: ConflictKind::RemovedElsewhere,
            mine: Item::Goal(id("g"), goal("Mine")),
            stamp: stamp(5),
        })],
    );
    let back = saved::from_json(&saved::to_json(&p)).unwrap().plan;
    assert_eq!(back.conflicts, p.conflicts);
}

/// Regression: a file whose entries shared an id opened, and editing the second entry
/// replaced the first one's words.
#[test]
fn entries_sharing_an_id_in_a_document_get_ids_of_their_own() {
    let p = with(plan(), &[add_wm("a", "Choir"), add_wm("b", "Lily")]);
    let json = saved::to_json(&p).replace("\"id\":\"b\"", "\"id\":\"a\"");
    let loaded = saved::from_json(&json).unwrap().plan;
    let ids: Vec<_> = loaded.what_matters.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids[0], id("a"));
    assert_ne!(ids[1], id("a"));
    assert!(Id::parse(ids[1].as_str()).is_some(), "a valid id");
    assert_eq!(
        saved::from_json(&json).unwrap().plan.what_matters[1].id,
        ids[1],
        "every device gives the same new id"
    );
    // Editing the second no longer touches the first.
    let edited = with(
        loaded.clone(),
        &[Change::Edit(Item::WhatMatters(
            ids[1].clone(),
            WhatMatters {
                text: "Lily on Wednesdays".into(),
            },
        ))],
    );
    assert_eq!(texts(&edited), ["Choir", "Lily on Wednesdays"]);
}

#[test]
fn how_things_are_now_is_enough_for_a_life_area() {
    let mut c = capability("");
    c.able_now = None;
    c.wished = None;
    c.now_in_words = "My sugars run my day".into();
    let p = with(plan(), &[Change::Add(Item::Capability(id("c"), c.clone()))]);
    assert_eq!(p.capabilities[0].body.now_in_words, "My sugars run my day");
    c.now_in_words = " ".into();
    assert!(apply(&p, &Change::Add(Item::Capability(id("d"), c)), stamp(9)).is_err());
}

#[test]
fn what_differs_is_each_field_with_its_name_in_the_order_the_entry_holds_them() {
    let mut a = goal("Walk to school");
    a.person_view.concerns = "My knee".into();
    a.person_view.priority = Some(Priority::High);
    let mut b = goal("Walk Lily to school");
    b.person_view.concerns = "My knee".into();
    b.person_view.priority = Some(Priority::Medium);
    b.clinician_view.why_it_matters = "Fitness".into();
    b.weight = Some(3);
    let d = coplan::core::merge::differences(&Item::Goal(id("g"), a), &Item::Goal(id("g"), b));
    let shown: Vec<(&str, &str, String, String)> = d
        .iter()
        .map(|d| {
            (
                d.key.as_str(),
                d.within.as_str(),
                d.first.to_string(),
                d.second.to_string(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                "wording",
                "",
                r#""Walk to school""#.into(),
                r#""Walk Lily to school""#.into()
            ),
            (
                "priority",
                "person_view",
                r#""high""#.into(),
                r#""medium""#.into()
            ),
            (
                "why_it_matters",
                "clinician_view",
                r#""""#.into(),
                r#""Fitness""#.into()
            ),
            ("weight", "", "null".into(), "3".into()),
        ]
    );
    // A number alone differing is a difference too (it once showed nothing to choose).
    let (mut c, mut e) = (capability("Sing"), capability("Sing"));
    c.able_now = Some(4);
    e.able_now = Some(6);
    let d = coplan::core::merge::differences(
        &Item::Capability(id("c"), c),
        &Item::Capability(id("c"), e),
    );
    assert_eq!(d.len(), 1);
    assert_eq!(
        (d[0].key.as_str(), d[0].first.as_i64(), d[0].second.as_i64()),
        ("able_now", Some(4), Some(6))
    );
    // Two records of a list each changed: each record's fields together, in its order.
    let measure = |name: &str, target: &str| Measure {
        name: name.into(),
        current: "60".into(),
        target: target.into(),
    };
    let (mut f, mut g) = (goal("Walk"), goal("Walk"));
    f.measures = vec![measure("HbA1c", "53"), measure("Sugar", "7")];
    g.measures = vec![measure("HbA1c", "50"), measure("Glucose", "7")];
    let d = coplan::core::merge::differences(&Item::Goal(id("g"), f), &Item::Goal(id("g"), g));
    let shown: Vec<(&str, Option<usize>)> = d.iter().map(|d| (d.key.as_str(), d.record)).collect();
    assert_eq!(shown, [("target", Some(0)), ("name", Some(1))]);
}

/// Each difference's key, what it is about, and its two values as saved (those of one
/// key only, if given).
fn about_and_values<'a>(
    d: &'a [coplan::core::merge::Difference],
    only: Option<&str>,
) -> Vec<(&'a str, Option<&'a str>, String, String)> {
    d.iter()
        .filter(|d| only.is_none_or(|k| d.key == k))
        .map(|d| {
            let (first, second) = (d.first.to_string(), d.second.to_string());
            (d.key.as_str(), d.about.as_deref(), first, second)
        })
        .collect()
}

/// A check-in's answers are compared by what they are about, not by place: a goal
/// answered on one side only, or answers in another order, name the goal each is for.
/// A goal's five level descriptions say which level; who carries out a step is one
/// choice, not a kind and an id apart.
#[test]
fn what_differs_names_what_an_answer_is_about_and_which_level() {
    let (walk, sing) = (id("walk"), id("sing"));
    let level = |n: i8| AttainmentLevel::new(n).unwrap();
    let mut a = CheckIn {
        goal_levels: vec![(walk.clone(), level(0)), (sing.clone(), level(1))],
        ..CheckIn::default()
    };
    let mut b = CheckIn {
        goal_levels: vec![(sing.clone(), level(1)), (walk.clone(), level(-1))],
        ..CheckIn::default()
    };
    a.action_notes = vec![(id("step"), "Rained".into())];
    b.action_notes = vec![];
    let d = differences(&Item::CheckIn(id("c"), a), &Item::CheckIn(id("c"), b));
    let shown = about_and_values(&d, None);
    assert_eq!(
        shown,
        [
            ("goal_levels", Some("walk"), "0".into(), "-1".into()),
            (
                "action_notes",
                Some("step"),
                r#""Rained""#.into(),
                "null".into()
            ),
        ]
    );
    let (mut f, mut g) = (goal("Walk"), goal("Walk"));
    f.attainment_levels[4] = "Every day".into();
    g.attainment_levels[4] = "Twice a day".into();
    let d = differences(&Item::Goal(id("g"), f), &Item::Goal(id("g"), g));
    assert_eq!(
        d.iter()
            .map(|d| (d.key.as_str(), d.place))
            .collect::<Vec<_>>(),
        [("attainment_levels", Some(4))]
    );
    // A team member's view of a goal: by whose it is, not by its place.
    let view = |why: &str| TeamView {
        by: id("jon"),
        view: Perspective {
            why_it_matters: why.into(),
            ..Perspective::default()
        },
    };
    let (mut f, mut g) = (goal("Walk"), goal("Walk"));
    f.more_views = vec![view("Fitness")];
    g.more_views = vec![view("Company")];
    let d = differences(
        &Item::Goal(id("g"), f.clone()),
        &Item::Goal(id("g"), g.clone()),
    );
    assert_eq!(
        d.iter()
            .map(|d| (d.key.as_str(), d.about.as_deref()))
            .collect::<Vec<_>>(),
        [("why_it_matters", Some("jon"))]
    );
    // Two members' views, one on each side: each under its own name, never one's words
    // under the other's.
    g.more_views[0].by = id("ann");
    let d = differences(&Item::Goal(id("g"), f), &Item::Goal(id("g"), g));
    let shown = about_and_values(&d, Some("why_it_matters"));
    assert_eq!(
        shown,
        [
            (
                "why_it_matters",
                Some("jon"),
                r#""Fitness""#.into(),
                "null".into()
            ),
            (
                "why_it_matters",
                Some("ann"),
                "null".into(),
                r#""Company""#.into()
            ),
        ]
    );
    // A goal answered twice in one check-in is two answers, each compared.
    let twice = |a: i8, b: i8| CheckIn {
        goal_levels: vec![(id("walk"), level(a)), (id("walk"), level(b))],
        ..CheckIn::default()
    };
    let d = differences(
        &Item::CheckIn(id("c"), twice(0, 1)),
        &Item::CheckIn(id("c"), twice(0, 2)),
    );
    assert_eq!(
        d.iter()
            .map(|d| (d.first.to_string(), d.second.to_string()))
            .collect::<Vec<_>>(),
        [("1".to_string(), "2".to_string())]
    );
    let with = |who: Responsible| Action {
        responsible: who,
        ..action("Walk to the shops")
    };
    let d = differences(
        &Item::Action(id("a"), with(Responsible::Person)),
        &Item::Action(id("a"), with(Responsible::CommunitySupport(id("group")))),
    );
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].key, "responsible");
    assert_eq!(d[0].second["kind"], "community_support");
}

#[test]
fn an_entry_remembers_a_bounded_number_of_short_versions() {
    let mut p = with_goal();
    for i in 0..40 {
        p = apply(&p, &edit_goal(goal(&format!("Walk {i}"))), stamp(100 + i))
            .unwrap()
            .plan;
    }
    let e = &p.goals[0];
    assert_eq!(e.versions.len(), VERSION_DEPTH);
    assert!(e.versions.iter().all(|v| v.as_str().len() == 16));
    // The same edit from the same start is the same version on any device.
    let a = apply(&with_goal(), &edit_goal(goal("Walk far")), stamp(1))
        .unwrap()
        .plan;
    let b = apply(
        &with_goal(),
        &edit_goal(goal("Walk far")),
        by(999, AuthorRole::Clinician),
    )
    .unwrap()
    .plan;
    assert_eq!(a.goals[0].version(), b.goals[0].version());
}

/// Who carries out a step merges as one value: one side choosing the person while the
/// other chose a different supporter must not read as the person with the id dropped,
/// which would lose the other side's choice without a trace. The merged form is refused,
/// so theirs is kept and the step is a conflict to choose.
#[test]
fn who_carries_out_a_step_changed_on_both_sides_keeps_both_choices() {
    let (a, b) = (
        Id::parse("supporter-a").unwrap(),
        Id::parse("supporter-b").unwrap(),
    );
    let with = |who: Responsible| Action {
        responsible: who,
        ..action("Walk to the shops")
    };
    let base = with(Responsible::Supporter(a));
    let mine = with(Responsible::Person);
    let theirs = with(Responsible::Supporter(b));
    let merged = merge_body(&base, &mine, &theirs);
    assert!(merged.conflict);
    assert_eq!(merged.body, theirs);
}

/// A goal's agreement merges as one choice: "agreed" on one side and a different
/// difference on the other keeps both to choose between, never "agreed" with the other
/// side's words dropped.
#[test]
fn an_agreement_changed_on_both_sides_keeps_both_choices() {
    let with = |agreement: Agreement| Goal {
        agreement,
        ..goal("Sing in the choir again")
    };
    let base = with(Agreement::AgreedToDiffer {
        difference: "Walking first".into(),
    });
    let mine = with(Agreement::Agreed);
    let theirs = with(Agreement::AgreedToDiffer {
        difference: "Swimming first".into(),
    });
    let merged = merge_body(&base, &mine, &theirs);
    assert!(merged.conflict);
    assert_eq!(merged.body, theirs);
    // Changed on one side only, it is simply taken.
    let merged = merge_body(&base, &mine, &base);
    assert!(!merged.conflict);
    assert_eq!(merged.body.agreement, Agreement::Agreed);
}
