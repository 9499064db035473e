//! Following purchases to their end: Cryptorefills over its event stream (polling when the stream is down),
//! Bitrefill by polling with an adaptive interval. Each change is recorded, codes go to the vault, and the
//! caller hears about it through a [`Sink`] (the window turns that into app events and notifications, the
//! `track` verb into lines).

mod bitrefill;
mod cryptorefills;
mod lease;
pub mod notice;
pub mod sse;
mod team_book;
mod watch;
mod webhook;

pub use self::webhook::WebhookListener;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::Notify;
use ts_rs::TS;

use crate::accounts::Accounts;
use crate::checkout::{Checkout, Purchase, PurchaseState};
use crate::error::Result;
use crate::providers::Provider;
use crate::settings::SettingsFile;
use crate::store::Store;
use crate::vault::Vault;

/// How often a purchase whose answer was lost is looked up while it stays unknown.
const LOOK_UP_AGAIN: Duration = Duration::from_secs(15);

/// What a tracker reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TrackEvent {
    /// The purchase moved (its state, or the provider's own word).
    Changed { purchase: Purchase },
    /// New codes are in the vault: what they are, never the codes.
    CodesArrived { purchase: Purchase, brand: String, value: String, count: u32 },
}

pub type Sink = Arc<dyn Fn(TrackEvent) + Send + Sync>;

/// Follows purchases: reads the providers, records each change through checkout's ledger, and puts the
/// codes in the vault.
#[derive(Debug, Clone)]
pub struct Tracking {
    store: Store,
    accounts: Accounts,
    checkout: Checkout,
    vault: Vault,
    settings: SettingsFile,
    trackers: Trackers,
    /// One tracker per purchase across processes.
    leases: lease::Leases,
}

/// The purchases being followed in this process, so that each has exactly one tracker, with the bell that
/// wakes it (a webhook) to read again at once.
#[derive(Debug, Clone, Default)]
pub struct Trackers {
    running: Arc<Mutex<HashMap<String, Arc<Notify>>>>,
}

impl Trackers {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Notify>>> {
        self.running.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The new tracker's bell, or `None` when the purchase is already followed.
    fn claim(&self, id: &str) -> Option<Arc<Notify>> {
        let mut running = self.lock();
        if running.contains_key(id) {
            return None;
        }
        let bell = Arc::new(Notify::new());
        running.insert(id.to_owned(), bell.clone());
        Some(bell)
    }

    fn release(&self, id: &str) {
        self.lock().remove(id);
    }

    pub fn count(&self) -> usize {
        self.lock().len()
    }

    /// Makes the purchase's tracker read again now; false when nothing follows it.
    pub fn wake(&self, id: &str) -> bool {
        self.lock().get(id).map(|bell| bell.notify_one()).is_some()
    }
}

/// Waits grow from `first` by doubling to `max`, with jitter, and start over after a good message.
#[derive(Debug, Clone)]
pub struct Backoff {
    first: Duration,
    max: Duration,
    next: Duration,
}

impl Backoff {
    pub fn new(first: Duration, max: Duration) -> Self {
        Self { first, max, next: first }
    }

    /// The server's `retry:` sets where waiting starts.
    pub fn set_first(&mut self, first: Duration) {
        self.first = first.min(self.max);
        self.next = self.first;
    }

    pub fn reset(&mut self) {
        self.next = self.first;
    }

    /// The next wait: between half and all of the current step, so many trackers do not retry in step.
    pub fn next_wait(&mut self) -> Duration {
        let wait = self.next.mul_f64(0.5 + fastrand::f64() * 0.5);
        self.next = (self.next * 2).min(self.max);
        wait
    }
}

impl Tracking {
    pub(crate) fn new(
        store: Store,
        accounts: Accounts,
        checkout: Checkout,
        vault: Vault,
        settings: SettingsFile,
        data_dir: &std::path::Path,
    ) -> Self {
        let leases = lease::Leases::new(data_dir, store.team().cloned());
        Self { store, accounts, checkout, vault, settings, trackers: Trackers::default(), leases }
    }

    /// Which purchases are followed now.
    pub fn trackers(&self) -> &Trackers {
        &self.trackers
    }

    /// Purchases that are not final and have something to follow at the provider, however old.
    pub async fn unfinished_purchases(&self) -> Result<Vec<Purchase>> {
        Ok(self
            .checkout
            .purchases_in(&PurchaseState::UNFINISHED)
            .await?
            .into_iter()
            .filter(|p| p.provider_ref.is_some())
            .collect())
    }

