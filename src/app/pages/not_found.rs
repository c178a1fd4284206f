use crate::app::device::storage::OpenError;
use crate::app::store::Workspace;
use crate::text::Text;
use yew::prelude::*;

/// An address that is no screen, or a plan not on this device.
pub fn not_found_page(t: &Text) -> Html {
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
pub fn unreadable_plan_page(t: &Text, ws: &Workspace) -> Html {
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
