use crate::app::components::{helps_summary, wheel_spokes, CapabilityWheel};
use crate::app::device::files;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::prepare::{agenda, capability_for, visit_being_prepared};
use crate::core::{AgendaKind, LifeArea, Plan};
use yew::prelude::*;

/// "For my appointment": one page to take along, on paper or on screen. Its print
/// layout drops the app's navigation and controls and names the plan on every page.
#[function_component(ForMyAppointmentPage)]
pub fn for_my_appointment_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };

    let visit = visit_being_prepared(plan, crate::app::device::clock::today());
    let texts = |kind| -> Vec<String> {
        visit
            .map(|v| {
                agenda(plan, &v.id, kind)
                    .map(|e| e.body.text.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    let topics = texts(AgendaKind::Topic);
    let questions = texts(AgendaKind::Question);
    let what_matters: Vec<String> = Plan::live(&plan.what_matters)
        .map(|e| e.body.text.clone())
        .collect();
    let people: Vec<_> = Plan::live(&plan.supporters)
        .map(|e| e.body.clone())
        .collect();
    let spokes = wheel_spokes(t, plan);
    let capabilities: Vec<_> = LifeArea::ALL
        .iter()
        .filter_map(|a| capability_for(plan, *a))
        .filter(|c| !c.body.description.is_empty() || !c.body.now_in_words.is_empty())
        .map(|c| {
            let words = [&c.body.now_in_words, &c.body.description]
                .into_iter()
                .filter(|w| !w.is_empty())
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" → ");
            ((t.life_area_name)(c.body.life_area), words)
        })
        .collect();
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let download = {
        let plan = plan.clone();
        Callback::from(move |_| {
            let _ = files::download_plan(&plan);
        })
    };
    let v = visit.map(|v| v.body.clone()).unwrap_or_default();
    let visit_line = (t.visit_line)(v.date.map(|d| (t.format_date)(&d)).as_deref(), &v.with_whom);
    let note = |label: &'static str, text: &str| {
        (!text.is_empty()).then(|| html! { <section class="print-section"><h2>{ label }</h2><p class="entry-text">{ text.to_string() }</p></section> })
    };
    html! {
        <article class="page for-appointment">
            <h1>{ t.fma_title }</h1>
            <p class="subtitle">{ &plan.name }{ " · " }{ visit_line }</p>
            <div class="actions screen-only">
                <button type="button" onclick={print}>{ t.print_button }</button>
                <button type="button" class="secondary" onclick={download}>{ t.download_copy }</button>
            </div>
            <p class="hint screen-only">{ t.fma_intro }</p>
            <section class="print-section">
                <h2>{ t.topics_heading }</h2>
                if topics.is_empty() { <p class="empty">{ t.topics_empty }</p> } else {
                    <ol class="agenda-list">
                        { for topics.iter().enumerate().map(|(i, topic)| html! {
                            <li key={i}>if i == 0 { <strong class="badge one-thing">{ t.one_thing }</strong>{ " " } }{ topic }</li>
                        }) }
                    </ol>
                }
            </section>
            if !questions.is_empty() {
                <section class="print-section">
                    <h2>{ t.questions_heading }</h2>
                    <ol class="agenda-list">{ for questions.iter().enumerate().map(|(i, q)| html! { <li key={i}>{ q }</li> }) }</ol>
                </section>
            }
            { note(t.changes_label, &v.changes_since_last_time) }
            { note(t.worries_label, &v.worries) }
            { note(t.hopes_label, &v.hopes) }
            { helps_summary(t, plan, 2) }
            if !what_matters.is_empty() {
                <section class="print-section">
                    <h2>{ t.wm_title }</h2>
                    <ul>{ for what_matters.iter().enumerate().map(|(i, w)| html! { <li key={i}>{ w }</li> }) }</ul>
                </section>
            }
            if !people.is_empty() {
                <section class="print-section">
                    <h2>{ t.people_title }</h2>
                    <ul>
                        { for people.iter().enumerate().map(|(i, p)| html! {
                            <li key={i}><strong>{ &p.name }</strong>
                                if !p.role.is_empty() { { " (" }{ &p.role }{ ")" } }
                                { " · " }{ (t.involvement_name)(p.involvement) }
                                if !p.how_they_help.is_empty() { { ": " }{ &p.how_they_help } }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section class="print-section wheel-section">
                <h2>{ t.wheel_title }</h2>
                <CapabilityWheel id="print-wheel" {spokes} />
                if !capabilities.is_empty() {
                    <dl class="capabilities">
                        { for capabilities.iter().map(|(area, words)| html! { <div key={*area}><dt>{ *area }</dt><dd>{ words }</dd></div> }) }
                    </dl>
                }
            </section>
        </article>
    }
}
