//! Español: el equipo que rodea a la persona.

use super::TeamText;
use crate::core::plan::TeamRole;

pub const ES: TeamText = TeamText {
    nav_team: "Mi equipo",
    nav_whos_who: "Quién es quién",
    title: "Mi equipo",
    intro: "Los profesionales que trabajan con usted: en su centro de salud, el hospital, los servicios sociales o la comunidad. Marque a quien contacta primero. La familia y los amigos van en Mis personas y apoyos.",
    empty: "Todavía no hay nadie en su equipo. Añada a su médico, a su enfermera o a quien tenga el trabajo de ayudarle.",
    add_heading: "Añadir a alguien a mi equipo",
    add_button: "Añadir a mi equipo",
    name_label: "Su nombre",
    name_hint: "Como usted le llama. Por ejemplo: Dra. Okafor, enfermera Patel.",
    role_label: "Qué es",
    role_words_label: "Su papel, en sus palabras",
    role_words_hint: "Hace falta si eligió Otro. Por ejemplo: enfermera especialista en diabetes.",
    organisation_label: "Dónde trabaja",
    organisation_hint: "Por ejemplo: Centro de Salud Riverside.",
    contact_label: "Cómo localizarle",
    contact_hint: "Un teléfono, un correo electrónico o \"a través de recepción\".",
    hours_label: "Cuándo se le puede localizar",
    hours_hint: "Por ejemplo: de lunes a viernes, de 8:00 a 18:30.",
    what_they_do_label: "Qué hace por mí",
    what_they_do_hint: "Con sus palabras. Por ejemplo: lleva mis revisiones de la diabetes.",
    involvement_legend: "¿Cuánto quiere que participe?",
    first_contact: "Mi primer contacto",
    first_contact_hint: "Su primer contacto es a quien acude primero, a menudo una coordinadora de cuidados o una persona de referencia. Sale primero en todo su plan.",
    make_first: "Hacerle mi primer contacto",
    unmake_first: "Ya no es mi primer contacto",
    made_first: "Ha cambiado su primer contacto.",
    whos_who_link: "Quién es quién: una página para imprimir",
    whos_who_intro: "Las personas que me ayudan, a quién contacto primero y cómo y cuándo localizarlas.",
    whos_who_empty: "Su equipo está vacío. Añada en Mi equipo a quienes trabajan con usted y saldrán aquí.",
    whos_who_supporters: "Familia y amigos",
    whos_who_services: "Otros teléfonos",
    print: "Imprimir esta página",
    part_steps: "Hace",
    part_safety: "Llámele si",
    who_to_contact_label: "A quién contactar",
    nobody_named: "Nadie en concreto",
    writing_as_hint: "¿Alguien que no está en la lista? Añádale en Mi equipo y elíjale aquí.",
    role_name: |r| match r {
        TeamRole::Gp => "médico de familia",
        TeamRole::PracticeNurse => "enfermera del centro de salud",
        TeamRole::SpecialistNurse => "enfermera especialista",
        TeamRole::Physiotherapist => "fisioterapeuta",
        TeamRole::Pharmacist => "farmacéutico",
        TeamRole::SocialWorker => "trabajador social",
        TeamRole::CareCoordinator => "coordinadora de cuidados",
        TeamRole::LinkWorker => "agente de enlace comunitario",
        TeamRole::Other => "otro",
    },
    name_and_role: |name, role| format!("{name}, {role}"),
    whos_who_title: |name| format!("Quién es quién para {name}"),
    ring_line: |who, reach| {
        if reach.is_empty() {
            format!("Contacte con {who}")
        } else {
            format!("Contacte con {who}: {reach}")
        }
    },
    care_team: "Las personas que me ayudan",
    someone_new: "Alguien nuevo…",
    new_writer_heading: "Escribe alguien nuevo",
    new_writer_body: "Se une a su equipo, y lo que escriba queda anotado con su nombre.",
    new_writer_add: "Añadir a mi equipo y escribir como esa persona",
    cancel: "Cancelar",
    view_of: |name, role| format!("La opinión de {name} ({role})"),
    service_label: "O un teléfono o servicio al que llamar",
    service_hint: "Por ejemplo: 112, el centro de salud.",
};
