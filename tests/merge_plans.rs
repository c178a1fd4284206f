//! Host tests of bringing another copy of a plan in (a file, a link, a QR code): what is
//! taken, what is kept to choose, and properties over random edits on two copies.

mod common;
use common::*;
use coplan::core::merge::{choose_kept_version, merge_plans};
use coplan::core::saved;
use coplan::core::*;

fn edit_wm(i: &str, text: &str) -> Change {
    Change::Edit(Item::WhatMatters(id(i), WhatMatters { text: text.into() }))
}
fn remove_wm(i: &str) -> Change {
    Change::Remove {
        list: List::WhatMatters,
        id: id(i),
    }
}
fn on(plan: &Plan, changes: &[Change], at: i64, who: AuthorRole) -> Plan {
    changes.iter().fold(plan.clone(), |p, c| {
        apply(&p, c, by(at, who))
            .unwrap_or_else(|e| panic!("{c:?}: {e:?}"))
            .plan
    })
}
fn live_texts(p: &Plan) -> Vec<String> {
    texts(p)
}

fn base() -> Plan {
    with(plan(), &[add_wm("a", "Choir"), add_wm("b", "Lily")])
}

#[test]
fn entries_only_the_other_copy_has_or_changed_are_taken() {
    let home = base();
    let clinic = on(
        &home,
        &[add_wm("c", "Tom"), edit_wm("b", "Lily on Wednesdays")],
        100,
        AuthorRole::Clinician,
    );
    let (merged, counts) = merge_plans(&home, &clinic, stamp(200));
    assert_eq!((counts.added, counts.updated, counts.kept_both), (1, 1, 0));
    assert_eq!(live_texts(&merged), ["Choir", "Lily on Wednesdays", "Tom"]);
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.history.last().unwrap().verb, Verb::Merged);
    // This copy's own later edits are never taken back by an older copy.
    let newer_home = on(
        &merged,
        &[edit_wm("a", "Choir on Sundays")],
        300,
        AuthorRole::Person,
    );
    let (again, counts) = merge_plans(&newer_home, &clinic, stamp(400));
    assert!(counts.is_empty());
    assert_eq!(again, newer_home, "nothing new: nothing changes");
}

/// Journey 2: the clinic changed a goal's words while Maria changed the same at home.
#[test]
fn the_same_entry_changed_on_both_keeps_both_to_choose_and_nothing_is_lost() {
    let home0 = base();
    let clinic = on(
        &home0,
        &[edit_wm("a", "Choir, Sundays only")],
        100,
        AuthorRole::Clinician,
    );
    let home = on(
        &home0,
        &[edit_wm("a", "Choir and the concert")],
        50,
        AuthorRole::Person,
    );
    let (merged, counts) = merge_plans(&home, &clinic, stamp(200));
    assert_eq!(counts.kept_both, 1);
    assert_eq!(
        live_texts(&merged),
        ["Choir and the concert", "Lily"],
        "this device's words stay"
    );
    let kept = &merged.conflicts[0];
    assert_eq!(kept.kind, ConflictKind::EditedElsewhere);
    assert_eq!(
        kept.mine,
        Item::WhatMatters(
            id("a"),
            WhatMatters {
                text: "Choir, Sundays only".into()
            }
        )
    );
    // Merging the same copy again adds nothing more.
    let (twice, counts) = merge_plans(&merged, &clinic, stamp(300));
    assert!(counts.is_empty());
    assert_eq!(twice, merged);
    // She picks the clinic's words; a later merge either way agrees with no conflict.
    let chosen = on(
        &merged,
        &[choose_kept_version(&merged, List::WhatMatters, &id("a")).unwrap()],
        400,
        AuthorRole::Person,
    );
    assert_eq!(live_texts(&chosen), ["Choir, Sundays only", "Lily"]);
    let (back_at_clinic, counts) = merge_plans(&clinic, &chosen, stamp(500));
    assert_eq!(counts.kept_both, 0);
    assert_eq!(live_texts(&back_at_clinic), ["Choir, Sundays only", "Lily"]);
}

