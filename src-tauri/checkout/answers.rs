//! Reading the providers' answers to a create: what changed, or why it was refused.

use serde_json::Value;

use super::ledger::Change;
use super::problems::{self, Problem};
use super::{payment, states, PurchaseState};
use crate::providers::Provider;

fn text(value: &Value, pointer: &str) -> Option<String> {
    value.pointer(pointer).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned)
}

/// The change an invoice or order brings: its id, our state and theirs, the payment instructions.
pub fn created_change<'a>(provider: Provider, answer: &'a Value, refund_address: Option<&str>) -> Change<'a> {
    match provider {
        Provider::Bitrefill => {
            let invoice = answer.get("data").unwrap_or(answer);
            invoice_change(invoice, refund_address, "Invoice created")
        }
        Provider::Cryptorefills => order_change(answer, "Order created"),
    }
}

pub fn invoice_change<'a>(invoice: &'a Value, refund_address: Option<&str>, detail: &str) -> Change<'a> {
    let state = states::from_bitrefill_invoice(invoice);
    let payment_status = text(invoice, "/payment/status");
    let status = text(invoice, "/status");
    Change {
        state,
        provider_ref: text(invoice, "/id"),
        provider_state: match (status, payment_status) {
            (Some(s), Some(p)) => Some(format!("{s} / payment {p}")),
            (s, p) => s.or(p),
        },
        payment: payment::from_bitrefill(invoice, refund_address),
        detail: detail.to_owned(),
        payload: Some(invoice),
        codes_stored: false,
    }
}

pub fn order_change<'a>(order: &'a Value, detail: &str) -> Change<'a> {
    Change {
        state: states::from_cryptorefills_order(order),
        provider_ref: text(order, "/order_id"),
        provider_state: text(order, "/order_state"),
        payment: payment::from_cryptorefills(order),
        detail: detail.to_owned(),
        payload: Some(order),
        codes_stored: false,
    }
}

/// A refusal as problems: Bitrefill's `error_code`, or Cryptorefills' `detail` with `moreDetails` (which
/// holds the validation problems when creation itself refuses).
pub fn refusal(provider: Provider, status: u16, answer: &Value) -> Vec<Problem> {
    match provider {
        Provider::Bitrefill => {
            let message = text(answer, "/message").unwrap_or_default();
            let code = text(answer, "/error_code").unwrap_or_else(|| {
                match status {
                    401 => "unauthorized",
                    403 => "forbidden",
                    404 => "not_found",
                    429 => "rate_limited",
                    _ => "create_invoice_failed",
                }
                .to_owned()
            });
            vec![problems::bitrefill(&code, &message)]
        }
        Provider::Cryptorefills => {
            let code = text(answer, "/detail")
                .or_else(|| text(answer, "/message"))
                .unwrap_or_else(|| format!("HTTP_{status}"));
            match answer.get("moreDetails") {
                Some(Value::Array(items))
                    if items.iter().all(|i| i.get("problem").is_some()) && !items.is_empty() =>
                {
                    cryptorefills_problems(items)
                }
                more => vec![problems::cryptorefills(&code, more)],
            }
        }
    }
}

/// `[{problem, moreDetails?}]` from a validation.
pub fn cryptorefills_problems(items: &[Value]) -> Vec<Problem> {
    items
        .iter()
        .filter_map(|item| {
            let code = item.get("problem").and_then(Value::as_str)?;
            Some(problems::cryptorefills(code, item.get("moreDetails")))
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
