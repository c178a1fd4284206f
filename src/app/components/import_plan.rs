use crate::app::components::{RadioGroup, TextField};
use crate::app::device::seal::{self, UnsealError};
use crate::app::device::{clock, storage};
use crate::app::hooks::{navigate, use_text, use_workspace, WorkspaceHandle};
use crate::app::pages::team::{parse_writer, writer_in_sentence, writer_options, writer_value};
use crate::app::parts::{InPart, Piece};
use crate::app::store::{Msg, Notice};
use crate::core::arrival::{copy_arrival, CopyArrival};
use crate::core::link::{self, LinkError, Payload};
use crate::core::merge::{entry_counts, merge_plans, MergeCounts};
use crate::core::saved::{self, ReadError, MAX_DOCUMENT_BYTES};
use crate::core::share::{notes_back, only_chosen_notes, replace_copy, NoteBack, Selection};
use crate::core::{AuthorRole, Plan, ReferralAnswer, Writer};
use crate::route::{Route, Screen};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Why a file or link could not be opened.
#[derive(Clone, PartialEq)]
enum Problem {
    Read(ReadError),
    /// A link's or a code's data, whole, but not a plan this app can read.
    LinkRead(ReadError),
    Link(LinkError),
    Unseal(UnsealError),
    /// The browser could not read the file.
    Device,
    /// What arrived, read and chosen, could not be stored here (a file's, a link's or a
    /// code's alike).
    NotKept,
}

/// A copy sealed with a passphrase, waiting for it.
#[derive(Clone, PartialEq)]
struct Locked {
    sealed: Vec<u8>,
    /// From a link: compressed before it was sealed (a file is sealed as it is).
    packed: bool,
}

/// A copy that arrived and is waiting for the person to say what to do with it.
#[derive(Clone, PartialEq)]
pub struct Arrival {
    plan: Plan,
    /// What bringing it in would do, when this device already has the plan.
    merge: Option<MergeCounts>,
    /// This device has the plan from a newer CoPlan: it can only go beside it.
    beside_newer: bool,
    /// What a supporter's copy means here (a new copy, a newer one, notes coming back…).
    copy: CopyArrival,
    /// The plan's name as this device has it (an answer carries no name).
    here_name: Option<String>,
    /// Notes coming back from a supporter, each to read before it goes in.
    notes: Vec<NoteBack>,
    /// A referral's new answers, each to read (and its words in the person's name to
    /// correct) before it goes in.
    answers: Vec<ReferralAnswer>,
}

/// What the person chose, having read what arrived.
#[derive(Clone, PartialEq, Default)]
pub struct Chosen {
    /// The check-ins (notes) to bring in.
    notes: Selection,
    /// Each new answer's words in the person's name, as they corrected them.
    own_words: Vec<String>,
    /// Who is writing on this device, when the plan arrives here for the first time:
    /// asked in the preview, before anyone writes (a clinic PC).
    author: Option<Writer>,
}

/// What has arrived to be read: a chosen file, or a link (typed, tapped or scanned).
#[derive(Clone)]
pub enum Incoming {
    File(web_sys::File),
    Link(String),
}

/// What arrived, and which arrival it is (each is read once, afresh).
#[derive(Clone, Properties)]
pub struct IncomingProps {
    pub incoming: Incoming,
    pub n: u32,
}

impl PartialEq for IncomingProps {
    fn eq(&self, other: &Self) -> bool {
        self.n == other.n
    }
}

