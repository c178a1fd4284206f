//! Writing JSON text through serde's derive, with a serialiser of our own.
//!
//! The derive says what is written (field order, what is left out when empty, how an
//! enum is tagged), and that is kept: an entry's versions are digests of its text, so the
//! text must stay the same to the byte on every device. What is ours is the serialiser
//! it calls. serde_json's inlined its formatting into every field of every struct; this
//! one keeps all of it in a few functions, called. The text is serde_json's, compact or
//! pretty: the same escapes, the same numbers, the same spacing (tested against it).

use serde::ser::{self, Serialize};
use std::fmt;

/// JSON text being written.
pub struct Out {
    text: String,
    /// Pretty: the depth of nesting, each level indented two spaces. `None`: compact.
    indent: Option<usize>,
    /// The next string is JSON text already, written as it is (see [`Raw`]).
    raw_next: bool,
}

/// `value` as compact JSON text.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    write(value, None)
}

/// `value` as JSON text indented two spaces a level, for people to read.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    write(value, Some(0))
}

fn write<T: Serialize + ?Sized>(value: &T, indent: Option<usize>) -> String {
    let mut out = Out {
        text: String::new(),
        indent,
        raw_next: false,
    };
    match value.serialize(&mut out) {
        Ok(()) => out.text,
        Err(never) => match never {},
    }
}

/// JSON text kept from an earlier writing, written again as it is (a list of the plan
/// that has not changed since the last save). Only [`Out`] knows it: serde_json would
/// write it as a string.
pub struct Raw<'a>(pub &'a str);

/// The name `Raw` passes to the serialiser, which no struct of ours has.
const RAW: &str = "$coplan::json::Raw";

impl Serialize for Raw<'_> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(RAW, self.0)
    }
}

/// Writing never fails: the error is a type with no values, so the derive's every `?`
/// is known never to be taken, and the compiler leaves it out.
#[derive(Debug)]
pub enum Never {}

impl fmt::Display for Never {
    fn fmt(&self, _: &mut fmt::Formatter) -> fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    /// Only a type's own serialiser asks for an error, and none of ours does.
    fn custom<T: fmt::Display>(why: T) -> Self {
        unreachable!("a value that cannot be written as JSON: {why}")
    }
}

type Done = Result<(), Never>;

