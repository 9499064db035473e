//! Each item of a purchase on its own: a purchase can be partly delivered, and the reseller needs to see
//! which card failed, not only that one did. Read from the provider's latest answer in the trail.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::{PurchaseLine, PurchaseState};
use crate::catalog::Kind;
use crate::providers::bitrefill_orders::invoice_from;
use crate::providers::cryptorefills_orders::order_from;
use crate::providers::Provider;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ItemState {
    /// Brand and value, as the provider names the item ("Amazon.com 50 USD").
    pub name: String,
    /// One of delivering, delivered, failed, refunded.
    pub state: PurchaseState,
    /// The provider's own word for it.
    pub provider_state: String,
    /// A delivered top-up's receipt (there is no code to keep).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt: Option<TopUpReceipt>,
    /// What the provider gave back for a failed item, as it said it ("10.00 USD").
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refund: Option<String>,
}

/// What a reseller shows a customer whose phone was topped up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TopUpReceipt {
    /// The number topped up.
    pub number: String,
    /// The operator's reference (Cryptorefills), else the provider's order id.
    pub reference: String,
    /// The amount, as the provider names it ("10 USD").
    pub amount: String,
}

fn joined(parts: &[Option<&str>]) -> String {
    parts.iter().flatten().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" ")
}

fn plain(provider_state: &str) -> PurchaseState {
    match provider_state.to_ascii_lowercase().as_str() {
        "delivered" | "done" | "completed" | "succeeded" => PurchaseState::Delivered,
        "permanent_failure" | "failed" | "error" | "canceled" | "cancelled" => PurchaseState::Failed,
        "refunded" => PurchaseState::Refunded,
        _ => PurchaseState::Delivering,
    }
}