/// Opens a plan downloaded from CoPlan (here or on another device). The file is read in
/// the browser; anything malformed, oversized or from a newer version is refused with a
/// reason and changes nothing. What arrives is shown first — whose plan, when it was last
/// changed and by whom, what it holds, and what bringing it in would change here —
/// and nothing is stored until the person says so. A plan this device already has is
/// merged entry by entry (`core::merge::merge_plans`), never added as a second copy.
///
/// This card is the first screen's: where a file is chosen. Reading what arrived, and
/// all that follows, is `ReadArrival`, in the visitors' part, fetched when something
/// arrives (each arrival fetches it afresh if it could not be fetched before).
#[function_component(ImportPlan)]
pub fn import_plan() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let incoming = use_state(|| None::<IncomingProps>);
    // Counted apart from what is drawn, so two arrivals before a redraw stay two.
    let count = use_mut_ref(|| 0u32);
    let arrived = {
        let incoming = incoming.clone();
        move |what: Incoming| {
            let n = {
                let mut count = count.borrow_mut();
                *count += 1;
                *count
            };
            incoming.set(Some(IncomingProps { incoming: what, n }));
        }
    };
    let onchange = {
        let arrived = arrived.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            arrived(Incoming::File(file));
        })
    };
    {
        // A plan that arrived in a link: read by the visitors' part, like a file.
        let ws = ws.clone();
        use_effect_with(ws.incoming_link.clone(), move |link| {
            if let Some(text) = link.clone() {
                ws.dispatch(Msg::LinkTaken);
                arrived(Incoming::Link(text));
            }
        });
    }
    // A referral opened here is the whole page: the card's own parts step aside, and
    // what is reading it keeps its place (and so what it holds).
    let card = !ws.referral_open;
    html! {
        <section class={if card { "card import" } else { "import" }} aria-labelledby={card.then_some("import-heading")}>
            if card {
                <h2 id="import-heading">{ t.import_heading }</h2>
                <label for="import-file">{ t.import_label }</label>
                <p class="hint" id="import-file-hint">{ t.import_hint }</p>
                <input id="import-file" type="file" accept=".json,application/json" {onchange}
                    aria-describedby="import-file-hint import-file-error" />
            }
            if let Some(props) = (*incoming).clone() {
                // Keyed by the arrival: each is read afresh, its part fetched again if
                // it could not be before.
                <InPart key={props.n} piece={Piece::Import(Rc::new(props.clone()))} />
            }
        </section>
    }
}

/// Reads what arrived (in the visitors' part): refuses it kindly, asks for a sealed
/// copy's passphrase, or shows what bringing it in would do, and brings it in when the
/// person says so.
#[function_component(ReadArrival)]
pub fn read_arrival(props: &IncomingProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let problem = use_state(|| None::<Problem>);
    let arrival = use_state(|| None::<Arrival>);
    let locked = use_state(|| None::<Locked>);
    {
        let (ws, problem, arrival, locked) =
            (ws.clone(), problem.clone(), arrival.clone(), locked.clone());
        let incoming = props.incoming.clone();
        use_effect_with(props.n, move |_| match incoming {
            Incoming::File(file) => read_file(ws, file, problem, arrival, locked),
            Incoming::Link(text) => match link::read(&text) {
                Err(e) => problem.set(Some(Problem::Link(e))),
                Ok(Payload::Sealed(sealed)) => locked.set(Some(Locked {
                    sealed,
                    packed: true,
                })),
                Ok(Payload::Packed(packed)) => wasm_bindgen_futures::spawn_local(async move {
                    match read_packed(&packed).await {
                        Ok(plan) => show(&ws, plan, &problem, &arrival),
                        Err(p) => problem.set(Some(p)),
                    }
                }),
            },
        });
    }
    let on_unlock = {
        let (ws, problem, arrival, locked) =
            (ws.clone(), problem.clone(), arrival.clone(), locked.clone());
        Callback::from(move |passphrase: String| {
            let Some(l) = (*locked).clone() else { return };
            let (ws, problem, arrival, locked) =
                (ws.clone(), problem.clone(), arrival.clone(), locked.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let opened = match seal::unseal(&l.sealed, &passphrase).await {
                    Err(e) => Err(Problem::Unseal(e)),
                    Ok(bytes) if l.packed => read_packed(&bytes).await,
                    Ok(bytes) => String::from_utf8(bytes)
                        .map_err(|_| Problem::Link(LinkError::Damaged))
                        .and_then(|raw| {
                            saved::from_json(&raw)
                                .map(|l| l.plan)
                                .map_err(Problem::Read)
                        }),
                };
                match opened {
                    Ok(plan) => {
                        locked.set(None);
                        show(&ws, plan, &problem, &arrival);
                    }
                    Err(p) => problem.set(Some(p)),
                }
            });
        })
    };
    let on_confirm = {
        let (ws, problem, arrival) = (ws.clone(), problem.clone(), arrival.clone());
        Callback::from(move |chosen: Chosen| {
            if let Some(a) = (*arrival).clone() {
                match bring_in(&ws, a.plan, &chosen) {
                    Ok(()) => arrival.set(None),
                    Err(()) => problem.set(Some(Problem::NotKept)),
                }
            }
        })
    };
    // "Not now": the preview goes, and focus with it back to where files are chosen.
    let on_cancel = {
        let arrival = arrival.clone();
        Callback::from(move |_| {
            arrival.set(None);
            crate::app::components::focus_soon("import-file".into());
        })
    };
    let referral = arrival
        .as_ref()
        .filter(|a| a.copy == CopyArrival::Referral)
        .map(|a| a.plan.clone());
    {
        // A referral is its own page: the plans screen steps aside while it is open.
        let ws = ws.clone();
        use_effect_with(referral.is_some(), move |open| {
            ws.dispatch(Msg::ReferralShown(*open));
            let ws = ws.clone();
            move || ws.dispatch(Msg::ReferralShown(false))
        });
    }
    if let Some(referral) = referral {
        // Opened at the organisation, often on a device that has never seen CoPlan.
        return html! { <crate::app::pages::AnswerReferral {referral} /> };
    }
    let message = problem.as_ref().map(|p| match p {
        Problem::Read(e) => (t.import_failed)(&(t.read_error)(e)),
        Problem::LinkRead(e) => (t.link_failed)(&(t.read_error)(e)),
        Problem::Device => (t.import_failed)(t.import_unreadable),
        Problem::NotKept => t.arrival_not_kept.to_string(),
        Problem::Link(LinkError::NotALink) => (t.link_failed)(t.link_not_a_link),
        Problem::Link(LinkError::Damaged) => (t.link_failed)(t.link_damaged),
        Problem::Unseal(UnsealError::WrongPassphrase) => t.wrong_passphrase.to_string(),
        Problem::Unseal(UnsealError::NotSealed) => (t.import_failed)(t.link_damaged),
        Problem::Unseal(UnsealError::Unavailable) => t.passphrase_unavailable.to_string(),
    });
    html! {
        <>
            if let Some(m) = message { <p class="error" id="import-file-error" role="alert">{ m }</p> }
            if locked.is_some() {
                <UnlockForm on_unlock={on_unlock} />
            }
            if let Some(a) = &*arrival {
                // Keyed by what arrived: a second arrival starts from its own choices.
                <ArrivalPreview key={arrival_key(&a.plan)} arrival={a.clone()} {on_confirm} {on_cancel} />
            }
        </>
    }
}

