//! A sync: fetch a provider's listing, then apply it in one transaction, and record the run. The Bitrefill
//! side is in `bitrefill_sync.rs`.

use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use futures_util::StreamExt;

use super::import::from_cryptorefills;
use super::write::{apply, now, Counts, Coverage, Scope};
use super::{CatalogProduct, Kind};
use crate::error::{Error, Result};
use crate::providers::cryptorefills::CryptorefillsClient;
use crate::providers::http::Stats;
use crate::providers::Provider;
use crate::store::Store;
use crate::tr;

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
    /// Only these countries were listed (the catalog outgrew an hour's allowance and these are the markets
    /// chosen in Settings); empty means every country.
    pub countries: Vec<String>,
    /// Likewise, only these kinds; empty means every kind.
    pub kinds: Vec<Kind>,
    /// Countries whose listing failed: their products stay as they were last synced.
    pub left_out: Vec<LeftOut>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LeftOut {
    pub country: String,
    /// What went wrong, as the reseller reads it.
    pub reason: String,
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
    pub(super) fn at(
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

/// Countries fetched at once: quick over many markets, gentle on a service with no published limits.
const COUNTRY_CONCURRENCY: usize = 6;

pub(super) type Listing = Vec<(CatalogProduct, Value)>;

/// Fetches the brands of every market country, several countries at a time, then replaces the
/// Cryptorefills part of the catalog. A country that fails is that country's: its brands stay as they were
/// and the report says why; only when every country fails does the sync fail, leaving the catalog as it was.
pub async fn sync_cryptorefills(
    store: &Store,
    client: &CryptorefillsClient,
    countries: &[String],
    mut progress: impl FnMut(&SyncProgress),
) -> Result<SyncReport> {
    let run = Run::start(Provider::Cryptorefills, &client.http.stats);
    let mut failed: Vec<(String, Error)> = Vec::new();
    let fetched = async {
        let mut listing = Listing::new();
        let mut pages = 0;
        let mut answers = futures_util::stream::iter(countries.iter().cloned())
            .map(|country| async move { (client.brands(&country).await, country) })
            .buffer_unordered(COUNTRY_CONCURRENCY);
        while let Some((brands, country)) = answers.next().await {
            match brands {
                Ok(brands) => listing.extend(
                    brands.into_iter().map(|(brand, raw)| (from_cryptorefills(&brand, &country), raw)),
                ),
                Err(error) => {
                    tracing::warn!(%country, %error, "brands not read; that country's stay as last synced");
                    failed.push((country.to_ascii_uppercase(), error));
                }
            }
            pages += 1;
            let expected = Some(countries.len() as u32);
            progress(&SyncProgress::at(
                Provider::Cryptorefills,
                pages,
                listing.len() as u64,
                run.started,
                expected,
            ));
        }
        Ok(listing)
    }
    .await;
    let fetched = match fetched {
        Ok(_) if !countries.is_empty() && failed.len() == countries.len() => {
            let (country, error) = failed.remove(0);
            tracing::warn!(countries = countries.len(), "no country's brands could be read");
            Err(match error {
                Error::Provider { provider, status, code, message } => Error::Provider {
                    provider,
                    status,
                    code,
                    message: tr!(
                        "catalog-sync-no-market",
                        count = countries.len(),
                        country = country.as_str(),
                        message = message
                    ),
                },
                other => other,
            })
        }
        other => other,
    };
    failed.sort_by(|a, b| a.0.cmp(&b.0));
    let scope =
        Scope { left_out: failed.iter().map(|(country, _)| country.clone()).collect(), ..Scope::default() };
    let left_out =
        failed.into_iter().map(|(country, error)| LeftOut { country, reason: error.to_string() }).collect();
    let coverage = Coverage::Whole { since: &run.started_at, scope: &scope };
    let report = finish(store, &run, fetched, coverage, &scope, left_out).await?;
    super::featured::refresh_featured(store, client, countries).await?;
    Ok(report)
}

/// One sync as it runs: its provider, when it began, and the shared client's counters then (the client
/// serves checkout and tracking too, so a sync reports what was sent while it ran).
pub(super) struct Run<'a> {
    provider: Provider,
    pub started: Instant,
    pub started_at: String,
    stats: &'a Stats,
    requests: u64,
    throttled: u64,
}

impl<'a> Run<'a> {
    pub fn start(provider: Provider, stats: &'a Stats) -> Self {
        Self {
            provider,
            started: Instant::now(),
            started_at: now(),
            stats,
            requests: stats.requests(),
            throttled: stats.throttled(),
        }
    }
}

/// Applies a listing in one transaction and records the run; a failed fetch writes nothing but the record
/// of its failure.
pub(super) async fn finish(
    store: &Store,
    run: &Run<'_>,
    fetched: Result<Listing>,
    coverage: Coverage<'_>,
    scope: &Scope,
    left_out: Vec<LeftOut>,
) -> Result<SyncReport> {
    let outcome = match fetched {
        Ok(listing) => apply(store.pool(), run.provider, &listing, coverage)
            .await
            .map(|counts| (listing.len() as u64, counts)),
        Err(error) => Err(error),
    };
    let continues_in_secs = match coverage {
        Coverage::Part { continues_in_secs } => Some(continues_in_secs),
        Coverage::Whole { .. } => None,
    };
    let report = |products, counts: Counts, left_out| SyncReport {
        provider: run.provider,
        products,
        added: counts.added,
        updated: counts.updated,
        gone: counts.gone,
        requests: run.stats.requests() - run.requests,
        throttled: run.stats.throttled() - run.throttled,
        seconds: run.started.elapsed().as_secs_f64(),
        continues_in_secs,
        countries: scope.countries.clone(),
        kinds: scope.kinds.clone(),
        left_out,
    };
    match outcome {
        Ok((products, counts)) => {
            let report = report(products, counts, left_out);
            record(store, &run.started_at, &report, None).await?;
            tracing::info!(?report, "catalog synced");
            Ok(report)
        }
        Err(error) => {
            let report = report(0, Counts::default(), Vec::new());
            record(store, &run.started_at, &report, Some(&error.to_string())).await?;
            Err(error)
        }
    }
}

/// What a finished sync says beside its counts: what it left, and what it listed when not everything.
pub fn said(report: &SyncReport) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(secs) = report.continues_in_secs {
        parts.push(tr!("catalog-sync-continues", minutes = secs.div_ceil(60)));
    }
    if let Some(first) = report.left_out.first() {
        const NAMED: usize = 8;
        let count = report.left_out.len();
        let countries: Vec<&str> =
            report.left_out.iter().take(NAMED).map(|left| left.country.as_str()).collect();
        parts.push(tr!(
            "catalog-sync-left-out",
            countries = countries.join(", "),
            more = count.saturating_sub(NAMED),
            reason = first.reason.as_str(),
            count = count
        ));
    }
    if !report.countries.is_empty() || !report.kinds.is_empty() {
        let kinds: Vec<&str> = report.kinds.iter().map(|kind| kind.as_str()).collect();
        let chosen = [report.countries.join(", "), kinds.join(", ")]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        parts.push(tr!("catalog-sync-only-chosen", chosen = chosen));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

async fn record(store: &Store, started_at: &str, report: &SyncReport, error: Option<&str>) -> Result<()> {
    sqlx::query(
        "INSERT INTO sync_runs (provider, started_at, finished_at, outcome, error, added, updated, gone, requests, throttled, seconds)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(report.provider.slug())
    .bind(started_at)
    .bind(now())
    .bind(match error {
        Some(_) => "failed",
        None if report.continues_in_secs.is_some() || !report.left_out.is_empty() => "partial",
        None => "ok",
    })
    .bind(error.map(str::to_owned).or_else(|| said(report)))
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

    #[test]
    fn a_sync_says_what_it_left_out_in_one_sentence() {
        let report = |countries: &[&str]| SyncReport {
            provider: Provider::Cryptorefills,
            products: 0,
            added: 0,
            updated: 0,
            gone: 0,
            requests: 0,
            throttled: 0,
            seconds: 0.0,
            continues_in_secs: None,
            countries: Vec::new(),
            kinds: Vec::new(),
            left_out: countries
                .iter()
                .map(|country| LeftOut { country: (*country).into(), reason: "HTTP 500".into() })
                .collect(),
        };
        assert_eq!(
            said(&report(&["DE"])).unwrap(),
            "DE could not be read (HTTP 500); it stays as last synced"
        );
        assert_eq!(
            said(&report(&["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"])).unwrap(),
            "A, B, C, D, E, F, G, H and 2 more could not be read (HTTP 500, for the first); they stay as last synced"
        );
        let later = SyncReport { continues_in_secs: Some(61), ..report(&[]) };
        assert_eq!(
            said(&later).unwrap(),
            "the provider's hourly allowance ran out; the rest follows in about 2 min"
        );
    }
}
