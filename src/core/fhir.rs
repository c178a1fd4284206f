//! The plan for a health record: an HL7 FHIR R4 Bundle (`type: collection`) holding a
//! Patient, a Goal per chosen goal, one CarePlan with an activity per chosen step and
//! community referral, a RelatedPerson per chosen supporter, a Practitioner per chosen
//! team member and a CareTeam naming them all, each with a narrative.
//!
//! Only what the person chose goes in (a [`Selection`]); their name only if they say so.
//! The two views of a goal, its five levels and its measures go in `Goal.note`, each
//! party's agreement and priority in the `goal-acceptance` extension.

use super::follow::goal_levels;
use super::id::Id;
use super::plan::*;
use super::share::Selection;
use super::team::{role_in_words, team_first, without_case};
use super::time::{CalendarDate, Timestamp};
use serde_json::{json, Value};

/// What the person chose to put in the export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportChoice {
    pub selection: Selection,
    /// The name to put on the Patient; none leaves the Patient unnamed.
    pub name: Option<String>,
}

/// The words used inside the export (narratives and notes), in the person's language.
#[derive(Clone, Debug, PartialEq)]
pub struct FhirWords {
    pub person: String,
    pub clinician: String,
    pub why_person: String,
    pub why_clinician: String,
    pub concerns: String,
    pub levels: String,
    pub measure: String,
    pub difference: String,
    pub care_plan: String,
    pub referral: String,
    /// Who does a step, for a supporter left out of the export (their name stays out).
    pub supporter: String,
    /// Who wrote an answer from a community support.
    pub community_worker: String,
    /// The CareTeam's name ("The people helping me").
    pub care_team: String,
    /// Each team role's name, in the order of `TeamRole::ALL`.
    pub team_roles: Vec<String>,
    pub lang: String,
}

impl FhirWords {
    fn role_name(&self, role: TeamRole) -> String {
        let at = TeamRole::ALL
            .iter()
            .position(|r| *r == role)
            .unwrap_or_default();
        self.team_roles.get(at).cloned().unwrap_or_default()
    }
}

const ACCEPTANCE: &str = "http://hl7.org/fhir/StructureDefinition/goal-acceptance";
const PRIORITY: &str = "http://terminology.hl7.org/CodeSystem/goal-priority";
const ACHIEVEMENT: &str = "http://terminology.hl7.org/CodeSystem/goal-achievement";

/// A `urn:uuid:` for an entry: its own id when that is a UUID, else a stable digest.
pub fn uuid_for(id: &str) -> String {
    let is_uuid = id.len() == 36
        && id.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit() && !c.is_ascii_uppercase(),
        });
    if is_uuid {
        id.to_string()
    } else {
        Id::digest(&format!("fhir/{id}")).to_string()
    }
}

/// A name found in the words an export would carry: who it names, and the entry whose
/// words hold it, so the person can untick the entry before anything leaves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameInWords {
    /// The name as it stands in the plan ("Maria", "Tom").
    pub name: String,
    pub list: super::change::List,
    /// The entry's few identifying words.
    pub entry: String,
}