/// What tells one arrival from another, for the preview's key.
fn arrival_key(plan: &Plan) -> String {
    let made = plan.copy_of.as_ref().map(|c| c.made.0).unwrap_or_default();
    format!("{}-{}-{}-{made}", plan.id, plan.revision, plan.changed.at.0)
}

/// The plan in a link's compressed bytes: unpacked (never past the size a file may
/// have), and read like a file.
async fn read_packed(packed: &[u8]) -> Result<Plan, Problem> {
    let raw = crate::app::device::compress::unpack(packed, link::MAX_UNPACKED)
        .await
        .ok_or(Problem::Link(LinkError::Damaged))?;
    saved::from_bytes(&raw)
        .map(|l| l.plan)
        .map_err(Problem::LinkRead)
}

/// Reads a chosen file: refused if too big or not a plan, a sealed one waits for its
/// passphrase, a plan is shown.
fn read_file(
    ws: WorkspaceHandle,
    file: web_sys::File,
    problem: UseStateHandle<Option<Problem>>,
    arrival: UseStateHandle<Option<Arrival>>,
    locked: UseStateHandle<Option<Locked>>,
) {
    if file.size() > MAX_DOCUMENT_BYTES as f64 {
        problem.set(Some(Problem::Read(ReadError::TooLarge {
            bytes: file.size() as usize,
        })));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await else {
            problem.set(Some(Problem::Device));
            return;
        };
        let raw = text.as_string().unwrap_or_default();
        match saved::read_sealed(&raw) {
            Some(Ok(sealed)) => {
                problem.set(None);
                locked.set(Some(Locked {
                    sealed,
                    packed: false,
                }));
                return;
            }
            Some(Err(e)) => {
                problem.set(Some(Problem::Read(e)));
                return;
            }
            None => {}
        }
        match saved::from_json(&raw) {
            Ok(loaded) => show(&ws, loaded.plan, &problem, &arrival),
            Err(e) => problem.set(Some(Problem::Read(e))),
        }
    });
}

