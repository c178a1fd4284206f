//! The saved and exported form of a plan: a versioned document, distinct from the
//! in-memory types, read through migrations. Reading never panics and never guesses:
//! anything unreadable is reported so the shell can keep it aside untouched.

use super::id::Id;
use super::json::{self, FromJson};
use super::plan::Plan;
use serde::Serialize;
use serde_json::Value;

/// The version this build writes. 4: check-ins and history name each entry once
/// (`check_ins.rs`, `history.rs`); nothing else changed, so 3 is read as it is.
pub const SCHEMA_VERSION: u64 = 5;
/// Marks our documents among other JSON a person might pick.
pub const FORMAT: &str = super::migrations::FORMAT;
/// Largest document accepted from storage or a file (far beyond any real plan).
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'static str,
    schema_version: u64,
    plan: &'a Plan,
}

struct DocumentIn {
    /// Read with the plan, in one pass, when the document is of this version (see
    /// `from_json`); not after a migration.
    schema_version: Option<u64>,
    plan: Plan,
}
read_fields!(DocumentIn { plan; default: schema_version });

/// Only the version (see `peek_version`).
struct Peek {
    schema_version: Option<u64>,
}
read_fields!(Peek { ; default: schema_version });

/// Why a saved or imported document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all (cut off, or another kind of file).
    NotJson,
    /// JSON, but not a CoPlan plan (no `schema_version`, or not an object).
    NotAPlan,
    /// Written by a newer CoPlan; this version must not overwrite it.
    Newer { version: u64 },
    /// A CoPlan plan whose contents are damaged; `detail` is for the engineer.
    Damaged { detail: String },
}

/// A document that was read, and the version it was written in.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub plan: Plan,
    pub from_version: u64,
}

pub fn to_json(plan: &Plan) -> String {
    let doc = DocumentOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        plan,
    };
    // Serialising plain data with string keys cannot fail. Lists unchanged since the
    // last document written are copied from its text (see `plan/shared.rs`).
    super::plan::remembering(|| json::to_string(&doc))
}

/// The saved form as kept in the browser's storage: `to_json` with every character
/// above U+00FF written as a JSON escape (`’` as `\u2019`), so that the text is one byte
/// a character to the browser. One curly apostrophe (a phone types them) otherwise
/// makes the browser decode, hold and copy the whole plan at two bytes a character:
/// a five-year plan saved in 7.7 ms, and in 4.5 ms with escapes (`tests/bench/`).
/// Storage's quota counts characters either way, so each escape costs 5 more of it (1%
/// of that plan; when storage is full, `storage::write_plan` writes the plan unescaped).
/// Left as it is when escapes would not make it shorter than two bytes a character (a
/// plan written mostly beyond Latin-1), or would make it too long to read back. Any
/// JSON reader reads it as the same document.
pub fn to_stored_json(plan: &Plan) -> String {
    one_byte_text(to_json(plan))
}

/// See [`to_stored_json`]: escapes characters above U+00FF in JSON text, when that
/// keeps it shorter than two bytes a character. JSON has such characters only inside
/// strings, where an escape means the same character.
pub fn one_byte_text(json: String) -> String {
    escaped(&json).unwrap_or(json)
}

/// The escaped text, built in one pass that jumps from one wide character to the next;
/// `None` when it is better left as it is.
fn escaped(json: &str) -> Option<String> {
    let bytes = json.as_bytes();
    let mut at = next_wide(bytes, 0)?;
    let mut out = String::with_capacity(json.len() + json.len() / 32);
    let (mut from, mut wide) = (0, 0);
    loop {
        out.push_str(&json[from..at]);
        // `at` is a lead byte, so a character starts there.
        let c = json[at..].chars().next()?;
        for unit in c.encode_utf16(&mut [0; 2]) {
            push_escape(&mut out, *unit);
        }
        wide += c.len_utf16();
        from = at + c.len_utf8();
        // A character is at most 3 bytes a UTF-16 unit, so while escapes add less than
        // a third of the length, they keep it under two bytes a character. Past that
        // (text mostly beyond Latin-1) the rule is worked out exactly.
        if 5 * wide >= json.len() / 3 {
            return escaped_if_shorter(json);
        }
        match next_wide(bytes, from) {
            Some(next) => at = next,
            None => break,
        }
    }
    out.push_str(&json[from..]);
    (out.len() <= MAX_DOCUMENT_BYTES).then_some(out)
}