/// Where the person's name (unless it goes in by their choice) or the name of a
/// supporter or team member not chosen appears in the words of the chosen goals, steps,
/// community supports, supporters and team: exporting the words carries the name with them.
pub fn names_in_words(plan: &Plan, choice: &ExportChoice) -> Vec<NameInWords> {
    use super::change::{List, Listed};
    let mut names: Vec<&str> = vec![];
    if choice.name.is_none() {
        names.extend(name_words(&plan.name));
    }
    for s in Plan::live(&plan.supporters).filter(|s| !choice.selection.contains(&s.id)) {
        names.extend(name_words(&s.body.name));
    }
    // A team member left out: their name, not their title ("Dr", "Nurse").
    const TITLES: [&str; 8] = ["Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Nurse", "Prof"];
    for m in Plan::live(&plan.team).filter(|m| !choice.selection.contains(&m.id)) {
        names.extend(
            name_words(&m.body.name)
                .into_iter()
                .filter(|w| !TITLES.contains(w)),
        );
    }
    names.sort_unstable();
    names.dedup();
    let mut found = vec![];
    fn look<T: Listed>(
        list: List,
        entries: &[Entry<T>],
        choice: &ExportChoice,
        names: &[&str],
        found: &mut Vec<NameInWords>,
    ) {
        for e in Plan::live(entries).filter(|e| choice.selection.contains(&e.id)) {
            let tree = super::merge::to_tree(&e.body).unwrap_or(Value::Null);
            let mut texts = vec![];
            strings(&tree, &mut texts);
            let said: Vec<String> = texts
                .iter()
                .flat_map(|t| words(t))
                .map(without_case)
                .collect();
            for name in names {
                if said.contains(&without_case(name)) {
                    found.push(NameInWords {
                        name: name.to_string(),
                        list,
                        entry: e.body.label(),
                    });
                }
            }
        }
    }
    look(List::Goals, &plan.goals, choice, &names, &mut found);
    look(List::Actions, &plan.actions, choice, &names, &mut found);
    look(
        List::CommunitySupports,
        &plan.community_supports,
        choice,
        &names,
        &mut found,
    );
    // The chosen people's own words too: "Sits with Tom on Saturdays", "Runs Maria's
    // reviews" go into their narratives.
    look(
        List::Supporters,
        &plan.supporters,
        choice,
        &names,
        &mut found,
    );
    look(List::Team, &plan.team, choice, &names, &mut found);
    found
}

/// The words of a text as names are matched: "Tom's" is Tom, as "Maria’s" is Maria.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-'))
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_end_matches(['\'', '’'])
        })
        .filter(|w| !w.is_empty())
}

/// The words of a name that could identify someone: "Maria (sample)" gives "Maria";
/// words in brackets and single letters are left out.
fn name_words(name: &str) -> Vec<&str> {
    let mut depth = 0;
    let mut out = vec![];
    for part in name.split_inclusive(['(', ')', '[', ']']) {
        if depth == 0 {
            out.extend(words(part.trim_end_matches(['(', '['])).filter(|w| {
                w.chars().count() >= 2 && w.chars().next().is_some_and(char::is_uppercase)
            }));
        }
        match part.chars().last() {
            Some('(' | '[') => depth += 1,
            Some(')' | ']') => depth -= 1,
            _ => {}
        }
    }
    out
}

/// Every text in a JSON tree.
fn strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// Escapes text for the XHTML of a narrative: nothing typed is ever markup.
fn xhtml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn narrative(lines: &[String]) -> Value {
    let body: String = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{}</p>", xhtml(l)))
        .collect();
    json!({
        "status": "generated",
        "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\">{body}</div>"),
    })
}

fn date(d: CalendarDate) -> String {
    d.to_string()
}

fn instant(t: Timestamp) -> String {
    let (h, m, s) = t.utc_time_of_day();
    format!("{}T{h:02}:{m:02}:{s:02}Z", CalendarDate::from_timestamp(t))
}

fn priority_code(p: Priority) -> Value {
    let (code, display) = match p {
        Priority::High => ("high-priority", "High Priority"),
        Priority::Medium => ("medium-priority", "Medium Priority"),
        Priority::Low => ("low-priority", "Low Priority"),
    };
    json!({ "coding": [{ "system": PRIORITY, "code": code, "display": display }] })
}

/// Goal.lifecycleStatus from where the two stand, or how the goal ended.
pub fn lifecycle(goal: &Goal) -> &'static str {
    match (&goal.ended, &goal.agreement) {
        (Some(e), _) if e.how == EndKind::Achieved => "completed",
        (Some(_), _) => "cancelled",
        (None, Agreement::Agreed | Agreement::AgreedToDiffer { .. }) => "active",
        (None, Agreement::SetAside { .. }) => "on-hold",
        (None, Agreement::Proposed | Agreement::Discussed) => "proposed",
    }
}

