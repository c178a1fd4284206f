//! Español.

use super::Text;
use crate::core::change::{ChangeError, Field, List};
use crate::core::plan::{AuthorRole, Effect, FactorKind, Involvement, LifeArea, Verb};
use crate::core::saved::ReadError;

pub const ES: Text = Text {
    lang: "es",
    app_name: "CoPlan",
    tagline: "Planifiquen juntos lo que le importa",
    skip_link: "Saltar al contenido principal",
    privacy_note: "Todo lo que escribe se queda en este dispositivo, salvo que decida compartirlo.",
    nav_label: "Partes de este plan",
    nav_plans: "Todos los planes",
    nav_overview: "Resumen",
    nav_what_matters: "Lo que me importa",
    not_found_title: "No encontramos esa página",
    not_found_body: "Puede que la dirección sea antigua o tenga un error. Sus planes están a salvo.",
    back_to_plans: "Ir a sus planes",
    loading: "Abriendo su plan…",
    language_label: "Idioma",
    larger_text: "Letra más grande",
    glossary_link: "Palabras que usamos",
    glossary_title: "Palabras que usamos",
    glossary_intro: "CoPlan usa algunas palabras de una forma especial. Esto es lo que queremos decir.",
    undone_notice: "Se deshizo su último cambio.",
    redone_notice: "El cambio se volvió a hacer.",
    glossary_terms: [
        "Lo que me importa",
        "Capacidad",
        "Objetivo",
        "Logro del objetivo",
        "Red de seguridad",
        "Plan «si… entonces»",
    ],
    glossary_meanings: [
        "Las personas, las cosas y las ilusiones más importantes de su vida, con sus propias palabras.",
        "Algo que quiere poder hacer o ser, como ir andando a la tienda o sentir que controla su día.",
        "Una meta clara que usted y su profesional acuerdan, para poder ver después cómo ha ido.",
        "Hasta dónde llegó con un objetivo. Usamos cinco pasos, desde mucho menos de lo esperado hasta mucho más.",
        "Qué hacer si las cosas empeoran: las señales a vigilar y a quién llamar.",
        "Un plan para algo que puede ponerse en su camino. Por ejemplo: si llueve, entonces camino en el centro comercial.",
    ],
    format_date: |d| {
        const MONTHS: [&str; 12] = [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre",
        ];
        format!("{} de {} de {}", d.day, MONTHS[(d.month as usize).saturating_sub(1) % 12], d.year)
    },

    plans_title: "Sus planes",
    welcome_title: "Le damos la bienvenida a CoPlan",
    welcome_body: [
        "CoPlan le ayuda a usted y a quienes le cuidan a acordar lo que importa y a planificar \
         juntos los próximos pasos.",
        "Todo lo que escribe se queda en este dispositivo. No se envía nada a ningún sitio \
         salvo que decida compartirlo.",
        "Puede saltarse cualquier parte y volver más tarde. Sus palabras se guardan sobre la marcha.",
    ],
    plans_empty: "Todavía no hay planes en este dispositivo.",
    new_plan_heading: "Empezar un plan nuevo",
    plan_name_label: "Nombre del plan",
    plan_name_hint: "Por ejemplo, su nombre, o «El plan de mamá».",
    create_plan: "Empezar el plan",
    open_plan: |name| format!("Abrir {name}"),
    rename: "Cambiar el nombre",
    rename_label: |name| format!("Nuevo nombre para {name}"),
    delete: "Borrar",
    delete_title: "¿Borrar este plan?",
    delete_body: |name| {
        format!(
            "Esto quita «{name}» de este dispositivo para siempre. Si puede necesitarlo, \
             descargue antes una copia."
        )
    },
    delete_confirm: "Borrar el plan",
    last_changed: |date| format!("Último cambio: {}", (ES.format_date)(date)),
    read_only_badge: "Solo lectura",
    unreadable_title: "No se pudieron leer algunos datos guardados",
    unreadable_body: "Una parte de lo guardado en este dispositivo no se pudo leer. Puede que \
                      esté dañada. La hemos apartado sin tocarla, así que no se pierde nada. \
                      Puede descargarla para guardarla o para pedir ayuda.",
    unreadable_item: |reason| format!("Apartado: {reason}"),
    download_unreadable: "Descargar los datos que no se pueden leer",
    discard_unreadable: "Quitarlos de este dispositivo",
    discard_unreadable_title: "¿Quitar los datos que no se pueden leer?",
    discard_unreadable_body: "Desaparecerán de este dispositivo para siempre. Descárguelos \
                              antes si puede quererlos.",
    newer_title: "Este plan se guardó con una versión más nueva de CoPlan",
    newer_body: "Para protegerlo, esta versión solo lo muestra: los cambios están desactivados. \
                 Abra la versión más nueva de CoPlan para cambiarlo.",
    read_error: |e| match e {
        ReadError::TooLarge { bytes } => {
            format!("es demasiado grande para ser un plan ({} KB)", bytes / 1024)
        }
        ReadError::NotJson => "no está en un formato que CoPlan pueda leer; quizá esté cortado".into(),
        ReadError::NotAPlan => "no parece un plan de CoPlan".into(),
        ReadError::Newer { version } => {
            format!("se guardó con una versión más nueva de CoPlan (formato {version})")
        }
        ReadError::Damaged { .. } => "algunas partes están dañadas".into(),
    },

    save: "Guardar",
    cancel: "Cancelar",
    edit: "Cambiar",
    remove: "Quitar",
    add: "Añadir",
    undo: "Deshacer",
    redo: "Rehacer",
    edit_named: |name| format!("Cambiar: {name}"),
    remove_named: |name| format!("Quitar: {name}"),
    move_up_named: |name| format!("Subir: {name}"),
    move_down_named: |name| format!("Bajar: {name}"),
    chars_left: |n| if n == 1 { "Queda 1 carácter".into() } else { format!("Quedan {n} caracteres") },

    status_saved: "Guardado en este dispositivo",
    status_saving: "Guardando…",
    status_read_only: "Solo lectura: los cambios están desactivados",
    storage_full: "El almacenamiento de este dispositivo está lleno, así que su último cambio \
                   no se guardó. Sigue en la pantalla. Descargue una copia para no perderlo.",
    storage_failed: "Su último cambio no se pudo guardar en este dispositivo. Sigue en la \
                     pantalla. Descargue una copia para no perderlo.",
    storage_unavailable: "Este navegador no deja guardar a CoPlan (quizá es una ventana \
                          privada). Puede usarlo, pero descargue una copia antes de cerrarlo.",
    storage_failed_short: "Sin guardar",
    deleted_elsewhere: "Este plan se borró en otra pestaña. Aquí sigue en la pantalla, pero los \
                        cambios están desactivados. Descargue una copia si quiere conservarlo.",
    download_copy: "Descargar una copia",
    other_tab_updated: "Este plan cambió en otra pestaña. Ahora ve la versión más reciente.",
    other_tab_dropped: |n| {
        if n == 1 {
            "Un cambio de esta pestaña no se pudo conservar: esa entrada se quitó en otra pestaña."
                .into()
        } else {
            format!("{n} cambios de esta pestaña no se pudieron conservar: esas entradas se quitaron en otra pestaña.")
        }
    },

    overview_intro: "Esto es lo que hay en este plan por ahora. Elija una parte para añadir algo.",
    contents_title: "En este plan",
    history_title: "Quién cambió qué",
    history_empty: "Todavía no hay cambios.",
    history_line: |by, verb, list, label| {
        let who = author_name(by);
        let what = list.map(list_name).unwrap_or("el plan");
        let verb = match verb {
            Verb::Created => return format!("{who} empezó el plan"),
            Verb::Renamed => return format!("{who} cambió el nombre del plan a «{label}»"),
            Verb::Added => "añadió a",
            Verb::Edited => "cambió una entrada de",
            Verb::Removed => "quitó una entrada de",
            Verb::Restored => "recuperó una entrada de",
            Verb::Moved => "cambió el orden de",
            Verb::Agreement => "actualizó el acuerdo de",
        };
        format!("{who} {verb} {what}: «{label}»")
    },
    export_title: "Guardar una copia",
    export_body: "Descargue el plan entero como archivo, para guardarlo o abrirlo en otro \
                  dispositivo.",
    export_button: "Descargar este plan",
    writing_as: "Escribe",
    author: author_name,

    wm_title: "Lo que me importa",
    wm_intro: "Con sus propias palabras, ¿qué es lo que más le importa en su vida ahora mismo? \
               No hay respuestas buenas ni malas.",
    wm_prompts_title: "Algunas preguntas que pueden ayudar",
    wm_prompts: [
        "¿Quiénes son las personas que más le importan?",
        "¿Qué le gusta hacer, o le gustaría volver a hacer?",
        "¿Qué le gustaría seguir pudiendo hacer?",
    ],
    wm_empty: "Aquí no hay nada todavía. Empiece con una cosa que le importe.",
    wm_new_label: "Algo que me importa",
    wm_list_label: "Lo que me importa, lo más importante primero",
    wm_edit_label: "Cambiar esta entrada",
    wm_removed: |what| format!("Se quitó «{what}»."),

    // Preparar en casa
    nav_life_areas: "Mis áreas de la vida",
    nav_helps: "Lo que ayuda y lo que estorba",
    nav_people: "Mis personas y apoyos",
    nav_agenda: "Mi lista para la cita",
    nav_for_appointment: "Para mi cita",
    step_filled: "completado",
    step_not_yet: "todavía no",
    progress_summary: |n, total| format!("Preparando su cita: {n} de {total} pasos tienen algo escrito."),
    next_step_label: "Siguiente paso",
    next_step: |name| format!("Siguiente: {name}"),
    skip_hint: "Puede saltarse cualquier paso y volver más tarde.",
    nothing_yet: "Aquí no hay nada todavía.",
    not_chosen: "Sin elegir",
    add_named: |what| format!("Añadir: {what}"),
    sample_heading: "Vea antes un ejemplo",
    sample_body: "Mire el plan de María, completado como ejemplo. Está marcado como muestra y puede borrarlo cuando quiera.",
    try_sample: "Probar un plan de muestra",
    sample_badge: "Muestra",
    sample_note: "Este es un plan de muestra, para enseñar para qué sirve CoPlan. María no es una persona real.",

    la_title: "Mis áreas de la vida",
    la_intro: "Para cada parte de su vida: ¿cuánto puede hacer ahora, y qué le gustaría poder hacer o ser? Rellene solo las partes que le importen.",
    life_area: "Área de la vida",
    life_area_name: |a| match a {
        LifeArea::MovingAbout => "Moverse",
        LifeArea::DailyLiving => "La vida diaria",
        LifeArea::RelationshipsAndBelonging => "Relaciones y pertenencia",
        LifeArea::Enjoyment => "Disfrutar",
        LifeArea::WorkAndRoles => "Trabajo y papeles",
        LifeArea::SecurityAndStability => "Seguridad y estabilidad",
        LifeArea::FeelingInControl => "Sentir que tengo el control",
        LifeArea::HealthAndBody => "Salud y cuerpo",
    },
    life_area_hint: |a| match a {
        LifeArea::MovingAbout => "Caminar, salir, viajar.",
        LifeArea::DailyLiving => "Asearse, cocinar, comprar, cuidar la casa.",
        LifeArea::RelationshipsAndBelonging => "Familia, amistades, comunidad, fe.",
        LifeArea::Enjoyment => "Aficiones, diversión, lo que le anima.",
        LifeArea::WorkAndRoles => "Trabajo, voluntariado, cuidar de otras personas.",
        LifeArea::SecurityAndStability => "Dinero, vivienda, sentirse a salvo.",
        LifeArea::FeelingInControl => "Decidir por sí mismo, llevar su salud día a día.",
        LifeArea::HealthAndBody => "Dolor, sueño, energía, cómo se siente su cuerpo.",
    },
    fill_in_area: |area| format!("Rellenar: {area}"),
    scale_hint: "0 quiere decir nada. 10 quiere decir del todo.",
    able_now_label: "¿Cuánto puede ahora?",
    wished_label: "¿Cuánto le gustaría poder?",
    rating_option: |n| match n {
        0 => "0 (nada)".into(),
        10 => "10 (del todo)".into(),
        n => n.to_string(),
    },
    out_of_ten: |n| format!("{n} de 10"),
    now_and_wished: |now, wished| {
        let score = |v: Option<u8>| v.map(|v| format!("{v} de 10")).unwrap_or_else(|| "sin elegir".into());
        format!("Ahora: {}. Le gustaría: {}.", score(now), score(wished))
    },
    capability_label: "¿Qué le gustaría poder hacer o ser?",
    capability_hint: "Con sus propias palabras. Por ejemplo: ir andando a la tienda sin parar.",
    wheel_title: "Mi rueda de capacidades",
    wheel_now: "Ahora",
    wheel_wished: "Me gustaría",
    wheel_table_caption: "Cuánto puede en cada área de la vida, de 0 a 10",

    hh_title: "Lo que ayuda y lo que estorba",
    hh_intro: "Una misma cosa puede ayudar a una persona y estorbar a otra. Apunte lo que marca la diferencia para usted.",
    hh_helps_heading: "Lo que ayuda",
    hh_hinders_heading: "Lo que estorba",
    hh_add_heading: "Añadir algo",
    hh_text_label: "¿Qué es?",
    effect_label: "¿Ayuda o estorba?",
    effect_name: |e| match e {
        Effect::Helps => "Ayuda",
        Effect::GetsInTheWay => "Estorba",
    },
    kind_label: "¿De qué tipo es?",
    factor_kind: |k| match k {
        FactorKind::Personal => "Sobre mí",
        FactorKind::Social => "Sobre las personas y la vida diaria",
        FactorKind::Environmental => "Sobre los lugares",
    },
    factor_kind_long: |k| match k {
        FactorKind::Personal => "Sobre mí (mi salud, lo que sé hacer, mi confianza)",
        FactorKind::Social => "Sobre las personas y la vida diaria (familia, cuidados, dinero, trabajo)",
        FactorKind::Environmental => "Sobre los lugares (casa, transporte, servicios del barrio)",
    },
    affects_label: "¿A qué áreas de la vida afecta?",
    affects_areas: |areas| format!("Afecta a: {areas}"),

    people_title: "Mis personas y apoyos",
    people_intro: "¿Quién le ayuda? Familia, amistades, vecinos, grupos o profesionales. Usted decide cuánto participa cada uno.",
    people_empty: "Todavía no hay nadie. Empiece con una persona que le ayude.",
    people_add_heading: "Añadir una persona o apoyo",
    people_add_button: "Añadir a esta persona",
    person_name_label: "Nombre",
    person_role_label: "Quién es para usted",
    person_role_hint: "Por ejemplo: hija, vecino, enfermera del centro de salud, grupo de paseo.",
    person_help_label: "Cómo ayuda",
    involvement_label: "¿Cuánto quiere que participe?",
    involvement_name: |i| match i {
        Involvement::KeptInformed => "Le mantengo informado",
        Involvement::Consulted => "Le pido su opinión",
        Involvement::SharesTasks => "Comparte algunas tareas",
        Involvement::PlansJointly => "Planifica conmigo",
    },

    agenda_title: "Mi lista para la cita",
    agenda_intro: "Escriba de qué quiere hablar, lo más importante primero. Si hay poco tiempo, el primer tema es lo único que no puede faltar.",
    visit_heading: "La cita",
    visit_date_label: "Fecha de la cita",
    visit_with_label: "¿Con quién es?",
    visit_with_hint: "Por ejemplo: la enfermera, la doctora Okafor.",
    topics_heading: "De qué quiero hablar",
    topics_empty: "Todavía no hay temas.",
    topic_label: "Un tema para hablar",
    add_topic: "Añadir tema",
    one_thing: "Lo que no puede faltar",
    agenda_edit_label: "Cambiar esto",
    questions_heading: "Preguntas que quiero hacer",
    questions_empty: "Todavía no hay preguntas.",
    question_label: "Una pregunta",
    add_question: "Añadir pregunta",
    prompts_label: "Preguntas que a mucha gente le sirven. Añada una con un solo clic:",
    prompt_questions: [
        "¿Qué opciones tengo?",
        "¿Qué ventajas e inconvenientes tiene cada opción?",
        "¿Qué pasa si no hago nada?",
        "¿Cómo puedo conseguir ayuda para decidir?",
    ],
    more_heading: "Desde la última vez",
    changes_label: "¿Qué ha cambiado desde la última vez?",
    worries_label: "Lo que me preocupa",
    hopes_label: "Lo que espero de esta cita",

    fma_title: "Para mi cita",
    fma_intro: "Imprima esta página, o enséñela en su teléfono en la cita.",
    print_button: "Imprimir",
    printed_on: |date| format!("Impreso el {date}"),
    visit_line: |date, with| match (date, with.is_empty()) {
        (Some(d), false) => format!("Cita el {d} con {with}"),
        (Some(d), true) => format!("Cita el {d}"),
        (None, false) => format!("Cita con {with}"),
        (None, true) => "Próxima cita".into(),
    },

    field: field_name,
    change_error: |e| match e {
        ChangeError::Empty { field } => format!("Por favor, escriba algo en «{}».", field_name(*field)),
        ChangeError::TooLong { field, max } => format!(
            "«{}» admite hasta {max} caracteres. Por favor, acórtelo un poco.",
            field_name(*field)
        ),
        ChangeError::OutOfRange { field, min, max } => {
            format!("«{}» necesita un número del {min} al {max}.", field_name(*field))
        }
        ChangeError::UnknownEntry { .. } | ChangeError::Removed { .. } => {
            "Esa entrada se quitó, quizá en otra pestaña.".into()
        }
        ChangeError::DuplicateId { .. } => "Esa entrada ya está.".into(),
        ChangeError::NotRemoved { .. } => "Esa entrada ya está de vuelta.".into(),
        ChangeError::MissingLink { .. } => {
            "Esto está unido a algo que se quitó. Por favor, elija otra vez.".into()
        }
        ChangeError::Unchanged => "No cambió nada.".into(),
    },
};

