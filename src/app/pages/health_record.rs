use crate::app::components::choose_entries;
use crate::app::device::{clock, files};
use crate::app::hooks::{use_text, use_workspace};
use crate::core::fhir::{bundle, names_in_words, ExportChoice, FhirWords};
use crate::core::share::{everything_agreed, Selection};
use crate::core::List;
use yew::prelude::*;

/// What FHIR carries of a plan: goals, steps, people and community referrals.
const FHIR_LISTS: [List; 5] = [
    List::Goals,
    List::Actions,
    List::Team,
    List::Supporters,
    List::CommunitySupports,
];

/// "For a health record": the plan as an HL7 FHIR R4 Bundle, holding only what the
/// person ticks (everything agreed, to start with), and their name only if they say so.
#[function_component(HealthRecordExport)]
pub fn health_record_export() -> Html {
    let t = use_text();
    let c = t.copies;
    let ws = use_workspace();
    let chosen = use_state(|| None::<Selection>);
    let with_name = use_state(|| false);
    let status = use_state(|| None::<&'static str>);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let selection = chosen
        .as_ref()
        .cloned()
        .unwrap_or_else(|| everything_agreed(plan));
    let on_change = {
        let chosen = chosen.clone();
        Callback::from(move |s: Selection| chosen.set(Some(s)))
    };
    let toggle_name = {
        let with_name = with_name.clone();
        Callback::from(move |_| with_name.set(!*with_name))
    };
    let download = {
        let (plan, selection, status, with_name) =
            (plan.clone(), selection.clone(), status.clone(), *with_name);
        Callback::from(move |_| {
            if selection.is_empty() {
                status.set(Some(c.nothing_chosen));
                return;
            }
            let words = FhirWords {
                person: c.w_person.into(),
                clinician: c.w_clinician.into(),
                why_person: c.w_why_person.into(),
                why_clinician: c.w_why_clinician.into(),
                concerns: c.w_concerns.into(),
                levels: c.w_levels.into(),
                measure: c.w_measure.into(),
                difference: c.w_difference.into(),
                care_plan: c.w_care_plan.into(),
                referral: c.w_referral.into(),
                supporter: c.w_supporter.into(),
                community_worker: c.w_community_worker.into(),
                care_team: t.team.care_team.into(),
                team_roles: crate::core::TeamRole::ALL
                    .iter()
                    .map(|r| (t.team.role_name)(*r).to_string())
                    .collect(),
                lang: t.lang.into(),
            };
            let choice = ExportChoice {
                selection: selection.clone(),
                name: with_name.then(|| plan.name.clone()),
            };
            let json = bundle(&plan, &choice, &words, clock::now());
            let text = crate::core::json::to_string_pretty(&json);
            // Unticked means nowhere: not in the file's name either.
            let file_name = if with_name {
                plan.name.as_str()
            } else {
                c.fhir_file
            };
            let name = files::file_name(file_name, &clock::today(), ".fhir.json");
            let done = files::download(&name, "application/fhir+json", &text);
            status.set(Some(if done.is_ok() {
                c.fhir_done
            } else {
                t.follow.calendar_failed
            }));
        })
    };
    let names = names_in_words(
        plan,
        &ExportChoice {
            selection: selection.clone(),
            name: with_name.then(|| plan.name.clone()),
        },
    );
    html! {
        <section class="card health-record" aria-labelledby="fhir-heading">
            <h2 id="fhir-heading">{ c.fhir_heading }</h2>
            <p>{ c.fhir_body }</p>
            { choose_entries(t, "fhir", plan, &FHIR_LISTS, &selection, &on_change) }
            <div class="choice">
                <input type="checkbox" id="fhir-name" checked={*with_name} onchange={toggle_name} />
                <label for="fhir-name">{ (c.include_name)(&plan.name) }</label>
            </div>
            if !names.is_empty() {
                <section class="names-found" aria-labelledby="fhir-names-heading">
                    <h3 id="fhir-names-heading">{ c.names_heading }</h3>
                    <p>{ c.names_intro }</p>
                    <ul>{ for names.iter().map(|n| html! { <li>{ (c.name_in)(&n.entry, &n.name) }</li> }) }</ul>
                </section>
            }
            <button type="button" onclick={download}>{ c.fhir_download }</button>
            <p role="status" class="saved-status">{ status.unwrap_or_default() }</p>
        </section>
    }
}