impl Out {
    fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// A string, escaped as serde_json escapes it: quotes, backslashes and control
    /// characters only (`\b \t \n \f \r` by name, the rest as `\u00XX`).
    #[inline(never)]
    fn string(&mut self, s: &str) {
        if std::mem::take(&mut self.raw_next) {
            self.push(s);
            return;
        }
        self.text.reserve(s.len() + 2);
        self.text.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                0x08 => "\\b",
                b'\t' => "\\t",
                b'\n' => "\\n",
                0x0c => "\\f",
                b'\r' => "\\r",
                0..=0x1f => "",
                _ => continue,
            };
            self.text.push_str(&s[start..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.push("\\u00");
                self.text.push(HEX[usize::from(b >> 4)] as char);
                self.text.push(HEX[usize::from(b & 0xf)] as char);
            } else {
                self.push(escape);
            }
            start = i + 1;
        }
        self.text.push_str(&s[start..]);
        self.text.push('"');
    }

    #[inline(never)]
    fn unsigned(&mut self, n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        // (Digits are ASCII: pushed together, not a character at a time.)
        self.push(std::str::from_utf8(&digits[at..]).unwrap_or_default());
    }

    #[inline(never)]
    fn integer(&mut self, n: i64) {
        if n < 0 {
            self.text.push('-');
        }
        self.unsigned(n.unsigned_abs());
    }

    /// A fraction, as serde_json writes it: the shortest digits that read back as the
    /// same number (the nearer of two, to even on a tie), placed as serde_json places
    /// them. (A plan holds whole numbers only; a fraction comes only in a file's fields
    /// this version does not know.)
    #[inline(never)]
    fn float(&mut self, n: f64) {
        if !n.is_finite() {
            self.push("null");
            return;
        }
        let sign = if n.is_sign_negative() { "-" } else { "" };
        let (digits, point) = super::float::shortest(n.abs());
        let digits: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        let length = digits.len() as i32;
        let zeros = |n: i32| "0".repeat(n.max(0) as usize);
        let text = if length <= point && point <= 16 {
            format!("{digits}{}.0", zeros(point - length))
        } else if 0 < point && point <= 16 {
            let (whole, fraction) = digits.split_at(point as usize);
            format!("{whole}.{fraction}")
        } else if -5 < point && point <= 0 {
            format!("0.{}{digits}", zeros(-point))
        } else {
            let (first, rest) = digits.split_at(1);
            let rest = if rest.is_empty() {
                String::new()
            } else {
                format!(".{rest}")
            };
            let e = point - 1;
            format!("{first}{rest}e{}{}", if e < 0 { "-" } else { "+" }, e.abs())
        };
        self.push(sign);
        self.push(&text);
    }

    /// Opens an object or list (`{` or `[`).
    #[inline(never)]
    fn open(&mut self, bracket: char) -> Compound<'_> {
        self.text.push(bracket);
        if let Some(depth) = &mut self.indent {
            *depth += 1;
        }
        Compound {
            out: self,
            first: true,
            close: if bracket == '{' { '}' } else { ']' },
            variant: false,
        }
    }

    /// `{"variant": [` or `{"variant": {`: an enum's variant holding values, tagged by
    /// its name; the inner list or object closes the outer one with it.
    fn open_variant(&mut self, variant: &str, bracket: char) -> Compound<'_> {
        self.text.push('{');
        if let Some(depth) = &mut self.indent {
            *depth += 1;
        }
        self.new_line();
        self.string(variant);
        self.colon();
        let mut inner = self.open(bracket);
        inner.variant = true;
        inner
    }

    fn colon(&mut self) {
        self.push(if self.indent.is_some() { ": " } else { ":" });
    }

    /// A new line, indented to the current depth (pretty only).
    #[inline(never)]
    fn new_line(&mut self) {
        if let Some(depth) = self.indent {
            self.text.push('\n');
            for _ in 0..depth {
                self.push("  ");
            }
        }
    }
}

/// An object or list being written.
pub struct Compound<'a> {
    out: &'a mut Out,
    first: bool,
    close: char,
    /// Inside `{"variant": …}`, which closes with it.
    variant: bool,
}

impl Compound<'_> {
    /// Before each value of a list, or each key of an object.
    #[inline(never)]
    fn next(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.out.text.push(',');
        }
        self.out.new_line();
    }

    #[inline(never)]
    fn key(&mut self, key: &str) {
        self.next();
        self.out.string(key);
        self.out.colon();
    }

    #[inline(never)]
    fn end(self) -> Done {
        if let Some(depth) = &mut self.out.indent {
            *depth -= 1;
        }
        if !self.first {
            self.out.new_line();
        }
        self.out.text.push(self.close);
        if self.variant {
            // The value of `{"variant": …}` was the only key: its object closes here.
            if let Some(depth) = &mut self.out.indent {
                *depth -= 1;
            }
            self.out.new_line();
            self.out.text.push('}');
        }
        Ok(())
    }
}

