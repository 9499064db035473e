//! The team's shared book in tests: a fresh database per test on the throw-away PostgreSQL server that
//! `scripts/headless-session.sh` starts (`scripts/postgres.sh`), named by `GIFTDESK_TEST_POSTGRES`.

use std::path::Path;

use giftdesk_core::secrets::Keyring;
use sqlx::Connection;

/// The server the tests may use: its URL with the admin role's password.
pub const SERVER_VAR: &str = "GIFTDESK_TEST_POSTGRES";
/// `team`: every context the test kit opens is a desk in a team of its own (the core's tests run once on
/// each book: `scripts/dev.sh`).
pub const BOOK_VAR: &str = "GIFTDESK_TEST_BOOK";

pub fn server_url() -> String {
    std::env::var(SERVER_VAR).unwrap_or_else(|_| {
        panic!("{SERVER_VAR} is not set: run the tests through scripts/headless-session.sh, which starts PostgreSQL")
    })
}

/// Whether the contexts of this test run keep their book in a team's database.
pub fn team_book() -> bool {
    std::env::var(BOOK_VAR).is_ok_and(|book| book == "team")
}

/// A new empty database on the test server; its URL (with the password, as a reseller would paste it).
pub async fn new_database() -> String {
    let server = server_url();
    let name = format!("giftdesk_{}", uuid::Uuid::new_v4().simple());
    let mut admin = sqlx::PgConnection::connect(&server).await.expect("the test PostgreSQL server answers");
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("a test database");
    admin.close().await.ok();
    let (base, _) = server.rsplit_once('/').expect("a database in the server URL");
    format!("{base}/{name}")
}

/// Makes the desk whose settings are in `config_dir` the first of a team on a new database.
pub async fn found_team(config_dir: &Path, keyring: &Keyring, name: &str) -> String {
    let url = new_database().await;
    giftdesk_core::team::create(config_dir, keyring, &url, name).await.expect("team created");
    url
}
