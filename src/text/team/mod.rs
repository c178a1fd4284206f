//! The words of the team around the person: "My team", who to contact, who does what,
//! and the "Who's who" page.

mod en;
mod es;

pub use en::EN;
pub use es::ES;

use crate::core::plan::TeamRole;

catalogue! {
    TeamText;
    strings {
        nav_team,
        nav_whos_who,
        title,
        intro,
        empty,
        add_heading,
        add_button,
        name_label,
        name_hint,
        role_label,
        role_words_label,
        role_words_hint,
        organisation_label,
        organisation_hint,
        contact_label,
        contact_hint,
        hours_label,
        hours_hint,
        what_they_do_label,
        what_they_do_hint,
        involvement_legend,
        first_contact,
        first_contact_hint,
        make_first,
        unmake_first,
        made_first,
        whos_who_link,
        whos_who_intro,
        whos_who_empty,
        whos_who_supporters,
        whos_who_services,
        print,
        part_steps,
        part_safety,
        who_to_contact_label,
        nobody_named,
        writing_as_hint,
        care_team,
        someone_new,
        new_writer_heading,
        new_writer_body,
        new_writer_add,
        cancel,
        service_label,
        service_hint,
        make_one,
        made_one,
        reviewer_label,
        part_reviews,
        add_my_view,
    }
    lists {}
    words {
        role_name: fn(TeamRole) -> &'static str,
        name_and_role: fn(&str, &str) -> String,
        whos_who_title: fn(&str) -> String,
        ring_line: fn(&str, &str) -> String,
        view_of: fn(&str, &str) -> String,
        same_person: fn(&str) -> String,
        review_with: fn(&str, &str) -> String,
    }
}

/// How and when to reach someone, in one line: "01632 960 123 (Mon–Fri 8:00–18:30)".
/// The same in every language: the words are the person's own.
pub fn reach(contact: &str, hours: &str) -> String {
    match (contact.is_empty(), hours.is_empty()) {
        (false, false) => format!("{contact} ({hours})"),
        (false, true) => contact.to_string(),
        (true, false) => hours.to_string(),
        (true, true) => String::new(),
    }
}
