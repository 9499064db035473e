//! Search as you type: FTS5 prefix matching over name, brand and categories, with filters.

use serde::{Deserialize, Serialize};
use sqlx::{QueryBuilder, Sqlite, SqlitePool};
use ts_rs::TS;

use super::{CatalogProduct, Denomination, Kind, ValueRange};
use crate::error::Result;
use crate::providers::Provider;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    #[default]
    Relevance,
    Name,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct SearchQuery {
    pub text: String,
    #[ts(optional)]
    pub provider: Option<Provider>,
    /// ISO 3166 alpha-2, any case.
    #[ts(optional)]
    pub country: Option<String>,
    #[ts(optional)]
    pub kind: Option<Kind>,
    #[ts(optional)]
    pub category: Option<String>,
    #[ts(optional)]
    pub currency: Option<String>,
    pub in_stock_only: bool,
    pub sort: SortOrder,
    /// At most 500; 50 by default.
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// Each word a prefix, all words required: `ama gift` finds "Amazon.com" in "gifts".
fn fts_expression(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"*", w.to_lowercase()))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[derive(sqlx::FromRow)]
struct Row {
    provider: String,
    product_id: String,
    brand: String,
    name: String,
    kind: String,
    country: Option<String>,
    currency: Option<String>,
    categories: String,
    denominations: String,
    range_min: Option<String>,
    range_max: Option<String>,
    range_step: Option<String>,
    price_currency: Option<String>,
    in_stock: bool,
    logo: Option<String>,
}

impl Row {
    fn into_product(self) -> CatalogProduct {
        CatalogProduct {
            provider: if self.provider == "cryptorefills" {
                Provider::Cryptorefills
            } else {
                Provider::Bitrefill
            },
            id: self.product_id,
            brand: self.brand,
            name: self.name,
            kind: Kind::parse(&self.kind),
            country: self.country,
            currency: self.currency,
            categories: serde_json::from_str(&self.categories).unwrap_or_default(),
            denominations: serde_json::from_str::<Vec<Denomination>>(&self.denominations).unwrap_or_default(),
            range: match (self.range_min, self.range_max, self.range_step) {
                (Some(min), Some(max), Some(step)) => Some(ValueRange { min, max, step }),
                _ => None,
            },
            price_currency: self.price_currency,
            in_stock: self.in_stock,
            logo: self.logo,
        }
    }
}

/// One product by its id, with how many seconds ago it was last synced; gone products too (purchases
/// refer to them), marked not in stock.
pub async fn product(
    pool: &SqlitePool,
    provider: Provider,
    id: &str,
) -> Result<Option<(CatalogProduct, f64)>> {
    let row: Option<(f64, bool)> = sqlx::query_as(
        "SELECT (julianday('now') - julianday(synced_at)) * 86400, gone_at IS NOT NULL FROM products \
         WHERE provider = ? AND product_id = ?",
    )
    .bind(provider.slug())
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some((age, gone)) = row else { return Ok(None) };
    let row: Row = sqlx::query_as(
        "SELECT provider, product_id, brand, name, kind, country, currency, categories, denominations, \
         range_min, range_max, range_step, price_currency, in_stock, logo FROM products \
         WHERE provider = ? AND product_id = ?",
    )
    .bind(provider.slug())
    .bind(id)
    .fetch_one(pool)
    .await?;
    let mut product = row.into_product();
    product.in_stock &= !gone;
    Ok(Some((product, age)))
}

pub async fn search(pool: &SqlitePool, query: &SearchQuery) -> Result<Vec<CatalogProduct>> {
    let expression = fts_expression(&query.text);
    let mut sql: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT p.provider, p.product_id, p.brand, p.name, p.kind, p.country, p.currency, p.categories, \
         p.denominations, p.range_min, p.range_max, p.range_step, p.price_currency, p.in_stock, p.logo \
         FROM products p ",
    );
    if let Some(expression) = &expression {
        sql.push("JOIN products_fts ON products_fts.rowid = p.rowid AND products_fts MATCH ")
            .push_bind(expression.clone());
    }
    sql.push(" WHERE p.gone_at IS NULL");
    if let Some(provider) = query.provider {
        sql.push(" AND p.provider = ").push_bind(provider.slug());
    }
    if let Some(country) = &query.country {
        sql.push(" AND p.country = ").push_bind(country.to_ascii_uppercase());
    }
    if let Some(kind) = query.kind {
        sql.push(" AND p.kind = ").push_bind(kind.as_str());
    }
    if let Some(currency) = &query.currency {
        sql.push(" AND p.currency = ").push_bind(currency.to_ascii_uppercase());
    }
    if let Some(category) = &query.category {
        sql.push(" AND EXISTS (SELECT 1 FROM json_each(p.categories) WHERE json_each.value = ")
            .push_bind(category.clone())
            .push(")");
    }
    if query.in_stock_only {
        sql.push(" AND p.in_stock = 1");
    }
    match (query.sort, expression.is_some()) {
        (SortOrder::Relevance, true) => {
            sql.push(" ORDER BY bm25(products_fts, 10.0, 5.0, 1.0), p.name COLLATE NOCASE")
        }
        _ => sql.push(" ORDER BY p.name COLLATE NOCASE, p.country"),
    };
    sql.push(" LIMIT ").push_bind(i64::from(query.limit.unwrap_or(50).clamp(1, 500)));
    let rows: Vec<Row> = sql.build_query_as().fetch_all(pool).await?;
    Ok(rows.into_iter().map(Row::into_product).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_a_quoted_prefix() {
        assert_eq!(fts_expression("Ama gift").as_deref(), Some("\"ama\"* \"gift\"*"));
        assert_eq!(fts_expression("  \"*) "), None);
        assert_eq!(fts_expression("amazon.com").as_deref(), Some("\"amazon\"* \"com\"*"));
    }
}
