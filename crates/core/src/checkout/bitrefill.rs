//! Bitrefill: invoices from purchase lines, and paying them from balance exactly once.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use ts_rs::TS;

use super::answers::{invoice_change, is_paid};
use super::esim::{esim_body, is_bitrefill_esim};
use super::ledger::{self, BatchLink, Change, When};
use super::payment::minor_to_decimal;
use super::Checkout;
use super::{problems, CheckoutRequest, PaymentChoice, Purchase, PurchaseLine, PurchaseState};
use crate::catalog::Kind;
use crate::error::{Error, Result};
use crate::providers::bitrefill_answers::ErrorAnswer;
use crate::providers::bitrefill_orders::invoice_from;
use crate::providers::http::PostOutcome;
use crate::providers::Provider;
use crate::tr;

/// What paying from balance did, with the balance before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PayReceipt {
    pub purchase: Purchase,
    /// False when the invoice was already paid (or another payment of it is under way): nothing was sent.
    pub paid_now: bool,
    #[ts(optional)]
    pub balance_before: Option<String>,
    #[ts(optional)]
    pub balance_after: Option<String>,
    #[ts(optional)]
    pub balance_currency: Option<String>,
}

/// `value` as a JSON number when it is one (the API documents a number), else as given.
fn value_json(value: &str) -> Value {
    value
        .parse::<u64>()
        .map(Value::from)
        .or_else(|_| value.parse::<f64>().map(Value::from))
        .unwrap_or_else(|_| json!(value))
}

/// The `POST /invoices` body, exactly as it will be stored and sent.
pub fn invoice_body(request: &CheckoutRequest, lines: &[PurchaseLine]) -> Value {
    let products: Vec<Value> = lines
        .iter()
        .map(|line| {
            let mut item = json!({"product_id": line.product_id, "quantity": line.quantity});
            match (&line.package_id, &line.value) {
                (Some(package), _) => item["package_id"] = json!(package),
                (None, Some(value)) => item["value"] = value_json(value),
                (None, None) => {}
            }
            if line.kind == Kind::TopUp {
                item["phone_number"] = json!(line.recipient);
                item["send_sms"] = json!(false);
            } else {
                item["send_email"] = json!(true);
            }
            item
        })
        .collect();
    let mut body = json!({"products": products});
    // The documented recipient field is the invoice's top-level `email` (product items take none): the
    // first email among the lines, else the one given for the receipt.
    let email = lines
        .iter()
        .filter(|line| line.kind != Kind::TopUp)
        .map(|line| line.recipient.trim())
        .find(|recipient| crate::recipients::is_email(recipient))
        .or(request.options.email.as_deref().map(str::trim).filter(|e| !e.is_empty()));
    if let Some(email) = email {
        body["email"] = json!(email);
    }
    with_payment(request, body)
}

/// How a Bitrefill purchase is paid, the same in `POST /invoices` and `POST /esims`.
pub(super) fn with_payment(request: &CheckoutRequest, mut body: Value) -> Value {
    match &request.payment {
        PaymentChoice::AutoPay => {
            body["payment_method"] = json!("balance");
            body["auto_pay"] = json!(true);
        }
        PaymentChoice::BitrefillCrypto { method } => {
            body["payment_method"] = json!(method);
            body["refund_address"] = json!(request.options.refund_address.as_deref().map(str::trim));
        }
        _ => body["payment_method"] = json!("balance"),
    }
    body
}

impl Checkout {
    pub(super) async fn create_invoice(
        &self,
        request: &CheckoutRequest,
        lines: &[PurchaseLine],
        link: Option<&BatchLink>,
    ) -> Result<Purchase> {
        let client = self.accounts.bitrefill().await?;
        let esim = is_bitrefill_esim(lines);
        let mut body = if esim { esim_body(request, &lines[0]) } else { invoice_body(request, lines) };
        // With webhooks on, Bitrefill calls back when the invoice changes (only to make the tracker look).
        if let Some(webhook) = self.settings.read()?.webhook {
            body["webhook_url"] = serde_json::json!(webhook.public_url.trim());
        }
        let refund = request.options.refund_address.as_deref().map(str::trim);
        self.send_create(
            Provider::Bitrefill,
            &request.payment.label(),
            &body,
            lines,
            || async {
                if esim {
                    client.create_esim(&body).await
                } else {
                    client.create_invoice(&body).await
                }
            },
            (refund, link),
        )
        .await
    }

