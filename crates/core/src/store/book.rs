//! The book: where purchases, their audit trail, payment claims, the sealed codes and the rate budgets
//! live. A desk alone keeps it in its local SQLite file; a desk in a team keeps it in the shop's
//! PostgreSQL database (`super::team`). One SQL text serves both: `$1` placeholders (SQLite reads them
//! too), and the few words the two dialects spell differently come from [`Dialect`].

use sqlx::{PgPool, SqlitePool};

/// The pool the book lives in, borrowed from the [`super::Store`].
#[derive(Debug, Clone, Copy)]
pub enum Book<'a> {
    Local(&'a SqlitePool),
    Team(&'a PgPool),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// The server's clock as the book writes times: `2026-12-03T15:04:05.123Z`.
    pub fn now(self) -> &'static str {
        match self {
            Self::Sqlite => "strftime('%Y-%m-%dT%H:%M:%fZ','now')",
            Self::Postgres => "giftdesk_now()",
        }
    }

    /// The time `seconds` ago, in the same form as [`Self::now`] (so times compare as text).
    pub fn ago(self, seconds: u32) -> String {
        match self {
            Self::Sqlite => format!("strftime('%Y-%m-%dT%H:%M:%fZ','now','-{seconds} seconds')"),
            Self::Postgres => format!(
                "to_char((clock_timestamp() - interval '{seconds} seconds') AT TIME ZONE 'UTC', \
                 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
            ),
        }
    }

    /// How a read-then-write transaction starts: SQLite takes the write lock at once (a deferred one fails
    /// with SQLITE_BUSY_SNAPSHOT when another writer commits in between); PostgreSQL locks the rows it
    /// reads instead (see [`Self::for_update`]).
    pub fn begin_writing(self) -> &'static str {
        match self {
            Self::Sqlite => "BEGIN IMMEDIATE",
            Self::Postgres => "BEGIN",
        }
    }

    /// The suffix that locks the rows a read-then-write transaction reads.
    pub fn for_update(self) -> &'static str {
        match self {
            Self::Sqlite => "",
            Self::Postgres => " FOR UPDATE",
        }
    }
}

/// Runs `$body` (an expression of type `Result<T>`, which may `.await` and use `?`) against the store's
/// book, with `$pool` bound to its pool and `$dialect` to its [`Dialect`]. The body is compiled once per
/// backend, so the same row types and binds serve both. Errors reaching the shared database become
/// [`crate::error::Error::TeamUnreachable`].
macro_rules! on_book {
    ($store:expr, |$pool:ident, $dialect:ident| $body:expr) => {
        match $store.book() {
            $crate::store::Book::Local($pool) => {
                #[allow(unused_variables)]
                let $dialect = $crate::store::Dialect::Sqlite;
                async { $body }.await
            }
            $crate::store::Book::Team($pool) => {
                #[allow(unused_variables)]
                let $dialect = $crate::store::Dialect::Postgres;
                async { $body }.await.map_err($crate::error::Error::from_team)
            }
        }
    };
}
pub(crate) use on_book;
