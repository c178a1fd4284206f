//! Reading JSON into the plan's types, by hand.
//!
//! Serde's readers are generic over the parser, so each struct's reader was compiled
//! with serde_json's parsing inlined in it: 123 KB of the first screen's code, the
//! plan's reader alone 35 KB. Here one small parser ([`Reader`]) serves every type, and
//! each type reads itself through it ([`FromJson`]) by plain calls. What is read is what
//! serde read: keys in any order, unknown keys passed over, a repeated or missing field
//! refused, nesting at most 128 deep, damaged text (a lone surrogate, a control
//! character, a trailing comma) refused.

use std::borrow::Cow;
use std::fmt;

/// This deep is refused (127 levels are read, as serde_json reads), so a hostile file
/// cannot exhaust the stack.
const DEPTH_LIMIT: u32 = 128;

/// Why JSON text could not be read as the type asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    message: String,
    /// Not JSON at all (cut off, a stray character), rather than JSON of another shape.
    pub syntax: bool,
    line: usize,
    column: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

pub type JsonResult<T> = Result<T, JsonError>;

/// A type read from JSON text through a [`Reader`].
pub trait FromJson: Sized {
    fn read(r: &mut Reader) -> JsonResult<Self>;
}

/// Reads `text` as a `T`, all of it (only whitespace may follow).
pub fn from_str<T: FromJson>(text: &str) -> JsonResult<T> {
    let mut r = Reader::new(text);
    let value = T::read(&mut r)?;
    r.end()?;
    Ok(value)
}

