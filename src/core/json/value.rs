//! Any JSON as a tree (`serde_json::Value`: an older document being migrated, a draft,
//! two versions being merged), read through our reader: serde_json's own reader of trees
//! was the last of its parser in the download.

use super::read::{FromJson, JsonResult, Reader};
use serde_json::{Map, Number, Value};

impl FromJson for Value {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        Ok(match r.peek() {
            Some(b'{') => {
                r.object()?;
                let (mut map, mut first) = (Map::new(), true);
                while let Some(key) = r.key(&mut first)? {
                    let key = key.into_owned();
                    // A key given twice: the last value, as serde_json keeps.
                    map.insert(key, Value::read(r)?);
                }
                Value::Object(map)
            }
            Some(b'[') => Value::Array(Vec::read(r)?),
            Some(b'"') => Value::String(r.string()?.into_owned()),
            Some(b't' | b'f') => Value::Bool(r.boolean()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(number(r)?),
            _ => {
                r.skip()?;
                // `null` (anything else was refused by `skip`).
                Value::Null
            }
        })
    }
}

/// A number as serde_json keeps it: whole numbers exactly (below zero as `i64`, else
/// `u64`), anything else as the nearest `f64`.
fn number(r: &mut Reader) -> JsonResult<Number> {
    let (text, fraction) = r.number()?;
    // (`-0` is minus zero, a fraction, to serde_json.)
    if !fraction && text != "-0" {
        let whole = match text.starts_with('-') {
            true => text.parse::<i64>().ok().map(Number::from),
            false => text.parse::<u64>().ok().map(Number::from),
        };
        if let Some(n) = whole {
            return Ok(n);
        }
    }
    Number::from_f64(super::float::parse(text)).ok_or_else(|| r.invalid("number out of range"))
}

#[cfg(test)]
mod tests {
    use super::super::from_str;
    use serde_json::Value;

    #[test]
    fn any_json_reads_as_serde_jsons_tree() {
        for text in [
            r#"{"a": [1, -2, 3.5, 1e2, 18446744073709551615, -9223372036854775808], "b": {"c": null}}"#,
            r#"[true, false, null, "é\u00e9\ud83d\ude00", {}, [], ""]"#,
            r#"{"twice": 1, "twice": 2}"#,
            "  42 ",
            "[-0, 0, -0.0]",
            "99999999999999999999999",
        ] {
            let ours: Value = from_str(text).unwrap();
            let theirs: Value = serde_json::from_str(text).unwrap();
            assert_eq!(ours, theirs, "{text}");
        }
        for damaged in ["{", "[1,]", "nul", "1e999", "{\"a\" 1}", "[1] x"] {
            assert!(from_str::<Value>(damaged).is_err(), "{damaged}");
            assert!(serde_json::from_str::<Value>(damaged).is_err(), "{damaged}");
        }
    }
}
