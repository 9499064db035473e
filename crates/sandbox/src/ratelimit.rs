//! Rate limits per account, in fixed windows, with the headers each provider sends. Bitrefill: its
//! documented limits per endpoint group, keyed by the Authorization header, so every client and process of
//! one account draws on one budget as live. Cryptorefills (live dialect only): about 120 requests a minute
//! per partner ID. Periods divide by `scale` so tests can exercise the limits in seconds instead of minutes.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::Dialect;
use crate::clock::now_ms;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    Ping,
    Products,
    Other,
    /// Every Cryptorefills API request.
    Cryptorefills,
}

/// What a window counts. Whether Bitrefill's "1000 product requests per hour" counts requests or products
/// is undocumented: the docs dialect counts requests, the live one every product a page returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Requests,
    Products,
}

impl Group {
    pub fn of(path: &str) -> Self {
        if path.ends_with("/ping") {
            Group::Ping
        } else if path.contains("/products") {
            Group::Products
        } else {
            Group::Other
        }
    }

    /// (allowance, seconds, what is counted) per window.
    fn windows(self, dialect: Dialect) -> Vec<(u32, u64, Unit)> {
        match self {
            Group::Ping => vec![(1, 3, Unit::Requests)],
            Group::Products => {
                let hourly = if dialect.is_live() { Unit::Products } else { Unit::Requests };
                vec![(60, 60, Unit::Requests), (1000, 3600, hourly)]
            }
            Group::Other => vec![(60, 600, Unit::Requests)],
            Group::Cryptorefills => vec![(120, 60, Unit::Requests)],
        }
    }
}

#[derive(Debug)]
struct Window {
    limit: u32,
    period: Duration,
    started: Instant,
    used: u32,
    unit: Unit,
}

/// What the headers should say after a request is counted, or how long to wait when it is refused.
#[derive(Debug, Clone, Copy)]
pub struct Verdict {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    pub reset_in: Duration,
}

impl Verdict {
    /// Bitrefill's headers: both the `X-RateLimit-*` family and the older `ratelimit-*` one.
    pub fn headers(&self) -> Vec<(&'static str, String)> {
        let mut headers = self.x_headers();
        let reset_secs = self.reset_in.as_secs_f64().ceil() as u64;
        headers.insert(3, ("ratelimit-remaining", self.remaining.to_string()));
        headers.insert(4, ("ratelimit-reset", reset_secs.to_string()));
        headers
    }

    /// `X-RateLimit-Limit/Remaining/Reset` (Unix time), and `Retry-After` (seconds) when refused.
    pub fn x_headers(&self) -> Vec<(&'static str, String)> {
        let reset_secs = self.reset_in.as_secs_f64().ceil() as u64;
        let mut headers = vec![
            ("x-ratelimit-limit", self.limit.to_string()),
            ("x-ratelimit-remaining", self.remaining.to_string()),
            ("x-ratelimit-reset", ((now_ms() + self.reset_in.as_millis() as u64).div_ceil(1000)).to_string()),
        ];
        if !self.allowed {
            headers.push(("retry-after", reset_secs.max(1).to_string()));
        }
        headers
    }
}

#[derive(Debug)]
pub struct RateLimiter {
    scale: f64,
    dialect: Dialect,
    /// By (account, group): the account is the Authorization header or the partner ID.
    windows: HashMap<(String, Group), Vec<Window>>,
}

impl RateLimiter {
    /// `scale` 0 switches the limits off.
    pub fn new(scale: f64, dialect: Dialect) -> Self {
        Self { scale, dialect, windows: HashMap::new() }
    }

    fn windows_of(&mut self, account: &str, group: Group, now: Instant) -> &mut Vec<Window> {
        let (scale, dialect) = (self.scale, self.dialect);
        let windows = self.windows.entry((account.to_owned(), group)).or_insert_with(|| {
            group
                .windows(dialect)
                .into_iter()
                .map(|(limit, secs, unit)| Window {
                    limit,
                    period: Duration::from_secs_f64(secs as f64 / scale),
                    started: now,
                    used: 0,
                    unit,
                })
                .collect()
        });
        for window in windows.iter_mut() {
            if now.duration_since(window.started) >= window.period {
                window.started = now;
                window.used = 0;
            }
        }
        windows
    }

    /// Counts a request against `account`'s windows for `group`, or refuses it when any window is spent.
    pub fn check(&mut self, account: &str, group: Group) -> Option<Verdict> {
        if self.scale <= 0.0 {
            return None;
        }
        let now = Instant::now();
        let windows = self.windows_of(account, group, now);
        let allowed = windows.iter().all(|w| w.used < w.limit);
        if allowed {
            windows.iter_mut().filter(|w| w.unit == Unit::Requests).for_each(|w| w.used += 1);
        }
        Some(verdict(windows, allowed, now))
    }

    /// Counts the products an answer returned against the windows that count products (live only).
    pub fn record_products(&mut self, account: &str, group: Group, products: u32) -> Option<Verdict> {
        if self.scale <= 0.0 {
            return None;
        }
        let now = Instant::now();
        let windows = self.windows_of(account, group, now);
        windows
            .iter_mut()
            .filter(|w| w.unit == Unit::Products)
            .for_each(|w| w.used = w.used.saturating_add(products));
        Some(verdict(windows, true, now))
    }
}

fn verdict(windows: &[Window], allowed: bool, now: Instant) -> Verdict {
    // Report the tightest window: the one with the fewest left, then the longest wait.
    let tightest = windows
        .iter()
        .min_by_key(|w| (w.limit.saturating_sub(w.used), std::cmp::Reverse(w.period)))
        .expect("every group has a window");
    let left = |w: &Window| w.period.saturating_sub(now.duration_since(w.started));
    let blocking = windows.iter().filter(|w| w.used >= w.limit).map(left).max();
    Verdict {
        allowed,
        limit: tightest.limit,
        remaining: tightest.limit.saturating_sub(tightest.used),
        reset_in: if allowed { left(tightest) } else { blocking.unwrap_or_else(|| left(tightest)) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_then_refuses_until_the_window_resets() {
        let mut limiter = RateLimiter::new(1.0, Dialect::Docs);
        for expected in (0..60).rev() {
            let verdict = limiter.check("a", Group::Products).unwrap();
            assert!(verdict.allowed);
            assert_eq!(verdict.remaining, expected);
        }
        let refused = limiter.check("a", Group::Products).unwrap();
        assert!(!refused.allowed);
        assert!(refused.headers().iter().any(|(name, _)| *name == "retry-after"));
        assert!(limiter.check("a", Group::Ping).unwrap().allowed);
        assert!(!limiter.check("a", Group::Ping).unwrap().allowed);
    }

    #[test]
    fn accounts_have_their_own_windows_and_live_counts_products() {
        let mut limiter = RateLimiter::new(1.0, Dialect::Live);
        assert!(limiter.check("a", Group::Ping).unwrap().allowed);
        assert!(limiter.check("b", Group::Ping).unwrap().allowed, "another account, another budget");
        assert!(!limiter.check("a", Group::Ping).unwrap().allowed);
        for _ in 0..20 {
            assert!(limiter.check("a", Group::Products).unwrap().allowed);
            limiter.record_products("a", Group::Products, 50);
        }
        let spent = limiter.check("a", Group::Products).unwrap();
        assert!(!spent.allowed, "1,000 products in 20 pages spend the hour");
        assert_eq!((spent.limit, spent.remaining), (1000, 0));
    }

    #[test]
    fn scale_zero_disables_limits() {
        assert!(RateLimiter::new(0.0, Dialect::Live).check("a", Group::Other).is_none());
    }
}
