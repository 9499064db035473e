//! Applying one provider's full listing to the store: one transaction, so a sync that fails before it
//! commits leaves the previous catalog exactly as it was.

use std::collections::HashMap;

use serde_json::Value;
use sqlx::SqlitePool;

use serde::{Deserialize, Serialize};

use super::{CatalogProduct, Kind};
use crate::error::Result;
use crate::providers::Provider;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub added: u64,
    pub updated: u64,
    pub gone: u64,
}

pub fn now() -> String {
    crate::clock::iso(crate::clock::now_ms())
}

/// JSON columns: serialising plain data cannot fail, so there is always text.
fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

/// Which products a listing speaks for: the whole catalog, or the reseller's markets and kinds (a catalog
/// too large for an hour's allowance), less the countries whose listing failed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// Only these countries (ISO alpha-2); empty means every country.
    pub countries: Vec<String>,
    /// Only these kinds; empty means every kind.
    pub kinds: Vec<Kind>,
    /// Countries whose listing failed this time: their products stay as they were.
    #[serde(skip)]
    pub left_out: Vec<String>,
}

impl Scope {
    /// What the reseller chose in Settings to keep fresh when the Bitrefill catalog outgrows the hour.
    pub fn chosen_in(settings: &crate::settings::Settings) -> Self {
        Scope {
            countries: settings.markets.iter().map(|m| m.to_ascii_uppercase()).collect(),
            kinds: settings.product_kinds.clone(),
            left_out: Vec::new(),
        }
    }

    pub fn is_everything(&self) -> bool {
        self.countries.is_empty() && self.kinds.is_empty() && self.left_out.is_empty()
    }
}

/// How much of the provider's catalog a listing covers, which says what may be marked gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage<'a> {
    /// All of `scope` was listed since this time (in one sync, or over several that each covered part): a
    /// product within it not seen since is gone.
    Whole { since: &'a str, scope: &'a Scope },
    /// Only part of it (an hourly allowance ran out; the rest can follow in this many seconds): nothing is
    /// marked gone.
    Part { continues_in_secs: u64 },
}

/// A listing of the whole catalog as it is now: whatever it lacks is gone (imports, benchmarks).
pub async fn apply_whole(
    pool: &SqlitePool,
    provider: Provider,
    listing: &[(CatalogProduct, Value)],
) -> Result<Counts> {
    apply(pool, provider, listing, Coverage::Whole { since: &now(), scope: &Scope::default() }).await
}

/// Adds new products, updates changed ones, marks the ones the coverage proves missing as gone (never
/// deletes).
pub async fn apply(
    pool: &SqlitePool,
    provider: Provider,
    listing: &[(CatalogProduct, Value)],
    coverage: Coverage<'_>,
) -> Result<Counts> {
    let synced_at = now();
    // IMMEDIATE: read then write without SQLITE_BUSY_SNAPSHOT when trackers write meanwhile.
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let known: HashMap<String, (String, bool)> = sqlx::query_as::<_, (String, String, Option<String>)>(
        "SELECT product_id, raw, gone_at FROM products WHERE provider = ?",
    )
    .bind(provider.slug())
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|(id, raw, gone)| (id, (raw, gone.is_some())))
    .collect();
    let mut counts = Counts::default();
    for (product, raw) in listing {
        let raw = raw.to_string();
        match known.get(&product.id) {
            Some((old_raw, was_gone)) if *old_raw == raw && !was_gone => {
                sqlx::query("UPDATE products SET synced_at = ? WHERE provider = ? AND product_id = ?")
                    .bind(&synced_at)
                    .bind(provider.slug())
                    .bind(&product.id)
                    .execute(&mut *tx)
                    .await?;
            }
            existing => {
                if existing.is_some() {
                    counts.updated += 1;
                } else {
                    counts.added += 1;
                }
                upsert(&mut tx, product, &raw, &synced_at).await?;
            }
        }
    }
    if let Coverage::Whole { since, scope } = coverage {
        let kinds: Vec<&str> = scope.kinds.iter().map(|kind| kind.as_str()).collect();
        counts.gone = sqlx::query(
            "UPDATE products SET gone_at = ?1 WHERE provider = ?2 AND gone_at IS NULL AND synced_at < ?3 \
             AND (json_array_length(?4) = 0 OR UPPER(COALESCE(country, '')) IN (SELECT value FROM json_each(?4))) \
             AND (json_array_length(?5) = 0 OR kind IN (SELECT value FROM json_each(?5))) \
             AND UPPER(COALESCE(country, '')) NOT IN (SELECT value FROM json_each(?6))",
        )
        .bind(&synced_at)
        .bind(provider.slug())
        .bind(since)
        .bind(json(&scope.countries))
        .bind(json(&kinds))
        .bind(json(&scope.left_out))
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    // Counted once here, in the same transaction, so readers never count the whole catalog themselves.
    sqlx::query(
        "INSERT OR REPLACE INTO catalog_counts (provider, live) \
         VALUES (?, (SELECT COUNT(*) FROM products WHERE provider = ? AND gone_at IS NULL))",
    )
    .bind(provider.slug())
    .bind(provider.slug())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(counts)
}

