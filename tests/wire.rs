//! The compact wire form for links and codes: every plan comes back equal, damage is
//! refused, and the figures for Maria's link and the reference consultation's hand-back
//! code do not grow (issue 18 asks for 2,000 characters and version 25: see the tests).

mod common;

use coplan::core::link::{self, Payload};
use coplan::core::merge::{arrival_versions, changes_since};
use coplan::core::*;

const ADDRESS: &str = "https://coplan.example.org/#/open/";

fn start() -> Stamp {
    Stamp::new(Timestamp(1_788_000_000_000), AuthorRole::Person)
}

fn maria() -> Plan {
    sample::maria(
        large_plan::seeded_ids(7),
        start(),
        CalendarDate::new(2026, 9, 1).unwrap(),
    )
    .unwrap()
}

/// The deflate the browser's CompressionStream('deflate-raw') does (zlib's default level).
fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, 6)
}

fn wire(plan: &Plan) -> Vec<u8> {
    saved::to_wire(plan)
}

fn back(bytes: &[u8]) -> Plan {
    saved::from_bytes(bytes).expect("a plan").plan
}

/// Maria's link was 4,115 characters in JSON; 3,580 in the wire form. The 2,000 the
/// issue asks for is below what her words and ids take: her plan's distinct words alone
/// deflate to 1,223 bytes (1,630 characters of link), and its 30 random ids and versions
/// are 700 more that no compression shortens. Her team of four (names, roles, surgeries,
/// numbers and hours), the physiotherapist's step, and the goal's view and review named
/// by who (4,283 in all) added 698 characters. The figure may only go down.
#[test]
fn marias_plan_comes_back_equal_and_its_link_does_not_grow() {
    let plan = maria();
    let bytes = wire(&plan);
    assert_eq!(back(&bytes), plan);
    let url = format!("{ADDRESS}{}", link::encode(&deflate(&bytes)));
    println!("Maria's link: {} characters", url.len());
    assert!(url.len() <= 4_300, "{} characters", url.len());
    let json = format!(
        "{ADDRESS}{}",
        link::encode(&deflate(saved::to_json(&plan).as_bytes()))
    );
    assert!(
        url.len() * 100 < json.len() * 90,
        "at least a tenth shorter than JSON"
    );
}

/// The clinic PC's plan after the reference consultation, and what it arrived as.
fn consultation() -> (Plan, Plan) {
    let home = maria();
    let clinic = sample::consultation(
        home.clone(),
        large_plan::seeded_ids(99),
        Stamp::new(Timestamp(1_790_000_000_000), AuthorRole::Clinician),
        CalendarDate::new(2026, 11, 2).unwrap(),
    )
    .unwrap();
    (home, clinic)
}

fn typed_characters(plan: &Plan, home: &Plan) -> usize {
    let mut plan = plan.clone();
    plan.history.clear();
    let now =
        serde_json::from_str::<serde_json::Value>(&coplan::core::json::to_string(&plan)).unwrap();
    let before =
        serde_json::from_str::<serde_json::Value>(&coplan::core::json::to_string(home)).unwrap();
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let (mut a, mut b) = (vec![], vec![]);
    strings(&now, &mut a);
    strings(&before, &mut b);
    a.iter()
        .filter(|s| !b.contains(s) && Id::parse(s).is_none() && s.contains(' '))
        .map(|s| s.chars().count())
        .sum()
}

/// The hand-back of a consultation of about 1,500 typed characters: version 33 at level
/// M (version 40 holds it with room to spare). Version 25 holds about 930 deflated
/// bytes after the address; the typed words alone deflate to 756, and the entries'
/// ids, versions and stamps to 620 more. An animated code carries it (`frames`).
#[test]
fn the_reference_consultation_hand_back_fits_one_code_of_version_33() {
    let (home, clinic) = consultation();
    let typed = typed_characters(&clinic, &home);
    assert!(
        (1_300..=1_800).contains(&typed),
        "about 1,500 typed: {typed}"
    );
    let hand_back = changes_since(&clinic, &arrival_versions(&home), &Default::default());
    let bytes = wire(&hand_back);
    assert_eq!(back(&bytes), hand_back, "the hand-back comes back equal");
    let packed = deflate(&bytes);
    let text = link::encode_for_qr(&Payload::Packed(packed.clone()));
    let code = coplan::core::qr::version_for(ADDRESS, &text);
    println!(
        "Reference consultation: {typed} characters typed; hand-back {} wire bytes, {} deflated, code version {} ({} characters)",
        bytes.len(),
        packed.len(),
        code.map_or(41, i16::from),
        ADDRESS.len() + text.len()
    );
    assert!(code.is_some_and(|v| v <= 33), "version {code:?}");
}

/// Every kind of plan comes back from the wire form equal: empty, the sample, a
/// consultation and its hand-back, and five-year plans of several sizes.
#[test]
fn any_plan_comes_back_equal() {
    let (home, clinic) = consultation();
    let hand_back = changes_since(&clinic, &arrival_versions(&home), &Default::default());
    let mut plans = vec![common::plan(), home, clinic, hand_back];
    for share in [0.02, 0.2, 1.0] {
        plans.push(large_plan::large_plan(share));
    }
    for plan in plans {
        let bytes = wire(&plan);
        assert_eq!(back(&bytes), plan, "{}", plan.name);
        let json = saved::to_json(&plan).len();
        println!("{}: JSON {json}, wire {}", plan.name, bytes.len());
        assert!(
            bytes.len() * 10 < json * 7,
            "{}: {} of {json}",
            plan.name,
            bytes.len()
        );
    }
}

/// Damaged bytes (cut, or changed anywhere) are refused or read as some valid plan,
/// never a panic.
#[test]
fn damaged_wire_bytes_never_panic() {
    let bytes = wire(&maria());
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for cut in (0..bytes.len()).step_by(7) {
        assert!(saved::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    for _ in 0..3_000 {
        let mut changed = bytes.clone();
        for _ in 0..=(next() % 3) {
            let at = (next() as usize) % changed.len();
            changed[at] = next() as u8;
        }
        let _ = saved::from_bytes(&changed);
    }
}

/// Decoding builds no more than a saved document may hold.
#[test]
fn decoding_stops_where_a_document_would() {
    assert_eq!(wire::MAX_OUTPUT, saved::MAX_DOCUMENT_BYTES);
}

/// Links made before the wire form (JSON inside, marked `p1.`) still open.
#[test]
fn older_links_with_json_inside_still_open() {
    let plan = maria();
    let json = saved::to_json(&plan);
    assert_eq!(saved::from_bytes(json.as_bytes()).unwrap().plan, plan);
    let old = link::encode(&deflate(json.as_bytes())).replacen("p2.", "p1.", 1);
    assert!(link::decode(&old).is_ok());
}
