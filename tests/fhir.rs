//! The HL7 FHIR R4 export: only what was chosen, the codes FHIR requires, a narrative on
//! every resource, and nothing typed ever becoming markup. (The official JSON schema
//! and the fhir.resources models check the sample plan's export end to end.)

mod common;
use common::*;
use coplan::core::fhir::*;
use coplan::core::share::{everything_agreed, suggested_for};
use coplan::core::*;
use serde_json::Value;

fn words() -> FhirWords {
    FhirWords {
        person: "The person".into(),
        clinician: "Clinician".into(),
        why_person: "Why it matters to the person".into(),
        why_clinician: "Why it matters to the clinician".into(),
        concerns: "Concerns".into(),
        levels: "Goal attainment levels".into(),
        measure: "Measure".into(),
        difference: "Where they differ".into(),
        care_plan: "Self-management plan".into(),
        referral: "Referral".into(),
        supporter: "A supporter".into(),
        community_worker: "A community worker".into(),
        care_team: "The people helping me".into(),
        team_roles: TeamRole::ALL.iter().map(|r| format!("{r:?}")).collect(),
        lang: "en-GB".into(),
    }
}

/// The id of the team member of this name.
fn member_id(p: &Plan, name: &str) -> Id {
    p.team
        .iter()
        .find(|m| m.body.name == name)
        .unwrap()
        .id
        .clone()
}

fn sample() -> Plan {
    maria_sample()
}

fn resources<'a>(b: &'a Value, kind: &str) -> Vec<&'a Value> {
    b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

fn export(plan: &Plan, name: Option<&str>) -> Value {
    let choice = ExportChoice {
        selection: everything_agreed(plan),
        name: name.map(str::to_string),
    };
    bundle(plan, &choice, &words(), Timestamp(1_790_000_000_000))
}

#[test]
fn the_sample_plan_exports_as_a_collection_of_linked_resources() {
    let p = sample();
    let b = export(&p, Some("Maria"));
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "collection");
    let entries = b["entry"].as_array().unwrap();
    let urls: Vec<&str> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    for u in &urls {
        assert!(u.starts_with("urn:uuid:") && u.len() == 45, "{u}");
    }
    let mut unique = urls.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), urls.len(), "every fullUrl is its own");
    for e in entries {
        let div = e["resource"]["text"]["div"].as_str().unwrap();
        assert!(
            div.starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\">"),
            "{div}"
        );
        assert_eq!(e["resource"]["text"]["status"], "generated");
        assert_eq!(
            e["fullUrl"].as_str().unwrap()[9..],
            *e["resource"]["id"].as_str().unwrap()
        );
    }
    assert_eq!(resources(&b, "Patient")[0]["name"][0]["text"], "Maria");
    let goals = resources(&b, "Goal");
    assert_eq!(goals.len(), 1);
    let g = goals[0];
    assert_eq!(g["lifecycleStatus"], "active");
    assert_eq!(
        g["description"]["text"],
        "Walk Lily to school on Wednesdays by the summer"
    );
    assert_eq!(
        g["subject"]["reference"], urls[0],
        "the goal is the patient's"
    );
    assert_eq!(g["priority"]["coding"][0]["code"], "high-priority");
    let notes: Vec<&str> = g["note"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Why it matters to the person: Time with Lily")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Goal attainment levels: -2: Can't walk")),
        "{notes:?}"
    );
    let acceptance: Vec<&Value> = g["extension"].as_array().unwrap().iter().collect();
    assert_eq!(acceptance.len(), 2);
    for a in &acceptance {
        assert_eq!(
            a["url"],
            "http://hl7.org/fhir/StructureDefinition/goal-acceptance"
        );
        let status = a["extension"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["url"] == "status")
            .unwrap();
        assert_eq!(status["valueCode"], "agree");
    }
    let care = resources(&b, "CarePlan");
    assert_eq!(care.len(), 1);
    assert_eq!(care[0]["intent"], "plan");
    assert_eq!(care[0]["status"], "active");
    let activities = care[0]["activity"].as_array().unwrap();
    let kinds: Vec<&str> = activities
        .iter()
        .map(|a| a["detail"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["Task", "Task", "Task", "Task", "Task", "ServiceRequest"]
    );
    let referral = &activities[5]["detail"];
    assert_eq!(
        referral["status"], "scheduled",
        "referred, not yet attended"
    );
    assert!(referral["description"]
        .as_str()
        .unwrap()
        .contains("Riverside Walking for Health"));
    // Ana walks with Maria: her step names her as a RelatedPerson.
    let related = resources(&b, "RelatedPerson");
    assert_eq!(related.len(), 1);
    let ana = format!("urn:uuid:{}", related[0]["id"].as_str().unwrap());
    assert!(activities
        .iter()
        .any(|a| a["detail"]["performer"][0]["reference"] == ana.as_str()));
}

