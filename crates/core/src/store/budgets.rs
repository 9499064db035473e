//! The providers' rate-limit windows in the book, so every process of an account (and, in a team, every
//! desk) draws on one budget.
//! A claim is a compare-and-swap on the window's row: two processes claiming at once cannot both take the
//! last request of a window.

use futures_util::future::BoxFuture;

use super::{on_book, Store};
use crate::error::Result;
use crate::providers::budget::{Claim, ClaimRequest, Seen, SharedWindows, WindowState};

type Row = (Option<i64>, Option<i64>, Option<i64>, i64);

fn state((remaining, limit, reset_at_ms, next_slot_ms): Row) -> WindowState {
    WindowState {
        remaining: remaining.and_then(|r| u32::try_from(r).ok()),
        limit: limit.and_then(|l| u32::try_from(l).ok()),
        reset_at_ms: reset_at_ms.and_then(|r| u64::try_from(r).ok()),
        next_slot_ms: u64::try_from(next_slot_ms).unwrap_or(0),
    }
}

impl Store {
    async fn window(&self, bucket: &str) -> Result<Row> {
        on_book!(self, |pool, dialect| {
            sqlx::query("INSERT INTO rate_budgets (bucket) VALUES ($1) ON CONFLICT (bucket) DO NOTHING")
                .bind(bucket)
                .execute(pool)
                .await?;
            Ok(sqlx::query_as(
                "SELECT remaining, window_limit, reset_at_ms, next_slot_ms FROM rate_budgets WHERE bucket = $1",
            )
            .bind(bucket)
            .fetch_one(pool)
            .await?)
        })
    }

    /// Writes `new` only if the row still holds `old`; false when another claim got there first.
    async fn swap_window(&self, bucket: &str, old: Row, new: WindowState) -> Result<bool> {
        let done = on_book!(self, |pool, dialect| {
            Ok(sqlx::query(&format!(
                "UPDATE rate_budgets SET remaining = $1, window_limit = $2, reset_at_ms = $3, next_slot_ms = $4, \
                 updated_at = {} WHERE bucket = $5 AND remaining IS NOT DISTINCT FROM $6 \
                 AND window_limit IS NOT DISTINCT FROM $7 AND reset_at_ms IS NOT DISTINCT FROM $8 \
                 AND next_slot_ms = $9",
                dialect.now()
            ))
            .bind(new.remaining.map(i64::from))
            .bind(new.limit.map(i64::from))
            .bind(new.reset_at_ms.and_then(|r| i64::try_from(r).ok()))
            .bind(i64::try_from(new.next_slot_ms).unwrap_or(i64::MAX))
            .bind(bucket)
            .bind(old.0)
            .bind(old.1)
            .bind(old.2)
            .bind(old.3)
            .execute(pool)
            .await?
            .rows_affected())
        })?;
        Ok(done == 1)
    }

    async fn claim_window(&self, request: ClaimRequest<'_>) -> Result<Claim> {
        loop {
            let old = self.window(request.key).await?;
            let mut window = state(old);
            let claim = window.claim(&request);
            if window == state(old) || self.swap_window(request.key, old, window).await? {
                return Ok(claim);
            }
        }
    }

    async fn observe_window(&self, bucket: &str, seen: Seen) -> Result<()> {
        loop {
            let old = self.window(bucket).await?;
            let mut window = state(old);
            window.observe(seen, crate::clock::now_ms());
            if window == state(old) || self.swap_window(bucket, old, window).await? {
                return Ok(());
            }
        }
    }
}

impl SharedWindows for Store {
    fn claim<'a>(&'a self, request: ClaimRequest<'a>) -> BoxFuture<'a, Result<Claim>> {
        Box::pin(self.claim_window(request))
    }

    fn observe<'a>(&'a self, key: &'a str, seen: Seen) -> BoxFuture<'a, Result<()>> {
        Box::pin(self.observe_window(key, seen))
    }
}
