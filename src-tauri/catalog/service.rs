//! The catalog as the window uses it: which Bitrefill to talk to, syncing when stale, logo addresses.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::logos::{candidates, LogoFacts, LogoPlace};
use super::{
    search, sync_bitrefill, sync_cryptorefills, CatalogProduct, SearchQuery, SyncProgress, SyncReport,
};
use crate::context::{Context, Environment};
use crate::error::{Error, Result};
use crate::providers::bitrefill::BitrefillClient;
use crate::providers::cryptorefills::CryptorefillsClient;
use crate::providers::{bitrefill_base_url, cryptorefills_base_url, this_machine_address, Provider};
use crate::secrets::{default_app_version, BitrefillCredentials, CryptorefillsCredentials, Sensitive};

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
    pub provider: String,
    pub finished_at: String,
    /// `ok` or `failed`.
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

impl Context {
    /// The Bitrefill client for this environment: the sandbox with its test key, or the configured service.
    pub async fn bitrefill_client(&self) -> Result<BitrefillClient> {
        match &self.environment {
            Environment::Sandbox { bitrefill_url, .. } => BitrefillClient::new(
                bitrefill_url,
                &BitrefillCredentials::ApiKey(Sensitive::new(crate::sandbox::BITREFILL_API_KEY.into())),
            ),
            Environment::Live => {
                let (credentials, _) = self
                    .secrets
                    .bitrefill()
                    .await?
                    .ok_or(Error::NotConfigured { provider: Provider::Bitrefill })?;
                BitrefillClient::new(
                    &bitrefill_base_url(self.settings()?.bitrefill_url.as_deref()),
                    &credentials,
                )
            }
        }
    }

    /// The Cryptorefills client for this environment, with the partner's headers.
    pub async fn cryptorefills_client(&self) -> Result<CryptorefillsClient> {
        let settings = self.settings()?;
        let forwarded_for = settings.forwarded_for.unwrap_or_else(this_machine_address);
        match &self.environment {
            Environment::Sandbox { cryptorefills_url, .. } => {
                let credentials = CryptorefillsCredentials {
                    partner_id: Sensitive::new(crate::sandbox::CRYPTOREFILLS_PARTNER_ID.into()),
                    app_version: default_app_version(),
                };
                CryptorefillsClient::new(cryptorefills_url, &credentials, &forwarded_for)
            }
            Environment::Live => {
                let (credentials, _) = self
                    .secrets
                    .cryptorefills()
                    .await?
                    .ok_or(Error::NotConfigured { provider: Provider::Cryptorefills })?;
                let url = cryptorefills_base_url(settings.cryptorefills_url.as_deref());
                CryptorefillsClient::new(&url, &credentials, &forwarded_for)
            }
        }
    }

    /// Which providers to sync: both on the sandbox; the configured ones when live.
    pub async fn providers_to_sync(&self) -> Result<Vec<Provider>> {
        if matches!(self.environment, Environment::Sandbox { .. }) {
            return Ok(Provider::ALL.to_vec());
        }
        let statuses = self.secrets.statuses().await?;
        Ok(statuses.into_iter().filter(|s| s.configured).map(|s| s.provider).collect())
    }

    /// One sync at a time: a "Refresh now" during the start-up sync waits for it, then runs.
    pub async fn sync_provider(
        &self,
        provider: Provider,
        progress: impl FnMut(&SyncProgress),
    ) -> Result<SyncReport> {
        let _running = self.sync_lock.lock().await;
        match provider {
            Provider::Bitrefill => {
                let client = self.bitrefill_client().await?;
                let include_test = matches!(self.environment, Environment::Sandbox { .. });
                sync_bitrefill(&self.store, &client, include_test, progress).await
            }
            Provider::Cryptorefills => {
                let client = self.cryptorefills_client().await?;
                let markets = self.settings()?.markets_or_locale();
                sync_cryptorefills(&self.store, &client, &markets, progress).await
            }
        }
    }

    /// Whether the last successful sync is older than the interval chosen in Settings (or there was none).
    pub async fn catalog_is_stale(&self) -> Result<bool> {
        let age: Option<f64> = sqlx::query_scalar(
            "SELECT (julianday('now') - julianday(MAX(finished_at))) * 86400 FROM sync_runs WHERE outcome = 'ok'",
        )
        .fetch_one(self.store.pool())
        .await?;
        let every = self.settings()?.sync_every();
        Ok(age.is_none_or(|seconds| seconds > every.as_secs_f64()))
    }

    pub async fn catalog_status(&self) -> Result<CatalogStatus> {
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

    pub async fn search_catalog(&self, query: &SearchQuery) -> Result<Vec<CatalogEntry>> {
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
