//! Each item of a purchase on its own: a purchase can be partly delivered, and the reseller needs to see
//! which card failed, not only that one did. Read from the provider's latest answer in the trail.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::PurchaseState;
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

/// The items in a Bitrefill invoice (`orders`) or a Cryptorefills order (`deliveries`), from the provider's
/// answer as kept in the trail; empty before either provider has listed them.
pub fn items(provider: Provider, answer: &Value) -> Vec<ItemState> {
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
                    ItemState {
                        name: joined(&[
                            product.name.as_deref(),
                            product.value.as_deref(),
                            product.currency.as_deref(),
                        ]),
                        state: plain(&provider_state),
                        provider_state,
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
                    ItemState {
                        name: joined(&[deliverable.brand_shown(), deliverable.face_shown()]),
                        state: plain(&provider_state),
                        provider_state,
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
        let items = items(Provider::Bitrefill, &invoice);
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
        let items = items(Provider::Cryptorefills, &order);
        assert_eq!((items[0].name.as_str(), items[0].state), ("Airbnb 100 USD", PurchaseState::Delivered));
        assert_eq!((items[1].name.as_str(), items[1].state), ("Uber 25 USD", PurchaseState::Delivering));
        assert!(super::items(Provider::Bitrefill, &json!({"id": "x"})).is_empty());
    }
}
