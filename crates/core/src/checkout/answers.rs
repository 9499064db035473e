//! What the providers' answers mean for a purchase: the change they bring, or why it was refused. The
//! answers arrive decoded by the providers layer; this reads their fields.

use serde_json::Value;

use super::ledger::Change;
use super::problems::{self, Problem};
use super::{payment, states, PurchaseState};
use crate::providers::bitrefill_answers::{self as bitrefill, Invoice};
use crate::providers::cryptorefills_answers::{self as cryptorefills, Order, ValidationProblem};
use crate::providers::decode::Answer;
use crate::providers::{bitrefill_orders, cryptorefills_orders, Provider};
use crate::tr;

/// The change a create's answer brings. An answer of no known shape is kept whole and leaves the purchase
/// `unknown` (it may exist): never lost, never taken for a refusal.
pub fn created_change<'a>(provider: Provider, answer: &'a Value, refund_address: Option<&str>) -> Change<'a> {
    let decoded = match provider {
        // Only what reads as an invoice (a status, a payment or orders beside its id) names the purchase: an
        // answer of another shape (an eSIM named by its ICCID) stays unknown and is reconciled.
        Provider::Bitrefill => {
            bitrefill_orders::invoice_from(answer.clone()).map(|invoice| invoice.value).map(|invoice| {
                match invoice.status.is_some() || invoice.payment.is_some() || !invoice.orders.is_empty() {
                    true => invoice_fields(&invoice, refund_address, &tr!("checkout-event-invoice-created")),
                    false => Change::default(),
                }
            })
        }
        Provider::Cryptorefills => cryptorefills_orders::order_from(answer.clone())
            .map(|order| order_fields(&order.value, &tr!("checkout-event-order-created"))),
    };
    match decoded {
        Ok(change) if change.provider_ref.is_some() => Change { payload: Some(answer), ..change },
        _ => Change {
            state: Some(PurchaseState::Unknown),
            detail: tr!("checkout-event-unreadable-answer", provider = provider.display_name()),
            payload: Some(answer),
            ..Change::default()
        },
    }
}

pub fn invoice_change<'a>(
    invoice: &'a Answer<Invoice>,
    refund_address: Option<&str>,
    detail: &str,
) -> Change<'a> {
    Change { payload: Some(&invoice.raw), ..invoice_fields(&invoice.value, refund_address, detail) }
}

fn invoice_fields(invoice: &Invoice, refund_address: Option<&str>, detail: &str) -> Change<'static> {
    let status = invoice.status.clone();
    let payment_status = invoice.payment_status().map(str::to_owned);
    Change {
        state: states::from_bitrefill_invoice(invoice),
        provider_ref: invoice.id.clone(),
        provider_state: match (status, payment_status) {
            (Some(s), Some(p)) => Some(format!("{s} / payment {p}")),
            (s, p) => s.or(p),
        },
        payment: payment::from_bitrefill(invoice, refund_address),
        detail: detail.to_owned(),
        payload: None,
        codes_stored: false,
    }
}

pub fn order_change<'a>(order: &'a Answer<Order>, detail: &str) -> Change<'a> {
    Change { payload: Some(&order.raw), ..order_fields(&order.value, detail) }
}

fn order_fields(order: &Order, detail: &str) -> Change<'static> {
    Change {
        state: states::from_cryptorefills_order(order),
        provider_ref: order.order_id.clone(),
        provider_state: order.order_state.clone(),
        payment: payment::from_cryptorefills(order),
        detail: detail.to_owned(),
        payload: None,
        codes_stored: false,
    }
}

/// A refusal as problems: Bitrefill's `error_code`, or Cryptorefills' `detail` with `moreDetails` (which
/// holds the validation problems when creation itself refuses).
pub fn refusal(provider: Provider, status: u16, answer: &Value) -> Vec<Problem> {
    match provider {
        Provider::Bitrefill => {
            let error = bitrefill::ErrorAnswer::from_body(answer);
            let code = error.error_code.unwrap_or_else(|| {
                match status {
                    401 => "unauthorized",
                    403 => "forbidden",
                    404 => "not_found",
                    429 => "rate_limited",
                    _ => "create_invoice_failed",
                }
                .to_owned()
            });
            vec![problems::bitrefill(&code, error.message.as_deref().unwrap_or_default())]
        }
        Provider::Cryptorefills => {
            let error = cryptorefills::ErrorAnswer::from_body(answer);
            if let Some(listed) = error.problems() {
                return cryptorefills_problems(&listed);
            }
            let code =
                error.detail.clone().or(error.message.clone()).unwrap_or_else(|| format!("HTTP_{status}"));
            vec![problems::cryptorefills(&code, error.more_details.as_ref())]
        }
    }
}

/// `[{problem, moreDetails?}]` from a validation.
pub fn cryptorefills_problems(items: &[ValidationProblem]) -> Vec<Problem> {
    items
        .iter()
        .filter_map(|item| {
            Some(problems::cryptorefills(item.problem.as_deref()?, item.more_details.as_ref()))
        })
        .collect()
}

/// Whether a state means the money side is settled (nothing more to pay).
pub fn is_paid(state: PurchaseState) -> bool {
    matches!(
        state,
        PurchaseState::Paid
            | PurchaseState::Delivering
            | PurchaseState::Delivered
            | PurchaseState::PartlyDelivered
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_an_answer_that_reads_as_an_invoice_names_the_purchase() {
        let wrapped = json!({"data": {"invoice": {"id": "inv-1", "status": "unpaid", "payment": {"method": "balance"}}, "esim_id": null}});
        assert_eq!(
            created_change(Provider::Bitrefill, &wrapped, None).provider_ref.as_deref(),
            Some("inv-1")
        );
        // An eSIM named by its ICCID is not the invoice: unknown, and reconciled, never taken for it.
        let esim = json!({"data": {"id": "8944500102198304826", "invoice_id": "inv-2"}});
        let change = created_change(Provider::Bitrefill, &esim, None);
        assert_eq!((change.provider_ref, change.state), (None, Some(PurchaseState::Unknown)));
    }
}
