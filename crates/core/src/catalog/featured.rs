//! The "Featured" row: the brands of the Cryptorefills homepage feed (optional in the API, so a feed that
//! cannot be read keeps the previous row), cached in the store so the row shows offline.

use super::Catalog;
use super::{CatalogEntry, CatalogProduct};
use crate::error::Result;
use crate::providers::cryptorefills::CryptorefillsClient;
use crate::store::Store;

/// The feed of the first few markets is plenty for one row, and keeps a 233-country sync quick.
const FEED_MARKETS: usize = 5;
const ROW_LENGTH: usize = 12;

/// Product ids (`US/Airbnb`) from the feeds of the first markets, read at once; `None` when no feed could be read.
async fn fetch_featured(client: &CryptorefillsClient, countries: &[String]) -> Option<Vec<String>> {
    let markets: Vec<&String> = countries.iter().take(FEED_MARKETS).collect();
    let feeds = futures_util::future::join_all(markets.iter().map(|country| client.homepage(country))).await;
    let mut ids = Vec::new();
    let mut read_any = false;
    for (country, feed) in markets.into_iter().zip(feeds) {
        let Ok(feed) = feed.inspect_err(|error| {
            tracing::info!(%country, %error, "homepage feed not read; the Featured row stays as it was");
        }) else {
            continue;
        };
        read_any = true;
        ids.extend(feed.into_iter().map(|brand| format!("{}/{brand}", country.to_ascii_uppercase())));
    }
    read_any.then_some(ids)
}

/// After a Cryptorefills sync: the feeds replace the Featured row, unless none could be read.
pub async fn refresh_featured(
    store: &Store,
    client: &CryptorefillsClient,
    countries: &[String],
) -> Result<()> {
    let Some(ids) = fetch_featured(client, countries).await else { return Ok(()) };
    let mut transaction = store.pool().begin().await?;
    sqlx::query("DELETE FROM featured WHERE provider = 'cryptorefills'").execute(&mut *transaction).await?;
    for (position, id) in ids.iter().enumerate() {
        sqlx::query(
            "INSERT OR IGNORE INTO featured (provider, product_id, position) VALUES ('cryptorefills', ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .execute(&mut *transaction)
        .await?;
    }
    transaction.commit().await?;
    Ok(())
}

impl Catalog {
    /// The Featured row: products still in the catalog, in the feed's order.
    pub async fn featured(&self) -> Result<Vec<CatalogEntry>> {
        // EXISTS, not a join: with a join SQLite's planner chose to scan every product (240 ms at 100,000)
        // instead of looking up the row's few.
        let ids: Vec<(String, String)> = sqlx::query_as(
            "SELECT f.provider, f.product_id FROM featured f WHERE EXISTS (SELECT 1 FROM products p \
             WHERE p.provider = f.provider AND p.product_id = f.product_id AND p.gone_at IS NULL) ORDER BY f.position",
        )
        .fetch_all(self.store.pool())
        .await?;
        let mut products: Vec<CatalogProduct> = Vec::new();
        for (provider, id) in ids.into_iter().take(ROW_LENGTH) {
            let provider = if provider == "bitrefill" {
                crate::providers::Provider::Bitrefill
            } else {
                crate::providers::Provider::Cryptorefills
            };
            if let Some((product, _)) = super::product(self.store.pool(), provider, &id).await? {
                products.push(product);
            }
        }
        Ok(self.with_logo_urls(products))
    }
}
