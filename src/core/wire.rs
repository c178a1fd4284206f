//! The compact wire form of a plan, for links and codes (files keep the readable JSON).
//!
//! A saved document's JSON tree written as tagged bytes, schema-free so that every
//! version of the saved form (and its migrations) travels unchanged:
//! - each object's keys are written once per *shape* (the same keys in the same
//!   order), later objects of that shape name it in one byte — an entry's bookkeeping
//!   costs its values only;
//! - each string is written once, later by its number;
//! - ids (UUID text, 36 characters) become their 16 bytes, once, later by number;
//!   version digests (16 hex characters) become their 8 bytes;
//! - time stamps (milliseconds) are written as the difference from the one before,
//!   so a consultation's stamps cost two or three bytes each.
//!
//! The shell then deflates the bytes and writes them in the carrier's characters
//! (`link`). Reading is the exact inverse and is then read like any saved document,
//! through its migrations and checks. Damaged bytes are refused, never a panic.

use serde_json::{Map, Number, Value};
use std::collections::HashMap;

/// Not a valid first byte of UTF-8 text, so a reader tells the wire form from JSON.
pub const MAGIC: u8 = 0xC1;
/// This build writes and reads version 1 of the wire form.
pub const VERSION: u8 = 1;
/// Deeper nesting than any plan has is damage (and would exhaust the stack).
const MAX_DEPTH: usize = 48;
/// The most JSON text decoding may build: a reference repeats a long word for two bytes,
/// so a small hostile link could otherwise unfold into gigabytes. As large as a saved
/// document may be (`saved::MAX_DOCUMENT_BYTES`; `saved` stands above this module).
pub const MAX_OUTPUT: usize = 4 * 1024 * 1024;
/// The saved form's keys, each written as its number here rather than its words. Part
/// of wire version 1: append only (a key missing here still travels, spelt out).
#[rustfmt::skip]
const KEYS: [&str; 128] = [
    "able_now", "action_confidence", "action_notes", "action_outcomes", "actions",
    "agenda_items", "agreement", "answers", "at", "attainment_levels", "baseline",
    "because", "body", "by", "by_name", "can_write", "capabilities", "capability",
    "changed", "changes_only", "changes_since_last_time", "check_ins", "clinician_view",
    "community_supports", "concerns", "confidence", "conflicts", "contact", "copy_of",
    "created", "current", "date", "decided", "description", "difference", "discussed",
    "earlier", "effect", "ended", "entries", "entry", "for_clinician", "format",
    "from_version", "goal", "goal_levels", "goals", "going", "helps_and_hindrances",
    "history", "hope", "hopes", "how", "how_it_went", "how_much", "how_often",
    "how_they_help", "id", "if_", "if_then", "involvement", "is_sample", "kind", "label",
    "left_out", "levels", "life_area", "lines", "list", "made", "measures", "mine", "name",
    "newer", "next_review", "note", "now_in_words", "offer", "on", "organisation",
    "outcomes", "person_view", "person_words", "plan", "practical", "priority",
    "proposed_by", "reach_me", "reason", "referral", "refs", "removed", "replaces",
    "responsible", "review_date", "revision", "role", "safety_net", "schema_version",
    "signs", "stamp", "state", "status", "stopped_why", "supporter", "supporter_name",
    "supporters", "target", "target_date", "text", "then", "together_with", "verb",
    "versions", "visit", "visits", "weight", "what", "what_matters", "what_to_do", "when",
    "why_it_matters", "wished", "with_whom", "withdrawn", "wording", "worries", "zone",
];

/// Integers at least this large are time stamps (milliseconds since 1973).
const TIME_FROM: i64 = 100_000_000_000;

