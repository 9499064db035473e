//! Cryptorefills families: what a brand sells in one country (fixed denominations, an open range, eSIM
//! plans), fetched when the brand is opened or bought and cached for offline use.

use std::time::Duration;

use super::search::product;
use super::Catalog;
use super::{CatalogProduct, Denomination, ValueRange};
use crate::error::{Error, Result};
use crate::providers::cryptorefills_families::Family;
use crate::providers::Provider;
use crate::tr;

/// A cached family older than this is fetched again before it is sold (stock and prices move).
pub const FRESH_FOR: Duration = Duration::from_secs(5 * 60);

/// Fills a Cryptorefills brand row with its family's products.
pub fn apply_family(product: &mut CatalogProduct, family: &Family) {
    let mut denominations = Vec::new();
    let mut range = None;
    let mut currency = None;
    for item in &family.products {
        if item.is_dynamic == Some(true) {
            let Some(span) = &item.range else { continue };
            currency = currency.or_else(|| span.currency.clone());
            if let (Some(min), Some(max)) = (span.min.clone(), span.max.clone()) {
                range =
                    Some(ValueRange { min, max, step: span.step_size.clone().unwrap_or_else(|| "1".into()) });
            }
            continue;
        }
        let Some(label) = item.denomination.clone() else { continue };
        currency = currency.or_else(|| item.face_value.currency.clone());
        denominations.push(Denomination {
            value: item.localized_denomination.clone().unwrap_or_else(|| label.clone()),
            id: label,
            amount: item.face_value.amount.clone(),
            price: None,
        });
    }
    product.denominations = denominations;
    product.range = range;
    product.currency = currency.or_else(|| product.currency.clone());
    product.in_stock = family.is_out_of_stock != Some(true);
}

impl Catalog {
    /// A product as it can be sold: Bitrefill's from the catalog, Cryptorefills' with its family's products
    /// (from the cache while fresh, else fetched). `refresh` forces a fetch (stock re-read before the cart).
    pub async fn sellable_product(
        &self,
        provider: Provider,
        id: &str,
        refresh: bool,
    ) -> Result<CatalogProduct> {
        let unknown = || {
            Error::invalid(
                "product",
                tr!("catalog-no-such-product", provider = provider.display_name(), id = id),
            )
        };
        let (mut found, age) = product(self.store.pool(), provider, id).await?.ok_or_else(unknown)?;
        match provider {
            Provider::Bitrefill => {
                if refresh || age > FRESH_FOR.as_secs_f64() {
                    let client = self.accounts.bitrefill().await?;
                    match client.product(id).await {
                        Ok(live) => found.in_stock = live.in_stock.unwrap_or(found.in_stock),
                        // The hour's product allowance is spent (a sync used it): the synced copy stands, and
                        // Bitrefill itself refuses an invoice for what is out of stock, charging nothing.
                        Err(Error::RateBudget { wait_secs, .. }) => {
                            tracing::info!(product = %id, wait_secs, "stock not re-read: the product allowance is spent; using the synced copy");
                        }
                        Err(error) => return Err(error),
                    }
                }
            }
            Provider::Cryptorefills => {
                let family = self.family_of(&found, refresh).await?;
                apply_family(&mut found, &family);
            }
        }
        Ok(found)
    }

    /// A Cryptorefills brand's family: from the cache while fresh (unless `refresh`), else fetched.
    pub(crate) async fn family_of(&self, brand: &CatalogProduct, refresh: bool) -> Result<Family> {
        let cached: Option<(String, f64)> = sqlx::query_as(
            "SELECT raw, (julianday('now') - julianday(fetched_at)) * 86400 FROM family_products WHERE product_id = ?",
        )
        .bind(&brand.id)
        .fetch_optional(self.store.pool())
        .await?;
        // A cache: a family that no longer reads is fetched again, never taken for an empty one.
        let fresh =
            cached.filter(|(_, age)| !refresh && *age < FRESH_FOR.as_secs_f64()).and_then(|(raw, _)| {
                serde_json::from_str(&raw)
                    .inspect_err(
                        |error| tracing::warn!(%error, product = %brand.id, "cached family unreadable"),
                    )
                    .ok()
            });
        match fresh {
            Some(family) => Ok(family),
            None => self.fetch_family(brand).await,
        }
    }

    async fn fetch_family(&self, brand: &CatalogProduct) -> Result<Family> {
        let country = brand.country.clone().unwrap_or_default();
        let client = self.accounts.cryptorefills().await?;
        let families = client.family_products(&country, &brand.brand).await?;
        // The entry of this exact brand; a family answered without brand names is matched by its slug.
        let same = |a: &Option<String>, b: &str| a.as_deref().is_some_and(|a| a.eq_ignore_ascii_case(b));
        let family = families
            .iter()
            .find(|f| same(&f.value.brand, &brand.name))
            .or_else(|| {
                families.iter().find(|f| f.value.brand.is_none() && same(&f.value.family, &brand.brand))
            })
            .cloned()
            .ok_or_else(|| {
                Error::invalid(
                    "product",
                    tr!("catalog-no-longer-sold", brand = brand.name.as_str(), country = country.as_str()),
                )
            })?;
        sqlx::query(
            "INSERT INTO family_products (product_id, raw, fetched_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
             ON CONFLICT (product_id) DO UPDATE SET raw = excluded.raw, fetched_at = excluded.fetched_at",
        )
        .bind(&brand.id)
        .bind(family.raw.to_string())
        .execute(self.store.pool())
        .await?;
        Ok(family.value)
    }
}
