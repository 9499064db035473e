//! Giftdesk's few plain purchase states, and how each provider's own words map onto them.
//!
//! Provider enums are open: an unknown word keeps the purchase where it was rather than guessing.

use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::i18n::Language;
use crate::providers::bitrefill_answers::Invoice;
use crate::providers::cryptorefills_answers::Order;

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
    /// Every state, in the order a purchase meets them (a test holds it to the enum).
    pub const ALL: [PurchaseState; 13] = [
        Self::Sending,
        Self::Unknown,
        Self::NotCreated,
        Self::Rejected,
        Self::AwaitingPayment,
        Self::PaymentSeen,
        Self::Paid,
        Self::Delivering,
        Self::Delivered,
        Self::PartlyDelivered,
        Self::Failed,
        Self::Expired,
        Self::Refunded,
    ];

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

    /// In words for a timeline, a terminal or (capitalised) the window, in the current language.
    pub fn label(self) -> &'static str {
        interned_label(self, crate::i18n::current())
    }

    /// In words in `language`, whatever the current one is (the window's labels for every language).
    pub fn label_in(self, language: Language) -> String {
        crate::i18n::text_in(language, self.message_id(), &[])
    }

    /// Its words' id in `locales/<lang>/states.ftl`.
    fn message_id(self) -> &'static str {
        match self {
            Self::Sending => "state-sending",
            Self::Unknown => "state-unknown",
            Self::NotCreated => "state-not-created",
            Self::Rejected => "state-rejected",
            Self::AwaitingPayment => "state-awaiting-payment",
            Self::PaymentSeen => "state-payment-seen",
            Self::Paid => "state-paid",
            Self::Delivering => "state-delivering",
            Self::Delivered => "state-delivered",
            Self::PartlyDelivered => "state-partly-delivered",
            Self::Failed => "state-failed",
            Self::Expired => "state-expired",
            Self::Refunded => "state-refunded",
        }
    }
}

/// A state's label in a language, made once per language and state (at most 13 a language, kept for the
/// process's life): labels stay `&'static str`, as cheap to pass around as when they were constants.
fn interned_label(state: PurchaseState, language: Language) -> &'static str {
    static LABELS: Mutex<BTreeMap<(&'static str, &'static str), &'static str>> = Mutex::new(BTreeMap::new());
    let mut labels = LABELS.lock().unwrap_or_else(PoisonError::into_inner);
    labels
        .entry((language.code(), state.as_str()))
        .or_insert_with(|| Box::leak(state.label_in(language).into_boxed_str()))
}

/// A Bitrefill invoice, decided per order first (the invoice-level status can lag behind its orders), then
/// by its top-level status (the docs' form carries the whole lifecycle there, and a final word there ends
/// the purchase even if its orders never move), then by `payment.status` (the live form).
pub fn from_bitrefill_invoice(invoice: &Invoice) -> Option<PurchaseState> {
    let orders = &invoice.orders;
    let delivered = orders.iter().filter(|o| o.is_delivered()).count();
    let ended = orders.iter().filter(|o| o.has_failed()).count();
    let refunded = orders.iter().filter(|o| o.is_refunded()).count();
    if !orders.is_empty() && delivered + ended == orders.len() {
        return Some(match (delivered, ended) {
            (d, 0) if d > 0 => PurchaseState::Delivered,
            (0, _) if refunded == orders.len() => PurchaseState::Refunded,
            (0, _) => PurchaseState::Failed,
            _ => PurchaseState::PartlyDelivered,
        });
    }
    let payment = invoice.payment_status().unwrap_or_default();
    let top = invoice.status.as_deref().unwrap_or_default();
    match top {
        "denied" | "blocked" | "payment_error" | "all_error" => return Some(PurchaseState::Failed),
        "expired" => return Some(PurchaseState::Expired),
        "complete" | "all_delivered" => return Some(PurchaseState::Delivered),
        "partial_delivery" => return Some(PurchaseState::PartlyDelivered),
        _ => {}
    }
    if payment == "expired" {
        return Some(PurchaseState::Expired);
    }
    let paid_state = if delivered > 0 { PurchaseState::Delivering } else { PurchaseState::Paid };
    match (payment, top) {
        ("unpaid", _) | ("", "unpaid") => Some(PurchaseState::AwaitingPayment),
        ("partial_payment" | "payment_detected" | "processing", _) | ("", "payment_detected") => {
            Some(PurchaseState::PaymentSeen)
        }
        ("paid" | "payment_confirmed" | "complete", _) | ("", "payment_confirmed" | "pending") => {
            Some(paid_state)
        }
        ("payment_error" | "denied" | "blocked", _) => Some(PurchaseState::Failed),
        _ => None,
    }
}

/// A Cryptorefills order by its `order_state` (the seed's twelve plus `Canceled`).
pub fn from_cryptorefills_order(order: &Order) -> Option<PurchaseState> {
    Some(match order.order_state.as_deref().unwrap_or_default() {
        "Created" | "WaitingForPayment" => PurchaseState::AwaitingPayment,
        "PaymentStarted" | "PartialPaymentStarted" => PurchaseState::PaymentSeen,
        "PaymentReceived" => PurchaseState::Paid,
        "WaitingForDelivery" | "WaitingForManualAction" => PurchaseState::Delivering,
        "Done" => {
            let failed = order.deliveries.iter().filter(|d| d.has_failed()).count();
            match (failed, order.deliveries.len()) {
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

    /// The window's labels come from `ALL`: every state of the enum must be in it, once, in order.
    #[test]
    fn all_holds_every_state() {
        let declaration = <PurchaseState as TS>::decl(&ts_rs::Config::default());
        let names: Vec<&str> = declaration.split('"').skip(1).step_by(2).collect();
        assert_eq!(names, PurchaseState::ALL.map(PurchaseState::as_str), "{declaration}");
    }

    #[test]
    fn every_state_has_words_in_every_language() {
        for (language, _) in crate::i18n::LANGUAGES {
            for state in PurchaseState::ALL {
                let words = state.label_in(*language);
                assert!(!words.is_empty() && !words.starts_with("state-"), "{state:?} in {language}");
            }
        }
        assert_eq!(PurchaseState::AwaitingPayment.label_in(Language::English), "awaiting payment");
    }

    fn from_bitrefill_invoice(invoice: &Value) -> Option<PurchaseState> {
        super::from_bitrefill_invoice(&serde_json::from_value(invoice.clone()).unwrap())
    }

    fn from_cryptorefills_order(order: &Value) -> Option<PurchaseState> {
        super::from_cryptorefills_order(&serde_json::from_value(order.clone()).unwrap())
    }

    #[test]
    fn a_final_top_level_status_ends_the_purchase_even_if_orders_never_move() {
        let denied = json!({"status": "denied", "orders": [{"status": "created"}]});
        assert_eq!(from_bitrefill_invoice(&denied), Some(PurchaseState::Failed));
        let docs_unpaid = json!({"status": "unpaid", "payment": {"method": "bitcoin"}});
        assert_eq!(from_bitrefill_invoice(&docs_unpaid), Some(PurchaseState::AwaitingPayment));
        let docs_paid = json!({"status": "payment_confirmed"});
        assert_eq!(from_bitrefill_invoice(&docs_paid), Some(PurchaseState::Paid));
    }

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
