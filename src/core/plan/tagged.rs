//! The saved form of the plan's tagged enums, by hand: `Agreement` as `{"state":
//! "agreed_to_differ", "difference": "…"}`, `Responsible` as `{"kind": "supporter", "id":
//! "…"}`, and an `Item` read from `{"goal": [id, goal]}`. Serde's derive for a tagged enum
//! first buffers the whole object in a tree of its own and then reads it again, a large
//! share of the first screen's code for small objects. The form is the derive's: keys in
//! any order, unknown keys passed over; a missing or repeated tag or field is refused, and
//! so is an id beside a kind that has none (a merge of two choices could write one).

use super::fields::{once, FieldAt};
use super::{Agreement, Item, Responsible};
use crate::core::id::Id;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

const STATES: &[&str] = &[
    "proposed",
    "discussed",
    "agreed",
    "agreed_to_differ",
    "set_aside",
];
const KINDS: &[&str] = &[
    "person",
    "clinician",
    "supporter",
    "community_support",
    "team_member",
];

impl Serialize for Agreement {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (state, words) = match self {
            Agreement::Proposed => ("proposed", None),
            Agreement::Discussed => ("discussed", None),
            Agreement::Agreed => ("agreed", None),
            Agreement::AgreedToDiffer { difference } => {
                ("agreed_to_differ", Some(("difference", difference)))
            }
            Agreement::SetAside { reason } => ("set_aside", Some(("reason", reason))),
        };
        let mut map = s.serialize_struct("Agreement", 1 + usize::from(words.is_some()))?;
        map.serialize_field("state", state)?;
        if let Some((key, text)) = words {
            map.serialize_field(key, text)?;
        }
        map.end()
    }
}

impl Serialize for Responsible {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (kind, id) = match self {
            Responsible::Person => ("person", None),
            Responsible::Clinician => ("clinician", None),
            Responsible::Supporter(id) => ("supporter", Some(id)),
            Responsible::CommunitySupport(id) => ("community_support", Some(id)),
            Responsible::TeamMember(id) => ("team_member", Some(id)),
        };
        let mut map = s.serialize_struct("Responsible", 1 + usize::from(id.is_some()))?;
        map.serialize_field("kind", kind)?;
        if let Some(id) = id {
            map.serialize_field("id", id)?;
        }
        map.end()
    }
}

/// Reads an object as its tag and some fields of text, passing over every other key.
/// Keys may come in any order: the tag says which field matters only once all are read.
struct Tagged<T> {
    what: &'static str,
    /// The tag's key, then each field's.
    keys: &'static [&'static str],
    /// Makes the value from the tag and each field (`None` when absent), or says why not.
    make: fn(&str, Vec<Option<String>>) -> Result<T, String>,
}

