//! The purchases table and its append-only event log: the audit trail.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::{PaymentDetails, Purchase, PurchaseLine, PurchaseState};
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::store::{json_column, on_book, Store};
use crate::tr;

/// A claimed payment older than this, on an invoice still unpaid, was never acted on (the claimer died or
/// its request failed): paying may be tried again. Longer than any request can take.
pub const PAY_CLAIM_EXPIRES_SECS: u32 = 120;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PurchaseEvent {
    pub at: String,
    pub state: PurchaseState,
    #[ts(optional)]
    pub provider_state: Option<String>,
    pub detail: String,
}

/// A change to record: the new state and what came with it.
#[derive(Debug, Default)]
pub struct Change<'a> {
    pub state: Option<PurchaseState>,
    pub provider_ref: Option<String>,
    pub provider_state: Option<String>,
    pub payment: Option<PaymentDetails>,
    pub detail: String,
    /// The provider's answer, kept whole.
    pub payload: Option<&'a Value>,
    /// Set only by a tracker that has sealed every delivered item's code in the vault. A delivery seen by
    /// anyone else (a payment's answer, a re-read, reconciliation) is recorded as `delivering`, so a
    /// tracker still comes for the codes: a purchase is never `delivered` without them.
    pub codes_stored: bool,
}

/// The state a change may set, given the current one: a delivery only with its codes stored, and a final
/// state never undone by a late or stale answer (a payment's re-read racing the tracker).
fn effective_state(current: PurchaseState, change: &Change<'_>) -> PurchaseState {
    let Some(wanted) = change.state else { return current };
    let wanted = match wanted {
        PurchaseState::Delivered | PurchaseState::PartlyDelivered if !change.codes_stored => {
            PurchaseState::Delivering
        }
        other => other,
    };
    if current.is_final() && !wanted.is_final() {
        current
    } else {
        wanted
    }
}

pub struct NewPurchase<'a> {
    pub id: &'a str,
    pub provider: Provider,
    pub payment_method: &'a str,
    pub request: &'a Value,
    pub lines: &'a [PurchaseLine],
    pub customer_ref: Option<&'a str>,
    /// A bulk import's part this purchase buys.
    pub link: Option<&'a BatchLink>,
}

/// A purchase's place in a bulk import: the batch and its part (one invoice or order's worth of rows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchLink {
    pub batch_id: String,
    pub part: i64,
}

/// Committed before the create request is sent. A bulk import's part is claimed in the same transaction:
/// only while it has no purchase, or only one proven never created, so a part is never bought twice (two
/// windows resuming one batch, a retry racing a resume).
pub async fn insert_sending(store: &Store, new: &NewPurchase<'_>) -> Result<()> {
    let desk = store.team().map(|team| team.desk_id().to_owned());
    if new.link.is_some() && desk.is_some() {
        // Bulk imports are this desk's own rows; a part claimed here could not guard the team's book.
        return Err(Error::invalid("batch", tr!("team-bulk-not-shared")));
    }
    on_book!(store, |pool, dialect| {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "INSERT INTO purchases (id, provider, state, payment_method, request, lines, customer_ref, desk_id) \
             VALUES ($1, $2, 'sending', $3, $4, $5, $6, $7)",
        )
        .bind(new.id)
        .bind(new.provider.slug())
        .bind(new.payment_method)
        .bind(new.request.to_string())
        .bind(serde_json::to_string(new.lines).unwrap_or_else(|_| "[]".into()))
        .bind(new.customer_ref)
        .bind(desk.as_deref())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO purchase_events (purchase_id, state, detail, payload) VALUES ($1, 'sending', $2, $3)",
        )
        .bind(new.id)
        .bind(tr!("checkout-event-saved-sending", provider = new.provider.display_name()))
        .bind(new.request.to_string())
        .execute(&mut *tx)
        .await?;
        if let Some(link) = new.link {
            let claimed = sqlx::query(
                "UPDATE bulk_parts SET purchase_id = $1 WHERE batch_id = $2 AND part = $3 AND (purchase_id IS NULL \
                 OR purchase_id IN (SELECT id FROM purchases WHERE state = 'not_created'))",
            )
            .bind(new.id)
            .bind(&link.batch_id)
            .bind(link.part)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if claimed != 1 {
                return Err(Error::invalid("batch", tr!("checkout-bulk-part-taken")));
            }
        }
        tx.commit().await?;
        Ok(())
    })
}

/// When a change applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// Only while the purchase is still in this state (reconciliation racing a sender).
    From(PurchaseState),
    /// Only when it moves the purchase, to a new state or a new provider word: trackers and re-reads may
    /// see what another writer (a payment, a second window) already recorded.
    Moved,
}

