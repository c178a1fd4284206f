//! The plan's word-like enums (a life area, a verb in the history, a zone…), saved as
//! their names in snake case: `"moving_about"`. Serde's derive makes a reader of its own
//! for each enum, about 1.3 KB of code apiece; here each enum is a list of its names and
//! one reader (`Reader::name`) serves them all. The saved form is the derive's.

/// Declares an enum of unit variants, each with its saved name, and saves it by that
/// name: `Variant = "saved_name",`. The list of names is the enum's own list, so a
/// variant cannot be declared without one.
macro_rules! saved_by_name {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $word:literal, )+
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $name {
            /// Every variant, in the order of [`Self::NAMES`].
            #[allow(dead_code)]
            pub(crate) const SAVED: &'static [$name] = &[$($name::$variant),+];
            /// Each variant's saved name.
            pub(crate) const NAMES: &'static [&'static str] = &[$($word),+];
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(match self { $($name::$variant => $word,)+ })
            }
        }

        impl $crate::core::json::FromJson for $name {
            fn read(r: &mut $crate::core::json::Reader) -> $crate::core::json::JsonResult<Self> {
                r.name(Self::NAMES).map(|at| Self::SAVED[at])
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::core::json::FromJson;
    use crate::core::plan::*;
    use serde::Serialize;
    use std::fmt::Debug;

    /// `AgreedToDiffer` → `agreed_to_differ`, as serde's `rename_all = "snake_case"`.
    fn snake_case(name: &str) -> String {
        let mut out = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        }
        out
    }

    fn saved_as_named<T: Serialize + FromJson + Debug + PartialEq>(all: &[T], names: &[&str]) {
        assert_eq!(all.len(), names.len());
        for (value, name) in all.iter().zip(names) {
            assert_eq!(*name, snake_case(&format!("{value:?}")));
            let saved = serde_json::to_string(value).unwrap();
            assert_eq!(saved, format!("\"{name}\""));
            assert_eq!(&crate::core::json::from_str::<T>(&saved).unwrap(), value);
            // Escaped in the text, as another program might write it.
            let escaped = format!("\"\\u{:04x}{}\"", name.as_bytes()[0], &name[1..]);
            assert_eq!(&crate::core::json::from_str::<T>(&escaped).unwrap(), value);
        }
        for damaged in ["\"not_one_of_them\"", "\"\"", "3", "null", "{}", "[\"x\"]"] {
            let read = crate::core::json::from_str::<T>(damaged);
            assert!(read.is_err(), "{damaged} read as {read:?}");
        }
        let message = crate::core::json::from_str::<T>("\"nope\"")
            .unwrap_err()
            .to_string();
        assert!(message.contains(names[0]), "{message}");
    }

    #[test]
    fn each_named_enum_is_saved_as_its_name_in_snake_case() {
        saved_as_named(AuthorRole::SAVED, AuthorRole::NAMES);
        saved_as_named(LifeArea::SAVED, LifeArea::NAMES);
        saved_as_named(Priority::SAVED, Priority::NAMES);
        saved_as_named(EndKind::SAVED, EndKind::NAMES);
        saved_as_named(Involvement::SAVED, Involvement::NAMES);
        saved_as_named(TeamRole::SAVED, TeamRole::NAMES);
        saved_as_named(FactorKind::SAVED, FactorKind::NAMES);
        saved_as_named(Effect::SAVED, Effect::NAMES);
        saved_as_named(ReferralStatus::SAVED, ReferralStatus::NAMES);
        saved_as_named(Zone::SAVED, Zone::NAMES);
        saved_as_named(AgendaKind::SAVED, AgendaKind::NAMES);
        saved_as_named(ActionOutcome::SAVED, ActionOutcome::NAMES);
        saved_as_named(JoinedUpAnswer::SAVED, JoinedUpAnswer::NAMES);
        saved_as_named(Verb::SAVED, Verb::NAMES);
        saved_as_named(ConflictKind::SAVED, ConflictKind::NAMES);
        saved_as_named(List::SAVED, List::NAMES);
    }
}
