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
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w.clone(), "hashchange", move |_| {
                    // Another screen (the address says which) starts at its top, scrolled
                    // there now, in the event: Yew draws it a moment later, and on a slow
                    // phone may let the browser paint in between (its scheduler yields
                    // after 16 ms), which showed a frame of the new screen as far down as
                    // the menu's link had been.
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                    route.set(current());
                })
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// Replaces the address without leaving a trace in the session history (a link's plan
/// must not stay in the address bar, or in Back, on a shared PC).
pub fn replace_route(route: &Route) {
    if let Some(w) = web_sys::window() {
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&route.to_hash()),
            );
        }
        // replaceState fires no hashchange: tell `use_route` ourselves.
        if let Ok(e) = web_sys::Event::new("hashchange") {
            let _ = w.dispatch_event(&e);
        }
    }
}

/// Goes to another screen, as a link would.
pub fn navigate(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}