/// Shows what arrived, and what bringing it in would do.
fn show(
    ws: &WorkspaceHandle,
    plan: Plan,
    problem: &UseStateHandle<Option<Problem>>,
    arrival: &UseStateHandle<Option<Arrival>>,
) {
    problem.set(None);
    arrival.set(Some(preview(ws, plan)));
}

/// What bringing `plan` in would do on this device.
fn preview(ws: &WorkspaceHandle, plan: Plan) -> Arrival {
    ws.flush();
    let here = storage::peek(&plan.id).ok();
    let copy = copy_arrival(here.as_ref().map(|h| &h.plan), &plan);
    let here_name = here.as_ref().map(|h| h.plan.name.clone());
    let (notes, answers) = match (&here, &copy) {
        (Some(h), CopyArrival::NotesBack) => (notes_back(&h.plan, &plan), vec![]),
        (Some(h), CopyArrival::AnswerBack) => (
            vec![],
            crate::core::referral::check_answer(&h.plan, &plan).unwrap_or_default(),
        ),
        _ => (vec![], vec![]),
    };
    let (merge, beside_newer) = match here {
        Some(here) if here.read_only => (None, true),
        Some(here) if matches!(copy, CopyArrival::NotACopy | CopyArrival::NotesBack) => {
            let stamp = ws.author.stamp(clock::now(), Some(&here.plan));
            let (_, counts) = merge_plans(&here.plan, &plan, stamp);
            (Some(counts), false)
        }
        _ => (None, false),
    };
    Arrival {
        plan,
        merge,
        beside_newer,
        copy,
        here_name,
        notes,
        answers,
    }
}

/// What bringing a plan in stores, worked out from what this device holds now.
struct Arranged {
    plan: Plan,
    notice: Notice,
    /// The revision of the stored plan it replaces.
    base: Option<u64>,
    lives_here: bool,
    is_copy: bool,
    /// What the device it came from holds, as far as this one can tell (see
    /// `merge::arrival_after`).
    arrived: crate::core::merge::Arrived,
}

fn arrange(ws: &WorkspaceHandle, incoming: Plan, chosen: &Chosen) -> Result<Arranged, ()> {
    let here = storage::peek(&incoming.id).ok();
    let here_revision = here.as_ref().map(|h| h.plan.revision);
    let incoming_id = incoming.id.clone();
    // Named only if the plan it goes into knows the writer (not the plan on screen).
    let stamp = ws
        .author
        .stamp(clock::now(), here.as_ref().map(|h| &h.plan));
    let copy = copy_arrival(here.as_ref().map(|h| &h.plan), &incoming);
    let lives_here = here.as_ref().is_some_and(|h| !h.read_only);
    let here_plan = here.as_ref().map(|h| h.plan.clone());
    let incoming = match &here {
        Some(h) if copy == CopyArrival::NotesBack => {
            only_chosen_notes(&h.plan, &incoming, &chosen.notes)
        }
        _ => incoming,
    };
    let from_incoming = crate::core::merge::arrival_versions(&incoming);
    let is_copy = incoming.copy_of.is_some()
        && !matches!(copy, CopyArrival::NotesBack | CopyArrival::AnswerBack);
    let (plan, notice) = match here {
        Some(here) if matches!(copy, CopyArrival::Newer | CopyArrival::Withdrawn) => {
            (replace_copy(&here.plan, &incoming), Notice::Imported)
        }
        Some(here) if copy == CopyArrival::AnswerBack => {
            let answered = crate::core::referral::bring_in_answer_read(
                &here.plan,
                &incoming,
                Some(&chosen.own_words),
                clock::now(),
            )
            .map_err(|_| ())?;
            (answered, Notice::Merged)
        }
        _ if matches!(
            copy,
            CopyArrival::Older
                | CopyArrival::OwnPlan
                | CopyArrival::Refused(_)
                | CopyArrival::Referral
        ) =>
        {
            return Err(());
        }
        Some(here) if here.read_only => {
            let copy_word = ws.settings.language.text().copy_word;
            (
                saved::as_copy(incoming, clock::new_id(), copy_word),
                Notice::ImportedCopy,
            )
        }
        Some(here) => {
            let (merged, _) = merge_plans(&here.plan, &incoming, stamp);
            (merged, Notice::Merged)
        }
        None => (incoming, Notice::Imported),
    };
    if plan.changes_only {
        return Err(());
    }
    // The stored plan this one goes over, if any (a copy beside a newer version's plan
    // has an id of its own).
    let base = here_revision.filter(|_| plan.id == incoming_id);
    let arrived = if plan.id == incoming_id {
        let before = storage::arrival(&plan.id).map(|(_, versions)| versions);
        crate::core::merge::arrival_after(before, here_plan.as_ref(), from_incoming)
    } else {
        crate::core::merge::arrival_versions(&plan)
    };
    Ok(Arranged {
        plan,
        notice,
        base,
        lives_here,
        is_copy,
        arrived,
    })
}

