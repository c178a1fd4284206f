//! Reading the plan's structs from their saved form, field by field. Serde's derive
//! makes three readers per struct (from an object, from a list, and of its field names);
//! a plan is only ever saved as objects, so `read_fields!` makes the one, and the
//! field names are looked up by one reader for all. The form is the derive's: keys in any
//! order, unknown keys passed over, a repeated field refused, a missing one refused
//! unless it is named after `default:` (each field the derive had `#[serde(default)]` on,
//! and each `Option`, which is then `None`). Only the object form is read: the derive's
//! reader of a struct written as a list took a form serde_json never writes, and no
//! saved plan or file holds one.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// `read_fields!(Goal { wording, proposed_by; default: ending, replaces })`: reads `Goal`
/// from an object, its fields named before `default:` required, those after it read as
/// their type's default when absent. Every field must be named once, or the struct
/// cannot be built and the code does not compile. `field as Via` reads the field through
/// `Via`, a one-field wrapper with a reader of its own (for a field saved in a form of its
/// own, as the plan's check-ins are). `; skip: field` after the defaults: a field never
/// read (its default), even when the object has a key of its name.
macro_rules! read_fields {
    (
        $name:ident {
            $($required:ident $(as $required_via:ty)?),* $(,)? ;
            default: $($default:ident $(as $default_via:ty)?),* $(,)?
            $(; skip: $($skip:ident),* $(,)?)?
        }
    ) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Fields;
                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(stringify!($name))
                    }
                    #[allow(unused_assignments)]
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        use $crate::core::plan::fields::{once, FieldAt};
                        const NAMES: &[&str] = &[$(stringify!($required),)* $(stringify!($default),)*];
                        $(let mut $required = read_fields!(@slot $($required_via)?);)*
                        $(let mut $default = read_fields!(@slot $($default_via)?);)*
                        while let Some(at) = map.next_key_seed(FieldAt(NAMES))? {
                            let mut n = 0;
                            $(if at == Some(n) { once(&mut $required, NAMES[n], &mut map)?; continue; } n += 1;)*
                            $(if at == Some(n) { once(&mut $default, NAMES[n], &mut map)?; continue; } n += 1;)*
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                        Ok($name {
                            $($required: read_fields!(@unwrap $required $($required_via)?)
                                .ok_or_else(|| serde::de::Error::missing_field(stringify!($required)))?,)*
                            $($default: read_fields!(@unwrap $default $($default_via)?).unwrap_or_default(),)*
                            $($($skip: Default::default(),)*)?
                        })
                    }
                }
                d.deserialize_map(Fields)
            }
        }
    };
    (@slot) => { None };
    (@slot $via:ty) => { None::<$via> };
    (@unwrap $slot:ident) => { $slot };
    (@unwrap $slot:ident $via:ty) => { $slot.map(|via| via.0) };
}

/// Reads a field's value into its slot, refusing a second value for it.
pub(crate) fn once<'de, V: Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<V>,
    name: &'static str,
    map: &mut A,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// A key's place among a struct's field names (`None`: a key this version does not know).
pub(crate) struct FieldAt(pub(crate) &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldAt {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldAt {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field's name")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|n| *n == key))
    }
}

#[cfg(test)]
mod tests {
    use crate::core::plan::{Capability, LifeArea, Stamp};
    use serde_json::from_str;

    #[test]
    fn fields_come_in_any_order_and_unknown_ones_are_passed_over() {
        let read: Capability = from_str(
            r#"{"now_in_words": "My sugars run my day", "later": [{"a": 1}], "wished": 8,
                "description": "Sing in the choir", "able_now": null, "life_area": "enjoyment"}"#,
        )
        .unwrap();
        let expected = Capability {
            life_area: LifeArea::Enjoyment,
            able_now: None,
            wished: Some(8),
            description: "Sing in the choir".into(),
            now_in_words: "My sugars run my day".into(),
        };
        assert_eq!(read, expected);
    }

    #[test]
    fn a_field_with_a_default_may_be_absent_and_one_without_may_not() {
        let read: Capability =
            from_str(r#"{"life_area": "enjoyment", "description": "Sing"}"#).unwrap();
        assert_eq!(
            (read.able_now, read.wished, read.now_in_words.as_str()),
            (None, None, "")
        );
        let error = from_str::<Capability>(r#"{"life_area": "enjoyment"}"#).unwrap_err();
        assert!(
            error.to_string().contains("missing field `description`"),
            "{error}"
        );
        let error = from_str::<Stamp>(r#"{"by": "person"}"#).unwrap_err();
        assert!(error.to_string().contains("missing field `at`"), "{error}");
    }

    #[test]
    fn a_repeated_or_damaged_field_is_refused() {
        for damaged in [
            r#"{"life_area": "enjoyment", "description": "Sing", "description": "Dance"}"#,
            r#"{"life_area": "enjoyment", "description": "Sing", "wished": 8, "wished": 9}"#,
            r#"{"life_area": "enjoyment", "description": 3}"#,
            r#"{"life_area": "enjoyment", "description": "Sing", "now_in_words": null}"#,
            r#"["enjoyment", null, null, "Sing", ""]"#,
            r#""Sing""#,
        ] {
            assert!(from_str::<Capability>(damaged).is_err(), "{damaged}");
        }
    }

    #[test]
    fn a_skipped_field_is_never_read_even_when_its_key_is_there() {
        let read: crate::core::saved::Summary = from_str(
            r#"{"id": "p1", "name": "Maria", "changed": {"at": 1, "by": "person"}, "newer": true}"#,
        )
        .unwrap();
        assert!(!read.newer && !read.is_sample);
    }
}