/// Goal.achievementStatus where check-ins tell it.
fn achievement(plan: &Plan, id: &Id, goal: &Goal) -> Option<Value> {
    let code = match &goal.ended {
        Some(e) if e.how == EndKind::Achieved => "achieved",
        Some(e) if e.how == EndKind::LetGo => "not-achieved",
        _ => {
            let levels = goal_levels(plan, id);
            match levels.as_slice() {
                [] => return None,
                [.., (_, before), (_, last)] if last > before => "improving",
                [.., (_, before), (_, last)] if last < before => "worsening",
                [.., _, _] => "no-change",
                [_] => "in-progress",
            }
        }
    };
    Some(json!({ "coding": [{ "system": ACHIEVEMENT, "code": code }] }))
}

/// Each party's acceptance: agree, disagree or pending, and their priority.
fn acceptance(goal: &Goal, patient: &Value, clinician_ref: Value) -> Vec<Value> {
    let (person, clinician) = match &goal.agreement {
        Agreement::Agreed => ("agree", "agree"),
        Agreement::AgreedToDiffer { .. } if goal.proposed_by == AuthorRole::Clinician => {
            ("disagree", "agree")
        }
        Agreement::AgreedToDiffer { .. } => ("agree", "disagree"),
        Agreement::Proposed | Agreement::Discussed | Agreement::SetAside { .. } => {
            ("pending", "pending")
        }
    };
    let party = |individual: Value, status: &str, priority: Option<Priority>| {
        let mut parts = vec![
            json!({ "url": "individual", "valueReference": individual }),
            json!({ "url": "status", "valueCode": status }),
        ];
        if let Some(p) = priority {
            parts.push(json!({ "url": "priority", "valueCodeableConcept": priority_code(p) }));
        }
        json!({ "url": ACCEPTANCE, "extension": parts })
    };
    vec![
        party(patient.clone(), person, goal.person_view.priority),
        party(clinician_ref, clinician, goal.clinician_view.priority),
    ]
}

fn note(text: String) -> Value {
    json!({ "text": text })
}

