//! Search as you type: FTS5 prefix matching over name, brand and categories, with filters.

use serde::{Deserialize, Serialize};
use sqlx::{QueryBuilder, Sqlite, SqlitePool};
use ts_rs::TS;

use super::{CatalogProduct, Kind, ValueRange};
use crate::error::Result;
use crate::providers::Provider;
use crate::store::json_column;

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

/// What was typed as the start of a name: `[low, high)` bounds for the name index, which compares ASCII
/// letters without case (so only plain ASCII text qualifies).
fn name_prefix(text: &str) -> Option<(String, String)> {
    let text = text.trim().to_ascii_lowercase();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
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
    fn into_product(self) -> Result<CatalogProduct> {
        let row = format!("Catalog product {}", self.product_id);
        let categories = json_column(&self.categories, &row, "categories")?;
        let denominations = json_column(&self.denominations, &row, "denominations")?;
        Ok(CatalogProduct {
            provider: Provider::from_slug(&self.provider),
            id: self.product_id,
            brand: self.brand,
            name: self.name,
            kind: Kind::parse(&self.kind),
            country: self.country,
            currency: self.currency,
            categories,
            denominations,
            range: match (self.range_min, self.range_max, self.range_step) {
                (Some(min), Some(max), Some(step)) => Some(ValueRange { min, max, step }),
                _ => None,
            },
            price_currency: self.price_currency,
            in_stock: self.in_stock,
            logo: self.logo,
        })
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
    let mut product = row.into_product()?;
    product.in_stock &= !gone;
    Ok(Some((product, age)))
}

/// How the words of a query pick rows. Which one is fastest depends on how many rows match and how many the
/// filters keep (figures from the 100,000-product benchmark, `benches/catalog.rs`).
enum Matching {
    /// No words: everything that passes the filters, by name.
    All,
    /// Names starting with what was typed, through the name index (with a country, through the country's).
    NameStarts(String, String),
    /// The best `take` matches by relevance (bm25 with name above brand above category), ranked inside
    /// FTS5, before any filter. bm25 reads every match's column sizes first, so this is only asked for
    /// matches that are few enough (`RANK_AT_MOST`).
    Ranked { expression: String, take: usize },
    /// The first matches in index order, filters applied as they come: stops at the limit, so quick when
    /// the filters keep most rows.
    AnyOrder { expression: String },
    /// Every match that passes the filters, names starting with `first` first: when filters keep few rows,
    /// the word index yields row ids and the filters' indexes do the rest.
    Filtered { expression: String, first: String },
}

/// Ranking costs about 3.5 µs a match (the benchmark's machine), so this many rank in about 4 ms. A word
/// matched more often is common ("esim" is in 9,946 of 100,000 names: 35 ms to rank), and bm25 ties most of
/// its matches anyway; they are shown by name instead.
const RANK_AT_MOST: usize = 1_000;

/// Filters that keep a small part of the catalog (a country holds a few percent of it).
fn is_selective(query: &SearchQuery) -> bool {
    query.country.is_some() || query.kind.is_some() || query.currency.is_some() || query.category.is_some()
}

/// Names starting with what was typed come first, by name: the brand being spelled out. Then names with
/// another word starting with it, then categories ("trav" → "Travel"); each looked up only when what came
/// before does not fill the screen.
pub async fn search(pool: &SqlitePool, query: &SearchQuery) -> Result<Vec<CatalogProduct>> {
    let limit = query.limit.unwrap_or(50).clamp(1, 500) as usize;
    let Some(expression) = fts_expression(&query.text) else {
        return select(pool, query, &Matching::All, limit).await;
    };
    let first = query.text.split_whitespace().next().unwrap_or_default().to_lowercase();
    let filtered = Matching::Filtered { expression: expression.clone(), first };
    let first_keystrokes = query.text.trim().chars().count() <= 2;
    if !first_keystrokes && (query.sort == SortOrder::Name || is_selective(query)) {
        return select(pool, query, &filtered, limit).await;
    }
    let mut found = match name_prefix(&query.text) {
        Some((low, high)) => select(pool, query, &Matching::NameStarts(low, high), limit).await?,
        None => Vec::new(),
    };
    if is_selective(query) {
        if found.len() < limit {
            let mut more = select(pool, query, &filtered, limit * 2).await?;
            more.sort_by_cached_key(|p| p.name.to_lowercase());
            add_new(&mut found, more, limit);
        }
        return Ok(found);
    }
    for columns in [format!("{{name brand}} : ({expression})"), expression] {
        if found.len() >= limit {
            break;
        }
        let more = best_matches(pool, query, columns, limit * 2).await?;
        add_new(&mut found, more, limit);
    }
    Ok(found)
}

/// Up to `limit` matches of `expression` that pass the filters: ranked when few enough, else by name.
async fn best_matches(
    pool: &SqlitePool,
    query: &SearchQuery,
    expression: String,
    limit: usize,
) -> Result<Vec<CatalogProduct>> {
    // Counting reads only the word index: about a millisecond for ten thousand matches.
    let matches: i64 = sqlx::query_scalar("SELECT count(*) FROM products_fts WHERE products_fts MATCH ?")
        .bind(&expression)
        .fetch_one(pool)
        .await?;
    let matches = usize::try_from(matches).unwrap_or(usize::MAX);
    if matches == 0 {
        return Ok(Vec::new());
    }
    if matches <= RANK_AT_MOST && query.sort == SortOrder::Relevance {
        // Every match is ranked, so the filters applied after ranking cannot leave the page short.
        return select(pool, query, &Matching::Ranked { expression, take: matches }, limit).await;
    }
    let mut any = select(pool, query, &Matching::AnyOrder { expression }, limit).await?;
    any.sort_by_cached_key(|p| p.name.to_lowercase());
    Ok(any)
}

/// Appends the products `found` does not hold yet, in their order, until it holds `limit`.
fn add_new(found: &mut Vec<CatalogProduct>, more: Vec<CatalogProduct>, limit: usize) {
    for product in more {
        if found.len() >= limit {
            break;
        }
        if !found.iter().any(|f| f.provider == product.provider && f.id == product.id) {
            found.push(product);
        }
    }
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
            // bm25 ties names of one length; the name then decides, so one catalog always answers alike
            // whatever order its rows were written in.
            sql.push(" ORDER BY f.rank, p.name COLLATE NOCASE, p.country");
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
    rows.into_iter().map(Row::into_product).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_a_name_range() {
        assert_eq!(name_prefix("Ne"), Some(("ne".into(), "nf".into())));
        assert_eq!(name_prefix("z9"), Some(("z9".into(), "z:".into())));
        assert_eq!(name_prefix(" Amazon.com "), Some(("amazon.com".into(), "amazon.con".into())));
        // The name index folds the case of ASCII letters only.
        assert_eq!(name_prefix("é"), None);
        assert_eq!(name_prefix("  "), None);
    }

    #[test]
    fn every_word_is_a_quoted_prefix() {
        assert_eq!(fts_expression("Ama gift").as_deref(), Some("\"ama\"* \"gift\"*"));
        assert_eq!(fts_expression("  \"*) "), None);
        assert_eq!(fts_expression("amazon.com").as_deref(), Some("\"amazon\"* \"com\"*"));
    }
}
