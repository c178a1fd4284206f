//! Español.

use super::Text;
use crate::core::change::{ChangeError, Field, List};
use crate::core::plan::{
    AuthorRole, Effect, FactorKind, Involvement, LifeArea, Priority, ReferralStatus, Verb, Zone,
};
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
            Verb::KeptBoth => "guardó dos versiones de una entrada de",
            Verb::Chose => "eligió entre dos versiones en",
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
    removed_notice: |what| format!("Se quitó «{what}»."),

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

    // Juntos en la consulta
    nav_before_visit: "Antes de la cita",
    nav_in_visit: "Juntos en la cita",
    nav_goals: "Objetivos juntos",
    nav_actions: "Acciones",
    nav_community: "Recursos de la comunidad",
    nav_safety_net: "Red de seguridad",
    nav_agreed: "Lo que acordamos",
    goals_title: "Objetivos juntos",
    goals_intro: "Empiecen por la lista de la persona. Escriban cada objetivo con las palabras de la persona, con las dos opiniones una al lado de la otra, y acuérdenlo en voz alta.",
    agenda_panel_heading: "La lista de la persona",
    agenda_panel_empty: "No se escribió una lista para esta cita. Igualmente pueden escribir objetivos juntos.",
    discussed_label: "Hablado",
    make_goal: "Convertir en objetivo",
    make_goal_named: |topic| format!("Convertir en objetivo: {topic}"),
    goals_heading: "Objetivos",
    goals_empty: "Todavía no hay objetivos. Convierta un tema en objetivo, o escriba uno abajo.",
    new_goal_heading: "Escribir un objetivo nuevo",
    goal_wording_label: "El objetivo, con las palabras de la persona",
    goal_wording_hint: "Por ejemplo: llevar a Lily al colegio los miércoles antes del verano.",
    goal_capability_label: "¿A qué área de la vida sirve?",
    add_goal: "Añadir objetivo",
    proposed_by: |who| format!("Lo propuso: {}", who.to_lowercase()),
    serves_area: |area| format!("Sirve a: {area}"),
    person_view: "La opinión de la persona",
    clinician_view: "La opinión del profesional",
    why_label: "Por qué importa",
    concerns_label: "Preocupaciones",
    priority_label: "Cuánto importa",
    priority_name: |p| match p {
        Priority::High => "Mucho",
        Priority::Medium => "Bastante",
        Priority::Low => "Poco",
    },
    not_written: "Sin escribir todavía",
    agreement_label: "En qué punto está este objetivo",
    agreement_proposed: "Propuesto, sin hablar todavía",
    agreement_discussed: "Hablado, sin acordar todavía",
    agreement_agreed: "Acordado",
    agreement_differ: |how| format!("Acordamos no estar de acuerdo: {how}"),
    agreement_aside: |why| format!("Aparcado: {why}"),
    mark_discussed: "Lo hemos hablado",
    mark_agreed: "Estamos de acuerdo",
    mark_differ: "No estamos de acuerdo",
    mark_aside: "Aparcar",
    differ_label: "¿En qué no están de acuerdo? Escriba las dos opiniones.",
    aside_label: "¿Por qué se aparca por ahora?",
    reviewable_heading: "Cómo sabremos cómo ha ido",
    gas_heading: "Cinco niveles de cómo puede ir",
    gas_hint: "Describa cómo sería cada nivel para esta persona. El nivel del medio es lo que los dos esperan.",
    gas_caption: "Niveles de mucho más de lo esperado a mucho menos",
    gas_level_name: |level| match level {
        2 => "+2 Mucho más de lo esperado",
        1 => "+1 Más de lo esperado",
        0 => "0 Lo esperado",
        -1 => "−1 Menos de lo esperado",
        _ => "−2 Mucho menos de lo esperado",
    },
    baseline_label: "Dónde está la persona ahora",
    baseline_badge: "ahora",
    target_date_label: "Fecha meta",
    review_date_label: "Fecha de revisión",
    measures_heading: "Medidas de salud unidas a este objetivo",
    measures_hint: "Medidas como la tensión o el azúcar, como camino para llegar al objetivo.",
    measure_name_label: "Medida",
    measure_current_label: "Ahora",
    measure_target_label: "Meta",
    add_measure: "Añadir una medida",
    measure_line: |name, now, aim| match (now.is_empty(), aim.is_empty()) {
        (false, false) => format!("{name}: ahora {now}, meta {aim}"),
        (false, true) => format!("{name}: ahora {now}"),
        (true, false) => format!("{name}: meta {aim}"),
        (true, true) => name.to_string(),
    },

    actions_title: "Acciones",
    actions_intro: "Los pasos del plan: qué, cuánto, cuándo, con qué frecuencia y con quién. Cada paso tiene a alguien que lo hace.",
    actions_empty: "Todavía no hay acciones.",
    new_action_heading: "Añadir un paso",
    action_what_label: "¿Qué se va a hacer?",
    action_what_hint: "Por ejemplo: caminar 10 minutos después de comer.",
    how_much_label: "Cuánto",
    when_label: "Cuándo",
    how_often_label: "Con qué frecuencia",
    with_whom_label: "Con quién",
    action_goal_label: "¿Para qué objetivo es?",
    no_goal: "Ningún objetivo",
    responsible_label: "Quién lo hace",
    responsible_person: "La persona",
    responsible_clinician: "El profesional",
    confidence_label: "¿Cuánta seguridad tiene de poder hacerlo?",
    confidence_hint: "Se pregunta a quien lo va a hacer. 0 es ninguna seguridad, 10 es seguridad total.",
    confidence_line: |c| format!("Seguridad de poder hacerlo: {c} de 10"),
    smaller_step: "Puede que este paso cueste mantenerlo. ¿Podría hacerlo más pequeño o más fácil, para sentir al menos un 7 de 10 de seguridad? Por ejemplo: menos días, menos tiempo, o con alguien. Pulse Cambiar para cambiarlo.",
    if_then_heading: "Si algo se pone en el camino",
    if_then_hint: "Planee qué hacer si algo lo impide. Por ejemplo: si llueve, entonces camino en el centro comercial.",
    if_label: "Si…",
    then_label: "entonces…",
    add_if_then: "Añadir un plan «si… entonces»",
    if_then_line: |when, then| format!("Si {when}, entonces {then}."),
    add_action: "Añadir paso",
    for_goal: |goal| format!("Para: {goal}"),

    community_title: "Recursos de la comunidad",
    community_intro: "Grupos y servicios del barrio que pueden ayudar, lo que ofrecen y cómo fue la derivación.",
    community_empty: "Todavía no hay recursos de la comunidad.",
    new_support_heading: "Añadir un grupo o servicio",
    support_name_label: "Nombre del grupo o servicio",
    support_name_hint: "Por ejemplo: Grupo de paseo del río.",
    offer_label: "Lo que ofrece",
    contact_label: "Contacto",
    referral_label: "Derivación",
    referral_name: |s| match s {
        ReferralStatus::Suggested => "Propuesta",
        ReferralStatus::Referred => "Derivada",
        ReferralStatus::Attended => "Asistiendo",
        ReferralStatus::Stopped => "Dejada",
    },
    how_it_went_label: "Cómo fue",
    support_goals_label: "¿Con qué objetivos ayuda?",
    add_support: "Añadir recurso",

    safety_title: "Red de seguridad",
    safety_intro: "Qué hacer si las cosas empeoran. Cada zona tiene sus señales, qué hacer y a quién llamar.",
    zone_name: |z| match z {
        Zone::Green => "Verde: como siempre",
        Zone::Amber => "Ámbar: empeorando",
        Zone::Red => "Rojo: urgente",
    },
    zone_hint: |z| match z {
        Zone::Green => "Cómo van las cosas un día normal, y cómo mantenerlas así.",
        Zone::Amber => "Señales de que las cosas empeoran, y qué hacer pronto.",
        Zone::Red => "Señales que necesitan ayuda enseguida.",
    },
    zone_signs_label: |zone| format!("Señales ({zone})"),
    signs_label: "Señales",
    what_to_do_label: "Qué hacer",
    add_to_zone: |zone| format!("Añadir a {zone}"),
    safety_line: |signs, todo, contact| {
        if contact.is_empty() { format!("{signs}: {todo}.") } else { format!("{signs}: {todo} ({contact}).") }
    },

    agreed_title: "Lo que acordamos",
    agreed_goals_heading: "Nuestros objetivos",
    agreed_goals_empty: "Todavía no hay objetivos acordados.",
    expected_label: "Lo que esperamos",
    other_actions_heading: "Otros pasos",
    set_aside_heading: "Aparcado por ahora",
    next_review_heading: "Próxima revisión",
    next_review_label: "Fecha de la próxima revisión",
    forget_heading: "¿Ha terminado en este ordenador?",
    forget_body: "Si es un ordenador compartido, como el de una consulta, puede quitar el plan ahora. Antes, dé una copia a la persona.",
    forget_button: "Olvidar este plan en este dispositivo",
    forget_title: "¿Olvidar este plan en este dispositivo?",
    forget_confirm_body: |name| format!("«{name}» se quitará de este dispositivo. Otros dispositivos y copias no cambian."),
    forgotten: "El plan se quitó de este dispositivo.",

    entries_count: |n| match n {
        0 => "nada todavía".into(),
        1 => "1 entrada".into(),
        n => format!("{n} entradas"),
    },
    change_author: "Cambiar quién escribe",
    short_of_time: "¿Tiene poco tiempo antes de la cita?",
    go_to_agenda: "Vaya directamente a su lista",
    import_heading: "Abrir un plan desde un archivo",
    import_label: "Elija un archivo de CoPlan",
    import_hint: "Un archivo descargado de CoPlan, en este dispositivo o en otro. Se lee aquí y no se envía a ningún sitio.",
    import_unreadable: "el navegador no pudo leerlo, o este dispositivo no pudo guardarlo",
    import_failed: |why| format!("No se pudo abrir este archivo: {why}. No cambió nada en este dispositivo."),
    imported: "El plan del archivo está abierto.",
    imported_copy: "Este plan ya estaba en este dispositivo, así que el archivo se añadió a su lado como copia.",
    copy_word: "copia",
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
    kept_both_notice: "Alguien cambió las mismas palabras en otra pestaña. Se guardan las dos versiones: elija cuál quedarse.",
    conflicts_title: "Dos versiones para elegir",
    conflicts_intro: "Estas palabras se cambiaron en dos sitios a la vez. No se pierde nada. Elija qué versión quiere guardar.",
    conflict_edited: "Se cambió en otra pestaña o aparato a la vez.",
    conflict_removed: "Se quitó en otra pestaña o aparato mientras se cambiaba aquí.",
    conflict_in_plan: "En el plan ahora",
    conflict_kept: "La otra versión, guardada",
    conflict_removed_now: "Quitado",
    choose_kept_version: "Usar la versión guardada",
    bring_back_kept: "Recuperarlo con estas palabras",
    keep_plan_version: "Dejar el plan como está",
    done: "Listo",
    draft_kept: "Hemos guardado lo que estaba escribiendo aquí.",
    kept_changes_body: "Sus últimos cambios no pudieron entrar en él, así que se guardan aparte en este aparato. Descárguelos para no perderlos.",
    download_kept_changes: "Descargar mis últimos cambios",
    kept_changes_title: "Cambios guardados aparte",
    kept_changes_intro: "Una versión más nueva de CoPlan guardó estos planes mientras aquí se hacían cambios. Esos cambios se guardan aquí, para no perder nada.",
    download_kept_item: "Descargar estos cambios",
    now_in_words_label: "¿Cómo están las cosas ahora, con sus palabras?",
    now_in_words_hint: "Por ejemplo: «El azúcar manda en mi día».",
    kept_changes_item: |name| format!("Cambios en «{name}», hechos justo antes de que un CoPlan más nuevo lo guardara"),
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
        Field::NowInWords => "Cómo están las cosas ahora",
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
