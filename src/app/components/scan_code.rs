use crate::app::device::camera::{Camera, CameraError};
use crate::app::hooks::{navigate, use_text, use_workspace};
use crate::app::parts::{InPart, Piece};
use crate::app::store::Msg;
use crate::core::frames::{Collected, Collector};
use crate::core::link;
use crate::core::scan::{self, Seen};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How often the camera's picture is read while scanning.
const LOOK_EVERY_MS: i32 = 100;

#[derive(Clone, Copy, PartialEq)]
enum Scanning {
    Starting,
    Running,
    /// The page was hidden: the camera was stopped, to start again by hand.
    Paused,
    Failed(CameraError),
}

/// What the scanner last saw that was not progress.
#[derive(Clone, Copy, PartialEq)]
enum Note {
    None,
    NotOurs,
    AnotherPlan,
}

/// "Scan a code": this device's camera reads a plan's code, or every frame of a moving
/// code, from another screen, then opens it like a tapped link (shown in full before
/// anything goes in). The reader itself is a part (`Scanner`), fetched on the first tap.
#[function_component(ScanCode)]
pub fn scan_code() -> Html {
    let t = use_text();
    let open = use_state(|| false);
    if *open {
        let close = Callback::from(move |_| open.set(false));
        return html! { <InPart piece={Piece::Scanner(close)} /> };
    }
    let tap = Callback::from(move |_| open.set(true));
    // A card like its neighbours ("Open a plan from a file"), under the heading the
    // open scanner keeps, so the button is not left between cards unexplained.
    html! {
        <section class="card scan" aria-labelledby="scan-heading">
            <h2 id="scan-heading">{ t.scan_heading }</h2>
            <p class="hint">{ t.scan_card_hint }</p>
            <div class="actions">
                <button type="button" class="secondary" onclick={tap}>{ t.scan_button }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ScannerProps {
    /// "Stop scanning": the scanner closes (and the camera stops as it goes).
    pub on_close: Callback<()>,
}

/// The open scanner: the camera's picture read until a plan is whole. The camera stops
/// when the scanner is left or the page hidden.
#[function_component(Scanner)]
pub fn scanner(props: &ScannerProps) -> Html {
    let t = use_text();
    let state = use_state(|| Scanning::Starting);
    let progress = use_state(|| None::<(usize, usize)>);
    let note = use_state(|| Note::None);
    let video = use_node_ref();
    let canvas = use_node_ref();
    // Each start of the camera gets a new run; leaving or stopping ends it.
    let run = use_state(|| 0u32);
    // A plan read whole goes to its preview straight, never through the address bar: an
    // address holding the plan would stay in the browser's history, past "Forget".
    let arrived = {
        let (ws, close) = (use_workspace(), props.on_close.clone());
        Callback::from(move |payload: String| {
            close.emit(());
            ws.dispatch(Msg::LinkArrived(payload));
            navigate(&crate::route::Route::Plans);
        })
    };
    {
        let (state, progress, note) = (state.clone(), progress.clone(), note.clone());
        let (video, canvas) = (video.clone(), canvas.clone());
        let arrived = arrived.clone();
        // Only a new run starts or ends the camera: the state moving on within a run
        // (starting → running) must not.
        let starting = *state == Scanning::Starting;
        use_effect_with(*run, move |_| {
            let this = Rc::new(Run::default());
            this.alive.set(true);
            if starting {
                let this = this.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    look(video, canvas, this, state, progress, note, arrived).await;
                });
            }
            // Closed, left or restarted: the camera stops at once, not after the picture
            // being read (a slow phone may take seconds over one).
            move || {
                this.alive.set(false);
                if let Some(camera) = this.camera.borrow_mut().take().and_then(|c| c.upgrade()) {
                    camera.stop();
                }
            }
        });
    }
    let restart = {
        let (state, run, progress) = (state.clone(), run.clone(), progress.clone());
        Callback::from(move |_| {
            progress.set(None);
            run.set(*run + 1);
            state.set(Scanning::Starting);
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let live = matches!(*state, Scanning::Starting | Scanning::Running);
    html! {
        <section class="card scan" aria-labelledby="scan-heading" data-state={match *state {
            Scanning::Running => "running",
            Scanning::Paused => "paused",
            Scanning::Failed(_) => "failed",
            _ => "starting",
        }}>
            <h2 id="scan-heading">{ t.scan_heading }</h2>
            <p>{ t.scan_point }</p>
            <p class="hint">{ t.scan_privacy }</p>
            <video ref={video} class={classes!("scan-view", (!live).then_some("hidden"))} aria-hidden="true" />
            <canvas ref={canvas} hidden=true />
            <div role="status" class="scan-status">
                { match *state {
                    Scanning::Starting => html! { <p>{ t.scan_starting }</p> },
                    Scanning::Paused => html! { <p>{ t.scan_paused }</p> },
                    Scanning::Failed(CameraError::NotSecure) => html! { <p>{ t.scan_not_secure }</p> },
                    Scanning::Failed(CameraError::Refused) => html! { <p>{ t.scan_refused }</p> },
                    Scanning::Failed(CameraError::NoCamera) => html! { <p>{ t.scan_no_camera }</p> },
                    _ => html! {},
                } }
                if let Some((known, of)) = *progress {
                    <p>{ (t.scan_progress)(known, of) }</p>
                }
                { match *note {
                    Note::NotOurs => html! { <p>{ t.scan_not_ours }</p> },
                    Note::AnotherPlan => html! { <p>{ t.scan_another_plan }</p> },
                    Note::None => html! {},
                } }
            </div>
            <div class="actions">
                if *state == Scanning::Paused {
                    <button type="button" onclick={restart}>{ t.scan_restart }</button>
                }
                <button type="button" class="secondary" onclick={close}>{ t.scan_stop }</button>
            </div>
        </section>
    }
}

/// One run of the scanner: whether it is still wanted, and its camera once started (so
/// the run's end can stop it at once; held weakly, so the camera still stops when the
/// run's reading ends, as it is dropped).
#[derive(Default)]
struct Run {
    alive: Cell<bool>,
    camera: RefCell<Option<std::rc::Weak<Camera>>>,
}

/// Reads the camera's picture until a plan is whole, the run ends, or the page hides.
async fn look(
    video: NodeRef,
    canvas: NodeRef,
    run: Rc<Run>,
    state: UseStateHandle<Scanning>,
    progress: UseStateHandle<Option<(usize, usize)>>,
    note: UseStateHandle<Note>,
    arrived: Callback<String>,
) {
    let (Some(v), Some(c)) = (
        video.cast::<web_sys::HtmlElement>(),
        canvas.cast::<web_sys::HtmlElement>(),
    ) else {
        return;
    };
    let camera = match Camera::start(&v).await {
        Ok(camera) => camera,
        Err(e) => {
            if run.alive.get() {
                state.set(Scanning::Failed(e));
            }
            return;
        }
    };
    if !run.alive.get() {
        // Closed while the camera was starting: it stops here (dropped), and the
        // scanner stays closed.
        return;
    }
    state.set(Scanning::Running);
    let camera = Rc::new(camera);
    *run.camera.borrow_mut() = Some(Rc::downgrade(&camera));
    let hidden = || {
        web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden())
    };
    // The moment the page is hidden, the camera stops: a hidden tab's timers may wait a
    // minute, and the camera must not stay on that long unseen.
    let _on_hide = web_sys::window().and_then(|w| w.document()).map(|d| {
        let (camera, state, run) = (camera.clone(), state.clone(), run.clone());
        gloo::events::EventListener::new(&d, "visibilitychange", move |_| {
            if hidden() && run.alive.get() {
                camera.stop();
                run.alive.set(false);
                state.set(Scanning::Paused);
            }
        })
    });
    let mut collector = Collector::default();
    let mut last = None;
    let mut told = false;
    while run.alive.get() {
        if hidden() {
            state.set(Scanning::Paused);
            return;
        }
        let codes = camera.codes(&c).await;
        if !run.alive.get() {
            // Closed or left while the picture was read: nothing more from this run.
            return;
        }
        for text in codes {
            let opened = match scan::seen(&text) {
                Seen::Link(payload) => Some(payload),
                Seen::Frame(frame) => match collector.take(frame) {
                    Collected::Whole { message, sealed } => Some(if sealed {
                        link::encode_sealed(&message)
                    } else {
                        link::encode(&message)
                    }),
                    Collected::Progress { known, of } => {
                        if last != Some((known, of)) {
                            last = Some((known, of));
                            progress.set(last);
                        }
                        if collector.saw_another() && !told {
                            told = true;
                            note.set(Note::AnotherPlan);
                        }
                        None
                    }
                },
                Seen::Other => {
                    note.set(Note::NotOurs);
                    None
                }
            };
            if let Some(payload) = opened {
                camera.stop();
                arrived.emit(payload);
                return;
            }
        }
        pause(LOOK_EVERY_MS).await;
    }
}

async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