/// JSON text being read, from the start; each call takes one piece of it.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    depth: u32,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader {
            text,
            at: 0,
            depth: 0,
        }
    }

    fn error(&self, message: String, syntax: bool) -> JsonError {
        let before = &self.text.as_bytes()[..self.at.min(self.text.len())];
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |p| p + 1);
        JsonError {
            message,
            syntax,
            line: 1 + before.iter().filter(|b| **b == b'\n').count(),
            column: before.len() - line_start,
        }
    }

    /// JSON of another shape than the type's, at the current place.
    pub fn invalid(&self, message: impl Into<String>) -> JsonError {
        self.error(message.into(), false)
    }

    /// Text that is not JSON: cut off where it ends, else `message`.
    fn broken(&self, message: &str) -> JsonError {
        let message = if self.at >= self.text.len() {
            "EOF while parsing a value"
        } else {
            message
        };
        self.error(message.into(), true)
    }

    #[inline(never)]
    pub fn missing(&self, field: &str) -> JsonError {
        self.invalid(format!("missing field `{field}`"))
    }

    #[inline(never)]
    fn duplicate(&self, field: &str) -> JsonError {
        self.invalid(format!("duplicate field `{field}`"))
    }

    /// A number outside what its type holds (`at`: where it began).
    #[inline(never)]
    fn out_of_range(&mut self, at: usize, n: i64, kind: &str) -> JsonError {
        self.at = at;
        self.invalid(format!("invalid value: integer `{n}`, expected {kind}"))
    }

    /// Before value `n` (from 0) of a list of exactly `length` values (then `n ==
    /// length`: past its end, which must be there).
    #[inline(never)]
    pub fn value_of(&mut self, first: &mut bool, n: usize, length: usize) -> JsonResult<()> {
        let more = self.item(first)?;
        if more == (n < length) {
            return Ok(());
        }
        Err(self.invalid(format!(
            "invalid length {}, expected {length}",
            n + usize::from(more)
        )))
    }

    /// The next byte after any whitespace, not taken.
    #[inline]
    pub fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    /// Takes `byte` (after whitespace), or says it was not there.
    fn take(&mut self, byte: u8, message: &str) -> JsonResult<()> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.broken(message))
        }
    }

    /// The value here is not what was `expected`: text that is not JSON says so first, as
    /// a reader passing over the value would.
    fn mismatch(&mut self, expected: &str) -> JsonError {
        let at = self.at;
        if let Err(broken) = self.skip() {
            return broken;
        }
        self.at = at;
        self.invalid(format!("invalid type: expected {expected}"))
    }

    fn word(&mut self, word: &str) -> JsonResult<()> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.broken("expected value"))
        }
    }

    /// Takes a `null` if one is next.
    #[inline(never)]
    pub fn null(&mut self) -> JsonResult<bool> {
        if self.peek() != Some(b'n') {
            return Ok(false);
        }
        self.word("null").map(|_| true)
    }

    #[inline(never)]
    pub fn boolean(&mut self) -> JsonResult<bool> {
        match self.peek() {
            Some(b't') => self.word("true").map(|_| true),
            Some(b'f') => self.word("false").map(|_| false),
            _ => Err(self.mismatch("a boolean")),
        }
    }

    /// A string; borrowed from the text unless it holds escapes.
    #[inline(never)]
    pub fn string(&mut self) -> JsonResult<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return Err(self.mismatch("a string"));
        }
        self.at += 1;
        let plain = self.plain_run();
        if self.text.as_bytes().get(self.at) == Some(&b'"') {
            self.at += 1;
            return Ok(Cow::Borrowed(plain));
        }
        let mut out = String::from(plain);
        loop {
            match self.text.as_bytes().get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escaped()?);
                    out.push_str(self.plain_run());
                }
                Some(_) => {
                    return Err(self.broken(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                None => return Err(self.broken("")),
            }
        }
    }

    /// Takes characters up to a quote, a backslash, a control character or the end. It
    /// stops only at ASCII bytes, so always between characters.
    fn plain_run(&mut self) -> &'a str {
        let (bytes, start) = (self.text.as_bytes(), self.at);
        // Eight bytes at a time while none of them stops the run (most of a plan's
        // text is words): a byte is zero after xor-ing with the one looked for.
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let zero_in = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
        while let Some(chunk) = bytes.get(self.at..self.at + 8) {
            let v = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let stops = zero_in(v ^ (ONES * u64::from(b'"')))
                | zero_in(v ^ (ONES * u64::from(b'\\')))
                | (v.wrapping_sub(ONES * 0x20) & !v & HIGH);
            if stops != 0 {
                break;
            }
            self.at += 8;
        }
        while let Some(&b) = bytes.get(self.at) {
            if b == b'"' || b == b'\\' || b < 0x20 {
                break;
            }
            self.at += 1;
        }
        &self.text[start..self.at]
    }

    /// The character an escape (after its backslash) stands for.
    fn escaped(&mut self) -> JsonResult<char> {
        let Some(&b) = self.text.as_bytes().get(self.at) else {
            return Err(self.broken(""));
        };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode()?,
            _ => return Err(self.broken("invalid escape")),
        })
    }

    /// Passes over a string (its opening quote taken), checking it, keeping nothing.
    fn skip_string(&mut self) -> JsonResult<()> {
        loop {
            self.plain_run();
            match self.text.as_bytes().get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(());
                }
                // Only the escape's form: serde_json passed over a lone surrogate in a
                // value it skipped (a later version's field), and so does this.
                Some(b'\\') if self.text.as_bytes().get(self.at + 1) == Some(&b'u') => {
                    self.at += 2;
                    self.hex4()?;
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escaped()?;
                }
                Some(_) => {
                    return Err(self.broken(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                None => return Err(self.broken("")),
            }
        }
    }

    /// The character of a `\u` escape, a surrogate pair's two escapes together.
    fn unicode(&mut self) -> JsonResult<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.at..].starts_with("\\u") {
                    return Err(self.broken("lone leading surrogate in hex escape"));
                }
                self.at += 2;
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.broken("lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.broken("lone trailing surrogate in hex escape")),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.broken("invalid unicode code point"))
    }

    fn hex4(&mut self) -> JsonResult<u32> {
        let digits = self.text.get(self.at..self.at + 4).unwrap_or("");
        let code = (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(digits, 16).ok())
            .flatten()
            .ok_or_else(|| self.broken("invalid escape"))?;
        self.at += 4;
        Ok(code)
    }

    /// A number's text, checked against JSON's grammar, and whether it has a fraction or
    /// an exponent.
    #[inline(never)]
    pub(super) fn number(&mut self) -> JsonResult<(&'a str, bool)> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.mismatch("a number"));
        }
        self.number_text()
    }

    fn number_text(&mut self) -> JsonResult<(&'a str, bool)> {
        let (bytes, start) = (self.text.as_bytes(), self.at);
        let digits = |at: &mut usize| {
            let from = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > from
        };
        let mut at = start + usize::from(bytes.get(start) == Some(&b'-'));
        let whole = if bytes.get(at) == Some(&b'0') {
            at += 1;
            true
        } else {
            digits(&mut at)
        };
        let mut float = false;
        let mut ok = whole;
        if ok && bytes.get(at) == Some(&b'.') {
            at += 1;
            float = true;
            ok = digits(&mut at);
        }
        if ok && matches!(bytes.get(at), Some(b'e' | b'E')) {
            at += 1;
            float = true;
            at += usize::from(matches!(bytes.get(at), Some(b'+' | b'-')));
            ok = digits(&mut at);
        }
        self.at = at;
        if !ok {
            return Err(self.broken("invalid number"));
        }
        Ok((&self.text[start..at], float))
    }

    /// A whole number as its sign and size, or why the value here is not one.
    fn whole_number(&mut self, expected: &str) -> JsonResult<(bool, u64)> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.mismatch(expected));
        }
        let (bytes, start) = (self.text.as_bytes(), self.at);
        let negative = bytes[start] == b'-';
        let mut at = start + usize::from(negative);
        let mut size: u64 = 0;
        while let Some(&b) = bytes.get(at) {
            let digit = b.wrapping_sub(b'0');
            if digit > 9 {
                break;
            }
            size = size.wrapping_mul(10).wrapping_add(u64::from(digit));
            at += 1;
        }
        let digits = at - start - usize::from(negative);
        // Up to 19 digits always fit; more only sometimes.
        let size = match digits {
            0..=19 => Some(size),
            _ => self.text[at - digits..at].parse().ok(),
        };
        let plain = digits > 0
            && (digits == 1 || bytes[at - digits] != b'0')
            && !matches!(bytes.get(at), Some(b'.' | b'e' | b'E'));
        // `-0` is a fraction to serde_json (minus zero), never a whole number.
        if plain && negative && size == Some(0) {
            self.at = start;
            return Err(self.invalid(format!(
                "invalid type: floating point `-0.0`, expected {expected}"
            )));
        }
        if !plain {
            // A fraction, an exponent or damage: the grammar says which.
            let (text, float) = self.number_text()?;
            if !float {
                // A leading zero before more digits.
                return Err(self.broken("invalid number"));
            }
            self.at = start;
            return Err(self.invalid(format!(
                "invalid type: floating point `{text}`, expected {expected}"
            )));
        }
        let Some(size) = size else {
            return Err(self.invalid(format!("number out of range: {}", &self.text[start..at])));
        };
        self.at = at;
        Ok((negative, size))
    }

    #[inline(never)]
    pub fn integer(&mut self) -> JsonResult<i64> {
        let start = self.at;
        let (negative, size) = self.whole_number("an integer")?;
        let n = if negative {
            0i64.checked_sub_unsigned(size)
        } else {
            i64::try_from(size).ok()
        };
        n.ok_or_else(|| {
            self.at = start;
            self.invalid("number out of range")
        })
    }

    #[inline(never)]
    pub fn unsigned(&mut self) -> JsonResult<u64> {
        let start = self.at;
        match self.whole_number("an unsigned integer")? {
            (true, size) if size > 0 => {
                self.at = start;
                Err(self.invalid(format!("invalid value: integer `-{size}`, expected u64")))
            }
            (_, size) => Ok(size),
        }
    }

    /// A string that must be one of `names`: its place among them.
    #[inline(never)]
    pub fn name(&mut self, names: &[&str]) -> JsonResult<usize> {
        let start = self.at;
        let name = self.string()?;
        names.iter().position(|n| *n == name).ok_or_else(|| {
            self.at = start;
            self.invalid(format!(
                "unknown variant `{name}`, expected one of {}",
                names.join(", ")
            ))
        })
    }

    fn enter(&mut self) -> JsonResult<()> {
        self.depth += 1;
        if self.depth >= DEPTH_LIMIT {
            return Err(self.broken("recursion limit exceeded"));
        }
        self.at += 1;
        Ok(())
    }

    /// Begins an object; then [`Reader::key`] until it says the object has ended.
    #[inline(never)]
    pub fn object(&mut self) -> JsonResult<()> {
        if self.peek() != Some(b'{') {
            return Err(self.mismatch("an object"));
        }
        self.enter()
    }

    /// The next key of the object being read (its value to be read next), or `None` at
    /// its end. `first`: no key of it has been read yet.
    #[inline(never)]
    pub fn key(&mut self, first: &mut bool) -> JsonResult<Option<Cow<'a, str>>> {
        if !self.more(first, b'}', "expected `,` or `}`")? {
            return Ok(None);
        }
        if self.peek() != Some(b'"') {
            return Err(self.broken("key must be a string"));
        }
        let key = self.string()?;
        self.take(b':', "expected `:`")?;
        Ok(Some(key))
    }

    /// The next key's place among `names` (`Some(None)`: a key they do not hold).
    #[inline(never)]
    pub fn field(&mut self, first: &mut bool, names: &[&str]) -> JsonResult<Option<Option<usize>>> {
        Ok(self
            .key(first)?
            .map(|key| names.iter().position(|n| *n == key)))
    }

    /// Begins a list; then [`Reader::item`] before each of its values.
    #[inline(never)]
    pub fn array(&mut self) -> JsonResult<()> {
        if self.peek() != Some(b'[') {
            return Err(self.mismatch("a list"));
        }
        self.enter()
    }

    /// Whether the list being read has another value (to be read next).
    pub fn item(&mut self, first: &mut bool) -> JsonResult<bool> {
        self.more(first, b']', "expected `,` or `]`")
    }

    /// Past the comma before the next value of an object or list, or its `close`.
    #[inline(never)]
    fn more(&mut self, first: &mut bool, close: u8, message: &str) -> JsonResult<bool> {
        let mut next = self.peek();
        if !*first && next != Some(close) {
            if next != Some(b',') {
                return Err(self.broken(message));
            }
            self.at += 1;
            next = self.peek();
            if next == Some(close) {
                return Err(self.broken("trailing comma"));
            }
        }
        if next == Some(close) {
            self.at += 1;
            self.depth -= 1;
            return Ok(false);
        }
        *first = false;
        Ok(true)
    }

    /// Passes over one value, checking it is JSON.
    #[inline(never)]
    pub fn skip(&mut self) -> JsonResult<()> {
        let mut first = true;
        match self.peek() {
            Some(b'"') => {
                self.at += 1;
                self.skip_string()
            }
            Some(b'{') => {
                self.object()?;
                while self.key(&mut first)?.is_some() {
                    self.skip()?;
                }
                Ok(())
            }
            Some(b'[') => {
                self.array()?;
                while self.item(&mut first)? {
                    self.skip()?;
                }
                Ok(())
            }
            Some(b't') => self.word("true"),
            Some(b'f') => self.word("false"),
            Some(b'n') => self.word("null"),
            Some(b'-' | b'0'..=b'9') => self.number_text().map(drop),
            _ => Err(self.broken("expected value")),
        }
    }

    /// Only whitespace may follow what was read.
    #[inline(never)]
    pub fn end(&mut self) -> JsonResult<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.broken("trailing characters")),
        }
    }
}

