use super::QrCode;
use crate::app::hooks::use_text;
use crate::core::frames::Frames;
use crate::core::qr::qr_for;
use gloo::timers::callback::Interval;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Five codes a second: a webcam reads each, and a plan of 10 parts crosses in seconds.
const FRAME_MS: u32 = 200;

#[derive(Properties, PartialEq)]
pub struct AnimatedCodeProps {
    /// What a link would carry: the packed plan, or the plan sealed with a passphrase.
    pub message: Rc<Vec<u8>>,
    pub sealed: bool,
}

/// A moving code for what one code cannot hold: numbered, fountain-coded frames
/// (`core::frames`), cycling until paused, that CoPlan's scanner on the other device
/// puts together in any order. "Bigger" for reading across a desk.
#[function_component(AnimatedCode)]
pub fn animated_code(props: &AnimatedCodeProps) -> Html {
    let t = use_text();
    let frames = use_memo(
        (props.message.clone(), props.sealed),
        |(message, sealed)| Frames::new(message, *sealed).ok(),
    );
    let sequence = use_state(|| 1u32);
    let paused = use_state(|| false);
    let bigger = use_state(|| false);
    {
        let sequence = sequence.clone();
        use_effect_with((*paused, frames.is_some()), move |(paused, some)| {
            let ticking = (!*paused && *some).then(|| {
                let next = Rc::new(Cell::new(*sequence));
                Interval::new(FRAME_MS, move || {
                    next.set(next.get().wrapping_add(1).max(1));
                    sequence.set(next.get());
                })
            });
            move || drop(ticking)
        });
    }
    let Some(frames) = frames.as_ref() else {
        return html! { <p role="status">{ t.animated_too_big }</p> };
    };
    let Ok(code) = qr_for(&frames.frame(*sequence)) else {
        return html! { <p role="status">{ t.animated_too_big }</p> };
    };
    let toggle = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |_| state.set(!*state))
    };
    html! {
        <div class={classes!("animated-code", bigger.then_some("bigger"))} data-sequence={sequence.to_string()}
            data-fragments={frames.fragments().to_string()}>
            <p>{ t.animated_body }</p>
            <QrCode {code} label={AttrValue::from(t.animated_alt)} />
            <p class="hint">{ (t.animated_progress)(*sequence, frames.fragments()) }</p>
            <div class="actions">
                <button type="button" class="secondary" onclick={toggle(&paused)}>
                    { if *paused { t.animated_play } else { t.animated_pause } }
                </button>
                <button type="button" class="secondary" onclick={toggle(&bigger)}>
                    { if *bigger { t.animated_smaller } else { t.animated_bigger } }
                </button>
            </div>
        </div>
    }
}
