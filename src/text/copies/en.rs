//! English (UK): copies for the people around the plan.

use super::CopyText;

pub const EN: CopyText = CopyText {
    fhir_heading: "For a health record (HL7 FHIR)",
    fhir_body: "A file that health record systems can read, in the HL7 FHIR format. It holds only what you tick below. Give it to your clinic, or keep it.",
    fhir_download: "Download for a health record",
    fhir_done: "Done. The file is in your downloads.",
    choose_legend: "What goes in",
    choose_hint: "Everything agreed is ticked to start with. Untick anything you want to keep to yourself.",
    nothing_chosen: "Tick at least one thing first.",
    list_matters: "What matters to me",
    list_areas: "My life areas",
    list_goals: "Goals",
    list_steps: "Steps",
    list_people: "People",
    list_helps: "What helps and what gets in the way",
    list_community: "Community supports",
    list_safety: "Safety net",
    w_person: "The person",
    w_clinician: "Clinician",
    w_why_person: "Why it matters to the person",
    w_why_clinician: "Why it matters to the clinician",
    w_concerns: "Concerns",
    w_levels: "Goal attainment levels",
    w_measure: "Measure",
    w_difference: "Where they differ",
    w_care_plan: "Self-management plan agreed with CoPlan",
    w_referral: "Referral",
    include_name: |name| format!("Put my name in it: {name}"),
};
