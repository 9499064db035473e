//! Finding out what happened to purchases whose answer was lost, without ever sending them again.
//!
//! Bitrefill's listings carry no orders and may hide unpaid invoices, so the window around the purchase is
//! listed whole (orders, and invoices with unpaid ones asked for), every candidate invoice is read for its
//! orders, and one that holds exactly the products sent is linked. "Never created" is concluded only from a
//! complete listing of a window that has closed; until then the purchase stays `unknown` and says what was
//! looked at. A lookup that fails is said on the purchase; it never takes the list of purchases down.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::answers::invoice_change;
use super::ledger::{self, Change, When};
use super::sending::still_sending;
use super::Checkout;
use super::{Purchase, PurchaseState};
use crate::clock::{iso, now_ms, parse_time};
use crate::error::{Error, Result};
use crate::providers::bitrefill::BitrefillClient;
use crate::providers::bitrefill_answers::{Invoice, Listing};
use crate::providers::bitrefill_orders::Window;
use crate::providers::Provider;
use crate::tr;

/// An invoice created this long before the purchase row (clock skew) or after it still counts as a match.
const BEFORE_MS: u64 = 2 * 60 * 1000;
const AFTER_MS: u64 = 10 * 60 * 1000;
/// Pages of each listing read at most per look: 1,000 entries in 20 minutes is far more than one desk buys.
const MAX_PAGES: usize = 20;

/// What reconciling found: the purchases that changed, and those whose lookup failed (with why).
#[derive(Debug, Default)]
pub struct Reconciled {
    pub changed: Vec<Purchase>,
    pub failed: Vec<(String, Error)>,
}

/// What one look at the listings saw.
struct Search {
    /// Invoice ids seen in the window, from either listing.
    candidates: BTreeSet<String>,
    /// Both listings were read to their last page.
    complete: bool,
    orders_seen: usize,
    invoices_seen: usize,
}

impl Checkout {
    /// Every purchase left `sending` by a process that died, or `unknown`: looked up at the provider where it
    /// can be. Run at start and by `purchases` and `track`. A failure is kept per purchase, never returned for
    /// the whole list.
    pub async fn reconcile(&self) -> Result<Reconciled> {
        let pool = &self.store;
        let mut found = Reconciled::default();
        for waiting in ledger::list_in(pool, &[PurchaseState::Sending, PurchaseState::Unknown]).await? {
            match self.reconcile_one(&waiting.purchase_id).await {
                Ok(Some(purchase)) => found.changed.push(purchase),
                Ok(None) => {}
                Err(error) => found.failed.push((waiting.purchase_id, error)),
            }
        }
        Ok(found)
    }

    /// Looks one purchase up; a failed lookup is noted on the purchase (once) and returned.
    pub(crate) async fn reconcile_one(&self, id: &str) -> Result<Option<Purchase>> {
        let outcome = self.try_reconcile_one(id).await;
        if let Err(error) = &outcome {
            tracing::warn!(purchase = %id, %error, "lookup of a purchase whose answer was lost failed");
            let detail = tr!("checkout-event-lookup-failed", error = error.to_string());
            self.note_once(id, &detail).await?;
        }
        outcome
    }

    async fn try_reconcile_one(&self, id: &str) -> Result<Option<Purchase>> {
        let pool = &self.store;
        let mut purchase = ledger::get(pool, id).await?;
        if purchase.state == PurchaseState::Sending {
            if still_sending(&self.data_dir, id, self.store.team()).await? {
                return Ok(None);
            }
            let change = Change {
                state: Some(PurchaseState::Unknown),
                detail: tr!("checkout-event-stopped-before-answer"),
                ..Change::default()
            };
            ledger::record(pool, id, &change, When::From(PurchaseState::Sending)).await?;
            purchase = ledger::get(pool, id).await?;
        }
        if purchase.state != PurchaseState::Unknown {
            return Ok(None);
        }
        match purchase.provider {
            Provider::Bitrefill => self.find_invoice(&purchase).await,
            // No listing exists: the reseller looks the order up by the id in Cryptorefills' email.
            Provider::Cryptorefills => Ok(Some(purchase)),
        }
    }