/// Stores what arrived, as the person chose having read it: merged into this device's
/// copy, or as a new plan (beside a newer version's copy, which this version must not
/// change). Then opens it, and, where the plan has just arrived, asks who is writing on
/// this device.
fn bring_in(ws: &WorkspaceHandle, incoming: Plan, chosen: &Chosen) -> Result<(), ()> {
    ws.flush();
    // Saved against the copy it was merged with: if another tab saves that plan in the
    // moment between, its copy is read and merged again, never written over.
    let mut tries = 0;
    let Arranged {
        plan,
        notice,
        lives_here,
        is_copy,
        arrived,
        ..
    } = loop {
        let arranged = arrange(ws, incoming.clone(), chosen)?;
        match storage::save(&arranged.plan, arranged.base) {
            Ok(_) => break arranged,
            Err(storage::SaveError::Conflict(_)) if tries < 3 => tries += 1,
            Err(_) => return Err(()),
        }
    };
    storage::note_arrival(&plan.id, arrived);
    let id = plan.id.clone();
    ws.open(plan, true, false);
    ws.dispatch(Msg::Notify(notice));
    if is_copy {
        // A copy is read on a supporter's device, and any note there is theirs.
        ws.dispatch(Msg::SetAuthor(Writer::role(AuthorRole::Supporter)));
    } else if let (false, Some(writer)) = (lives_here, chosen.author.clone()) {
        ws.write_as(writer);
    } else if !lives_here {
        // It has just arrived here: ask who is writing before anyone writes. Where the
        // plan lives already (notes or an answer coming home), nothing has changed hands.
        ws.dispatch(Msg::AskWhoIsWriting);
    }
    navigate(&Route::plan_screen(&id, Screen::Overview));
    Ok(())
}

#[derive(Properties, PartialEq, Clone)]
pub struct ArrivalPreviewProps {
    arrival: Arrival,
    on_confirm: Callback<Chosen>,
    on_cancel: Callback<()>,
}

