//! Prints a plan in CoPlan's saved form as the app stores it, for the benchmark
//! (`tests/bench/measure.mjs`): `cargo run --release --example bench-plans -- empty|sample|large [share]`, or with
//! `travel`, the figures of how plans cross a room (links, codes, moving codes) as JSON.
//! Every plan is made by the core, from fixed seeds, so every run measures the same.

use coplan::core::Timestamp;
use coplan::core::{frames, link, merge, qr};
use coplan::core::{large_plan, new_plan, sample, saved, AuthorRole, CalendarDate, Id, Stamp};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stamp = Stamp::new(Timestamp(1_788_000_000_000), AuthorRole::Person);
    let mut n = 0u8;
    let new_id = move || {
        n = n.wrapping_add(1);
        Id::from_random_bytes([n; 16])
    };
    let plan = match args.first().map(String::as_str) {
        Some("empty") => new_plan(Id::from_random_bytes([9; 16]), "An empty plan", stamp),
        Some("sample") => sample::maria(new_id, stamp, CalendarDate::new(2026, 9, 1).unwrap()),
        Some("travel") => {
            print!("{}", travel());
            return;
        }
        Some("large") => {
            let share = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1.0);
            Ok(large_plan::large_plan(share))
        }
        _ => {
            eprintln!("usage: bench-plans empty|sample|large [share]");
            std::process::exit(2);
        }
    };
    match plan {
        Ok(plan) => print!("{}", saved::to_stored_json(&plan)),
        Err(e) => {
            eprintln!("{e:?}");
            std::process::exit(1);
        }
    }
}

/// Deflated as the browser's CompressionStream('deflate-raw') does (zlib's default level).
fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, 6)
}

/// What a plan costs as a link and as codes: characters, the version of one code (at
/// level M, `null` beyond 40), and the parts of a moving code (`null`: a file's work).
fn as_carried(plan: &coplan::core::Plan) -> String {
    const ADDRESS: &str = "https://coplan.example.org/#/open/";
    let packed = deflate(&saved::to_wire(plan));
    let link = ADDRESS.len() + link::encode(&packed).len();
    let qr_text = link::encode_for_qr(&link::Payload::Packed(packed.clone()));
    let version = qr::version_for(ADDRESS, &qr_text);
    let parts = frames::Frames::new(&packed, false)
        .ok()
        .map(|f| f.fragments());
    format!(
        r#"{{"jsonBytes":{},"wireBytes":{},"packedBytes":{},"link":{link},"codeVersion":{},"codeCharacters":{},"movingParts":{}}}"#,
        saved::to_json(plan).len(),
        saved::to_wire(plan).len(),
        packed.len(),
        version.map_or("null".into(), |v| v.to_string()),
        ADDRESS.len() + qr_text.len(),
        parts.map_or("null".into(), |p| p.to_string()),
    )
}

fn travel() -> String {
    let start = Stamp::new(Timestamp(1_788_000_000_000), AuthorRole::Person);
    let maria = sample::maria(
        large_plan::seeded_ids(7),
        start,
        CalendarDate::new(2026, 9, 1).unwrap(),
    )
    .expect("the sample");
    let clinic = sample::consultation(
        maria.clone(),
        large_plan::seeded_ids(99),
        Stamp::new(Timestamp(1_790_000_000_000), AuthorRole::Clinician),
        CalendarDate::new(2026, 11, 2).unwrap(),
    )
    .expect("the consultation");
    let hand_back = merge::changes_since(
        &clinic,
        &merge::arrival_versions(&maria),
        &Default::default(),
    );
    format!(
        r#"{{"maria":{},"consultationHandBack":{},"fiveYears":{}}}"#,
        as_carried(&maria),
        as_carried(&hand_back),
        as_carried(&large_plan::large_plan(1.0)),
    )
}
