//! The app in parts. The main module holds the first screen: the welcome, the plans
//! list and the screens of preparing at home. Each part here is a wasm module of its own
//! (cut out by `wasm-split-cli` in `.ci/build-wasm.sh`), fetched the first time one of
//! its screens opens, and by the service worker in idle time so the app works offline.
//!
//! A part that cannot be fetched (offline before it was kept, a dropped connection)
//! shows a plain sentence and "Try again"; a failed fetch is never remembered, so the
//! next try fetches afresh. Nothing typed is lost: the plan and the drafts live in the
//! main module's workspace and storage, never in a part.
//!
//! Without the `parts` feature (host checks, `wasm-bindgen-test`) the app is one module
//! and every part is "fetched" at once.

use super::components::import_plan::{IncomingProps, ReadArrival};
use super::components::{KeptVersions, NewWriter, Scanner, ShareLink, ShareLinkProps};
use super::hooks::use_text;
use super::pages;
use crate::core::{Id, Plan};
use crate::route::Screen;
use crate::text::Language;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// What a part draws: a screen of a plan, or a visitor's page.
#[derive(Clone, PartialEq)]
pub enum Piece {
    Screen(Screen),
    /// A supporter's or team member's copy, opened on their device.
    SupporterCopy,
    /// A referral opened at the organisation it is for.
    AnswerReferral(Box<Plan>),
    /// Making a copy for a supporter or team member (by id), from their card.
    MakeCopy(Id),
    /// The open scanner reading a code with the camera; closing it says so.
    Scanner(Callback<()>),
    /// What arrived (a link, a file, a code): read, and shown in full before anything
    /// is stored.
    Import(Rc<IncomingProps>),
    /// The goals due for review, on the overview.
    ReviewDue,
    /// What to take to the next visit, from the check-ins, on the agenda.
    NextVisit,
    /// Versions of entries kept aside when two devices changed the same entry.
    KeptVersions,
    /// A card that makes a link, a code or a file of a copy to send (a supporter's notes
    /// sent back, a referral's answer): in a part of its own, so a visitor's page works
    /// before it arrives.
    Send(Rc<ShareLinkProps>),
    /// Someone new writing in the plan (their name and role), from the plan's header;
    /// done or cancelled says so.
    NewWriter(Callback<()>),
}

/// The parts, each fetched on its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    /// The consultation: goals in two voices, actions, supports, safety net, what we agreed.
    Together,
    /// Between visits: check-in, progress and its charts, history, reviews due, what to
    /// take to the next visit.
    Follow,
    /// Sharing: links, QR codes, files, copies, the health record, calendar, Who's who,
    /// and the versions kept when two devices changed the same entry.
    Share,
    /// What arrives, and the pages a visitor opens from a link: the preview of what
    /// arrived, a supporter's copy, a referral's answer.
    Visitor,
    /// The camera's code reader (rqrr) and the moving code's collector.
    Scanner,
    /// Sending what a visitor wrote back: the link, QR codes and file of a copy (the
    /// code making them is shared with the sharing and consultation parts).
    Send,
    /// The Spanish words (fetched by `Words`, not drawn by `InPart`).
    Spanish,
    /// The form for someone new writing in the plan: asked for now and then (a
    /// clinician joining mid-visit), so it need not come with the first screen.
    Writer,
}

impl Piece {
    pub fn part(&self) -> Part {
        match self {
            Piece::SupporterCopy | Piece::AnswerReferral(_) | Piece::Import(_) => Part::Visitor,
            Piece::MakeCopy(_) | Piece::KeptVersions => Part::Share,
            Piece::ReviewDue | Piece::NextVisit => Part::Follow,
            Piece::Scanner(_) => Part::Scanner,
            Piece::Send(_) => Part::Send,
            Piece::NewWriter(_) => Part::Writer,
            Piece::Screen(screen) => match screen {
                Screen::Goals
                | Screen::Actions
                | Screen::CommunitySupports
                | Screen::SafetyNet
                | Screen::WhatWeAgreed => Part::Together,
                Screen::CheckIn | Screen::Progress | Screen::History => Part::Follow,
                _ => Part::Share,
            },
        }
    }
}

/// Draws a piece of a part that has arrived.
type Draw = fn(&Piece) -> Html;

/// A part could not be fetched (the loader logs why to the console).
pub struct NotFetched;

#[cfg(feature = "parts")]
impl From<wasm_split_helpers::SplitLoaderError> for NotFetched {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotFetched
    }
}

/// One part's loader: with the `parts` feature a split point (its body and everything
/// only it reaches go to `split_<name>.wasm`); without, the same body, already here.
macro_rules! part {
    ($part:ident: fn $name:ident() -> $ty:ty { $body:expr }) => {
        #[cfg(feature = "parts")]
        #[wasm_split_helpers::wasm_split($part, fallible)]
        fn $name() -> Result<$ty, NotFetched> {
            Ok($body)
        }
        #[cfg(not(feature = "parts"))]
        async fn $name() -> Result<$ty, NotFetched> {
            Ok($body)
        }
    };
}

