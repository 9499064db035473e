//! The checkout itself: check everything, then create one purchase per invoice or order.

use super::chunks::purchases_for;
use super::ledger::{self, BatchLink, Change, NewPurchase, When};
use super::rules::{check_line, check_line_shape, check_request, Fields};
use super::sending::SendLock;
use super::Checkout;
use super::{CheckoutRequest, LineRequest, Purchase, PurchaseLine, PurchaseState};
use crate::error::{Error, Result};
use crate::providers::http::PostOutcome;
use crate::providers::Provider;
use crate::tr;

impl Checkout {
    /// Everything that can be checked without creating anything: the request, each product as sold now,
    /// and (Cryptorefills) the payment method against the provider's list. Returns the lines as they
    /// would be bought.
    pub async fn check_checkout(&self, request: &CheckoutRequest) -> Result<Vec<PurchaseLine>> {
        check_request(request)?;
        let fields = Fields::new(request);
        let mut lines = Vec::with_capacity(request.lines.len());
        for (index, line) in request.lines.iter().enumerate() {
            lines.push(self.check_against_catalog(&fields, index, line).await?);
        }
        if request.provider == Provider::Cryptorefills {
            self.check_coin(&request.payment).await?;
        }
        Ok(lines)
    }

    /// One line checked as [`check_checkout`](Self::check_checkout) checks each (a bulk import's row).
    pub async fn check_one(&self, line: &LineRequest) -> Result<PurchaseLine> {
        check_line_shape(&Fields::new_single(), 0, line)?;
        self.check_against_catalog(&Fields::new_single(), 0, line).await
    }

    /// The payment of a request and its shape, without its products (a bulk import's, whose rows were
    /// checked one by one).
    pub async fn check_payment(&self, request: &CheckoutRequest) -> Result<()> {
        check_request(request)?;
        if request.provider == Provider::Cryptorefills {
            self.check_coin(&request.payment).await?;
        }
        Ok(())
    }

    async fn check_against_catalog(
        &self,
        fields: &Fields,
        index: usize,
        line: &LineRequest,
    ) -> Result<PurchaseLine> {
        let product = self.catalog.sellable_product(line.provider, &line.product_id, false).await.map_err(
            |e| match e {
                Error::InvalidInput { message, .. } => Error::invalid(fields.name(index, "product"), message),
                other => other,
            },
        )?;
        let checked = check_line(fields, index, line, &product)?;
        if let Some(iccid) = &checked.esim_id {
            // The eSIM must be one bought here, of this very product.
            let found = self.esim_top_up(iccid).await?;
            if found.product_id != checked.product_id {
                return Err(Error::invalid(
                    fields.name(index, "esim_id"),
                    tr!(
                        "checkout-esim-other-product",
                        iccid = iccid.as_str(),
                        product = found.product_name.as_str()
                    ),
                ));
            }
        }
        Ok(checked)
    }

    /// Creates one part of a bulk import: lines checked by [`check_one`](Self::check_one), within one
    /// invoice's or order's limit. The part is claimed in the transaction that writes the purchase.
    pub async fn create_part(
        &self,
        request: &CheckoutRequest,
        lines: &[PurchaseLine],
        link: &BatchLink,
    ) -> Result<Purchase> {
        self.create(request, lines, Some(link)).await
    }

    /// Checks, then creates: one purchase per invoice or order (several when the cart is split). Each is
    /// committed to the store before its create request is sent.
    pub async fn checkout(&self, request: &CheckoutRequest) -> Result<Vec<Purchase>> {
        let lines = self.check_checkout(request).await?;
        let tagged = lines.into_iter().map(|line| ((), line)).collect();
        let chunks = purchases_for(request.provider, tagged);
        let mut purchases = Vec::new();
        let mut rejected = Vec::new();
        let mut failed = None;
        for chunk in chunks {
            let chunk: Vec<PurchaseLine> = chunk.into_iter().map(|((), line)| line).collect();
            let created = self.create(request, &chunk, None).await;
            match created {
                Ok(purchase) => purchases.push(purchase),
                // One chunk refused: the others still stand; the refusal is kept on its own purchase.
                Err(Error::Rejected { problems }) => rejected.extend(problems),
                // Not sent or not answered: that chunk's own row says so (and is reconciled when unknown).
                // The purchases already made stand and are returned: an error here would invite buying
                // them again.
                Err(other) => {
                    tracing::warn!(error = %other, "one purchase of a checkout failed; the others stand");
                    failed.get_or_insert(other);
                }
            }
        }
        match failed {
            Some(error) if purchases.is_empty() => Err(error),
            _ if purchases.is_empty() && !rejected.is_empty() => Err(Error::Rejected { problems: rejected }),
            _ => Ok(purchases),
        }
    }

    /// Creates one invoice or order of `lines`; a bulk import's part names its place in the batch, which is
    /// taken in the very transaction that writes the purchase.
    pub(super) async fn create(
        &self,
        request: &CheckoutRequest,
        lines: &[PurchaseLine],
        link: Option<&BatchLink>,
    ) -> Result<Purchase> {
        match request.provider {
            Provider::Bitrefill => self.create_invoice(request, lines, link).await,
            Provider::Cryptorefills => self.create_order(request, lines, link).await,
        }
    }

