//! Host tests of editing on one device: undo, redo, saving and rebasing onto another
//! tab's newer copy.

mod common;
use common::*;
use coplan::core::*;

fn session() -> Session {
    Session::open(plan(), true)
}

#[test]
fn undo_and_redo_walk_back_and_forth_through_changes() {
    let mut s = session();
    s.change(add_wm("a", "Choir"), stamp(1)).unwrap();
    s.change(
        Change::Edit(Item::WhatMatters(
            id("a"),
            WhatMatters {
                text: "Singing".into(),
            },
        )),
        stamp(2),
    )
    .unwrap();
    assert!(s.can_undo() && !s.can_redo());

    assert!(s.undo(stamp(3)).unwrap());
    assert_eq!(texts(&s.plan), ["Choir"]);
    assert!(s.undo(stamp(4)).unwrap());
    assert!(texts(&s.plan).is_empty());
    assert!(!s.undo(stamp(5)).unwrap(), "nothing left to undo");

    assert!(s.redo(stamp(6)).unwrap());
    assert_eq!(texts(&s.plan), ["Choir"]);
    assert!(s.redo(stamp(7)).unwrap());
    assert_eq!(texts(&s.plan), ["Singing"]);
    assert!(!s.redo(stamp(8)).unwrap());
}

#[test]
fn undo_is_recorded_in_history_with_its_author() {
    let mut s = session();
    s.change(add_wm("a", "Choir"), stamp(1)).unwrap();
    s.undo(by(2, AuthorRole::Clinician)).unwrap();
    let last = s.plan.history.last().unwrap();
    assert_eq!(
        (last.verb, last.stamp.by),
        (Verb::Removed, AuthorRole::Clinician)
    );
    assert_eq!(s.plan.revision, 2, "undo is a change like any other");
}

#[test]
fn a_new_change_clears_redo() {
    let mut s = session();
    s.change(add_wm("a", "Choir"), stamp(1)).unwrap();
    s.undo(stamp(2)).unwrap();
    s.change(add_wm("b", "Lily"), stamp(3)).unwrap();
    assert!(!s.can_redo());
}

#[test]
fn a_refused_change_changes_nothing() {
    let mut s = session();
    let before = s.clone();
    assert!(s.change(add_wm("a", " "), stamp(1)).is_err());
    assert_eq!(s, before);
}

#[test]
fn undo_reaches_back_a_bounded_number_of_steps() {
    let mut s = session();
    for i in 0..(session::UNDO_LIMIT + 10) {
        s.change(add_wm(&format!("w{i}"), "x"), stamp(i as i64))
            .unwrap();
    }
    let mut undone = 0;
    while s.undo(stamp(1000)).unwrap() {
        undone += 1;
    }
    assert_eq!(undone, session::UNDO_LIMIT);
    assert_eq!(texts(&s.plan).len(), 10);
}

#[test]
fn saving_drops_only_the_changes_that_reached_storage() {
    let mut s = Session::open(plan(), false);
    assert!(
        s.needs_save(),
        "a new plan must be saved even before any change"
    );
    s.change(add_wm("a", "A"), stamp(1)).unwrap();
    s.change(add_wm("b", "B"), stamp(2)).unwrap();
    s.saved(1);
    assert_eq!(s.pending.len(), 1);
    assert!(s.needs_save());
    s.saved(2);
    assert!(!s.needs_save());
    assert_eq!(s.base_revision, Some(2));
}

/// Two tabs on one plan: each keeps its own edits; the later save rebases.
#[test]
fn two_tabs_never_lose_each_others_work() {
    let stored = with(plan(), &[add_wm("a", "Choir")]);
    let mut tab1 = Session::open(stored.clone(), true);
    let mut tab2 = Session::open(stored, true);

    tab1.change(add_wm("b", "Lily"), stamp(20)).unwrap();
    tab1.saved(tab1.plan.revision);
    let in_storage = tab1.plan.clone();

    tab2.change(add_wm("c", "Tom"), stamp(21)).unwrap();
    assert_ne!(
        tab2.base_revision,
        Some(in_storage.revision),
        "tab 2 sees it is stale"
    );
    let r = tab2.rebase(in_storage.clone());
    assert_eq!(r.kept, 1);
    assert!(r.dropped.is_empty());
    assert_eq!(texts(&tab2.plan), ["Choir", "Lily", "Tom"]);
    assert_eq!(tab2.base_revision, Some(in_storage.revision));
    assert!(tab2.plan.revision > in_storage.revision);
    assert!(tab2.needs_save());
}