part!(together: fn together() -> Draw { draw_together });
part!(follow: fn follow() -> Draw { draw_follow });
part!(share: fn share() -> Draw { draw_share });
part!(visitor: fn visitor() -> Draw { draw_visitor });
part!(scanner: fn scanner() -> Draw { draw_scanner });
part!(send: fn send() -> Draw { draw_send });
part!(writer: fn writer() -> Draw { draw_writer });

fn draw_together(piece: &Piece) -> Html {
    match piece {
        Piece::Screen(Screen::Goals) => html! { <pages::GoalsPage /> },
        Piece::Screen(Screen::Actions) => html! { <pages::ActionsPage /> },
        Piece::Screen(Screen::CommunitySupports) => html! { <pages::CommunitySupportsPage /> },
        Piece::Screen(Screen::SafetyNet) => html! { <pages::SafetyNetPage /> },
        _ => html! { <pages::WhatWeAgreedPage /> },
    }
}

fn draw_follow(piece: &Piece) -> Html {
    match piece {
        Piece::ReviewDue => html! { <pages::ReviewDue /> },
        Piece::NextVisit => html! { <pages::NextVisit /> },
        Piece::Screen(Screen::CheckIn) => html! { <pages::CheckInPage /> },
        Piece::Screen(Screen::History) => html! { <pages::HistoryPage /> },
        _ => html! { <pages::ProgressPage /> },
    }
}

fn draw_share(piece: &Piece) -> Html {
    match piece {
        Piece::KeptVersions => html! { <KeptVersions /> },
        Piece::MakeCopy(id) => html! { <pages::MakeCopy supporter={id.clone()} /> },
        Piece::Screen(Screen::WhosWho) => html! { <pages::WhosWhoPage /> },
        _ => html! { <pages::SharePage /> },
    }
}

fn draw_visitor(piece: &Piece) -> Html {
    match piece {
        Piece::Import(props) => html! { <ReadArrival ..(**props).clone() /> },
        Piece::AnswerReferral(referral) => {
            html! { <pages::AnswerReferral referral={(**referral).clone()} /> }
        }
        _ => html! { <pages::SupporterCopyPage /> },
    }
}

/// A card that makes a link, a code or a file to send, from its part (see `Piece::Send`).
pub fn sending(props: ShareLinkProps) -> Html {
    html! { <InPart piece={Piece::Send(Rc::new(props))} /> }
}

fn draw_send(piece: &Piece) -> Html {
    match piece {
        Piece::Send(props) => html! { <ShareLink ..(**props).clone() /> },
        _ => html! {},
    }
}

fn draw_writer(piece: &Piece) -> Html {
    match piece {
        Piece::NewWriter(on_done) => html! { <NewWriter on_done={on_done.clone()} /> },
        _ => html! {},
    }
}

fn draw_scanner(piece: &Piece) -> Html {
    match piece {
        Piece::Scanner(on_close) => html! { <Scanner on_close={on_close.clone()} /> },
        _ => html! {},
    }
}

/// The Spanish words: a part of their own (the catalogue is data, and goes with the only
/// code that refers to it), so English readers never download them.
#[cfg(feature = "parts")]
#[wasm_split_helpers::wasm_split(spanish, fallible)]
fn spanish() -> Result<&'static crate::text::Text, NotFetched> {
    Ok(crate::text::spanish::words())
}

/// Brings a language's words here if they are not (Spanish, in parts).
pub async fn fetch_words(language: Language) -> Result<(), NotFetched> {
    #[cfg(feature = "parts")]
    if !language.words_here() {
        crate::text::spanish::arrived(spanish().await?);
    }
    let _ = language;
    Ok(())
}

#[derive(Properties, PartialEq)]
pub struct WordsProps {
    /// The language the person chose.
    pub language: Language,
    pub children: Html,
}

/// Gives every screen the chosen language's words: fetched first if they are not here
/// (in English meanwhile); if they cannot be fetched, a sentence in both languages and
/// "Try again".
#[function_component(Words)]
pub fn words(props: &WordsProps) -> Html {
    let language = props.language;
    let fetching = use_part((!language.words_here()).then_some(Part::Spanish), None);
    let here = language.words_here();
    let shown = if here { language } else { Language::English };
    let t = shown.text();
    let missing = (!here && fetching.failed).then(|| {
        html! {
            <section class="card part-missing words-missing" aria-label={t.words_missing_label}>
                <p role="alert">{ t.words_missing }</p>
                <button type="button" onclick={fetching.retry.clone()}>{ t.part_try_again }</button>
            </section>
        }
    });
    html! {
        <ContextProvider<Language> context={shown}>
            { for missing }
            { props.children.clone() }
        </ContextProvider<Language>>
    }
}