/// Whose plan arrived, when and by whom it was last changed, what it holds, and what
/// bringing it in would change here: read before anything is stored.
#[function_component(ArrivalPreview)]
pub fn arrival_preview(props: &ArrivalPreviewProps) -> Html {
    let t = use_text();
    let a = &props.arrival;
    let chosen = use_state({
        let a = a.clone();
        move || Chosen {
            notes: a.notes.iter().map(|n| n.check_in.clone()).collect(),
            own_words: a.answers.iter().map(|x| x.person_words.clone()).collect(),
            author: None,
        }
    });
    let (goals, steps, other) = entry_counts(&a.plan);
    let changed = (t.format_date)(&clock::local_date(a.plan.changed.at));
    let needs_plan = a.plan.changes_only && a.merge.is_none() && a.copy == CopyArrival::NotACopy;
    let c = t.copies;
    let of = a.plan.copy_of.as_ref();
    let supporter = of.map(|o| o.supporter_name.clone()).unwrap_or_default();
    let made = of
        .map(|o| (t.format_date)(&clock::local_date(o.made)))
        .unwrap_or_default();
    let blocked = matches!(
        a.copy,
        CopyArrival::Older | CopyArrival::OwnPlan | CopyArrival::Refused(_)
    );
    let what_happens = match (&a.merge, a.beside_newer) {
        _ if needs_plan => t.changes_need_plan.to_string(),
        _ if a.copy == CopyArrival::New => (c.arrival_copy_new)(&supporter, &made),
        _ if a.copy == CopyArrival::Newer => c.arrival_copy_newer.to_string(),
        _ if a.copy == CopyArrival::Older => c.arrival_copy_older.to_string(),
        _ if a.copy == CopyArrival::Withdrawn => (c.arrival_withdrawn)(&a.plan.name),
        _ if a.copy == CopyArrival::OwnPlan && of.is_some_and(|o| o.referral.is_some()) => {
            c.arrival_answer_again.to_string()
        }
        _ if a.copy == CopyArrival::OwnPlan => c.arrival_own.to_string(),
        _ if matches!(a.copy, CopyArrival::Refused(_)) => c.arrival_refused.to_string(),
        _ if a.copy == CopyArrival::AnswerBack => {
            let last = crate::core::referral::referred_support(&a.plan)
                .and_then(|s| s.body.answers.last());
            match last {
                Some(l) => (c.arrival_answer)(&l.organisation, (t.referral_name)(l.status)),
                None => c.arrival_refused.to_string(),
            }
        }
        (Some(_), _) if a.copy == CopyArrival::NotesBack => (c.arrival_notes)(&supporter),
        (_, true) => t.arrival_newer_here.to_string(),
        (None, false) => t.arrival_new_here.to_string(),
        (Some(m), _) if m.is_empty() => t.arrival_nothing_new.to_string(),
        (Some(m), _) => (t.arrival_merge)(m.added, m.updated, m.removed, m.kept_both),
    };
    // Arriving here for the first time (a clinic PC): who writes is asked now, before
    // anyone writes. Unanswered, it is asked on the plan's first screen as before.
    let asks_author = a.here_name.is_none() && a.copy == CopyArrival::NotACopy && !needs_plan;
    // By name where the plan has a team or supporters: "Priya Patel, practice nurse".
    let author_options: Vec<(AttrValue, AttrValue)> = writer_options(t, Some(&a.plan))
        .into_iter()
        .map(|(value, label)| (AttrValue::from(value), AttrValue::from(label)))
        .collect();
    let on_author = {
        let chosen = chosen.clone();
        Callback::from(move |v: String| {
            let mut next = (*chosen).clone();
            next.author = parse_writer(&v);
            chosen.set(next);
        })
    };
    let confirm_label = if a.merge.is_some() || a.copy == CopyArrival::AnswerBack {
        t.bring_in
    } else {
        t.open_arrival
    };
    // Moves the reader to what arrived, so it is read before anything is chosen.
    use_effect_with((), |_| {
        crate::app::components::focus_soon_at_top("arrival-heading".into())
    });
    html! {
        <section class="arrival" aria-labelledby="arrival-heading">
            <h3 id="arrival-heading" tabindex="-1">{ t.arrival_title }</h3>
            <p><strong>{ (t.arrival_plan)(a.here_name.as_ref().unwrap_or(&a.plan.name)) }</strong></p>
            <p>{ (t.arrival_changed)(&changed, &writer_in_sentence(t, &a.plan, a.plan.changed.by, a.plan.changed.who.as_ref())) }</p>
            <p>{ (t.arrival_counts)(goals, steps, other) }</p>
            <p>{ what_happens }</p>
            if !a.notes.is_empty() || !a.answers.is_empty() { <p>{ c.read_first }</p> }
            if asks_author {
                <RadioGroup name="arrival-author" legend={t.who_is_writing_title} options={author_options}
                    value={chosen.author.as_ref().map(writer_value).unwrap_or_default()} on_change={on_author} />
            }
            { notes_to_choose(t, &a.notes, &chosen) }
            { answers_to_read(t, &a.answers, &chosen) }
            if let Some(m) = a.merge.as_ref().filter(|m| !m.is_empty() && a.notes.is_empty()) {
                <dl class="arrival-changes">
                    { named(t, t.preview_new, &m.added_labels) }
                    { named(t, t.preview_changed, &m.updated_labels) }
                    { named(t, t.preview_removed, &m.removed_labels) }
                    { named(t, t.preview_both, &m.kept_labels) }
                </dl>
            }
            <div class="actions">
                if !needs_plan && !blocked {
                    <button type="button" onclick={
                        let (confirm, chosen) = (props.on_confirm.clone(), chosen.clone());
                        Callback::from(move |_: MouseEvent| confirm.emit((*chosen).clone()))
                    }>{ confirm_label }</button>
                }
                if a.copy == CopyArrival::OwnPlan {
                    <a class="button" href={Route::plan_screen(&a.plan.id, Screen::Overview).to_hash()}>{ c.open_full }</a>
                }
                <button type="button" class="secondary" onclick={props.on_cancel.reform(|_| ())}>{ t.not_now }</button>
            </div>
        </section>
    }
}