#[test]
fn a_rebased_edit_of_an_entry_removed_elsewhere_is_kept_for_the_person() {
    let stored = with(plan(), &[add_wm("a", "Choir")]);
    let mut tab1 = Session::open(stored.clone(), true);
    let mut tab2 = Session::open(stored, true);
    tab1.change(
        Change::Remove {
            list: List::WhatMatters,
            id: id("a"),
        },
        stamp(20),
    )
    .unwrap();
    tab2.change(
        Change::Edit(Item::WhatMatters(
            id("a"),
            WhatMatters {
                text: "Choir on Sundays".into(),
            },
        )),
        stamp(21),
    )
    .unwrap();
    tab2.change(add_wm("b", "Lily"), stamp(22)).unwrap();
    let r = tab2.rebase(tab1.plan.clone());
    assert_eq!(r.kept, 1);
    assert_eq!(r.kept_both, 1, "the edit is kept beside the removal");
    assert!(r.dropped.is_empty());
    assert_eq!(texts(&tab2.plan), ["Lily"]);
    assert_eq!(tab2.plan.conflicts[0].kind, ConflictKind::RemovedElsewhere);
}

#[test]
fn a_tab_with_nothing_pending_simply_adopts_the_newer_copy() {
    let stored = with(plan(), &[add_wm("a", "Choir")]);
    let mut tab = Session::open(plan(), true);
    let r = tab.rebase(stored.clone());
    assert_eq!(r, Default::default());
    assert_eq!(tab.plan, stored);
    assert!(!tab.needs_save());
}

/// Regression: two tabs saving in the same moment; the second write replaced the first
/// tab's save, which never noticed (the copy had the revision it had saved).
#[test]
fn a_save_overwritten_by_another_tab_is_replayed() {
    let stored = with(plan(), &[add_wm("a", "Choir")]);
    let mut tab1 = Session::open(stored.clone(), true);
    let mut tab2 = Session::open(stored, true);
    tab1.change(add_wm("b", "From tab one"), stamp(20)).unwrap();
    tab2.change(add_wm("c", "From tab two"), stamp(21)).unwrap();
    tab2.saved(tab2.plan.revision);
    tab1.saved(tab1.plan.revision); // written over tab 2's copy, same revision
    tab2.overwritten(tab1.plan.clone());
    assert_eq!(texts(&tab2.plan), ["Choir", "From tab one", "From tab two"]);
    assert!(tab2.needs_save());
}

/// Regression: the same moment, but this tab typed again before it heard of the other
/// tab's save; that copy was passed over, and the next save wrote over it.
#[test]
fn a_copy_at_the_revision_this_tab_saved_is_taken_even_with_changes_since() {
    let stored = with(plan(), &[add_wm("a", "Choir")]);
    let mut tab1 = Session::open(stored.clone(), true);
    let mut tab2 = Session::open(stored, true);
    tab1.change(add_wm("b", "From tab one"), stamp(20)).unwrap();
    tab2.change(add_wm("c", "From tab two"), stamp(21)).unwrap();
    tab2.saved(tab2.plan.revision);
    tab1.saved(tab1.plan.revision); // written over tab 2's copy, same revision
    tab2.change(add_wm("d", "Typed since"), stamp(22)).unwrap();
    let r = tab2
        .take_newer(tab1.plan.clone())
        .expect("another tab's copy");
    assert!(r.dropped.is_empty());
    assert_eq!(
        texts(&tab2.plan),
        ["Choir", "From tab one", "From tab two", "Typed since"]
    );
    assert!(tab2.needs_save());
    let mut tab3 = Session::open(tab1.plan.clone(), true);
    assert_eq!(tab3.take_newer(tab1.plan.clone()), None, "nothing new");
    let later = with(tab1.plan.clone(), &[add_wm("e", "Later")]);
    tab2.take_newer(later);
    assert_eq!(texts(&tab2.plan).len(), 5, "a later copy is rebased on");
}

fn edit_wm(i: &str, text: &str) -> Change {
    Change::Edit(Item::WhatMatters(id(i), WhatMatters { text: text.into() }))
}

/// Regression: a tab kept its last save to replay after taking a later copy that held
/// it, so when two other tabs then wrote that copy's next revision in one moment, the
/// old save was replayed over the newer words (here as a false clash).
#[test]
fn a_save_already_in_a_later_copy_is_not_replayed_again() {
    let stored = with(plan(), &[add_wm("a", "Choir")]);
    let mut tab_a = Session::open(stored, true);
    tab_a.change(edit_wm("a", "Singing"), stamp(20)).unwrap();
    tab_a.saved(tab_a.plan.revision);
    let mut tab_b = Session::open(tab_a.plan.clone(), true);
    let mut tab_c = Session::open(tab_a.plan.clone(), true);
    tab_b.change(add_wm("b", "From B"), stamp(21)).unwrap();
    tab_c
        .change(edit_wm("a", "Singing on Tuesdays"), stamp(22))
        .unwrap();
    assert_eq!(tab_b.plan.revision, tab_c.plan.revision);
    tab_a.take_newer(tab_b.plan.clone());
    let r = tab_a
        .take_newer(tab_c.plan.clone())
        .expect("c wrote over b");
    assert_eq!(r, coplan::core::session::Rebased::default());
    assert_eq!(tab_a.plan, tab_c.plan);
    assert!(tab_a.plan.conflicts.is_empty());
}