#[test]
fn a_removal_is_never_undone_by_itself() {
    let home0 = base();
    // Removed at the clinic, untouched at home: it stays removed after the merge.
    let clinic = on(&home0, &[remove_wm("b")], 100, AuthorRole::Clinician);
    let (merged, _) = merge_plans(&home0, &clinic, stamp(200));
    assert_eq!(live_texts(&merged), ["Choir"]);
    // Removed at home, and an older copy from before still has it: it stays removed.
    let home = on(&home0, &[remove_wm("a")], 100, AuthorRole::Person);
    let (merged, counts) = merge_plans(&home, &home0, stamp(200));
    assert!(counts.is_empty());
    assert_eq!(live_texts(&merged), ["Lily"]);
    // Removed at home while the clinic changed it: still removed, the words kept.
    let clinic = on(
        &home0,
        &[edit_wm("a", "Choir, Sundays only")],
        100,
        AuthorRole::Clinician,
    );
    let (merged, counts) = merge_plans(&home, &clinic, stamp(200));
    assert_eq!(counts.kept_both, 1);
    assert_eq!(live_texts(&merged), ["Lily"]);
    assert_eq!(merged.conflicts[0].kind, ConflictKind::RemovedHere);
    // Changed at home while the clinic removed it: the removal shows, the words kept.
    let home = on(
        &home0,
        &[edit_wm("a", "Choir and the concert")],
        100,
        AuthorRole::Person,
    );
    let clinic = on(&home0, &[remove_wm("a")], 100, AuthorRole::Clinician);
    let (merged, _) = merge_plans(&home, &clinic, stamp(200));
    assert_eq!(live_texts(&merged), ["Lily"]);
    assert_eq!(merged.conflicts[0].kind, ConflictKind::RemovedElsewhere);
    assert_eq!(
        merged.conflicts[0].mine,
        Item::WhatMatters(
            id("a"),
            WhatMatters {
                text: "Choir and the concert".into()
            }
        )
    );
    let back = on(
        &merged,
        &[choose_kept_version(&merged, List::WhatMatters, &id("a")).unwrap()],
        300,
        AuthorRole::Person,
    );
    assert_eq!(live_texts(&back), ["Choir and the concert", "Lily"]);
}

#[test]
fn history_keeps_both_sides_lines() {
    let home0 = base();
    let clinic = on(&home0, &[add_wm("c", "Tom")], 100, AuthorRole::Clinician);
    let home = on(&home0, &[add_wm("d", "Garden")], 90, AuthorRole::Person);
    let (merged, _) = merge_plans(&home, &clinic, stamp(200));
    let labels: Vec<_> = merged.history.iter().map(|h| h.label.as_str()).collect();
    assert!(
        labels.contains(&"Tom") && labels.contains(&"Garden"),
        "{labels:?}"
    );
    assert!(merged.revision > home.revision.max(clinic.revision));
}

// ---- properties over random edits on two copies ---------------------------------------

/// Applies a random edit (add, edit, remove, restore) as `who` at time `at`.
fn random_edit(p: &Plan, rng: &mut Rng, side: &str, step: usize, at: i64) -> Plan {
    let ids: Vec<(Id, bool)> = p
        .what_matters
        .iter()
        .map(|e| (e.id.clone(), e.is_live()))
        .collect();
    let change = match rng.below(5) {
        0 | 1 if !ids.is_empty() => {
            let (i, live) = &ids[rng.below(ids.len())];
            if *live {
                Change::Edit(Item::WhatMatters(
                    i.clone(),
                    WhatMatters {
                        text: format!("{side} edit {step}"),
                    },
                ))
            } else {
                Change::Restore {
                    list: List::WhatMatters,
                    id: i.clone(),
                }
            }
        }
        2 if !ids.is_empty() => {
            let (i, live) = &ids[rng.below(ids.len())];
            if *live {
                Change::Remove {
                    list: List::WhatMatters,
                    id: i.clone(),
                }
            } else {
                Change::Restore {
                    list: List::WhatMatters,
                    id: i.clone(),
                }
            }
        }
        _ => add_wm(&format!("{side}{step}"), &format!("{side} new {step}")),
    };
    match apply(p, &change, stamp(at)) {
        Ok(a) => a.plan,
        Err(_) => p.clone(),
    }
}

/// Every entry as (id, words, live), sorted: what a person would see, order aside.
fn contents(p: &Plan) -> Vec<(Id, String, bool)> {
    let mut v: Vec<_> = p
        .what_matters
        .iter()
        .map(|e| (e.id.clone(), e.body.text.clone(), e.is_live()))
        .collect();
    v.sort();
    v
}

fn shift_clock(p: &Plan, by_ms: i64) -> Plan {
    let mut p = p.clone();
    for e in &mut p.what_matters {
        e.created.at = Timestamp(e.created.at.0 + by_ms);
        e.changed.at = Timestamp(e.changed.at.0 + by_ms);
        if let Some(r) = &mut e.removed {
            r.at = Timestamp(r.at.0 + by_ms);
        }
    }
    for h in &mut p.history {
        h.stamp.at = Timestamp(h.stamp.at.0 + by_ms);
    }
    p
}

