//! The catalog as the window uses it: which Bitrefill to talk to, syncing when stale, logo addresses.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::logos::{candidates, LogoFacts, LogoPlace};
use super::Catalog;
use super::{
    search, sync_bitrefill, sync_cryptorefills, CatalogProduct, Scope, SearchQuery, SyncProgress, SyncReport,
};
use crate::error::Result;
use crate::providers::Provider;

/// What the window hears while a sync runs (the `catalog-sync` event).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SyncEvent {
    Running { progress: SyncProgress },
    Done { report: SyncReport },
    Failed { error: crate::error::IpcError },
}

/// The catalog at a glance, for the screen's status line: read on open, then kept current by events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CatalogStatus {
    #[ts(type = "number")]
    pub products: u64,
    pub syncing: bool,
    #[ts(optional)]
    pub last_sync: Option<LastSync>,
    /// Each provider's latest sync, for Settings.
    pub by_provider: Vec<LastSync>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, sqlx::FromRow)]
pub struct LastSync {
    /// A provider's slug, as the sync wrote it.
    #[ts(as = "Provider")]
    pub provider: String,
    pub finished_at: String,
    /// `ok`, `partial` (an hourly allowance ran out, or a country could not be read; `error` says which) or
    /// `failed`; an `ok` sync may carry a note in `error` too (the markets it was narrowed to).
    pub outcome: String,
    #[ts(optional)]
    pub error: Option<String>,
    #[ts(type = "number")]
    pub added: i64,
    #[ts(type = "number")]
    pub updated: i64,
    #[ts(type = "number")]
    pub gone: i64,
    pub seconds: f64,
}

/// A product with the address of its logo, for the Catalog screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CatalogEntry {
    #[serde(flatten)]
    pub product: CatalogProduct,
    #[ts(optional)]
    pub logo_url: Option<String>,
}

impl Catalog {
    /// One sync at a time: a "Refresh now" during the start-up sync waits for it, then runs.
    pub async fn sync(&self, provider: Provider, progress: impl FnMut(&SyncProgress)) -> Result<SyncReport> {
        let _running = self.sync_lock.lock().await;
        match provider {
            Provider::Bitrefill => {
                let client = self.accounts.bitrefill().await?;
                let include_test = self.accounts.environment().is_sandbox();
                let chosen = Scope::chosen_in(&self.settings.read()?);
                sync_bitrefill(&self.store, &client, include_test, &chosen, progress).await
            }
            Provider::Cryptorefills => {
                let client = self.accounts.cryptorefills().await?;
                let markets = self.settings.read()?.markets_or_locale();
                sync_cryptorefills(&self.store, &client, &markets, progress).await
            }
        }
    }

    /// Whether the last successful sync is older than the interval chosen in Settings (or there was none).
    pub async fn is_stale(&self) -> Result<bool> {
        let age: Option<f64> = sqlx::query_scalar(
            "SELECT (julianday('now') - julianday(MAX(finished_at))) * 86400 FROM sync_runs WHERE outcome IN ('ok', 'partial')",
        )
        .fetch_one(self.store.pool())
        .await?;
        let every = self.settings.read()?.sync_every();
        Ok(age.is_none_or(|seconds| seconds > every.as_secs_f64()))
    }

    pub async fn status(&self) -> Result<CatalogStatus> {
        // One read transaction: a sync committing between the count and the last run would pair one
        // provider's report with the other's count.
        let mut read = self.store.pool().begin().await?;
        let products: i64 = sqlx::query_scalar("SELECT COALESCE(SUM(live), 0) FROM catalog_counts")
            .fetch_one(&mut *read)
            .await?;
        let last_sync: Option<LastSync> = sqlx::query_as(
            "SELECT provider, finished_at, outcome, error, added, updated, gone, seconds FROM sync_runs ORDER BY id DESC LIMIT 1",
        )
        .fetch_optional(&mut *read)
        .await?;
        let by_provider: Vec<LastSync> = sqlx::query_as(
            "SELECT provider, finished_at, outcome, error, added, updated, gone, seconds FROM sync_runs \
             WHERE id IN (SELECT MAX(id) FROM sync_runs GROUP BY provider) ORDER BY provider",
        )
        .fetch_all(&mut *read)
        .await?;
        read.commit().await?;
        Ok(CatalogStatus {
            products: products as u64,
            syncing: self.sync_lock.try_lock().is_err(),
            last_sync,
            by_provider,
        })
    }

    pub async fn search(&self, query: &SearchQuery) -> Result<Vec<CatalogEntry>> {
        let products = search(self.store.pool(), query).await?;
        Ok(self.with_logo_urls(products))
    }

    /// Each product with the first address of its grid logo (the window asks the core for the image itself,
    /// through the cache and the fallback chain; scripts get the address).
    pub(crate) fn with_logo_urls(&self, products: Vec<CatalogProduct>) -> Vec<CatalogEntry> {
        let pattern = self.bitrefill_logo_pattern();
        products
            .into_iter()
            .map(|product| {
                let facts = LogoFacts {
                    provider: product.provider,
                    logo: product.logo.as_deref(),
                    logo_url: None,
                    bitrefill_pattern: &pattern,
                };
                let logo_url = candidates(&facts, LogoPlace::Grid).into_iter().next();
                CatalogEntry { product, logo_url }
            })
            .collect()
    }
}
