//! Finding out what happened to purchases whose answer was lost, without ever sending them again.

use std::collections::BTreeMap;

use serde_json::Value;

use super::answers::invoice_change;
use super::ledger::{self, Change, When};
use super::sending::still_sending;
use super::{Purchase, PurchaseState};
use crate::clock::{iso, parse_time};
use crate::context::Context;
use crate::error::Result;
use crate::providers::Provider;

/// An invoice created this long before the purchase row (clock skew) or after it still counts as a match.
const BEFORE_MS: u64 = 2 * 60 * 1000;
const AFTER_MS: u64 = 10 * 60 * 1000;

impl Context {
    /// Every purchase left `sending` by a process that died, or `unknown`: looked up at the provider where it
    /// can be. Run at start and by `purchases` and `track`. Returns the purchases that changed.
    pub async fn reconcile(&self) -> Result<Vec<Purchase>> {
        let pool = self.store.pool();
        let mut changed = Vec::new();
        for waiting in ledger::list_in(pool, &[PurchaseState::Sending, PurchaseState::Unknown]).await? {
            if let Some(purchase) = self.reconcile_one(&waiting.purchase_id).await? {
                changed.push(purchase);
            }
        }
        Ok(changed)
    }

    pub(super) async fn reconcile_one(&self, id: &str) -> Result<Option<Purchase>> {
        let pool = self.store.pool();
        let mut purchase = ledger::get(pool, id).await?;
        if purchase.state == PurchaseState::Sending {
            if still_sending(&self.paths.data, id) {
                return Ok(None);
            }
            let change = Change {
                state: Some(PurchaseState::Unknown),
                detail: "Giftdesk stopped before the provider answered; looking it up, never resending it"
                    .into(),
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

    /// Lists recent invoices and matches creation time and products; links exactly one match.
    async fn find_invoice(&self, purchase: &Purchase) -> Result<Option<Purchase>> {
        let pool = self.store.pool();
        let Some(created) = parse_time(&purchase.created_at) else { return Ok(None) };
        let request = ledger::request(pool, &purchase.purchase_id).await?;
        let wanted = products_in_request(&request);
        let client = self.bitrefill_client().await?;
        let recent = client.invoices_after(&iso(created.saturating_sub(BEFORE_MS))).await?;
        let mut candidates = Vec::new();
        for invoice in &recent {
            let at = invoice.get("created_time").and_then(Value::as_str).and_then(parse_time).unwrap_or(0);
            let id = invoice.get("id").and_then(Value::as_str).unwrap_or_default();
            if at + BEFORE_MS >= created
                && at <= created + AFTER_MS
                && products_in_invoice(invoice) == wanted
                && !ledger::is_linked(pool, Provider::Bitrefill, id).await?
            {
                candidates.push(invoice);
            }
        }
        let refund = request.get("refund_address").and_then(Value::as_str);
        let change = match candidates.as_slice() {
            [one] => invoice_change(one, refund, "Found at Bitrefill by reconciliation: it was created once"),
            [] if crate::clock::now_ms() > created + AFTER_MS => Change {
                state: Some(PurchaseState::NotCreated),
                detail: "Bitrefill has no matching invoice: it was never created and nothing was charged; buy again if you still want it".into(),
                ..Change::default()
            },
            [] => return Ok(None),
            many => Change {
                detail: format!("{} Bitrefill invoices match; check them in your Bitrefill account", many.len()),
                ..Change::default()
            },
        };
        ledger::record(pool, &purchase.purchase_id, &change, When::From(PurchaseState::Unknown)).await?;
        Ok(Some(ledger::get(pool, &purchase.purchase_id).await?))
    }
}

/// Product id → units, from the request that was sent.
fn products_in_request(request: &Value) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for item in request.get("products").and_then(Value::as_array).into_iter().flatten() {
        let id = item.get("product_id").and_then(Value::as_str).unwrap_or_default().to_owned();
        *counts.entry(id).or_default() += item.get("quantity").and_then(Value::as_u64).unwrap_or(1);
    }
    counts
}

/// Product id → units, from an invoice's orders (one order per unit).
fn products_in_invoice(invoice: &Value) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for order in invoice.get("orders").and_then(Value::as_array).into_iter().flatten() {
        let id = order.pointer("/product/id").and_then(Value::as_str).unwrap_or_default().to_owned();
        *counts.entry(id).or_default() += 1;
    }
    counts
}