thread_local! {
    /// The parts that have arrived, so their screens draw at once from then on.
    static ARRIVED: [Cell<Option<Draw>>; 8] = const { [const { Cell::new(None) }; 8] };
}

fn arrived(part: Part) -> Option<Draw> {
    ARRIVED.with(|a| a[part as usize].get())
}

/// Fetches a part (or finds it arrived), remembering only success.
pub async fn fetch(part: Part) -> Result<Draw, NotFetched> {
    if let Some(draw) = arrived(part) {
        return Ok(draw);
    }
    let draw = match part {
        Part::Together => together().await,
        Part::Follow => follow().await,
        Part::Share => share().await,
        Part::Visitor => visitor().await,
        Part::Scanner => scanner().await,
        Part::Send => send().await,
        Part::Writer => writer().await,
        // The words are not drawn: `fetch_words` brings them.
        Part::Spanish => return Err(NotFetched),
    }?;
    ARRIVED.with(|a| a[part as usize].set(Some(draw)));
    Ok(draw)
}

#[derive(Properties, PartialEq)]
pub struct InPartProps {
    pub piece: Piece,
}

/// Whether a part is here (the Spanish words count as here once they arrived).
fn is_here(part: Part) -> bool {
    match part {
        Part::Spanish => Language::Spanish.words_here(),
        _ => arrived(part).is_some(),
    }
}

/// Brings a part here, remembering only success.
async fn bring(part: Part) -> Result<(), NotFetched> {
    match part {
        Part::Spanish => fetch_words(Language::Spanish).await,
        _ => fetch(part).await.map(|_| ()),
    }
}

/// A component's fetching of the part it needs.
struct Fetching {
    /// The last try failed: say so, with `retry` ("Try again").
    failed: bool,
    retry: Callback<MouseEvent>,
}

/// Fetches `part` (if any) unless it is here; redraws the component when it arrives,
/// then calls `on_arrival`. Each retry is a fresh attempt. The failure names its part,
/// because a page's `InPart` is reused across screens: another part's screen never
/// shows it.
#[hook]
fn use_part(part: Option<Part>, on_arrival: Option<fn()>) -> Fetching {
    let failed = use_state_eq(|| None::<Part>);
    let attempt = use_state_eq(|| 0u32);
    let arrivals = use_state_eq(|| 0u32);
    {
        let (failed, arrivals) = (failed.clone(), arrivals.clone());
        use_effect_with((part, *attempt), move |(part, _)| {
            if let Some(part) = part.filter(|p| !is_here(*p)) {
                failed.set(None);
                wasm_bindgen_futures::spawn_local(async move {
                    match bring(part).await {
                        Ok(()) => {
                            arrivals.set(*arrivals + 1);
                            if let Some(then) = on_arrival {
                                then();
                            }
                        }
                        Err(NotFetched) => failed.set(Some(part)),
                    }
                });
            }
        });
    }
    Fetching {
        failed: part.is_some() && *failed == part,
        retry: Callback::from(move |_| attempt.set(*attempt + 1)),
    }
}

/// A piece of a part: drawn at once if the part has arrived; otherwise "Opening…" while
/// it is fetched, and if that fails a sentence and "Try again".
#[function_component(InPart)]
pub fn in_part(props: &InPartProps) -> Html {
    let t = use_text();
    let part = props.piece.part();
    // A screen that arrives after its route changed takes the focus at its heading, as
    // any new screen's does.
    let focus =
        matches!(props.piece, Piece::Screen(_)).then_some(super::focus_heading_soon as fn());
    let fetching = use_part(Some(part), focus);
    if let Some(draw) = arrived(part) {
        return draw(&props.piece);
    }
    // When it failed, the screen's own name, so the person knows where they are. (Not
    // while it is on its way: the heading comes with the screen, as on any screen.)
    let heading = match &props.piece {
        Piece::Screen(screen) if fetching.failed => {
            html! { <h1>{ super::components::plan_nav::screen_name(t, *screen) }</h1> }
        }
        _ => html! {},
    };
    // A card that failed keeps its heading, so the person knows what is missing.
    let card_heading = match &props.piece {
        Piece::Send(card) => card.heading.clone(),
        _ => None,
    };
    let body = if fetching.failed {
        html! {
            <section class="card part-missing" role="alert">
                if let Some(heading) = card_heading { <h2>{ heading }</h2> }
                <p>{ t.part_missing }</p>
                <button type="button" onclick={fetching.retry.clone()}>{ t.part_try_again }</button>
            </section>
        }
    } else {
        html! { <p class="loading" role="status">{ t.part_opening }</p> }
    };
    html! { <>{ heading }{ body }</> }
}
