//! Following under a lease, or watching: the process holding a purchase's lease reads the provider; any
//! other process on the same data folder (the window while a headless `track` runs, or the other way round)
//! reads the store instead, where the holder records every change, and tells its own sink the same events.
//! When the holder's process ends, a watcher takes the lease and follows from there.

use std::time::Duration;

use tokio::sync::Notify;

use super::{Sink, TrackEvent, Tracking};
use crate::checkout::Purchase;
use crate::error::Result;

/// How often a watcher reads the store: local and cheap, so changes show within a second.
const WATCH_EVERY: Duration = Duration::from_secs(1);

impl Tracking {
    pub(super) async fn follow_or_watch(&self, id: &str, bell: &Notify, sink: &Sink) -> Result<Purchase> {
        loop {
            if let Some(_lease) = self.leases.take(id).await {
                return self.follow_claimed(id, bell, sink).await;
            }
            if let Some(purchase) = self.watch(id, sink).await? {
                return Ok(purchase);
            }
        }
    }

    /// The purchase once final; `None` when the holder is gone (its process ended) and this process may take
    /// the lease. Every change the holder recorded reaches the sink, up to the moment of taking over.
    async fn watch(&self, id: &str, sink: &Sink) -> Result<Option<Purchase>> {
        tracing::info!(purchase = %id, "another process follows this purchase; watching its progress");
        let mut seen = self.checkout.purchase(id).await?;
        let mut codes = self.vault.delivered_items(id).await?.len();
        loop {
            if seen.state.is_final() {
                return Ok(Some(seen));
            }
            tokio::time::sleep(WATCH_EVERY).await;
            // Asked before reading, so what the holder recorded before it let go is read below.
            let free = self.leases.take(id).await.is_some();
            let now = self.checkout.purchase(id).await?;
            let items = self.vault.delivered_items(id).await?;
            if items.len() > codes {
                let (brand, value) = items.last().cloned().unwrap_or_default();
                let count = u32::try_from(items.len() - codes).unwrap_or(u32::MAX);
                sink(TrackEvent::CodesArrived { purchase: now.clone(), brand, value, count });
                codes = items.len();
            }
            if (now.state, &now.provider_state, &now.provider_ref)
                != (seen.state, &seen.provider_state, &seen.provider_ref)
            {
                sink(TrackEvent::Changed { purchase: now.clone() });
            }
            seen = now;
            if free && !seen.state.is_final() {
                return Ok(None);
            }
        }
    }
}