const NULL: u8 = 0;
const FALSE: u8 = 1;
const TRUE: u8 = 2;
const INT: u8 = 3;
const UINT: u8 = 4;
const FLOAT: u8 = 5;
const TIME: u8 = 6;
const STR: u8 = 7;
const STR_REF: u8 = 8;
const ID: u8 = 9;
const ID_REF: u8 = 10;
const DIGEST: u8 = 11;
const ARRAY: u8 = 12;
const SHAPE: u8 = 13;
const EMPTY_STR: u8 = 14;
const SHAPE_REF: u8 = 15;
/// 16..=47: the integers 0..=31 in one byte.
const SMALL_INT: u8 = 16;
const SMALL_INTS: u8 = 32;
/// 48..=255: the first 208 shapes in one byte.
const SMALL_SHAPE: u8 = 48;

/// Why wire bytes could not be read: cut short, changed, or not the wire form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged;

/// The document's JSON text (as `saved::to_json` writes it) in the wire form.
/// `None` only for text that is not JSON, which `saved` never writes.
pub fn encode(document_json: &str) -> Option<Vec<u8>> {
    let tree: Value = crate::core::json::from_str(document_json).ok()?;
    let mut w = Writer::default();
    w.value(&tree);
    let mut out = vec![MAGIC, VERSION];
    let structure = std::mem::take(&mut w.out);
    w.varint(structure.len() as u64);
    out.append(&mut w.out);
    out.extend(structure);
    out.extend(w.text);
    Some(out)
}

/// The document's JSON text from wire bytes.
pub fn decode(bytes: &[u8]) -> Result<String, Damaged> {
    match bytes {
        [MAGIC, VERSION, rest @ ..] => {
            let mut r = Reader {
                bytes: rest,
                ..Reader::default()
            };
            let structure = r.count()?;
            let (structure, text) = r.bytes.split_at(structure);
            r.bytes = structure;
            r.text = text;
            let tree = r.value(0)?;
            if !r.bytes.is_empty() || !r.text.is_empty() {
                return Err(Damaged);
            }
            Ok(crate::core::json::to_string(&tree))
        }
        _ => Err(Damaged),
    }
}

/// Whether bytes are in the wire form (rather than JSON text).
pub fn is_wire(bytes: &[u8]) -> bool {
    bytes.first() == Some(&MAGIC)
}

#[derive(Default)]
struct Writer {
    /// The shape of the tree: tags, numbers, ids, lengths of words.
    out: Vec<u8>,
    /// The words, one after another: deflate finds more in text kept together.
    text: Vec<u8>,
    strings: HashMap<String, usize>,
    ids: HashMap<[u8; 16], usize>,
    shapes: HashMap<Vec<String>, usize>,
    last_time: i64,
}

impl Writer {
    fn value(&mut self, v: &Value) {
        match v {
            Value::Null => self.out.push(NULL),
            Value::Bool(false) => self.out.push(FALSE),
            Value::Bool(true) => self.out.push(TRUE),
            Value::Number(n) => self.number(n),
            Value::String(s) => self.string(s),
            Value::Array(items) => {
                self.out.push(ARRAY);
                self.varint(items.len() as u64);
                items.iter().for_each(|i| self.value(i));
            }
            Value::Object(map) => {
                let keys: Vec<String> = map.keys().cloned().collect();
                match self.shapes.get(&keys).copied() {
                    Some(n) if n < usize::from(u8::MAX - SMALL_SHAPE) + 1 => {
                        self.out.push(SMALL_SHAPE + n as u8)
                    }
                    Some(n) => {
                        self.out.push(SHAPE_REF);
                        self.varint(n as u64);
                    }
                    None => {
                        self.out.push(SHAPE);
                        self.varint(keys.len() as u64);
                        for key in &keys {
                            match key_number(key) {
                                Some(n) => self.varint(n as u64 + 1),
                                None => {
                                    self.varint(0);
                                    self.string(key);
                                }
                            }
                        }
                        let n = self.shapes.len();
                        self.shapes.insert(keys, n);
                    }
                }
                map.values().for_each(|v| self.value(v));
            }
        }
    }