/// Each note coming back, in full, with its step and who wrote it, ticked to go in.
fn notes_to_choose(
    t: &'static crate::text::Text,
    notes: &[NoteBack],
    chosen: &UseStateHandle<Chosen>,
) -> Html {
    let Some(first) = notes.first() else {
        return html! {};
    };
    let c = t.copies;
    html! {
        <fieldset class="choice-group notes-back">
            <legend>{ (c.notes_legend)(&first.by) }</legend>
            { for notes.iter().enumerate().map(|(i, n)| {
                let id = format!("note-back-{i}");
                let toggle = {
                    let (chosen, check_in) = (chosen.clone(), n.check_in.clone());
                    Callback::from(move |_: Event| {
                        let mut next = (*chosen).clone();
                        if !next.notes.remove(&check_in) {
                            next.notes.insert(check_in.clone());
                        }
                        chosen.set(next);
                    })
                };
                let date = (t.format_date)(&n.on);
                html! {
                    <div class="choice" key={id.clone()}>
                        <input type="checkbox" id={id.clone()} checked={chosen.notes.contains(&n.check_in)} onchange={toggle} />
                        <label for={id}>{ (c.note_back_line)(&n.step, &date, &n.note) }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// Each new answer to a referral, in full; what it says in the person's own words can
/// be corrected or cleared before it goes in under their name.
fn answers_to_read(
    t: &'static crate::text::Text,
    answers: &[ReferralAnswer],
    chosen: &UseStateHandle<Chosen>,
) -> Html {
    let c = t.copies;
    html! {
        { for answers.iter().enumerate().map(|(i, a)| {
            let date = (t.format_date)(&a.on);
            let on_change = {
                let chosen = chosen.clone();
                Callback::from(move |w: String| {
                    let mut next = (*chosen).clone();
                    if let Some(slot) = next.own_words.get_mut(i) {
                        *slot = w;
                    }
                    chosen.set(next);
                })
            };
            let words = chosen.own_words.get(i).cloned().unwrap_or_default();
            html! {
                <div class="answer-back" key={i}>
                    <p><strong>{ (c.answer_line)(&a.organisation, &date, (t.referral_name)(a.status)) }</strong></p>
                    if !a.going.is_empty() { <p>{ (c.they_wrote)(&a.going) }</p> }
                    if !a.stopped_why.is_empty() { <p>{ (c.stopped_because)(&a.stopped_why) }</p> }
                    if !a.for_clinician.is_empty() { <p>{ (c.for_clinician)(&a.for_clinician) }</p> }
                    if !a.person_words.is_empty() {
                        <TextField id={format!("own-words-{i}")} label={c.own_words_label} value={words} multiline=true {on_change} />
                    }
                </div>
            }
        }) }
    }
}

#[derive(Properties, PartialEq)]
struct UnlockFormProps {
    on_unlock: Callback<String>,
}

/// Asks for the passphrase of a sealed copy. Nothing of the plan is shown before the
/// whole copy is opened and checked.
#[function_component(UnlockForm)]
fn unlock_form(props: &UnlockFormProps) -> Html {
    let t = use_text();
    let field = use_node_ref();
    let onsubmit = {
        let (field, on_unlock) = (field.clone(), props.on_unlock.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                on_unlock.emit(input.value());
            }
        })
    };
    html! {
        <form class="entry-form unlock" aria-labelledby="unlock-heading" {onsubmit} novalidate=true>
            <h3 id="unlock-heading">{ t.locked_title }</h3>
            <label for="unlock-passphrase">{ t.locked_label }</label>
            <input id="unlock-passphrase" type="password" ref={field} autocomplete="off" autofocus=true />
            <div class="actions"><button type="submit">{ t.unlock }</button></div>
        </form>
    }
}

/// A few of the entries a merge would add or change, named by their words.
fn named(t: &crate::text::Text, title: &'static str, labels: &[String]) -> Html {
    const SHOWN: usize = 5;
    if labels.is_empty() {
        return html! {};
    }
    let mut words = labels
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if labels.len() > SHOWN {
        words = format!("{words}; {}", (t.and_more)(labels.len() - SHOWN));
    }
    html! { <><dt>{ title }</dt><dd>{ words }</dd></> }
}
