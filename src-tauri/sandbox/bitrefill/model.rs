//! Bitrefill invoices and orders as the sandbox keeps them, and their live JSON shapes.

use serde_json::{json, Value};

use crate::clock::iso;
use crate::sandbox::catalog::{Delivery, Kind};
use crate::sandbox::world::Outcome;

#[derive(Debug, Clone)]
pub struct Invoice {
    pub id: String,
    pub created_ms: u64,
    /// Live words: `not_delivered`, `all_delivered`, `partial_delivery`, `all_error`, and `expired`.
    pub status: String,
    pub method: String,
    pub address: Option<String>,
    /// What the price is counted in: the account currency for balance, else the coin.
    pub pay_currency: String,
    /// Minor units of `pay_currency` (cents, satoshis, 6-decimal USDC units, wei).
    pub price: u64,
    pub paid: u64,
    /// Live words: `unpaid`, `partial_payment`, `paid`, `payment_confirmed`, `complete`, `expired`.
    pub payment_status: String,
    pub email: Option<String>,
    pub refund_address: Option<String>,
    pub webhook_url: Option<String>,
    pub orders: Vec<Order>,
    pub outcome: Outcome,
}

#[derive(Debug, Clone)]
pub struct Order {
    pub id: String,
    pub product_id: String,
    pub name: String,
    pub value: String,
    pub currency: String,
    pub kind: Kind,
    pub delivery: Delivery,
    pub created_ms: u64,
    /// `created`, `delivered`, `permanent_failure`.
    pub status: String,
    pub delivered_ms: Option<u64>,
    pub redemption: Value,
}

impl Invoice {
    pub fn is_final(&self) -> bool {
        matches!(self.payment_status.as_str(), "complete" | "expired")
    }

    pub fn json(&self) -> Value {
        let mut payment = json!({
            "method": self.method,
            "currency": self.pay_currency,
            "price": self.price,
            "status": self.payment_status,
            "commission": 0,
        });
        if let Some(address) = &self.address {
            payment["address"] = json!(address);
        }
        if self.paid > 0 && self.paid < self.price {
            payment["paid_amount"] = json!(self.paid);
        }
        json!({
            "id": self.id,
            "created_time": iso(self.created_ms),
            "status": self.status,
            "user": {"id": "u-sandbox", "email": self.email.clone().unwrap_or_else(|| "reseller@sandbox.invalid".into())},
            "payment": payment,
            "refund_address": self.refund_address,
            "orders": self.orders.iter().map(Order::summary_json).collect::<Vec<_>>(),
        })
    }
}

impl Order {
    pub fn is_final(&self) -> bool {
        self.status != "created"
    }

    fn product_json(&self) -> Value {
        json!({"id": self.product_id, "name": self.name, "value": self.value, "currency": self.currency, "image": self.product_id})
    }

    pub fn summary_json(&self) -> Value {
        json!({
            "id": self.id,
            "status": self.status,
            "product": self.product_json(),
            "created_time": iso(self.created_ms),
            "delivered_time": self.delivered_ms.map(iso),
            "commission": 0,
        })
    }

    pub fn full_json(&self, invoice: &Invoice) -> Value {
        json!({
            "id": self.id,
            "status": self.status,
            "created_time": iso(self.created_ms),
            "delivered_time": self.delivered_ms.map(iso),
            "user": {"id": "u-sandbox", "email": invoice.email},
            "invoice": {"id": invoice.id},
            "commission": 0,
            "product": self.product_json(),
            "redemption_info": if self.status == "delivered" { self.redemption.clone() } else { Value::Null },
        })
    }
}

/// Redemption info for a delivered order, in the shapes the notes record: a code with PIN, a link,
/// an eSIM QR code, nothing for top-ups, and a bare string for the link test product.
pub fn redemption(rng: &mut fastrand::Rng, order: &Order) -> Value {
    let token = code(rng, 3);
    match (order.kind, order.delivery) {
        (Kind::PhoneRefill, _) => Value::Null,
        (Kind::Esim, _) => json!({
            "code": null, "link": null, "pin": null,
            "barcode_format": "QRCODE",
            "barcode_value": format!("LPA:1$smdp.sandbox.invalid${}", token.replace('-', "")),
            "instructions": "<p>Scan the QR code in your phone's <b>Add eSIM</b> settings.</p>",
            "expiration_date": null, "other": null, "extra_fields": {},
        }),
        (_, Delivery::Link) if order.product_id == "test-gift-card-link" => {
            json!(format!("https://redeem.sandbox.invalid/{}", token.to_lowercase()))
        }
        (_, Delivery::Link) => json!({
            "code": null, "pin": null,
            "link": format!("https://redeem.sandbox.invalid/{}", token.to_lowercase()),
            "instructions": "Open the link to claim the card.",
            "expiration_date": null, "other": null, "extra_fields": {},
        }),
        _ => json!({
            "code": token,
            "pin": if rng.bool() { json!(format!("{:04}", rng.u32(0..10_000))) } else { Value::Null },
            "link": null,
            "instructions": format!("Redeem at the {} website or app.", order.name),
            "expiration_date": if rng.u32(0..4) == 0 { json!("2027-12-31") } else { Value::Null },
            "other": null,
            "extra_fields": {},
        }),
    }
}

/// `XXXX-XXXX-…` from an alphabet without look-alike characters.
pub fn code(rng: &mut fastrand::Rng, groups: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    (0..groups)
        .map(|_| (0..4).map(|_| ALPHABET[rng.usize(..ALPHABET.len())] as char).collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

pub fn hex_id(rng: &mut fastrand::Rng, len: usize) -> String {
    (0..len).map(|_| char::from_digit(rng.u32(0..16), 16).unwrap_or('0')).collect()
}

pub fn uuid(rng: &mut fastrand::Rng) -> String {
    let h = hex_id(rng, 32);
    format!("{}-{}-4{}-a{}-{}", &h[0..8], &h[8..12], &h[13..16], &h[17..20], &h[20..32])
}
