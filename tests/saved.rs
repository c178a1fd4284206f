//! Host tests of the saved form: round trips, migrations of real old documents, and
//! every way a document can be unreadable.

mod common;
use common::*;
use coplan::core::saved::{self, ReadError, MAX_DOCUMENT_BYTES, SCHEMA_VERSION};
use coplan::core::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_plan_survives_a_round_trip() {
    let p = with(
        plan(),
        &[
            add_wm("a", "Choir"),
            Change::Add(Item::Goal(id("g"), goal("Walk"))),
            Change::SetGoalAgreement {
                goal: id("g"),
                agreement: Agreement::AgreedToDiffer {
                    difference: "Tablets".into(),
                },
            },
            Change::Remove {
                list: List::WhatMatters,
                id: id("a"),
            },
        ],
    );
    let json = saved::to_json(&p);
    assert!(json.contains(&format!("\"schema_version\":{SCHEMA_VERSION}")));
    let loaded = saved::from_json(&json).unwrap();
    assert_eq!(loaded.plan, p);
    assert_eq!(loaded.from_version, SCHEMA_VERSION);
    assert_eq!(
        saved::from_json(&saved::to_pretty_json(&p)).unwrap().plan,
        p
    );
}

#[test]
fn the_current_version_fixture_loads() {
    let loaded = saved::from_json(&fixture("plan-v2.json")).unwrap();
    assert_eq!(loaded.from_version, 2);
    assert_eq!(loaded.plan.name, "Maria");
    assert_eq!(
        texts(&loaded.plan),
        ["Looking after Tom at home", "Singing in the church choir"]
    );
}

#[test]
fn a_version_1_document_migrates_forward() {
    let loaded = saved::from_json(&fixture("plan-v1.json")).unwrap();
    assert_eq!(loaded.from_version, 1);
    let p = loaded.plan;
    assert_eq!(p.name, "Maria");
    assert_eq!(p.id.as_str(), "3f9c2a41-7d0e-4b8a-9c51-2e6f0d4b7a19");
    assert_eq!(
        texts(&p),
        [
            "Looking after Tom at home",
            "Walking my granddaughter Lily to school on Wednesdays",
            "Singing in the church choir"
        ]
    );
    assert_eq!(p.what_matters[0].created.by, AuthorRole::Person);
    assert_eq!(p.what_matters[0].created.at, Timestamp(1_767_225_600_000));
    // Every device that migrates the same file mints the same ids.
    assert_eq!(saved::from_json(&fixture("plan-v1.json")).unwrap().plan, p);
    // And the migrated plan can be edited and saved in the current form.
    let edited = apply(&p, &add_wm("new", "Grandchildren"), stamp(5))
        .unwrap()
        .plan;
    assert_eq!(
        saved::from_json(&saved::to_json(&edited)).unwrap().plan,
        edited
    );
}

#[test]
fn a_document_from_a_newer_version_is_refused_but_can_be_shown() {
    let raw = fixture("plan-newer.json");
    assert_eq!(
        saved::from_json(&raw).unwrap_err(),
        ReadError::Newer { version: 99 }
    );
    let shown = saved::read_newer(&raw).expect("known fields are readable");
    assert_eq!(shown.name, "Sam");
    assert_eq!(texts(&shown), ["Five-a-side on Thursdays"]);
}

