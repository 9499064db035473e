//! Cryptorefills families: what a brand sells in one country (fixed denominations, an open range, eSIM
//! plans), fetched when the brand is opened or bought and cached for offline use.

use std::time::Duration;

use serde_json::Value;

use super::search::product;
use super::{CatalogProduct, Denomination, ValueRange};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::providers::decode::normalise_decimal;
use crate::providers::Provider;

/// A cached family older than this is fetched again before it is sold (stock and prices move).
pub const FRESH_FOR: Duration = Duration::from_secs(5 * 60);

/// Fills a Cryptorefills brand row with its family's products. `raw` is one family object.
pub fn apply_family(product: &mut CatalogProduct, raw: &Value) {
    let mut denominations = Vec::new();
    let mut range = None;
    let mut currency = None;
    for item in raw.get("products").and_then(Value::as_array).into_iter().flatten() {
        let text = |key: &str| item.get(key).and_then(Value::as_str).map(str::to_owned);
        let number = |value: Option<&Value>| {
            value.and_then(|v| v.as_str().map(str::to_owned).or_else(|| v.as_f64().map(|f| f.to_string())))
        };
        let dynamic = item.get("is_dynamic").and_then(Value::as_bool).unwrap_or(false);
        if dynamic {
            let r = item.get("range").cloned().unwrap_or_default();
            currency = currency.or_else(|| r.get("currency").and_then(Value::as_str).map(str::to_owned));
            let decimal = |key: &str| number(r.get(key)).and_then(|t| normalise_decimal(&t));
            if let (Some(min), Some(max)) = (decimal("min"), decimal("max")) {
                range =
                    Some(ValueRange { min, max, step: decimal("step_size").unwrap_or_else(|| "1".into()) });
            }
            continue;
        }
        let Some(label) = text("denomination") else { continue };
        let face = item.pointer("/face_value/amount/price").or_else(|| item.get("face_value"));
        let amount = number(face).and_then(|t| normalise_decimal(&t));
        currency = currency
            .or_else(|| item.pointer("/face_value/currency_code").and_then(Value::as_str).map(str::to_owned));
        denominations.push(Denomination {
            value: text("localized_denomination").unwrap_or_else(|| label.clone()),
            id: label,
            amount,
            price: None,
        });
    }
    product.denominations = denominations;
    product.range = range;
    product.currency = currency.or_else(|| product.currency.clone());
    product.in_stock = !raw.get("is_out_of_stock").and_then(Value::as_bool).unwrap_or(false);
}

impl Context {
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
                format!(
                    "{} has no product \"{id}\" in the catalog; refresh the catalog or check the id",
                    provider.display_name()
                ),
            )
        };
        let (mut found, age) = product(self.store.pool(), provider, id).await?.ok_or_else(unknown)?;
        match provider {
            Provider::Bitrefill => {
                if refresh || age > FRESH_FOR.as_secs_f64() {
                    let client = self.bitrefill_client().await?;
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
                let cached: Option<(String, f64)> = sqlx::query_as(
                    "SELECT raw, (julianday('now') - julianday(fetched_at)) * 86400 FROM family_products WHERE product_id = ?",
                )
                .bind(id)
                .fetch_optional(self.store.pool())
                .await?;
                let raw = match cached {
                    Some((raw, age)) if !refresh && age < FRESH_FOR.as_secs_f64() => {
                        serde_json::from_str(&raw).unwrap_or_default()
                    }
                    _ => self.fetch_family(&found).await?,
                };
                apply_family(&mut found, &raw);
            }
        }
        Ok(found)
    }

    async fn fetch_family(&self, brand: &CatalogProduct) -> Result<Value> {
        let country = brand.country.clone().unwrap_or_default();
        let client = self.cryptorefills_client().await?;
        let families = client.family_products(&country, &brand.brand).await?;
        // The entry of this exact brand; a family answered without brand names is matched by its slug.
        let same = |a: &Option<String>, b: &str| a.as_deref().is_some_and(|a| a.eq_ignore_ascii_case(b));
        let family = families
            .iter()
            .find(|f| same(&f.value.brand, &brand.name))
            .or_else(|| {
                families.iter().find(|f| f.value.brand.is_none() && same(&f.value.family, &brand.brand))
            })
            .map(|f| f.raw.clone())
            .ok_or_else(|| {
                Error::invalid(
                    "product",
                    format!("Cryptorefills no longer sells {} in {country}", brand.name),
                )
            })?;
        sqlx::query(
            "INSERT INTO family_products (product_id, raw, fetched_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
             ON CONFLICT (product_id) DO UPDATE SET raw = excluded.raw, fetched_at = excluded.fetched_at",
        )
        .bind(&brand.id)
        .bind(family.to_string())
        .execute(self.store.pool())
        .await?;
        Ok(family)
    }
}
