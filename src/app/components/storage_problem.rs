use crate::app::device::{files, storage, DeviceError};
use crate::app::hooks::WorkspaceHandle;
use crate::app::store::{ReadOnly, SaveState, Workspace};
use crate::text::Text;
use yew::prelude::*;

/// Changes to a plan the person has left that storage could not hold: said on every
/// screen, with a copy to download and "Try saving again" (say, after removing a plan).
pub fn left_unsaved(t: &Text, ws: &WorkspaceHandle) -> Html {
    let Some(left) = &ws.left_unsaved else {
        return html! {};
    };
    let plan = left.plan.clone();
    let name = plan.name.clone();
    let download = Callback::from(move |_| {
        let _ = files::download_plan(&plan);
    });
    let retry = {
        let ws = ws.clone();
        Callback::from(move |_| ws.save_left_unsaved())
    };
    html! {
        <div class="problem" role="alert">
            <p>{ (t.left_unsaved)(&name) }</p>
            <div class="actions">
                <button type="button" onclick={download}>{ t.download_copy }</button>
                <button type="button" class="secondary" onclick={retry}>{ t.try_saving_again }</button>
            </div>
        </div>
    }
}

/// Words not yet added to the plan cannot be kept as drafts (storage is full): said on
/// every screen, so no one leaves a form thinking they are.
pub fn drafts_unkept(t: &Text, ws: &Workspace) -> Html {
    if !ws.drafts_unkept {
        return html! {};
    }
    html! {
        <div class="problem" role="alert"><p>{ t.drafts_unkept }</p></div>
    }
}

/// Says plainly when the plan on screen is not safely saved, and offers a copy.
pub fn storage_problem(t: &Text, ws: &Workspace) -> Html {
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let message = match &ws.save {
        SaveState::Failed(DeviceError::StorageFull) => Some(t.storage_full),
        SaveState::Failed(DeviceError::StorageUnavailable) => Some(t.storage_unavailable),
        SaveState::Failed(_) => Some(t.storage_failed),
        _ => match ws.read_only {
            Some(ReadOnly::Newer) => Some(t.newer_body),
            Some(ReadOnly::Deleted) => Some(t.deleted_elsewhere),
            None => None,
        },
    };
    let Some(message) = message else {
        return html! {};
    };
    let newer = ws.read_only == Some(ReadOnly::Newer);
    let download_kept = ws.kept_aside.clone().map(|key| {
        let name = plan.name.clone();
        Callback::from(move |_| {
            if let Some(raw) = storage::read_aside(&key) {
                let _ = files::download_stored(&name, &raw);
            }
        })
    });
    let download = {
        let plan = plan.clone();
        Callback::from(move |_| {
            // A newer version's plan is offered as stored (the same JSON), losing nothing.
            match storage::read_raw(&plan.id).filter(|_| newer) {
                Some(raw) => {
                    let _ = files::download_stored(&plan.name, &raw);
                }
                None => {
                    let _ = files::download_plan(&plan);
                }
            }
        })
    };
    html! {
        <div class="problem" role="alert">
            if newer { <h2>{ t.newer_title }</h2> }
            <p>{ message }</p>
            if download_kept.is_some() { <p>{ t.kept_changes_body }</p> }
            <div class="actions">
                if let Some(onclick) = download_kept {
                    <button type="button" {onclick}>{ t.download_kept_changes }</button>
                }
                <button type="button" class={classes!(ws.kept_aside.is_some().then_some("secondary"))} onclick={download}>{ t.download_copy }</button>
            </div>
        </div>
    }
}
