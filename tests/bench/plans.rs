//! Prints a plan in CoPlan's saved form, for the benchmark (`tests/bench/measure.mjs`):
//! `cargo run --release --example bench-plans -- empty|sample|large [share]`.
//! Every plan is made by the core, from fixed seeds, so every run measures the same.

use coplan::core::Timestamp;
use coplan::core::{large_plan, new_plan, sample, saved, AuthorRole, CalendarDate, Id, Stamp};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stamp = Stamp {
        at: Timestamp(1_788_000_000_000),
        by: AuthorRole::Person,
    };
    let mut n = 0u8;
    let new_id = move || {
        n = n.wrapping_add(1);
        Id::from_random_bytes([n; 16])
    };
    let plan = match args.first().map(String::as_str) {
        Some("empty") => new_plan(Id::from_random_bytes([9; 16]), "An empty plan", stamp),
        Some("sample") => sample::maria(new_id, stamp, CalendarDate::new(2026, 9, 1).unwrap()),
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
        Ok(plan) => print!("{}", saved::to_json(&plan)),
        Err(e) => {
            eprintln!("{e:?}");
            std::process::exit(1);
        }
    }
}