/// The exact rule, for text with many wide characters: escaped when that is shorter
/// than two bytes for each UTF-16 unit.
fn escaped_if_shorter(json: &str) -> Option<String> {
    let units: usize = json.chars().map(char::len_utf16).sum();
    let wide: usize = json
        .chars()
        .filter(|c| u32::from(*c) > 0xFF)
        .map(char::len_utf16)
        .sum();
    if 5 * wide >= units {
        return None;
    }
    let mut out = String::with_capacity(units + 5 * wide);
    for c in json.chars() {
        if u32::from(c) > 0xFF {
            c.encode_utf16(&mut [0; 2])
                .iter()
                .for_each(|u| push_escape(&mut out, *u));
        } else {
            out.push(c);
        }
    }
    (out.len() <= MAX_DOCUMENT_BYTES).then_some(out)
}

/// Stored text as a person would read it in a file: the escapes of characters above
/// U+00FF written as the characters again (the same JSON document, as `to_json` wrote
/// it). Text that is not JSON (damaged data) is given back exactly as it is.
pub fn readable_json(stored: &str) -> String {
    if !stored.contains("\\u") || !json::is_json(stored) {
        return stored.to_string();
    }
    let mut out = String::with_capacity(stored.len());
    let mut rest = stored;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at..];
        // A wide character's escape, or the two of a surrogate pair; anything else
        // (`\"`, `\\`, a control character's `\u0001`) stays as it is.
        let (text, len) = match (unit_at(escape, 0), unit_at(escape, 6)) {
            (Some(hi @ 0xD800..=0xDBFF), Some(lo @ 0xDC00..=0xDFFF)) => (
                char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)),
                12,
            ),
            (Some(unit @ 0x100..), _) => (char::from_u32(unit), 6),
            _ => (None, 2),
        };
        // In JSON a backslash always has its escaped character after it, so `len` fits.
        match text {
            Some(c) => out.push(c),
            None => out.push_str(&escape[..len]),
        }
        rest = &escape[len..];
    }
    out.push_str(rest);
    out
}

/// The UTF-16 unit of the `\uXXXX` escape at `at` in `text`, if there is one.
fn unit_at(text: &str, at: usize) -> Option<u32> {
    let hex = text.get(at..at + 6)?.strip_prefix("\\u")?;
    hex.chars()
        .try_fold(0, |unit, c| Some(unit << 4 | c.to_digit(16)?))
}

/// `\uXXXX`, in lower-case hex.
fn push_escape(out: &mut String, unit: u16) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(char::from(HEX[usize::from(unit >> shift & 0xF)]));
    }
}

/// Where the next character above U+00FF starts at or after `from` (its lead byte is
/// 0xC4 or more), eight bytes at a time: in each byte, the top bit of `(b & 0x7F) +
/// 0x3C` is set when its low seven bits are 0x44 or more, and nothing carries into the
/// next byte; with `b`'s own top bit, that is `b >= 0xC4`.
fn next_wide(bytes: &[u8], from: usize) -> Option<usize> {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const TOP: u64 = 0x8080_8080_8080_8080;
    const ADD: u64 = 0x3C3C_3C3C_3C3C_3C3C;
    let rest = bytes.get(from..)?;
    let mut words = rest.chunks_exact(8);
    for (n, chunk) in words.by_ref().enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let hits = w & ((w & LOW) + ADD) & TOP;
        if hits != 0 {
            return Some(from + n * 8 + (hits.trailing_zeros() / 8) as usize);
        }
    }
    let tail = words.remainder();
    let base = from + rest.len() - tail.len();
    tail.iter().position(|&b| b >= 0xC4).map(|p| base + p)
}

/// Like `to_json`, indented for a file a person might open. Indented through the JSON
/// tree, so every entity's serialiser exists once in the download, not once per layout.
pub fn to_pretty_json(plan: &Plan) -> String {
    let compact = to_json(plan);
    json::from_str::<Value>(&compact)
        .ok()
        .map(|tree| json::to_string_pretty(&tree))
        .unwrap_or(compact)
}

/// Reads typed data from a JSON tree through its text: every entity then has one
/// reader in the download (from text, `core::json`), not a second one from trees.
pub(crate) fn from_tree<T: FromJson>(tree: &Value) -> Result<T, String> {
    json::from_str(&json::to_string(tree)).map_err(|e| e.to_string())
}

/// Reads a document of any known version, migrating it forward.
pub fn from_json(raw: &str) -> Result<Loaded, ReadError> {
    // Nearly every read is of a document of this version, saved by this app: its version
    // and its plan in one pass (peeking first cost a five-year plan 2–3 ms more to open).
    // Anything else (older, newer, damaged, not a plan) goes the careful way, which
    // migrates it or says why not.
    // Only an object: serde would also take a struct from a list (`[5, {…}]`), which the
    // careful way refuses as not a plan.
    let object = raw.len() <= MAX_DOCUMENT_BYTES && raw.trim_start().starts_with('{');
    let this_version = object
        .then(|| json::from_str::<DocumentIn>(raw).ok())
        .flatten()
        .filter(|doc| doc.schema_version == Some(SCHEMA_VERSION));
    let (mut doc, version) = match this_version {
        Some(doc) => (doc, SCHEMA_VERSION),
        None => {
            let version = peek_version(raw)?;
            let damaged = |detail: String| ReadError::Damaged { detail };
            let doc: DocumentIn = if version == SCHEMA_VERSION {
                json::from_str(raw).map_err(|e| damaged(e.to_string()))?
            } else {
                let value: Value = json::from_str(raw).map_err(|_| ReadError::NotJson)?;
                from_tree(&migrate(value, version)?).map_err(damaged)?
            };
            (doc, version)
        }
    };
    make_ids_unique(&mut doc.plan);
    Ok(Loaded {
        plan: doc.plan,
        from_version: version,
    })
}