    /// Pays a balance invoice: re-reads it, pays only when unpaid, and never twice — a double click, a
    /// second window or a second process all find the payment claimed and send nothing.
    pub async fn pay(&self, purchase_id: &str) -> Result<PayReceipt> {
        let pool = &self.store;
        let purchase = ledger::get(pool, purchase_id).await?;
        let invoice_id = match (&purchase.provider, &purchase.provider_ref) {
            (Provider::Bitrefill, Some(id))
                if purchase.payment.as_ref().is_some_and(|p| p.method == "balance") =>
            {
                id.clone()
            }
            (Provider::Bitrefill, None) => {
                return Err(Error::invalid("purchase", tr!("checkout-pay-no-invoice")))
            }
            _ => return Err(Error::invalid("purchase", tr!("checkout-pay-balance-only"))),
        };
        let client = self.accounts.bitrefill().await?;
        let invoice = client.invoice_for_money(&invoice_id).await?;
        let change = invoice_change(&invoice, None, &tr!("checkout-event-re-read-before-paying"));
        let already =
            change.state.is_some_and(|s| is_paid(s) || s.is_final() || s == PurchaseState::PaymentSeen);
        if already || !ledger::claim_payment(pool, purchase_id).await? {
            let detail = match change.state {
                Some(state) if state.is_final() && !is_paid(state) => {
                    tr!("checkout-event-pay-nothing-sent", state = state.label())
                }
                _ if already => tr!("checkout-event-already-paid"),
                _ => tr!("checkout-event-payment-under-way"),
            };
            ledger::record(pool, purchase_id, &Change { detail, ..change }, When::Always).await?;
            return Ok(PayReceipt {
                purchase: ledger::get(pool, purchase_id).await?,
                paid_now: false,
                balance_before: None,
                balance_after: None,
                balance_currency: None,
            });
        }
        let before = client.balance().await.ok();
        tracing::info!(purchase = %purchase_id, "paying invoice from balance");
        let outcome = client.pay_invoice(&invoice_id).await;
        let paid_now = match outcome {
            PostOutcome::Answered(status, answer) if status.is_success() => {
                let invoice = invoice_from(answer.clone()).ok();
                let change = match &invoice {
                    Some(invoice) => invoice_change(invoice, None, &tr!("checkout-event-paid-from-balance")),
                    None => Change {
                        detail: tr!("checkout-event-paid-from-balance"),
                        payload: Some(&answer),
                        ..Change::default()
                    },
                };
                ledger::record(pool, purchase_id, &change, When::Always).await?;
                true
            }
            PostOutcome::Answered(status, answer) => {
                let error = ErrorAnswer::from_body(&answer);
                let code = match status.as_u16() {
                    403 => "insufficient_funds",
                    404 => "already_paid",
                    _ => error.error_code.as_deref().unwrap_or("payment_failed"),
                };
                let problem = problems::bitrefill(code, error.message.as_deref().unwrap_or_default());
                if status.as_u16() != 404 {
                    // A definite refusal: nothing was paid, so the reseller may pay again after topping up.
                    ledger::release_payment(pool, purchase_id).await?;
                }
                let change = Change {
                    detail: tr!("checkout-event-payment-refused", problem = problem.message.as_str()),
                    payload: Some(&answer),
                    ..Change::default()
                };
                ledger::record(pool, purchase_id, &change, When::Always).await?;
                return Err(Error::Rejected { problems: vec![problem] });
            }
            PostOutcome::NotSent(error) => {
                ledger::release_payment(pool, purchase_id).await?;
                return Err(error);
            }
            PostOutcome::Lost(error) => {
                // The claim stays: the next attempt re-reads the invoice and pays only if it is still unpaid.
                let change = Change {
                    detail: tr!("checkout-event-payment-no-answer", error = error.to_string()),
                    ..Change::default()
                };
                ledger::record(pool, purchase_id, &change, When::Always).await?;
                return Err(error);
            }
        };
        let after = client.balance().await.ok();
        let currency = after.as_ref().or(before.as_ref()).and_then(|b| b.currency.clone());
        let show = |b: Option<crate::providers::bitrefill::Balance>| {
            b.and_then(|b| Some(minor_to_decimal(b.balance?, currency.as_deref().unwrap_or("USD"))))
        };
        Ok(PayReceipt {
            purchase: ledger::get(pool, purchase_id).await?,
            paid_now,
            balance_before: show(before),
            balance_after: show(after),
            balance_currency: currency.clone(),
        })
    }

    /// The Bitrefill balance, as an exact decimal with its currency (shown before a balance payment).
    pub async fn bitrefill_balance(&self) -> Result<(String, String)> {
        let balance = self.accounts.bitrefill().await?.balance().await?;
        let currency = balance.currency.unwrap_or_else(|| "USD".into());
        Ok((minor_to_decimal(balance.balance.unwrap_or(0), &currency), currency))
    }
}
