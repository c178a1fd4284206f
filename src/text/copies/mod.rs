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
    }
    lists {
    }
    words {
        include_name: fn(&str) -> String,
    }
}