async fn upsert(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    product: &CatalogProduct,
    raw: &str,
    synced_at: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO products (provider, product_id, brand, name, kind, country, currency, categories, denominations,
             range_min, range_max, range_step, price_currency, in_stock, logo, raw, first_seen_at, synced_at, gone_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
         ON CONFLICT (provider, product_id) DO UPDATE SET
             brand = excluded.brand, name = excluded.name, kind = excluded.kind, country = excluded.country,
             currency = excluded.currency, categories = excluded.categories, denominations = excluded.denominations,
             range_min = excluded.range_min, range_max = excluded.range_max, range_step = excluded.range_step,
             price_currency = excluded.price_currency, in_stock = excluded.in_stock, logo = excluded.logo,
             raw = excluded.raw, synced_at = excluded.synced_at, gone_at = NULL",
    )
    .bind(product.provider.slug())
    .bind(&product.id)
    .bind(&product.brand)
    .bind(&product.name)
    .bind(product.kind.as_str())
    .bind(&product.country)
    .bind(&product.currency)
    .bind(json(&product.categories))
    .bind(json(&product.denominations))
    .bind(product.range.as_ref().map(|r| r.min.clone()))
    .bind(product.range.as_ref().map(|r| r.max.clone()))
    .bind(product.range.as_ref().map(|r| r.step.clone()))
    .bind(&product.price_currency)
    .bind(product.in_stock)
    .bind(&product.logo)
    .bind(raw)
    .bind(synced_at)
    .bind(synced_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn product(id: &str, country: &str, kind: Kind) -> (CatalogProduct, Value) {
        let product = CatalogProduct {
            provider: Provider::Bitrefill,
            id: id.into(),
            brand: id.into(),
            name: id.into(),
            kind,
            country: Some(country.into()),
            currency: Some("USD".into()),
            categories: Vec::new(),
            denominations: Vec::new(),
            range: None,
            price_currency: None,
            in_stock: true,
            logo: None,
        };
        (product, serde_json::json!({"id": id}))
    }

    async fn live(store: &Store) -> Vec<String> {
        sqlx::query_scalar("SELECT product_id FROM products WHERE gone_at IS NULL ORDER BY product_id")
            .fetch_all(store.pool())
            .await
            .unwrap()
    }

    /// A listing of part of the catalog marks gone only what that part should have held.
    #[tokio::test]
    async fn only_products_within_the_scope_can_be_marked_gone() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("scope.sqlite3")).await.unwrap();
        let everything = [
            product("de-card", "DE", Kind::GiftCard),
            product("de-esim", "DE", Kind::Esim),
            product("fr-card", "FR", Kind::GiftCard),
            product("us-card", "US", Kind::GiftCard),
        ];
        apply_whole(store.pool(), Provider::Bitrefill, &everything).await.unwrap();

        // German gift cards listed again, and de-card is no longer among them; nothing else is touched.
        let tick = || tokio::time::sleep(std::time::Duration::from_millis(5));
        tick().await;
        let since = now();
        let scope = Scope { countries: vec!["DE".into()], kinds: vec![Kind::GiftCard], left_out: Vec::new() };
        let counts =
            apply(store.pool(), Provider::Bitrefill, &[], Coverage::Whole { since: &since, scope: &scope })
                .await
                .unwrap();
        assert_eq!(counts.gone, 1);
        assert_eq!(live(&store).await, ["de-esim", "fr-card", "us-card"]);

        // Every country listed but France, whose listing failed: France keeps its products.
        tick().await;
        let since = now();
        let scope = Scope { left_out: vec!["FR".into()], ..Scope::default() };
        let listed = [product("us-card", "US", Kind::GiftCard)];
        let counts = apply(
            store.pool(),
            Provider::Bitrefill,
            &listed,
            Coverage::Whole { since: &since, scope: &scope },
        )
        .await
        .unwrap();
        assert_eq!(counts.gone, 1, "de-esim went; fr-card stayed");
        assert_eq!(live(&store).await, ["fr-card", "us-card"]);
        store.close().await;
    }
}
