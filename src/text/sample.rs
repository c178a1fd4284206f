//! Maria's sample plan (`core::sample::maria_in`) in Spanish: each of her English words
//! with what a person reading CoPlan in Spanish sees instead. Only Spanish has any: the
//! English sample is written in English. Names and numbers that read the same in both
//! are left out, and stay as they are. In the app built in parts these come with the
//! Spanish words' part, so a person reading English never downloads them.

pub const ES: &[(&str, &str)] = &[
    ("Maria (sample)", "María (ejemplo)"),
    (
        "Looking after Tom, my husband, at home",
        "Cuidar de Tom, mi marido, en casa",
    ),
    (
        "Walking my granddaughter Lily to school on Wednesdays",
        "Llevar a mi nieta Lily caminando al colegio los miércoles",
    ),
    (
        "Singing in the church choir",
        "Cantar en el coro de la iglesia",
    ),
    (
        "Walk to Lily's school, 15 minutes, without stopping",
        "Caminar hasta el colegio de Lily, 15 minutos, sin parar",
    ),
    (
        "Keep singing with the choir and seeing friends there",
        "Seguir cantando en el coro y viendo allí a mis amigos",
    ),
    (
        "Feel in charge of my day, not run by my sugars",
        "Sentir que yo mando en mi día, y no el azúcar",
    ),
    (
        "My knee hurts after ten minutes and I have to stop",
        "Me duele la rodilla a los diez minutos y tengo que parar",
    ),
    ("My sugars run my day", "El azúcar manda en mi día"),
    ("Daughter", "Hija"),
    (
        "Helps on Saturdays and comes to appointments",
        "Me ayuda los sábados y me acompaña a las citas",
    ),
    ("Husband", "Marido"),
    (
        "Keeps me company; I look after him",
        "Me hace compañía; yo lo cuido",
    ),
    ("Riverside Surgery", "Centro de Salud Riverside"),
    (
        "01632 960 123 (the surgery)",
        "01632 960 123 (el centro de salud)",
    ),
    ("Mon–Fri 8:00–18:30", "De lunes a viernes, de 8:00 a 18:30"),
    ("Dr Okafor", "Dr. Okafor"),
    (
        "Runs my diabetes reviews; the one I ring first",
        "Me hace las revisiones de la diabetes; es a quien llamo primero",
    ),
    (
        "My knee, my tablets and the referral",
        "Mi rodilla, mis pastillas y la derivación",
    ),
    (
        "Community MSK service",
        "Servicio comunitario de músculos, huesos y articulaciones",
    ),
    (
        "By letter; 01632 960 456 to change an appointment",
        "Por carta; 01632 960 456 para cambiar una cita",
    ),
    ("Weekdays 9:00–17:00", "De lunes a viernes, de 9:00 a 17:00"),
    ("Exercises for my knee", "Ejercicios para mi rodilla"),
    ("Riverside Community Centre", "Centro Comunitario Riverside"),
    (
        "Put me in touch with the walking group",
        "Me puso en contacto con el grupo de paseo",
    ),
    ("Ana lives nearby and helps", "Ana vive cerca y me ayuda"),
    (
        "The hill on the way to school",
        "La cuesta de camino al colegio",
    ),
    (
        "Worry about hypos when I walk",
        "Me preocupan las bajadas de azúcar cuando camino",
    ),
    ("Practice nurse", "la enfermera del centro de salud"),
    (
        "Started a new tablet in March",
        "Empecé a tomar una pastilla nueva en marzo",
    ),
    (
        "Who looks after Tom if I am ill",
        "Quién cuida de Tom si me pongo enferma",
    ),
    (
        "A plan to get walking again",
        "Un plan para volver a caminar",
    ),
    (
        "My knee stops me walking Lily to school",
        "La rodilla no me deja llevar a Lily caminando al colegio",
    ),
    ("My sugars when I walk", "Mi azúcar cuando camino"),
    (
        "Could I do a walking group?",
        "¿Podría ir a un grupo de paseo?",
    ),
    (
        "What happens if I do nothing about my knee?",
        "¿Qué pasa si no hago nada con mi rodilla?",
    ),
    (
        "Walk Lily to school on Wednesdays by the summer",
        "Llevar a Lily caminando al colegio los miércoles antes del verano",
    ),
    (
        "Time with Lily, and showing I can still do it",
        "Pasar tiempo con Lily y demostrar que todavía puedo",
    ),
    ("My knee, and the hill", "Mi rodilla y la cuesta"),
    (
        "Walking helps her knee and her blood sugar",
        "Caminar le viene bien para la rodilla y para el azúcar",
    ),
    ("Hypos when walking", "Bajadas de azúcar al caminar"),
    (
        "Can't walk to the end of the road",
        "No puede caminar hasta el final de la calle",
    ),
    (
        "Walks to the corner shop",
        "Camina hasta la tienda de la esquina",
    ),
    (
        "Walks to school once a week with one rest",
        "Camina hasta el colegio una vez a la semana, con una sola parada",
    ),
    (
        "Walks to school once a week without a rest",
        "Camina hasta el colegio una vez a la semana, sin parar",
    ),
    ("Walks there and back", "Va y vuelve caminando"),
    (
        "Riverside Walking for Health",
        "Caminar por la Salud Riverside",
    ),
    (
        "Gentle group walks, Tuesdays 10:00, from the community centre",
        "Paseos suaves en grupo, los martes a las 10:00, con salida desde el centro comunitario",
    ),
    (
        "Community centre reception",
        "Recepción del centro comunitario",
    ),
    (
        "Walk 10 minutes after lunch, with a snack in my bag",
        "Caminar 10 minutos después de comer, con algo para picar en el bolso",
    ),
    ("5 days a week", "5 días a la semana"),
    ("it rains", "llueve"),
    (
        "I walk in the shopping centre",
        "camino por el centro comercial",
    ),
    (
        "Go to the walking group once and watch",
        "Ir una vez al grupo de paseo, solo a mirar",
    ),
    ("Next Tuesday", "El martes que viene"),
    (
        "Refer Maria to physiotherapy for her knee",
        "Derivar a María a fisioterapia por la rodilla",
    ),
    ("This week", "Esta semana"),
    (
        "Walk with Maria on Saturdays",
        "Caminar con María los sábados",
    ),
    ("Saturdays", "Los sábados"),
    (
        "Show Maria exercises for her knee",
        "Enseñar a María ejercicios para la rodilla",
    ),
    (
        "At the first physiotherapy appointment",
        "En la primera cita de fisioterapia",
    ),
    (
        "Sugars between 4 and 10, knee sore but walking",
        "Azúcar entre 4 y 10; me duele la rodilla, pero sigo caminando",
    ),
    ("Carry on with the plan", "Seguir con el plan"),
    (
        "Blood sugar under 4 twice in a week",
        "Azúcar por debajo de 4 dos veces en una semana",
    ),
    (
        "Ring Nurse Patel at the surgery",
        "Llamar a la enfermera Patel al centro de salud",
    ),
    (
        "Chest pain or fainting when walking",
        "Dolor en el pecho o desmayo al caminar",
    ),
    ("Call emergency services", "Llamar a emergencias"),
];