impl<'de, T> Visitor<'de> for Tagged<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        // Each field's slot is `Some` once its key was read, even when its value was null.
        let mut tag: Option<String> = None;
        let mut fields: Vec<Option<Option<String>>> = vec![None; self.keys.len() - 1];
        while let Some(at) = map.next_key_seed(FieldAt(self.keys))? {
            match at {
                Some(0) => once(&mut tag, self.keys[0], &mut map)?,
                Some(i) => once(&mut fields[i - 1], self.keys[i], &mut map)?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let tag = tag.ok_or_else(|| de::Error::missing_field(self.keys[0]))?;
        (self.make)(&tag, fields.into_iter().map(Option::flatten).collect())
            .map_err(de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Agreement {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        fn make(state: &str, mut fields: Vec<Option<String>>) -> Result<Agreement, String> {
            let mut take = |i: usize, key: &str| fields[i].take().ok_or_else(|| missing(key));
            Ok(match state {
                "proposed" => Agreement::Proposed,
                "discussed" => Agreement::Discussed,
                "agreed" => Agreement::Agreed,
                "agreed_to_differ" => Agreement::AgreedToDiffer {
                    difference: take(0, "difference")?,
                },
                "set_aside" => Agreement::SetAside {
                    reason: take(1, "reason")?,
                },
                _ => return Err(unknown("state", state, STATES)),
            })
        }
        let what = "where the person and clinician stand on a goal";
        d.deserialize_map(Tagged {
            what,
            keys: &["state", "difference", "reason"],
            make,
        })
    }
}

impl<'de> Deserialize<'de> for Responsible {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        fn make(kind: &str, mut fields: Vec<Option<String>>) -> Result<Responsible, String> {
            // The person and the clinician have no id: one there is damage (a merge of
            // two versions can write it), not something to drop.
            if matches!(kind, "person" | "clinician") && fields[0].is_some() {
                return Err(format!("an id with the kind `{kind}`, which has none"));
            }
            let mut id = || {
                let id = fields[0].take().ok_or_else(|| missing("id"))?;
                Id::parse(&id).ok_or_else(|| "not a valid id".to_string())
            };
            Ok(match kind {
                "person" => Responsible::Person,
                "clinician" => Responsible::Clinician,
                "supporter" => Responsible::Supporter(id()?),
                "community_support" => Responsible::CommunitySupport(id()?),
                "team_member" => Responsible::TeamMember(id()?),
                _ => return Err(unknown("kind", kind, KINDS)),
            })
        }
        d.deserialize_map(Tagged {
            what: "who carries out a step",
            keys: &["kind", "id"],
            make,
        })
    }
}

/// The kinds of entry, as an `Item`'s key names them (its derive writes them).
const ITEMS: &[&str] = &[
    "what_matters",
    "capability",
    "goal",
    "action",
    "supporter",
    "help_or_hindrance",
    "community_support",
    "safety_net_entry",
    "visit",
    "agenda_item",
    "check_in",
    "team_member",
];

/// An item is an object of one key, its kind, whose value is `[id, body]`. Serde's derive
/// for an enum also reads every other shape an enum can take; a plan only holds this one.
impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Items;
        impl<'de> Visitor<'de> for Items {
            type Value = Item;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an entry with its id, under its kind")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Item, A::Error> {
                fn body<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
                    map: &mut A,
                    item: fn(Id, T) -> Item,
                ) -> Result<Item, A::Error> {
                    let (id, body) = map.next_value::<(Id, T)>()?;
                    Ok(item(id, body))
                }
                let kind = map.next_key_seed(FieldAt(ITEMS))?;
                let item = match kind.ok_or_else(|| de::Error::invalid_length(0, &self))? {
                    Some(0) => body(&mut map, Item::WhatMatters)?,
                    Some(1) => body(&mut map, Item::Capability)?,
                    Some(2) => body(&mut map, Item::Goal)?,
                    Some(3) => body(&mut map, Item::Action)?,
                    Some(4) => body(&mut map, Item::Supporter)?,
                    Some(5) => body(&mut map, Item::HelpOrHindrance)?,
                    Some(6) => body(&mut map, Item::CommunitySupport)?,
                    Some(7) => body(&mut map, Item::SafetyNetEntry)?,
                    Some(8) => body(&mut map, Item::Visit)?,
                    Some(9) => body(&mut map, Item::AgendaItem)?,
                    Some(10) => body(&mut map, Item::CheckIn)?,
                    Some(11) => body(&mut map, Item::TeamMember)?,
                    _ => {
                        return Err(de::Error::custom(
                            "an entry of a kind this version does not know",
                        ))
                    }
                };
                if map.next_key::<IgnoredAny>()?.is_some() {
                    return Err(de::Error::invalid_length(2, &self));
                }
                Ok(item)
            }
        }
        d.deserialize_map(Items)
    }
}

fn missing(key: &str) -> String {
    format!("missing field `{key}`")
}