fn goal_resource(
    plan: &Plan,
    g: &Entry<Goal>,
    patient: &Value,
    words: &FhirWords,
    author: &dyn Fn(AuthorRole, Option<&Id>) -> Value,
) -> Value {
    let b = &g.body;
    let mut notes = vec![];
    for (label, view) in [
        (&words.why_person, &b.person_view),
        (&words.why_clinician, &b.clinician_view),
    ] {
        if !view.why_it_matters.is_empty() {
            notes.push(note(format!("{label}: {}", view.why_it_matters)));
        }
        if !view.concerns.is_empty() {
            notes.push(note(format!(
                "{} ({label}): {}",
                words.concerns, view.concerns
            )));
        }
    }
    // Other team members' views: named only if they are in the export.
    let named = |id: &Id| {
        let chosen = author(AuthorRole::Clinician, Some(id))
            .get("reference")
            .is_some();
        plan.team
            .iter()
            .find(|m| chosen && &m.id == id)
            .map(|m| m.body.name.clone())
    };
    for v in &b.more_views {
        let label = match named(&v.by) {
            Some(name) => format!("{} ({name})", words.why_clinician),
            None => words.why_clinician.clone(),
        };
        if !v.view.why_it_matters.is_empty() {
            notes.push(note(format!("{label}: {}", v.view.why_it_matters)));
        }
        if !v.view.concerns.is_empty() {
            notes.push(note(format!(
                "{} ({label}): {}",
                words.concerns, v.view.concerns
            )));
        }
    }
    if let Agreement::AgreedToDiffer { difference } = &b.agreement {
        notes.push(note(format!("{}: {difference}", words.difference)));
    }
    if b.attainment_levels.iter().any(|l| !l.is_empty()) {
        let levels: Vec<String> = AttainmentLevel::ALL
            .iter()
            .map(|l| {
                let v = l.value();
                let sign = if v > 0 { "+" } else { "" };
                format!("{sign}{v}: {}", b.attainment_levels[l.index()])
            })
            .collect();
        notes.push(note(format!("{}: {}", words.levels, levels.join("; "))));
    }
    for m in &b.measures {
        notes.push(note(format!(
            "{}: {} ({} → {})",
            words.measure, m.name, m.current, m.target
        )));
    }
    let mut goal = json!({
        "resourceType": "Goal",
        "id": uuid_for(g.id.as_str()),
        "text": narrative(std::slice::from_ref(&b.wording)),
        "extension": acceptance(b, patient, match author(AuthorRole::Clinician, b.clinician_view_by.as_ref()) {
            r if r.get("reference").is_some() => r,
            _ => json!({ "display": "Clinician" }),
        }),
        "lifecycleStatus": lifecycle(b),
        "description": { "text": b.wording },
        "subject": patient,
        "startDate": date(CalendarDate::from_timestamp(g.created.at)),
        // Whoever wrote it first, by name if they were named and are chosen.
        "expressedBy": author(b.proposed_by, g.created.who.as_ref().filter(|_| g.created.by == b.proposed_by)),
    });
    if let Some(a) = achievement(plan, &g.id, b) {
        goal["achievementStatus"] = a;
    }
    if let Some(p) = b.person_view.priority {
        goal["priority"] = priority_code(p);
    }
    if let Some(d) = b.target_date {
        goal["target"] = json!([{ "dueDate": date(d) }]);
    }
    if !notes.is_empty() {
        goal["note"] = Value::Array(notes);
    }
    goal
}

fn activity_status(ended: &Option<Ending>) -> &'static str {
    match ended {
        Some(e) if e.how == EndKind::Achieved => "completed",
        Some(_) => "stopped",
        None => "in-progress",
    }
}

fn referral_status(r: ReferralStatus) -> &'static str {
    match r {
        ReferralStatus::Suggested => "not-started",
        ReferralStatus::Referred | ReferralStatus::Contacted => "scheduled",
        ReferralStatus::Attended => "in-progress",
        ReferralStatus::Stopped => "stopped",
    }
}

fn full_url(id: &str) -> String {
    format!("urn:uuid:{id}")
}

