//! One rate budget per provider account, shared by every request of every process.
//!
//! Bitrefill limits per account and can ban an account that sends too much at once, so sync, checkout,
//! trackers and webhooks draw on one budget, in the order that matters: creating and paying first, then
//! tracking reads, then catalog pages. Inside a process a queue orders the waiting requests by priority;
//! across processes (the window and a cron `giftdesk sync`) the window's state lives in a [`SharedWindows`]
//! (the store), claimed atomically per request and refreshed from the provider's rate-limit headers, so a
//! second process starts from what the first learnt. Lower priorities also leave a reserve of the window
//! untouched, so a purchase finds room even when another process is syncing.

use std::collections::BTreeSet;
use std::fmt::Debug;
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;
use reqwest::header::HeaderMap;
use tokio::sync::Notify;

use super::Provider;
use crate::clock::now_ms;
use crate::error::{Error, Result};

/// Who is asking: lower goes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// Creating, paying, and the reads a checkout or a payment depends on.
    Money = 0,
    /// Following purchases: invoice and order reads, unsealing codes.
    Tracking = 1,
    /// Catalog pages and brand lists.
    Catalog = 2,
}

impl Priority {
    /// How much of a window of `limit` this priority leaves for the ones above it. A catalog request may cost
    /// more than one (a page of 50 products, where products are what a window counts): it leaves that much
    /// more, at most a tenth of the window.
    fn reserve(self, limit: u32, catalog_cost: u32) -> u32 {
        match self {
            Priority::Money => 0,
            Priority::Tracking => (limit / 20).max(1),
            Priority::Catalog => (limit / 10).max(2) + catalog_cost.min(limit / 10).saturating_sub(1),
        }
    }

    /// How long a request of this priority may wait for the window before it gives up and says why: the
    /// reseller is waiting on a purchase, and a sync can continue in the next window; a tracker just waits.
    pub fn patience(self) -> Option<Duration> {
        match self {
            Priority::Money => Some(MONEY_PATIENCE),
            Priority::Tracking => None,
            Priority::Catalog => Some(CATALOG_PATIENCE),
        }
    }
}

/// A documented limit: `requests` per `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub requests: u32,
    pub window: Duration,
}

impl Limit {
    pub const fn per(requests: u32, window: Duration) -> Self {
        Self { requests, window }
    }

    fn spacing(self) -> Duration {
        self.window / self.requests.max(1)
    }
}

/// What a claim on a shared window decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// Counted: send now.
    Go,
    /// Not yet: ask again after this long.
    Wait(Duration),
}

/// A claim on one window: who asks, the spacing to keep after it.
#[derive(Debug, Clone, Copy)]
pub struct ClaimRequest<'a> {
    pub key: &'a str,
    pub now_ms: u64,
    pub priority: Priority,
    /// The documented limit, until the provider's headers say what the window holds.
    pub documented_limit: u32,
    /// What one catalog request may count for (a page of products).
    pub catalog_cost: u32,
    /// Spacing while the window's state is unknown (the documented rate).
    pub unknown_spacing_ms: u64,
    /// Spacing while it is known and has room: never a burst of parallel requests.
    pub known_spacing_ms: u64,
}

/// Where the windows live so every process of an account sees them: the store implements it.
pub trait SharedWindows: Send + Sync + Debug {
    fn claim<'a>(&'a self, request: ClaimRequest<'a>) -> BoxFuture<'a, Result<Claim>>;
    /// What an answer's headers said of the window.
    fn observe<'a>(&'a self, key: &'a str, seen: Seen) -> BoxFuture<'a, Result<()>>;
}

/// A window as an answer's rate-limit headers describe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    pub remaining: u32,
    /// What the window holds (`X-RateLimit-Limit`), when said.
    pub limit: Option<u32>,
    pub reset_at_ms: u64,
}

/// Windows kept in this process alone: for a client with no store (benchmarks, one-off probes).
#[derive(Debug, Default)]
pub struct LocalWindows {
    windows: std::sync::Mutex<std::collections::HashMap<String, WindowState>>,
}

/// One window's state, as the store keeps it too.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WindowState {
    pub remaining: Option<u32>,
    pub limit: Option<u32>,
    pub reset_at_ms: Option<u64>,
    pub next_slot_ms: u64,
}

