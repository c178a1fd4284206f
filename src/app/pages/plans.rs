use crate::app::components::{ConfirmDialog, ImportPlan, ScanCode, TextEntryForm};
use crate::app::device::storage::{self, AsideReason, PlanSummary, SetAside};
use crate::app::device::{clock, files};
use crate::app::hooks::{navigate, use_text, use_workspace};
use crate::app::store::{Msg, Notice};
use crate::core::change::MAX_SHORT;
use crate::core::{new_plan, sample, Id};
use crate::route::{Route, Screen};
use crate::text::Text;
use yew::prelude::*;

/// What the plans screen is asking the person to confirm.
#[derive(Clone, PartialEq)]
enum Confirm {
    DeletePlan(PlanSummary),
    DiscardAside(String),
}

/// The plans on this device, a welcome on first run, and a way to start a new plan.
#[function_component(PlansPage)]
pub fn plans_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let refresh = use_state(|| 0u32);
    let confirm = use_state(|| None::<Confirm>);
    // Listed again after each save, so a plan edited a moment ago shows as it is now.
    let saved_revision = ws.session.as_ref().and_then(|s| s.base_revision);
    let listing = use_memo((*refresh, saved_revision), |_| storage::list());
    let (plans, aside, can_save) = match &*listing {
        Ok((p, a)) => (p.clone(), a.clone(), true),
        Err(_) => (vec![], vec![], false),
    };

    let on_create = {
        let ws = ws.clone();
        let author = ws.author.by;
        Callback::from(move |name: String| {
            let id = clock::new_id();
            let plan = new_plan(id.clone(), &name, clock::stamp(author))?;
            ws.open_new(plan);
            navigate(&Route::plan_screen(&id, Screen::WhatMatters));
            Ok(())
        })
    };
    let on_sample = {
        let ws = ws.clone();
        Callback::from(move |_| {
            // A new plan knows nobody yet: its stamps name no one.
            let stamp = clock::stamp(ws.author.by);
            let today = clock::local_date(stamp.at);
            if let Ok(plan) = sample::maria_in(clock::new_id, stamp, today, t.sample_words) {
                let id = plan.id.clone();
                ws.open_new(plan);
                navigate(&Route::plan_screen(&id, Screen::Overview));
            }
        })
    };
    let ask = |c: Confirm| {
        let confirm = confirm.clone();
        Callback::from(move |_: MouseEvent| confirm.set(Some(c.clone())))
    };
    let on_cancel = {
        let confirm = confirm.clone();
        Callback::from(move |_| confirm.set(None))
    };
    let on_confirm = {
        let (confirm, refresh, ws) = (confirm.clone(), refresh.clone(), ws.clone());
        Callback::from(move |_| {
            match &*confirm {
                Some(Confirm::DeletePlan(p)) => {
                    // Deleted on purpose: its unsaved changes go with it, not offered.
                    if ws.plan().map(|open| &open.id) == Some(&p.id) {
                        ws.dispatch(Msg::Close);
                    }
                    if ws.left_unsaved.as_ref().is_some_and(|s| s.plan.id == p.id) {
                        ws.dispatch(Msg::LeftUnsaved(None));
                    }
                    if storage::delete(&p.id).is_ok() {
                        ws.dispatch(Msg::Notify(Notice::PlanDeleted(p.name.clone())));
                    }
                }
                Some(Confirm::DiscardAside(key)) => {
                    let removed = storage::remove_aside(key);
                    if removed.is_ok() {
                        ws.dispatch(Msg::Notify(Notice::AsideRemoved));
                    }
                }
                None => {}
            }
            confirm.set(None);
            refresh.set(*refresh + 1);
            // The button that asked has gone with its card: focus starts again at the
            // page's heading, and the live region says what happened.
            crate::app::focus_heading_soon();
        })
    };

    let first_run = plans.is_empty() && aside.is_empty();
    // A referral opened here is the whole page (the organisation's device): the rest
    // steps aside, and ImportPlan keeps its place so what it holds is not lost.
    let others = !ws.referral_open;
    let sample_card = if plans.iter().any(|p| p.is_sample) {
        html! {}
    } else {
        html! {
            <section class="card sample" aria-labelledby="sample-heading">
                <h2 id="sample-heading">{ t.sample_heading }</h2>
                <p>{ t.sample_body }</p>
                <button type="button" class="secondary" onclick={on_sample}>{ t.try_sample }</button>
            </section>
        }
    };
    html! {
        <section class="page plans">
            if others {
                if first_run {
                    <h1>{ t.welcome_title }</h1>
                    <p class="tagline">{ t.tagline }</p>
                    <div class="welcome">
                        { for t.welcome_body.iter().map(|p| html! { <p>{ *p }</p> }) }
                    </div>
                    // The quickest way to see what CoPlan does, near the top on a phone.
                    { sample_card.clone() }
                } else {
                    <h1>{ t.plans_title }</h1>
                }
                if !can_save { <p class="problem" role="alert">{ t.storage_unavailable }</p> }
                { for [false, true].into_iter().map(|kept| {
                    let items: Vec<SetAside> = aside.iter()
                        .filter(|a| matches!(a.reason, AsideReason::ChangesBeforeNewer(_)) == kept).cloned().collect();
                    let confirm = confirm.clone();
                    let on_discard = Callback::from(move |key: String| confirm.set(Some(Confirm::DiscardAside(key))));
                    html! { if !items.is_empty() { { unreadable_data(t, &items, on_discard, kept) } } }
                }) }
                if !plans.is_empty() {
                    <ul class="plan-list">
                        { for plans.iter().map(|p| html! {
                            <li key={p.id.to_string()} class="card">
                                { plan_list_item(t, p, ask(Confirm::DeletePlan(p.clone()))) }
                            </li>
                        }) }
                    </ul>
                } else if !first_run {
                    <p>{ t.plans_empty }</p>
                }
                <section class="card new-plan" aria-labelledby="new-plan-heading">
                    <h2 id="new-plan-heading">{ t.new_plan_heading }</h2>
                    <TextEntryForm id="new-plan-name" label={t.plan_name_label} hint={AttrValue::from(t.plan_name_hint)}
                        submit_label={t.create_plan} max={MAX_SHORT} on_submit={on_create} single_line=true />
                </section>
            }
            <ScanCode />
            <ImportPlan />
            if others && !first_run { { sample_card } }
            { match &*confirm {
                Some(Confirm::DeletePlan(p)) => html! {
                    <ConfirmDialog title={t.delete_title} body={(t.delete_body)(&p.name)}
                        confirm_label={t.delete_confirm} on_confirm={on_confirm.clone()} on_cancel={on_cancel.clone()}>
                        { download_plan_button(t, &p.id, &p.name) }
                    </ConfirmDialog>
                },
                Some(Confirm::DiscardAside(_)) => html! {
                    <ConfirmDialog title={t.discard_unreadable_title} body={t.discard_unreadable_body}
                        confirm_label={t.discard_unreadable} on_confirm={on_confirm.clone()} on_cancel={on_cancel.clone()} />
                },
                None => html! {},
            } }
        </section>
    }
}