/// Reads a field's value into its slot, refusing a second value for it.
#[inline(never)]
pub fn once<T: FromJson>(slot: &mut Option<T>, name: &str, r: &mut Reader) -> JsonResult<()> {
    if slot.is_some() {
        return Err(r.duplicate(name));
    }
    *slot = Some(T::read(r)?);
    Ok(())
}

/// Reads JSON that need not be any type in particular, only JSON.
pub fn is_json(text: &str) -> bool {
    let mut r = Reader::new(text);
    r.skip().and_then(|_| r.end()).is_ok()
}

impl FromJson for String {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        r.string().map(Cow::into_owned)
    }
}

impl FromJson for bool {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        r.boolean()
    }
}

impl FromJson for i64 {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        r.integer()
    }
}

impl FromJson for u64 {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        r.unsigned()
    }
}

/// The smaller whole numbers, read as an `i64` and refused outside their own range.
macro_rules! small_numbers {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn read(r: &mut Reader) -> JsonResult<Self> {
                let at = r.at;
                let n = r.integer()?;
                <$t>::try_from(n).map_err(|_| r.out_of_range(at, n, stringify!($t)))
            }
        }
    )*};
}
small_numbers!(i8, u8, i32, u32, usize);

impl<T: FromJson> FromJson for Option<T> {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        if r.null()? {
            Ok(None)
        } else {
            T::read(r).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    #[inline(never)]
    fn read(r: &mut Reader) -> JsonResult<Self> {
        r.array()?;
        let (mut list, mut first) = (Vec::new(), true);
        while r.item(&mut first)? {
            list.push(T::read(r)?);
        }
        Ok(list)
    }
}

impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        r.array()?;
        let first = &mut true;
        r.value_of(first, 0, 2)?;
        let a = A::read(r)?;
        r.value_of(first, 1, 2)?;
        let b = B::read(r)?;
        r.value_of(first, 2, 2)?;
        Ok((a, b))
    }
}