/// A document of this version is read in one pass; one whose plan has this version's
/// shape but whose version is not this one is still refused or migrated, never read
/// as if it were this version's.
#[test]
fn only_a_document_of_this_version_is_read_in_one_pass() {
    let sample = maria_sample();
    let raw = saved::to_json(&sample);
    let loaded = saved::from_json(&raw).expect("this version reads");
    assert_eq!(loaded.from_version, SCHEMA_VERSION);
    assert_eq!(loaded.plan, sample);
    let this = format!("\"schema_version\":{SCHEMA_VERSION}");
    let newer = raw.replacen(
        &this,
        &format!("\"schema_version\":{}", SCHEMA_VERSION + 1),
        1,
    );
    assert_ne!(newer, raw);
    assert_eq!(
        saved::from_json(&newer).unwrap_err(),
        ReadError::Newer {
            version: SCHEMA_VERSION + 1
        }
    );
    let unversioned = raw.replacen(&format!("{this},"), "", 1);
    assert_ne!(unversioned, raw);
    assert_eq!(
        saved::from_json(&unversioned).unwrap_err(),
        ReadError::NotAPlan
    );
    // A list holding a version and a plan is not a saved plan, whatever serde would take.
    let plan_json = coplan::core::json::to_string(&sample);
    let listed = format!("[{SCHEMA_VERSION},{plan_json}]");
    assert_eq!(saved::from_json(&listed).unwrap_err(), ReadError::NotAPlan);
    // Said twice, the version is not this document's to guess: the careful way refuses it.
    let twice = raw.replacen(&this, &format!("{this},{this}"), 1);
    assert!(saved::from_json(&twice).is_err());
}

#[test]
fn unreadable_documents_say_why() {
    assert_eq!(
        saved::from_json("{\"schema_version\":2,\"plan\":{\"na").unwrap_err(),
        ReadError::NotJson
    );
    assert_eq!(saved::from_json("").unwrap_err(), ReadError::NotJson);
    assert_eq!(
        saved::from_json("[1,2,3]").unwrap_err(),
        ReadError::NotAPlan
    );
    assert_eq!(
        saved::from_json("{\"name\":\"x\"}").unwrap_err(),
        ReadError::NotAPlan
    );
    assert_eq!(
        saved::from_json("{\"schema_version\":\"2\"}").unwrap_err(),
        ReadError::NotAPlan
    );
    assert_eq!(
        saved::from_json("{\"schema_version\":0}").unwrap_err(),
        ReadError::NotAPlan
    );
    assert!(matches!(
        saved::from_json("{\"schema_version\":2,\"plan\":{\"name\":5}}").unwrap_err(),
        ReadError::Damaged { .. }
    ));
    assert!(matches!(
        saved::from_json("{\"schema_version\":1,\"id\":\"x y\"}").unwrap_err(),
        ReadError::Damaged { .. }
    ));
    assert!(matches!(
        saved::from_json("{\"schema_version\":1,\"id\":\"ok\",\"what_matters\":[3]}").unwrap_err(),
        ReadError::Damaged { .. }
    ));
    let huge = format!(
        "{{\"schema_version\":2,\"pad\":\"{}\"}}",
        "x".repeat(MAX_DOCUMENT_BYTES)
    );
    assert!(matches!(
        saved::from_json(&huge).unwrap_err(),
        ReadError::TooLarge { .. }
    ));
}

#[test]
fn hostile_text_is_kept_as_text() {
    let p = with(plan(), &[add_wm("a", "<img src=x onerror=alert(1)>")]);
    let back = saved::from_json(&saved::to_json(&p)).unwrap().plan;
    assert_eq!(texts(&back), ["<img src=x onerror=alert(1)>"]);
}

#[test]
fn ids_from_a_document_are_checked() {
    let raw = fixture("plan-v2.json").replacen("\"id\": \"wm-1\"", "\"id\": \"../../etc\"", 1);
    assert!(matches!(
        saved::from_json(&raw).unwrap_err(),
        ReadError::Damaged { .. }
    ));
}

#[test]
fn a_file_already_on_the_device_is_added_as_a_copy_and_keeps_its_contents() {
    let p = with(plan(), &[add_wm("a", "Choir")]);
    let copy = saved::as_copy(p.clone(), id("new"), "copy");
    assert_eq!(copy.id, id("new"));
    assert_eq!(copy.name, "Maria (copy)");
    assert_eq!(copy.what_matters, p.what_matters);
    assert_eq!(copy.history, p.history);
}