fn author_name(role: AuthorRole) -> &'static str {
    match role {
        AuthorRole::Person => "La persona",
        AuthorRole::Clinician => "El profesional sanitario",
        AuthorRole::Supporter => "Una persona de apoyo",
    }
}

fn list_name(list: List) -> &'static str {
    match list {
        List::WhatMatters => "lo que importa",
        List::Capabilities => "las capacidades",
        List::Goals => "los objetivos",
        List::Actions => "las acciones",
        List::Supporters => "las personas y apoyos",
        List::HelpsAndHindrances => "lo que ayuda y lo que estorba",
        List::CommunitySupports => "los recursos de la comunidad",
        List::SafetyNet => "la red de seguridad",
        List::Visits => "las citas",
        List::AgendaItems => "la lista para la cita",
        List::CheckIns => "los repasos",
    }
}

fn field_name(field: Field) -> &'static str {
    match field {
        Field::PlanName => "Nombre del plan",
        Field::WhatMatters => "Lo que me importa",
        Field::Capability => "Lo que le gustaría poder hacer",
        Field::AbleNow => "Cuánto puede ahora",
        Field::Wished => "Cuánto le gustaría poder",
        Field::Goal => "Objetivo",
        Field::WhyItMatters => "Por qué importa",
        Field::Concerns => "Preocupaciones",
        Field::AttainmentLevel => "Descripción del nivel",
        Field::Measure => "Medida",
        Field::Action => "Lo que va a hacer",
        Field::ActionDetail => "Detalles",
        Field::Confidence => "Confianza",
        Field::IfThen => "Plan «si… entonces»",
        Field::Name => "Nombre",
        Field::Role => "Papel",
        Field::HowTheyHelp => "Cómo ayuda",
        Field::HelpOrHindrance => "Lo que ayuda o estorba",
        Field::Offer => "Lo que ofrece",
        Field::Contact => "Contacto",
        Field::HowItWent => "Cómo fue",
        Field::Signs => "Señales",
        Field::WhatToDo => "Qué hacer",
        Field::WithWhom => "Con quién",
        Field::VisitNote => "Nota",
        Field::AgendaItem => "Tema",
        Field::Note => "Nota",
        Field::Difference => "En qué no están de acuerdo",
        Field::Reason => "Motivo",
        Field::LinkedEntry => "Enlace",
    }
}
