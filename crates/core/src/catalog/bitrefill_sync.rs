//! The Bitrefill sync: page through `GET /products` (following `_next`) and apply what came. A catalog larger
//! than an hour's allowance (1000 products an hour, where products are what is counted) is listed in parts,
//! each sync continuing where the last stopped; once it has outgrown the hour, and the reseller has chosen
//! markets or product kinds in Settings, only those are listed, so they stay fresh every hour.

use serde::{Deserialize, Serialize};

use super::import::from_bitrefill;
use super::sync::{finish, Listing, Run, SyncProgress, SyncReport};
use super::write::{now, Coverage, Scope};
use super::Kind;
use crate::error::{Error, Result};
use crate::providers::bitrefill::BitrefillClient;
use crate::providers::Provider;
use crate::store::Store;

/// Where an unfinished round stopped (an hourly allowance ran out): the next page to ask for, the listings not
/// yet begun, when the round began, and what it lists.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Cursor {
    next: String,
    #[serde(default)]
    queued: Vec<String>,
    round_started_at: String,
    #[serde(default)]
    scope: Scope,
}

const CURSOR_KEY: &str = "bitrefill_sync_cursor";
/// Set once a round of the whole catalog ran out of the hour's allowance: from then on a reseller's choice of
/// markets or kinds narrows the sync.
const OUTGREW_KEY: &str = "bitrefill_catalog_outgrew_hour";

/// Bitrefill's `type` for a kind; products of other kinds cannot be asked for alone.
fn bitrefill_type(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::GiftCard => Some("gift_card"),
        Kind::TopUp => Some("phone_refill"),
        Kind::Esim => Some("esim"),
        Kind::Other => None,
    }
}

/// How long a catalog that outgrew the hour is taken to still do so: after that a whole round is tried again
/// (and narrowing comes back if it runs out again), so a catalog that shrank is listed whole once more.
const OUTGREW_FOR_SECS: f64 = 7.0 * 24.0 * 3600.0;

async fn outgrew_recently(store: &Store) -> Result<bool> {
    let age: Option<f64> = sqlx::query_scalar(
        "SELECT (julianday('now') - julianday(value)) * 86400 FROM app_meta WHERE key = ?",
    )
    .bind(OUTGREW_KEY)
    .fetch_optional(store.pool())
    .await?;
    Ok(age.is_some_and(|age| age < OUTGREW_FOR_SECS))
}

/// What this sync lists: everything, unless the catalog has outgrown the hour and the reseller chose part.
async fn scope_for(store: &Store, chosen: &Scope) -> Result<Scope> {
    // Sorted and once each: "US,US" must not spend the allowance twice, nor a new order restart a round.
    let mut countries: Vec<String> = chosen.countries.iter().map(|c| c.to_ascii_uppercase()).collect();
    countries.sort();
    countries.dedup();
    let mut kinds: Vec<Kind> =
        chosen.kinds.iter().copied().filter(|&kind| bitrefill_type(kind).is_some()).collect();
    kinds.sort_by_key(|kind| kind.as_str());
    kinds.dedup();
    let chosen = Scope { countries, kinds, left_out: Vec::new() };
    if chosen.is_everything() || !outgrew_recently(store).await? {
        return Ok(Scope::default());
    }
    Ok(chosen)
}

/// The first page of each listing the scope needs: one per country and kind chosen.
fn listings(client: &BitrefillClient, include_test_products: bool, scope: &Scope) -> Vec<String> {
    let first = client.first_products_url(include_test_products);
    let countries: Vec<Option<&str>> = match scope.countries.as_slice() {
        [] => vec![None],
        some => some.iter().map(|c| Some(c.as_str())).collect(),
    };
    let kinds: Vec<Option<&str>> = match scope.kinds.as_slice() {
        [] => vec![None],
        some => some.iter().map(|&kind| bitrefill_type(kind)).collect(),
    };
    let mut urls = Vec::new();
    for country in &countries {
        for kind in &kinds {
            let mut url = first.clone();
            if let Some(country) = country {
                url.push_str(&format!("&country={country}"));
            }
            if let Some(kind) = kind {
                url.push_str(&format!("&type={kind}"));
            }
            urls.push(url);
        }
    }
    urls
}