    fn number(&mut self, n: &Number) {
        if let Some(i) = n.as_i64() {
            if (0..i64::from(SMALL_INTS)).contains(&i) {
                self.out.push(SMALL_INT + i as u8);
            } else if let (true, Some(delta)) = (i >= TIME_FROM, i.checked_sub(self.last_time)) {
                self.out.push(TIME);
                self.varint(zigzag(delta));
                self.last_time = i;
            } else {
                self.out.push(INT);
                self.varint(zigzag(i));
            }
        } else if let Some(u) = n.as_u64() {
            self.out.push(UINT);
            self.varint(u);
        } else {
            self.out.push(FLOAT);
            self.out
                .extend(n.as_f64().unwrap_or_default().to_le_bytes());
        }
    }

    fn string(&mut self, s: &str) {
        if s.is_empty() {
            self.out.push(EMPTY_STR);
        } else if let Some(bytes) = uuid_bytes(s) {
            match self.ids.get(&bytes).copied() {
                Some(n) => {
                    self.out.push(ID_REF);
                    self.varint(n as u64);
                }
                None => {
                    self.out.push(ID);
                    self.out.extend(bytes);
                    let n = self.ids.len();
                    self.ids.insert(bytes, n);
                }
            }
        } else if let Some(bytes) = digest_bytes(s) {
            self.out.push(DIGEST);
            self.out.extend(bytes);
        } else if let Some(n) = self.strings.get(s).copied() {
            self.out.push(STR_REF);
            self.varint(n as u64);
        } else {
            self.out.push(STR);
            self.varint(s.len() as u64);
            self.text.extend(s.as_bytes());
            let n = self.strings.len();
            self.strings.insert(s.to_string(), n);
        }
    }

    fn varint(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.out.push(low);
                return;
            }
            self.out.push(low | 0x80);
        }
    }
}

#[derive(Default)]
struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a [u8],
    /// Bytes of JSON built so far (roughly: words, keys, and a few for each value).
    built: usize,
    strings: Vec<String>,
    ids: Vec<String>,
    shapes: Vec<Vec<String>>,
    last_time: i64,
}