/// A list of exactly `N` values (a goal's five levels).
impl<T: FromJson, const N: usize> FromJson for [T; N] {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        let list = Vec::<T>::read(r)?;
        let length = list.len();
        list.try_into()
            .map_err(|_| r.invalid(format!("invalid length {length}, expected {N}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: FromJson>(text: &str) -> JsonResult<T> {
        from_str(text)
    }

    #[test]
    fn strings_with_escapes_and_every_plane_read_as_written() {
        assert_eq!(read::<String>(r#""plain""#).unwrap(), "plain");
        assert_eq!(
            read::<String>(r#""a\"b\\c\/d\b\f\n\r\t \u00e9 \ud83d\ude00 ñ""#).unwrap(),
            "a\"b\\c/d\u{8}\u{c}\n\r\t é 😀 ñ"
        );
        for damaged in [
            r#""\ud83d""#,
            r#""\ud83d\u0041""#,
            r#""\ude00""#,
            r#""\x""#,
            r#""\u12""#,
            "\"a\nb\"",
            r#""cut"#,
            r#""ends in \"#,
        ] {
            assert!(read::<String>(damaged).unwrap_err().syntax, "{damaged}");
        }
    }

    #[test]
    fn numbers_are_whole_and_in_range_or_refused() {
        assert_eq!(read::<i64>(" -12 ").unwrap(), -12);
        assert_eq!(read::<u64>("9007199254740991").unwrap(), (1 << 53) - 1);
        assert_eq!(read::<u8>("0").unwrap(), 0);
        for (text, syntax) in [
            ("256", false),
            ("-1", false),
            ("1.5", false),
            ("1e3", false),
            ("\"3\"", false),
            ("01", true),
            ("-", true),
            ("1.", true),
            ("1e", true),
            ("+1", true),
        ] {
            assert_eq!(read::<u8>(text).unwrap_err().syntax, syntax, "{text}");
        }
        assert!(read::<i64>("99999999999999999999").is_err());
        // Minus zero is a fraction to serde_json, so no whole number.
        assert!(!read::<i64>("-0").unwrap_err().syntax);
        assert!(serde_json::from_str::<i64>("-0").is_err());
        assert_eq!(read::<i64>("-1").unwrap(), -1);
    }

    #[test]
    fn a_value_passed_over_is_checked_as_serde_json_checked_it() {
        // A lone surrogate in a skipped value is passed over (serde_json did); in a value
        // read, refused.
        assert!(is_json(r#"{"later": "\ud800", "a": 1}"#));
        assert!(read::<String>(r#""\ud800""#).is_err());
        assert!(!is_json(r#"{"later": "\u12x4"}"#));
    }

    #[test]
    fn lists_objects_and_their_commas_are_json_only() {
        assert_eq!(read::<Vec<u8>>("[ 1 , 2,3 ]").unwrap(), vec![1, 2, 3]);
        assert_eq!(read::<Vec<u8>>("[]").unwrap(), Vec::<u8>::new());
        assert_eq!(read::<Option<u8>>("null").unwrap(), None);
        assert_eq!(
            read::<(u8, String)>(r#"[1, "a"]"#).unwrap(),
            (1, "a".into())
        );
        for damaged in [
            "[1,]",
            "[,1]",
            "[1 2]",
            "[1",
            "[1]]",
            "{\"a\":1,}",
            "{,}",
            "{\"a\" 1}",
        ] {
            assert!(!is_json(damaged), "{damaged}");
        }
        assert!(is_json(r#" {"a": [1, {"b": null}], "c": "d", "e": true} "#));
        assert!(read::<(u8, u8)>("[1]").is_err() && read::<(u8, u8)>("[1, 2, 3]").is_err());
        let error = read::<Vec<u8>>("[1,\n 2,\n x]").unwrap_err();
        assert_eq!(error.to_string(), "expected value at line 3 column 1");
    }

    #[test]
    fn nesting_past_the_limit_is_refused_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(!is_json(&deep));
        // 127 levels are read and 128 refused, as serde_json does.
        let levels = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(is_json(&levels(127)));
        assert!(!is_json(&levels(128)));
        for n in [127, 128] {
            let ours = read::<Vec<serde_json::Value>>(&levels(n)).is_ok();
            let theirs = serde_json::from_str::<serde_json::Value>(&levels(n)).is_ok();
            assert_eq!(ours, theirs, "{n} levels");
        }
    }
}
