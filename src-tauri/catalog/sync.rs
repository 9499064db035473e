//! A sync: fetch a provider's whole listing, then apply it in one transaction, and record the run.

use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::import::from_bitrefill;
use super::write::{apply, now};
use super::CatalogProduct;
use crate::error::Result;
use crate::providers::bitrefill::BitrefillClient;
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

/// Fetches every Bitrefill product (following `_next`), then replaces the Bitrefill part of the catalog.
/// Nothing is written unless the whole listing arrived.
pub async fn sync_bitrefill(
    store: &Store,
    client: &BitrefillClient,
    include_test_products: bool,
    mut progress: impl FnMut(&SyncProgress),
) -> Result<SyncReport> {
    let (started, started_at) = (Instant::now(), now());
    let outcome = async {
        let currency = client.balance().await?.currency.unwrap_or_else(|| "USD".into());
        let mut listing: Vec<(CatalogProduct, Value)> = Vec::new();
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
        let counts = apply(store.pool(), Provider::Bitrefill, &listing).await?;
        Ok::<_, crate::error::Error>((listing.len() as u64, counts))
    }
    .await;
    let stats = &client.http.stats;
    let report = |products, added, updated, gone| SyncReport {
        provider: Provider::Bitrefill,
        products,
        added,
        updated,
        gone,
        requests: stats.requests(),
        throttled: stats.throttled(),
        seconds: started.elapsed().as_secs_f64(),
    };
    match outcome {
        Ok((products, counts)) => {
            let report = report(products, counts.added, counts.updated, counts.gone);
            record(store, &started_at, &report, None).await?;
            tracing::info!(?report, "Bitrefill catalog synced");
            Ok(report)
        }
        Err(error) => {
            record(store, &started_at, &report(0, 0, 0, 0), Some(&error.to_string())).await?;
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
