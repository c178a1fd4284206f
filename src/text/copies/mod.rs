//! The words of the copies a plan makes for the people around it: the health record
//! (HL7 FHIR), and what goes into each copy.

mod en;
mod es;

pub use en::EN;
pub use es::ES;

catalogue! {
    CopyText;
    strings {
        fhir_heading,
        fhir_body,
        fhir_download,
        fhir_done,
        choose_legend,
        choose_hint,
        nothing_chosen,
        list_matters,
        list_areas,
        list_goals,
        list_steps,
        list_people,
        list_helps,
        list_community,
        list_safety,
        w_person,
        w_clinician,
        w_why_person,
        w_why_clinician,
        w_concerns,
        w_levels,
        w_measure,
        w_difference,
        w_care_plan,
        w_referral,
        copy_link_body,
        copy_file_button,
        stop_body,
        left_out_heading,
        nothing_left_out,
        note_heading,
        note_label,
        note_save,
        note_saved,
        arrival_copy_newer,
        arrival_copy_older,
        arrival_own,
        open_full,
        arrival_refused,
        copy_read_only,
    }
    lists {
    }
    words {
        include_name: fn(&str) -> String,
        copy_for_button: fn(&str) -> String,
        copy_intro: fn(&str) -> String,
        copy_can_write: fn(&str) -> String,
        copy_link_heading: fn(&str) -> String,
        stop_sharing: fn(&str) -> String,
        stop_heading: fn(&str) -> String,
        copy_title: fn(&str) -> String,
        copy_for_line: fn(&str, &str) -> String,
        left_out_line: fn(&str, usize) -> String,
        withdrawn: fn(&str) -> String,
        send_back_heading: fn(&str) -> String,
        send_back_body: fn(&str) -> String,
        arrival_copy_new: fn(&str, &str) -> String,
        arrival_withdrawn: fn(&str) -> String,
        arrival_notes: fn(&str) -> String,
    }
}
