//! The message catalogue: complete in every language, plain and kind in English.

use coplan::core::change::{ChangeError, Field, List};
use coplan::core::saved::ReadError;
use coplan::core::{
    ActionOutcome, AuthorRole, Because, CalendarDate, Effect, EndKind, FactorKind, Id, Involvement,
    LifeArea, Verb,
};
use coplan::text::{Language, Text, EN};

/// Words whose values depend on arguments, called with typical values.
fn sample_words(t: &Text) -> Vec<String> {
    let date = CalendarDate::parse("2027-03-03").unwrap();
    let id = Id::parse("x").unwrap();
    let mut out = vec![
        (t.open_plan)("Maria"),
        (t.rename_label)("Maria"),
        (t.delete_body)("Maria"),
        (t.last_changed)(&date),
        (t.unreadable_item)("it is cut short"),
        (t.kept_changes_item)("Maria"),
        (t.remove_if_then_n)(1),
        (t.and_more)(3),
        (t.changed_by_on)("The clinician", "3 March 2027"),
        (t.copied_on)("3 March 2027"),
        (t.link_failed)("it was cut short or changed on the way"),
        (t.link_long)(2400),
        (t.arrival_plan)("Maria"),
        (t.arrival_changed)("3 March 2027", "The clinician"),
        (t.arrival_counts)(1, 2, 3),
        (t.arrival_counts)(2, 1, 1),
        (t.arrival_merge)(1, 2, 1, 1),
        (t.arrival_merge)(3, 0, 2, 0),
        (t.remove_measure_n)(2),
        (t.edit_named)("Choir"),
        (t.remove_named)("Choir"),
        (t.move_up_named)("Choir"),
        (t.move_down_named)("Choir"),
        (t.chars_left)(20),
        (t.other_tab_dropped)(1),
        (t.other_tab_dropped)(3),
        (t.progress_summary)(2, 5),
        (t.import_failed)("it is cut short"),
        (t.entries_count)(0),
        (t.entries_count)(1),
        (t.entries_count)(4),
        (t.add_named)("What are my options?"),
        (t.affects_areas)("Moving about"),
        (t.fill_in_area)("Moving about"),
        (t.next_step)("My life areas"),
        (t.now_and_wished)(Some(4), None),
        (t.out_of_ten)(4),
        (t.printed_on)("3 March 2027"),
        (t.rating_option)(0),
        (t.rating_option)(10),
        (t.visit_line)(Some("3 March 2027"), "Practice nurse"),
        (t.visit_line)(None, ""),
        (t.removed_notice)("Choir"),
        (t.format_date)(&date),
    ];
    for e in [
        ReadError::TooLarge { bytes: 9_000_000 },
        ReadError::NotJson,
        ReadError::NotAPlan,
        ReadError::Newer { version: 9 },
        ReadError::Damaged {
            detail: String::new(),
        },
    ] {
        out.push((t.read_error)(&e));
    }
    for e in [
        ChangeError::Empty {
            field: Field::WhatMatters,
        },
        ChangeError::TooLong {
            field: Field::Goal,
            max: 1000,
        },
        ChangeError::OutOfRange {
            field: Field::Confidence,
            min: 0,
            max: 10,
        },
        ChangeError::UnknownEntry {
            list: List::Goals,
            id: id.clone(),
        },
        ChangeError::Removed {
            list: List::Goals,
            id: id.clone(),
        },
        ChangeError::DuplicateId {
            list: List::Goals,
            id: id.clone(),
        },
        ChangeError::NotRemoved {
            list: List::Goals,
            id: id.clone(),
        },
        ChangeError::MissingLink {
            field: Field::LinkedEntry,
            list: List::Goals,
            id: id.clone(),
        },
        ChangeError::Unchanged,
    ] {
        out.push((t.change_error)(&e));
    }
    for area in LifeArea::ALL {
        out.push((t.life_area_name)(area).to_string());
        out.push((t.life_area_hint)(area).to_string());
    }
    for k in [
        FactorKind::Personal,
        FactorKind::Social,
        FactorKind::Environmental,
    ] {
        out.push((t.factor_kind)(k).to_string());
        out.push((t.factor_kind_long)(k).to_string());
    }
    for e in [Effect::Helps, Effect::GetsInTheWay] {
        out.push((t.effect_name)(e).to_string());
    }
    for i in [
        Involvement::KeptInformed,
        Involvement::Consulted,
        Involvement::SharesTasks,
        Involvement::PlansJointly,
    ] {
        out.push((t.involvement_name)(i).to_string());
    }
    let f = t.follow;
    out.extend([
        (f.level_question)("Walk to the shops"),
        (f.level_option)("+1 More than expected", "Walks there and back"),
        (f.outcome_question)("Walk after lunch"),
        (f.able_now_label)("Moving about"),
        (f.saved_for)("3 March 2027"),
        (f.too_early)("3 March 2027"),
        (f.check_in_line)("3 March 2027", 1, 2),
        (f.edit_check_in)("3 March 2027"),
        (f.earlier_version)("3 March 2027"),
        (f.score_summary)("55.0", "3 March 2027", 2),
        (f.goal_chart_title)("Walk to the shops"),
        (f.goal_summary)(3, "0 As expected"),
        (f.action_chart_title)("Walk after lunch"),
        (f.action_summary)(2, 3, 1),
        (f.weight_label)("Walk to the shops"),
        (f.due_line)("3 March 2027", 0),
        (f.due_line)("3 March 2027", 5),
        (f.due_line)("3 March 2027", -3),
        (f.celebrate)("Walk to the shops"),
        (f.replaces_line)("Walk to the shops"),
        (f.history_goal_option)("Walk to the shops", true),
        (f.suggestions_count)(3),
        (f.showing_recent)(26),
    ]);
    let c = t.copies;
    out.extend([
        (c.include_name)("Maria"),
        (c.copy_for_button)("Ana"),
        (c.copy_intro)("Ana"),
        (c.copy_can_write)("Ana"),
        (c.copy_link_heading)("Ana"),
        (c.stop_sharing)("Ana"),
        (c.stop_heading)("Ana"),
        (c.copy_title)("Maria"),
        (c.copy_for_line)("Ana", "3 March 2027"),
        (c.left_out_line)("Steps", 2),
        (c.withdrawn)("Maria"),
        (c.send_back_heading)("Maria"),
        (c.send_back_body)("Maria"),
        (c.arrival_copy_new)("Ana", "3 March 2027"),
        (c.arrival_withdrawn)("Maria"),
        (c.arrival_notes)("Ana"),
        (c.refer_button)("Walking group"),
        (c.refer_link_heading)("Walking group"),
        (c.referral_title)("Maria", "Walking group"),
        (c.answer_link_heading)("Maria"),
        (c.answer_link_body)("Maria"),
        (c.arrival_answer)("Walking group", "Going"),
        (c.answer_line)("Walking group", "3 March 2027", "Going"),
        (c.their_words)("I like it"),
        (c.for_clinician)("Try the longer route"),
        (c.stopped_because)("Moved away"),
    ]);
    for o in ActionOutcome::ALL {
        out.push((f.outcome_name)(o).to_string());
    }
    for how in [EndKind::Achieved, EndKind::LetGo, EndKind::Adjusted] {
        out.push((f.ended_line)(how, "3 March 2027"));
    }
    for b in [
        Because::ReviewDue(id.clone()),
        Because::BelowExpected(id.clone()),
        Because::NotRatedLately(id.clone()),
        Because::NotThisTimeAgain(id.clone()),
        Because::LowConfidence(id.clone()),
        Because::FromCheckIn(id.clone()),
        Because::ReferralNews(id.clone()),
    ] {
        out.push((f.because)(&b).to_string());
    }
    for who in [
        None,
        Some(AuthorRole::Clinician),
        Some(AuthorRole::Supporter),
    ] {
        out.push((f.who_option)(who).to_string());
    }
    for by in AuthorRole::ALL
        .into_iter()
        .chain([AuthorRole::CommunityWorker])
    {
        out.push((t.author)(by).to_string());
        out.push((t.author_in_sentence)(by).to_string());
        for verb in [
            Verb::Created,
            Verb::Renamed,
            Verb::Added,
            Verb::Edited,
            Verb::Removed,
            Verb::Restored,
            Verb::Moved,
            Verb::Agreement,
        ] {
            out.push((t.history_line)(
                (t.author)(by),
                verb,
                Some(List::WhatMatters),
                "Choir",
            ));
        }
    }
    out
}

