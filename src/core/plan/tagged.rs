//! The saved form of the plan's tagged enums, by hand: `Agreement` as `{"state":
//! "agreed_to_differ", "difference": "…"}`, `Responsible` as `{"kind": "supporter", "id":
//! "…"}`, and an `Item` read from `{"goal": [id, goal]}`. Serde's derive for a tagged enum
//! first buffers the whole object in a tree of its own and then reads it again, a large
//! share of the first screen's code for small objects. The form is the derive's: keys in
//! any order, unknown keys passed over; a missing or repeated tag or field is refused, and
//! so is an id beside a kind that has none (a merge of two choices could write one).

use super::{Agreement, Item, Responsible};
use crate::core::id::Id;
use crate::core::json::{once, FromJson, JsonResult, Reader};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

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
/// `keys`: the tag's key, then each field's; `make` makes the value from the tag and
/// each field (`None` when absent), or says why not.
fn tagged<T>(
    r: &mut Reader,
    keys: &[&str],
    make: fn(&str, Vec<Option<String>>) -> Result<T, String>,
) -> JsonResult<T> {
    // Each field's slot is `Some` once its key was read, even when its value was null.
    let mut tag: Option<String> = None;
    let mut fields: Vec<Option<Option<String>>> = vec![None; keys.len() - 1];
    r.object()?;
    let mut first = true;
    while let Some(at) = r.field(&mut first, keys)? {
        match at {
            Some(0) => once(&mut tag, keys[0], r)?,
            Some(i) => once(&mut fields[i - 1], keys[i], r)?,
            None => r.skip()?,
        }
    }
    let tag = tag.ok_or_else(|| r.missing(keys[0]))?;
    make(&tag, fields.into_iter().map(Option::flatten).collect()).map_err(|e| r.invalid(e))
}

impl FromJson for Agreement {
    fn read(r: &mut Reader) -> JsonResult<Self> {
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
        tagged(r, &["state", "difference", "reason"], make)
    }
}

impl FromJson for Responsible {
    fn read(r: &mut Reader) -> JsonResult<Self> {
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
        tagged(r, &["kind", "id"], make)
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
impl FromJson for Item {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        r.object()?;
        let mut first = true;
        let kind = r.field(&mut first, ITEMS)?;
        let Some(Some(kind)) = kind else {
            return Err(r.invalid("an entry of a kind this version does not know"));
        };
        // `[id, body]`: the list and the id read once for every kind.
        r.array()?;
        let pair = &mut true;
        r.value_of(pair, 0, 2)?;
        let id = Id::read(r)?;
        r.value_of(pair, 1, 2)?;
        let item = match kind {
            0 => Item::WhatMatters(id, FromJson::read(r)?),
            1 => Item::Capability(id, FromJson::read(r)?),
            2 => Item::Goal(id, FromJson::read(r)?),
            3 => Item::Action(id, FromJson::read(r)?),
            4 => Item::Supporter(id, FromJson::read(r)?),
            5 => Item::HelpOrHindrance(id, FromJson::read(r)?),
            6 => Item::CommunitySupport(id, FromJson::read(r)?),
            7 => Item::SafetyNetEntry(id, FromJson::read(r)?),
            8 => Item::Visit(id, FromJson::read(r)?),
            9 => Item::AgendaItem(id, FromJson::read(r)?),
            10 => Item::CheckIn(id, FromJson::read(r)?),
            _ => Item::TeamMember(id, FromJson::read(r)?),
        };
        r.value_of(pair, 2, 2)?;
        if r.key(&mut first)?.is_some() {
            return Err(r.invalid("an entry under two kinds"));
        }
        Ok(item)
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
    use crate::core::json::from_str;
    use serde_json::{json, to_value};

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