/// The Bundle for a plan, holding only what `choice` selects. `now` stamps it.
pub fn bundle(plan: &Plan, choice: &ExportChoice, words: &FhirWords, now: Timestamp) -> Value {
    let chosen = |id: &Id| choice.selection.contains(id);
    let patient_id = uuid_for(&format!("{}-patient", plan.id));
    let patient_ref = json!({ "reference": full_url(&patient_id) });
    let mut patient = json!({
        "resourceType": "Patient",
        "id": patient_id,
        "text": narrative(&[choice.name.clone().unwrap_or_else(|| words.person.clone())]),
    });
    if let Some(name) = choice.name.as_ref().filter(|n| !n.trim().is_empty()) {
        patient["name"] = json!([{ "text": name }]);
    }
    let mut entries = vec![json!({ "fullUrl": full_url(&patient_id), "resource": patient })];

    let supporters: Vec<&Entry<Supporter>> = Plan::live(&plan.supporters)
        .filter(|s| chosen(&s.id))
        .collect();
    let supporter_ref = |id: &Id| -> Option<Value> {
        supporters
            .iter()
            .any(|s| &s.id == id)
            .then(|| json!({ "reference": full_url(&uuid_for(id.as_str())) }))
    };
    for s in &supporters {
        let id = uuid_for(s.id.as_str());
        let mut r = json!({
            "resourceType": "RelatedPerson",
            "id": id,
            "text": narrative(&[s.body.name.clone(), s.body.role.clone(), s.body.how_they_help.clone()]),
            "active": true,
            "patient": patient_ref,
            "name": [{ "text": s.body.name }],
        });
        if !s.body.role.is_empty() {
            r["relationship"] = json!([{ "text": s.body.role }]);
        }
        entries.push(json!({ "fullUrl": full_url(&id), "resource": r }));
    }

    // The team: each chosen member a Practitioner, and one CareTeam naming them and the
    // chosen supporters. A member left out is named nowhere.
    let team: Vec<&Entry<TeamMember>> = team_first(plan)
        .into_iter()
        .filter(|m| chosen(&m.id))
        .collect();
    let team_ref = |id: &Id| -> Value {
        if team.iter().any(|m| &m.id == id) {
            json!({ "reference": full_url(&uuid_for(id.as_str())) })
        } else {
            json!({ "display": words.clinician })
        }
    };
    let mut participants = vec![];
    for m in &team {
        let id = uuid_for(m.id.as_str());
        let b = &m.body;
        let role = role_in_words(b, |r| words.role_name(r));
        let mut r = json!({
            "resourceType": "Practitioner",
            "id": id,
            "text": narrative(&[b.name.clone(), role.clone(), b.organisation.clone(), b.contact.clone(), b.hours.clone(), b.what_they_do.clone()]),
            "active": true,
            "name": [{ "text": b.name }],
        });
        if !b.contact.is_empty() {
            r["telecom"] = json!([{ "system": "other", "value": b.contact }]);
        }
        entries.push(json!({ "fullUrl": full_url(&id), "resource": r }));
        let mut p = json!({
            "role": [{ "text": role }],
            "member": { "reference": full_url(&id), "display": b.name },
        });
        if !b.organisation.is_empty() {
            p["onBehalfOf"] = json!({ "display": b.organisation });
        }
        participants.push(p);
    }
    for s in &supporters {
        let mut p = json!({
            "member": { "reference": full_url(&uuid_for(s.id.as_str())), "display": s.body.name },
        });
        if !s.body.role.is_empty() {
            p["role"] = json!([{ "text": s.body.role }]);
        }
        participants.push(p);
    }
    if !participants.is_empty() {
        let id = uuid_for(&format!("{}-careteam", plan.id));
        let names: Vec<String> = team
            .iter()
            .map(|m| {
                format!(
                    "{}, {}",
                    m.body.name,
                    role_in_words(&m.body, |r| words.role_name(r))
                )
            })
            .chain(supporters.iter().map(|s| s.body.name.clone()))
            .collect();
        let care_team = json!({
            "resourceType": "CareTeam",
            "id": id,
            "text": narrative(&names),
            "status": "active",
            "name": words.care_team,
            "subject": patient_ref,
            "participant": participants,
        });
        entries.push(json!({ "fullUrl": full_url(&id), "resource": care_team }));
    }

    let author = |role: AuthorRole, who: Option<&Id>| match (role, who) {
        (AuthorRole::Clinician, Some(m)) if team.iter().any(|x| &x.id == m) => team_ref(m),
        (AuthorRole::Supporter, Some(s)) if supporter_ref(s).is_some() => {
            supporter_ref(s).unwrap_or_default()
        }
        (AuthorRole::Person, _) => patient_ref.clone(),
        (AuthorRole::Clinician, _) => json!({ "display": words.clinician }),
        (AuthorRole::Supporter, _) => json!({ "display": words.supporter }),
        (AuthorRole::CommunityWorker, _) => json!({ "display": words.community_worker }),
    };
    let goals: Vec<&Entry<Goal>> = Plan::live(&plan.goals).filter(|g| chosen(&g.id)).collect();
    let goal_ref = |id: &Id| json!({ "reference": full_url(&uuid_for(id.as_str())) });
    for g in &goals {
        let r = goal_resource(plan, g, &patient_ref, words, &author);
        entries.push(json!({ "fullUrl": full_url(&uuid_for(g.id.as_str())), "resource": r }));
    }

    let in_goals = |ids: &[Id]| -> Vec<Value> {
        ids.iter()
            .filter(|g| goals.iter().any(|x| &x.id == *g))
            .map(goal_ref)
            .collect()
    };
    let mut activities = vec![];
    let mut lines = vec![words.care_plan.clone()];
    for a in Plan::live(&plan.actions).filter(|a| chosen(&a.id)) {
        let b = &a.body;
        let performer = match &b.responsible {
            Responsible::Person => patient_ref.clone(),
            Responsible::Clinician => json!({ "display": words.clinician }),
            // A supporter left out is named nowhere: the step says only "a supporter".
            Responsible::Supporter(s) => {
                supporter_ref(s).unwrap_or_else(|| json!({ "display": words.supporter }))
            }
            Responsible::TeamMember(m) => team_ref(m),
            Responsible::CommunitySupport(c) => json!({
                "display": plan.community_supports.iter().find(|x| &x.id == c).map(|x| x.body.name.clone()).unwrap_or_default()
            }),
        };
        let schedule: Vec<&str> = [&b.how_much, &b.how_often, &b.when, &b.with_whom]
            .into_iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        let mut detail = json!({
            "kind": "Task",
            "status": activity_status(&b.ended),
            "description": b.what,
            "performer": [performer],
        });
        if !schedule.is_empty() {
            detail["scheduledString"] = json!(schedule.join(", "));
        }
        let linked = in_goals(b.goal.as_slice());
        if !linked.is_empty() {
            detail["goal"] = Value::Array(linked);
        }
        lines.push(b.what.clone());
        activities.push(json!({ "detail": detail }));
    }
    for c in Plan::live(&plan.community_supports).filter(|c| chosen(&c.id)) {
        let b = &c.body;
        let description = if b.offer.is_empty() {
            format!("{}: {}", words.referral, b.name)
        } else {
            format!("{}: {} ({})", words.referral, b.name, b.offer)
        };
        let mut detail = json!({
            "kind": "ServiceRequest",
            "status": referral_status(b.referral),
            "description": description,
            "performer": [{ "display": b.name }],
        });
        let linked = in_goals(&b.goals);
        if !linked.is_empty() {
            detail["goal"] = Value::Array(linked);
        }
        let mut activity = json!({ "detail": detail });
        if !b.how_it_went.is_empty() {
            activity["progress"] = json!([{ "text": b.how_it_went }]);
        }
        lines.push(description);
        activities.push(activity);
    }
    let care_plan_id = uuid_for(&format!("{}-careplan", plan.id));
    let mut care_plan = json!({
        "resourceType": "CarePlan",
        "id": care_plan_id,
        "text": narrative(&lines),
        "status": if goals.iter().any(|g| lifecycle(&g.body) == "active") { "active" } else { "draft" },
        "intent": "plan",
        // The plan is often named after the person: its name goes only where they said.
        "title": choice.name.clone().unwrap_or_else(|| words.care_plan.clone()),
        "subject": patient_ref,
        "created": instant(plan.created.at),
    });
    if !goals.is_empty() {
        care_plan["goal"] = Value::Array(goals.iter().map(|g| goal_ref(&g.id)).collect());
    }
    if !activities.is_empty() {
        care_plan["activity"] = Value::Array(activities);
    }
    entries.push(json!({ "fullUrl": full_url(&care_plan_id), "resource": care_plan }));

    json!({
        "resourceType": "Bundle",
        "id": uuid_for(&format!("{}-bundle-{}", plan.id, now.0)),
        "meta": { "lastUpdated": instant(now) },
        "language": words.lang,
        "type": "collection",
        "timestamp": instant(now),
        "entry": entries,
    })
}
