//! Every reader of outside input (a file, a stored copy, a link) is thrown random bytes and
//! random mutations of a real export: it must never panic, and what it accepts must be a
//! plan that saves and reads back the same.

mod common;
use common::*;
use coplan::core::merge::merge_plans;
use coplan::core::{link, sample, saved, Id};

fn export() -> String {
    let mut n = 0u8;
    let plan = sample::maria(
        || {
            n = n.wrapping_add(1);
            Id::from_random_bytes([n; 16])
        },
        stamp(1_795_543_200_000),
        coplan::core::CalendarDate::parse("2026-12-02").unwrap(),
    )
    .unwrap();
    saved::to_json(&plan)
}

#[test]
fn random_bytes_and_mutated_exports_never_panic_a_reader() {
    let good = export();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for round in 0..3000 {
        let mut bytes = good.clone().into_bytes();
        match round % 4 {
            0 => bytes = (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
            1 => {
                for _ in 0..1 + rng.below(8) {
                    let at = rng.below(bytes.len());
                    bytes[at] = rng.next() as u8;
                }
            }
            2 => bytes.truncate(rng.below(bytes.len())),
            _ => {
                let at = rng.below(bytes.len());
                let end = (at + rng.below(200)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                let to = rng.below(bytes.len());
                bytes.splice(to..to, copy);
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(loaded) = saved::from_json(&text) {
            let again = saved::from_json(&saved::to_json(&loaded.plan))
                .expect("what is accepted saves and reads back");
            assert_eq!(again.plan, loaded.plan, "round {round}");
            // And merging it into a plan never panics either.
            let _ = merge_plans(&loaded.plan, &loaded.plan, stamp(1));
        }
        let _ = link::decode(&text);
        let _ = link::decode(&format!("{}{}", link::PREFIX, text));
    }
}

#[test]
fn deeply_nested_or_huge_input_is_refused_kindly() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(saved::from_json(&deep).is_err());
    let huge = format!(
        "{{\"schema_version\":2,\"plan\":\"{}\"}}",
        "x".repeat(saved::MAX_DOCUMENT_BYTES)
    );
    assert!(matches!(
        saved::from_json(&huge),
        Err(saved::ReadError::TooLarge { .. })
    ));
    let html = export().replace(
        "Singing in the church choir",
        "<img src=x onerror=alert(1)>",
    );
    let loaded = saved::from_json(&html).unwrap();
    assert!(
        texts(&loaded.plan).contains(&"<img src=x onerror=alert(1)>".to_string()),
        "kept as text"
    );
}

#[test]
fn references_that_point_nowhere_are_read_and_merged_without_harm() {
    let good = export();
    let mut doc: serde_json::Value = serde_json::from_str(&good).unwrap();
    // A step whose goal, and whose supporter, are not in the plan.
    let action = &mut doc["plan"]["actions"][0]["body"];
    action["goal"] = serde_json::json!("no-such-goal");
    action["responsible"] = serde_json::json!({ "kind": "supporter", "id": "no-such-person" });
    let loaded = saved::from_json(&doc.to_string()).unwrap().plan;
    let a = &loaded.actions[0].body;
    assert_eq!(
        coplan::core::together::responsible_name(&loaded, &a.responsible),
        None
    );
    let (merged, _) = merge_plans(&loaded, &loaded, stamp(1));
    assert_eq!(merged, loaded);
}

/// An item (an entry with its id, as kept in a version to choose) reads back as written,
/// for every kind of entry, and only in that one shape.
#[test]
fn every_kind_of_item_reads_back_as_it_was_written() {
    use coplan::core::change::item_of;
    use coplan::core::{Item, List};
    let sample = saved::from_json(&export()).unwrap().plan;
    let five_years = coplan::core::large_plan::large_plan(0.05);
    let lists = [
        List::WhatMatters,
        List::Capabilities,
        List::Goals,
        List::Actions,
        List::Supporters,
        List::HelpsAndHindrances,
        List::CommunitySupports,
        List::SafetyNet,
        List::Visits,
        List::AgendaItems,
        List::CheckIns,
        List::Team,
    ];
    for list in lists {
        let plan = if plan_entry_id(&sample, list).is_some() {
            &sample
        } else {
            &five_years
        };
        let entry = plan_entry_id(plan, list).unwrap_or_else(|| panic!("{list:?} in a plan"));
        let (item, _) = item_of(plan, list, &entry).unwrap();
        let text = coplan::core::json::to_string(&item);
        assert_eq!(
            coplan::core::json::from_str::<Item>(&text).unwrap(),
            item,
            "{text}"
        );
        let two = format!("{}, \"goal\": 1}}", &text[..text.len() - 1]);
        assert!(coplan::core::json::from_str::<Item>(&two).is_err(), "{two}");
    }
    for damaged in [
        r#"{}"#,
        r#"{"someday": ["x", {}]}"#,
        r#""goal""#,
        r#"{"goal": ["x"]}"#,
    ] {
        assert!(
            coplan::core::json::from_str::<Item>(damaged).is_err(),
            "{damaged}"
        );
    }
}

/// The first entry of `list` in `plan`.
fn plan_entry_id(plan: &coplan::core::Plan, list: coplan::core::List) -> Option<Id> {
    use coplan::core::List::*;
    Some(match list {
        WhatMatters => plan.what_matters.first()?.id.clone(),
        Capabilities => plan.capabilities.first()?.id.clone(),
        Goals => plan.goals.first()?.id.clone(),
        Actions => plan.actions.first()?.id.clone(),
        Supporters => plan.supporters.first()?.id.clone(),
        HelpsAndHindrances => plan.helps_and_hindrances.first()?.id.clone(),
        CommunitySupports => plan.community_supports.first()?.id.clone(),
        SafetyNet => plan.safety_net.first()?.id.clone(),
        Visits => plan.visits.first()?.id.clone(),
        AgendaItems => plan.agenda_items.first()?.id.clone(),
        CheckIns => plan.check_ins.first()?.id.clone(),
        Team => plan.team.first()?.id.clone(),
    })
}
