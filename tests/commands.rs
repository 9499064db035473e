//! One list of commands, `src-tauri/shell/command_list.rs`: the window's handler and the build script's
//! permissions are made from it. This test holds the capability and the UI's wrappers to it, and writes the
//! list with each command's arguments (`ui/src/lib/bindings/commands.json`) for the UI's own test, which
//! checks that every wrapper sends them under those names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

include!("../src-tauri/shell/command_list.rs");

macro_rules! names_of {
    ($($name:ident),* $(,)?) => {
        vec![$(stringify!($name)),*]
    };
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `purchase_id` → `purchaseId`, as Tauri names a command's arguments for the web view.
fn camel(name: &str) -> String {
    let mut words = name.split('_');
    let first = words.next().unwrap_or_default().to_owned();
    words.fold(first, |mut out, word| {
        let mut letters = word.chars();
        if let Some(initial) = letters.next() {
            out.extend(initial.to_uppercase());
            out.push_str(letters.as_str());
        }
        out
    })
}

/// Splits at the commas outside any `<…>` or `(…)`.
fn top_level_parts(text: &str) -> Vec<&str> {
    let (mut depth, mut start, mut parts) = (0i32, 0, Vec::new());
    for (at, c) in text.char_indices() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts.into_iter().map(str::trim).filter(|part| !part.is_empty()).collect()
}

/// A command's arguments as the web view sends them, read from its signature: the app handle and the managed
/// state are Tauri's to give.
fn arguments(source: &str, name: &str) -> Vec<String> {
    let signature = format!("pub async fn {name}(");
    let start = source.find(&signature).unwrap_or_else(|| panic!("no `{signature}` in shell/*commands.rs"));
    let after = &source[start + signature.len()..];
    let mut depth = 1;
    let end = after
        .char_indices()
        .find(|&(_, c)| {
            depth += match c {
                '(' => 1,
                ')' => -1,
                _ => 0,
            };
            depth == 0
        })
        .map(|(at, _)| at)
        .expect("the signature closes");
    top_level_parts(&after[..end])
        .into_iter()
        .filter_map(|part| part.split_once(':'))
        .filter(|(_, kind)| {
            let kind = kind.trim();
            !kind.starts_with("State<") && !kind.starts_with("AppHandle") && !kind.starts_with("tauri::")
        })
        .map(|(name, _)| camel(name.trim()))
        .collect()
}

#[test]
fn the_capability_and_the_ui_follow_the_one_list_of_commands() {
    let commands = app_commands!(names_of);
    let listed: BTreeSet<&str> = commands.iter().copied().collect();
    assert_eq!(listed.len(), commands.len(), "each command once");

    let capability: serde_json::Value =
        serde_json::from_str(&read("src-tauri/capabilities/main.json")).expect("the capability is JSON");
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-").map(|name| name.replace('-', "_")))
        .collect();
    let expected: BTreeSet<String> = listed.iter().map(|name| (*name).to_owned()).collect();
    assert_eq!(granted, expected, "src-tauri/capabilities/main.json grants exactly the listed commands");

    let wrappers = read("ui/src/lib/ipc.ts");
    let called: BTreeSet<String> =
        wrappers.split(">(\"").skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_owned).collect();
    assert_eq!(called, expected, "ui/src/lib/ipc.ts wraps exactly the listed commands");

    // The commands live in `commands.rs` and, for a screen with several, beside it in `<screen>_commands.rs`.
    let source = read("src-tauri/shell/commands.rs")
        + &read("src-tauri/shell/bulk_commands.rs")
        + &read("src-tauri/shell/voucher_commands.rs")
        + &read("src-tauri/shell/vault_commands.rs")
        + &read("src-tauri/shell/support_commands.rs")
        + &read("src-tauri/shell/team_commands.rs")
        + &read("src-tauri/shell/updates.rs");
    let with_arguments: BTreeMap<&str, Vec<String>> =
        commands.iter().map(|&name| (name, arguments(&source, name))).collect();
    let generated = serde_json::to_string_pretty(&with_arguments).expect("plain data") + "\n";
    let committed_path = root().join("ui/src/lib/bindings/commands.json");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&committed_path, &generated).expect("commands.json is written");
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert_eq!(committed, generated, "ui/src/lib/bindings/commands.json is stale: run `make bindings`");
}

/// The core names its data directories and keyring service after the app's id: the same id Tauri bundles.
#[test]
fn the_cores_app_id_is_the_bundles_identifier() {
    let config: serde_json::Value = serde_json::from_str(&read("src-tauri/tauri.conf.json")).unwrap();
    assert_eq!(config["identifier"], giftdesk_core::paths::APP_ID);
}
