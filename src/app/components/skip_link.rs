use crate::app::hooks::use_text;
use yew::prelude::*;

/// Lets keyboard users jump past the header and navigation.
#[function_component(SkipLink)]
pub fn skip_link() -> Html {
    let t = use_text();
    let onclick = Callback::from(|e: MouseEvent| {
        // A fragment link would change the route (routes live in the fragment).
        e.prevent_default();
        super::focus_soon("main".into());
    });
    html! { <a class="skip-link" href="#main" {onclick}>{ t.skip_link }</a> }
}