fn unknown(tag: &str, value: &str, expected: &[&str]) -> String {
    format!(
        "unknown {tag} `{value}`, expected one of {}",
        expected.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{from_str, json, to_value};

    fn id() -> Id {
        Id::parse("3f2c7a10-0b1e-4c5d-9a8b-1c2d3e4f5a6b").unwrap()
    }

    #[test]
    fn each_agreement_and_responsible_is_saved_as_the_derive_saved_it() {
        let agreements = [
            (Agreement::Proposed, json!({"state": "proposed"})),
            (Agreement::Discussed, json!({"state": "discussed"})),
            (Agreement::Agreed, json!({"state": "agreed"})),
            (
                Agreement::AgreedToDiffer {
                    difference: "She’d rather walk".into(),
                },
                json!({"state": "agreed_to_differ", "difference": "She’d rather walk"}),
            ),
            (
                Agreement::SetAside {
                    reason: "Not now".into(),
                },
                json!({"state": "set_aside", "reason": "Not now"}),
            ),
        ];
        for (agreement, saved) in agreements {
            assert_eq!(to_value(&agreement).unwrap(), saved);
            assert_eq!(
                from_str::<Agreement>(&saved.to_string()).unwrap(),
                agreement
            );
        }
        let who = [
            (Responsible::Person, json!({"kind": "person"})),
            (Responsible::Clinician, json!({"kind": "clinician"})),
            (
                Responsible::Supporter(id()),
                json!({"kind": "supporter", "id": id()}),
            ),
            (
                Responsible::CommunitySupport(id()),
                json!({"kind": "community_support", "id": id()}),
            ),
            (
                Responsible::TeamMember(id()),
                json!({"kind": "team_member", "id": id()}),
            ),
        ];
        for (responsible, saved) in who {
            assert_eq!(to_value(&responsible).unwrap(), saved);
            assert_eq!(
                from_str::<Responsible>(&saved.to_string()).unwrap(),
                responsible
            );
        }
    }

    #[test]
    fn keys_come_in_any_order_and_unknown_ones_are_passed_over() {
        let read = from_str::<Agreement>(
            r#"{"difference": "Swim", "later": [1, {"a": 2}], "state": "agreed_to_differ"}"#,
        );
        assert_eq!(
            read.unwrap(),
            Agreement::AgreedToDiffer {
                difference: "Swim".into()
            }
        );
        let read =
            from_str::<Responsible>(&format!(r#"{{"id": "{}", "kind": "supporter"}}"#, id()));
        assert_eq!(read.unwrap(), Responsible::Supporter(id()));
        assert_eq!(
            from_str::<Responsible>(r#"{"kind": "person", "id": null}"#).unwrap(),
            Responsible::Person
        );
    }

    #[test]
    fn a_damaged_tag_or_field_is_refused() {
        for damaged in [
            r#"{}"#,
            r#"{"state": "maybe"}"#,
            r#"{"state": "agreed_to_differ"}"#,
            r#"{"state": "set_aside", "difference": "Swim"}"#,
            r#"{"state": "agreed", "state": "agreed"}"#,
            r#"{"state": null, "state": "agreed"}"#,
            r#"{"state": "set_aside", "reason": null, "reason": "Not now"}"#,
            r#"{"state": 3}"#,
            r#""agreed""#,
        ] {
            assert!(from_str::<Agreement>(damaged).is_err(), "{damaged}");
        }
        for damaged in [
            r#"{"kind": "supporter"}"#,
            r#"{"kind": "supporter", "id": "not an id!"}"#,
            r#"{"kind": "friend"}"#,
            r#"{"id": "x"}"#,
            r#"{"kind": "person", "id": "supporter-b"}"#,
            r#"{"kind": "clinician", "id": "x"}"#,
            r#"{"kind": "supporter", "id": null, "id": "x"}"#,
        ] {
            assert!(from_str::<Responsible>(damaged).is_err(), "{damaged}");
        }
    }
}
