//! The core's modules stand in layers: none imports a module that imports it, directly
//! or round a circle (issue 19's "keep the house tidy"). Read from the sources, tests
//! inside a module left out; a module's own children (`plan/compact/…`) belong to it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each core module and the core modules it uses.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut out = BTreeMap::new();
    let mut files = vec![];
    for entry in std::fs::read_dir(&core).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if name == "mod" {
            continue;
        }
        if path.is_dir() {
            let mut stack = vec![path.clone()];
            while let Some(dir) = stack.pop() {
                for e in std::fs::read_dir(dir).unwrap() {
                    let p = e.unwrap().path();
                    if p.is_dir() {
                        stack.push(p);
                    } else {
                        files.push((name.clone(), p, false));
                    }
                }
            }
        } else {
            files.push((name, path, true));
        }
    }
    for (module, path, top) in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        let uses: &mut BTreeSet<String> = out.entry(module.clone()).or_default();
        let mut prefixes = vec!["crate::core::"];
        if top {
            prefixes.push("super::");
        }
        for prefix in prefixes {
            for (at, _) in code.match_indices(prefix) {
                let rest = &code[at + prefix.len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                let is_module =
                    core.join(format!("{name}.rs")).exists() || core.join(&name).is_dir();
                if is_module && name != module {
                    uses.insert(name);
                }
            }
        }
    }
    out
}

#[test]
fn no_core_module_imports_one_that_imports_it() {
    let graph = imports();
    assert!(
        graph.len() > 20,
        "the core's modules were read: {:?}",
        graph.keys()
    );
    // Depth-first, reporting the first circle found.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut circle = path[at..].to_vec();
            circle.push(m.to_string());
            return Some(circle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(circle) = visit(m, &graph, &mut vec![], &mut done) {
            panic!("a circle of imports in the core: {}", circle.join(" → "));
        }
    }
}

/// The plan's types are the bottom layer: they import only ids, time and the JSON
/// reader they read themselves through, which imports nothing of the core.
#[test]
fn the_plan_stands_on_ids_and_time_alone() {
    let graph = imports();
    let plan: Vec<&String> = graph["plan"].iter().collect();
    assert_eq!(plan, ["id", "json", "time"]);
    assert!(graph["json"].is_empty(), "{:?}", graph["json"]);
}