#[test]
fn merging_random_edits_on_two_copies_keeps_every_edit_and_no_removal_comes_back() {
    const DAY: i64 = 24 * 60 * 60 * 1000;
    for seed in 1..1000u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut start = base();
        for s in 0..rng.below(4) {
            start = random_edit(&start, &mut rng, "s", s, 10 + s as i64);
        }
        let (mut a, mut b) = (start.clone(), start.clone());
        for s in 0..1 + rng.below(6) {
            a = random_edit(&a, &mut rng, "a", s, 1000 + s as i64);
        }
        for s in 0..1 + rng.below(6) {
            b = random_edit(&b, &mut rng, "b", s, 1000 + s as i64);
        }
        let (ab, ab_counts) = merge_plans(&a, &b, stamp(5000));
        let (ba, _) = merge_plans(&b, &a, stamp(5000));

        // Idempotent.
        let (again, counts) = merge_plans(&ab, &b, stamp(6000));
        assert!(
            counts.is_empty(),
            "seed {seed}: merging again changed {counts:?}"
        );
        assert_eq!(again, ab, "seed {seed}");
        // Without conflicts, the same entries whichever way round.
        if ab_counts.kept_both == 0 {
            assert_eq!(contents(&ab), contents(&ba), "seed {seed}");
        }
        // Never loses a live edit: each side's words are in the plan or kept beside it.
        for side in [&a, &b] {
            for e in side.what_matters.iter().filter(|e| e.is_live()) {
                let in_plan = ab
                    .what_matters
                    .iter()
                    .any(|m| m.id == e.id && m.body == e.body && m.is_live());
                let kept = ab
                    .conflicts
                    .iter()
                    .any(|c| c.mine == Item::WhatMatters(e.id.clone(), e.body.clone()));
                let superseded = {
                    let other = if std::ptr::eq(side, &a) { &b } else { &a };
                    other.what_matters.iter().any(|o| {
                        o.id == e.id && o.has_seen(&e.version()) && o.version() != e.version()
                    })
                };
                assert!(
                    in_plan || kept || superseded,
                    "seed {seed}: lost {:?}",
                    e.body.text
                );
            }
        }
        // Never resurrects a removal the other side had not changed since.
        for (side, other) in [(&a, &b), (&b, &a)] {
            for e in side.what_matters.iter().filter(|e| !e.is_live()) {
                let untouched_elsewhere = other
                    .what_matters
                    .iter()
                    .all(|o| o.id != e.id || e.has_seen(&o.version()));
                if untouched_elsewhere {
                    let m = ab.what_matters.iter().find(|m| m.id == e.id).unwrap();
                    assert!(!m.is_live(), "seed {seed}: {:?} came back", e.body.text);
                }
            }
        }
        // The same decisions with either device's clock moved a day either way.
        for shift in [-DAY, DAY] {
            let (shifted, counts) = merge_plans(&a, &shift_clock(&b, shift), stamp(5000));
            assert_eq!(
                contents(&shifted),
                contents(&ab),
                "seed {seed}, clock {shift}"
            );
            assert_eq!(counts, ab_counts, "seed {seed}, clock {shift}");
        }
    }
}

/// A small QR code home: only what the clinic changed since the plan arrived there.
#[test]
fn only_the_changes_since_arrival_travel_and_merge_like_a_whole_copy() {
    use coplan::core::merge::{arrival_versions, changes_since};
    let home = with(base(), &[add_wm("c", "Tom"), add_wm("d", "Garden")]);
    let arrived = arrival_versions(&home);
    let clinic = on(
        &home,
        &[
            edit_wm("b", "Lily on"),
            edit_wm("b", "Lily on Wed"),
            edit_wm("b", "Lily on Wednesdays"),
            remove_wm("c"),
            add_wm("e", "Walking group"),
        ],
        100,
        AuthorRole::Clinician,
    );
    let changes = changes_since(&clinic, &arrived, &Default::default());
    assert!(changes.changes_only);
    let ids: Vec<_> = changes.what_matters.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["b", "c", "e"], "only what changed, removals included");
    // Each entry once, as it is now, with the version home has and the newest (none
    // typed in between), and no history line per change (issue 18's hand-back).
    let b = &changes.what_matters[0];
    assert_eq!(b.versions.len(), 2, "{:?}", b.versions);
    assert_eq!(Some(&b.versions[0]), arrived.get(&id("b")));
    let e = &changes.what_matters[2];
    assert_eq!(e.versions.len(), 1, "a new entry: its newest version only");
    assert!(changes.history.is_empty());
    assert!(saved::to_json(&changes).len() < saved::to_json(&clinic).len());
    let (merged, counts) = merge_plans(&home, &changes, stamp(200));
    assert_eq!(
        (
            counts.added,
            counts.updated,
            counts.removed,
            counts.kept_both
        ),
        (1, 1, 1, 0),
        "a removal is told as one, not as a change"
    );
    assert_eq!(counts.removed_labels, ["Tom"]);
    assert_eq!(
        live_texts(&merged),
        ["Choir", "Lily on Wednesdays", "Garden", "Walking group"]
    );
    assert!(!merged.changes_only, "the result is a whole plan");
    // Read back from its saved form, it is still marked as changes only.
    assert!(
        saved::from_json(&saved::to_json(&changes))
            .unwrap()
            .plan
            .changes_only
    );
}

