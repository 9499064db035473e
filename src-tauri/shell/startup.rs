//! How long the window took to show the catalog: logged once, so a slow start is visible in a user's log and
//! the window benchmark (`benches/window.rs`) can time a launch to the same moment.

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

    /// The first call logs; a reload of the page (or a second window) does not count as a start.
    pub fn painted(&self) {
        if !self.reported.swap(true, Ordering::SeqCst) {
            let ms = u64::try_from(self.launched.elapsed().as_millis()).unwrap_or(u64::MAX);
            tracing::info!(ms, "window painted");
        }
    }
}
