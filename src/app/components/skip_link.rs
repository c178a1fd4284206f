use crate::text::Text;
use yew::prelude::*;

/// Lets keyboard users jump past the header and navigation.
pub fn skip_link(t: &Text) -> Html {
    let onclick = Callback::from(|e: MouseEvent| {
        // A fragment link would change the route (routes live in the fragment).
        e.prevent_default();
        super::focus_soon("main".into());
    });
    html! { <a class="skip-link" href="#main" {onclick}>{ t.skip_link }</a> }
}