/// A little slack after a reset: the server's clock and ours never agree to the millisecond.
const RESET_MARGIN_MS: u64 = 250;
/// Requests that may go at once while a window's state is unknown.
const BURST: u64 = 4;
/// Longer than any per-minute window's wait, shorter than an hourly one's.
pub const CATALOG_PATIENCE: Duration = Duration::from_secs(90);
/// A purchase waits out a per-minute window, not an hourly one.
const MONEY_PATIENCE: Duration = Duration::from_secs(75);

impl WindowState {
    /// The rule both the store and [`LocalWindows`] apply, inside whatever makes it atomic for them.
    pub fn claim(&mut self, request: &ClaimRequest<'_>) -> Claim {
        let now = request.now_ms;
        match (self.remaining, self.reset_at_ms) {
            (Some(left), Some(reset)) if reset > now => {
                let limit = self.limit.unwrap_or(request.documented_limit);
                if left <= request.priority.reserve(limit, request.catalog_cost) {
                    return Claim::Wait(Duration::from_millis(reset - now + RESET_MARGIN_MS));
                }
            }
            // The window has reset (or never said when it would): its count is unknown again.
            _ => {
                self.remaining = None;
                self.limit = None;
                self.reset_at_ms = None;
            }
        }
        // A generic cell rate: requests keep their spacing on average, and up to `BURST` may go at once
        // (a documented "60 per 10 minutes" allows that much), but never more.
        let (spacing, tolerance) = if self.remaining.is_some() {
            (request.known_spacing_ms, 0)
        } else {
            (request.unknown_spacing_ms, request.unknown_spacing_ms * (BURST - 1))
        };
        let due = self.next_slot_ms.max(now);
        if due - now > tolerance {
            return Claim::Wait(Duration::from_millis(due - now - tolerance));
        }
        self.remaining = self.remaining.map(|r| r.saturating_sub(1));
        self.next_slot_ms = due + spacing;
        Claim::Go
    }

    pub fn observe(&mut self, seen: Seen, now_ms: u64) {
        // The window is known now: what was spaced for an unknown one no longer holds anyone back.
        self.next_slot_ms = self.next_slot_ms.min(now_ms);
        // Requests counted since the answer left are already subtracted; take the lower of the two.
        self.remaining = Some(match (self.remaining, self.reset_at_ms) {
            (Some(mine), Some(reset)) if reset == seen.reset_at_ms => mine.min(seen.remaining),
            _ => seen.remaining,
        });
        self.limit = seen.limit.or(self.limit);
        self.reset_at_ms = Some(seen.reset_at_ms);
    }
}

impl SharedWindows for LocalWindows {
    fn claim<'a>(&'a self, request: ClaimRequest<'a>) -> BoxFuture<'a, Result<Claim>> {
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let claim = windows.entry(request.key.to_owned()).or_default().claim(&request);
        Box::pin(async move { Ok(claim) })
    }

    fn observe<'a>(&'a self, key: &'a str, seen: Seen) -> BoxFuture<'a, Result<()>> {
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        windows.entry(key.to_owned()).or_default().observe(seen, now_ms());
        Box::pin(async { Ok(()) })
    }
}

/// The waiting requests of this process, in priority order then arrival order.
#[derive(Debug, Default)]
struct Queue {
    waiting: BTreeSet<(Priority, u64)>,
    next_ticket: u64,
}

/// One limited group of endpoints of one account (Bitrefill's products, or everything else).
#[derive(Debug)]
pub struct Bucket {
    provider: Provider,
    key: String,
    limit: Limit,
    /// What one catalog request may count for in the provider's window.
    catalog_cost: u32,
    /// The least time between two requests even while the window has room.
    min_gap: Duration,
    windows: Arc<dyn SharedWindows>,
    /// Held only to look or to change, never across an await.
    queue: std::sync::Mutex<Queue>,
    turn: Notify,
}

/// A place in the queue, given up however the wait ends: sent, failed, or dropped by a caller that stopped
/// waiting (a timeout, a closed window). A place left behind would hold everyone after it forever.
struct Place<'a> {
    bucket: &'a Bucket,
    ticket: (Priority, u64),
}

impl Drop for Place<'_> {
    fn drop(&mut self) {
        self.bucket.queue().waiting.remove(&self.ticket);
        // Whoever is next gets to look.
        self.bucket.turn.notify_waiters();
    }
}