#[test]
fn every_language_has_every_string() {
    for lang in Language::ALL {
        let t = lang.text();
        for (key, value) in t.all_strings() {
            assert!(!value.trim().is_empty(), "{lang:?}: {key} is empty");
        }
        for value in sample_words(t) {
            assert!(
                !value.trim().is_empty(),
                "{lang:?}: a worded message is empty"
            );
        }
    }
}

#[test]
fn translations_are_not_left_in_english() {
    // Names that are the same in every language ("No" in English and Spanish).
    const SAME_EVERYWHERE: [&str; 2] = ["app_name", "no"];
    for lang in Language::ALL
        .into_iter()
        .filter(|l| *l != Language::English)
    {
        let t = lang.text();
        let untranslated: Vec<&str> = EN
            .all_strings()
            .into_iter()
            .zip(t.all_strings())
            .filter(|((key, en), (_, other))| en == other && !SAME_EVERYWHERE.contains(key))
            .map(|((key, _), _)| key)
            .collect();
        assert!(
            untranslated.is_empty(),
            "{lang:?} still in English: {untranslated:?}"
        );
        let en_words = sample_words(&EN);
        let same = sample_words(t)
            .iter()
            .zip(&en_words)
            .filter(|(a, b)| a == b)
            .count();
        assert!(
            same <= 1,
            "{lang:?}: {same} worded messages are the same as in English"
        );
    }
}

