//! The local database: one SQLite pool per process, migrations embedded and applied on open; and, for a
//! desk in a team, the shop's shared book on PostgreSQL beside it (see [`book`]).

mod book;
mod budgets;
mod team;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

pub(crate) use self::book::on_book;
pub use self::book::{Book, Dialect};
pub use self::team::{TeamBook, CHANNEL as BOOK_CHANNEL};
use crate::error::Result;

/// Forward-only migrations from `crates/core/migrations/`; build.rs reruns the build when one changes.
pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    /// The shop's shared book, when this desk is in a team: purchases, codes and budgets live there.
    team: Option<std::sync::Arc<TeamBook>>,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub async fn open(path: &Path) -> Result<Self> {
        let options = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // WAL with NORMAL is durable across application crashes; only an OS crash can lose the last commit.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
        MIGRATOR.run(&pool).await?;
        let store = Self { pool, team: None };
        store.note_opened().await?;
        Ok(store)
    }

    /// The local pool: the catalog cache and this desk's own rows. Purchases and codes go through
    /// [`Self::book`].
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The same local file, its book kept in the team's shared database from now on.
    pub fn with_team(mut self, team: TeamBook) -> Self {
        self.team = Some(std::sync::Arc::new(team));
        self
    }

    pub fn team(&self) -> Option<&TeamBook> {
        self.team.as_deref()
    }

    /// Where purchases, codes and rate budgets are kept: the local file, or the team's database.
    pub fn book(&self) -> Book<'_> {
        match &self.team {
            Some(team) => Book::Team(team.pool()),
            None => Book::Local(&self.pool),
        }
    }

    /// The highest migration applied, for `giftdesk config` and bug reports.
    pub async fn schema_version(&self) -> Result<i64> {
        let version: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = 1")
                .fetch_one(&self.pool)
                .await?;
        Ok(version.unwrap_or(0))
    }

    pub async fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT value FROM app_meta WHERE key = ?")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Keeps `value` under `key`, or forgets the key when there is none.
    pub async fn set_meta(&self, key: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(value) => sqlx::query(
                "INSERT INTO app_meta (key, value, updated_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now')) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            )
            .bind(key)
            .bind(value),
            None => sqlx::query("DELETE FROM app_meta WHERE key = ?").bind(key),
        }
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn note_opened(&self) -> Result<()> {
        sqlx::query(
            "INSERT INTO app_meta (key, value) VALUES ('first_opened_at', strftime('%Y-%m-%dT%H:%M:%SZ','now'))
             ON CONFLICT (key) DO NOTHING",
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn close(&self) {
        if let Some(team) = &self.team {
            team.close().await;
        }
        self.pool.close().await;
    }
}

/// Reads one JSON column of one row strictly: text that no longer decodes (a bad restore, a hand edit) is an
/// error naming the row (`row`, such as "Purchase 6f1c…") and the column, never an empty value that would
/// hide what a purchase or product held.
pub fn json_column<T: serde::de::DeserializeOwned>(text: &str, row: &str, column: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|error| {
        crate::error::Error::Internal(format!(
            "{row} is damaged in the local database: its {column} could not be read ({error})"
        ))
    })
}
