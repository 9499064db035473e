//! Giftdesk's few plain purchase states, and how each provider's own words map onto them.
//!
//! Provider enums are open: an unknown word keeps the purchase where it was rather than guessing.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PurchaseState {
    /// Written to disk; the create request is on its way.
    Sending,
    /// The create request left but no answer came: it may exist at the provider. Never resent by itself.
    Unknown,
    /// The create request surely never reached the provider: nothing exists, nothing was charged.
    NotCreated,
    /// The provider refused to create it: nothing was charged.
    Rejected,
    AwaitingPayment,
    PaymentSeen,
    Paid,
    Delivering,
    Delivered,
    PartlyDelivered,
    Failed,
    Expired,
    Refunded,
}

impl PurchaseState {
    /// The states a tracker follows (those [`is_final`](Self::is_final) says are not final).
    pub const UNFINISHED: [PurchaseState; 6] = [
        Self::Sending,
        Self::Unknown,
        Self::AwaitingPayment,
        Self::PaymentSeen,
        Self::Paid,
        Self::Delivering,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sending => "sending",
            Self::Unknown => "unknown",
            Self::NotCreated => "not_created",
            Self::Rejected => "rejected",
            Self::AwaitingPayment => "awaiting_payment",
            Self::PaymentSeen => "payment_seen",
            Self::Paid => "paid",
            Self::Delivering => "delivering",
            Self::Delivered => "delivered",
            Self::PartlyDelivered => "partly_delivered",
            Self::Failed => "failed",
            Self::Expired => "expired",
            Self::Refunded => "refunded",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        serde_json::from_value(Value::String(text.to_owned())).ok()
    }

    /// Nothing more will happen to it without the reseller.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Self::NotCreated
                | Self::Rejected
                | Self::Delivered
                | Self::PartlyDelivered
                | Self::Failed
                | Self::Expired
                | Self::Refunded
        )
    }

    /// In words for a timeline or a terminal.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sending => "sending",
            Self::Unknown => "unknown: the answer was lost",
            Self::NotCreated => "not created",
            Self::Rejected => "refused by the provider",
            Self::AwaitingPayment => "awaiting payment",
            Self::PaymentSeen => "payment seen",
            Self::Paid => "paid",
            Self::Delivering => "delivering",
            Self::Delivered => "delivered",
            Self::PartlyDelivered => "partly delivered",
            Self::Failed => "failed",
            Self::Expired => "expired",
            Self::Refunded => "refunded",
        }
    }
}

fn text<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value.pointer(pointer).and_then(Value::as_str).unwrap_or_default()
}

/// A Bitrefill invoice, decided per order: the invoice-level status can lag behind its orders.
pub fn from_bitrefill_invoice(invoice: &Value) -> Option<PurchaseState> {
    let payment = text(invoice, "/payment/status");
    let orders: Vec<&str> = invoice
        .get("orders")
        .and_then(Value::as_array)
        .map(|orders| orders.iter().map(|o| text(o, "/status")).collect())
        .unwrap_or_default();
    let delivered = orders.iter().filter(|s| **s == "delivered").count();
    let failed = orders.iter().filter(|s| matches!(**s, "permanent_failure" | "failed")).count();
    let refunded = orders.iter().filter(|s| **s == "refunded").count();
    if !orders.is_empty() && delivered + failed + refunded == orders.len() {
        return Some(match (delivered, failed + refunded) {
            (d, 0) if d > 0 => PurchaseState::Delivered,
            (0, _) if refunded == orders.len() => PurchaseState::Refunded,
            (0, _) => PurchaseState::Failed,
            _ => PurchaseState::PartlyDelivered,
        });
    }
    if text(invoice, "/status") == "expired" || payment == "expired" {
        return Some(PurchaseState::Expired);
    }
    match payment {
        "unpaid" => Some(PurchaseState::AwaitingPayment),
        "partial_payment" | "payment_detected" | "processing" => Some(PurchaseState::PaymentSeen),
        "paid" | "payment_confirmed" | "complete" => {
            Some(if delivered > 0 { PurchaseState::Delivering } else { PurchaseState::Paid })
        }
        "payment_error" | "denied" | "blocked" => Some(PurchaseState::Failed),
        _ => None,
    }
}