#[test]
fn a_sealed_file_is_recognised_and_its_bytes_read_back() {
    let raw = saved::to_sealed_json(&[9, 8, 7, 255]);
    assert_eq!(saved::read_sealed(&raw), Some(Ok(vec![9, 8, 7, 255])));
    assert_eq!(
        saved::read_sealed(&saved::to_json(&plan())),
        None,
        "a plain plan is not sealed"
    );
    let garbled = raw.replace("\"data\":\"", "\"data\":\"<>");
    assert!(matches!(
        saved::read_sealed(&garbled),
        Some(Err(ReadError::Damaged { .. }))
    ));
    assert!(
        saved::from_json(&raw).is_err(),
        "never read as a plain plan"
    );
    // A later way of sealing is named by its number, as a newer plain document is.
    let later = raw.replace("\"version\":1", "\"version\":2");
    assert_ne!(later, raw);
    assert_eq!(
        saved::read_sealed(&later),
        Some(Err(ReadError::Newer { version: 2 }))
    );
    let unnumbered = raw.replace("\"version\":1", "\"version\":\"one\"");
    assert!(matches!(
        saved::read_sealed(&unnumbered),
        Some(Err(ReadError::Damaged { .. }))
    ));
}

#[test]
fn a_version_3_document_with_check_ins_as_a_list_reads_whole() {
    let loaded = saved::from_json(&fixture("plan-v3.json")).unwrap();
    assert_eq!(loaded.from_version, 3);
    let c = &loaded.plan.check_ins[0].body;
    assert_eq!(c.note, "I had miscounted");
    assert_eq!(
        c.goal_levels,
        [(id("g1"), AttainmentLevel::new(0).unwrap())]
    );
    assert_eq!(
        c.action_outcomes,
        [
            (id("a1"), ActionOutcome::Partly),
            (id("a2"), ActionOutcome::NotThisTime)
        ]
    );
    assert_eq!(
        c.action_notes,
        [(id("a1"), "Forgot once on Sunday".to_string())]
    );
    assert_eq!(c.action_confidence, [(id("a1"), 8), (id("a2"), 5)]);
    assert_eq!(c.able_now, [(id("cap1"), 6)]);
    assert_eq!(c.together_with, Some(AuthorRole::Clinician));
    assert_eq!(c.earlier[0].note, "A good week, windy on Friday");
    assert_eq!(
        c.earlier[0].action_outcomes[1],
        (id("a2"), ActionOutcome::Skipped)
    );
    // Saved again in the numbered form, it reads back the same, version digests and all.
    let json = saved::to_json(&loaded.plan);
    assert!(
        json.contains("\"refs\":[\"g1\",\"a1\",\"a2\",\"cap1\",\"g2\"]"),
        "{json}"
    );
    let again = saved::from_json(&json).unwrap().plan;
    assert_eq!(again, loaded.plan);
    assert_eq!(
        again.check_ins[0].version(),
        loaded.plan.check_ins[0].version()
    );
}

/// A level outside −2..=2 in an older file's list of check-ins is damage, refused kindly:
/// Progress looks a goal's descriptions up by it, and a 9 once stopped the app there.
#[test]
fn a_level_outside_the_scale_in_listed_check_ins_is_refused() {
    let v3 = fixture("plan-v3.json");
    let at = v3.find("\"goal_levels\"").unwrap();
    let level = at + v3[at..].find("0\n").unwrap();
    for damaged in ["9", "-3", "127"] {
        let text = format!("{}{damaged}{}", &v3[..level], &v3[level + 1..]);
        assert!(
            matches!(saved::from_json(&text), Err(ReadError::Damaged { .. })),
            "{damaged}"
        );
    }
    let text = format!("{}-2{}", &v3[..level], &v3[level + 1..]);
    assert!(saved::from_json(&text).is_ok());
}

