//! Reading an [`Entry`] from its saved form. Eleven lists hold entries, and serde's
//! derive made the whole reader once per kind of entry (about 4.7 KB of code each);
//! here only the body is read per kind, and the bookkeeping every entry shares (its id,
//! stamps and versions) by one reader for all. The form is the derive's: keys in any
//! order, unknown keys passed over, a missing or repeated field refused.

use super::fields::once;
use super::{Entry, Stamp};
use crate::core::id::Id;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::marker::PhantomData;

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entry<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(EntryVisitor(PhantomData))
    }
}

struct EntryVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for EntryVisitor<T> {
    type Value = Entry<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an entry of the plan")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry<T>, A::Error> {
        let mut body = None;
        let kept = Bookkeeping::read(&mut map, &mut |map: &mut A| {
            body = Some(map.next_value()?);
            Ok(())
        })?;
        let body = body.ok_or_else(|| de::Error::missing_field("body"))?;
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

/// An entry's keys; `Other` for any this version does not know (passed over).
#[derive(PartialEq, Clone, Copy)]
enum Key {
    Id,
    Created,
    Changed,
    Removed,
    Body,
    Versions,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("the name of an entry's field")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "id" => Key::Id,
                    "created" => Key::Created,
                    "changed" => Key::Changed,
                    "removed" => Key::Removed,
                    "body" => Key::Body,
                    "versions" => Key::Versions,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_identifier(KeyVisitor)
    }
}

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
    fn read<'de, A: MapAccess<'de>>(
        map: &mut A,
        body: &mut dyn FnMut(&mut A) -> Result<(), A::Error>,
    ) -> Result<Bookkeeping, A::Error> {
        let (mut id, mut created, mut changed) = (None, None, None);
        let (mut removed, mut versions, mut read_body) = (None, None, false);
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Id => once(&mut id, "id", map)?,
                Key::Created => once(&mut created, "created", map)?,
                Key::Changed => once(&mut changed, "changed", map)?,
                Key::Removed => once::<Option<Stamp>, A>(&mut removed, "removed", map)?,
                Key::Versions => once(&mut versions, "versions", map)?,
                Key::Body if read_body => return Err(de::Error::duplicate_field("body")),
                Key::Body => {
                    read_body = true;
                    body(map)?;
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let missing = |field| de::Error::missing_field(field);
        Ok(Bookkeeping {
            id: id.ok_or_else(|| missing("id"))?,
            created: created.ok_or_else(|| missing("created"))?,
            changed: changed.ok_or_else(|| missing("changed"))?,
            removed: removed.flatten(),
            versions: versions.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::WhatMatters;
    use serde_json::{from_str, json, to_string};

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
