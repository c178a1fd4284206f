//! The browser shell: components, pages, hooks and the device edge. It calls into the
//! pure `core` for every decision and does the IO itself.

pub mod components;
pub mod device;
pub mod hooks;
pub mod pages;
pub mod parts;
pub mod store;

use crate::route::{Route, Screen};
use components::{
    announcer, display_settings, drafts_unkept, left_unsaved, skip_link, storage_problem,
    who_is_writing, PlanHeader, PlanNav,
};
use hooks::{
    use_autosave, use_display_settings, use_route, use_tab_sync, use_text, WorkspaceActions,
    WorkspaceHandle,
};
use pages::{
    glossary_page, not_found_page, AgendaPage, ForMyAppointmentPage, HelpsPage, LifeAreasPage,
    OverviewPage, PeoplePage, PlansPage, WhatMattersPage,
};
use parts::{InPart, Piece};
use store::{Msg, Workspace};
use yew::prelude::*;

/// Starts the app in the page's `#app` element, which holds the first screen painted
/// from static HTML until now (its siblings — the update note, the boot notes — stay).
pub fn start() {
    device::clock::mark("coplan-start");
    device::storage::request_persistence();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    // Someone who reads Spanish reads it from the first screen the app draws (the static
    // first paint is already in Spanish): its words come first. If they cannot, the app
    // starts in English and says so (`parts::Words`).
    // A connection that hangs rather than fails waits no more than WORDS_WAIT_MS.
    let language = device::storage::load_settings().language;
    let render = std::rc::Rc::new(std::cell::Cell::new(Some(root)));
    let render_once = move || {
        if let Some(root) = render.take() {
            match root {
                Some(root) => yew::Renderer::<App>::with_root(root).render(),
                None => yew::Renderer::<App>::new().render(),
            };
        }
    };
    if language.words_here() {
        render_once();
        return;
    }
    {
        let render_once = render_once.clone();
        gloo::timers::callback::Timeout::new(WORDS_WAIT_MS, render_once).forget();
    }
    wasm_bindgen_futures::spawn_local(async move {
        let _ = parts::fetch_words(language).await;
        render_once();
    });
}

/// How long the app waits for the chosen language's words before it starts in English.
const WORDS_WAIT_MS: u32 = 4000;

#[function_component(App)]
pub fn app() -> Html {
    let ws = WorkspaceHandle(use_reducer(|| Workspace {
        settings: device::storage::load_settings(),
        author: device::storage::load_author(),
        ..Workspace::default()
    }));
    WorkspaceActions::keep(&ws);
    {
        let ws = ws.clone();
        use_effect_with((), move |_| {
            device::drafts::tell(move |kept| ws.dispatch(Msg::DraftKept(kept)));
            device::drafts::leave_when_going();
        });
    }
    let language = ws.settings.language;
    html! {
        <ContextProvider<WorkspaceHandle> context={ws}>
            <parts::Words {language}>
                <Shell />
            </parts::Words>
        </ContextProvider<WorkspaceHandle>>
    }
}