impl Bucket {
    pub fn new(
        provider: Provider,
        key: String,
        limit: Limit,
        min_gap: Duration,
        windows: Arc<dyn SharedWindows>,
    ) -> Self {
        Self {
            provider,
            key,
            limit,
            catalog_cost: 1,
            min_gap,
            windows,
            queue: Default::default(),
            turn: Notify::new(),
        }
    }

    /// A bucket whose catalog requests are pages of `page` products: under a limit that counts products,
    /// each counts that much.
    pub fn with_catalog_pages_of(mut self, page: u32) -> Self {
        self.catalog_cost = page.max(1);
        self
    }

    fn queue(&self) -> std::sync::MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Waits for this request's turn and a slot in the account's window, and counts it as sent. A request
    /// that would wait longer than its priority's patience (an hourly allowance spent) sends nothing and says
    /// so: a sync then keeps what it has and continues in the next window, a purchase is not sent.
    pub async fn ready(&self, priority: Priority) -> Result<()> {
        let place = {
            let mut queue = self.queue();
            queue.next_ticket += 1;
            let ticket = (priority, queue.next_ticket);
            queue.waiting.insert(ticket);
            Place { bucket: self, ticket }
        };
        loop {
            let notified = self.turn.notified();
            let first = self.queue().waiting.first() == Some(&place.ticket);
            if !first {
                // Someone ahead is sending or waiting on the window; look again when they are done (or soon,
                // should a wake-up be missed).
                let _ = tokio::time::timeout(Duration::from_millis(200), notified).await;
                continue;
            }
            let request = ClaimRequest {
                key: &self.key,
                now_ms: now_ms(),
                priority,
                documented_limit: self.limit.requests,
                catalog_cost: self.catalog_cost,
                unknown_spacing_ms: self.limit.spacing().as_millis() as u64,
                known_spacing_ms: self.min_gap.as_millis() as u64,
            };
            match self.windows.claim(request).await? {
                Claim::Go => return Ok(()),
                Claim::Wait(wait) if priority.patience().is_some_and(|patience| wait > patience) => {
                    return Err(Error::RateBudget { provider: self.provider, wait_secs: wait.as_secs() });
                }
                // A request of a higher priority arriving meanwhile takes the turn.
                Claim::Wait(wait) => {
                    let _ = tokio::time::timeout(wait.min(Duration::from_secs(1)), notified).await;
                }
            }
        }
    }

    /// Learns the window from an answer's `X-RateLimit-*` (or older `ratelimit-*`) headers.
    pub async fn observe(&self, headers: &HeaderMap) {
        let Some(remaining) = header_u64(headers, &["x-ratelimit-remaining", "ratelimit-remaining"]) else {
            return;
        };
        let reset_at_ms =
            reset_at_ms(headers).unwrap_or_else(|| now_ms() + self.limit.window.as_millis() as u64);
        let seen = Seen {
            remaining: u32::try_from(remaining).unwrap_or(u32::MAX),
            limit: header_u64(headers, &["x-ratelimit-limit", "ratelimit-limit"])
                .and_then(|l| u32::try_from(l).ok()),
            reset_at_ms,
        };
        if let Err(error) = self.windows.observe(&self.key, seen).await {
            tracing::warn!(%error, bucket = %self.key, "could not keep the rate-limit window");
        }
        // A window that has room again may let a waiting request go.
        self.turn.notify_waiters();
    }
}

fn header_u64(headers: &HeaderMap, names: &[&str]) -> Option<u64> {
    names.iter().find_map(|name| headers.get(*name)?.to_str().ok()?.trim().parse().ok())
}

/// `X-RateLimit-Reset` is a Unix time; the older `ratelimit-reset` counts seconds from now.
fn reset_at_ms(headers: &HeaderMap) -> Option<u64> {
    if let Some(unix) = header_u64(headers, &["x-ratelimit-reset"]) {
        return Some(unix.saturating_mul(1000));
    }
    header_u64(headers, &["ratelimit-reset"]).map(|secs| now_ms() + secs * 1000)
}

