use crate::app::components::plan_nav::{screen_name, step_of};
use crate::app::components::TextEntryForm;
use crate::app::device::{clock, files};
use crate::app::hooks::{use_text, use_workspace};
use crate::app::parts::{InPart, Piece};
use crate::core::change::MAX_SHORT;
use crate::core::follow::due_for_review;
use crate::core::prepare::{filled_count, PrepareStep};
use crate::core::{Change, Plan, Typed};
use crate::route::{Route, Screen};
use crate::text::Text;
use yew::prelude::*;

/// How many history lines the overview shows (newest first): a glance, the rest a tap
/// away on the History screen, so the overview stays short on a phone.
const HISTORY_SHOWN: usize = 5;

/// One plan at a glance: its parts, a copy to keep, and who changed what.
#[function_component(OverviewPage)]
pub fn overview_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let renaming = use_state(|| None::<String>);
    let seen_due = use_mut_ref(|| false);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let today = clock::today();
    // The review card (in the follow-through part) once a goal is due; it stays while
    // the overview is open, so its "well done" is read after the last review.
    let reviewing = {
        let due = editable && !due_for_review(plan, today).is_empty();
        let mut seen = seen_due.borrow_mut();
        *seen |= due;
        *seen
    };

    // The name goes into the plan as it is typed (the plan's name is one value, not an
    // entry: the latest typed wins); Done closes the field.
    let rename_live = {
        let ws = ws.clone();
        Callback::from(move |(_, name): (String, String)| {
            ws.type_change(Change::RenamePlan { name }, "rename-plan".into())?;
            Ok((
                Typed::Applied,
                ws.plan().map(|p| p.name.clone()).unwrap_or_default(),
            ))
        })
    };
    let on_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_: String| {
            renaming.set(None);
            // Back to the button that opened the field, which takes its place again.
            crate::app::components::focus_soon("rename-button".into());
            Ok(())
        })
    };
    let start_rename = {
        let (renaming, name) = (renaming.clone(), plan.name.clone());
        Callback::from(move |_| renaming.set(Some(name.clone())))
    };
    // A copy made here draws the screen again, so the reminder says when it was made.
    let redraw = use_force_update();
    let download = {
        let plan = plan.clone();
        Callback::from(move |_| {
            let _ = files::download_plan(&plan);
            redraw.force_update();
        })
    };
    html! {
        <section class="page overview">
            <h1>{ &plan.name }</h1>
            if plan.is_sample { <p class="sample-note">{ t.sample_note }</p> }
            if let Some(old_name) = &*renaming {
                <TextEntryForm id="rename-plan" label={(t.rename_label)(old_name)} submit_label={t.done}
                    max={MAX_SHORT} initial={plan.name.clone()} on_submit={on_rename} live={Some(rename_live)} single_line=true autofocus=true />
            } else if editable {
                <p><button type="button" id="rename-button" class="secondary" onclick={start_rename}>{ t.rename }</button></p>
            }
            <p>{ t.overview_intro }</p>
            if reviewing { <InPart piece={Piece::ReviewDue} /> }
            <section class="card" aria-labelledby="between-heading">
                <h2 id="between-heading">{ t.follow.nav_between }</h2>
                <ul class="contents">
                    { for [Screen::CheckIn, Screen::Progress, Screen::History].into_iter().map(|screen| html! {
                        <li key={screen_name(t, screen)}><a href={Route::plan_screen(&plan.id, screen).to_hash()}>{ screen_name(t, screen) }</a></li>
                    }) }
                </ul>
            </section>
            <section class="card" aria-labelledby="contents-heading">
                // Grouped as the plan's menu groups its screens.
                <h2 id="contents-heading">{ t.nav_before_visit }</h2>
                <p>{ (t.progress_summary)(filled_count(plan, today), PrepareStep::ALL.len()) }</p>
                <ol class="contents">
                    { for Screen::ALL.into_iter().filter(|s| step_of(*s).is_some()).map(|screen| {
                        let filled = step_of(screen).is_some_and(|s| s.is_filled(plan, today));
                        html! {
                            <li key={screen_name(t, screen)}>
                                <a href={Route::plan_screen(&plan.id, screen).to_hash()}>{ screen_name(t, screen) }</a>
                                { " · " }<span class={classes!("step-status", filled.then_some("filled"))}>
                                    { if filled { t.step_filled } else { t.step_not_yet } }
                                </span>
                            </li>
                        }
                    }) }
                </ol>
                <ul class="contents">
                    <li>
                        <a href={Route::plan_screen(&plan.id, Screen::Team).to_hash()}>{ screen_name(t, Screen::Team) }</a>
                        { " · " }{ (t.entries_count)(Plan::live(&plan.team).count()) }
                    </li>
                </ul>
                <p><a class="button" href={Route::plan_screen(&plan.id, Screen::ForMyAppointment).to_hash()}>{ t.nav_for_appointment }</a></p>
            </section>
            <section class="card" aria-labelledby="together-heading">
                <h2 id="together-heading">{ t.nav_in_visit }</h2>
                <ul class="contents">
                    { for [
                        (Screen::Goals, Plan::live(&plan.goals).count()),
                        (Screen::Actions, Plan::live(&plan.actions).count()),
                        (Screen::CommunitySupports, Plan::live(&plan.community_supports).count()),
                        (Screen::SafetyNet, Plan::live(&plan.safety_net).count()),
                    ].into_iter().map(|(screen, n)| html! {
                        <li key={screen_name(t, screen)}>
                            <a href={Route::plan_screen(&plan.id, screen).to_hash()}>{ screen_name(t, screen) }</a>
                            { " · " }{ (t.entries_count)(n) }
                        </li>
                    }) }
                </ul>
                <p><a class="button" href={Route::plan_screen(&plan.id, Screen::WhatWeAgreed).to_hash()}>{ t.nav_agreed }</a></p>
            </section>
            <section class="card" aria-labelledby="export-heading">
                <h2 id="export-heading">{ t.export_title }</h2>
                <p>{ t.export_body }</p>
                { copy_reminder(t, plan) }
                <button type="button" onclick={download}>{ t.export_button }</button>
            </section>
            <p><a class="button secondary" href={Route::plan_screen(&plan.id, Screen::Share).to_hash()}>{ t.nav_share }</a></p>
            { history_list(t, plan) }
        </section>
    }
}