/// A document in a link's or code's unpacked bytes: the wire form (`wire`), or the
/// JSON text older links carry.
pub fn from_bytes(bytes: &[u8]) -> Result<Loaded, ReadError> {
    let damaged = || ReadError::Damaged {
        detail: "wire form".into(),
    };
    let text = if super::wire::is_wire(bytes) {
        super::wire::decode(bytes).map_err(|_| damaged())?
    } else {
        String::from_utf8(bytes.to_vec()).map_err(|_| ReadError::NotJson)?
    };
    from_json(&text)
}

/// A plan in the compact wire form for links and codes (see `wire`).
pub fn to_wire(plan: &Plan) -> Vec<u8> {
    super::wire::encode(&to_json(plan)).unwrap_or_default()
}

/// A document's version, read without parsing the plan (it is skipped over), so a
/// document of this version goes straight into the types and only older ones take the
/// generic step through migrations. Newer ones are refused.
fn peek_version(raw: &str) -> Result<u64, ReadError> {
    if raw.len() > MAX_DOCUMENT_BYTES {
        return Err(ReadError::TooLarge { bytes: raw.len() });
    }
    if !raw.trim_start().starts_with('{') {
        // JSON of another shape (which a struct would also take from a list), or not JSON.
        return Err(match json::is_json(raw) {
            true => ReadError::NotAPlan,
            false => ReadError::NotJson,
        });
    }
    let peek: Peek = json::from_str(raw).map_err(|e| match e.syntax {
        false => ReadError::NotAPlan,
        true => ReadError::NotJson,
    })?;
    let version = peek.schema_version.ok_or(ReadError::NotAPlan)?;
    if version > SCHEMA_VERSION {
        return Err(ReadError::Newer { version });
    }
    Ok(version)
}

/// What the plans screen lists of a saved plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub id: Id,
    pub name: String,
    pub changed: super::plan::Stamp,
    pub is_sample: bool,
    /// Saved by a newer CoPlan: listed, never changed.
    pub newer: bool,
}
read_fields!(Summary { id, name, changed; default: is_sample; skip: newer });

struct SummaryIn {
    /// Read with the summary, in one pass (see `summary`).
    schema_version: Option<u64>,
    plan: Summary,
}
read_fields!(SummaryIn { plan; default: schema_version });

/// Reads only what the plans screen lists: a document of this version is skipped over,
/// not parsed into a plan (a device may hold several plans of years each). Whatever is
/// damaged deeper inside is found, and kept aside, when the plan is opened.
pub fn summary(raw: &str) -> Result<Summary, ReadError> {
    let from_plan = |plan: Plan, newer: bool| Summary {
        id: plan.id,
        name: plan.name,
        changed: plan.changed,
        is_sample: plan.is_sample,
        newer,
    };
    // Nearly every plan listed is of this version: its version and summary in one pass
    // (a five-year plan is 650 KB to pass over). Anything else goes the careful way.
    let object = raw.len() <= MAX_DOCUMENT_BYTES && raw.trim_start().starts_with('{');
    if let Some(Ok(doc)) = object.then(|| json::from_str::<SummaryIn>(raw)) {
        if doc.schema_version == Some(SCHEMA_VERSION) {
            return Ok(doc.plan);
        }
    }
    match peek_version(raw) {
        Ok(SCHEMA_VERSION) => json::from_str::<SummaryIn>(raw)
            .map(|doc| doc.plan)
            .map_err(|e| ReadError::Damaged {
                detail: e.to_string(),
            }),
        Ok(_) => from_json(raw).map(|loaded| from_plan(loaded.plan, false)),
        // A newer CoPlan's plan: listed read-only, with its name if that much reads as
        // this version writes it (the rest may have changed shape).
        Err(ReadError::Newer { version }) => read_newer(raw)
            .map(|plan| from_plan(plan, true))
            .or_else(|| {
                let doc = json::from_str::<SummaryIn>(raw).ok()?;
                Some(Summary {
                    newer: true,
                    ..doc.plan
                })
            })
            .ok_or(ReadError::Newer { version }),
        Err(e) => Err(e),
    }
}