/// Regression (issue 17): unticked, the plan's name still went out as the CarePlan's
/// title ("Maria (sample)"), which the old check for `"Maria"` did not see.
#[test]
fn the_name_goes_in_only_when_chosen() {
    let b = export(&sample(), None);
    let patient = resources(&b, "Patient")[0];
    assert!(patient.get("name").is_none());
    assert!(
        !b.to_string().contains("Maria (sample)"),
        "nowhere else either"
    );
    assert_eq!(
        resources(&b, "CarePlan")[0]["title"],
        "Self-management plan"
    );
    let named = export(&sample(), Some("Maria (sample)"));
    assert_eq!(resources(&named, "CarePlan")[0]["title"], "Maria (sample)");
}

/// Names inside the words being exported are found before anything leaves: the
/// person's (unless they put it in) and a supporter's left out.
#[test]
fn names_in_the_exported_words_are_pointed_out() {
    let p = sample();
    let mut choice = ExportChoice {
        selection: Plan::live(&p.actions).map(|a| a.id.clone()).collect(),
        name: None,
    };
    let found = fhir::names_in_words(&p, &choice);
    let maria: Vec<&str> = found
        .iter()
        .filter(|n| n.name == "Maria")
        .map(|n| n.entry.as_str())
        .collect();
    assert!(
        maria.contains(&"Refer Maria to physiotherapy for her knee"),
        "{found:?}"
    );
    assert!(maria.contains(&"Walk with Maria on Saturdays"), "{found:?}");
    assert!(
        !found.iter().any(|n| n.name == "sample"),
        "words in brackets are not names"
    );
    choice.name = Some(p.name.clone());
    assert!(
        !fhir::names_in_words(&p, &choice)
            .iter()
            .any(|n| n.name == "Maria"),
        "her own choice to be named"
    );
    // Unticking the steps that name her leaves nothing of her name in the file.
    for n in found.iter().filter(|n| n.name == "Maria") {
        let a = Plan::live(&p.actions)
            .find(|a| a.body.what == n.entry)
            .unwrap();
        choice.selection.remove(&a.id);
    }
    choice.name = None;
    assert!(!bundle(&p, &choice, &words(), Timestamp(0))
        .to_string()
        .contains("Maria"));
}

#[test]
fn only_what_was_chosen_is_exported() {
    let p = sample();
    let walk = Plan::live(&p.actions).next().unwrap().id.clone();
    let mut choice = ExportChoice {
        selection: everything_agreed(&p),
        name: None,
    };
    choice.selection.remove(&walk);
    let ana = Plan::live(&p.supporters).next().unwrap().id.clone();
    choice.selection.remove(&ana);
    let b = bundle(&p, &choice, &words(), Timestamp(0));
    let text = b.to_string();
    assert!(!text.contains("Walk 10 minutes after lunch"));
    assert!(resources(&b, "RelatedPerson").is_empty());
    assert!(!text.contains("Ana"), "left out means named nowhere");
    assert!(
        text.contains("\"display\":\"A supporter\""),
        "her step still says a supporter does it"
    );
}

