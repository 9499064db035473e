//! Pacing under a provider's rate limits, so a correct client is never throttled.
//!
//! While the provider's headers say requests remain in the window, requests go at once; when none remain,
//! the pacer waits for the window's reset. Before any header has been seen (or for a provider that sends
//! none) it spaces requests evenly under the documented limit.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;
use tokio::sync::Mutex;

/// A documented limit: `requests` per `window`.
#[derive(Debug, Clone, Copy)]
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

#[derive(Debug)]
struct State {
    /// What the last answer said remains, minus what was sent since.
    remaining: Option<u32>,
    reset_at: Option<Instant>,
    last_sent: Option<Instant>,
}

#[derive(Debug)]
pub struct Pacer {
    limit: Option<Limit>,
    state: Mutex<State>,
}

/// A little slack after a reset: the server's clock and ours never agree to the millisecond.
const RESET_MARGIN: Duration = Duration::from_millis(50);

impl Pacer {
    pub fn new(limit: Option<Limit>) -> Self {
        Self { limit, state: Mutex::new(State { remaining: None, reset_at: None, last_sent: None }) }
    }

    /// Waits until a request may be sent, and counts it as sent.
    pub async fn ready(&self) {
        let mut state = self.state.lock().await;
        let now = Instant::now();
        let wait = match (state.remaining, state.reset_at) {
            (Some(0), Some(reset)) if reset > now => reset - now + RESET_MARGIN,
            (Some(0), _) | (None, _) => match (self.limit, state.last_sent) {
                (Some(limit), Some(last)) => (last + limit.spacing()).saturating_duration_since(now),
                _ => Duration::ZERO,
            },
            (Some(_), _) => Duration::ZERO,
        };
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        if let (Some(0), Some(reset)) = (state.remaining, state.reset_at) {
            if Instant::now() >= reset {
                // A new window has begun; the next answer will say how much of it is left.
                state.remaining = None;
            }
        }
        state.remaining = state.remaining.map(|r| r.saturating_sub(1));
        state.last_sent = Some(Instant::now());
    }

    /// Learns the window from an answer's `X-RateLimit-*` (or older `ratelimit-*`) headers.
    pub async fn observe(&self, headers: &HeaderMap) {
        let Some(remaining) = header_u64(headers, &["x-ratelimit-remaining", "ratelimit-remaining"]) else {
            return;
        };
        let mut state = self.state.lock().await;
        state.remaining = Some(u32::try_from(remaining).unwrap_or(u32::MAX));
        state.reset_at = reset_instant(headers);
    }
}

fn header_u64(headers: &HeaderMap, names: &[&str]) -> Option<u64> {
    names.iter().find_map(|name| headers.get(*name)?.to_str().ok()?.trim().parse().ok())
}

/// `X-RateLimit-Reset` is a Unix time; the older `ratelimit-reset` counts seconds from now.
fn reset_instant(headers: &HeaderMap) -> Option<Instant> {
    if let Some(unix) = header_u64(headers, &["x-ratelimit-reset"]) {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs_f64();
        return Some(Instant::now() + Duration::from_secs_f64((unix as f64 - now).max(0.0)));
    }
    header_u64(headers, &["ratelimit-reset"]).map(|secs| Instant::now() + Duration::from_secs(secs))
}

/// How long a 429 asks to wait: `Retry-After` in seconds, else until the window's reset, else one second.
pub fn retry_after(headers: &HeaderMap) -> Duration {
    if let Some(secs) = header_u64(headers, &["retry-after"]) {
        return Duration::from_secs(secs);
    }
    reset_instant(headers)
        .map(|reset| reset.saturating_duration_since(Instant::now()))
        .filter(|wait| !wait.is_zero())
        .unwrap_or(Duration::from_secs(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[tokio::test]
    async fn goes_at_once_while_requests_remain_then_waits_for_the_reset() {
        let pacer = Pacer::new(Some(Limit::per(60, Duration::from_secs(60))));
        pacer.observe(&headers(&[("ratelimit-remaining", "1"), ("ratelimit-reset", "1")])).await;
        let started = Instant::now();
        pacer.ready().await;
        assert!(started.elapsed() < Duration::from_millis(20), "one request remained");
        pacer.ready().await;
        assert!(
            started.elapsed() >= Duration::from_millis(900),
            "waited for the reset: {:?}",
            started.elapsed()
        );
    }

    #[tokio::test]
    async fn without_headers_it_spaces_requests_under_the_documented_limit() {
        let pacer = Pacer::new(Some(Limit::per(20, Duration::from_secs(1))));
        let started = Instant::now();
        for _ in 0..4 {
            pacer.ready().await;
        }
        assert!(started.elapsed() >= Duration::from_millis(150), "{:?}", started.elapsed());
    }

    #[test]
    fn retry_after_prefers_the_header() {
        assert_eq!(retry_after(&headers(&[("retry-after", "3")])), Duration::from_secs(3));
        assert_eq!(retry_after(&HeaderMap::new()), Duration::from_secs(1));
    }
}