/// The frame around every screen: skip link, header, plan navigation, main, live region.
#[function_component(Shell)]
fn shell() -> Html {
    let ws = hooks::use_workspace();
    let route = use_route();
    let t = use_text();
    use_autosave(ws.clone());
    use_tab_sync(ws.clone());
    use_open_plan_for(&route, &ws);
    {
        // A plan in a link: keep it for the preview, and take it out of the address.
        let ws = ws.clone();
        use_effect_with(route.clone(), move |route| {
            if let Route::Open { payload } = route {
                ws.dispatch(Msg::LinkArrived(payload.clone()));
                hooks::replace_route(&Route::Plans);
            }
        });
    }
    use_focus_heading_on(&route);
    // WCAG 2.4.2: every screen has a title saying where you are.
    let title = page_title(t, &route, ws.plan().map(|p| p.name.as_str()));
    use_effect_with(title, |title| {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(title);
        }
    });
    use_display_settings(ws.settings);
    // The plan's screen "Words we use" was opened from: it leads back there.
    let came_from = use_mut_ref(|| None::<Route>);
    match route {
        Route::Plan { .. } => *came_from.borrow_mut() = Some(route.clone()),
        Route::Glossary => {}
        _ => *came_from.borrow_mut() = None,
    }

    let page = match &route {
        Route::Plans | Route::Open { .. } => html! { <PlansPage /> },
        Route::NotFound => not_found_page(t),
        Route::Glossary => {
            let back = came_from.borrow().clone().and_then(|from| {
                let plan = ws.plan().filter(|p| from.plan() == Some(&p.id))?;
                Some((from, AttrValue::from(plan.name.clone())))
            });
            glossary_page(t, back)
        }
        Route::Plan { screen, .. } => match plan_view(&ws, &route) {
            // A supporter's copy is one read-only page, whatever the address.
            PlanView::Ready if ws.plan().is_some_and(|p| p.copy_of.is_some()) => {
                html! { <InPart piece={Piece::SupporterCopy} /> }
            }
            // Preparing at home is in the first screen's module; the rest come in parts.
            PlanView::Ready => match screen {
                Screen::Overview => html! { <OverviewPage /> },
                Screen::WhatMatters => html! { <WhatMattersPage /> },
                Screen::LifeAreas => html! { <LifeAreasPage /> },
                Screen::HelpsAndHindrances => html! { <HelpsPage /> },
                Screen::People => html! { <PeoplePage /> },
                Screen::Team => html! { <pages::TeamPage /> },
                Screen::Agenda => html! { <AgendaPage /> },
                Screen::ForMyAppointment => html! { <ForMyAppointmentPage /> },
                _ => html! { <InPart piece={Piece::Screen(*screen)} /> },
            },
            PlanView::Loading => html! { <p class="loading">{ t.loading }</p> },
            PlanView::Missing => not_found_page(t),
            PlanView::Unreadable => pages::unreadable_plan_page(t, &ws),
        },
    };
    let in_plan = route.plan().is_some() && ws.plan().is_some();
    let menu_open = use_state(|| false);
    {
        // A new screen: the phone's menu folds away, and notices without an action go.
        let (menu_open, ws) = (menu_open.clone(), ws.clone());
        use_effect_with(route.clone(), move |_| {
            menu_open.set(false);
            ws.dispatch(Msg::ScreenChanged);
        });
    }
    use_print_line(t, ws.plan().map(|p| p.name.clone()));
    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_| menu_open.set(!*menu_open))
    };
    // The consultation screens use the width of a desktop for the two voices and agenda.
    let wide = matches!(route, Route::Plan { screen, .. } if screen.is_together());
    html! {
        <>
            { skip_link(t) }
            // On a phone the plan's tools and parts fold behind one Menu button, so each
            // screen's heading and first field are in the first screenful.
            <div class={classes!("top", in_plan.then_some("foldable"), (*menu_open).then_some("menu-open"))}>
                <header class="app-header">
                    <a class="brand" href="#/">{ t.app_name }</a>
                    if in_plan {
                        <button type="button" class="secondary menu-toggle" aria-expanded={menu_open.to_string()}
                            aria-controls="app-menu plan-nav" onclick={toggle_menu}>
                            <span aria-hidden="true">{ "☰ " }</span>{ t.menu_button }
                        </button>
                        <PlanHeader />
                    }
                    { display_settings(t, &ws) }
                </header>
                if in_plan { <PlanNav route={route.clone()} /> }
            </div>
            <main id="main" tabindex="-1" class={classes!(wide.then_some("wide"))}>
                { left_unsaved(t, &ws) }
                { drafts_unkept(t, &ws) }
                { storage_problem(t, &ws) }
                if in_plan { { who_is_writing(t, &ws) } }
                // Versions kept aside (two devices changed one entry), with the sharing part.
                if in_plan && ws.plan().is_some_and(|p| !p.conflicts.is_empty()) {
                    <InPart piece={Piece::KeptVersions} />
                }
                { page }
            </main>
            <footer class="app-footer">
                <p>{ t.privacy_note }</p>
                <p><a href={Route::Glossary.to_hash()}>{ t.glossary_link }</a></p>
            </footer>
            { announcer(t, &ws) }
        </>
    }
}