/// The clinic changes an entry and sends something home — a hand-back, or the whole plan
/// as a file or link (`whole_first`) — then changes it again and hands back. The second
/// hand-back merges without a clash at a home that took the first and at one that did
/// not (regressions found in review: versions between were dropped from the second; a
/// whole copy was not counted as handed back).
fn second_hand_back_merges_cleanly(whole_first: bool) {
    use coplan::core::merge::{arrival_versions, changes_since, note_handed_back};
    let home = base();
    let arrived = arrival_versions(&home);
    let mut handed_back = Default::default();
    let clinic = on(
        &home,
        &[edit_wm("b", "Lily on Wed")],
        100,
        AuthorRole::Clinician,
    );
    let first = if whole_first {
        clinic.clone()
    } else {
        changes_since(&clinic, &arrived, &handed_back)
    };
    note_handed_back(&mut handed_back, &first);
    let (took_first, _) = merge_plans(&home, &first, stamp(150));
    let clinic = on(
        &clinic,
        &[edit_wm("b", "Lily on Wednesdays")],
        160,
        AuthorRole::Clinician,
    );
    let second = changes_since(&clinic, &arrived, &handed_back);
    for (home, which) in [
        (home, "never took the first"),
        (took_first, "took the first"),
    ] {
        let (merged, counts) = merge_plans(&home, &second, stamp(200));
        assert_eq!(
            (counts.updated, counts.kept_both),
            (1, 0),
            "{which}: {counts:?}"
        );
        assert!(live_texts(&merged).contains(&"Lily on Wednesdays".to_string()));
    }
}

#[test]
fn a_second_hand_back_after_the_first_merges_without_a_clash() {
    second_hand_back_merges_cleanly(false);
}

#[test]
fn a_whole_copy_sent_between_hand_backs_counts_as_handed_back() {
    second_hand_back_merges_cleanly(true);
}

#[test]
fn every_kept_version_can_be_settled_at_once_either_way() {
    use coplan::core::merge::choose_all;
    let home0 = base();
    let clinic = on(
        &home0,
        &[
            edit_wm("a", "Choir, Sundays"),
            edit_wm("b", "Lily, Wednesdays"),
        ],
        100,
        AuthorRole::Clinician,
    );
    let home = on(
        &home0,
        &[
            edit_wm("a", "Choir and concert"),
            edit_wm("b", "Lily after school"),
        ],
        50,
        AuthorRole::Person,
    );
    let (merged, counts) = merge_plans(&home, &clinic, stamp(200));
    assert_eq!(counts.kept_both, 2);
    // That copy taken to another device that has the home copy: the versions it is
    // still keeping to choose come with it, and its preview counts them.
    let (elsewhere, counts) = merge_plans(&home, &merged, stamp(250));
    assert_eq!(elsewhere.conflicts, merged.conflicts);
    assert_eq!((counts.updated, counts.kept_both), (0, 2));
    assert_eq!(counts.kept_labels.len(), 2);
    let theirs = on(
        &merged,
        &[choose_all(&merged, true).unwrap()],
        300,
        AuthorRole::Person,
    );
    assert_eq!(live_texts(&theirs), ["Choir, Sundays", "Lily, Wednesdays"]);
    assert!(theirs.conflicts.is_empty());
    let mine = on(
        &merged,
        &[choose_all(&merged, false).unwrap()],
        300,
        AuthorRole::Person,
    );
    assert_eq!(
        live_texts(&mine),
        ["Choir and concert", "Lily after school"]
    );
    assert!(mine.conflicts.is_empty());
    assert!(choose_all(&mine, true).is_none(), "nothing left to settle");
}