/// The top-up line an item was bought by, when that is certain: the one top-up line of its product (or of
/// the whole purchase when the answer names no product). Two lines that could both be it give none, so a
/// receipt never names another customer's number.
fn top_up_line<'a>(lines: &'a [PurchaseLine], product_id: Option<&str>) -> Option<&'a PurchaseLine> {
    let mut top_ups = lines
        .iter()
        .filter(|line| line.kind == Kind::TopUp && product_id.is_none_or(|id| line.product_id == id));
    match (top_ups.next(), top_ups.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// The items in a Bitrefill invoice (`orders`) or a Cryptorefills order (`deliveries`), from the provider's
/// answer as kept in the trail; empty before either provider has listed them. `lines` (what was bought)
/// tells a top-up, whose receipt takes the number from the answer where it says it, else from the line.
pub fn items(provider: Provider, answer: &Value, lines: &[PurchaseLine]) -> Vec<ItemState> {
    match provider {
        Provider::Bitrefill => {
            let Ok(invoice) = invoice_from(answer.clone()) else { return Vec::new() };
            invoice
                .value
                .orders
                .iter()
                .map(|order| {
                    let product = order.product.clone().unwrap_or_default();
                    let provider_state = order.status.clone().unwrap_or_default();
                    let state = plain(&provider_state);
                    let amount = joined(&[product.value.as_deref(), product.currency.as_deref()]);
                    // The answer's own number first; else the line's, when only one line can be this item.
                    let number = order.phone_number.clone().or_else(|| {
                        top_up_line(lines, product.id.as_deref()).map(|line| line.recipient.clone())
                    });
                    let receipt =
                        number.filter(|_| state == PurchaseState::Delivered).map(|number| TopUpReceipt {
                            number,
                            reference: order.id.clone().unwrap_or_default(),
                            amount: amount.clone(),
                        });
                    let refund = order.refund.as_ref().and_then(|refund| {
                        let said = joined(&[refund.amount.as_deref(), refund.currency.as_deref()]);
                        (!said.is_empty()).then_some(said)
                    });
                    ItemState {
                        name: joined(&[product.name.as_deref(), Some(&amount)]),
                        state,
                        provider_state,
                        receipt,
                        refund,
                    }
                })
                .collect()
        }
        Provider::Cryptorefills => {
            let Ok(order) = order_from(answer.clone()) else { return Vec::new() };
            order
                .value
                .deliveries
                .iter()
                .map(|delivery| {
                    let deliverable = delivery.deliverable.clone().unwrap_or_default();
                    let provider_state = delivery.delivery_state.clone().unwrap_or_default();
                    let state = plain(&provider_state);
                    let only_top_up = top_up_line(lines, None);
                    let is_top_up = deliverable.operator_reference.is_some()
                        || (lines.len() == 1 && only_top_up.is_some());
                    let number = deliverable
                        .beneficiary_account
                        .clone()
                        .or_else(|| only_top_up.map(|line| line.recipient.clone()))
                        .filter(|_| is_top_up);
                    let receipt =
                        number.filter(|_| state == PurchaseState::Delivered).map(|number| TopUpReceipt {
                            number,
                            reference: deliverable
                                .operator_reference
                                .clone()
                                .or_else(|| delivery.id.clone())
                                .unwrap_or_default(),
                            amount: deliverable.face_shown().unwrap_or_default().to_owned(),
                        });
                    ItemState {
                        name: joined(&[deliverable.brand_shown(), deliverable.face_shown()]),
                        state,
                        provider_state,
                        receipt,
                        refund: None,
                    }
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_partly_delivered_invoice_says_which_item_failed() {
        let invoice = json!({"orders": [
            {"status": "delivered", "product": {"name": "Amazon.com", "value": "50", "currency": "USD"}},
            {"status": "permanent_failure", "product": {"name": "Netflix", "value": "25", "currency": "USD"}},
        ]});
        let items = items(Provider::Bitrefill, &invoice, &[]);
        assert_eq!(items[0].name, "Amazon.com 50 USD");
        assert_eq!(items[1].state, PurchaseState::Failed);
        assert_eq!(items[1].provider_state, "permanent_failure");
    }

    #[test]
    fn cryptorefills_deliveries_keep_an_open_state_open() {
        let order = json!({"deliveries": [
            {"delivery_state": "Done", "deliverable": {"family": "Airbnb", "denomination": "100 USD"}},
            {"delivery_state": "WaitingForPayment", "deliverable": {"brand_name": "Uber", "denomination": "25 USD"}},
        ]});
        let items = items(Provider::Cryptorefills, &order, &[]);
        assert_eq!((items[0].name.as_str(), items[0].state), ("Airbnb 100 USD", PurchaseState::Delivered));
        assert_eq!((items[1].name.as_str(), items[1].state), ("Uber 25 USD", PurchaseState::Delivering));
        assert!(super::items(Provider::Bitrefill, &json!({"id": "x"}), &[]).is_empty());
    }

    fn top_up(number: &str) -> PurchaseLine {
        serde_json::from_value(json!({"product_id": "zing-de", "product_name": "Zing DE", "kind": "top_up",
            "face": "10", "quantity": 1, "recipient": number}))
        .unwrap()
    }

    #[test]
    fn a_receipt_names_a_number_only_when_it_is_certain_whose() {
        let invoice = |number: Option<&str>| {
            let order = json!({"id": "o1", "status": "delivered", "phone_number": number,
                               "product": {"id": "zing-de", "value": "10", "currency": "EUR"}});
            json!({"orders": [order, {"id": "o2", "status": "permanent_failure", "refund": {"amount": "10.00", "currency": "EUR"},
                                      "product": {"id": "zing-de", "value": "10", "currency": "EUR"}}]})
        };
        let one = [top_up("+4915123456789")];
        let read = items(Provider::Bitrefill, &invoice(None), &one);
        let receipt = read[0].receipt.clone().unwrap();
        assert_eq!((receipt.number.as_str(), receipt.reference.as_str()), ("+4915123456789", "o1"));
        assert_eq!((read[1].receipt.clone(), read[1].refund.as_deref()), (None, Some("10.00 EUR")));
        // Two customers' lines of one operator: the answer's own number, or none at all.
        let two = [top_up("+4915123456789"), top_up("+4915198765432")];
        assert!(items(Provider::Bitrefill, &invoice(None), &two)[0].receipt.is_none());
        let said = items(Provider::Bitrefill, &invoice(Some("+4915198765432")), &two);
        assert_eq!(said[0].receipt.clone().unwrap().number, "+4915198765432");
    }
}
