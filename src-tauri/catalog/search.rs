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

/// One or two plain letters or digits: the first keystrokes. They match names by their start through an
/// index (the word index would rank most of the catalog); returns the bounds `[low, high)`.
fn first_keystrokes(text: &str) -> Option<(String, String)> {
    let text = text.trim().to_ascii_lowercase();
    if text.is_empty() || text.len() > 2 || !text.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut high = text.clone().into_bytes();
    *high.last_mut()? += 1;
    Some((text, String::from_utf8(high).ok()?))
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

/// How the words of a query pick rows. Which one is fastest depends on how many rows match and how many the
/// filters keep (figures from the 100,000-product benchmark, `benches/catalog.rs`).
enum Matching {
    /// No words: everything that passes the filters, by name.
    All,
    /// The first keystrokes: names starting with them, through the name index.
    NameStarts(String, String),
    /// The best `take` matches by relevance (bm25 with name above brand above category), ranked inside
    /// FTS5, before any filter: a few milliseconds however many rows match.
    Ranked { expression: String, take: usize },
    /// The first matches in index order, filters applied as they come: stops at the limit, so quick when
    /// the filters keep most rows.
    AnyOrder { expression: String },
    /// Every match that passes the filters, names starting with `first` first: when filters keep few rows,
    /// the word index yields row ids and the filters' indexes do the rest.
    Filtered { expression: String, first: String },
}

/// Filters that keep a small part of the catalog (a country holds a few percent of it).
fn is_selective(query: &SearchQuery) -> bool {
    query.country.is_some() || query.kind.is_some() || query.currency.is_some() || query.category.is_some()
}

pub async fn search(pool: &SqlitePool, query: &SearchQuery) -> Result<Vec<CatalogProduct>> {
    let limit = query.limit.unwrap_or(50).clamp(1, 500) as usize;
    let Some(expression) = fts_expression(&query.text) else {
        return select(pool, query, &Matching::All, limit).await;
    };
    let first = query.text.split_whitespace().next().unwrap_or_default().to_lowercase();
    let filtered = Matching::Filtered { expression: expression.clone(), first };
    if let Some((low, high)) = first_keystrokes(&query.text) {
        // Brands starting with the letters first, by name; then other words starting with them ("es" →
        // "Airalo eSIM"), only looked up when the first kind does not fill the screen.
        let mut found = select(pool, query, &Matching::NameStarts(low, high), limit).await?;
        if found.len() < limit {
            let others = if is_selective(query) { filtered } else { Matching::AnyOrder { expression } };
            let mut more = select(pool, query, &others, limit * 2).await?;
            more.retain(|p| !found.iter().any(|f| f.provider == p.provider && f.id == p.id));
            more.sort_by_cached_key(|p| p.name.to_lowercase());
            let room = limit - found.len();
            found.extend(more.into_iter().take(room));
        }
        return Ok(found);
    }
    if query.sort == SortOrder::Name || is_selective(query) {
        return select(pool, query, &filtered, limit).await;
    }
    // Unfiltered (or only by provider or stock): rank first, filter after, with room for what filters drop;
    // when they drop too much to fill the screen, the filtered way gives the complete answer.
    // Names and brands weigh most, so their matches come first: ranking only those is cheaper when a word
    // is common among categories ("trav" → "Travel"), and is enough whenever they fill the screen.
    let take = limit * 3;
    let in_names = format!("{{name brand}} : ({expression})");
    let ranked = select(pool, query, &Matching::Ranked { expression: in_names, take }, take).await?;
    if ranked.len() >= limit {
        return Ok(ranked.into_iter().take(limit).collect());
    }
    let ranked = select(pool, query, &Matching::Ranked { expression, take }, take).await?;
    if ranked.len() >= limit {
        return Ok(ranked.into_iter().take(limit).collect());
    }
    let complete = select(pool, query, &filtered, limit).await?;
    Ok(if complete.len() > ranked.len() { complete } else { ranked })
}

async fn select(
    pool: &SqlitePool,
    query: &SearchQuery,
    matching: &Matching,
    limit: usize,
) -> Result<Vec<CatalogProduct>> {
    let mut sql: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT p.provider, p.product_id, p.brand, p.name, p.kind, p.country, p.currency, p.categories, \
         p.denominations, p.range_min, p.range_max, p.range_step, p.price_currency, p.in_stock, p.logo FROM ",
    );
    match matching {
        Matching::Ranked { expression, take } => {
            sql.push("(SELECT rowid AS id, rank FROM products_fts WHERE products_fts MATCH ")
                .push_bind(expression.clone())
                .push(" AND rank MATCH 'bm25(10.0, 5.0, 1.0)' ORDER BY rank LIMIT ")
                .push_bind(*take as i64)
                .push(") f JOIN products p ON p.rowid = f.id");
        }
        Matching::AnyOrder { expression } => {
            sql.push("products p JOIN products_fts ON products_fts.rowid = p.rowid AND products_fts MATCH ")
                .push_bind(expression.clone());
        }
        _ => {
            sql.push("products p");
        }
    }
    sql.push(" WHERE p.gone_at IS NULL");
    match matching {
        Matching::NameStarts(low, high) => {
            sql.push(" AND p.name COLLATE NOCASE >= ").push_bind(low.clone());
            sql.push(" AND p.name COLLATE NOCASE < ").push_bind(high.clone());
        }
        Matching::Filtered { expression, .. } => {
            sql.push(" AND p.rowid IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ")
                .push_bind(expression.clone())
                .push(")");
        }
        Matching::All | Matching::Ranked { .. } | Matching::AnyOrder { .. } => {}
    }
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
    match matching {
        Matching::Ranked { .. } => {
            sql.push(" ORDER BY f.rank");
        }
        Matching::AnyOrder { .. } => {}
        Matching::Filtered { first, .. } if query.sort == SortOrder::Relevance => {
            sql.push(" ORDER BY (p.name LIKE ")
                .push_bind(format!("{}%", first.replace(['%', '_'], "")))
                .push(") DESC");
            sql.push(", p.name COLLATE NOCASE, p.country");
        }
        _ => {
            sql.push(" ORDER BY p.name COLLATE NOCASE, p.country");
        }
    }
    sql.push(" LIMIT ").push_bind(limit as i64);
    let rows: Vec<Row> = sql.build_query_as().fetch_all(pool).await?;
    Ok(rows.into_iter().map(Row::into_product).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_keystrokes_become_a_name_range() {
        assert_eq!(first_keystrokes("Ne"), Some(("ne".into(), "nf".into())));
        assert_eq!(first_keystrokes("z9"), Some(("z9".into(), "z:".into())));
        assert_eq!(first_keystrokes("ama"), None);
        assert_eq!(first_keystrokes("é"), None);
    }

    #[test]
    fn every_word_is_a_quoted_prefix() {
        assert_eq!(fts_expression("Ama gift").as_deref(), Some("\"ama\"* \"gift\"*"));
        assert_eq!(fts_expression("  \"*) "), None);
        assert_eq!(fts_expression("amazon.com").as_deref(), Some("\"amazon\"* \"com\"*"));
    }
}
