//! Every word a person reads, in one catalogue per language, so wording can be reviewed
//! and translated without hunting through components. A language is one `Text` value;
//! a missing string is a compile error, not a blank on screen.

mod en;
mod es;

use crate::core::change::{ChangeError, Field, List};
use crate::core::plan::{
    AuthorRole, Effect, FactorKind, Involvement, LifeArea, Priority, ReferralStatus, Verb, Zone,
};
use crate::core::saved::ReadError;
use crate::core::time::CalendarDate;

pub use en::EN;
pub use es::ES;

/// Where the Spanish words are. On the host and in tests, here. In the app built in
/// parts (`app::parts`), only its Spanish part refers to them ([`spanish::words`]), so
/// they and their functions leave the first screen's module: a person reading English
/// never downloads them.
pub mod spanish {
    use super::Text;

    #[cfg(not(feature = "parts"))]
    pub fn here() -> Option<&'static Text> {
        Some(&super::ES)
    }

    #[cfg(feature = "parts")]
    static ARRIVED: std::sync::OnceLock<&'static Text> = std::sync::OnceLock::new();

    #[cfg(feature = "parts")]
    pub fn here() -> Option<&'static Text> {
        ARRIVED.get().copied()
    }

    /// The words themselves: called only by the Spanish part's split point.
    #[cfg(feature = "parts")]
    pub fn words() -> &'static Text {
        &super::ES
    }

    /// The Spanish part has arrived with its words.
    #[cfg(feature = "parts")]
    pub fn arrived(words: &'static Text) {
        let _ = ARRIVED.set(words);
    }
}

/// The languages CoPlan speaks. Adding one: a file like `es.rs`, a variant here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en-GB")]
    English,
    #[serde(rename = "es")]
    Spanish,
}

/// Read by its saved name, as serde's `rename`s above write it.
impl crate::core::json::FromJson for Language {
    fn read(r: &mut crate::core::json::Reader) -> crate::core::json::JsonResult<Self> {
        r.name(&["en-GB", "es"])
            .map(|at| [Language::English, Language::Spanish][at])
    }
}

impl Text {
    /// Every fixed string, the follow-through screens' included.
    pub fn all_strings(&self) -> Vec<(&'static str, &'static str)> {
        let mut out = self.strings();
        out.extend(self.follow.strings());
        out.extend(self.copies.strings());
        out.extend(self.team.strings());
        out
    }
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// The language's words. Spanish in the app built in parts comes as a part of its
    /// own, fetched when first chosen ([`spanish`]); until it is here, English.
    pub fn text(self) -> &'static Text {
        match self {
            Language::English => &EN,
            Language::Spanish => spanish::here().unwrap_or(&EN),
        }
    }

    /// Whether this language's words are here to read.
    pub fn words_here(self) -> bool {
        self == Language::English || spanish::here().is_some()
    }

    /// The language's own name, so a person can find theirs whatever is on screen.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en-GB",
            Language::Spanish => "es",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Declares the catalogue: fixed strings, lists of strings, and words that depend on
