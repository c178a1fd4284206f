//! Pure migrations of saved documents, one function per version step. Each has a test
//! that reads a real old document from `tests/fixtures/`.

use serde_json::{json, Map, Value};

/// What is wrong with an old document, for the engineer (`saved` reports it as damage).
pub type Damaged = String;

/// The name every document since version 2 carries (`saved::FORMAT`).
pub const FORMAT: &str = "coplan-plan";

fn damaged(detail: &str) -> Damaged {
    detail.to_string()
}

/// Version 1 (the early prototype) kept a flat plan: `id`, `name`, `created_at` (ms),
/// and `what_matters` as plain strings, with no authors, ids or history. Version 2
/// wraps the plan, gives every entry an id derived from the plan's id (so every device
/// migrating the same file agrees) and stamps it as written by the person.
pub fn v1_to_v2(doc: Value) -> Result<Value, Damaged> {
    let id = doc
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| damaged("v1: no id"))?;
    let plan_id = super::id::Id::parse(id).ok_or_else(|| damaged("v1: bad id"))?;
    let name = doc.get("name").and_then(Value::as_str).unwrap_or("My plan");
    let at = doc.get("created_at").and_then(Value::as_i64).unwrap_or(0);
    let stamp = json!({ "at": at, "by": "person" });
    let texts = match doc.get("what_matters") {
        None | Some(Value::Null) => vec![],
        Some(Value::Array(items)) => items.clone(),
        Some(_) => return Err(damaged("v1: what_matters is not a list")),
    };
    let what_matters = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let text = text
                .as_str()
                .ok_or_else(|| damaged("v1: entry is not text"))?;
            Ok(json!({
                "id": super::id::Id::derived(&plan_id, "wm", i),
                "created": stamp, "changed": stamp,
                "body": { "text": text },
            }))
        })
        .collect::<Result<Vec<Value>, Damaged>>()?;
    let mut plan = Map::new();
    plan.insert("id".into(), json!(plan_id));
    plan.insert("name".into(), json!(name));
    plan.insert("created".into(), stamp.clone());
    plan.insert("changed".into(), stamp.clone());
    plan.insert("revision".into(), json!(0));
    plan.insert("what_matters".into(), Value::Array(what_matters));
    plan.insert(
        "history".into(),
        json!([{ "stamp": stamp, "verb": "created", "list": null, "label": "" }]),
    );
    Ok(json!({ "format": FORMAT, "schema_version": 2, "plan": Value::Object(plan) }))
}

/// Version 3 adds what older versions cannot read: versions kept for the person to
/// choose between (`conflicts`), two history words for them, and a life area's "how
/// things are now" in the person's words. A version 2 document is already a valid
/// version 3 one; the step exists so a version 2 CoPlan sees version 3 as newer and
/// shows it read-only rather than calling it damaged.
pub fn v2_to_v3(doc: Value) -> Result<Value, Damaged> {
    Ok(doc)
}