/// Applies a change and appends it to the event log, in one transaction; returns whether it applied.
pub async fn record(store: &Store, id: &str, change: &Change<'_>, when: When) -> Result<bool> {
    on_book!(store, |pool, dialect| {
        let mut tx = pool.begin_with(dialect.begin_writing()).await?;
        let current: Option<(String, Option<String>)> = sqlx::query_as(&format!(
            "SELECT state, provider_state FROM purchases WHERE id = $1{}",
            dialect.for_update()
        ))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let (current, provider_state) = current.ok_or_else(|| unknown_purchase(id))?;
        let current = PurchaseState::parse(&current).unwrap_or(PurchaseState::Unknown);
        let state = effective_state(current, change);
        let applies = match when {
            When::Always => true,
            When::From(from) => from == current,
            When::Moved => {
                state != current
                    || change.provider_state.as_ref().is_some_and(|p| Some(p) != provider_state.as_ref())
            }
        };
        if !applies {
            return Ok(false);
        }
        let state = state.as_str();
        sqlx::query(&format!(
            "UPDATE purchases SET state = $1, provider_ref = COALESCE($2, provider_ref), \
             provider_state = COALESCE($3, provider_state), payment = COALESCE($4, payment), \
             updated_at = {} WHERE id = $5",
            dialect.now()
        ))
        .bind(state)
        .bind(change.provider_ref.as_deref())
        .bind(change.provider_state.as_deref())
        .bind(change.payment.as_ref().map(|p| serde_json::to_string(p).unwrap_or_default()))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO purchase_events (purchase_id, state, provider_state, detail, payload) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(state)
        .bind(change.provider_state.as_deref())
        .bind(&change.detail)
        // Codes never enter the audit trail: they are sealed in the vault, the trail keeps the rest.
        .bind(change.payload.map(|payload| crate::vault::redacted(payload).to_string()))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    })
}

pub fn unknown_purchase(id: &str) -> Error {
    Error::invalid("purchase", tr!("checkout-no-such-purchase", id = id))
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    provider: String,
    state: String,
    provider_ref: Option<String>,
    provider_state: Option<String>,
    payment_method: String,
    lines: String,
    payment: Option<String>,
    customer_ref: Option<String>,
    created_at: String,
    updated_at: String,
    note: Option<String>,
    desk_id: Option<String>,
}

const SELECT: &str = "SELECT p.id, p.provider, p.state, p.provider_ref, p.provider_state, p.payment_method, \
     p.lines, p.payment, p.customer_ref, p.created_at, p.updated_at, p.desk_id, \
     (SELECT detail FROM purchase_events e WHERE e.purchase_id = p.id ORDER BY e.id DESC LIMIT 1) AS note \
     FROM purchases p";

impl Row {
    fn into_purchase(self) -> Result<Purchase> {
        let row = format!("Purchase {}", self.id);
        let lines: Vec<PurchaseLine> = json_column(&self.lines, &row, "lines")?;
        let payment: Option<PaymentDetails> =
            self.payment.as_deref().map(|text| json_column(text, &row, "payment")).transpose()?;
        Ok(Purchase {
            purchase_id: self.id,
            provider: Provider::from_slug(&self.provider),
            state: PurchaseState::parse(&self.state).unwrap_or(PurchaseState::Unknown),
            provider_ref: self.provider_ref,
            provider_state: self.provider_state,
            payment_method: self.payment_method,
            lines,
            payment,
            customer_ref: self.customer_ref,
            created_at: self.created_at,
            updated_at: self.updated_at,
            note: self.note,
            desk_id: self.desk_id,
        })
    }
}

pub async fn get(store: &Store, id: &str) -> Result<Purchase> {
    let row: Option<Row> = on_book!(store, |pool, dialect| {
        Ok(sqlx::query_as(&format!("{SELECT} WHERE p.id = $1")).bind(id).fetch_optional(pool).await?)
    })?;
    row.ok_or_else(|| unknown_purchase(id))?.into_purchase()
}

/// Newest first.
pub async fn list(store: &Store, limit: u32) -> Result<Vec<Purchase>> {
    let rows: Vec<Row> = on_book!(store, |pool, dialect| {
        Ok(sqlx::query_as(&format!("{SELECT} ORDER BY p.created_at DESC, p.rowid DESC LIMIT $1"))
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await?)
    })?;
    rows.into_iter().map(Row::into_purchase).collect()
}

/// Purchases in one of `states`, oldest first. A damaged row is reported in the log, by id, and left out, so
/// one damaged purchase never stops the others from being reconciled and followed.
pub async fn list_in(store: &Store, states: &[PurchaseState]) -> Result<Vec<Purchase>> {
    let placeholders: Vec<String> = (1..=states.len()).map(|n| format!("${n}")).collect();
    let sql =
        format!("{SELECT} WHERE p.state IN ({}) ORDER BY p.created_at, p.rowid", placeholders.join(", "));
    let rows: Vec<Row> = on_book!(store, |pool, dialect| {
        let mut query = sqlx::query_as(&sql);
        for state in states {
            query = query.bind(state.as_str());
        }
        Ok(query.fetch_all(pool).await?)
    })?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            row.into_purchase().inspect_err(|error| tracing::error!(%error, "purchase left out")).ok()
        })
        .collect())
}

