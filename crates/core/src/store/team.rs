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

/// The channel the book's triggers announce a changed purchase on (its id is the payload). Both books on a
/// server (the shop's and the sandbox's) announce there: a desk reads an id in its own book, or not at all.
pub const CHANNEL: &str = "giftdesk_book";

/// Where a desk on the sandbox keeps its book: apart from the shop's real purchases, on the same server.
const SANDBOX_SCHEMA: &str = "giftdesk_sandbox";

/// How long a desk waits for the server before it says the book cannot be reached.
const REACH_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Clone)]
pub struct TeamBook {
    pool: PgPool,
    /// Holds the password: never printed (see the `Debug` below).
    options: PgConnectOptions,
    desk_id: String,
    /// `public`, or the sandbox's schema.
    schema: &'static str,
    /// The desk's own connection for advisory locks (see [`Self::try_lock`]), shared by every clone: opened
    /// on first use, forgotten when it fails (its locks are gone with it) and reopened next time.
    locks: Arc<Mutex<Option<PgConnection>>>,
}

/// Whether a granted advisory lock of this database has the key named `$1` (a bigint key is split into
/// `classid` (high half) and `objid` (low half), `objsubid` 1).
const HELD: &str = "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted \
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) \
     AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0)";

impl std::fmt::Debug for TeamBook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TeamBook").field("desk_id", &self.desk_id).field("schema", &self.schema).finish()
    }
}

impl TeamBook {
    /// The server at `url` (its password, if any, given apart: it lives in the keyring, never in the URL
    /// a file keeps). Nothing is asked of the server until the book is first used, so a desk whose server
    /// is down still opens and shows what it can.
    /// A desk on the sandbox (`sandbox`) keeps its book in a schema of its own.
    pub fn connect_lazy(url: &str, password: Option<&str>, desk_id: &str, sandbox: bool) -> Result<Self> {
        let mut options = PgConnectOptions::from_str(url).map_err(|error| {
            Error::invalid("database", crate::tr!("team-database-url-invalid", detail = error.to_string()))
        })?;
        if let Some(password) = password {
            options = options.password(password);
        }
        let schema = if sandbox { SANDBOX_SCHEMA } else { "public" };
        options = options.application_name("giftdesk").options([("search_path", schema)]);
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(REACH_TIMEOUT)
            .connect_lazy_with(options.clone());
        Ok(Self { pool, options, desk_id: desk_id.to_owned(), schema, locks: Arc::default() })
    }

    /// Connects now and brings the book's schema up to date.
    pub async fn migrate(&self) -> Result<()> {
        if self.schema != "public" {
            sqlx::query(&format!("CREATE SCHEMA IF NOT EXISTS {}", self.schema))
                .execute(&self.pool)
                .await
                .map_err(|error| Error::from_team(Error::Store(error)))?;
        }
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
    /// The server is asked to probe the connection (TCP keepalives every few seconds), so a desk that
    /// vanishes without closing it (unplugged, its network gone) loses its locks within about half a minute.
    async fn session(&self) -> Result<PgConnection> {
        use sqlx::{ConnectOptions, Executor};
        let connect = async {
            let mut connection = self.options.connect().await?;
            connection
                .execute("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3")
                .await?;
            Ok::<_, sqlx::Error>(connection)
        };
        match tokio::time::timeout(REACH_TIMEOUT, connect).await {
            Ok(connected) => connected.map_err(|error| Error::from_team(Error::Store(error))),
            Err(_) => {
                Err(Error::TeamUnreachable { detail: format!("no answer in {} s", REACH_TIMEOUT.as_secs()) })
            }
        }
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
        let sql =
            format!("SELECT CASE WHEN EXISTS ({HELD}) THEN false ELSE pg_try_advisory_lock(hashtextextended($1, 0)) END");
        let locked = sqlx::query_scalar(&sql).bind(key).fetch_one(connection);
        match tokio::time::timeout(REACH_TIMEOUT, locked).await {
            Ok(Ok(locked)) => Ok(locked),
            failed => {
                // The connection is gone or stuck: its locks with it. Said loudly: a holder of one of them
                // (a sender, a tracker) now runs unguarded until it ends.
                *session = None;
                tracing::error!("the team lock connection was lost; this desk's locks are released");
                Err(match failed {
                    Ok(Err(error)) => Error::from_team(Error::Store(error)),
                    _ => Error::TeamUnreachable {
                        detail: format!("no answer in {} s", REACH_TIMEOUT.as_secs()),
                    },
                })
            }
        }
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
        sqlx::query_scalar(&format!("SELECT EXISTS ({HELD})"))
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
