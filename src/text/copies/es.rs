//! Español: copias para las personas alrededor del plan.

use super::CopyText;

pub const ES: CopyText = CopyText {
    fhir_heading: "Para una historia clínica (HL7 FHIR)",
    fhir_body: "Un archivo que los sistemas de historia clínica pueden leer, en el formato HL7 FHIR. Solo lleva lo que marque abajo. Déselo a su centro de salud, o guárdelo.",
    fhir_download: "Descargar para una historia clínica",
    fhir_done: "Hecho. El archivo está en sus descargas.",
    choose_legend: "Qué lleva",
    choose_hint: "Todo lo acordado está marcado al principio. Desmarque lo que quiera guardar para usted.",
    nothing_chosen: "Marque antes al menos una cosa.",
    list_matters: "Lo que me importa",
    list_areas: "Mis áreas de la vida",
    list_goals: "Objetivos",
    list_steps: "Pasos",
    list_people: "Personas",
    list_helps: "Lo que ayuda y lo que lo hace difícil",
    list_community: "Apoyos en la comunidad",
    list_safety: "Red de seguridad",
    w_person: "La persona",
    w_clinician: "Profesional",
    w_why_person: "Por qué le importa a la persona",
    w_why_clinician: "Por qué le importa al profesional",
    w_concerns: "Preocupaciones",
    w_levels: "Niveles de logro del objetivo",
    w_measure: "Medida",
    w_difference: "En qué no coinciden",
    w_care_plan: "Plan de autocuidado acordado con CoPlan",
    w_referral: "Derivación",
    include_name: |name| format!("Poner mi nombre: {name}"),
};