/// How long a 429 asks to wait: `Retry-After` in seconds, else until the window's reset, else one second.
pub fn retry_after(headers: &HeaderMap) -> Duration {
    if let Some(secs) = header_u64(headers, &["retry-after"]) {
        return Duration::from_secs(secs);
    }
    reset_at_ms(headers)
        .map(|reset| Duration::from_millis(reset.saturating_sub(now_ms())))
        .filter(|wait| !wait.is_zero())
        .unwrap_or(Duration::from_secs(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;
    use std::time::Instant;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    fn bucket(limit: Limit) -> Bucket {
        Bucket::new(
            Provider::Bitrefill,
            "test".into(),
            limit,
            Duration::ZERO,
            Arc::new(LocalWindows::default()),
        )
    }

    #[tokio::test]
    async fn goes_at_once_while_requests_remain_then_waits_for_the_reset() {
        let bucket = bucket(Limit::per(60, Duration::from_secs(60)));
        bucket.observe(&headers(&[("ratelimit-remaining", "1"), ("ratelimit-reset", "1")])).await;
        let started = Instant::now();
        bucket.ready(Priority::Money).await.unwrap();
        assert!(started.elapsed() < Duration::from_millis(50), "one request remained");
        bucket.ready(Priority::Money).await.unwrap();
        assert!(
            started.elapsed() >= Duration::from_millis(900),
            "waited for the reset: {:?}",
            started.elapsed()
        );
    }

    #[tokio::test]
    async fn without_headers_a_few_go_at_once_then_the_documented_spacing_holds() {
        let bucket = bucket(Limit::per(20, Duration::from_secs(1)));
        let started = Instant::now();
        for _ in 0..BURST {
            bucket.ready(Priority::Money).await.unwrap();
        }
        assert!(started.elapsed() < Duration::from_millis(40), "a burst of {BURST}: {:?}", started.elapsed());
        for _ in 0..3 {
            bucket.ready(Priority::Money).await.unwrap();
        }
        assert!(started.elapsed() >= Duration::from_millis(140), "then 50 ms apart: {:?}", started.elapsed());
    }

    #[tokio::test]
    async fn catalog_pages_leave_a_reserve_for_a_purchase() {
        let minute = bucket(Limit::per(8, Duration::from_secs(60)));
        minute.observe(&headers(&[("ratelimit-remaining", "3"), ("ratelimit-reset", "30")])).await;
        // The catalog may use what is above its reserve of 2, then must wait for the reset, ~30 s.
        let quick = Duration::from_millis(200);
        assert!(tokio::time::timeout(quick, minute.ready(Priority::Catalog)).await.is_ok());
        assert!(tokio::time::timeout(quick, minute.ready(Priority::Catalog)).await.is_err(), "held back");
        // An hourly allowance spent: a catalog request gives up at once rather than wait an hour.
        let hourly = bucket(Limit::per(1000, Duration::from_secs(3600)));
        hourly.observe(&headers(&[("ratelimit-remaining", "0"), ("ratelimit-reset", "1800")])).await;
        let spent = tokio::time::timeout(quick, hourly.ready(Priority::Catalog)).await.unwrap();
        assert!(matches!(spent, Err(Error::RateBudget { wait_secs: 1799..=1800, .. })), "{spent:?}");
        // The reserve is there for a purchase, and the page that gave up waiting holds nobody back.
        assert!(tokio::time::timeout(quick, minute.ready(Priority::Money)).await.is_ok());
        assert!(tokio::time::timeout(quick, minute.ready(Priority::Money)).await.is_ok());
    }

    #[tokio::test]
    async fn a_purchase_overtakes_queued_catalog_pages() {
        let bucket = Arc::new(bucket(Limit::per(10, Duration::from_secs(1))));
        let order = Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for i in 0..8 {
            let (bucket, order) = (bucket.clone(), order.clone());
            tasks.push(tokio::spawn(async move {
                bucket.ready(Priority::Catalog).await.unwrap();
                order.lock().unwrap().push(format!("page {i}"));
            }));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        let (b, o) = (bucket.clone(), order.clone());
        tasks.push(tokio::spawn(async move {
            b.ready(Priority::Money).await.unwrap();
            o.lock().unwrap().push("purchase".into());
        }));
        for task in tasks {
            task.await.unwrap();
        }
        let order = order.lock().unwrap();
        let at = order.iter().position(|o| o == "purchase").unwrap();
        // The first pages went at once (the burst an unknown window allows); the purchase goes next.
        assert!(at <= BURST as usize + 1, "the purchase went after {at} pages: {order:?}");
        assert!(at < 7, "{order:?}");
    }

    #[test]
    fn retry_after_prefers_the_header() {
        assert_eq!(retry_after(&headers(&[("retry-after", "3")])), Duration::from_secs(3));
        assert_eq!(retry_after(&HeaderMap::new()), Duration::from_secs(1));
    }
}
