use crate::route::Route;
use gloo::events::EventListener;
use yew::prelude::*;

fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// The current screen, following the address bar (links, back and forward).
#[hook]
pub fn use_route() -> Route {
    let route = use_state(current);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "hashchange", move |_| route.set(current())));
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// Goes to another screen, as a link would.
pub fn navigate(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}
