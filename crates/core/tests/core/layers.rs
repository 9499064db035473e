//! The core's import graph keeps its floors: a module names only modules on its own floor or below, and no
//! two modules name each other, directly or around a circle. Read from the sources, so a new `use` that
//! breaks the picture in README's architecture section fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// From the ground up. A module missing here fails the test, so each new one is given its floor.
const FLOORS: &[&[&str]] = &[
    // The vocabulary: words every layer uses, knowing no domain.
    &[
        "provider",
        "problem",
        "product_kind",
        "money",
        "i18n",
        "error",
        "clock",
        "paths",
        "recipients",
        "environment",
        "logs",
        "qr",
        "release",
    ],
    // What the domains stand on: the providers' clients and answers, the store, the keyring, the settings file.
    &["providers", "store", "secrets", "settings", "clipboard"],
    // One client per provider account, so every request of an account draws on one budget.
    &["accounts"],
    &["catalog", "vault"],
    &["checkout", "team"],
    &["tracking", "desk"],
    // Wiring and the outside: the context that builds the domains, the TypeScript export, the fuzz entry points.
    &["context", "bindings", "fuzzing"],
    // What reads the whole wired context.
    &["diagnostics"],
];

fn floor_of(module: &str) -> usize {
    FLOORS
        .iter()
        .position(|floor| floor.contains(&module))
        .unwrap_or_else(|| panic!("crates/core/src/{module} has no floor in tests/core/layers.rs"))
}

/// Each top-level module and the other top-level modules its sources name (`crate::x`), unit tests aside.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        if name == "lib" {
            continue;
        }
        let mut files = Vec::new();
        collect(&path, &mut files);
        let named: &mut BTreeSet<String> = graph.entry(name.clone()).or_default();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            named.extend(modules_named(&without_test_modules(&text)).into_iter().filter(|m| *m != name));
        }
    }
    graph
}

/// The text without its `#[cfg(test)] mod … { … }` blocks (unit tests may reach anywhere), keeping what
/// follows them.
fn without_test_modules(text: &str) -> String {
    let mut kept = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        kept.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(open) = after.find('{').filter(|open| after[..*open].contains("mod ")) else {
            kept.push_str("#[cfg(test)]");
            rest = &after["#[cfg(test)]".len()..];
            continue;
        };
        let mut depth = 0;
        let mut end = after.len();
        for (index, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + index + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    kept.push_str(rest);
    kept
}

/// The top-level modules a text names: `crate::x`, and each of `crate::{x, y::z}`.
fn modules_named(text: &str) -> BTreeSet<String> {
    let ident =
        |s: &str| s.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    let mut named = BTreeSet::new();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inside = &group[..group.find('}').unwrap_or(group.len())];
            named.extend(inside.split(',').map(ident).filter(|m| !m.is_empty()));
        } else {
            named.insert(ident(rest));
        }
    }
    named.retain(|m| !m.is_empty());
    // `tr!` is exported at the crate's root, but it is the i18n module's.
    if named.remove("tr") {
        named.insert("i18n".to_owned());
    }
    named
}

#[test]
fn the_reader_sees_grouped_imports_and_code_after_a_test_module() {
    let text = "use crate::catalog::X;\n#[cfg(test)]\nmod tests {\n    use crate::context::C;\n    fn f() { {} }\n}\n\
                pub struct After;\nuse crate::{tracking, checkout::Y};\n";
    let named = modules_named(&without_test_modules(text));
    assert_eq!(named.into_iter().collect::<Vec<_>>(), ["catalog", "checkout", "tracking"]);
}

fn collect(path: &Path, files: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            collect(&entry.path(), files);
        }
    } else if path.extension().is_some_and(|ext| ext == "rs") {
        files.push(path.to_owned());
    }
}

#[test]
fn no_module_names_one_on_a_higher_floor() {
    let graph = imports();
    assert!(graph.len() >= 20, "too few modules read: {:?}", graph.keys());
    let upward: Vec<String> = graph
        .iter()
        .flat_map(|(from, targets)| targets.iter().map(move |to| (from, to)))
        .filter(|(from, to)| floor_of(to) > floor_of(from))
        .map(|(from, to)| format!("{from} -> {to}"))
        .collect();
    assert!(upward.is_empty(), "imports that run up a floor: {upward:?}");
}

#[test]
fn no_import_circles() {
    let graph = imports();
    // Depth-first, colouring each module while it is on the path: meeting one on the path is a circle.
    fn visit<'a>(
        at: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if done.contains(at) {
            return;
        }
        if let Some(start) = path.iter().position(|m| *m == at) {
            panic!("import circle: {} -> {at}", path[start..].join(" -> "));
        }
        path.push(at);
        for next in graph.get(at).into_iter().flatten() {
            visit(next, graph, path, done);
        }
        path.pop();
        done.insert(at);
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        visit(module, &graph, &mut Vec::new(), &mut done);
    }
}