/// A Cryptorefills order by its `order_state` (the seed's twelve plus `Canceled`).
pub fn from_cryptorefills_order(order: &Value) -> Option<PurchaseState> {
    Some(match text(order, "/order_state") {
        "Created" | "WaitingForPayment" => PurchaseState::AwaitingPayment,
        "PaymentStarted" | "PartialPaymentStarted" => PurchaseState::PaymentSeen,
        "PaymentReceived" => PurchaseState::Paid,
        "WaitingForDelivery" | "WaitingForManualAction" => PurchaseState::Delivering,
        "Done" => {
            let deliveries = order.get("deliveries").and_then(Value::as_array);
            let failed = deliveries.map_or(0, |d| {
                d.iter()
                    .filter(|d| {
                        let state = text(d, "/delivery_state").to_ascii_lowercase();
                        state.contains("fail") || state.contains("error") || state.contains("refund")
                    })
                    .count()
            });
            match (failed, deliveries.map_or(0, Vec::len)) {
                (0, _) => PurchaseState::Delivered,
                (f, n) if f == n => PurchaseState::Failed,
                _ => PurchaseState::PartlyDelivered,
            }
        }
        "Expired" => PurchaseState::Expired,
        "PaymentFailed" | "PaymentSetupFailed" | "Canceled" => PurchaseState::Failed,
        "Refunded" => PurchaseState::Refunded,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bitrefill_is_decided_per_order_not_by_the_lagging_invoice_status() {
        let invoice = json!({"status": "not_delivered", "payment": {"status": "paid"},
                             "orders": [{"status": "delivered"}, {"status": "delivered"}]});
        assert_eq!(from_bitrefill_invoice(&invoice), Some(PurchaseState::Delivered));
        let partly = json!({"payment": {"status": "complete"},
                            "orders": [{"status": "delivered"}, {"status": "permanent_failure"}]});
        assert_eq!(from_bitrefill_invoice(&partly), Some(PurchaseState::PartlyDelivered));
        let unpaid = json!({"payment": {"status": "unpaid"}, "orders": [{"status": "created"}]});
        assert_eq!(from_bitrefill_invoice(&unpaid), Some(PurchaseState::AwaitingPayment));
        assert_eq!(from_bitrefill_invoice(&json!({"payment": {"status": "brand_new"}})), None);
    }

    #[test]
    fn cryptorefills_states_map_and_unknown_words_are_kept_open() {
        let done = json!({"order_state": "Done", "deliveries": [{"delivery_state": "Done"}]});
        assert_eq!(from_cryptorefills_order(&done), Some(PurchaseState::Delivered));
        assert_eq!(
            from_cryptorefills_order(&json!({"order_state": "Canceled"})),
            Some(PurchaseState::Failed)
        );
        assert_eq!(from_cryptorefills_order(&json!({"order_state": "SomethingNew"})), None);
        let all = [
            PurchaseState::Sending,
            PurchaseState::Unknown,
            PurchaseState::NotCreated,
            PurchaseState::Rejected,
            PurchaseState::AwaitingPayment,
            PurchaseState::PaymentSeen,
            PurchaseState::Paid,
            PurchaseState::Delivering,
            PurchaseState::Delivered,
            PurchaseState::PartlyDelivered,
            PurchaseState::Failed,
            PurchaseState::Expired,
            PurchaseState::Refunded,
        ];
        for state in all {
            assert_eq!(PurchaseState::UNFINISHED.contains(&state), !state.is_final(), "{state:?}");
        }
        for word in ["not_created", "delivered", "expired"] {
            assert_eq!(PurchaseState::parse(word).map(PurchaseState::as_str), Some(word));
        }
    }
}