    /// Writes the purchase, holds its sending lock, calls `send`, and records what came back: the created
    /// invoice or order, a refusal (returned as `Rejected`), or a lost answer (then reconciled).
    pub(super) async fn send_create<F, Fut>(
        &self,
        provider: Provider,
        payment_method: &str,
        body: &serde_json::Value,
        lines: &[PurchaseLine],
        send: F,
        (refund_address, link): (Option<&str>, Option<&BatchLink>),
    ) -> Result<Purchase>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = PostOutcome>,
    {
        let id = uuid::Uuid::new_v4().to_string();
        let lock = SendLock::acquire(&self.data_dir, &id, self.store.team()).await?;
        let customer_ref = lines.iter().find_map(|l| l.customer_ref.clone());
        let new = NewPurchase {
            id: &id,
            provider,
            payment_method,
            request: body,
            lines,
            customer_ref: customer_ref.as_deref(),
            link,
        };
        ledger::insert_sending(&self.store, &new).await?;
        tracing::info!(purchase = %id, %provider, "create request sent");
        let outcome = send().await;
        let pool = &self.store;
        match outcome {
            PostOutcome::Answered(status, answer) if status.is_success() => {
                let created = super::answers::created_change(provider, &answer, refund_address);
                if let Err(error) = ledger::record(pool, &id, &created, When::Always).await {
                    // Created at the provider, not recorded (the team's database went away meanwhile): the
                    // answer goes to the log whole (codes redacted), so it is never lost.
                    let answer = crate::vault::redacted(&answer);
                    tracing::error!(purchase = %id, %provider, %answer, %error, "created but not recorded");
                    return Err(error);
                }
            }
            PostOutcome::Answered(status, answer) => {
                let problems = super::answers::refusal(provider, status.as_u16(), &answer);
                let state =
                    if status.as_u16() == 429 { PurchaseState::NotCreated } else { PurchaseState::Rejected };
                let change = Change {
                    state: Some(state),
                    detail: tr!(
                        "checkout-event-refused",
                        provider = provider.display_name(),
                        problems = super::problems::summary(&problems)
                    ),
                    payload: Some(&answer),
                    ..Change::default()
                };
                ledger::record(pool, &id, &change, When::Always).await?;
                return Err(Error::Rejected { problems });
            }
            PostOutcome::NotSent(error) => {
                let change = Change {
                    state: Some(PurchaseState::NotCreated),
                    detail: tr!("checkout-event-not-sent", error = error.to_string()),
                    ..Change::default()
                };
                ledger::record(pool, &id, &change, When::Always).await?;
                return Err(error);
            }
            PostOutcome::Lost(error) => {
                let change = Change {
                    state: Some(PurchaseState::Unknown),
                    detail: tr!(
                        "checkout-event-no-answer",
                        error = error.to_string(),
                        provider = provider.display_name()
                    ),
                    ..Change::default()
                };
                ledger::record(pool, &id, &change, When::Always).await?;
                drop(lock);
                // Find out now what the provider did, when it can be listed; a failed lookup is noted on the
                // purchase, which stays unknown, and the reseller still gets the purchase back.
                let _ = self.reconcile_one(&id).await;
            }
        }
        ledger::get(pool, &id).await
    }
}

impl Checkout {
    /// Newest first.
    pub async fn purchases(&self) -> Result<Vec<Purchase>> {
        ledger::list(&self.store, 1000).await
    }

    /// Purchases in one of `states`, oldest first, however many there are.
    pub async fn purchases_in(&self, states: &[PurchaseState]) -> Result<Vec<Purchase>> {
        ledger::list_in(&self.store, states).await
    }

    pub async fn purchase(&self, id: &str) -> Result<Purchase> {
        ledger::get(&self.store, id).await
    }

    /// Records a change when it moves the purchase from what the store holds (appending it to the audit
    /// trail); returns the purchase as it now is, and whether it moved.
    pub async fn record_if_moved(&self, id: &str, change: &Change<'_>) -> Result<(Purchase, bool)> {
        let moved = ledger::record(&self.store, id, change, When::Moved).await?;
        Ok((ledger::get(&self.store, id).await?, moved))
    }

    /// The exact body sent to create the purchase.
    pub async fn purchase_request(&self, id: &str) -> Result<serde_json::Value> {
        ledger::request(&self.store, id).await
    }

    /// The audit trail of one purchase, oldest first.
    /// Adds a plain note to a purchase's audit trail (a voucher made, …); never a code.
    pub async fn note(&self, id: &str, detail: &str) -> Result<()> {
        let change = Change { detail: detail.to_owned(), ..Change::default() };
        ledger::record(&self.store, id, &change, When::Always).await.map(|_| ())
    }

    pub async fn purchase_events(&self, id: &str) -> Result<Vec<super::PurchaseEvent>> {
        ledger::events(&self.store, id).await
    }
}
