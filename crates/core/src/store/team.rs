//! The shop's shared book on PostgreSQL: the pool, its migrations (`crates/core/migrations-team/`), and
//! the announcements every change makes (LISTEN/NOTIFY on `giftdesk_book`).

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgListener, PgPoolOptions};
use sqlx::{PgConnection, PgPool};
use tokio::sync::Mutex;

use crate::error::{Error, Result};

/// Forward-only migrations of the shared book, kept apart from the local ones: the two books differ.
pub static TEAM_MIGRATOR: Migrator = sqlx::migrate!("./migrations-team");

/// The channel the book's triggers announce a changed purchase on (its id is the payload).
pub const CHANNEL: &str = "giftdesk_book";

/// How long a desk waits for the server before it says the book cannot be reached.
const REACH_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone)]
pub struct TeamBook {
    pool: PgPool,
    options: PgConnectOptions,
    desk_id: String,
    /// The desk's own connection for advisory locks (see [`Self::try_lock`]), shared by every clone: opened
    /// on first use, forgotten when it fails (its locks are gone with it) and reopened next time.
    locks: Arc<Mutex<Option<PgConnection>>>,
}

impl TeamBook {
    /// The server at `url` (its password, if any, given apart: it lives in the keyring, never in the URL
    /// a file keeps). Nothing is asked of the server until the book is first used, so a desk whose server
    /// is down still opens and shows what it can.
    pub fn connect_lazy(url: &str, password: Option<&str>, desk_id: &str) -> Result<Self> {
        let mut options = PgConnectOptions::from_str(url).map_err(|error| {
            Error::invalid("database", crate::tr!("team-database-url-invalid", detail = error.to_string()))
        })?;
        if let Some(password) = password {
            options = options.password(password);
        }
        options = options.application_name("giftdesk");
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(REACH_TIMEOUT)
            .connect_lazy_with(options.clone());
        Ok(Self { pool, options, desk_id: desk_id.to_owned(), locks: Arc::default() })
    }

    /// Connects now and brings the book's schema up to date.
    pub async fn migrate(&self) -> Result<()> {
        TEAM_MIGRATOR.run(&self.pool).await.map_err(|error| match error {
            sqlx::migrate::MigrateError::Execute(error) => Error::from_team(Error::Store(error)),
            other => Error::Migrate(other),
        })
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// This desk's id in the team.
    pub fn desk_id(&self) -> &str {
        &self.desk_id
    }

    /// A connection apart from the pool, for what lives as long as a session. The server drops it, and
    /// what it holds, when the desk's process ends, however it ends.
    async fn session(&self) -> Result<PgConnection> {
        use sqlx::ConnectOptions;
        self.options.connect().await.map_err(|error| Error::from_team(Error::Store(error)))
    }

    /// Takes the team-wide lock named `key` unless another desk holds it: an advisory lock on the desk's
    /// own connection, so the server lets it go the moment the desk dies (killed, unplugged), with no expiry
    /// to wait out. Used for "following this purchase" and "sending this purchase".
    pub async fn try_lock(&self, key: &str) -> Result<bool> {
        let mut session = self.locks.lock().await;
        if session.is_none() {
            *session = Some(self.session().await?);
        }
        let Some(connection) = session.as_mut() else { return Ok(false) };
        // Held by this very session counts as taken (advisory locks nest within a session).
        let locked = sqlx::query_scalar(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 \
             AND granted AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0)) \
             THEN false ELSE pg_try_advisory_lock(hashtextextended($1, 0)) END",
        )
        .bind(key)
        .fetch_one(connection)
        .await;
        locked.map_err(|error| {
            *session = None;
            Error::from_team(Error::Store(error))
        })
    }

    /// Lets the lock go, in the background (locks are given up when their guard is dropped).
    pub fn unlock(&self, key: &str) {
        let (session, key) = (self.locks.clone(), key.to_owned());
        let Ok(runtime) = tokio::runtime::Handle::try_current() else { return };
        runtime.spawn(async move {
            if let Some(connection) = session.lock().await.as_mut() {
                let unlocked = sqlx::query("SELECT pg_advisory_unlock(hashtextextended($1, 0))")
                    .bind(&key)
                    .execute(connection)
                    .await;
                if let Err(error) = unlocked {
                    tracing::warn!(%key, %error, "could not let a team lock go");
                }
            }
        });
    }

    /// Whether any desk (this one included) holds the lock named `key`.
    pub async fn is_locked(&self, key: &str) -> Result<bool> {
        sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted \
             AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0))",
        )
        .bind(key)
        .fetch_one(&self.pool)
        .await
        .map_err(|error| Error::from_team(Error::Store(error)))
    }

    /// Listens for changed purchases, announced by any desk (this one included).
    pub async fn listen(&self) -> Result<PgListener> {
        let mut listener = PgListener::connect_with(&self.pool)
            .await
            .map_err(|error| Error::from_team(Error::Store(error)))?;
        listener.listen(CHANNEL).await.map_err(|error| Error::from_team(Error::Store(error)))?;
        Ok(listener)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}