    /// Appends a note to the purchase's trail unless it is already the latest one.
    async fn note_once(&self, id: &str, detail: &str) -> Result<()> {
        let last = self.purchase_events(id).await?.into_iter().last().map(|e| e.detail);
        if last.as_deref() != Some(detail) {
            let change = Change { detail: detail.to_owned(), ..Change::default() };
            ledger::record(&self.store, id, &change, When::From(PurchaseState::Unknown)).await?;
        }
        Ok(())
    }

    /// Lists the window around the purchase, reads each candidate invoice, links exactly one match.
    async fn find_invoice(&self, purchase: &Purchase) -> Result<Option<Purchase>> {
        let pool = &self.store;
        let created = parse_time(&purchase.created_at).ok_or_else(|| {
            Error::Internal(format!("purchase {} has no readable creation time", purchase.purchase_id))
        })?;
        let request = ledger::request(pool, &purchase.purchase_id).await?;
        let wanted = products_in_request(&request);
        let client = self.accounts.bitrefill().await?;
        let window_closed = now_ms() > created + AFTER_MS;
        let window = Window {
            after_ms: created.saturating_sub(BEFORE_MS),
            before_ms: (created + AFTER_MS).min(now_ms() + 60_000),
        };
        let search = list_window(&client, window, &wanted).await?;
        let mut matches = Vec::new();
        for id in &search.candidates {
            if ledger::is_linked(pool, Provider::Bitrefill, id).await? {
                continue;
            }
            let invoice = client.invoice(id).await?;
            let at = invoice.value.created_ms().unwrap_or(0);
            if at + BEFORE_MS >= created
                && at <= created + AFTER_MS
                && products_in_invoice(&invoice.value) == wanted
            {
                matches.push(invoice);
            }
        }
        let checked = tr!(
            "checkout-reconcile-checked",
            orders = search.orders_seen,
            invoices = search.invoices_seen,
            from = iso(window.after_ms),
            to = iso(window.before_ms),
            read = search.candidates.len()
        );
        let refund = request.get("refund_address").and_then(Value::as_str);
        let found = tr!("checkout-event-found-by-reconciliation");
        if let Some(nearest) = clearly_nearest(&matches, created) {
            // Several lost purchases of the same products close together (oldest reconciled first, each taking
            // its own): the invoice created right after this row was written is this one's.
            let change = invoice_change(&matches[nearest], refund, &found);
            ledger::record(pool, &purchase.purchase_id, &change, When::From(PurchaseState::Unknown)).await?;
            return Ok(Some(ledger::get(pool, &purchase.purchase_id).await?));
        }
        let change = match matches.as_slice() {
            [one] => invoice_change(one, refund, &found),
            [] if window_closed && search.complete => Change {
                state: Some(PurchaseState::NotCreated),
                detail: tr!("checkout-event-never-created", checked = checked.as_str()),
                ..Change::default()
            },
            [] => {
                let note = if search.complete {
                    tr!("checkout-event-not-found-yet", checked = checked.as_str())
                } else {
                    tr!("checkout-event-listing-incomplete", checked = checked.as_str())
                };
                self.note_once(&purchase.purchase_id, &note).await?;
                return Ok(None);
            }
            many => Change {
                detail: tr!("checkout-event-several-match", count = many.len(), checked = checked.as_str()),
                ..Change::default()
            },
        };
        ledger::record(pool, &purchase.purchase_id, &change, When::From(PurchaseState::Unknown)).await?;
        Ok(Some(ledger::get(pool, &purchase.purchase_id).await?))
    }
}

