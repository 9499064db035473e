//! Batches in the store: written whole before anything is sent, read back as each part's purchase and each
//! row's result.

use std::collections::BTreeMap;

use super::{Batch, BatchPart, BatchSummary, BulkPayments, BulkPreview, RowError, RowResult};
use crate::checkout::{purchases_for, LineRequest, PaymentChoice, PurchaseLine, PurchaseState};
use crate::desk::Desk;
use crate::error::Result;
use crate::providers::Provider;
use crate::store::json_column;
use crate::tr;

/// A checked line asked again, as the checkout's payment check takes it.
pub(super) fn request_of(provider: Provider, line: &PurchaseLine) -> LineRequest {
    LineRequest {
        provider,
        product_id: line.product_id.clone(),
        package_id: line.package_id.clone(),
        value: line.value.clone(),
        quantity: line.quantity,
        recipient: line.recipient.clone(),
        customer_ref: line.customer_ref.clone(),
        resale_price: line.resale_price.clone(),
        esim_id: line.esim_id.clone(),
    }
}

#[derive(sqlx::FromRow)]
struct PartRow {
    part: i64,
    provider: String,
    lines: String,
    purchase_id: Option<String>,
    state: Option<String>,
    note: Option<String>,
}

/// A part as stored, with what the run needs: its lines and how it is paid.
pub(super) struct StoredPart {
    pub view: BatchPart,
    pub lines: Vec<PurchaseLine>,
}

/// Whether a part still has to be sent: no purchase, or one proven never created.
pub(super) fn to_send(part: &BatchPart) -> bool {
    matches!(part.state, None | Some(PurchaseState::NotCreated))
}

/// Whether a part's purchase may or may not exist (its answer was lost): it is looked up, never resent, and
/// the batch is not finished until it is known.
pub(super) fn being_looked_up(part: &BatchPart) -> bool {
    matches!(part.state, Some(PurchaseState::Sending | PurchaseState::Unknown))
}

/// Whether a sent part still waits for a balance payment the run makes.
pub(super) fn to_pay(provider: Provider, state: Option<PurchaseState>, payments: &BulkPayments) -> bool {
    provider == Provider::Bitrefill
        && payments.bitrefill == Some(PaymentChoice::Balance)
        && state == Some(PurchaseState::AwaitingPayment)
}

