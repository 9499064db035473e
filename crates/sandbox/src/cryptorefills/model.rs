//! A Cryptorefills order as the sandbox keeps it, and its JSON (the same for GET, the stream and creation).

use serde_json::{json, Value};

use crate::catalog::Kind;
use crate::world::Outcome;
use crate::Dialect;

#[derive(Debug, Clone)]
pub struct CrDelivery {
    pub id: String,
    pub state: String,
    pub kind: Kind,
    /// The exact brand name (`brand_name` in the deliverable).
    pub family: String,
    /// The family the brand belongs to (`family` in the deliverable).
    pub family_slug: String,
    /// Live dialect: the card is a barcode image only.
    pub barcode_only: bool,
    /// What the delivery's image (eSIM QR code, card barcode) encodes, once delivered.
    pub image_payload: Option<String>,
    pub country: String,
    pub denomination: String,
    pub localized: String,
    pub beneficiary: String,
    pub currency: String,
    pub coin_amount: String,
    /// Filled when the delivery is done: codes, instructions, failure reasons.
    pub deliverable: Value,
}

#[derive(Debug, Clone)]
pub struct CrOrder {
    pub order_id: String,
    pub created_at: u64,
    pub email: String,
    pub coin: String,
    pub network: String,
    pub payment_method: String,
    pub wallet_address: String,
    pub memo: Option<String>,
    pub qr_text: String,
    /// Price in the coin's shown units (e.g. cents of USDC), and what has been sent so far.
    pub due_units: u64,
    pub sent_units: u64,
    pub coin_amount: String,
    pub sent_coin_amount: String,
    pub payment_state: String,
    pub order_state: String,
    pub deliveries: Vec<CrDelivery>,
    /// `lang` as sent (descriptions and the customer's delivery email); English when missing or unknown.
    pub lang: String,
    pub outcome: Outcome,
    /// Bumped on every change; the stream's event id.
    pub version: u64,
    pub dialect: Dialect,
}

pub const TERMINAL: [&str; 6] =
    ["Done", "Expired", "PaymentFailed", "PaymentSetupFailed", "Refunded", "Canceled"];

impl CrOrder {
    pub fn is_terminal(&self) -> bool {
        TERMINAL.contains(&self.order_state.as_str())
    }

    /// Moves to a new state and marks the change for streams.
    pub fn set_state(&mut self, order_state: &str, payment_state: Option<&str>) {
        self.order_state = order_state.to_owned();
        if let Some(payment_state) = payment_state {
            self.payment_state = payment_state.to_owned();
        }
        self.version += 1;
    }

    /// Live payloads mix types: `created_at` and `coin_amount` arrive as strings on creation and as numbers
    /// later; the docs dialect keeps `created_at` a number and `coin_amount` a string throughout. Live
    /// Lightning orders carry their BOLT11 invoice under `payment_details`, with no `wallet_address`.
    pub fn json(&self) -> Value {
        let live = self.dialect.is_live();
        let settled = self.version > 1 || !live;
        let mut value = json!({
            "order_id": self.order_id,
            "created_at": if settled { json!(self.created_at) } else { json!(self.created_at.to_string()) },
            "wallet_address": self.wallet_address,
            "payment_method": self.payment_method,
            "network": self.network,
            "coin": self.coin,
            "coin_amount": if settled && live { self.coin_amount.parse::<f64>().map_or(json!(self.coin_amount), |n| json!(n)) } else { json!(self.coin_amount) },
            "original_price": self.coin_amount,
            "qr_text": self.qr_text,
            "sent_coin_amount": self.sent_coin_amount,
            "payment_state": self.payment_state,
            "payment_via": "USER_WALLET",
            "payment_requested_at": self.created_at.to_string(),
            "order_state": self.order_state,
            "user": {"email": self.email},
            "is_payment_processor_external": false,
            "deliveries": self.deliveries.iter().map(CrDelivery::json).collect::<Vec<_>>(),
        });
        if let Some(memo) = &self.memo {
            value["memo"] = json!(memo);
        }
        if live && self.network == "Lightning" {
            if let Some(map) = value.as_object_mut() {
                map.remove("wallet_address");
            }
            value["payment_details"] = json!({"invoice": self.wallet_address});
        }
        value
    }
}

impl CrDelivery {
    pub fn json(&self) -> Value {
        let mut deliverable = json!({
            "denomination": self.denomination,
            "localized_denomination": self.localized,
            "family": self.family_slug,
            "brand_name": self.family,
            "beneficiary_account": self.beneficiary,
            "country_code": self.country,
            "delivery_type": if self.kind == Kind::PhoneRefill { "by_phone" } else { "by_email" },
            "coin_amount": self.coin_amount,
            "currency_code": self.currency,
        });
        if let (Value::Object(target), Value::Object(extra)) = (&mut deliverable, &self.deliverable) {
            target.extend(extra.clone());
        }
        json!({
            "id": self.id,
            "delivery_state": self.state,
            "kind": if self.kind == Kind::GiftCard { "giftcard" } else { "mobile_recharge" },
            "deliverable": deliverable,
        })
    }
}