pub async fn events(store: &Store, id: &str) -> Result<Vec<PurchaseEvent>> {
    let rows: Vec<(String, String, Option<String>, String)> = on_book!(store, |pool, dialect| {
        Ok(sqlx::query_as(
            "SELECT at, state, provider_state, detail FROM purchase_events WHERE purchase_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(pool)
        .await?)
    })?;
    Ok(rows
        .into_iter()
        .map(|(at, state, provider_state, detail)| PurchaseEvent {
            at,
            state: PurchaseState::parse(&state).unwrap_or(PurchaseState::Unknown),
            provider_state,
            detail,
        })
        .collect())
}

/// The provider's latest answer about a purchase (codes redacted), if it ever answered.
pub async fn latest_answer(store: &Store, id: &str) -> Result<Option<Value>> {
    let text: Option<String> = on_book!(store, |pool, dialect| {
        Ok(sqlx::query_scalar(
            "SELECT payload FROM purchase_events WHERE purchase_id = $1 AND payload IS NOT NULL \
             ORDER BY id DESC LIMIT 1",
        )
        .bind(id)
        .fetch_optional(pool)
        .await?)
    })?;
    text.map(|text| json_column(&text, &format!("Purchase {id}"), "latest answer")).transpose()
}

/// The exact body that was sent to create the purchase.
pub async fn request(store: &Store, id: &str) -> Result<Value> {
    let text: Option<String> = on_book!(store, |pool, dialect| {
        Ok(sqlx::query_scalar("SELECT request FROM purchases WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?)
    })?;
    json_column(&text.ok_or_else(|| unknown_purchase(id))?, &format!("Purchase {id}"), "request")
}

/// Claims the right to send the payment: true for exactly one caller, across tasks, processes and the
/// team's desks, until the claim is released or expires. Times are the book's own clock.
pub async fn claim_payment(store: &Store, id: &str) -> Result<bool> {
    let claimed = on_book!(store, |pool, dialect| {
        Ok(sqlx::query(&format!(
            "UPDATE purchases SET pay_claimed_at = {} WHERE id = $1 AND \
             (pay_claimed_at IS NULL OR pay_claimed_at < {})",
            dialect.now(),
            dialect.ago(PAY_CLAIM_EXPIRES_SECS)
        ))
        .bind(id)
        .execute(pool)
        .await?
        .rows_affected())
    })?;
    Ok(claimed == 1)
}

/// After a definite refusal (not enough balance): nothing was paid, the reseller may try again.
pub async fn release_payment(store: &Store, id: &str) -> Result<()> {
    on_book!(store, |pool, dialect| {
        sqlx::query("UPDATE purchases SET pay_claimed_at = NULL WHERE id = $1")
            .bind(id)
            .execute(pool)
            .await?;
        Ok(())
    })
}

/// Provider refs already linked to a purchase, so reconciliation never links one invoice twice.
pub async fn is_linked(store: &Store, provider: Provider, provider_ref: &str) -> Result<bool> {
    let found: Option<String> = on_book!(store, |pool, dialect| {
        Ok(sqlx::query_scalar("SELECT id FROM purchases WHERE provider = $1 AND provider_ref = $2")
            .bind(provider.slug())
            .bind(provider_ref)
            .fetch_optional(pool)
            .await?)
    })?;
    Ok(found.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to(state: PurchaseState, codes_stored: bool) -> Change<'static> {
        Change { state: Some(state), codes_stored, ..Change::default() }
    }

    #[test]
    fn only_a_tracker_with_the_codes_records_a_delivery() {
        use PurchaseState::*;
        assert_eq!(effective_state(Paid, &to(Delivered, false)), Delivering);
        assert_eq!(effective_state(Paid, &to(PartlyDelivered, false)), Delivering);
        assert_eq!(effective_state(Delivering, &to(Delivered, true)), Delivered);
        assert_eq!(effective_state(Paid, &to(Failed, false)), Failed, "a failure has no codes to wait for");
    }

    #[test]
    fn a_final_state_is_never_undone_by_a_stale_answer() {
        use PurchaseState::*;
        assert_eq!(effective_state(Delivered, &to(Paid, false)), Delivered);
        assert_eq!(effective_state(Expired, &to(AwaitingPayment, false)), Expired);
        assert_eq!(effective_state(Delivered, &to(Refunded, false)), Refunded, "final to final still moves");
        assert_eq!(effective_state(Paid, &Change::default()), Paid, "no state, no move");
    }
}
