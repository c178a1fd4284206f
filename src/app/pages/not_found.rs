use crate::app::device::storage::OpenError;
use crate::app::hooks::{use_text, use_workspace};
use yew::prelude::*;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let t = use_text();
    html! {
        <section class="page">
            <h1>{ t.not_found_title }</h1>
            <p>{ t.not_found_body }</p>
            <p><a class="button" href="#/">{ t.back_to_plans }</a></p>
        </section>
    }
}

/// A plan whose saved data could not be read: it has been kept aside, and the plans
/// screen offers it for download.
#[function_component(UnreadablePlanPage)]
pub fn unreadable_plan_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let reason = match &ws.open_error {
        Some(OpenError::Unreadable(e)) => (t.read_error)(e),
        _ => t.storage_unavailable.to_string(),
    };
    html! {
        <section class="page">
            <h1>{ t.unreadable_title }</h1>
            <p>{ t.unreadable_body }</p>
            <p>{ (t.unreadable_item)(&reason) }</p>
            <p><a class="button" href="#/">{ t.back_to_plans }</a></p>
        </section>
    }
}