/// Who changed what, newest first.
fn history_list(t: &'static Text, plan: &Plan) -> Html {
    let lines = plan.history.iter().rev().take(HISTORY_SHOWN);
    html! {
        <section class="card history" aria-labelledby="history-heading">
            <h2 id="history-heading">{ t.history_title }</h2>
            <ol>
                { for lines.enumerate().map(|(i, h)| {
                    let date = clock::local_date(h.stamp.at);
                    let (hour, minute) = clock::local_time(h.stamp.at);
                    html! {
                        <li key={format!("{}-{}", h.stamp.at.0, i)}>
                            <span class="when">{ (t.format_date)(&date) }{ format!(", {:02}:{:02}", hour, minute) }</span>{ " " }
                            { (t.history_line)(&crate::app::pages::team::writer_words(t, plan, h.stamp.by, h.stamp.who.as_ref()), h.verb, h.list, &h.label) }
                        </li>
                    }
                }) }
            </ol>
            if plan.history.len() > HISTORY_SHOWN {
                <p><a href={Route::plan_screen(&plan.id, Screen::History).to_hash()}>{ (t.history_all)(plan.history.len()) }</a></p>
            }
        </section>
    }
}

/// When the plan was last copied off this device, and a gentle suggestion after many
/// changes: browsers may clear a site's storage (Safari after seven days unvisited).
/// Read as the screen draws, so a copy made on it shows at once.
fn copy_reminder(t: &'static Text, plan: &Plan) -> Html {
    let copied = crate::app::device::storage::last_copied(&plan.id);
    let (said, since) = match copied {
        Some((at, revision)) => (
            (t.copied_on)(&(t.format_date)(&clock::local_date(at))),
            plan.revision.saturating_sub(revision),
        ),
        None => (t.copied_never.to_string(), plan.revision),
    };
    html! {
        <>
            <p class="copied">{ said }</p>
            if since >= 30 { <p class="hint">{ t.copy_nudge }</p> }
        </>
    }
}
