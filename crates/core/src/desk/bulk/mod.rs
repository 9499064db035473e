//! Bulk orders from a spreadsheet: a preview where every row is checked on its own, then one confirmation
//! that buys the good rows in the fewest invoices and orders the providers' limits allow.
//!
//! Money safety is the checkout's, plus: the whole batch (rows, parts, payments) is written before the
//! first part is sent; each part is claimed by its purchase in the transaction that writes the purchase;
//! resuming sends only the parts that have no purchase, or one proven never created. The same file imported
//! again resumes its batch instead of buying it twice.

mod batches;
mod check;
mod run;
mod sheet;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::Desk;
use crate::checkout::{
    line_totals, purchases_for, CartTotal, CheckoutOptions, PaymentChoice, PurchaseLine, PurchaseState,
};
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::tr;

/// Why a row cannot be bought: the column to fix and what it would accept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowError {
    pub field: String,
    pub message: String,
}

/// One row as checked: the line it buys, or its error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowCheck {
    /// The row's line in the file (the header is line 1).
    pub row: u32,
    /// The product as written.
    pub product: String,
    #[ts(optional)]
    pub provider: Option<Provider>,
    #[ts(optional)]
    pub line: Option<PurchaseLine>,
    #[ts(optional)]
    pub error: Option<RowError>,
}

/// How many invoices (Bitrefill) or orders (Cryptorefills) a provider's rows take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProviderPlan {
    pub provider: Provider,
    pub items: u32,
    pub purchases: u32,
}

/// What the confirmation shows: every row checked, the totals, how many purchases it takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BulkPreview {
    pub file_name: String,
    pub rows: Vec<RowCheck>,
    pub totals: Vec<CartTotal>,
    pub plans: Vec<ProviderPlan>,
    /// An import of this very file made before (confirming resumes it; nothing is bought twice).
    #[ts(optional)]
    pub earlier: Option<BatchSummary>,
}

/// How a batch's parts are paid: one choice per provider that has rows, and the checkout's options.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BulkPayments {
    #[serde(default)]
    #[ts(optional)]
    pub bitrefill: Option<PaymentChoice>,
    #[serde(default)]
    #[ts(optional)]
    pub cryptorefills: Option<PaymentChoice>,
    #[serde(default)]
    pub options: CheckoutOptions,
}

impl BulkPayments {
    fn of(&self, provider: Provider) -> Option<&PaymentChoice> {
        match provider {
            Provider::Bitrefill => self.bitrefill.as_ref(),
            Provider::Cryptorefills => self.cryptorefills.as_ref(),
        }
    }
}

/// A batch in a list: how far it got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BatchSummary {
    pub batch_id: String,
    pub file_name: String,
    pub created_at: String,
    pub rows: u32,
    pub refused_rows: u32,
    pub parts: u32,
    /// Parts with a purchase that exists (or may: an unknown one is being looked for).
    pub parts_sent: u32,
    /// Nothing left to send, to look up (a purchase whose answer was lost) or to pay from balance.
    pub finished: bool,
}

/// One part of a batch: the rows one invoice or order buys, and that purchase once sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BatchPart {
    #[ts(type = "number")]
    pub part: i64,
    pub provider: Provider,
    pub items: u32,
    pub rows: Vec<u32>,
    #[ts(optional)]
    pub purchase_id: Option<String>,
    #[ts(optional)]
    pub state: Option<PurchaseState>,
    /// The purchase's last step in words (a refusal's reason).
    #[ts(optional)]
    pub note: Option<String>,
}

/// A row's result: its error, or the purchases that bought it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowResult {
    pub row: u32,
    pub product: String,
    #[ts(optional)]
    pub error: Option<RowError>,
    pub purchases: Vec<String>,
    /// The least advanced state of its purchases; none while a part of it is still to be sent.
    #[ts(optional)]
    pub state: Option<PurchaseState>,
}

/// A batch whole: its summary, parts and per-row results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Batch {
    pub summary: BatchSummary,
    pub parts: Vec<BatchPart>,
    pub rows: Vec<RowResult>,
}

/// Sent after each part while a batch runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BulkProgress {
    pub batch_id: String,
    pub done: u32,
    pub total: u32,
    pub part: BatchPart,
}

