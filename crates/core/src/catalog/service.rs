//! The catalog as the window uses it: which Bitrefill to talk to, syncing when stale, logo addresses.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::logos::{candidates, LogoFacts, LogoPlace};
use super::{
    search, sync_bitrefill, sync_cryptorefills, CatalogProduct, Scope, SearchQuery, SyncProgress, SyncReport,
};
use crate::context::{Context, Environment};
use crate::error::{Error, Result};
use crate::providers::bitrefill::BitrefillClient;
use crate::providers::cryptorefills::{CryptorefillsClient, EndUser};
use crate::providers::{
    account_key, bitrefill_base_url, cryptorefills_base_url, locale_country, public_address, Provider,
};
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

/// One client per provider per process, shared by sync, checkout, tracking and webhooks (and so one budget),
/// built on first use and built again when the credentials or the settings it was made from change.
#[derive(Debug, Default)]
pub struct Clients {
    bitrefill: Slot<BitrefillClient>,
    cryptorefills: Slot<CryptorefillsClient>,
}

type Slot<T> = tokio::sync::Mutex<Option<(String, std::sync::Arc<T>)>>;

/// The client in `slot` if it was made from the same account and settings, else a new one in its place.
async fn reuse_or_build<T>(
    slot: &Slot<T>,
    made_from: String,
    build: impl FnOnce() -> Result<T>,
) -> Result<std::sync::Arc<T>> {
    let mut cached = slot.lock().await;
    if let Some((_, client)) = cached.as_ref().filter(|(key, _)| *key == made_from) {
        return Ok(client.clone());
    }
    let client = std::sync::Arc::new(build()?);
    *cached = Some((made_from, client.clone()));
    Ok(client)
}

impl Context {
    /// The Bitrefill client for this environment: the sandbox with its test key, or the configured service.
    pub async fn bitrefill_client(&self) -> Result<std::sync::Arc<BitrefillClient>> {
        let (base, credentials) = match &self.environment {
            Environment::Sandbox { bitrefill_url, credentials, .. } => (
                bitrefill_url.clone(),
                BitrefillCredentials::ApiKey(Sensitive::new(credentials.bitrefill_api_key.clone())),
            ),
            Environment::Live => {
                let (credentials, _) = self
                    .secrets
                    .bitrefill()
                    .await?
                    .ok_or(Error::NotConfigured { provider: Provider::Bitrefill })?;
                (bitrefill_base_url(self.settings()?.bitrefill_url.as_deref()), credentials)
            }
        };
        let made_from = account_key(Provider::Bitrefill, &base, credentials.authorization().expose());
        reuse_or_build(&self.clients.bitrefill, made_from, || {
            BitrefillClient::with_windows(&base, &credentials, std::sync::Arc::new(self.store.clone()))
        })
        .await
    }

    /// The Cryptorefills client for this environment, with the partner's headers.
    pub async fn cryptorefills_client(&self) -> Result<std::sync::Arc<CryptorefillsClient>> {
        let settings = self.settings()?;
        let end_user = match public_address(settings.forwarded_for.as_deref()) {
            Some(address) => EndUser::Address(address),
            None => EndUser::Country(settings.markets.first().cloned().unwrap_or_else(locale_country)),
        };
        let (base, credentials) = match &self.environment {
            Environment::Sandbox { cryptorefills_url, credentials, .. } => (
                cryptorefills_url.clone(),
                CryptorefillsCredentials {
                    partner_id: Sensitive::new(credentials.cryptorefills_partner_id.clone()),
                    app_version: default_app_version(),
                },
            ),
            Environment::Live => {
                let (credentials, _) = self
                    .secrets
                    .cryptorefills()
                    .await?
                    .ok_or(Error::NotConfigured { provider: Provider::Cryptorefills })?;
                (cryptorefills_base_url(settings.cryptorefills_url.as_deref()), credentials)
            }
        };
        let account = account_key(Provider::Cryptorefills, &base, credentials.partner_id.expose());
        let made_from = format!("{account}|{}|{end_user:?}", credentials.app_version);
        reuse_or_build(&self.clients.cryptorefills, made_from, || {
            CryptorefillsClient::with_windows(
                &base,
                &credentials,
                &end_user,
                std::sync::Arc::new(self.store.clone()),
            )
        })
        .await
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
                let chosen = Scope::chosen_in(&self.settings()?);
                sync_bitrefill(&self.store, &client, include_test, &chosen, progress).await
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
            "SELECT (julianday('now') - julianday(MAX(finished_at))) * 86400 FROM sync_runs WHERE outcome IN ('ok', 'partial')",
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