#[test]
fn damaged_numbered_check_ins_are_refused_not_guessed() {
    let p = saved::from_json(&fixture("plan-v3.json")).unwrap().plan;
    let json = saved::to_json(&p);
    let good = "\"levels\":[0,0]";
    assert!(json.contains(good), "{json}");
    for (bad, why) in [
        ("\"levels\":[9,0]", "an answer about nothing"),
        ("\"levels\":[0]", "an answer without its value"),
        ("\"levels\":[0,3]", "a level out of range"),
        ("\"levels\":[-1,0]", "a negative place"),
        ("\"levels\":[0,\"0\"]", "a word among the numbers"),
        ("\"levels\":[0,0.5]", "a fraction"),
        ("\"levels\":[4294967296,0]", "a place past any list"),
        ("\"levels\":{\"0\":0}", "not a list"),
        ("\"levels\":[0,[0]]", "a list inside"),
    ] {
        let damaged = json.replacen(good, bad, 1);
        assert!(
            matches!(saved::from_json(&damaged), Err(ReadError::Damaged { .. })),
            "{why}"
        );
    }
    // Rows are read into one kept list: one refused mid-way leaves nothing behind it.
    assert!(saved::from_json(&json.replacen(good, "\"levels\":[0,0,1,\"x\"]", 1)).is_err());
    assert_eq!(saved::from_json(&json).unwrap().plan, p);
    // History rows point into their own list of ids.
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(
        doc["plan"]["history"]["lines"][0].is_array(),
        "history as rows"
    );
    doc["plan"]["history"]["refs"] = serde_json::json!([]);
    assert!(
        matches!(
            saved::from_json(&doc.to_string()),
            Err(ReadError::Damaged { .. })
        ),
        "a line about nothing"
    );
    let outcome = json.replacen("\"outcomes\":[1,1", "\"outcomes\":[1,7", 1);
    assert_ne!(outcome, json);
    assert!(matches!(
        saved::from_json(&outcome),
        Err(ReadError::Damaged { .. })
    ));
}

/// The stored form holds nothing above U+00FF (the browser then keeps it one byte a
/// character), and reads back as the very same plan: curly quotes, dashes, emoji (a
/// surrogate pair) and Latin-1 letters, at many places in the eight-byte words the
/// search reads.
#[test]
fn the_stored_form_is_one_byte_a_character_and_reads_back_whole() {
    for n in [0, 1, 20, 62, 63, 64, 65, 127, 200] {
        let words = format!("{}don’t — café 👍 ∑", "a".repeat(n));
        let p = with(
            plan(),
            &[add_wm("a", &words), add_wm("b", "Señora Ruiz’s garden")],
        );
        let stored = saved::to_stored_json(&p);
        assert!(stored.chars().all(|c| c as u32 <= 0xFF), "{stored}");
        assert!(stored.contains("don\\u2019t \\u2014 café \\ud83d\\udc4d \\u2211"));
        assert_eq!(
            saved::from_json(&stored).unwrap().plan,
            p,
            "after {n} letters"
        );
        assert_eq!(saved::summary(&stored).unwrap().name, p.name);
    }
    // Plain ASCII and Latin-1 are written as they are.
    let plain = with(plan(), &[add_wm("a", "Señora Ruiz, café")]);
    assert_eq!(saved::to_stored_json(&plain), saved::to_json(&plain));
}