/// What identifies an order whatever its file's line endings, blank lines or quoting, and whether it was
/// chosen as a file or pasted: its rows' cells.
fn digest(rows: &[sheet::SheetRow]) -> String {
    let mut hash = Sha256::new();
    for row in rows {
        for cell in row.cells() {
            hash.update(cell.unwrap_or_default().as_bytes());
            hash.update([0x1f]);
        }
        hash.update([0x1e]);
    }
    format!("{:x}", hash.finalize())
}

impl Desk {
    /// Reads and checks every row, buying nothing and writing nothing.
    pub async fn bulk_preview(&self, file_name: &str, text: &str) -> Result<BulkPreview> {
        let sheet = sheet::read_sheet(text)?;
        let rows = self.check_rows(&sheet).await?;
        let good: Vec<(Provider, &PurchaseLine)> =
            rows.iter().filter_map(|r| Some((r.provider?, r.line.as_ref()?))).collect();
        let plans = Provider::ALL
            .into_iter()
            .filter_map(|provider| {
                let lines: Vec<((), PurchaseLine)> =
                    good.iter().filter(|(p, _)| *p == provider).map(|(_, l)| ((), (*l).clone())).collect();
                let items = lines.iter().map(|(_, l)| l.quantity).sum();
                let purchases = u32::try_from(purchases_for(provider, lines).len()).unwrap_or(u32::MAX);
                (items > 0).then_some(ProviderPlan { provider, items, purchases })
            })
            .collect();
        Ok(BulkPreview {
            file_name: file_name.to_owned(),
            totals: line_totals(good.iter().copied()),
            plans,
            earlier: self.batch_of_file(&digest(&sheet)).await?,
            rows,
        })
    }

    /// The newest import of the order `text` holds, if any.
    pub async fn bulk_earlier(&self, text: &str) -> Result<Option<BatchSummary>> {
        self.batch_of_file(&digest(&sheet::read_sheet(text)?)).await
    }

    /// Checks the file again (a preview is never trusted), writes the batch, and buys it. The same order
    /// imported before resumes that import instead, unless `again_of` names it: then it is bought once
    /// more (a monthly order), once however often that is asked. `progress` hears of each part as it goes.
    pub async fn bulk_start(
        &self,
        (file_name, text): (&str, &str),
        payments: &BulkPayments,
        again_of: Option<&str>,
        progress: impl Fn(&BulkProgress),
    ) -> Result<Batch> {
        let digest = digest(&sheet::read_sheet(text)?);
        let newest = self.batch_of_file(&digest).await?.map(|b| b.batch_id);
        if let Some(earlier) = newest.as_deref().filter(|id| Some(*id) != again_of) {
            return self.bulk_resume(earlier, progress).await;
        }
        let preview = self.bulk_preview(file_name, text).await?;
        if preview.plans.is_empty() {
            return Err(Error::invalid("file", tr!("desk-bulk-nothing-to-buy")));
        }
        for plan in &preview.plans {
            self.check_bulk_payment(plan.provider, &preview.rows, payments).await?;
        }
        // Written only if no other window or process imported the same order meanwhile; else that import is
        // the one resumed.
        let batch_id = self.insert_batch(&preview, &digest, payments, newest.as_deref()).await?;
        tracing::info!(batch = %batch_id, rows = preview.rows.len(), "bulk import written; buying");
        self.bulk_resume(&batch_id, progress).await
    }

    async fn check_bulk_payment(
        &self,
        provider: Provider,
        rows: &[RowCheck],
        payments: &BulkPayments,
    ) -> Result<()> {
        let Some(payment) = payments.of(provider) else {
            return Err(Error::invalid(
                "pay",
                tr!("desk-bulk-payment-missing", provider = provider.display_name()),
            ));
        };
        // The payment and options checked as a checkout of these rows would be (split, as a batch is).
        let request = crate::checkout::CheckoutRequest {
            provider,
            lines: rows
                .iter()
                .filter(|r| r.provider == Some(provider))
                .filter_map(|r| r.line.as_ref())
                .map(|line| batches::request_of(provider, line))
                .take(1)
                .collect(),
            payment: payment.clone(),
            options: CheckoutOptions { split: true, ..payments.options.clone() },
        };
        self.checkout.check_payment(&request).await
    }
}