/// Both listings over the window, every page: the invoice ids they name.
async fn list_window(
    client: &BitrefillClient,
    window: Window,
    wanted: &BTreeMap<String, u64>,
) -> Result<Search> {
    let mut search = Search { candidates: BTreeSet::new(), complete: true, orders_seen: 0, invoices_seen: 0 };
    let (orders, complete) = every_page(|next| client.orders_page(window, next)).await?;
    search.complete &= complete;
    search.orders_seen = orders.len();
    // An order of another product belongs to another invoice: not worth a read.
    let ours = |product: Option<&str>| product.is_none_or(|id| wanted.contains_key(id));
    search.candidates.extend(
        orders
            .iter()
            .filter(|o| ours(o.order.product.as_ref().and_then(|p| p.id.as_deref())))
            .filter_map(|o| o.invoice_id().map(str::to_owned)),
    );
    let (invoices, complete) = every_page(|next| client.invoices_page(window, next)).await?;
    search.complete &= complete;
    search.invoices_seen = invoices.len();
    search.candidates.extend(invoices.into_iter().filter_map(|i| i.id));
    Ok(search)
}

/// Every entry of a listing, following `next`; and whether the listing was read whole (every entry readable,
/// and the last page reached within [`MAX_PAGES`]).
async fn every_page<T, F, Fut>(mut page: F) -> Result<(Vec<T>, bool)>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: std::future::Future<Output = Result<Listing<T>>>,
{
    let (mut all, mut next, mut readable) = (Vec::new(), None, true);
    for _ in 0..MAX_PAGES {
        let listing = page(next.take()).await?;
        readable &= listing.skipped == 0;
        let more = !listing.items.is_empty();
        all.extend(listing.items);
        match listing.next {
            Some(url) if more => next = Some(url),
            _ => return Ok((all, readable)),
        }
    }
    Ok((all, false))
}

/// Of several matching invoices, the one created nearest the purchase row, when it is at least twice as near
/// as any other; `None` when none stands out (then the reseller is asked to check).
fn clearly_nearest(matches: &[crate::providers::decode::Answer<Invoice>], created: u64) -> Option<usize> {
    if matches.len() < 2 {
        return None;
    }
    let mut by_distance: Vec<(u64, usize)> = matches
        .iter()
        .enumerate()
        .map(|(i, invoice)| (invoice.value.created_ms().unwrap_or(0).abs_diff(created), i))
        .collect();
    by_distance.sort_unstable();
    let ((nearest, index), (next, _)) = (by_distance[0], by_distance[1]);
    (nearest.saturating_mul(2) < next).then_some(index)
}

/// Product id → units, from the request that was sent (`POST /invoices`' `products`, or the one eSIM of
/// `POST /esims`).
fn products_in_request(request: &Value) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    if let Some(esim) = request.get("product_id").and_then(Value::as_str) {
        counts.insert(esim.to_owned(), 1);
    }
    for item in request.get("products").and_then(Value::as_array).into_iter().flatten() {
        let id = item.get("product_id").and_then(Value::as_str).unwrap_or_default().to_owned();
        *counts.entry(id).or_default() += item.get("quantity").and_then(Value::as_u64).unwrap_or(1);
    }
    counts
}

/// Product id → units, from an invoice's orders (one order per unit).
fn products_in_invoice(invoice: &Invoice) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for order in &invoice.orders {
        let id = order.product.as_ref().and_then(|p| p.id.clone()).unwrap_or_default();
        *counts.entry(id).or_default() += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use crate::tr;

    #[test]
    fn what_was_looked_at_counts_in_words() {
        let (from, to) = ("2026-01-01T10:00:00.000Z", "2026-01-01T10:12:00.000Z");
        let one = tr!("checkout-reconcile-checked", orders = 1, invoices = 0, from = from, to = to, read = 1);
        assert_eq!(
            one,
            "1 order and 0 invoices (unpaid included) listed between 2026-01-01T10:00:00.000Z and \
             2026-01-01T10:12:00.000Z, 1 read"
        );
        let many =
            tr!("checkout-reconcile-checked", orders = 3, invoices = 1, from = from, to = to, read = 2);
        assert!(many.starts_with("3 orders and 1 invoice (unpaid"), "{many}");
    }
}
