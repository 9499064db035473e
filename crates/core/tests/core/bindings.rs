//! The committed TypeScript bindings must match the Rust types. `UPDATE_BINDINGS=1` rewrites them.

use std::collections::BTreeMap;
use std::path::Path;

use giftdesk_core::bindings::{export_all, BINDINGS_DIR};

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().extension().is_some_and(|ext| ext == "ts"))
                .map(|e| (e.file_name().into_string().unwrap(), std::fs::read_to_string(e.path()).unwrap()))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn generated_bindings_are_current() {
    let committed_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(BINDINGS_DIR);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        // Only the TypeScript goes: commands.json is tests/commands.rs's to write.
        for name in read_dir(&committed_dir).keys() {
            std::fs::remove_file(committed_dir.join(name)).unwrap();
        }
        export_all(&committed_dir).unwrap();
    }
    let fresh = tempfile::tempdir().unwrap();
    export_all(fresh.path()).unwrap();

    let expected = read_dir(fresh.path());
    let committed = read_dir(&committed_dir);
    assert!(expected.len() >= 6, "too few types exported: {:?}", expected.keys());
    assert_eq!(
        committed.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>(),
        "the set of binding files differs: run `make bindings`"
    );
    for (name, text) in &expected {
        assert_eq!(&committed[name], text, "{BINDINGS_DIR}/{name} is stale: run `make bindings`");
    }
}
