//! How long the window took to show the catalog: logged once, so a slow start is visible in a user's log and
//! the window benchmark (`benches/window.rs`) can time a launch to the same moment. The page's own marks say
//! where the time went (ms since its navigation began): its script, the first answers, the frames drawn.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

#[derive(Debug)]
pub struct Startup {
    launched: Instant,
    reported: AtomicBool,
}

impl Startup {
    pub fn now() -> Self {
        Self { launched: Instant::now(), reported: AtomicBool::new(false) }
    }

    /// A step of the start on the launch's clock, at debug level: with the page's marks it shows whether a
    /// slow start was the core's set-up, the web process, or the page.
    pub fn note(&self, step: &str) {
        tracing::debug!(
            ms = u64::try_from(self.launched.elapsed().as_millis()).unwrap_or(u64::MAX),
            step,
            "start-up"
        );
    }

    /// The first call logs; a reload of the page (or a second window) does not count as a start.
    pub fn painted(&self, marks: &HashMap<String, f64>) {
        if self.reported.swap(true, Ordering::SeqCst) {
            return;
        }
        let ms = u64::try_from(self.launched.elapsed().as_millis()).unwrap_or(u64::MAX);
        let mut marks: Vec<(&str, f64)> =
            marks.iter().filter(|(_, at)| at.is_finite()).map(|(name, at)| (name.as_str(), *at)).collect();
        marks.sort_by(|a, b| a.1.total_cmp(&b.1));
        // The moment the page began, on the launch's clock: the drawn mark is now.
        let page_at = marks
            .iter()
            .find(|(name, _)| *name == "drawn")
            .map_or(0, |(_, drawn)| ms.saturating_sub(drawn.round() as u64));
        let page: Vec<String> = marks.iter().map(|(name, at)| format!("{name}={at:.0}")).collect();
        tracing::info!(ms, page_at, page = %page.join(" "), "window painted");
    }
}