async fn cursor(store: &Store, base: &str, scope: &Scope) -> Result<Option<Cursor>> {
    let saved = store.meta(CURSOR_KEY).await?;
    // A cursor for another address or another scope is not this one's. (Test products asked for or not
    // share a path: a round begun with them may finish without them, which costs nothing but their rows.)
    let path = |url: &str| url.split('?').next().unwrap_or_default().to_owned();
    let same = |c: &Cursor| path(&c.next) == path(base) && c.scope == *scope;
    Ok(saved.and_then(|text| serde_json::from_str::<Cursor>(&text).ok()).filter(same))
}

/// The Bitrefill products the last sync left, which is what this one expects to page through.
async fn known_products(store: &Store) -> Result<u64> {
    let count: Option<i64> =
        sqlx::query_scalar("SELECT live FROM catalog_counts WHERE provider = 'bitrefill'")
            .fetch_optional(store.pool())
            .await?;
    Ok(count.unwrap_or(0) as u64)
}

/// Lists `chosen` (or the whole catalog; see the module's note) and applies it. Under an hourly allowance the
/// catalog outgrows, the sync keeps what it got, says what it left, and the next continues from there;
/// products are marked gone only once a whole round of the scope has been listed. An error before that
/// writes nothing.
pub async fn sync_bitrefill(
    store: &Store,
    client: &BitrefillClient,
    include_test_products: bool,
    chosen: &Scope,
    mut progress: impl FnMut(&SyncProgress),
) -> Result<SyncReport> {
    let run = Run::start(Provider::Bitrefill, &client.http.stats);
    let scope = scope_for(store, chosen).await?;
    let all = listings(client, include_test_products, &scope);
    let resumed = cursor(store, &all[0], &scope).await?;
    let round_started_at =
        resumed.as_ref().map_or_else(|| run.started_at.clone(), |c| c.round_started_at.clone());
    let continued = resumed.is_some();
    let mut pending = match resumed {
        Some(cursor) => [vec![cursor.next], cursor.queued].concat(),
        None => all,
    };
    let fetched = async {
        let currency = client.balance().await?.currency.unwrap_or_else(|| "USD".into());
        let known = if scope.is_everything() { known_products(store).await? } else { 0 };
        let (mut expected_pages, mut listing, mut pages, mut skipped) = (None, Listing::new(), 0, 0);
        while !pending.is_empty() {
            let url = pending.remove(0);
            let page = match client.products_page(&url).await {
                Ok(page) => page,
                Err(Error::RateBudget { wait_secs, .. }) => {
                    tracing::info!(
                        pages,
                        products = listing.len(),
                        wait_secs,
                        "Bitrefill allowance spent; the sync continues in the next window"
                    );
                    let queued = std::mem::take(&mut pending);
                    let cursor = Cursor {
                        next: url,
                        queued,
                        round_started_at: round_started_at.clone(),
                        scope: scope.clone(),
                    };
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
                run.started,
                expected_pages,
            ));
            if let Some(next) = page.next {
                pending.insert(0, next);
            }
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
        None => Coverage::Whole { since: &round_started_at, scope: &scope },
    };
    let report = finish(store, &run, fetched, coverage, &scope, Vec::new()).await?;
    if scope.is_everything() {
        match (&left, continued) {
            (Some(_), _) => store.set_meta(OUTGREW_KEY, Some(&now())).await?,
            // The whole catalog fitted in one sync again.
            (None, false) => store.set_meta(OUTGREW_KEY, None).await?,
            (None, true) => {}
        }
    }
    let cursor = left.as_ref().map(|(cursor, _)| serde_json::to_string(cursor).unwrap_or_default());
    store.set_meta(CURSOR_KEY, cursor.as_deref()).await?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_bitrefill_cannot_list_alone_are_not_asked_for() {
        assert_eq!(bitrefill_type(Kind::TopUp), Some("phone_refill"));
        assert_eq!(bitrefill_type(Kind::Other), None);
    }
}
