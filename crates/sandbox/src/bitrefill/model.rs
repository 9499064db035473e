//! Bitrefill invoices and orders as the sandbox keeps them, and their JSON in either dialect.

use serde_json::{json, Value};

use super::payment::{decimal_number, Details};
use crate::catalog::{Delivery, Kind};
use crate::clock::iso;
use crate::dialect::iso_with_offset;
use crate::world::Outcome;
use crate::Dialect;

#[derive(Debug, Clone)]
pub struct Invoice {
    pub id: String,
    pub created_ms: u64,
    /// When the invoice reached a final state.
    pub completed_ms: Option<u64>,
    /// Live words: `not_delivered`, `all_delivered`, `partial_delivery`, `all_error`, and `expired`.
    pub status: String,
    pub method: String,
    pub address: Option<String>,
    /// What the price is counted in: the account currency for balance, else the coin.
    pub pay_currency: String,
    /// Decimals of `pay_currency`'s minor unit.
    pub decimals: u32,
    /// Minor units of `pay_currency` (cents, satoshis, 6-decimal USDC units, wei).
    pub price: u64,
    pub paid: u64,
    /// Live words: `unpaid`, `partial_payment`, `paid`, `payment_confirmed`, `complete`, `expired`,
    /// `payment_error`.
    pub payment_status: String,
    /// Refused after payment (`denied` outcome): docs say `denied`, live `all_error`/`payment_error`.
    pub denied: bool,
    /// The top-level `email` of the request: where the end user's notifications go.
    pub email: Option<String>,
    /// The create request exactly as received, for `GET /_sandbox/invoices/{id}`.
    pub request: Value,
    pub refund_address: Option<String>,
    pub webhook_url: Option<String>,
    pub details: Details,
    pub orders: Vec<Order>,
    pub outcome: Outcome,
    pub dialect: Dialect,
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
    /// Always the full (docs) form; the live dialect seals the code out of `GET /orders/{id}`.
    pub redemption: Value,
    pub phone_number: Option<String>,
    /// This order's share of the invoice price, in its minor units: what a failure refunds.
    pub price: u64,
    /// eSIMs: the ICCID, once delivered (a new eSIM) or from the start (a top-up of one bought before).
    pub esim_id: Option<String>,
    /// The order adds a plan to the eSIM `esim_id` rather than delivering a new one.
    pub esim_top_up: bool,
}

impl Invoice {
    pub fn is_final(&self) -> bool {
        matches!(self.payment_status.as_str(), "complete" | "expired" | "payment_error")
    }

    /// Whether the payment arrived: the live listing shows only these unless `only_paid=false`.
    pub fn is_paid(&self) -> bool {
        !matches!(self.payment_status.as_str(), "unpaid" | "partial_payment" | "expired")
    }

    /// The docs' lifecycle word for the top-level `status`.
    fn docs_status(&self) -> &str {
        if self.denied {
            return "denied";
        }
        match self.payment_status.as_str() {
            "unpaid" | "partial_payment" => "unpaid",
            "paid" => "payment_detected",
            "payment_confirmed" if self.orders.iter().any(Order::is_final) => "pending",
            "payment_confirmed" => "payment_confirmed",
            "complete" => "complete",
            // The docs name no expiry: an expired invoice is a failed payment, a final state either way.
            "expired" | "payment_error" => "payment_error",
            other => other,
        }
    }

    fn time(&self, ms: u64) -> String {
        if self.dialect.is_live() {
            iso_with_offset(ms)
        } else {
            iso(ms)
        }
    }

    fn payment_json(&self) -> Value {
        let live = self.dialect.is_live();
        let crypto = self.method != "balance";
        let mut payment = json!({"method": self.method, "currency": self.pay_currency, "commission": 0});
        payment["price"] =
            if crypto && !live { decimal_number(self.price, self.decimals) } else { json!(self.price) };
        if live {
            payment["status"] = json!(self.payment_status);
            if let Some(uri) = &self.details.uri {
                payment["paymentUri"] = json!(uri);
            }
            if let Some(contract) = self.details.contract {
                payment["contractAddress"] = json!(contract);
            }
            if let Some(invoice) = &self.details.lightning_invoice {
                payment["lightningInvoice"] = json!(invoice);
            }
        }
        if let Some(address) = &self.address {
            payment["address"] = json!(address);
        }
        if self.paid > 0 && self.paid < self.price {
            payment["paid_amount"] = json!(self.paid);
        }
        payment
    }

    /// `GET /invoices/{id}`, creation, payment and the webhook.
    pub fn json(&self) -> Value {
        let mut value = self.listed_json(true);
        value["refund_address"] = json!(self.refund_address);
        value
    }