/// Marks a file sealed with a passphrase.
pub const SEALED_FORMAT: &str = "coplan-sealed";

/// A file holding a plan sealed with a passphrase: the sealed bytes, in base64url.
pub fn to_sealed_json(sealed: &[u8]) -> String {
    json::to_string(&serde_json::json!({
        "format": SEALED_FORMAT,
        "version": 1,
        "data": super::base64::encode(sealed),
    }))
}

/// The sealed bytes of a sealed file; `None` when the text is not one (then it is read
/// as a plain document).
pub fn read_sealed(raw: &str) -> Option<Result<Vec<u8>, ReadError>> {
    if raw.len() > MAX_DOCUMENT_BYTES || !raw.contains(SEALED_FORMAT) {
        return None;
    }
    let value: Value = json::from_str(raw).ok()?;
    if value.get("format").and_then(Value::as_str) != Some(SEALED_FORMAT) {
        return None;
    }
    // A later way of sealing says which, so the person is told it is from a newer
    // CoPlan (with its number, as a plain document's is); no number is damage.
    match value.get("version").and_then(Value::as_u64) {
        Some(1) => {}
        Some(version) if version > 1 => return Some(Err(ReadError::Newer { version })),
        _ => {
            return Some(Err(ReadError::Damaged {
                detail: "sealed version".into(),
            }))
        }
    }
    let data = value
        .get("data")
        .and_then(Value::as_str)
        .unwrap_or_default();
    Some(
        super::base64::decode(data).ok_or_else(|| ReadError::Damaged {
            detail: "sealed data".into(),
        }),
    )
}

/// Reads what can be read of a document from a newer version, to show it read-only.
/// Unknown fields are ignored; `None` if even that fails.
pub fn read_newer(raw: &str) -> Option<Plan> {
    let value: Value = json::from_str(raw).ok()?;
    from_tree(value.get("plan")?).ok()
}

/// Applies each migration from `version` up to the current one.
fn migrate(mut doc: Value, version: u64) -> Result<Value, ReadError> {
    let mut v = version;
    while v < SCHEMA_VERSION {
        doc =
            match v {
                1 => super::migrations::v1_to_v2(doc)
                    .map_err(|detail| ReadError::Damaged { detail })?,
                2 => super::migrations::v2_to_v3(doc)
                    .map_err(|detail| ReadError::Damaged { detail })?,
                // Check-ins and history in their compact forms: their readers take the old
                // lists as they are.
                3 => doc,
                // The team: a new list, empty in older plans; nothing else moves. Older
                // CoPlans refuse version 5, so no team is ever silently dropped.
                4 => doc,
                _ => return Err(ReadError::NotAPlan),
            };
        v += 1;
    }
    Ok(doc)
}

/// A plan read from a file that is already on this device becomes a separate copy (a
/// new id, its name marked) until merging arrives: nothing on the device is replaced.
pub fn as_copy(mut plan: Plan, new_id: super::Id, copy_word: &str) -> Plan {
    plan.id = new_id;
    plan.name = format!("{} ({copy_word})", plan.name);
    plan
}

/// Gives every entry that shares an id with an earlier one in its list a new id, so an
/// edit of one can never land on another, whatever a file or damaged copy holds. The
/// new id is derived from the old one and its place, so every device reading the same
/// document agrees on it. Links keep pointing at the first entry with that id.
/// Returns how many ids were changed.
pub fn make_ids_unique(plan: &mut Plan) -> usize {
    use super::plan::Entry;
    fn dedupe<T>(plan_id: &Id, list: &str, entries: &mut [Entry<T>]) -> usize {
        let mut seen = std::collections::HashSet::new();
        let mut changed = 0;
        for (i, e) in entries.iter_mut().enumerate() {
            if !seen.insert(e.id.clone()) {
                let mut n = 0;
                while !seen.insert(e.id.clone()) {
                    e.id = Id::digest(&format!("{plan_id}/{list}/{}/{i}/{n}", e.id));
                    n += 1;
                }
                changed += 1;
            }
        }
        changed
    }
    let id = plan.id.clone();
    dedupe(&id, "what_matters", &mut plan.what_matters)
        + dedupe(&id, "capabilities", &mut plan.capabilities)
        + dedupe(&id, "goals", &mut plan.goals)
        + dedupe(&id, "actions", &mut plan.actions)
        + dedupe(&id, "supporters", &mut plan.supporters)
        + dedupe(&id, "helps", &mut plan.helps_and_hindrances)
        + dedupe(&id, "community", &mut plan.community_supports)
        + dedupe(&id, "safety_net", &mut plan.safety_net)
        + dedupe(&id, "visits", &mut plan.visits)
        + dedupe(&id, "agenda", &mut plan.agenda_items)
        + dedupe(&id, "check_ins", &mut plan.check_ins)
        + dedupe(&id, "team", &mut plan.team)
}