#[test]
fn every_language_names_itself_and_round_trips_its_code() {
    for lang in Language::ALL {
        assert_eq!(Language::from_code(lang.code()), Some(lang));
        assert!(!lang.own_name().is_empty());
    }
}

/// Words a person must meet in CoPlan that no plainer word replaces; each is explained
/// in the in-app glossary ("Words we use") or is a name.
const UNAVOIDABLE: [&str; 8] = [
    "coplan",
    "capability",
    "capabilities",
    "attainment",
    "clinician",
    "supporter",
    "check-ins",
    "read-only",
];

/// Judgemental or clinical words we do not use with people.
const UNKIND: [&str; 9] = [
    "fail",
    "non-compliant",
    "compliance",
    "adherence",
    "invalid",
    "illegal",
    "fatal",
    "corrupt",
    "error",
];

fn syllables(word: &str) -> usize {
    let w: String = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for c in w.chars() {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    if w.ends_with('e') && !w.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

fn sentences(text: &str) -> Vec<String> {
    text.split(['.', '?', '!', ':', ';'])
        .map(|s| s.trim().to_string())
        .filter(|s| s.split_whitespace().count() > 0)
        .collect()
}

/// Flesch–Kincaid grade level over all the catalogue's sentences together.
fn grade(texts: &[String]) -> f64 {
    let (mut words, mut sylls, mut sents) = (0usize, 0usize, 0usize);
    for s in texts.iter().flat_map(|t| sentences(t)) {
        let ws: Vec<&str> = s
            .split_whitespace()
            .filter(|w| {
                !UNAVOIDABLE.contains(
                    &w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                        .to_lowercase()
                        .as_str(),
                )
            })
            .collect();
        if ws.is_empty() {
            continue;
        }
        sents += 1;
        words += ws.len();
        sylls += ws.iter().map(|w| syllables(w)).sum::<usize>();
    }
    0.39 * words as f64 / sents as f64 + 11.8 * sylls as f64 / words as f64 - 15.59
}

fn english_texts() -> Vec<String> {
    let mut all: Vec<String> = EN
        .all_strings()
        .into_iter()
        .filter(|(k, _)| *k != "lang")
        .map(|(_, v)| v.to_string())
        .collect();
    all.extend(sample_words(&EN));
    all
}

#[test]
fn english_reads_at_grade_8_or_below() {
    let all = english_texts();
    let g = grade(&all);
    // Short labels ("Save") pull the grade down; judge the prose on its own too.
    let prose: Vec<String> = all
        .into_iter()
        .filter(|t| t.split_whitespace().count() >= 8)
        .collect();
    let p = grade(&prose);
    println!(
        "Flesch–Kincaid grade: whole catalogue {g:.1}, prose only ({} texts) {p:.1}",
        prose.len()
    );
    assert!(g <= 8.0, "whole catalogue: grade {g:.1} is above 8");
    assert!(p <= 8.0, "prose: grade {p:.1} is above 8");
}

#[test]
fn the_readability_measure_can_tell_hard_from_plain() {
    let plain = grade(&["You can skip any part. Your words are saved as you go.".to_string()]);
    let hard = grade(&["Notwithstanding multidimensional considerations, individualised therapeutic optimisation necessitates comprehensive interdisciplinary deliberation.".to_string()]);
    assert!(plain < 5.0, "{plain}");
    assert!(hard > 12.0, "{hard}");
}

#[test]
fn no_string_uses_unkind_or_judgemental_words() {
    for text in english_texts() {
        let lower = text.to_lowercase();
        for word in UNKIND {
            assert!(!lower.contains(word), "\"{text}\" uses \"{word}\"");
        }
    }
}

#[test]
fn dates_are_written_for_each_language() {
    let d = CalendarDate::parse("2027-03-03").unwrap();
    assert_eq!((Language::English.text().format_date)(&d), "3 March 2027");
    assert_eq!(
        (Language::Spanish.text().format_date)(&d),
        "3 de marzo de 2027"
    );
}

#[test]
fn drawings_write_coordinates_to_a_tenth_as_format_would() {
    for v in [
        0.0, 0.04, -0.04, 0.05, 1.0, -1.0, 12.34, -12.36, 99.95, -265.0, 1e-9,
    ] {
        let expected = format!("{v:.1}");
        // `{:.1}` keeps the sign of a value that rounds to zero; a drawing need not.
        let expected = if expected == "-0.0" {
            "0.0".to_string()
        } else {
            expected
        };
        assert_eq!(coplan::text::tenths(v), expected, "{v}");
    }
    // Halfway between two tenths (as a decimal), away from zero; `{:.1}` goes by the
    // binary value, which may sit just below. Either is a right tenth to draw or show.
    for (v, shown) in [
        (0.15, "0.2"),
        (52.25, "52.3"),
        (-0.25, "-0.3"),
        (235.35, "235.4"),
    ] {
        assert_eq!(coplan::text::tenths(v), shown, "{v}");
    }
}

#[test]
fn a_writer_inside_a_sentence_is_lowered_only_when_a_role_and_a_name_never() {
    for language in Language::ALL {
        let t = language.text();
        for by in AuthorRole::ALL
            .into_iter()
            .chain([AuthorRole::CommunityWorker])
        {
            let (start, inside) = ((t.author)(by), (t.author_in_sentence)(by));
            assert_eq!(start.to_lowercase(), inside, "{language:?} {by:?}");
        }
        for sentence in [
            (t.changed_by_on)("Dr Okafor (GP)", "3 March 2027"),
            (t.arrival_changed)("3 March 2027", "Dr Okafor (GP)"),
            (t.proposed_by)("Dr Okafor (GP)"),
        ] {
            assert!(sentence.contains("Dr Okafor (GP)"), "{sentence}");
        }
    }
}

/// The team screen capitalises a role's name for a list of choices by its first byte
/// (no Unicode case tables in the download), which is right only for an ASCII letter.
#[test]
fn every_team_role_name_starts_with_an_ascii_letter() {
    for language in Language::ALL {
        for role in coplan::core::TeamRole::ALL {
            let name = (language.text().team.role_name)(role);
            assert!(
                name.starts_with(|c: char| c.is_ascii_alphabetic()),
                "{language:?}: {name}"
            );
        }
    }
}

#[test]
fn counts_have_their_thousands_apart_as_each_language_writes_them() {
    use coplan::text::grouped;
    assert_eq!(grouped(999, ',', 1000), "999");
    assert_eq!(grouped(1000, ',', 1000), "1,000");
    assert_eq!(grouped(199_000, ',', 1000), "199,000");
    assert_eq!(grouped(1_234_567, ',', 1000), "1,234,567");
    assert_eq!(grouped(2400, '\u{202F}', 10_000), "2400");
    assert_eq!(grouped(19_000, '\u{202F}', 10_000), "19\u{202F}000");
    let es = Language::Spanish.text();
    assert_eq!((es.chars_over)(199_000), "Sobran 199\u{202F}000 caracteres");
    assert_eq!((EN.chars_over)(199_000), "199,000 characters too many");
    assert_eq!((EN.chars_left)(12), "12 characters left");
}

/// A score reads as the language writes numbers (regression: Spanish showed "52.3").
#[test]
fn a_score_is_written_with_the_languages_decimal_mark() {
    assert_eq!((EN.follow.score)(52.34), "52.3");
    assert_eq!((Language::Spanish.text().follow.score)(52.34), "52,3");
    assert_eq!((Language::Spanish.text().follow.score)(-3.05), "-3,1");
}