    /// Follows one purchase until it is final. Returns at once if another tracker of this process already
    /// follows it; watches the store while another process does (see `watch`).
    pub async fn follow(&self, id: &str, sink: &Sink) -> Result<Purchase> {
        let Some(bell) = self.trackers.claim(id) else {
            return self.checkout.purchase(id).await;
        };
        let sink = self.own_announcements(sink);
        let result = self.follow_or_watch(id, &bell, &sink).await;
        self.trackers.release(id);
        result
    }

    async fn follow_claimed(&self, id: &str, bell: &Notify, sink: &Sink) -> Result<Purchase> {
        let purchase = self.checkout.purchase(id).await?;
        // Codes are stored before a purchase is recorded delivered: a final one has nothing left to fetch.
        if purchase.state.is_final() {
            return Ok(purchase);
        }
        let purchase = self.look_up_while_unknown(purchase, sink).await?;
        if purchase.state.is_final() || purchase.provider_ref.is_none() {
            return Ok(purchase);
        }
        tracing::info!(purchase = %id, provider = %purchase.provider, "tracking");
        match purchase.provider {
            Provider::Bitrefill => self.follow_bitrefill(purchase, bell, sink).await,
            Provider::Cryptorefills => self.follow_cryptorefills(purchase, sink).await,
        }
    }

    /// A Bitrefill purchase whose create answer was lost has nothing to follow until reconciliation links it:
    /// looked up again every [`LOOK_UP_AGAIN`] until it is linked or proven never created. A Cryptorefills one
    /// cannot be listed: it is returned as it is, for `giftdesk lookup`.
    async fn look_up_while_unknown(&self, mut purchase: Purchase, sink: &Sink) -> Result<Purchase> {
        while purchase.provider_ref.is_none() && !purchase.state.is_final() {
            if purchase.provider == Provider::Cryptorefills {
                break;
            }
            // A failed lookup is noted on the purchase; the next one may succeed.
            let _ = self.checkout.reconcile_one(&purchase.purchase_id).await;
            let before = purchase.state;
            purchase = self.checkout.purchase(&purchase.purchase_id).await?;
            if purchase.state != before || purchase.provider_ref.is_some() {
                sink(TrackEvent::Changed { purchase: purchase.clone() });
            }
            if purchase.provider_ref.is_none() && !purchase.state.is_final() {
                tokio::time::sleep(LOOK_UP_AGAIN).await;
            }
        }
        Ok(purchase)
    }

    /// Starts following in the background (no-op when already followed); the window's way.
    pub fn spawn_follow(&self, id: String, sink: Sink) {
        let tracking = self.clone();
        tokio::spawn(async move {
            if let Err(error) = tracking.follow(&id, &sink).await {
                tracing::warn!(purchase = %id, %error, "tracking stopped; it resumes at the next start");
            }
        });
    }

    /// Every unfinished purchase, followed at once; returns them all once final.
    pub async fn follow_all(&self, sink: &Sink) -> Result<Vec<Purchase>> {
        // A lookup that fails is noted on its purchase; the others are followed all the same.
        for (id, error) in self.checkout.reconcile().await?.failed {
            tracing::warn!(purchase = %id, %error, "could not look up a purchase whose answer was lost");
        }
        let ids: Vec<String> =
            self.unfinished_purchases().await?.into_iter().map(|p| p.purchase_id).collect();
        self.follow_these(&ids, sink).await
    }

    pub async fn follow_these(&self, ids: &[String], sink: &Sink) -> Result<Vec<Purchase>> {
        let mut tasks = tokio::task::JoinSet::new();
        for id in ids {
            let (tracking, id, sink) = (self.clone(), id.clone(), sink.clone());
            tasks.spawn(async move { tracking.follow(&id, &sink).await });
        }
        let mut done = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            done.push(joined.map_err(|e| crate::error::Error::Internal(format!("a tracker failed: {e}")))??);
        }
        Ok(done)
    }

    /// Records a change when it moves the purchase as the store holds it (another writer, a payment or a
    /// re-read, may have recorded it already), and tells the sink.
    async fn note_change(
        &self,
        before: &Purchase,
        change: crate::checkout::Change<'_>,
        sink: &Sink,
    ) -> Result<Purchase> {
        let (purchase, moved) = self.checkout.record_if_moved(&before.purchase_id, &change).await?;
        if moved {
            sink(TrackEvent::Changed { purchase: purchase.clone() });
        }
        Ok(purchase)
    }
}
