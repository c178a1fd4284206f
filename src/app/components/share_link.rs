use super::AnimatedCode;
use crate::app::device::compress;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::link::Payload;
use crate::core::merge::changes_since;
use crate::core::qr::{qr_for_parts, QrImage};
use crate::core::{link, saved};
use std::rc::Rc;
use yew::prelude::*;

/// What making a link gave.
#[derive(Clone, PartialEq)]
enum Made {
    /// The whole plan, and (when the plan arrived here from another device) a link
    /// holding only what changed here since: small enough for a QR code.
    Link {
        url: String,
        /// The address up to the plan, and the plan in QR characters, for the code.
        address: String,
        whole: String,
        /// Only what changed here since the plan arrived: for a code, and as a link.
        changes: Option<(String, String)>,
        /// What a moving code carries when one code cannot: the whole plan, and only
        /// the changes (each offered where its own code was too big).
        moving: (Rc<Vec<u8>>, bool),
        moving_changes: Option<(Rc<Vec<u8>>, bool)>,
    },
    /// Too long for a link to be trusted: a file, or a moving code.
    TooLong {
        moving: (Rc<Vec<u8>>, bool),
    },
    Unavailable,
}

#[derive(Properties, PartialEq, Clone)]
pub struct ShareLinkProps {
    /// Seal the link with this passphrase (empty: a plain link).
    #[prop_or_default]
    pub passphrase: AttrValue,
    /// A copy to send instead of the open plan (a supporter's copy): only what it holds.
    #[prop_or_default]
    pub copy: Option<crate::core::Plan>,
    /// Unique on the page: the ids of the link's parts start with it.
    #[prop_or_else(|| AttrValue::from("plan-link"))]
    pub dom_id: AttrValue,
    /// The card's heading and what it says the link holds (default: the whole plan).
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    #[prop_or_default]
    pub body: Option<AttrValue>,
    /// The screen offers a passphrase above the link (the Share screen): the code's
    /// privacy note says it can be set there. Elsewhere it never points at a field that
    /// is not on the screen.
    #[prop_or_default]
    pub passphrase_above: bool,
}