#[test]
fn typed_markup_stays_text_in_every_narrative() {
    let p = with(
        plan(),
        &[Change::Add(Item::Goal(
            id("g"),
            goal("<script>alert(1)</script> & <b>walk</b>"),
        ))],
    );
    let choice = ExportChoice {
        selection: [id("g")].into_iter().collect(),
        name: Some("<img src=x>".into()),
    };
    let b = bundle(&p, &choice, &words(), Timestamp(0));
    for r in b["entry"].as_array().unwrap() {
        let div = r["resource"]["text"]["div"].as_str().unwrap();
        assert!(
            !div.contains("<script") && !div.contains("<img") && !div.contains("<b>"),
            "{div}"
        );
    }
    assert!(b
        .to_string()
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;walk"));
    assert_eq!(resources(&b, "Goal")[0]["lifecycleStatus"], "proposed");
    assert_eq!(
        resources(&b, "CarePlan")[0]["status"],
        "draft",
        "nothing agreed yet"
    );
}

#[test]
fn lifecycle_follows_agreement_and_endings() {
    let mut g = goal("Walk");
    assert_eq!(lifecycle(&g), "proposed");
    g.agreement = Agreement::SetAside {
        reason: "Later".into(),
    };
    assert_eq!(lifecycle(&g), "on-hold");
    g.agreement = Agreement::AgreedToDiffer {
        difference: "Pace".into(),
    };
    assert_eq!(lifecycle(&g), "active");
    let on = CalendarDate::parse("2026-10-01").unwrap();
    g.ended = Some(Ending {
        how: EndKind::Achieved,
        on,
        reason: String::new(),
    });
    assert_eq!(lifecycle(&g), "completed");
    g.ended = Some(Ending {
        how: EndKind::LetGo,
        on,
        reason: "Shifts".into(),
    });
    assert_eq!(lifecycle(&g), "cancelled");
}

#[test]
fn a_supporter_receives_what_their_involvement_suggests() {
    let p = sample();
    let ana = Plan::live(&p.supporters).next().unwrap();
    let chosen = suggested_for(&p, &ana.id);
    let goal = &Plan::live(&p.goals).next().unwrap().id;
    assert!(chosen.contains(goal), "the agreed goal");
    assert!(
        Plan::live(&p.safety_net).all(|s| chosen.contains(&s.id)),
        "the safety net"
    );
    let theirs: Vec<_> = Plan::live(&p.actions)
        .filter(|a| chosen.contains(&a.id))
        .map(|a| a.body.what.as_str())
        .collect();
    assert_eq!(
        theirs,
        ["Walk with Maria on Saturdays"],
        "shares tasks: only the steps she does"
    );
    assert!(
        !Plan::live(&p.what_matters).any(|w| chosen.contains(&w.id)),
        "not what matters"
    );
}

/// Found in review: "Tom's" did not count as naming Tom.
#[test]
fn a_possessive_names_someone_too() {
    let mut p = sample();
    let a = p.actions.iter_mut().find(|a| a.is_live()).unwrap();
    a.body.what = "Go with Maria’s daughter to Tom's club".into();
    let choice = ExportChoice {
        selection: [a.id.clone()].into_iter().collect(),
        name: None,
    };
    let found = names_in_words(&p, &choice);
    assert!(found.iter().any(|n| n.name == "Maria"), "{found:?}");
    assert!(found.iter().any(|n| n.name == "Tom"), "{found:?}");
    assert!(!found.iter().any(|n| n.name == "sample"), "{found:?}");
}

/// The team goes in as a CareTeam: each chosen member a Practitioner with their role and
/// organisation, each step pointing at whoever does it; a member left out is named
/// nowhere, not in a narrative, a performer or the team.
#[test]
fn the_team_goes_in_as_a_care_team_naming_only_who_was_chosen() {
    let p = sample();
    let member = |name: &str| member_id(&p, name);
    let b = export(&p, Some("Maria"));
    let practitioners = resources(&b, "Practitioner");
    let names: Vec<&str> = practitioners
        .iter()
        .map(|r| r["name"][0]["text"].as_str().unwrap())
        .collect();
    // Everything agreed: the nurse rung in the amber zone, the GP and physio doing steps.
    assert_eq!(
        names,
        ["Priya Patel", "Dr Okafor", "Jon Reyes"],
        "first contact first"
    );
    assert_eq!(
        practitioners[0]["telecom"][0]["value"],
        "01632 960 123 (the surgery)"
    );
    let team = resources(&b, "CareTeam");
    assert_eq!(team.len(), 1);
    let participants = team[0]["participant"].as_array().unwrap();
    assert_eq!(participants[0]["role"][0]["text"], "PracticeNurse");
    assert_eq!(
        participants[0]["onBehalfOf"]["display"],
        "Riverside Surgery"
    );
    assert_eq!(
        participants[0]["member"]["reference"],
        format!("urn:uuid:{}", member("Priya Patel"))
    );
    assert_eq!(participants.len(), 4, "three professionals and Ana");
    let care = resources(&b, "CarePlan");
    let okafor = format!("urn:uuid:{}", member("Dr Okafor"));
    let referral = care[0]["activity"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["detail"]["description"] == "Refer Maria to physiotherapy for her knee")
        .unwrap();
    assert_eq!(
        referral["detail"]["performer"][0]["reference"],
        okafor.as_str()
    );
    // The goal's second voice is Dr Okafor's, in his own name.
    let goal = resources(&b, "Goal")[0];
    let clinician_party = &goal["extension"][1]["extension"][0]["valueReference"];
    assert_eq!(clinician_party["reference"], okafor.as_str());

    let mut choice = ExportChoice {
        selection: everything_agreed(&p),
        name: None,
    };
    choice.selection.remove(&member("Dr Okafor"));
    let without = bundle(&p, &choice, &words(), Timestamp(1_790_000_000_000));
    let text = without.to_string();
    assert!(!text.contains("Okafor"), "unticked means nowhere");
    assert!(text.contains("Priya Patel"));
}

/// Another team member's view of a goal goes in the Goal's notes, named only when that
/// team member is in the export.
#[test]
fn more_views_of_a_goal_are_noted_and_named_only_when_chosen() {
    let mut p = sample();
    let patel = member_id(&p, "Priya Patel");
    p.goals[0].body.more_views = vec![TeamView {
        by: patel.clone(),
        view: Perspective {
            why_it_matters: "Her sugars are steadier on walking days".into(),
            ..Perspective::default()
        },
    }];
    let notes = |b: &Value| {
        resources(b, "Goal")[0]["note"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["text"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let b = export(&p, None);
    assert!(notes(&b).contains(
        &"Why it matters to the clinician (Priya Patel): Her sugars are steadier on walking days"
            .to_string()
    ));
    let mut choice = ExportChoice {
        selection: everything_agreed(&p),
        name: None,
    };
    choice.selection.remove(&patel);
    let without = bundle(&p, &choice, &words(), Timestamp(1_790_000_000_000));
    assert!(notes(&without).contains(
        &"Why it matters to the clinician: Her sugars are steadier on walking days".to_string()
    ));
    assert!(!without.to_string().contains("Patel"));
}

/// A team member left out is pointed out where the chosen words name them ("Ring Nurse
/// Patel"), by name and not by title.
#[test]
fn a_team_member_left_out_is_pointed_out_in_the_words() {
    let mut p = sample();
    let patel = member_id(&p, "Priya Patel");
    p.actions[0].body.what = "Ring Patel if the sugars drop; see Dr Jones".into();
    let mut choice = ExportChoice {
        selection: everything_agreed(&p),
        name: Some("Maria".into()),
    };
    assert!(
        names_in_words(&p, &choice).is_empty(),
        "chosen: nothing to point out"
    );
    choice.selection.remove(&patel);
    let okafor = member_id(&p, "Dr Okafor");
    choice.selection.remove(&okafor);
    let found: Vec<String> = names_in_words(&p, &choice)
        .into_iter()
        .map(|n| n.name)
        .collect();
    assert_eq!(found, ["Patel"], "not Dr Okafor's title in Dr Jones");
}

/// Regression: a chosen supporter's or team member's own words went into their narrative
/// unchecked: "Sits with Tom on Saturdays" carried Tom, left out.
#[test]
fn names_in_the_chosen_peoples_own_words_are_pointed_out() {
    let mut p = sample();
    let ana = p
        .supporters
        .iter()
        .position(|s| s.body.name == "Ana")
        .unwrap();
    p.supporters[ana].body.how_they_help = "Sits with Tom on Saturdays".into();
    let patel = p
        .team
        .iter()
        .position(|m| m.body.name == "Priya Patel")
        .unwrap();
    p.team[patel].body.what_they_do = "Runs Maria's reviews".into();
    let tom = p
        .supporters
        .iter()
        .find(|s| s.body.name == "Tom")
        .unwrap()
        .id
        .clone();
    let mut selection = everything_agreed(&p);
    selection.insert(p.supporters[ana].id.clone());
    selection.insert(p.team[patel].id.clone());
    selection.remove(&tom);
    let choice = ExportChoice {
        selection,
        name: None,
    };
    let found: Vec<(String, List, String)> = names_in_words(&p, &choice)
        .into_iter()
        .map(|n| (n.name, n.list, n.entry))
        .collect();
    assert!(
        found.contains(&("Tom".into(), List::Supporters, "Ana".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("Maria".into(), List::Team, "Priya Patel".into())),
        "{found:?}"
    );
}