/// Each kind of number, written as the widest of its family.
macro_rules! numbers {
    ($($method:ident($t:ty) => $write:ident),* $(,)?) => {$(
        fn $method(self, v: $t) -> Done {
            self.$write(v.into());
            Ok(())
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Out {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Done {
        self.push(if v { "true" } else { "false" });
        Ok(())
    }
    numbers! {
        serialize_i8(i8) => integer, serialize_i16(i16) => integer,
        serialize_i32(i32) => integer, serialize_i64(i64) => integer,
        serialize_u8(u8) => unsigned, serialize_u16(u16) => unsigned,
        serialize_u32(u32) => unsigned, serialize_u64(u64) => unsigned,
        serialize_f32(f32) => float, serialize_f64(f64) => float
    }
    fn serialize_char(self, v: char) -> Done {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Done {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Done {
        use ser::SerializeSeq;
        let mut list = self.open('[');
        for b in v {
            list.serialize_element(b)?;
        }
        list.end()
    }
    fn serialize_none(self) -> Done {
        self.push("null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Done {
        self.push("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        self.push("null");
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Done {
        self.raw_next = name == RAW;
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Done {
        let mut outer = self.open('{');
        outer.key(variant);
        value.serialize(&mut *outer.out)?;
        outer.end()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Never> {
        Ok(self.open('['))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Never> {
        Ok(self.open('['))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Never> {
        Ok(self.open('['))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Never> {
        Ok(self.open_variant(variant, '['))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Never> {
        Ok(self.open('{'))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Never> {
        Ok(self.open('{'))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Never> {
        Ok(self.open_variant(variant, '{'))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.next();
        value.serialize(&mut *self.out)
    }
    fn end(self) -> Done {
        Compound::end(self)
    }
}

/// Tuples, tuple structs and a variant's tuple are written as lists.
macro_rules! as_list {
    ($($kind:ident :: $method:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
                ser::SerializeSeq::serialize_element(self, value)
            }
            fn end(self) -> Done {
                Compound::end(self)
            }
        }
    )*};
}
as_list!(
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// A map's keys are strings here (ids, names): written as the value they are.
impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Done {
        self.next();
        key.serialize(&mut *self.out)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.out.colon();
        value.serialize(&mut *self.out)
    }
    fn end(self) -> Done {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Done {
        self.key(key);
        value.serialize(&mut *self.out)
    }
    fn end(self) -> Done {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Done {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Done {
        Compound::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// serde_json's text for the same value, compact and pretty.
    fn same_as_serde_json<T: Serialize>(value: &T) {
        assert_eq!(to_string(value), serde_json::to_string(value).unwrap());
        assert_eq!(
            to_string_pretty(value),
            serde_json::to_string_pretty(value).unwrap()
        );
    }

    #[derive(serde::Serialize)]
    enum Shapes {
        Unit,
        Newtype(u8),
        Tuple(u8, String),
        Struct { a: i64, b: Vec<u8> },
    }

    #[test]
    fn the_text_is_serde_jsons_to_the_byte() {
        same_as_serde_json(&json!({
            "words": "quote \" backslash \\ tab \t line \n return \r bell \u{7} \u{1f} \u{7f} é 😀 </script>",
            "numbers": [0, 7, -7, i64::MIN, i64::MAX, u64::MAX, 1.5, -0.25, 1e21, 1e-7, 1e15, 1e16, 1e17, 1.25e-5, 1e-6, 123456.789, 1e-5, 0.1, -3.0, 2.5e300, 5e-324, 1234567890123456789.0, 0.0, -0.0],
            "empty": {"list": [], "object": {}},
            "nested": [[], [{}], {"a": null, "b": true, "c": false}],
        }));
        same_as_serde_json(&vec![
            Shapes::Unit,
            Shapes::Newtype(3),
            Shapes::Tuple(1, "x".into()),
        ]);
        same_as_serde_json(&Shapes::Struct {
            a: -1,
            b: vec![1, 2],
        });
        same_as_serde_json(&Shapes::Struct { a: 0, b: vec![] });
        same_as_serde_json(&(Some(1u8), None::<u8>, 'c', "text"));
        same_as_serde_json(&std::collections::BTreeMap::from([("a", 1), ("b", 2)]));
    }

    #[test]
    fn every_size_of_whole_number_is_written_as_serde_json_writes_it() {
        let mut n: u64 = 1;
        let mut numbers = vec![0u64, 9, 10, 99, 100, 101, 999, 1000, u64::MAX];
        while let Some(next) = n.checked_mul(7) {
            numbers.extend([next - 1, next, next + 1]);
            n = next;
        }
        same_as_serde_json(&numbers);
        let negatives: Vec<i64> = numbers.iter().map(|n| -((*n >> 1) as i64)).collect();
        same_as_serde_json(&negatives);
    }

    #[test]
    fn raw_text_is_written_as_it_is() {
        let raw = Raw(r#"[1,{"a":"b"}]"#);
        assert_eq!(to_string(&vec![raw]), r#"[[1,{"a":"b"}]]"#);
    }
}