/// values. `strings()` lists every fixed string by name, for review and for tests.
/// Only what is there, said as a list: "adds 2 new entries and updates 1". Each part is
/// `(count, what it says for that count)`; parts counting 0 are left out.
pub(crate) fn only_what_is_there<const N: usize>(
    parts: [(usize, String); N],
    and: &str,
    nothing: &str,
) -> String {
    let said: Vec<String> = parts
        .into_iter()
        .filter(|(k, _)| *k > 0)
        .map(|(_, words)| words)
        .collect();
    match said.as_slice() {
        [] => nothing.to_string(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

macro_rules! catalogue {
    (
        $name:ident;
        strings { $($s:ident,)* }
        lists { $($l:ident: $n:literal,)* }
        words { $($f:ident: $t:ty,)* }
    ) => {
        /// A language's catalogue.
        pub struct $name {
            $(pub $s: &'static str,)*
            $(pub $l: [&'static str; $n],)*
            $(pub $f: $t,)*
        }

        impl $name {
            pub fn strings(&self) -> Vec<(&'static str, &'static str)> {
                #[allow(unused_mut)] // a catalogue may have no lists
                let mut out = vec![$((stringify!($s), self.$s),)*];
                $(out.extend(self.$l.iter().map(|s| (stringify!($l), *s)));)*
                out
            }
        }
    };
}

pub mod copies;
pub mod follow;
pub mod sample;
pub mod team;
pub use copies::CopyText;
pub use follow::FollowText;
pub use team::TeamText;

catalogue! {
    Text;
    strings {
        import_heading,
        import_label,
        import_hint,
        import_unreadable,
        imported,
        imported_copy,
        copy_word,
        short_of_time,
        go_to_agenda,
        change_author,
        action_goal_label,
        action_what_hint,
        action_what_label,
        actions_empty,
        actions_intro,
        actions_title,
        add_action,
        add_goal,
        add_if_then,
        add_measure,
        add_support,
        agenda_panel_empty,
        agenda_panel_heading,
        agreed_goals_empty,
        agreed_goals_heading,
        agreed_title,
        agreement_agreed,
        agreement_discussed,
        agreement_label,
        agreement_proposed,
        aside_label,
        baseline_badge,
        baseline_label,
        clinician_view,
        community_empty,
        community_intro,
        community_title,
        concerns_label,
        confidence_hint,
        confidence_label,
        contact_label,
        differ_label,
        discussed_label,
        expected_label,
        forget_body,
        forget_button,
        forget_heading,
        forget_title,
        forgotten,
        gas_caption,
        gas_heading,
        gas_hint,
        goal_capability_label,
        goal_wording_hint,
        goal_wording_label,
        goals_empty,
        goals_heading,
        goals_intro,
        goals_title,
        how_it_went_label,
        how_much_label,
        how_often_label,
        if_label,
        if_then_heading,
        if_then_hint,
        make_goal,
        mark_agreed,
        mark_aside,
        mark_differ,
        mark_discussed,
        measure_current_label,
        measure_name_label,
        measure_target_label,
        measures_heading,
        measures_hint,
        nav_actions,
        nav_agreed,
        nav_before_visit,
        nav_community,
        nav_goals,
        nav_in_visit,
        nav_safety_net,
        new_action_heading,
        new_goal_heading,
        new_support_heading,
        next_review_heading,
        next_review_label,
        no_goal,
        not_written,
        yes,
        no,
        offer_label,
        other_actions_heading,
        person_view,
        priority_label,
        referral_label,
        responsible_clinician,
        responsible_label,
        responsible_person,
        review_date_label,
        reviewable_heading,
        safety_intro,
        safety_title,
        set_aside_heading,
        signs_label,
        smaller_step,
        support_goals_label,
        support_name_hint,
        support_name_label,
        target_date_label,
        then_label,
        what_to_do_label,
        when_label,
        why_label,
        with_whom_label,
        able_now_label,
        add_question,
        add_topic,
        affects_label,
        agenda_edit_label,
        agenda_intro,
        agenda_title,
        capability_hint,
        capability_label,
        changes_label,
        effect_label,
        fma_intro,
        fma_title,
        hh_add_heading,
        hh_helps_heading,
        hh_hinders_heading,
        hh_intro,
        hh_text_label,
        hh_title,
        hopes_label,
        involvement_label,
        kind_label,
        la_intro,
        la_title,
        life_area,
        more_heading,
        nav_agenda,
        nav_for_appointment,
        nav_helps,
        nav_life_areas,
        nav_people,
        next_step_label,
        not_chosen,
        nothing_yet,
        one_thing,
        people_add_button,
        people_add_heading,
        people_empty,
        people_intro,
        people_title,
        person_help_label,
        person_name_label,
        person_role_hint,
        person_role_label,
        print_button,
        prompts_label,
        question_label,
        questions_empty,
        questions_heading,
        sample_badge,
        sample_body,
        sample_heading,
        sample_note,
        scale_hint,
        skip_hint,
        step_filled,
        step_not_yet,
        topic_label,
        topics_empty,
        topics_heading,
        try_sample,
        visit_date_label,
        visit_heading,
        also_written_for_area,
        draft_kept_refused,
        arrival_not_kept,
        aside_removed,
        bring_to_this_visit,
        visit_with_hint,
        visit_with_label,
        wheel_now,
        wheel_table_caption,
        wheel_title,
        wheel_wished,
        wished_label,
        worries_label,
        lang,
        app_name,
        tagline,
        skip_link,
        privacy_note,
        nav_label,
        nav_plans,
        nav_overview,
        nav_what_matters,
        not_found_title,
        not_found_body,
        back_to_plans,
        loading,
        language_label,
        larger_text,
        glossary_link,
        glossary_title,
        glossary_intro,
        undone_notice,
        redone_notice,
        // The plans on this device
        plans_title,
        welcome_title,
        plans_empty,
        new_plan_heading,
        plan_name_label,
        plan_name_hint,
        create_plan,
        rename,
        delete,
        delete_title,
        delete_confirm,
        read_only_badge,
        unreadable_title,
        unreadable_body,
        download_unreadable,
        unreadable_file,
        kept_changes_file,
        discard_unreadable,
        discard_unreadable_title,
        discard_unreadable_body,
        newer_title,
        newer_body,
        // Shared controls
        save,
        cancel,
        edit,
        remove,
        add,
        undo,
        redo,
        // Saving and other tabs
        status_saved,
        status_saving,
        status_read_only,
        storage_full,
        storage_failed,
        storage_unavailable,
        storage_failed_short,
        deleted_elsewhere,
        download_copy,
        try_saving_again,
        left_unsaved_saved,
        drafts_unkept,
        other_tab_updated,
        // Overview
        overview_intro,
        history_title,
        export_title,
        export_body,
        export_button,
        writing_as,
        // What matters to me
        wm_title,
        wm_intro,
        wm_prompts_title,
        wm_empty,
        wm_new_label,
        wm_list_label,
        wm_edit_label,
        // Keeping everyone's words
        preview_new,
        preview_changed,
        preview_removed,
        preview_both,
        keep_all_here,
        use_all_kept,
        qr_changes_body,
        qr_show_whole,
        qr_show_changes,
        changes_need_plan,
        passphrase_label,
        passphrase_hint,
        passphrase_unavailable,
        passphrase_too_short,
        locked_title,
        locked_label,
        unlock,
        wrong_passphrase,
        protected_note,
        nav_share,
        share_intro,
        share_file_heading,
        share_file_body,
        share_sheet_button,
        share_print_heading,
        share_print_body,
        share_forget_body,
        copied_never,
        copy_nudge,
        qr_heading,
        qr_body,
        qr_too_big,
        qr_alt,
        link_not_a_link,
        link_damaged,
        share_link_heading,
        share_link_body,
        make_link,
        link_label,
        copy_link,
        link_copied,
        link_too_long,
        link_unavailable,
        arrival_title,
        arrival_new_here,
        arrival_nothing_new,
        open_arrival,
        bring_in,
        not_now,
        merged_notice,
        arrival_newer_here,
        conflict_removed_here,
        menu_button,
        close_notice,
        close,
        smaller_step_in_form,
        forgotten_downloads,
        forget_downloads_reminder,
        proposed_by_label,
        who_is_writing_title,
        who_is_writing_body,
        now_words_title,
        wished_words_title,
        kept_both_notice,
        conflicts_title,
        conflicts_intro,
        conflict_edited,
        conflict_removed,
        conflict_in_plan,
        conflict_kept,
        conflict_removed_now,
        choose_kept_version,
        bring_back_kept,
        keep_plan_version,
        done,
        draft_kept,
        kept_changes_body,
        download_kept_changes,
        kept_changes_title,
        kept_changes_intro,
        download_kept_item,
        now_in_words_label,
        now_in_words_hint,
        qr_privacy,
        qr_privacy_unsealed,
        qr_privacy_sealed,
        qr_changes_too_big,
        changes_link_label,
        animated_offer,
        animated_body,
        animated_bigger,
        animated_smaller,
        animated_pause,
        animated_play,
        animated_alt,
        animated_too_big,
        scan_button,
        scan_heading,
        scan_card_hint,
        scan_point,
        scan_privacy,
        scan_starting,
        scan_stop,
        scan_restart,
        scan_paused,
        scan_no_camera,
        scan_refused,
        scan_not_secure,
        scan_not_ours,
        scan_another_plan,
        part_opening,
        part_missing,
        part_try_again,
        words_missing,
        words_missing_label,
    }
    lists {
        glossary_terms: 9,
        glossary_meanings: 9,
        prompt_questions: 4,
        welcome_body: 3,
        wm_prompts: 3,
    }
    words {
        kept_title: fn(List) -> String,
        import_failed: fn(&str) -> String,
        left_unsaved: fn(&str) -> String,
        entries_count: fn(usize) -> String,
        history_all: fn(usize) -> String,
        add_to_zone: fn(&str) -> String,
        agreement_aside: fn(&str) -> String,
        agreement_differ: fn(&str) -> String,
        confidence_line: fn(u8) -> String,
        for_goal: fn(&str) -> String,
        forget_confirm_body: fn(&str) -> String,
        gas_level_name: fn(i8) -> &'static str,
        if_then_line: fn(&str, &str) -> String,
        make_goal_named: fn(&str) -> String,
        measure_line: fn(&str, &str, &str) -> String,
        priority_name: fn(Priority) -> &'static str,
        proposed_by: fn(&str) -> String,
        referral_name: fn(ReferralStatus) -> &'static str,
        safety_line: fn(&str, &str, &str) -> String,
        serves_area: fn(&str) -> String,
        zone_hint: fn(Zone) -> &'static str,
        zone_name: fn(Zone) -> &'static str,
        zone_signs_label: fn(&str) -> String,
        add_named: fn(&str) -> String,
        plan_deleted: fn(&str) -> String,
        visit_has_been: fn(&str, usize) -> String,
        affects_areas: fn(&str) -> String,
        effect_name: fn(Effect) -> &'static str,
        factor_kind: fn(FactorKind) -> &'static str,
        factor_kind_long: fn(FactorKind) -> &'static str,
        fill_in_area: fn(&str) -> String,
        involvement_name: fn(Involvement) -> &'static str,
        life_area_hint: fn(LifeArea) -> &'static str,
        life_area_name: fn(LifeArea) -> &'static str,
        next_step: fn(&str) -> String,
        now_and_wished: fn(Option<u8>, Option<u8>) -> String,
        out_of_ten: fn(u8) -> String,
        printed_on: fn(&str) -> String,
        progress_summary: fn(usize, usize) -> String,
        rating_option: fn(u8) -> String,
        visit_line: fn(Option<&str>, &str) -> String,
        format_date: fn(&CalendarDate) -> String,
        open_plan: fn(&str) -> String,
        back_to_plan: fn(&str) -> String,
        rename_label: fn(&str) -> String,
        delete_body: fn(&str) -> String,
        last_changed: fn(&CalendarDate) -> String,
        unreadable_item: fn(&str) -> String,
        read_error: fn(&ReadError) -> String,
        edit_named: fn(&str) -> String,
        remove_named: fn(&str) -> String,
        move_up_named: fn(&str) -> String,
        move_down_named: fn(&str) -> String,
        chars_left: fn(usize) -> String,
        chars_over: fn(usize) -> String,
        other_tab_dropped: fn(usize) -> String,
        history_line: fn(&str, Verb, Option<List>, &str) -> String,
        author: fn(AuthorRole) -> &'static str,
        author_in_sentence: fn(AuthorRole) -> &'static str,
        removed_notice: fn(&str) -> String,
        removed_choice: fn(&str) -> String,
        field: fn(Field) -> &'static str,
        change_error: fn(&ChangeError) -> String,
        kept_changes_item: fn(&str) -> String,
        and_more: fn(usize) -> String,

        changed_by_on: fn(&str, &str) -> String,

        copied_on: fn(&str) -> String,

        link_failed: fn(&str) -> String,
        link_long: fn(usize) -> String,

        arrival_plan: fn(&str) -> String,
        arrival_changed: fn(&str, &str) -> String,
        arrival_counts: fn(usize, usize, usize) -> String,
        arrival_merge: fn(usize, usize, usize, usize) -> String,

        remove_if_then_n: fn(usize) -> String,
        remove_measure_n: fn(usize) -> String,

        follow: &'static FollowText,
        copies: &'static CopyText,
        team: &'static TeamText,
        // Maria's sample plan in this language: her English words, each with this
        // language's (`text::sample`); none in English.
        sample_words: &'static [(&'static str, &'static str)],

        animated_progress: fn(u32, usize) -> String,
        scan_progress: fn(usize, usize) -> String,
    }
}

/// A count with its thousands apart, as each language writes them, from `from` up:
/// `grouped(199000, ',', 1000)` is `199,000`. (Spanish, as the RAE advises, puts a narrow
/// unbreakable space, and only from five digits: `2400`, `19 000`.)
pub fn grouped(n: usize, separator: char, from: usize) -> String {
    let digits = n.to_string();
    if n < from {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len_utf8());
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(d);
    }
    out
}

/// A coordinate of a drawing (or a score), to a tenth: `12.3`, `-0.5`. Like `{:.1}`,
/// without the standard library's float formatting, which would add 11 KB to the first
/// screen for the capability wheel alone; unlike it, a value halfway between two tenths
/// rounds away from zero (`0.15` is `0.2`), and one that rounds to zero has no sign.
pub fn tenths(v: f64) -> String {
    debug_assert!(v.is_finite(), "a drawing's coordinate is a number: {v}");
    let t = (v * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.unsigned_abs() / 10, t.unsigned_abs() % 10)
}