/// "Share by link": the whole plan, compressed, in the link's fragment (never sent to a
/// host), sealed when a passphrase is given. Says who can read it; warns when a link is
/// long enough for some apps to cut, and offers the file instead of a link too long to
/// trust. A plan is never cut.
#[function_component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let made = use_state(|| None::<Made>);
    let copied = use_state(|| false);
    let whole_code = use_state(|| false);
    let moving = use_state(|| false);
    // Counts what the link is made of (a passphrase, a copy's entries): a link still being
    // made when either changes is for what was there before, and is never shown.
    let making = use_mut_ref(|| 0u64);
    {
        // A new passphrase (or none): the link made before no longer matches.
        let (made, copied, moving, making) =
            (made.clone(), copied.clone(), moving.clone(), making.clone());
        use_effect_with(props.passphrase.clone(), move |_| {
            *making.borrow_mut() += 1;
            made.set(None);
            copied.set(false);
            moving.set(false);
        });
    }
    {
        // A copy with other entries in it: the link made before no longer matches.
        let (made, making) = (made.clone(), making.clone());
        use_effect_with(props.copy.clone(), move |_| {
            *making.borrow_mut() += 1;
            made.set(None);
        });
    }
    let Some(plan) = props.copy.as_ref().or(ws.plan()) else {
        return html! {};
    };
    let is_copy = props.copy.is_some();
    let dom = props.dom_id.to_string();
    let sealed = !props.passphrase.is_empty();
    let make = {
        let (plan, made, copied) = (plan.clone(), made.clone(), copied.clone());
        let (passphrase, making) = (props.passphrase.to_string(), making.clone());
        Callback::from(move |_| {
            let (plan, made, copied) = (plan.clone(), made.clone(), copied.clone());
            let passphrase = passphrase.clone();
            let (making, mine) = (making.clone(), *making.borrow());
            let still = move || *making.borrow() == mine;
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(false);
                let packed = compress::pack(&saved::to_wire(&plan)).await;
                let payload = match packed {
                    Some(packed) => payload_of(&packed, &passphrase).await,
                    None => None,
                };
                if !still() {
                    return;
                }
                let Some(payload) = payload else {
                    made.set(Some(Made::Unavailable));
                    return;
                };
                let text = match &payload {
                    Payload::Packed(bytes) => link::encode(bytes),
                    Payload::Sealed(bytes) => link::encode_sealed(bytes),
                };
                let whole = link::encode_for_qr(&payload);
                if !is_copy {
                    crate::app::device::storage::note_copied(&plan);
                }
                let here = web_sys::window()
                    .and_then(|w| w.location().href().ok())
                    .unwrap_or_default();
                let base = here.split('#').next().unwrap_or_default().to_string();
                let address = format!("{base}#/open/");
                let url = format!("{address}{text}");
                let mut changes = None;
                let moving = payload_bytes(&payload);
                let mut moving_changes = None;
                let arrival = crate::app::device::storage::arrival(&plan.id).filter(|_| !is_copy);
                if let Some((_, arrived)) = arrival {
                    let handed_back = crate::app::device::storage::handed_back(&plan.id);
                    let only = changes_since(&plan, &arrived, &handed_back);
                    crate::app::device::storage::note_handed_back(&only);
                    if let Some(packed) = compress::pack(&saved::to_wire(&only)).await {
                        if let Some(payload) = payload_of(&packed, &passphrase).await {
                            let text = match &payload {
                                Payload::Packed(bytes) => link::encode(bytes),
                                Payload::Sealed(bytes) => link::encode_sealed(bytes),
                            };
                            changes =
                                Some((link::encode_for_qr(&payload), format!("{address}{text}")));
                            moving_changes = Some(payload_bytes(&payload));
                        }
                    }
                }
                if !still() {
                    return;
                }
                made.set(Some(if url.len() > link::TOO_LONG {
                    Made::TooLong { moving }
                } else {
                    Made::Link {
                        url,
                        address,
                        whole,
                        changes,
                        moving,
                        moving_changes,
                    }
                }));
            });
        })
    };
    let copy = |url: String| {
        let copied = copied.clone();
        Callback::from(move |_| {
            if let Some(w) = web_sys::window() {
                let promise = w.navigator().clipboard().write_text(&url);
                let copied = copied.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                        copied.set(true);
                    }
                });
            }
        })
    };
    html! {
        <section class="card share-link screen-only" aria-labelledby={format!("{dom}-heading")}>
            <h2 id={format!("{dom}-heading")}>{ props.heading.clone().unwrap_or(AttrValue::from(t.share_link_heading)) }</h2>
            <p>{ props.body.clone().unwrap_or(AttrValue::from(t.share_link_body)) }</p>
            <div class="actions"><button type="button" class="secondary" onclick={make}>{ t.make_link }</button></div>
            { match &*made {
                Some(Made::Link { url, address, whole, changes, moving: (message, sealed_moving), moving_changes }) => {
                let offer_moving = moving_code(t, &moving, message, *sealed_moving);
                let offer_moving_changes = moving_changes
                    .as_ref()
                    .map(|(m, sealed)| moving_code(t, &moving, m, *sealed))
                    .unwrap_or_default();
                html! {
                    <>
                        <label for={dom.clone()}>{ t.link_label }</label>
                        <textarea id={dom.clone()} readonly=true rows="3" value={url.clone()} />
                        if sealed { <p class="hint">{ t.protected_note }</p> }
                        if url.len() > link::SHORT_ENOUGH { <p class="hint">{ (t.link_long)(url.len()) }</p> }
                        <div class="actions">
                            <button type="button" onclick={copy(url.clone())}>{ t.copy_link }</button>
                        </div>
                        if *copied { <p role="status">{ t.link_copied }</p> }
                        <h3>{ t.qr_heading }</h3>
                        <p>{ if sealed { t.qr_privacy_sealed } else if props.passphrase_above { t.qr_privacy } else { t.qr_privacy_unsealed } }</p>
                        { match (changes, *whole_code) {
                            // Only what changed here, the smaller: its code, or, when even
                            // that is too big, the changes as a link (never the bigger code).
                            (Some((changes, changes_url)), false) => match qr_for_parts(address, changes) {
                                Ok(code) => html! {
                                    <>
                                        <p>{ t.qr_changes_body }</p>
                                        <QrCode {code} />
                                        if qr_for_parts(address, whole).is_ok() {
                                            <button type="button" class="secondary" onclick={{ let w = whole_code.clone(); Callback::from(move |_| w.set(true)) }}>{ t.qr_show_whole }</button>
                                        }
                                    </>
                                },
                                Err(_) => html! {
                                    <>
                                        <p role="status">{ t.qr_changes_too_big }</p>
                                        { offer_moving_changes.clone() }
                                        <label for={format!("{dom}-changes")}>{ t.changes_link_label }</label>
                                        <textarea id={format!("{dom}-changes")} readonly=true rows="3" value={changes_url.clone()} />
                                        <div class="actions">
                                            <button type="button" class="secondary" onclick={copy(changes_url.clone())}>{ t.copy_link }</button>
                                        </div>
                                    </>
                                },
                            },
                            (changes, _) => html! {
                                <>
                                    { code_or_too_big(t, address, whole, t.qr_body) }
                                    if qr_for_parts(address, whole).is_err() {
                                        { offer_moving.clone() }
                                    }
                                    if changes.is_some() {
                                        <button type="button" class="secondary" onclick={{ let w = whole_code.clone(); Callback::from(move |_| w.set(false)) }}>{ t.qr_show_changes }</button>
                                    }
                                </>
                            },
                        } }
                    </>
                }},
                Some(Made::TooLong { moving: (message, sealed) }) => html! {
                    <>
                        <p role="status">{ t.link_too_long }</p>
                        { moving_code(t, &moving, message, *sealed) }
                    </>
                },
                Some(Made::Unavailable) => html! { <p role="status">{ t.link_unavailable }</p> },
                None => html! {},
            } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub code: QrImage,
    /// What the picture is, for screen readers (default: a link to this plan).
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// The code drawn as one SVG path of dark modules, with the quiet zone readers need,
/// large and black on white whatever the colour scheme.
#[function_component(QrCode)]
pub fn qr_code(props: &QrCodeProps) -> Html {
    let t = use_text();
    let w = props.code.width;
    let mut d = String::new();
    for (i, dark) in props.code.dark.iter().enumerate() {
        if *dark {
            d.push_str(&format!("M{} {}h1v1h-1z", i % w + 4, i / w + 4));
        }
    }
    let size = w + 8;
    html! {
        <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img"
            aria-label={props.label.clone().unwrap_or(AttrValue::from(t.qr_alt))}
            data-version={props.code.version.to_string()} shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path {d} fill="#000" />
        </svg>
    }
}

/// The QR code of a link to `copy` (unsealed), for paper: `None` if it cannot be made
/// here or is too big for one code.
pub async fn code_for(copy: &crate::core::Plan) -> Option<QrImage> {
    let packed = compress::pack(&saved::to_wire(copy)).await?;
    let here = web_sys::window()?.location().href().ok()?;
    let address = format!("{}#/open/", here.split('#').next().unwrap_or_default());
    qr_for_parts(&address, &link::encode_for_qr(&Payload::Packed(packed))).ok()
}

/// A moving code of `message` once asked for, or the button that asks.
fn moving_code(
    t: &crate::text::Text,
    shown: &UseStateHandle<bool>,
    message: &Rc<Vec<u8>>,
    sealed: bool,
) -> Html {
    if **shown {
        return html! { <AnimatedCode message={message.clone()} {sealed} /> };
    }
    let shown = shown.clone();
    html! {
        <div class="actions">
            <button type="button" class="secondary" onclick={Callback::from(move |_| shown.set(true))}>{ t.animated_offer }</button>
        </div>
    }
}

/// The bytes of a payload, and whether they are sealed (for a moving code).
fn payload_bytes(payload: &Payload) -> (Rc<Vec<u8>>, bool) {
    match payload {
        Payload::Packed(b) => (Rc::new(b.clone()), false),
        Payload::Sealed(b) => (Rc::new(b.clone()), true),
    }
}

/// What a link carries for packed bytes: them, or them sealed with the passphrase.
async fn payload_of(packed: &[u8], passphrase: &str) -> Option<Payload> {
    if passphrase.is_empty() {
        return Some(Payload::Packed(packed.to_vec()));
    }
    let sealed = crate::app::device::seal::seal(packed, passphrase).await?;
    Some(Payload::Sealed(sealed))
}

/// The QR code of a link (its address, then the plan in QR characters) with what it
/// holds, or why there is none.
fn code_or_too_big(
    t: &crate::text::Text,
    address: &str,
    qr_text: &str,
    body: &'static str,
) -> Html {
    match qr_for_parts(address, qr_text) {
        Ok(code) => html! { <><p>{ body }</p><QrCode {code} /></> },
        Err(_) => html! { <p>{ t.qr_too_big }</p> },
    }
}
