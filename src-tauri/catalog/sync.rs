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
    /// Pages this sync should take: the countries asked for, or (Bitrefill) what the last catalog held.
    #[ts(optional)]
    pub expected_pages: Option<u32>,
    /// Time left at the pace so far, once there is a pace and an expectation to measure it against.
    #[ts(optional)]
    pub seconds_left: Option<f64>,
}

impl SyncProgress {
    fn at(
        provider: Provider,
        pages: u32,
        products: u64,
        started: Instant,
        expected_pages: Option<u32>,
    ) -> Self {
        let seconds = started.elapsed().as_secs_f64();
        let seconds_left = expected_pages
            .filter(|&expected| pages > 0 && expected > pages)
            .map(|expected| seconds / f64::from(pages) * f64::from(expected - pages));
        Self { provider, pages, products, seconds, expected_pages, seconds_left }
    }
}

/// The Bitrefill products the last sync left, which is what this one expects to page through.
async fn known_products(store: &Store) -> Result<u64> {
    let count: Option<i64> =
        sqlx::query_scalar("SELECT live FROM catalog_counts WHERE provider = 'bitrefill'")
            .fetch_optional(store.pool())
            .await?;
    Ok(count.unwrap_or(0) as u64)
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
        let known = known_products(store).await?;
        let mut expected_pages = None;
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
            // The first page tells the page size; the last catalog's size says how many pages to expect.
            let per_page = (page.products.len() + page.skipped) as u64;
            if expected_pages.is_none() && known > 0 && per_page > 0 {
                expected_pages = Some(known.div_ceil(per_page) as u32);
            }
            progress(&SyncProgress::at(
                Provider::Bitrefill,
                pages,
                listing.len() as u64,
                started,
                expected_pages,
            ));
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
            let expected = Some(countries.len() as u32);
            progress(&SyncProgress::at(
                Provider::Cryptorefills,
                pages,
                listing.len() as u64,
                started,
                expected,
            ));
        }
        Ok(listing)
    }
    .await;
    let report =
        finish(store, Provider::Cryptorefills, &client.http.stats, (started, &started_at), fetched).await?;
    super::featured::refresh_featured(store, client, countries).await?;
    Ok(report)
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

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;

    #[test]
    fn time_left_follows_the_pace_so_far() {
        let started = Instant::now().checked_sub(Duration::from_secs(10)).unwrap();
        let halfway = SyncProgress::at(Provider::Cryptorefills, 5, 100, started, Some(10));
        let left = halfway.seconds_left.unwrap();
        assert!((9.9..11.0).contains(&left), "5 pages in 10 s, 5 to go: {left}");
        assert_eq!(SyncProgress::at(Provider::Bitrefill, 12, 600, started, Some(10)).seconds_left, None);
        assert_eq!(SyncProgress::at(Provider::Bitrefill, 3, 150, started, None).seconds_left, None);
    }
}