/// A stored plan downloaded as a file reads as a person wrote it: its wide characters'
/// escapes are characters again, giving exactly what `to_json` wrote; what a person
/// typed that looks like an escape, and control characters' escapes, stay; text that is
/// not JSON is given back byte for byte.
#[test]
fn a_stored_plan_downloaded_reads_as_it_was_written() {
    let words = "don’t — café 👍 ∑ and a typed \\u2019, a tab\t, a bell \u{7}";
    let p = with(
        plan(),
        &[add_wm("a", words), add_wm("b", "Señora Ruiz’s garden")],
    );
    let stored = saved::to_stored_json(&p);
    assert!(stored.contains("\\u2019t"), "escaped when stored: {stored}");
    let readable = saved::readable_json(&stored);
    assert_eq!(readable, saved::to_json(&p));
    assert!(
        readable.contains("don’t — café 👍 ∑ and a typed \\\\u2019"),
        "{readable}"
    );
    assert!(
        readable.contains("\\u0007"),
        "a control character stays escaped: {readable}"
    );
    assert_eq!(saved::from_json(&readable).unwrap().plan, p);
    // A lone surrogate's escape (valid JSON, though no plan writes one) stays as it is.
    let lone = r#"{"a":"\ud83d x \udc4d"}"#;
    assert_eq!(saved::readable_json(lone), lone);
    // Damaged text, or text with nothing escaped, is given back exactly.
    let damaged = format!("{}\\u2019", &stored[..stored.len() / 2]);
    assert_eq!(saved::readable_json(&damaged), damaged);
    assert_eq!(saved::readable_json("{\"a\":\"café\"}"), "{\"a\":\"café\"}");
}

/// Every kind of character, at every place in the eight-byte words the search reads:
/// what is beyond Latin-1 is escaped, the rest is left as it is, and JSON reads back the
/// very same text.
#[test]
fn escaping_finds_every_wide_character_wherever_it_falls() {
    let kinds = [
        '\u{7f}',
        '\u{80}',
        'é',
        '\u{ff}',
        '\u{100}',
        '\u{7ff}',
        '\u{800}',
        '’',
        '\u{fffd}',
        '👍',
        '\u{10ffff}',
    ];
    for pad in 0..17 {
        for (i, c) in kinds.iter().enumerate() {
            let text = format!("{}{c}{}{}", "a".repeat(pad), "b".repeat(i), "c".repeat(60));
            let json = serde_json::to_string(&text).unwrap();
            let out = saved::one_byte_text(json.clone());
            assert_eq!(
                serde_json::from_str::<String>(&out).unwrap(),
                text,
                "{pad} {c:?}"
            );
            if u32::from(*c) > 0xFF {
                assert!(out.chars().all(|c| u32::from(c) <= 0xFF), "{out}");
            } else {
                assert_eq!(out, json, "left as it is");
            }
        }
    }
}

/// A plan written mostly in a script beyond Latin-1 would grow past two bytes a
/// character with escapes, so it is stored as it is; and the rule, exactly at its edge.
#[test]
fn text_mostly_beyond_latin_1_is_stored_as_it_is() {
    let words = "Περπάτημα στον κήπο με τη Λίλι. ".repeat(10);
    let greek = with(plan(), &[add_wm("a", &words), add_wm("b", &words)]);
    assert_eq!(saved::to_stored_json(&greek), saved::to_json(&greek));
    // 1 wide character in 5 (quotes counted): escaped, 10 one-byte characters against
    // 10 bytes as two-byte text, so it stays; 1 in 6 is escaped (11 against 12).
    assert_eq!(saved::one_byte_text("\"’ab\"".into()), "\"’ab\"");
    assert_eq!(saved::one_byte_text("\"’abc\"".into()), "\"\\u2019abc\"");
}

/// The storage budget: a plan with five years in it fits in a fifth of the ~5 MB a
/// browser keeps for a site, so a clinic PC or a carer's phone holds several.
#[test]
fn a_plan_with_five_years_in_it_is_stored_in_under_a_megabyte() {
    let large = large_plan::large_plan(1.0);
    assert_eq!(large.check_ins.len(), 260);
    assert_eq!(large.check_ins[0].body.action_outcomes.len(), 90);
    assert_eq!(large.history.len(), HISTORY_LIMIT);
    let json = saved::to_stored_json(&large);
    assert!(json.len() <= 1_000_000, "{} bytes stored", json.len());
    assert!(
        json.chars().all(|c| c as u32 <= 0xFF),
        "one byte a character"
    );
    assert_eq!(saved::from_json(&json).unwrap().plan, large);
}

