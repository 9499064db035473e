//! The SQLite store on a real file: migrations, pragmas, and re-opening an existing database.

use giftdesk_core::store::{Store, MIGRATOR};

#[tokio::test]
async fn migrations_apply_to_a_new_file_and_again_to_a_migrated_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("giftdesk.sqlite3");
    assert!(!path.exists());

    let store = Store::open(&path).await.unwrap();
    let latest = MIGRATOR.iter().map(|m| m.version).max().unwrap();
    assert_eq!(store.schema_version().await.unwrap(), latest);
    let first_opened = store.meta("first_opened_at").await.unwrap().expect("first launch recorded");
    store.close().await;
    assert!(path.exists());

    // Opening again runs the migrator over an up-to-date schema: nothing changes, nothing is lost.
    let store = Store::open(&path).await.unwrap();
    assert_eq!(store.schema_version().await.unwrap(), latest);
    assert_eq!(store.meta("first_opened_at").await.unwrap(), Some(first_opened));
    let applied: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations").fetch_one(store.pool()).await.unwrap();
    assert_eq!(applied, MIGRATOR.iter().count() as i64);
    store.close().await;
}

#[tokio::test]
async fn connections_use_wal_foreign_keys_and_a_busy_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db.sqlite3")).await.unwrap();
    let mut conn = store.pool().acquire().await.unwrap();
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&mut *conn).await.unwrap();
    let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(&mut *conn).await.unwrap();
    let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout").fetch_one(&mut *conn).await.unwrap();
    assert_eq!(journal, "wal");
    assert_eq!(foreign_keys, 1);
    assert!(busy >= 5_000, "busy timeout {busy} ms");
}

#[test]
fn migrations_only_move_forward() {
    // sqlx "reversible" migrations have .up/.down pairs; this project keeps plain forward files only.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut versions = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(name.ends_with(".sql") && !name.contains(".down."), "unexpected migration file {name}");
        versions.push(name.split('_').next().unwrap().parse::<i64>().unwrap());
    }
    let mut sorted = versions.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), versions.len(), "two migrations share a version");
}