impl Desk {
    /// Rows and parts in one transaction, before any part is sent; returns the batch to run. The newest
    /// import of the same order must still be `newest` (none, or the one bought again): when another
    /// window or process got there first, nothing is written and its batch is returned instead.
    pub(super) async fn insert_batch(
        &self,
        preview: &BulkPreview,
        digest: &str,
        payments: &BulkPayments,
        newest: Option<&str>,
    ) -> Result<String> {
        let id = uuid::Uuid::new_v4().to_string();
        let mut tx = self.store.pool().begin_with("BEGIN IMMEDIATE").await?;
        let now: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM bulk_batches WHERE digest = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
        )
        .bind(digest)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((other,)) = now.filter(|(other,)| Some(other.as_str()) != newest) {
            return Ok(other);
        }
        sqlx::query("INSERT INTO bulk_batches (id, file_name, digest, payments) VALUES (?, ?, ?, ?)")
            .bind(&id)
            .bind(&preview.file_name)
            .bind(digest)
            .bind(serde_json::to_string(payments).unwrap_or_default())
            .execute(&mut *tx)
            .await?;
        for row in &preview.rows {
            sqlx::query(
                "INSERT INTO bulk_rows (batch_id, row_no, product, line, error_field, error) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(&id)
            .bind(row.row)
            .bind(&row.product)
            .bind(row.line.as_ref().map(|l| serde_json::to_string(l).unwrap_or_default()))
            .bind(row.error.as_ref().map(|e| &e.field))
            .bind(row.error.as_ref().map(|e| &e.message))
            .execute(&mut *tx)
            .await?;
        }
        let mut part = 0_i64;
        for provider in Provider::ALL {
            let lines: Vec<(u32, PurchaseLine)> = preview
                .rows
                .iter()
                .filter(|r| r.provider == Some(provider))
                .filter_map(|r| Some((r.row, r.line.clone()?)))
                .collect();
            for chunk in purchases_for(provider, lines) {
                part += 1;
                sqlx::query("INSERT INTO bulk_parts (batch_id, part, provider, lines) VALUES (?, ?, ?, ?)")
                    .bind(&id)
                    .bind(part)
                    .bind(provider.slug())
                    .bind(serde_json::to_string(&chunk).unwrap_or_default())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(id)
    }

    pub(super) async fn stored_parts(&self, batch_id: &str) -> Result<Vec<StoredPart>> {
        let rows: Vec<PartRow> = sqlx::query_as(
            "SELECT b.part, b.provider, b.lines, b.purchase_id, p.state, \
             (SELECT detail FROM purchase_events e WHERE e.purchase_id = p.id ORDER BY e.id DESC LIMIT 1) AS note \
             FROM bulk_parts b LEFT JOIN purchases p ON p.id = b.purchase_id WHERE b.batch_id = ? ORDER BY b.part",
        )
        .bind(batch_id)
        .fetch_all(self.store.pool())
        .await?;
        rows.into_iter()
            .map(|row| {
                let tagged: Vec<(u32, PurchaseLine)> =
                    json_column(&row.lines, &format!("Bulk part {}", row.part), "lines")?;
                let mut rows: Vec<u32> = tagged.iter().map(|(r, _)| *r).collect();
                rows.dedup();
                let lines: Vec<PurchaseLine> = tagged.into_iter().map(|(_, l)| l).collect();
                let view = BatchPart {
                    part: row.part,
                    provider: Provider::from_slug(&row.provider),
                    items: lines.iter().map(|l| l.quantity).sum(),
                    rows,
                    purchase_id: row.purchase_id,
                    state: row.state.as_deref().and_then(PurchaseState::parse),
                    note: row.note,
                };
                Ok(StoredPart { view, lines })
            })
            .collect()
    }

    pub(super) async fn payments_of(&self, batch_id: &str) -> Result<BulkPayments> {
        let (text,): (String,) = sqlx::query_as("SELECT payments FROM bulk_batches WHERE id = ?")
            .bind(batch_id)
            .fetch_optional(self.store.pool())
            .await?
            .ok_or_else(|| {
                crate::error::Error::invalid("batch", tr!("desk-bulk-no-import", batch = batch_id))
            })?;
        json_column(&text, &format!("Bulk import {batch_id}"), "payments")
    }

    /// One batch whole.
    pub async fn bulk_batch(&self, batch_id: &str) -> Result<Batch> {
        let payments = self.payments_of(batch_id).await?;
        let (file_name, created_at): (String, String) =
            sqlx::query_as("SELECT file_name, created_at FROM bulk_batches WHERE id = ?")
                .bind(batch_id)
                .fetch_one(self.store.pool())
                .await?;
        let parts: Vec<BatchPart> = self.stored_parts(batch_id).await?.into_iter().map(|p| p.view).collect();
        let stored: Vec<(u32, String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT row_no, product, error_field, error FROM bulk_rows WHERE batch_id = ? ORDER BY row_no",
        )
        .bind(batch_id)
        .fetch_all(self.store.pool())
        .await?;
        let mut by_row: BTreeMap<u32, Vec<&BatchPart>> = BTreeMap::new();
        for part in &parts {
            for row in &part.rows {
                by_row.entry(*row).or_default().push(part);
            }
        }
        let rows: Vec<RowResult> = stored
            .into_iter()
            .map(|(row, product, field, message)| {
                let theirs = by_row.get(&row).map(Vec::as_slice).unwrap_or_default();
                RowResult {
                    row,
                    product,
                    error: field.zip(message).map(|(field, message)| RowError { field, message }),
                    purchases: theirs.iter().filter_map(|p| p.purchase_id.clone()).collect(),
                    state: least_advanced(theirs),
                }
            })
            .collect();
        let summary = BatchSummary {
            batch_id: batch_id.to_owned(),
            file_name,
            created_at,
            rows: u32::try_from(rows.len()).unwrap_or(u32::MAX),
            refused_rows: u32::try_from(rows.iter().filter(|r| r.error.is_some()).count())
                .unwrap_or(u32::MAX),
            parts: u32::try_from(parts.len()).unwrap_or(u32::MAX),
            parts_sent: u32::try_from(parts.iter().filter(|p| !to_send(p)).count()).unwrap_or(u32::MAX),
            finished: !parts
                .iter()
                .any(|p| to_send(p) || being_looked_up(p) || to_pay(p.provider, p.state, &payments)),
        };
        Ok(Batch { summary, parts, rows })
    }

    /// Every import, newest first.
    pub async fn bulk_batches(&self) -> Result<Vec<BatchSummary>> {
        let ids: Vec<(String,)> =
            sqlx::query_as("SELECT id FROM bulk_batches ORDER BY created_at DESC, rowid DESC")
                .fetch_all(self.store.pool())
                .await?;
        let mut summaries = Vec::with_capacity(ids.len());
        for (id,) in ids {
            summaries.push(self.bulk_batch(&id).await?.summary);
        }
        Ok(summaries)
    }

    /// The newest import of the file with this digest.
    pub(super) async fn batch_of_file(&self, digest: &str) -> Result<Option<BatchSummary>> {
        let id: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM bulk_batches WHERE digest = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
        )
        .bind(digest)
        .fetch_optional(self.store.pool())
        .await?;
        match id {
            Some((id,)) => Ok(Some(self.bulk_batch(&id).await?.summary)),
            None => Ok(None),
        }
    }
}

/// A row bought by several parts shows the part that most needs the reseller: one still to send, then one
/// under way, then one that failed, before one delivered.
fn least_advanced(parts: &[&BatchPart]) -> Option<PurchaseState> {
    let states: Vec<PurchaseState> = parts.iter().map(|p| p.state).collect::<Option<_>>()?;
    let rank = |state: &PurchaseState| match state {
        s if !s.is_final() => 0,
        PurchaseState::Delivered => 2,
        _ => 1,
    };
    states.into_iter().min_by_key(rank)
}