#[test]
fn the_plans_list_reads_a_summary_of_each_version() {
    let p = saved::from_json(&fixture("plan-v3.json")).unwrap().plan;
    let expected = saved::Summary {
        id: p.id.clone(),
        name: "Maria".into(),
        changed: p.changed.clone(),
        is_sample: false,
        newer: false,
    };
    assert_eq!(
        saved::summary(&fixture("plan-v3.json")),
        Ok(expected.clone())
    );
    assert_eq!(saved::summary(&saved::to_json(&p)), Ok(expected));
    let newer = saved::summary(&fixture("plan-newer.json")).unwrap();
    assert!(newer.newer, "listed as from a newer CoPlan");
    assert_eq!(newer.name, "Sam");
    // A newer CoPlan that changed a list's shape: still listed by name, read-only.
    let reshaped = fixture("plan-newer.json").replacen(
        "\"what_matters\": [",
        "\"what_matters\": {\"pages\": 2}, \"was\": [",
        1,
    );
    assert!(saved::read_newer(&reshaped).is_none(), "{reshaped}");
    let listed = saved::summary(&reshaped).unwrap();
    assert!(listed.newer && listed.name == "Sam", "{listed:?}");
    // Not even its name reads: refused as newer, never as damaged (which is moved aside).
    assert_eq!(
        saved::summary("{\"schema_version\":99,\"plan\":{\"title\":\"Sam\"}}"),
        Err(ReadError::Newer { version: 99 })
    );
    assert_eq!(
        saved::summary("{\"schema_version\":4,\"plan\":{\"na"),
        Err(ReadError::NotJson)
    );
    assert!(matches!(
        saved::summary("{\"schema_version\":4,\"plan\":{\"id\":\"p\",\"name\":5}}"),
        Err(ReadError::Damaged { .. })
    ));
}

/// The same plan, with none of its lists shared with `plan` (each copied whole), so
/// writing it serialises every list afresh: the memo has never seen them.
fn unshared(plan: &Plan) -> Plan {
    fn copy<T: Clone>(list: &Shared<T>) -> Shared<T> {
        Shared::new((**list).clone())
    }
    let mut p = plan.clone();
    macro_rules! copied {
        ($($list:ident),*) => { $(p.$list = copy(&plan.$list);)* };
    }
    copied!(what_matters, capabilities, goals, actions, supporters, team);
    copied!(helps_and_hindrances, community_supports, safety_net, visits);
    copied!(agenda_items, check_ins, history);
    p
}

/// One thing done to the plan between two saves.
type Step<'a> = Box<dyn Fn(&mut Session) + 'a>;

#[test]
fn lists_unchanged_since_the_last_save_are_written_exactly_as_serialising_writes_them() {
    let mut session = Session::open(large_plan::large_plan(0.2), true);
    let goal = session.plan.goals[0].clone();
    // Typing into the goal's wording: `more` after what it said at first.
    let typed = move |s: &mut Session, at: i64, more: &str| {
        let base = Item::Goal(goal.id.clone(), s.plan.goals[0].body.clone());
        let mut body = s.plan.goals[0].body.clone();
        body.wording = format!("{}{more}", goal.body.wording);
        let edit = Change::Edit(Item::Goal(goal.id.clone(), body));
        s.type_into(Some(&base), edit, stamp(at), "wording")
            .unwrap();
    };
    let check_in = session.plan.check_ins[0].id.clone();
    let steps: Vec<Step> = vec![
        Box::new(|s| typed(s, 1, " a")),
        Box::new(|s| typed(s, 2, " ab")),
        Box::new(|s| {
            s.change(add_wm("new", "Singing with Lily"), stamp(3))
                .unwrap()
        }),
        Box::new(move |s| {
            let remove = Change::Remove {
                list: List::CheckIns,
                id: check_in.clone(),
            };
            s.change(remove, stamp(4)).unwrap()
        }),
        Box::new(|s| assert!(s.undo(stamp(5)).unwrap())),
        // Changed in place, not through a change: the saved list must not be reused.
        Box::new(|s| s.plan.check_ins[1].body.note = "Changed in place".into()),
    ];
    for step in steps {
        let before = saved::to_json(&session.plan);
        step(&mut session);
        let reused = lists_reused();
        let written = saved::to_json(&session.plan);
        assert!(
            lists_reused() > reused,
            "unchanged lists are written from the memo"
        );
        assert_ne!(written, before, "each step changes the plan");
        assert_eq!(saved::from_json(&written).unwrap().plan, session.plan);
        assert_eq!(written, saved::to_json(&unshared(&session.plan)));
    }
    assert!(saved::to_json(&session.plan).contains("Changed in place"));
}

