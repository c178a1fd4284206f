//! Reading an [`Entry`] from its saved form. Eleven lists hold entries, and serde's
//! derive made the whole reader once per kind of entry (about 4.7 KB of code each);
//! here only the body is read per kind, and the bookkeeping every entry shares (its id,
//! stamps and versions) by one reader for all. The form is the derive's: keys in any
//! order, unknown keys passed over, a missing or repeated field refused.

use super::{Entry, Stamp};
use crate::core::id::Id;
use crate::core::json::{once, FromJson, JsonResult, Reader};

impl<T: FromJson> FromJson for Entry<T> {
    #[inline(never)]
    fn read(r: &mut Reader) -> JsonResult<Self> {
        let mut body = None;
        let kept = Bookkeeping::read(r, &mut |r| {
            body = Some(T::read(r)?);
            Ok(())
        })?;
        let body = body.ok_or_else(|| r.missing("body"))?;
        Ok(Entry {
            id: kept.id,
            created: kept.created,
            changed: kept.changed,
            removed: kept.removed,
            body,
            versions: kept.versions,
        })
    }
}

/// An entry's keys, in the order of `Bookkeeping::read`'s match.
const KEYS: &[&str] = &["id", "created", "changed", "removed", "versions", "body"];

/// What every entry holds besides its body.
struct Bookkeeping {
    id: Id,
    created: Stamp,
    changed: Stamp,
    removed: Option<Stamp>,
    versions: Vec<Id>,
}

impl Bookkeeping {
    /// Reads an entry's keys and values, handing the body's value to `body` (which is
    /// called once at most). Not inlined: one copy serves every kind of entry.
    #[inline(never)]
    fn read(
        r: &mut Reader,
        body: &mut dyn FnMut(&mut Reader) -> JsonResult<()>,
    ) -> JsonResult<Bookkeeping> {
        let (mut id, mut created, mut changed) = (None, None, None);
        let (mut removed, mut versions, mut read_body) = (None, None, false);
        r.object()?;
        let mut first = true;
        while let Some(key) = r.field(&mut first, KEYS)? {
            match key {
                Some(0) => once(&mut id, "id", r)?,
                Some(1) => once(&mut created, "created", r)?,
                Some(2) => once(&mut changed, "changed", r)?,
                Some(3) => once::<Option<Stamp>>(&mut removed, "removed", r)?,
                Some(4) => once(&mut versions, "versions", r)?,
                Some(_) if read_body => return Err(r.invalid("duplicate field `body`")),
                Some(_) => {
                    read_body = true;
                    body(r)?;
                }
                None => r.skip()?,
            }
        }
        Ok(Bookkeeping {
            id: id.ok_or_else(|| r.missing("id"))?,
            created: created.ok_or_else(|| r.missing("created"))?,
            changed: changed.ok_or_else(|| r.missing("changed"))?,
            removed: removed.flatten(),
            versions: versions.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::from_str;
    use crate::core::plan::WhatMatters;
    use serde_json::{json, to_string};

    fn entry(removed: bool, versions: usize) -> Entry<WhatMatters> {
        let stamp: Stamp = from_str(r#"{"at": 1700000000000, "by": "person"}"#).unwrap();
        Entry {
            id: Id::parse("e1").unwrap(),
            created: stamp.clone(),
            changed: stamp.clone(),
            removed: removed.then(|| stamp.clone()),
            body: WhatMatters {
                text: "Singing with Lily".into(),
            },
            versions: (0..versions)
                .map(|i| Id::parse(&format!("v{i}")).unwrap())
                .collect(),
        }
    }

    #[test]
    fn an_entry_reads_back_as_it_was_saved() {
        for e in [entry(false, 0), entry(true, 3)] {
            assert_eq!(
                from_str::<Entry<WhatMatters>>(&to_string(&e).unwrap()).unwrap(),
                e
            );
        }
    }

    #[test]
    fn its_keys_come_in_any_order_and_unknown_ones_are_passed_over() {
        let saved = json!({
            "versions": ["v0"], "later": {"a": [1, 2]}, "body": {"text": "Singing with Lily"},
            "changed": {"at": 1700000000000i64, "by": "person"}, "removed": null,
            "created": {"at": 1700000000000i64, "by": "person"}, "id": "e1",
        });
        assert_eq!(
            from_str::<Entry<WhatMatters>>(&saved.to_string()).unwrap(),
            entry(false, 1)
        );
    }

    #[test]
    fn a_missing_or_repeated_field_is_refused() {
        let whole = serde_json::to_value(entry(true, 2)).unwrap();
        for field in ["id", "created", "changed", "body"] {
            let mut saved = whole.clone();
            saved.as_object_mut().unwrap().remove(field);
            let error = from_str::<Entry<WhatMatters>>(&saved.to_string()).unwrap_err();
            assert!(
                error
                    .to_string()
                    .contains(&format!("missing field `{field}`")),
                "{error}"
            );
        }
        for field in ["id", "removed", "body", "versions"] {
            let text = whole.to_string();
            let value = serde_json::to_string(&whole[field]).unwrap();
            let repeated = format!("{{\"{field}\": {value}, {}", &text[1..]);
            let error = from_str::<Entry<WhatMatters>>(&repeated).unwrap_err();
            assert!(
                error
                    .to_string()
                    .contains(&format!("duplicate field `{field}`")),
                "{error}"
            );
        }
        assert!(from_str::<Entry<WhatMatters>>(r#"["e1"]"#).is_err());
        assert!(from_str::<Entry<WhatMatters>>(r#"{"id": "not an id!"}"#).is_err());
    }
}