impl Reader<'_> {
    /// Counts what decoding builds; past [`MAX_OUTPUT`] the input is damage.
    fn build(&mut self, bytes: usize) -> Result<(), Damaged> {
        self.built = self.built.saturating_add(bytes);
        if self.built > MAX_OUTPUT {
            return Err(Damaged);
        }
        Ok(())
    }

    fn value(&mut self, depth: usize) -> Result<Value, Damaged> {
        if depth > MAX_DEPTH {
            return Err(Damaged);
        }
        self.build(8)?;
        let tag = self.byte()?;
        Ok(match tag {
            NULL => Value::Null,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            INT => Value::from(unzigzag(self.varint()?)),
            UINT => Value::from(self.varint()?),
            FLOAT => {
                let raw: [u8; 8] = self.take(8)?.try_into().map_err(|_| Damaged)?;
                Value::Number(Number::from_f64(f64::from_le_bytes(raw)).ok_or(Damaged)?)
            }
            TIME => {
                let at = self
                    .last_time
                    .checked_add(unzigzag(self.varint()?))
                    .ok_or(Damaged)?;
                self.last_time = at;
                Value::from(at)
            }
            EMPTY_STR => Value::String(String::new()),
            STR | STR_REF | ID | ID_REF | DIGEST => {
                let s = self.string_after(tag)?;
                self.build(s.len())?;
                Value::String(s)
            }
            ARRAY => {
                let n = self.count()?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.value(depth + 1)?);
                }
                Value::Array(items)
            }
            SHAPE => {
                let n = self.count()?;
                let mut keys = Vec::with_capacity(n);
                for _ in 0..n {
                    keys.push(match self.varint()? {
                        0 => match self.byte()? {
                            EMPTY_STR => String::new(),
                            tag => self.string_after(tag)?,
                        },
                        n => usize::try_from(n - 1)
                            .ok()
                            .and_then(|n| KEYS.get(n))
                            .ok_or(Damaged)?
                            .to_string(),
                    });
                }
                self.shapes.push(keys.clone());
                self.object(keys, depth)?
            }
            SHAPE_REF => {
                let n = self.varint()?;
                self.object(self.shape(n)?, depth)?
            }
            SMALL_INT..=47 => Value::from(tag - SMALL_INT),
            _ => self.object(self.shape(u64::from(tag - SMALL_SHAPE))?, depth)?,
        })
    }

    fn shape(&self, n: u64) -> Result<Vec<String>, Damaged> {
        let n = usize::try_from(n).map_err(|_| Damaged)?;
        self.shapes.get(n).cloned().ok_or(Damaged)
    }

    fn object(&mut self, keys: Vec<String>, depth: usize) -> Result<Value, Damaged> {
        self.build(keys.iter().map(|k| k.len() + 4).sum())?;
        let mut map = Map::new();
        for key in keys {
            let v = self.value(depth + 1)?;
            if map.insert(key, v).is_some() {
                return Err(Damaged);
            }
        }
        Ok(Value::Object(map))
    }

    fn string_after(&mut self, tag: u8) -> Result<String, Damaged> {
        let pick = |table: &Vec<String>, n: u64| {
            usize::try_from(n)
                .ok()
                .and_then(|n| table.get(n).cloned())
                .ok_or(Damaged)
        };
        match tag {
            STR => {
                let n = usize::try_from(self.varint()?).map_err(|_| Damaged)?;
                if n > self.text.len() {
                    return Err(Damaged);
                }
                let (word, rest) = self.text.split_at(n);
                self.text = rest;
                let s = std::str::from_utf8(word).map_err(|_| Damaged)?.to_string();
                self.strings.push(s.clone());
                Ok(s)
            }
            STR_REF => {
                let n = self.varint()?;
                pick(&self.strings, n)
            }
            ID => {
                let s = uuid_text(self.take(16)?);
                self.ids.push(s.clone());
                Ok(s)
            }
            ID_REF => {
                let n = self.varint()?;
                pick(&self.ids, n)
            }
            DIGEST => Ok(hex(self.take(8)?)),
            _ => Err(Damaged),
        }
    }

    fn byte(&mut self) -> Result<u8, Damaged> {
        let (first, rest) = self.bytes.split_first().ok_or(Damaged)?;
        self.bytes = rest;
        Ok(*first)
    }

    fn take(&mut self, n: usize) -> Result<&[u8], Damaged> {
        if n > self.bytes.len() {
            return Err(Damaged);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    /// A length or count: each item takes at least one byte, so more than remain is damage.
    fn count(&mut self) -> Result<usize, Damaged> {
        let n = usize::try_from(self.varint()?).map_err(|_| Damaged)?;
        if n > self.bytes.len() {
            return Err(Damaged);
        }
        Ok(n)
    }

    fn varint(&mut self) -> Result<u64, Damaged> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f).checked_shl(shift).ok_or(Damaged)?;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(Damaged)
    }
}

fn key_number(key: &str) -> Option<usize> {
    KEYS.iter().position(|k| *k == key)
}

fn zigzag(i: i64) -> u64 {
    ((i << 1) ^ (i >> 63)) as u64
}

fn unzigzag(u: u64) -> i64 {
    ((u >> 1) as i64) ^ -((u & 1) as i64)
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of lower-case hex text of an even length.
fn hex_bytes(s: &[u8], out: &mut [u8]) -> Option<()> {
    for (i, pair) in s.chunks(2).enumerate() {
        *out.get_mut(i)? = hex_digit(pair[0])? << 4 | hex_digit(*pair.get(1)?)?;
    }
    Some(())
}

/// A version digest: exactly 16 lower-case hex characters.
fn digest_bytes(s: &str) -> Option<[u8; 8]> {
    let mut out = [0u8; 8];
    (s.len() == 16).then_some(())?;
    hex_bytes(s.as_bytes(), &mut out)?;
    Some(out)
}

/// An id in UUID text: lower-case hex in groups of 8-4-4-4-12.
fn uuid_bytes(s: &str) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    if b.len() != 36 || [8, 13, 18, 23].iter().any(|&i| b[i] != b'-') {
        return None;
    }
    let digits: Vec<u8> = b.iter().copied().filter(|c| *c != b'-').collect();
    let mut out = [0u8; 16];
    (digits.len() == 32).then_some(())?;
    hex_bytes(&digits, &mut out)?;
    Some(out)
}

