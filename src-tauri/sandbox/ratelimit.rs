//! Bitrefill's documented rate limits, in fixed windows, with both header families it sends.
//! Periods divide by `scale` so tests can exercise the limits in seconds instead of minutes.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::clock::now_ms;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    Ping,
    Products,
    Other,
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

    /// (requests, seconds) per window, as documented.
    fn windows(self) -> &'static [(u32, u64)] {
        match self {
            Group::Ping => &[(1, 3)],
            Group::Products => &[(60, 60), (1000, 3600)],
            Group::Other => &[(60, 600)],
        }
    }
}

#[derive(Debug)]
struct Window {
    limit: u32,
    period: Duration,
    started: Instant,
    used: u32,
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
    pub fn headers(&self) -> Vec<(&'static str, String)> {
        let reset_secs = self.reset_in.as_secs_f64().ceil() as u64;
        let mut headers = vec![
            ("x-ratelimit-limit", self.limit.to_string()),
            ("x-ratelimit-remaining", self.remaining.to_string()),
            ("x-ratelimit-reset", ((now_ms() + self.reset_in.as_millis() as u64).div_ceil(1000)).to_string()),
            ("ratelimit-remaining", self.remaining.to_string()),
            ("ratelimit-reset", reset_secs.to_string()),
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
    windows: HashMap<Group, Vec<Window>>,
}

impl RateLimiter {
    /// `scale` 0 switches the limits off.
    pub fn new(scale: f64) -> Self {
        Self { scale, windows: HashMap::new() }
    }

    pub fn check(&mut self, group: Group) -> Option<Verdict> {
        if self.scale <= 0.0 {
            return None;
        }
        let now = Instant::now();
        let scale = self.scale;
        let windows = self.windows.entry(group).or_insert_with(|| {
            group
                .windows()
                .iter()
                .map(|&(limit, secs)| Window {
                    limit,
                    period: Duration::from_secs_f64(secs as f64 / scale),
                    started: now,
                    used: 0,
                })
                .collect()
        });
        for window in windows.iter_mut() {
            if now.duration_since(window.started) >= window.period {
                window.started = now;
                window.used = 0;
            }
        }
        let allowed = windows.iter().all(|w| w.used < w.limit);
        if allowed {
            windows.iter_mut().for_each(|w| w.used += 1);
        }
        // Report the tightest window: the one with the fewest requests left, then the longest wait.
        let tightest = windows
            .iter()
            .min_by_key(|w| (w.limit.saturating_sub(w.used), std::cmp::Reverse(w.period)))
            .expect("every group has a window");
        let blocking = windows
            .iter()
            .filter(|w| w.used >= w.limit)
            .map(|w| w.period - now.duration_since(w.started))
            .max();
        Some(Verdict {
            allowed,
            limit: tightest.limit,
            remaining: tightest.limit.saturating_sub(tightest.used),
            reset_in: blocking.unwrap_or_else(|| tightest.period - now.duration_since(tightest.started)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_then_refuses_until_the_window_resets() {
        let mut limiter = RateLimiter::new(1.0);
        for expected in (0..60).rev() {
            let verdict = limiter.check(Group::Products).unwrap();
            assert!(verdict.allowed);
            assert_eq!(verdict.remaining, expected);
        }
        let refused = limiter.check(Group::Products).unwrap();
        assert!(!refused.allowed);
        assert!(refused.headers().iter().any(|(name, _)| *name == "retry-after"));
        assert!(limiter.check(Group::Ping).unwrap().allowed);
        assert!(!limiter.check(Group::Ping).unwrap().allowed);
    }

    #[test]
    fn scale_zero_disables_limits() {
        assert!(RateLimiter::new(0.0).check(Group::Other).is_none());
    }
}
