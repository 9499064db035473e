//! Each item of a purchase on its own: a purchase can be partly delivered, and the reseller needs to see
//! which card failed, not only that one did. Read from the provider's latest answer in the trail.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::PurchaseState;
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

fn text<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value.pointer(pointer).and_then(Value::as_str).unwrap_or_default()
}

fn joined(parts: &[&str]) -> String {
    parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" ")
}

fn plain(provider_state: &str) -> PurchaseState {
    match provider_state.to_ascii_lowercase().as_str() {
        "delivered" | "done" | "completed" | "succeeded" => PurchaseState::Delivered,
        "permanent_failure" | "failed" | "error" | "canceled" | "cancelled" => PurchaseState::Failed,
        "refunded" => PurchaseState::Refunded,
        _ => PurchaseState::Delivering,
    }
}

/// The items in a Bitrefill invoice (`orders`) or a Cryptorefills order (`deliveries`); empty before either
/// provider has listed them.
pub fn items(provider: Provider, answer: &Value) -> Vec<ItemState> {
    let (list, state_key) = match provider {
        Provider::Bitrefill => ("orders", "/status"),
        Provider::Cryptorefills => ("deliveries", "/delivery_state"),
    };
    let Some(entries) = answer.get(list).and_then(Value::as_array) else { return Vec::new() };
    entries
        .iter()
        .map(|entry| {
            let name = match provider {
                Provider::Bitrefill => joined(&[
                    text(entry, "/product/name"),
                    text(entry, "/product/value"),
                    text(entry, "/product/currency"),
                ]),
                Provider::Cryptorefills => {
                    let brand = text(entry, "/deliverable/family");
                    let brand = if brand.is_empty() { text(entry, "/deliverable/brand_name") } else { brand };
                    joined(&[brand, text(entry, "/deliverable/denomination")])
                }
            };
            let provider_state = text(entry, state_key).to_owned();
            ItemState { name, state: plain(&provider_state), provider_state }
        })
        .collect()
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