fn uuid_text(b: &[u8]) -> String {
    let h = hex(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(json: &str) -> Value {
        let bytes = encode(json).expect("JSON");
        serde_json::from_str(&decode(&bytes).expect("readable")).expect("JSON back")
    }

    #[test]
    fn every_kind_of_value_comes_back_as_it_was() {
        let json = r#"{"a":[null,true,false,0,31,32,-1,-1000,9007199254740993,18446744073709551615,1.5,
            1788000000000,1788000000123,1700000000000,"","x","x",
            "0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d","0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d",
            "0A0B0C0D-0E0F-4A1B-8C2D-3E4F5A6B7C8D","77e952bedd13e02a","77E952BEDD13E02A",
            {"a":1,"b":2},{"a":3,"b":4},{"b":5,"a":6},{}],"":"empty key"}"#;
        let tree: Value = serde_json::from_str(json).unwrap();
        assert_eq!(round_trip(json), tree);
    }

    #[test]
    fn many_shapes_and_strings_still_come_back() {
        let objects: Vec<String> = (0..600)
            .map(|i| format!(r#"{{"k{i}":"v{}","same":"s"}}"#, i % 300))
            .collect();
        let json = format!("[{}]", objects.join(","));
        let tree: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(round_trip(&json), tree);
    }

    #[test]
    fn keys_are_spelt_out_only_when_unknown() {
        let known = encode(r#"{"what_matters":1}"#).unwrap();
        let unknown = encode(r#"{"what_mattered":1}"#).unwrap();
        assert!(known.len() + 10 < unknown.len());
        assert_eq!(round_trip(r#"{"what_mattered":1}"#)["what_mattered"], 1);
    }

    #[test]
    fn a_small_message_cannot_unfold_into_a_huge_one() {
        // One long word, then tens of thousands of two-byte references to it.
        let word = 100_000;
        let refs = 20_000;
        let mut structure = vec![ARRAY, 0xa0, 0x9c, 0x01, STR, 0xa0, 0x8d, 0x06];
        for _ in 1..refs {
            structure.extend([STR_REF, 0]);
        }
        let mut bytes = vec![MAGIC, VERSION];
        let mut w = Writer::default();
        w.varint(structure.len() as u64);
        bytes.extend(w.out);
        bytes.extend(structure);
        bytes.extend(vec![b'a'; word]);
        assert_eq!(decode(&bytes), Err(Damaged));
    }

    #[test]
    fn damaged_bytes_are_refused_never_a_panic() {
        let json = r#"{"plan":{"id":"0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d","at":1788000000000,"words":["one","two","one"]}}"#;
        let bytes = encode(json).unwrap();
        // Every cut, and every byte changed to every other value: an error or some
        // JSON, never a panic.
        for cut in 0..bytes.len() {
            assert_eq!(decode(&bytes[..cut]), Err(Damaged), "cut at {cut}");
        }
        for i in 0..bytes.len() {
            for b in 0..=255u8 {
                let mut changed = bytes.clone();
                changed[i] = b;
                let _ = decode(&changed);
            }
        }
        assert_eq!(
            decode(b"{\"plan\":1}"),
            Err(Damaged),
            "JSON is not the wire form"
        );
        assert_eq!(decode(&[MAGIC, VERSION + 1, NULL]), Err(Damaged));
        let deep = [
            vec![MAGIC, VERSION, 0xa0, 0x9c, 0x01],
            [ARRAY, 1].repeat(10_000),
        ]
        .concat();
        assert_eq!(decode(&deep), Err(Damaged), "nesting beyond any plan");
        let huge = [MAGIC, VERSION, 6, ARRAY, 0xff, 0xff, 0xff, 0xff, 0x0f];
        assert_eq!(decode(&huge), Err(Damaged), "a count beyond the bytes");
    }
}