/// A plan on this device: its name to open it, when it last changed, a copy, delete.
fn plan_list_item(t: &'static Text, p: &PlanSummary, on_delete: Callback<MouseEvent>) -> Html {
    let changed = clock::local_date(p.changed);
    html! {
        <>
            <h2 class="plan-title">
                <a href={Route::plan_screen(&p.id, Screen::Overview).to_hash()} aria-label={(t.open_plan)(&p.name)}>{ &p.name }</a>
                if p.read_only { <span class="badge">{ t.read_only_badge }</span> }
                if p.is_sample { <span class="badge">{ t.sample_badge }</span> }
            </h2>
            <p class="meta">{ (t.last_changed)(&changed) }</p>
            <div class="actions">
                { download_plan_button(t, &p.id, &p.name) }
                <button type="button" class="danger secondary" onclick={on_delete}
                    aria-label={format!("{}: {}", t.delete, p.name)}>{ t.delete }</button>
            </div>
        </>
    }
}

/// Downloads a stored plan as saved (the same JSON), so even a newer version's plan loses
/// nothing.
fn download_plan_button(t: &'static Text, id: &Id, name: &str) -> Html {
    let onclick = {
        let (id, name) = (id.clone(), name.to_string());
        Callback::from(move |_| {
            if let Some(raw) = storage::read_raw(&id) {
                // A copy off this device, as from the plan's own screen: its overview
                // says when (a newer version's plan, not read here, is left as it is).
                if files::download_stored(&name, &raw).is_ok() {
                    if let Ok(loaded) = crate::core::saved::from_json(&raw) {
                        storage::note_copied(&loaded.plan);
                    }
                }
            }
        })
    };
    html! {
        <button type="button" class="secondary" {onclick} aria-label={format!("{}: {}", t.download_copy, name)}>
            { t.download_copy }
        </button>
    }
}

/// Data kept aside (unreadable, or changes a newer CoPlan overtook: `kept`): explained,
/// downloadable, removable only on request.
fn unreadable_data(
    t: &'static Text,
    aside: &[SetAside],
    on_discard: Callback<String>,
    kept: bool,
) -> Html {
    let (heading_id, title, body, download_label, kind, ext) = if kept {
        (
            "kept-heading",
            t.kept_changes_title,
            t.kept_changes_intro,
            t.download_kept_item,
            t.kept_changes_file,
            ".coplan.json",
        )
    } else {
        (
            "unreadable-heading",
            t.unreadable_title,
            t.unreadable_body,
            t.download_unreadable,
            t.unreadable_file,
            ".txt",
        )
    };
    html! {
        <section class="problem" role="alert" aria-labelledby={heading_id}>
            <h2 id={heading_id}>{ title }</h2>
            <p>{ body }</p>
            <ul>
                { for aside.iter().map(|a| {
                    let key = a.key.clone();
                    let download = Callback::from({
                        let key = key.clone();
                        move |_| {
                            if let Some(raw) = storage::read_aside(&key) {
                                let today = clock::today();
                                let _ = files::download(&files::file_name(kind, &today, ext), "text/plain", &raw);
                            }
                        }
                    });
                    let discard = on_discard.reform({
                        let key = key.clone();
                        move |_: MouseEvent| key.clone()
                    });
                    html! {
                        <li key={key}>
                            <p>{ match &a.reason {
                                AsideReason::Unreadable(e) => (t.unreadable_item)(&(t.read_error)(e)),
                                AsideReason::ChangesBeforeNewer(name) => (t.kept_changes_item)(name),
                            } }</p>
                            <div class="actions">
                                <button type="button" onclick={download}>{ download_label }</button>
                                <button type="button" class="secondary" onclick={discard}>{ t.discard_unreadable }</button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
