//! Running a batch: each part still to send becomes one invoice or order, in order; a part paid from the
//! Bitrefill balance is paid as soon as it exists (the batch's confirmation is the payment's). Stopped at
//! any moment, a run is resumed by running it again.
//!
//! A run never sends while one of its parts may or may not exist (an answer lost, or the provider's rate
//! limit hit): parts of one batch often hold the same products, and the lookup that settles a lost answer
//! matches an invoice by its products and time, so a second lost part could be taken for the first.

use super::batches::{being_looked_up, to_pay, to_send, StoredPart};
use super::{Batch, BulkPayments, BulkProgress};
use crate::checkout::{BatchLink, CheckoutRequest, PurchaseState};
use crate::desk::Desk;
use crate::error::{Error, Result};
use crate::tr;

/// What the run does after a part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Go,
    /// A part's fate is not known yet (or the provider asked to slow down): the rest wait for a resume.
    Wait,
}

impl Desk {
    /// Sends every part still to send and pays what the batch pays from balance; `progress` hears of each
    /// part. A refused part does not stop the others; a request that could not be sent does (the next would
    /// fail alike), and so does a part whose answer was lost, leaving the rest for the next resume.
    pub async fn bulk_resume(&self, batch_id: &str, progress: impl Fn(&BulkProgress)) -> Result<Batch> {
        let payments = self.payments_of(batch_id).await?;
        let parts = self.stored_parts(batch_id).await?;
        // A part left `sending` by a run that died is looked up first: found, it stands; proven never
        // created, it is sent again; neither, it waits, and so does the rest of the batch.
        if parts.iter().any(|p| being_looked_up(&p.view)) {
            for (id, error) in self.checkout.reconcile().await?.failed {
                tracing::warn!(purchase = %id, %error, "a bulk part's purchase could not be looked up yet");
            }
        }
        let parts = self.stored_parts(batch_id).await?;
        let total = u32::try_from(parts.len()).unwrap_or(u32::MAX);
        let mut next = if parts.iter().any(|p| being_looked_up(&p.view)) { Next::Wait } else { Next::Go };
        let mut stopped = None;
        for (done, part) in (1..).zip(parts) {
            if next == Next::Go && stopped.is_none() {
                match self.run_part(batch_id, &part, &payments).await {
                    Ok(then) => next = then,
                    Err(error) => {
                        tracing::warn!(batch = %batch_id, part = part.view.part, %error, "bulk part stopped the run");
                        stopped = Some(error);
                    }
                }
            }
            let now = self.stored_parts(batch_id).await?.into_iter().find(|p| p.view.part == part.view.part);
            let part = now.map_or(part.view, |p| p.view);
            progress(&BulkProgress { batch_id: batch_id.to_owned(), done, total, part });
        }
        match stopped {
            Some(error) => Err(error),
            None => self.bulk_batch(batch_id).await,
        }
    }

    async fn run_part(&self, batch_id: &str, part: &StoredPart, payments: &BulkPayments) -> Result<Next> {
        let provider = part.view.provider;
        let payment = payments.of(provider).cloned().ok_or_else(|| {
            Error::invalid("pay", tr!("desk-bulk-no-payment", provider = provider.display_name()))
        })?;
        let mut purchase_id = part.view.purchase_id.clone();
        let mut state = part.view.state;
        if to_send(&part.view) {
            let request =
                CheckoutRequest { provider, lines: Vec::new(), payment, options: payments.options.clone() };
            let link = BatchLink { batch_id: batch_id.to_owned(), part: part.view.part };
            match self.checkout.create_part(&request, &part.lines, &link).await {
                Ok(purchase) => {
                    state = Some(purchase.state);
                    purchase_id = Some(purchase.purchase_id);
                }
                // Kept on the part's own purchase and shown on its rows; the other parts still go, unless the
                // provider's rate limit refused it (then the rest would be refused alike).
                Err(Error::Rejected { .. }) => {
                    let refused = self
                        .stored_parts(batch_id)
                        .await?
                        .into_iter()
                        .find(|p| p.view.part == part.view.part);
                    let limited = refused.is_some_and(|p| p.view.state == Some(PurchaseState::NotCreated));
                    return Ok(if limited { Next::Wait } else { Next::Go });
                }
                Err(other) => return Err(other),
            }
        }
        if matches!(state, Some(PurchaseState::Unknown | PurchaseState::Sending)) {
            return Ok(Next::Wait);
        }
        if let (Some(id), true) = (&purchase_id, to_pay(provider, state, payments)) {
            self.checkout.pay(id).await?;
        }
        Ok(Next::Go)
    }
}
