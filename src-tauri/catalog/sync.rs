//! A sync: fetch a provider's whole listing, then apply it in one transaction, and record the run.

use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use futures_util::StreamExt;

use super::import::{from_bitrefill, from_cryptorefills};
use super::write::{apply, now, Counts};
use super::CatalogProduct;
use crate::error::Result;
use crate::providers::bitrefill::BitrefillClient;
use crate::providers::cryptorefills::CryptorefillsClient;
use crate::providers::http::Stats;
use crate::providers::Provider;
use crate::store::Store;

/// What `giftdesk sync --json` prints per provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SyncReport {
    pub provider: Provider,
    #[ts(type = "number")]
    pub products: u64,
    #[ts(type = "number")]
    pub added: u64,
    #[ts(type = "number")]
    pub updated: u64,
    #[ts(type = "number")]
    pub gone: u64,
    #[ts(type = "number")]
    pub requests: u64,
    /// 429 answers received (a correct, paced sync has none).
    #[ts(type = "number")]
    pub throttled: u64,
    pub seconds: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SyncProgress {
    pub provider: Provider,
    pub pages: u32,
    #[ts(type = "number")]
    pub products: u64,
    pub seconds: f64,
}

/// Countries fetched at once: quick over many markets, gentle on a service with no published limits.
const COUNTRY_CONCURRENCY: usize = 6;

type Listing = Vec<(CatalogProduct, Value)>;

/// Fetches every Bitrefill product (following `_next`), then replaces the Bitrefill part of the catalog.
/// Nothing is written unless the whole listing arrived.
pub async fn sync_bitrefill(
    store: &Store,
    client: &BitrefillClient,
    include_test_products: bool,
    mut progress: impl FnMut(&SyncProgress),
) -> Result<SyncReport> {
    let (started, started_at) = (Instant::now(), now());
    let fetched = async {
        let currency = client.balance().await?.currency.unwrap_or_else(|| "USD".into());
        let mut listing = Listing::new();
        let (mut next, mut pages, mut skipped) =
            (Some(client.first_products_url(include_test_products)), 0, 0);
        while let Some(url) = next {
            let page = client.products_page(&url).await?;
            pages += 1;
            skipped += page.skipped;
            listing.extend(
                page.products.iter().map(|(product, raw)| (from_bitrefill(product, &currency), raw.clone())),
            );
            progress(&SyncProgress {
                provider: Provider::Bitrefill,
                pages,
                products: listing.len() as u64,
                seconds: started.elapsed().as_secs_f64(),
            });
            next = page.next;
        }
        if skipped > 0 {
            tracing::warn!(skipped, "Bitrefill listed entries that are not products; they were skipped");
        }
        Ok(listing)
    }
    .await;
    finish(store, Provider::Bitrefill, &client.http.stats, (started, &started_at), fetched).await
}

/// Fetches the brands of every market country, several countries at a time, then replaces the
/// Cryptorefills part of the catalog. One failing country fails the sync and leaves the catalog as it was.
pub async fn sync_cryptorefills(
    store: &Store,
    client: &CryptorefillsClient,
    countries: &[String],
    mut progress: impl FnMut(&SyncProgress),
) -> Result<SyncReport> {
    let (started, started_at) = (Instant::now(), now());
    let fetched = async {
        let mut listing = Listing::new();
        let mut pages = 0;
        let mut answers = futures_util::stream::iter(countries.iter().cloned())
            .map(|country| async move { (client.brands(&country).await, country) })
            .buffer_unordered(COUNTRY_CONCURRENCY);
        while let Some((brands, country)) = answers.next().await {
            listing
                .extend(brands?.into_iter().map(|(brand, raw)| (from_cryptorefills(&brand, &country), raw)));
            pages += 1;
            progress(&SyncProgress {
                provider: Provider::Cryptorefills,
                pages,
                products: listing.len() as u64,
                seconds: started.elapsed().as_secs_f64(),
            });
        }
        Ok(listing)
    }
    .await;
    finish(store, Provider::Cryptorefills, &client.http.stats, (started, &started_at), fetched).await
}

/// Applies a complete listing in one transaction and records the run; a failed fetch writes nothing but
/// the record of its failure.
async fn finish(
    store: &Store,
    provider: Provider,
    stats: &Stats,
    (started, started_at): (Instant, &str),
    fetched: Result<Listing>,
) -> Result<SyncReport> {
    let outcome = match fetched {
        Ok(listing) => {
            apply(store.pool(), provider, &listing).await.map(|counts| (listing.len() as u64, counts))
        }
        Err(error) => Err(error),
    };
    let report = |products, counts: Counts| SyncReport {
        provider,
        products,
        added: counts.added,
        updated: counts.updated,
        gone: counts.gone,
        requests: stats.requests(),
        throttled: stats.throttled(),
        seconds: started.elapsed().as_secs_f64(),
    };
    match outcome {
        Ok((products, counts)) => {
            let report = report(products, counts);
            record(store, started_at, &report, None).await?;
            tracing::info!(?report, "catalog synced");
            Ok(report)
        }
        Err(error) => {
            record(store, started_at, &report(0, Counts::default()), Some(&error.to_string())).await?;
            Err(error)
        }
    }
}

async fn record(store: &Store, started_at: &str, report: &SyncReport, error: Option<&str>) -> Result<()> {
    sqlx::query(
        "INSERT INTO sync_runs (provider, started_at, finished_at, outcome, error, added, updated, gone, requests, throttled, seconds)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(report.provider.slug())
    .bind(started_at)
    .bind(now())
    .bind(if error.is_some() { "failed" } else { "ok" })
    .bind(error)
    .bind(report.added as i64)
    .bind(report.updated as i64)
    .bind(report.gone as i64)
    .bind(report.requests as i64)
    .bind(report.throttled as i64)
    .bind(report.seconds)
    .execute(store.pool())
    .await?;
    Ok(())
}
