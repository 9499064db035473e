//! Running a batch: each part still to send becomes one invoice or order, in order; a part paid from the
//! Bitrefill balance is paid as soon as it exists (the batch's confirmation is the payment's). Stopped at
//! any moment, a run is resumed by running it again.

use super::batches::{being_looked_up, to_pay, to_send, StoredPart};
use super::{Batch, BulkPayments, BulkProgress};
use crate::checkout::{BatchLink, CheckoutRequest};
use crate::desk::Desk;
use crate::error::{Error, Result};

impl Desk {
    /// Sends every part still to send and pays what the batch pays from balance; `progress` hears of each
    /// part. A refused part does not stop the others; a request that could not be sent does (the next would
    /// fail alike), leaving the rest for the next resume.
    pub async fn bulk_resume(&self, batch_id: &str, progress: impl Fn(&BulkProgress)) -> Result<Batch> {
        let payments = self.payments_of(batch_id).await?;
        let parts = self.stored_parts(batch_id).await?;
        // A part left `sending` by a run that died is looked up first: found, it stands; proven never
        // created, it is sent again; neither, it waits (never sent twice on a guess).
        if parts.iter().any(|p| being_looked_up(&p.view)) {
            for (id, error) in self.checkout.reconcile().await?.failed {
                tracing::warn!(purchase = %id, %error, "a bulk part's purchase could not be looked up yet");
            }
        }
        let parts = self.stored_parts(batch_id).await?;
        let total = u32::try_from(parts.len()).unwrap_or(u32::MAX);
        let mut stopped = None;
        for (done, part) in (1..).zip(parts) {
            if stopped.is_none() {
                if let Err(error) = self.run_part(batch_id, &part, &payments).await {
                    tracing::warn!(batch = %batch_id, part = part.view.part, %error, "bulk part stopped the run");
                    stopped = Some(error);
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

    async fn run_part(&self, batch_id: &str, part: &StoredPart, payments: &BulkPayments) -> Result<()> {
        let provider = part.view.provider;
        let payment = payments.of(provider).cloned().ok_or_else(|| {
            Error::invalid("pay", format!("The batch says no payment for {}", provider.display_name()))
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
                // Kept on the part's own purchase, shown on its rows; the other parts still go.
                Err(Error::Rejected { .. }) => return Ok(()),
                Err(other) => return Err(other),
            }
        }
        if let (Some(id), true) = (&purchase_id, to_pay(provider, state, payments)) {
            self.checkout.pay(id).await?;
        }
        Ok(())
    }
}
