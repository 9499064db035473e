//! Bitrefill: poll the invoice, fast just after payment and slower later; decide per order (the invoice's
//! own status can lag); fetch each delivered order for its redemption info, into the vault, before the
//! purchase is recorded delivered (so a restart never skips a code).

use std::time::{Duration, Instant};

use tokio::sync::Notify;

use super::Tracking;
use super::{Sink, TrackEvent};
use crate::catalog::Kind;
use crate::checkout::{invoice_change, Change, Purchase, PurchaseLine, PurchaseState};
use crate::error::{Error, Result};
use crate::providers::bitrefill::BitrefillClient;
use crate::providers::bitrefill_answers::{Invoice, InvoiceOrder};
use crate::providers::Provider;
use crate::tr;
use crate::vault::{NewCode, Redemption};

/// Waiting for a payment from a wallet: nothing changes fast.
const WHILE_UNPAID: Duration = Duration::from_secs(10);
/// Just after payment delivery takes seconds: look again soon, then less and less often.
const AFTER_PAYMENT_FIRST: Duration = Duration::from_secs(1);
const AFTER_PAYMENT_MAX: Duration = Duration::from_secs(30);
/// A failed read (network down) is tried again after this.
const AFTER_ERROR: Duration = Duration::from_secs(15);

impl Tracking {
    pub(super) async fn follow_bitrefill(
        &self,
        mut purchase: Purchase,
        bell: &Notify,
        sink: &Sink,
    ) -> Result<Purchase> {
        let client = self.accounts.bitrefill().await?;
        let invoice_id = purchase.provider_ref.clone().unwrap_or_default();
        let refund = purchase.payment.as_ref().and_then(|p| p.refund_address.clone());
        let mut paid_since: Option<Instant> = None;
        let mut woken = false;
        loop {
            let invoice = match client.invoice(&invoice_id).await {
                Ok(invoice) => invoice,
                Err(error) => {
                    tracing::info!(purchase = %purchase.purchase_id, %error, "invoice read failed; trying again");
                    tokio::time::sleep(AFTER_ERROR).await;
                    continue;
                }
            };
            if let Err(error) = self.collect_bitrefill_codes(&client, &purchase, &invoice.value, sink).await {
                tracing::info!(purchase = %purchase.purchase_id, %error, "codes not collected yet; trying again");
                tokio::time::sleep(AFTER_ERROR).await;
                continue;
            }
            let how = if woken { tr!("tracking-reread-on-webhook") } else { tr!("tracking-invoice-reread") };
            // Every delivered order's code is in the vault now: this change may say delivered.
            let change = Change { codes_stored: true, ..invoice_change(&invoice, refund.as_deref(), &how) };
            purchase = self.note_change(&purchase, change, sink).await?;
            if purchase.state.is_final() {
                return Ok(purchase);
            }
            let wait = match purchase.state {
                PurchaseState::AwaitingPayment => WHILE_UNPAID,
                _ => {
                    let since = *paid_since.get_or_insert_with(Instant::now);
                    // 1 s, then about a tenth of the time since payment, at most 30 s.
                    (since.elapsed() / 10).clamp(AFTER_PAYMENT_FIRST, AFTER_PAYMENT_MAX)
                }
            };
            // A webhook rings the bell: read now rather than at the next poll.
            woken = tokio::select! {
                () = tokio::time::sleep(wait) => false,
                () = bell.notified() => true,
            };
        }
    }