    /// A row of `GET /invoices`: live rows carry no `orders` unless asked (`include_orders=true`).
    pub fn listed_json(&self, include_orders: bool) -> Value {
        let status = if self.dialect.is_live() { self.status.as_str() } else { self.docs_status() };
        let email = self.email.clone().unwrap_or_else(|| "reseller@sandbox.invalid".into());
        let mut value = json!({
            "id": self.id,
            "created_time": self.time(self.created_ms),
            "status": status,
            "user": {"id": "u-sandbox", "email": email},
            "payment": self.payment_json(),
        });
        if let Some(done) = self.completed_ms {
            value["completed_time"] = json!(self.time(done));
        }
        if include_orders || !self.dialect.is_live() {
            value["orders"] = json!(self.orders.iter().map(|o| o.summary_json(self)).collect::<Vec<_>>());
        }
        value
    }
}

impl Order {
    pub fn is_final(&self) -> bool {
        self.status != "created"
    }

    fn product_json(&self) -> Value {
        json!({"id": self.product_id, "name": self.name, "value": self.value, "currency": self.currency, "image": self.product_id})
    }

    /// The order inside its invoice, and a live row of `GET /orders`.
    pub fn summary_json(&self, invoice: &Invoice) -> Value {
        let mut value = json!({
            "id": self.id,
            "status": self.status,
            "product": self.product_json(),
            "created_time": iso(self.created_ms),
            "delivered_time": self.delivered_ms.map(iso),
            "commission": 0,
        });
        if self.status == "permanent_failure" {
            value["refund"] = json!({"amount": self.price, "currency": invoice.pay_currency});
        }
        value
    }

    /// A row of `GET /orders`: live rows name their invoice and carry nothing to redeem.
    pub fn listed_json(&self, invoice: &Invoice) -> Value {
        if !invoice.dialect.is_live() {
            return self.full_json(invoice);
        }
        let mut value = self.summary_json(invoice);
        value["invoice"] = json!({"id": invoice.id});
        value
    }

    /// `GET /orders/{id}`. Live: a delivered card's code is sealed away (unseal reveals it); docs: it is in
    /// `redemption_info`.
    pub fn full_json(&self, invoice: &Invoice) -> Value {
        let mut value = self.summary_json(invoice);
        value["user"] = json!({"id": "u-sandbox", "email": invoice.email});
        value["invoice"] = json!({"id": invoice.id});
        let delivered = self.status == "delivered";
        if invoice.dialect.is_live() {
            if let Some(sealed) = delivered.then(|| sealed(&self.redemption)).flatten() {
                value["redemption_info"] = sealed;
            }
        } else {
            value["redemption_info"] = if delivered { self.redemption.clone() } else { Value::Null };
        }
        if let Some(phone) = &self.phone_number {
            value["phone_number"] = json!(phone);
        }
        value
    }

    /// `GET /orders/{id}/unseal`: the order with its codes beside `redemption_info`, in both dialects.
    pub fn unsealed_json(&self, invoice: &Invoice) -> Value {
        let mut value = self.summary_json(invoice);
        value["user"] = json!({"id": "u-sandbox", "email": invoice.email});
        value["invoice"] = json!({"id": invoice.id});
        let delivered = self.status == "delivered";
        let info = if delivered { self.redemption.clone() } else { Value::Null };
        let field = |name: &str| info.get(name).cloned().unwrap_or(Value::Null);
        let link = if info.is_string() { info.clone() } else { field("link") };
        value["code"] = field("code");
        value["pin"] = field("pin");
        value["pin_code"] = field("pin");
        value["link"] = link;
        value["phone_number"] = json!(self.phone_number);
        value["redemption_info"] = info;
        if invoice.dialect.is_live() {
            if let Some(map) = value["redemption_info"].as_object_mut() {
                map.remove("iccid");
            }
        }
        value
    }
}

/// What the live `GET /orders/{id}` keeps of redemption info: instructions and expiry, never the code, PIN,
/// link or eSIM activation value; a bare-string link leaves nothing.
fn sealed(redemption: &Value) -> Option<Value> {
    let mut map = redemption.as_object()?.clone();
    // The live order names no ICCID either: `GET /esims` does.
    for secret in ["code", "pin", "link", "barcode_value", "iccid"] {
        map.remove(secret);
    }
    Some(Value::Object(map))
}

/// Redemption info for a delivered order, in the shapes the notes record: a code with PIN, a link,
/// an eSIM QR code, nothing for top-ups, and a bare string for the link test product.
pub fn redemption(rng: &mut fastrand::Rng, order: &Order) -> Value {
    let token = code(rng, 3);
    match (order.kind, order.delivery) {
        (Kind::PhoneRefill, _) => Value::Null,
        (Kind::Esim, _) if order.esim_top_up => json!({
            "code": null, "link": null, "pin": null, "iccid": order.esim_id,
            "instructions": format!("{} was added to your eSIM; no new QR code is needed.", order.value),
            "expiration_date": null, "other": null, "extra_fields": {},
        }),
        (Kind::Esim, _) => json!({
            "code": null, "link": null, "pin": null,
            "barcode_format": "QRCODE",
            "barcode_value": format!("LPA:1$smdp.sandbox.invalid${}", token.replace('-', "")),
            "iccid": format!("8988{:015}", rng.u64(..1_000_000_000_000_000)),
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
