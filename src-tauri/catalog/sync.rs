//! A sync: fetch a provider's listing, then apply it in one transaction, and record the run.

use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use futures_util::StreamExt;

use super::import::{from_bitrefill, from_cryptorefills};
use super::write::{apply, now, Counts, Coverage};
use super::CatalogProduct;
use crate::error::{Error, Result};
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
    /// The account's allowance ran out before the whole catalog was listed: what was fetched is kept, and
    /// the next sync continues from there once this many seconds have passed.
    #[ts(type = "number | null")]
    pub continues_in_secs: Option<u64>,
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

/// Where an unfinished Bitrefill sync stopped (an hourly allowance ran out): the next page to ask for, and
/// when the round of the whole catalog it belongs to began.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Cursor {
    next: String,
    round_started_at: String,
}

const CURSOR_KEY: &str = "bitrefill_sync_cursor";

async fn cursor(store: &Store, first_url: &str) -> Result<Option<Cursor>> {
    let saved = store.meta(CURSOR_KEY).await?;
    // A cursor for another listing (test products asked for or not, another address) is not this one's.
    let same_listing = |c: &Cursor| c.next.split('?').next() == first_url.split('?').next();
    Ok(saved.and_then(|text| serde_json::from_str::<Cursor>(&text).ok()).filter(same_listing))
}

async fn keep_cursor(store: &Store, cursor: Option<&Cursor>) -> Result<()> {
    match cursor {
        Some(cursor) => sqlx::query(
            "INSERT INTO app_meta (key, value, updated_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now')) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(CURSOR_KEY)
        .bind(serde_json::to_string(cursor).unwrap_or_default()),
        None => sqlx::query("DELETE FROM app_meta WHERE key = ?").bind(CURSOR_KEY),
    }
    .execute(store.pool())
    .await?;
    Ok(())
}

/// Fetches Bitrefill's products (following `_next`) and applies them. Under an hourly allowance that a large
/// catalog outgrows (1000 products an hour, if products are what is counted), the sync keeps what it got,
/// says what it left, and the next sync continues from there; products are marked gone only once a whole
/// round of the catalog has been listed. An error before that writes nothing.
pub async fn sync_bitrefill(
    store: &Store,
    client: &BitrefillClient,
    include_test_products: bool,
    mut progress: impl FnMut(&SyncProgress),
) -> Result<SyncReport> {
    let (started, started_at) = (Instant::now(), now());
    let mark = StatsMark::of(&client.http.stats);
    let first = client.first_products_url(include_test_products);
    let resumed = cursor(store, &first).await?;
    let round_started_at =
        resumed.as_ref().map_or_else(|| started_at.clone(), |c| c.round_started_at.clone());
    let fetched = async {
        let currency = client.balance().await?.currency.unwrap_or_else(|| "USD".into());
        let known = known_products(store).await?;
        let mut expected_pages = None;
        let mut listing = Listing::new();
        let (mut next, mut pages, mut skipped) = (Some(resumed.map_or(first, |c| c.next)), 0, 0);
        while let Some(url) = next.take() {
            let page = match client.products_page(&url).await {
                Ok(page) => page,
                Err(Error::RateBudget { wait_secs, .. }) => {
                    tracing::info!(
                        pages,
                        products = listing.len(),
                        wait_secs,
                        "Bitrefill allowance spent; the sync continues in the next window"
                    );
                    let cursor = Cursor { next: url, round_started_at: round_started_at.clone() };
                    return Ok((listing, Some((cursor, wait_secs))));
                }
                Err(error) => return Err(error),
            };
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
        Ok((listing, None))
    }
    .await;
    let (fetched, left) = match fetched {
        Ok((listing, left)) => (Ok(listing), left),
        Err(error) => (Err(error), None),
    };
    let coverage = match &left {
        Some((_, wait)) => Coverage::Part { continues_in_secs: *wait },
        None => Coverage::Whole { since: &round_started_at },
    };
    let report = finish(store, Provider::Bitrefill, &mark, (started, &started_at), fetched, coverage).await?;
    keep_cursor(store, left.as_ref().map(|(cursor, _)| cursor)).await?;
    Ok(report)
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
    let mark = StatsMark::of(&client.http.stats);
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
    let coverage = Coverage::Whole { since: &started_at };
    let report =
        finish(store, Provider::Cryptorefills, &mark, (started, &started_at), fetched, coverage).await?;
    super::featured::refresh_featured(store, client, countries).await?;
    Ok(report)
}

/// The client's counters when a sync began: the client is shared with checkout and tracking, so a sync
/// reports what was sent while it ran.
struct StatsMark<'a> {
    stats: &'a Stats,
    requests: u64,
    throttled: u64,
}

impl<'a> StatsMark<'a> {
    fn of(stats: &'a Stats) -> Self {
        Self { stats, requests: stats.requests(), throttled: stats.throttled() }
    }
}

/// Applies a listing in one transaction and records the run; a failed fetch writes nothing but the record
/// of its failure.
async fn finish(
    store: &Store,
    provider: Provider,
    mark: &StatsMark<'_>,
    (started, started_at): (Instant, &str),
    fetched: Result<Listing>,
    coverage: Coverage<'_>,
) -> Result<SyncReport> {
    let outcome = match fetched {
        Ok(listing) => apply(store.pool(), provider, &listing, coverage)
            .await
            .map(|counts| (listing.len() as u64, counts)),
        Err(error) => Err(error),
    };
    let continues_in_secs = match coverage {
        Coverage::Part { continues_in_secs } => Some(continues_in_secs),
        Coverage::Whole { .. } => None,
    };
    let report = |products, counts: Counts| SyncReport {
        provider,
        products,
        added: counts.added,
        updated: counts.updated,
        gone: counts.gone,
        requests: mark.stats.requests() - mark.requests,
        throttled: mark.stats.throttled() - mark.throttled,
        seconds: started.elapsed().as_secs_f64(),
        continues_in_secs,
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
    .bind(match (error, report.continues_in_secs) {
        (Some(_), _) => "failed",
        (None, Some(_)) => "partial",
        (None, None) => "ok",
    })
    .bind(error.map(str::to_owned).or_else(|| {
        report.continues_in_secs.map(|secs| {
            format!("the provider's hourly allowance ran out; the rest follows in about {} min", secs.div_ceil(60))
        })
    }))
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
