//! Reading the plan's structs from their saved form, field by field (`read_fields!`),
//! through the one JSON reader (`core::json`). The form is serde's derive's: keys in any
//! order, unknown keys passed over, a repeated field refused, a missing one refused
//! unless it is named after `default:` (each field the derive had `#[serde(default)]`
//! on, and each `Option`, which is then `None`). Only the object form is read: the
//! derive's reader of a struct written as a list took a form serde_json never writes,
//! and no saved plan or file holds one.

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
        impl $crate::core::json::FromJson for $name {
            #[allow(unused_assignments)]
            #[inline(never)]
            fn read(r: &mut $crate::core::json::Reader) -> $crate::core::json::JsonResult<$name> {
                use $crate::core::json::once;
                const NAMES: &[&str] = &[$(stringify!($required),)* $(stringify!($default),)*];
                $(let mut $required = read_fields!(@slot $($required_via)?);)*
                $(let mut $default = read_fields!(@slot $($default_via)?);)*
                r.object()?;
                let mut first = true;
                while let Some(at) = r.field(&mut first, NAMES)? {
                    // One way out on damage, not one per field: each way out drops every
                    // slot read so far, and that code is per struct.
                    let read = 'read: {
                        let mut n = 0;
                        $(if at == Some(n) { break 'read once(&mut $required, NAMES[n], r); } n += 1;)*
                        $(if at == Some(n) { break 'read once(&mut $default, NAMES[n], r); } n += 1;)*
                        r.skip()
                    };
                    read?;
                }
                let present: &[bool] = &[$($required.is_some(),)*];
                if let Some(at) = present.iter().position(|p| !p) {
                    return Err(r.missing(NAMES[at]));
                }
                Ok($name {
                    $($required: read_fields!(@unwrap $required $($required_via)?).unwrap(),)* // ok: checked present just above
                    $($default: read_fields!(@unwrap $default $($default_via)?).unwrap_or_default(),)*
                    $($($skip: Default::default(),)*)?
                })
            }
        }
    };
    (@slot) => { None };
    (@slot $via:ty) => { None::<$via> };
    (@unwrap $slot:ident) => { $slot };
    (@unwrap $slot:ident $via:ty) => { $slot.map(|via| via.0) };
}

#[cfg(test)]
mod tests {
    use crate::core::json::from_str;
    use crate::core::plan::{Capability, LifeArea, Stamp};

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