    /// Each delivered order not yet in the vault: read, unsealed when its code is not in the read, sealed,
    /// stored; one event per batch. An order is taken as delivered by its own status, or by the invoice's
    /// top-level word when that says all was delivered (the docs' form, whose orders may never move).
    async fn collect_bitrefill_codes(
        &self,
        client: &BitrefillClient,
        purchase: &Purchase,
        invoice: &Invoice,
        sink: &Sink,
    ) -> Result<()> {
        let all_delivered =
            matches!(invoice.status.as_deref(), Some("complete" | "all_delivered" | "delivered"));
        let (mut added, mut brand, mut value) = (0u32, String::new(), String::new());
        for order in &invoice.orders {
            let delivered = order.is_delivered() || (all_delivered && !order.has_failed());
            let Some(order_id) = order.id.as_deref().filter(|_| delivered) else {
                continue;
            };
            if self.vault.has_code(Provider::Bitrefill, order_id).await? {
                continue;
            }
            // (An eSIM top-up is bought alone, so its one line says it even when the order names no product.)
            let lone_top_up = matches!(purchase.lines.as_slice(), [line] if line.esim_id.is_some());
            if lone_top_up || bought_as(purchase, order, |line| line.esim_id.is_some()) {
                continue; // An eSIM top-up adds data to an eSIM already in the vault: no new activation.
            }
            let mut full = client.order(order_id).await?;
            if !full.value.has_code() && !full.value.is_top_up() {
                // A delivered gift card whose read shows no code keeps it sealed: reveal it.
                full = client.unseal(order_id).await?;
            }
            if full.value.is_top_up() || (!full.value.has_code() && is_top_up_line(purchase, order)) {
                continue; // Top-ups carry no code: delivered is all there is.
            }
            if !full.value.has_code() {
                return Err(Error::UnexpectedResponse {
                    provider: Provider::Bitrefill,
                    detail: tr!("tracking-delivered-without-code", order = order_id),
                });
            }
            let product = order.product.clone().unwrap_or_default();
            let line = purchase.lines.iter().find(|l| Some(l.product_id.as_str()) == product.id.as_deref());
            let name = product.name.or_else(|| line.map(|l| l.product_name.clone())).unwrap_or_default();
            let face = product.value.or_else(|| line.map(|l| l.face.clone())).unwrap_or_default();
            let mut redemption = Redemption::from_bitrefill(&full.value.redemption());
            if redemption.iccid.is_none() && line.is_some_and(|l| l.kind == Kind::Esim) {
                redemption.iccid = iccid_of(client, order_id).await;
            }
            let stored = self
                .vault
                .store_code(NewCode {
                    purchase_id: &purchase.purchase_id,
                    provider: Provider::Bitrefill,
                    item_ref: order_id,
                    brand: &name,
                    value: &face,
                    currency: product.currency.as_deref().or(line.and_then(|l| l.currency.as_deref())),
                    recipient: line.map(|l| l.recipient.as_str()),
                    customer_ref: line.and_then(|l| l.customer_ref.as_deref()),
                    redemption,
                    raw: &full.raw,
                })
                .await?;
            if stored {
                added += 1;
                (brand, value) = (name, face);
            }
        }
        if added > 0 {
            let purchase = self.checkout.purchase(&purchase.purchase_id).await?;
            sink(TrackEvent::CodesArrived { purchase, brand, value, count: added });
        }
        Ok(())
    }
}

/// The order is for a line bought as a top-up (a phone number): no code will ever come.
fn is_top_up_line(purchase: &Purchase, order: &InvoiceOrder) -> bool {
    bought_as(purchase, order, |line| line.kind == Kind::TopUp)
}

/// Whether the order's line (by product) is one `test` holds for.
fn bought_as(purchase: &Purchase, order: &InvoiceOrder, test: impl Fn(&PurchaseLine) -> bool) -> bool {
    let product = order.product.as_ref().and_then(|p| p.id.as_deref());
    purchase.lines.iter().any(|line| Some(line.product_id.as_str()) == product && test(line))
}

/// A new eSIM's ICCID when its order did not name it: the account's eSIM list names the order that
/// delivered each. Not found (or not listed now) leaves it unknown; the activation is kept all the same.
async fn iccid_of(client: &BitrefillClient, order_id: &str) -> Option<String> {
    match client.owned_esims().await {
        Ok(esims) => {
            esims.iter().find(|esim| esim.delivered_by(order_id)).and_then(|e| e.iccid().map(str::to_owned))
        }
        Err(error) => {
            tracing::warn!(%error, order = order_id, "eSIM list not read; the ICCID stays unknown");
            None
        }
    }
}