/// Regression: two tabs saved in one moment, the other tab's save over this one's, and
/// it saved again before this tab heard: the later copy never had this tab's new entry,
/// which was lost. Entries a save added that a later copy lacks are added again.
#[test]
fn an_entry_added_by_a_save_another_tab_wrote_over_unseen_is_added_again() {
    let stored = with(plan(), &[add_wm("a", "Choir")]);
    let mut tab1 = Session::open(stored.clone(), true);
    let mut tab2 = Session::open(stored, true);
    tab1.change(add_wm("b", "From tab one"), stamp(20)).unwrap();
    tab1.saved(tab1.plan.revision);
    tab2.change(add_wm("c", "From tab two"), stamp(21)).unwrap();
    tab2.saved(tab2.plan.revision); // over tab one's save, at the same revision
    tab2.change(add_wm("d", "And again"), stamp(22)).unwrap();
    tab2.saved(tab2.plan.revision);
    let r = tab1.take_newer(tab2.plan.clone()).expect("a later copy");
    assert!(r.dropped.is_empty());
    assert_eq!(
        texts(&tab1.plan),
        ["Choir", "From tab two", "And again", "From tab one"]
    );
    assert!(tab1.needs_save());
}

/// Regression (issue 17): typing a goal's five levels left five identical history
/// lines; an editing of one entry is one line, each field still its own undo step.
#[test]
fn typing_into_several_fields_of_one_entry_is_one_line_of_history() {
    let mut g = goal("Walk");
    let mut s = Session::open(
        with(plan(), &[Change::Add(Item::Goal(id("g"), g.clone()))]),
        true,
    );
    let lines = s.plan.history.len();
    for (i, level) in ["Much less", "Less", "As expected"].iter().enumerate() {
        g.attainment_levels[i] = level.to_string();
        s.type_into(
            None,
            Change::Edit(Item::Goal(id("g"), g.clone())),
            stamp(20 + i as i64),
            &format!("level-{i}"),
        )
        .unwrap();
    }
    assert_eq!(s.plan.history.len(), lines + 1, "one line for the editing");
    assert!(s.undo(stamp(30)).unwrap());
    assert_eq!(
        s.plan.goals[0].body.attainment_levels[2], "",
        "the last field undone alone"
    );
    assert_eq!(s.plan.goals[0].body.attainment_levels[1], "Less");
    // Another entry typed into next gets its own line.
    s.change(add_wm("a", "Choir"), stamp(31)).unwrap();
    s.type_into(
        None,
        Change::Edit(Item::WhatMatters(
            id("a"),
            WhatMatters {
                text: "Choir!".into(),
            },
        )),
        stamp(32),
        "wm",
    )
    .unwrap();
    let last = &s.plan.history[s.plan.history.len() - 1];
    assert_eq!(
        (last.verb, last.entry.clone()),
        (Verb::Edited, Some(id("a")))
    );
}

/// Two writers in turn at one goal (Writing as changed between them, issue 19): each
/// keeps a line of history in their own name, even typing on in the same field.
#[test]
fn two_writers_typing_into_one_entry_each_keep_their_line() {
    let mut g = goal("Walk");
    let mut s = Session::open(
        with(plan(), &[Change::Add(Item::Goal(id("g"), g.clone()))]),
        true,
    );
    let lines = s.plan.history.len();
    let as_ = |who: &str, at: i64| Stamp {
        who: Some(id(who)),
        ..by(at, AuthorRole::Clinician)
    };
    for (i, (who, field, words)) in [
        ("gp", "why", "The knee"),
        ("gp", "concerns", "Hypos"),
        ("nurse", "concerns", "Hypos when walking"),
    ]
    .into_iter()
    .enumerate()
    {
        match field {
            "why" => g.clinician_view.why_it_matters = words.into(),
            _ => g.clinician_view.concerns = words.into(),
        }
        s.type_into(
            None,
            Change::Edit(Item::Goal(id("g"), g.clone())),
            as_(who, 40 + i as i64),
            field,
        )
        .unwrap();
    }
    let written: Vec<Option<Id>> = s.plan.history[lines..]
        .iter()
        .map(|h| h.stamp.who.clone())
        .collect();
    assert_eq!(written, [Some(id("gp")), Some(id("nurse"))]);
    assert_eq!(s.plan.goals[0].changed.who, Some(id("nurse")));
}