#[test]
fn a_list_changed_in_one_version_of_a_plan_is_not_changed_in_another() {
    let first = maria_sample();
    let mut second = first.clone();
    assert!(
        first.goals.same(&second.goals),
        "versions share what neither changed"
    );
    second.goals[0].body.wording = "Walk to the allotment".into();
    assert!(!first.goals.same(&second.goals));
    assert_ne!(first.goals[0].body.wording, second.goals[0].body.wording);
    assert!(first.check_ins.same(&second.check_ins));
    assert_ne!(first, second);
    assert_eq!(
        first,
        unshared(&first),
        "equal is by contents, not by sharing"
    );
}

/// Our JSON writer writes what serde_json wrote, to the byte: every entry's versions are
/// digests of its text, so a difference would make every device see every entry as
/// changed. Checked on every entry and history line of Maria's plan and of a five-year
/// plan, and on the whole document read back as a tree.
#[test]
fn every_entry_is_written_as_serde_json_wrote_it() {
    fn same<T: serde::Serialize>(list: &[Entry<T>]) -> usize {
        for entry in list {
            assert_eq!(
                json::to_string(entry),
                serde_json::to_string(entry).unwrap()
            );
            assert_eq!(
                json::to_string(&entry.body),
                serde_json::to_string(&entry.body).unwrap()
            );
        }
        list.len()
    }
    let mut n = 0u8;
    let maria = sample::maria(
        || {
            n = n.wrapping_add(1);
            Id::from_random_bytes([n; 16])
        },
        stamp(1_795_543_200_000),
        CalendarDate::parse("2026-12-02").unwrap(),
    )
    .unwrap();
    for plan in [maria, coplan::core::large_plan::large_plan(1.0)] {
        let written = same(&plan.what_matters)
            + same(&plan.capabilities)
            + same(&plan.goals)
            + same(&plan.actions)
            + same(&plan.supporters)
            + same(&plan.team)
            + same(&plan.helps_and_hindrances)
            + same(&plan.community_supports)
            + same(&plan.safety_net)
            + same(&plan.visits)
            + same(&plan.agenda_items)
            + same(&plan.check_ins);
        assert!(written > 20, "{written}");
        for line in plan.history.iter() {
            assert_eq!(json::to_string(line), serde_json::to_string(line).unwrap());
        }
        // An enum tagged by its variant: a kept version's entry, a topic's reason.
        let goal = &plan.goals[0];
        let tagged = (
            Item::Goal(goal.id.clone(), goal.body.clone()),
            Because::ReviewDue(goal.id.clone()),
        );
        assert_eq!(
            json::to_string(&tagged),
            serde_json::to_string(&tagged).unwrap()
        );
        // The whole document as a tree (keys in order of their names), compact and pretty.
        let tree: serde_json::Value = serde_json::from_str(&saved::to_json(&plan)).unwrap();
        assert_eq!(
            json::to_string(&tree),
            serde_json::to_string(&tree).unwrap()
        );
        assert_eq!(
            saved::to_pretty_json(&plan),
            serde_json::to_string_pretty(&tree).unwrap()
        );
    }
}