/// The browser tab's title: the screen, then the plan, then the app.
fn page_title(t: &crate::text::Text, route: &Route, plan: Option<&str>) -> String {
    let screen = match route {
        Route::Plans | Route::Open { .. } => t.plans_title,
        Route::Glossary => t.glossary_title,
        Route::NotFound => t.not_found_title,
        Route::Plan { screen, .. } => components::plan_nav::screen_name(t, *screen),
    };
    match (route, plan) {
        (Route::Plan { .. }, Some(name)) => format!("{screen} – {name} – {}", t.app_name),
        _ => format!("{screen} – {}", t.app_name),
    }
}

enum PlanView {
    Ready,
    Loading,
    Missing,
    Unreadable,
}

fn plan_view(ws: &Workspace, route: &Route) -> PlanView {
    use device::storage::OpenError;
    let wanted = route.plan();
    match (ws.plan(), &ws.open_error) {
        (Some(p), _) if Some(&p.id) == wanted => PlanView::Ready,
        (_, Some(OpenError::NotFound)) => PlanView::Missing,
        (_, Some(_)) => PlanView::Unreadable,
        _ => PlanView::Loading,
    }
}

/// Opens the plan named in the address when it is not the one on screen.
#[hook]
fn use_open_plan_for(route: &Route, ws: &WorkspaceHandle) {
    let wanted = route.plan().cloned();
    let open = ws.plan().map(|p| p.id.clone());
    let ws = ws.clone();
    use_effect_with((wanted, open), move |(wanted, open)| {
        if let Some(id) = wanted.as_ref().filter(|w| Some(*w) != open.as_ref()) {
            match device::storage::open(id) {
                Ok(o) => ws.open(o.plan, true, o.read_only),
                Err(e) => ws.dispatch(Msg::OpenFailed(e)),
            }
        }
    });
}

/// The line printed at the top of every page (the plan's name and today's date), in a
/// page margin box (`styles/print.css`), so it can never print over the content. Set as
/// a custom property through the CSSOM, which the Content Security Policy allows.
#[hook]
fn use_print_line(t: &'static crate::text::Text, plan: Option<String>) {
    // Written again when the plan's name, the language or the day changes (a plan left
    // open past midnight prints today's date, in the words now chosen).
    let language = std::ptr::from_ref(t) as usize;
    use_effect_with(
        (plan, language, device::clock::today()),
        move |(plan, _, today)| {
            let today = (t.format_date)(today);
            let line = match plan {
                Some(name) => format!("{name} · {}", (t.printed_on)(&today)),
                None => format!("{} · {}", t.app_name, (t.printed_on)(&today)),
            };
            let root = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element());
            if let Some(style) = root.and_then(|r| {
                use wasm_bindgen::JsCast;
                r.dyn_into::<web_sys::HtmlElement>().ok().map(|h| h.style())
            }) {
                // A CSS string: quotes and backslashes escaped, so any name prints as text.
                let quoted = line
                    .replace('\\', "\\\\")
                    .replace('"', "\\\"")
                    .replace('\n', " ");
                let _ = style.set_property("--print-line", &format!("\"{quoted}\""));
            }
        },
    );
}

/// Moves focus to the new screen's heading, so screen-reader and keyboard users start
/// where the page starts (not on the first load: the browser handles that).
#[hook]
fn use_focus_heading_on(route: &Route) {
    let first = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        // The page was scrolled to its top in the route's own event (`use_route`).
        focus_heading_soon();
    });
}

/// Focuses the screen's heading on the next tick (after this render draws it), so a
/// screen reader and the keyboard start at the new screen.
pub(crate) fn focus_heading_soon() {
    gloo::timers::callback::Timeout::new(0, || {
        use wasm_bindgen::JsCast;
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            let _ = h.set_attribute("tabindex", "-1");
            let _ = h.focus();
        }
    })
    .forget();
}