/// Regression: a second hand-back of one visit, for an entry the first had already
/// clashed on, was dropped: only the first hand-back's words were offered to choose.
#[test]
fn a_second_hand_back_offers_its_newer_words_to_choose() {
    let home0 = base();
    let clinic1 = on(
        &home0,
        &[edit_wm("a", "Clinic v1")],
        100,
        AuthorRole::Clinician,
    );
    let home = on(
        &home0,
        &[edit_wm("a", "Home words")],
        50,
        AuthorRole::Person,
    );
    let (merged, _) = merge_plans(&home, &clinic1, stamp(200));
    let clinic2 = on(
        &clinic1,
        &[edit_wm("a", "Clinic v2, final")],
        150,
        AuthorRole::Clinician,
    );
    let (merged, counts) = merge_plans(&merged, &clinic2, stamp(300));
    assert_eq!(counts.kept_both, 1);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(
        live_texts(&merged),
        ["Home words", "Lily"],
        "this copy's stay"
    );
    let chosen = apply(
        &merged,
        &choose_kept_version(&merged, List::WhatMatters, &id("a")).unwrap(),
        stamp(400),
    )
    .unwrap()
    .plan;
    assert_eq!(live_texts(&chosen), ["Clinic v2, final", "Lily"]);
    // A clash kept from someone else (another tab's words) is not replaced by it.
    let mut other = merged.clone();
    other.conflicts[0].stamp.by = AuthorRole::Person;
    other.conflicts[0].mine = Item::WhatMatters(
        id("a"),
        WhatMatters {
            text: "Tab words".into(),
        },
    );
    let clinic3 = on(
        &clinic2,
        &[edit_wm("a", "Clinic v3")],
        160,
        AuthorRole::Clinician,
    );
    let (kept, _) = merge_plans(&other, &clinic3, stamp(500));
    assert_eq!(kept.conflicts, other.conflicts);
}

/// Regression: a rename on the other copy was dropped, though its history line came in.
#[test]
fn the_plan_is_called_what_it_was_last_renamed_to_on_either_copy() {
    let home = base();
    let rename = |name: &str| Change::RenamePlan { name: name.into() };
    let clinic = on(&home, &[rename("Maria Garcia")], 100, AuthorRole::Clinician);
    let (merged, counts) = merge_plans(&home, &clinic, stamp(200));
    assert_eq!(merged.name, "Maria Garcia");
    assert_eq!(counts.updated, 1);
    // Renamed on both: the later name, whichever copy comes into which.
    let home2 = on(&home, &[rename("Maria G")], 150, AuthorRole::Person);
    assert_eq!(merge_plans(&home2, &clinic, stamp(200)).0.name, "Maria G");
    assert_eq!(merge_plans(&clinic, &home2, stamp(200)).0.name, "Maria G");
    // Not renamed on the other copy: this copy's name stays.
    let (back, _) = merge_plans(&home2, &home, stamp(300));
    assert_eq!(back.name, "Maria G");
}

/// Regression: the person sent their plan again mid-consultation; once it was brought in,
/// the clinic's own edit, not yet handed back, counted as something the phone had, and
/// never travelled back in "only the changes".
#[test]
fn the_clinics_edit_still_travels_back_after_the_plan_arrives_again() {
    use coplan::core::merge::{arrival_after, arrival_versions, changes_since};
    let phone = base();
    let arrived = arrival_after(None, None, arrival_versions(&phone));
    let clinic = on(
        &phone,
        &[edit_wm("a", "Choir, Sundays only")],
        100,
        AuthorRole::Clinician,
    );
    let phone2 = on(
        &phone,
        &[edit_wm("b", "Lily on Wednesdays")],
        120,
        AuthorRole::Person,
    );
    let (clinic, _) = merge_plans(&clinic, &phone2, stamp(150));
    let arrived = arrival_after(Some(arrived), Some(&clinic), arrival_versions(&phone2));
    let back = changes_since(&clinic, &arrived, &Default::default());
    let ids: Vec<_> = back.what_matters.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["a"],
        "the clinic's edit, not the phone's own words back"
    );
    let (home, _) = merge_plans(&phone2, &back, stamp(200));
    assert_eq!(
        live_texts(&home),
        ["Choir, Sundays only", "Lily on Wednesdays"]
    );
}
