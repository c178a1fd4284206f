//! Español: seguir el plan entre visitas.

use super::FollowText;
use crate::core::plan::{ActionOutcome, AuthorRole, Because, EndKind};

pub const ES: FollowText = FollowText {
    nav_between: "Entre visitas",
    nav_check_in: "Seguimiento",
    nav_progress: "Cómo voy",
    nav_history: "Historial",
    check_in_title: "Seguimiento",
    check_in_intro: "¿Cómo van las cosas? Responda lo que quiera. Lo que deje en blanco queda como no anotado, nunca como no hecho.",
    check_in_date_label: "Fecha de este seguimiento",
    check_in_date_hint: "¿Se está poniendo al día? Elija el día del que habla. Cualquier día desde que empezó el plan.",
    check_in_future: "Ese día aún no ha llegado. Elija hoy o un día anterior.",
    goals_heading: "Sus objetivos",
    actions_heading: "Sus pasos",
    not_recorded: "No anotado",
    action_note_label: "Una nota sobre este paso (si quiere)",
    confidence_now_label: "¿Qué seguridad tiene ahora de poder seguir haciéndolo?",
    areas_heading: "¿Cuánto puede hacer ahora? (si quiere)",
    areas_hint: "Esto completa el dibujo de sus áreas de la vida, junto a cómo era al principio.",
    note_label: "¿Algo más?",
    note_hint: "Lo que ayudó, lo que lo hizo difícil, o una pregunta para la próxima vez.",
    who_legend: "¿Quién hizo este seguimiento?",
    save_check_in: "Guardar este seguimiento",
    save_changes: "Guardar los cambios",
    cancel_edit: "Dejar de editar",
    kept_draft: "Guardamos lo que estaba escribiendo aquí.",
    nothing_to_check: "Todavía no hay objetivos ni pasos que seguir. Los acuerda con su profesional.",
    past_heading: "Seguimientos hasta ahora",
    no_check_ins: "Todavía no hay seguimientos.",
    earlier_heading: "Versiones anteriores",
    progress_title: "Cómo voy",
    progress_intro: "Sus seguimientos en dibujos. Debajo de cada dibujo hay una tabla con las mismas cifras.",
    score_heading: "Todos sus objetivos juntos",
    score_explained: "Esta puntuación junta sus objetivos. 50 quiere decir que fue como se esperaba. Más de 50 es mejor de lo esperado y menos de 50 es peor. Los objetivos aún sin valorar no cuentan. Un objetivo con más peso cuenta más.",
    score_none: "Todavía no hay puntuación. Aparece cuando se valora un objetivo en un seguimiento.",
    score_chart_title: "Puntuación de todos los objetivos a lo largo del tiempo",
    weights_legend: "Cuánto cuenta cada objetivo",
    goals_progress_heading: "Cada objetivo a lo largo del tiempo",
    actions_progress_heading: "Cada paso a lo largo del tiempo",
    wheel_heading: "Cuánto puede hacer: al principio y ahora",
    wheel_start: "Al principio",
    wheel_now: "Ahora",
    col_date: "Fecha",
    col_level: "Nivel",
    col_outcome: "Cómo fue",
    col_confidence: "Seguridad (0–10)",
    col_score: "Puntuación",
    col_goals: "Objetivos valorados",
    col_note: "Nota",
    mark_expected: "Lo esperado",
    mark_baseline: "Inicio",
    mark_target: "Fecha meta",
    mark_review: "Fecha de revisión",
    not_rated_yet: "Aún sin valorar.",
    no_record_yet: "Aún no hay nada anotado.",
    ended_heading: "Objetivos logrados, dejados o cambiados",
    review_heading: "Para revisar",
    review_intro: "Estos objetivos han llegado a su fecha de revisión o fecha meta. ¿Qué quiere hacer?",
    keep_going: "Seguir",
    next_review_label: "Próxima fecha de revisión",
    keep_going_confirm: "Seguir hasta entonces",
    change_it: "Cambiarlo",
    adjust_intro: "Escriba la nueva versión. La anterior se queda en el plan para leerla.",
    save_new_version: "Guardar la nueva versión",
    reached_it: "¡Lo logramos!",
    let_go: "Dejarlo",
    let_go_reason: "¿Por qué dejarlo? Con sus palabras",
    let_go_confirm: "Dejar este objetivo",
    replace_goal: "Poner un objetivo nuevo en su lugar",
    replace_intro: "El objetivo nuevo recuerda el que sustituye.",
    save_new_goal: "Guardar el objetivo nuevo",
    new_wording_label: "El objetivo, con sus palabras",
    steps_at_review: "Pasos de este objetivo",
    step_habit: "Ya es parte de mi vida",
    stop_step: "Dejar este paso",
    stop_reason: "¿Por qué dejarlo? Con sus palabras",
    cancel: "Cancelar",
    history_intro: "Quién cambió qué, y cuándo. Lo más nuevo primero.",
    history_filter: "Mostrar",
    history_everything: "Todo",
    history_empty: "Aquí no hay nada todavía.",
    calendar_heading: "Recordatorios en su calendario",
    calendar_intro: "CoPlan no puede avisarle por sí solo, porque nada se guarda en un servidor. Añada estos recordatorios a su propio calendario. Si los descarga otra vez, se actualizan y no se repiten.",
    calendar_days: "Recordarme el seguimiento los",
    calendar_time: "¿A qué hora?",
    calendar_reviews: "Las fechas de revisión de mis objetivos",
    calendar_visit: "Mi próxima cita",
    calendar_goal_words: "Poner las palabras de mis objetivos en los recordatorios (otras personas pueden ver su calendario)",
    calendar_download: "Descargar los recordatorios",
    calendar_nothing: "Elija antes al menos un recordatorio.",
    calendar_done: "Hecho. Abra el archivo para añadir los recordatorios a su calendario.",
    cal_check_in: "Seguimiento con CoPlan",
    cal_check_in_details: "¿Cómo fue esta semana? Son dos minutos.",
    cal_review: "Revisar mi objetivo",
    cal_review_details: "Abra CoPlan para ver cómo fue y qué sigue.",
    cal_next_visit: "Mi cita",
    next_visit_heading: "Preparar mi próxima visita",
    next_visit_intro: "Empiece la agenda con lo que quedó abierto desde la última vez. Desmarque lo que no quiera llevar.",
    next_visit_date: "Fecha de la visita",
    next_visit_start: "Empezar mi agenda con esto",
    next_visit_none: "No hay nada abierto que sugerir. Escriba sus propios temas abajo.",
    next_visit_done: "Su agenda ha empezado. Puede cambiarla abajo.",
    smaller_step: "Puede que este paso cueste mantenerlo. ¿Podría ser más pequeño o más fácil, para tener al menos 7 sobre 10 de seguridad? Se sugerirá para su próxima visita, o puede cambiarlo en la pantalla de pasos.",
    show_older: "Mostrar cambios anteriores",
    calendar_failed: "Este navegador no guardó el archivo. Inténtelo de nuevo, o pruebe con otro navegador.",
    why_label: "Por qué",
    weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    level_question: |goal| format!("¿Dónde está ahora con: {goal}?"),
    level_option: |name, words| {
        if words.is_empty() {
            name.to_string()
        } else {
            format!("{name}. {words}")
        }
    },
    outcome_question: |what| format!("¿Cómo fue: {what}?"),
    outcome_name: |o| match o {
        ActionOutcome::Done => "Hecho",
        ActionOutcome::Partly => "En parte",
        ActionOutcome::NotThisTime => "Esta vez no",
        ActionOutcome::Skipped => "Saltado a propósito (fuera, enfermo)",
    },
    who_option: |who| match who {
        None | Some(AuthorRole::Person) => "Yo, por mi cuenta",
        Some(AuthorRole::Clinician) => "Junto con mi profesional",
        Some(AuthorRole::Supporter) => "Junto con alguien que me apoya",
    },
    able_now_label: |area| format!("{area}: ¿cuánto puede hacer ahora?"),
    saved_for: |date| format!("Seguimiento guardado para el {date}."),
    too_early: |date| format!("El plan empezó el {date}. Elija ese día o uno posterior."),
    check_in_line: |date, goals, steps| {
        let g = if goals == 1 { "1 objetivo valorado".to_string() } else { format!("{goals} objetivos valorados") };
        let s = if steps == 1 { "1 paso anotado".to_string() } else { format!("{steps} pasos anotados") };
        format!("{date}: {g}, {s}")
    },
    edit_check_in: |date| format!("Editar el seguimiento del {date}"),
    earlier_version: |date| format!("Como se escribió primero, para el {date}"),
    score_summary: |score, date, goals| {
        let g = if goals == 1 { "1 objetivo".to_string() } else { format!("{goals} objetivos") };
        format!("Última puntuación: {score} el {date}, de {g}.")
    },
    goal_chart_title: |goal| format!("Niveles a lo largo del tiempo: {goal}"),
    goal_summary: |times, level| {
        let t = if times == 1 { "una vez".to_string() } else { format!("{times} veces") };
        format!("Valorado {t}. Último: {level}.")
    },
    action_chart_title: |what| format!("Cómo fue a lo largo del tiempo: {what}"),
    action_summary: |done, tried, gaps| {
        format!("Hecho o en parte {done} de {tried} veces que se intentó. Sin anotar: {gaps}.")
    },
    weight_label: |goal| format!("Cuánto cuenta: {goal}"),
    due_line: |date, days_past| match days_past {
        0 => format!("Fecha de revisión: {date} (hoy)"),
        1 => format!("Fecha de revisión: {date} (ayer)"),
        d if d > 1 => format!("Fecha de revisión: {date} (hace {d} días)"),
        -1 => format!("Fecha de revisión: {date} (mañana)"),
        d => format!("Fecha de revisión: {date} (dentro de {} días)", -d),
    },
    celebrate: |goal| format!("¡Enhorabuena! Lo logró: {goal}"),
    ended_line: |how, date| match how {
        EndKind::Achieved => format!("Logrado el {date}"),
        EndKind::LetGo => format!("Dejado el {date}"),
        EndKind::Adjusted => format!("Cambiado el {date} por una nueva versión"),
    },
    replaces_line: |old| format!("En lugar de: {old}"),
    because: |b| match b {
        Because::ReviewDue(_) => "toca revisarlo antes de la visita",
        Because::BelowExpected(_) => "la última valoración fue peor de lo esperado",
        Because::NotRatedLately(_) => "sin valorar desde hace seis semanas o más",
        Because::NotThisTimeAgain(_) => "«esta vez no» dos veces o más seguidas",
        Because::LowConfidence(_) => "tiene menos de 7 sobre 10 de seguridad",
        Because::FromCheckIn(_) => "lo escribió en un seguimiento",
    },
    history_goal_option: |goal, ended| {
        if ended {
            format!("Objetivo: {goal} (terminado)")
        } else {
            format!("Objetivo: {goal}")
        }
    },
    suggestions_count: |n| match n {
        1 => "1 sugerencia".to_string(),
        n => format!("{n} sugerencias"),
    },
};
