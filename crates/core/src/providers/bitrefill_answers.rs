//! Bitrefill's purchase answers as types: invoices (created, read, listed), orders (read, listed, unsealed),
//! payments. Both forms the API is known in are read: the docs' (lifecycle in the top-level `status`, no
//! `payment.status`, a decimal `price`) and the live one (`payment.status`, prices in minor units, payment
//! URIs); every field may be missing or null, numbers may come as strings, and unknown words are kept as text.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::decode::{entries, object, opt_string};
use crate::clock::parse_time;

/// An invoice, from `POST /invoices`, `GET /invoices/{id}` or `POST /invoices/{id}/pay`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Invoice {
    #[serde(default, deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub created_time: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub completed_time: Option<String>,
    /// Docs: the lifecycle (`unpaid` … `complete`, `denied`); live: delivery (`not_delivered` …).
    #[serde(default, deserialize_with = "opt_string")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "object")]
    pub payment: Option<Payment>,
    /// Missing from listings: read the invoice itself for them.
    #[serde(default, deserialize_with = "entries")]
    pub orders: Vec<InvoiceOrder>,
}

/// An invoice as `GET /invoices` lists it: no orders.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ListedInvoice {
    #[serde(default, deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub created_time: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "object")]
    pub payment: Option<Payment>,
}

impl ListedInvoice {
    pub fn created_ms(&self) -> Option<u64> {
        self.created_time.as_deref().and_then(parse_time)
    }
}

/// How an invoice is paid and how far payment has gone.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Payment {
    #[serde(default, deserialize_with = "opt_string")]
    pub method: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub address: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub currency: Option<String>,
    #[serde(default, deserialize_with = "price")]
    pub price: Option<Price>,
    /// Live only; the docs' invoices carry the lifecycle in the top-level status instead.
    #[serde(default, deserialize_with = "opt_string")]
    pub status: Option<String>,
    /// A payment URI (BIP21, EIP-681 naming the token contract): what a QR code should hold.
    #[serde(default, deserialize_with = "opt_string", alias = "payment_uri")]
    #[serde(rename = "paymentUri")]
    pub payment_uri: Option<String>,
    #[serde(default, deserialize_with = "opt_string", alias = "lightning_invoice")]
    #[serde(rename = "lightningInvoice")]
    pub lightning_invoice: Option<String>,
    #[serde(default, deserialize_with = "opt_string", alias = "bip21")]
    #[serde(rename = "BIP21")]
    pub bip21: Option<String>,
    #[serde(default, deserialize_with = "opt_string", alias = "contract_address")]
    #[serde(rename = "contractAddress")]
    pub contract_address: Option<String>,
    /// The amount in the coin as a decimal, when given beside the minor-unit price.
    #[serde(default, deserialize_with = "opt_string", alias = "altcoin_price")]
    #[serde(rename = "altcoinPrice")]
    pub altcoin_price: Option<String>,
}

/// A price: integer minor units (live), or a decimal amount of the coin itself (the docs' `0.00123456`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Price {
    Minor(u64),
    Decimal(String),
}

fn price<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Price>, D::Error> {
    let text = match Option::<Value>::deserialize(deserializer)? {
        Some(Value::Number(number)) => number.to_string(),
        Some(Value::String(text)) => text.trim().to_owned(),
        _ => return Ok(None),
    };
    if let Ok(minor) = text.parse::<u64>() {
        return Ok(Some(Price::Minor(minor)));
    }
    Ok(super::decode::normalise_decimal(&text).map(Price::Decimal))
}

/// An order inside an invoice.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct InvoiceOrder {
    #[serde(default, deserialize_with = "opt_string")]
    pub id: Option<String>,
    /// `created`, `delivered`, `permanent_failure`, `failed`, `refunded`, or a word nobody documented.
    #[serde(default, deserialize_with = "opt_string")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "object")]
    pub product: Option<OrderProduct>,
    #[serde(default, deserialize_with = "opt_string")]
    pub created_time: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub delivered_time: Option<String>,
    #[serde(default, deserialize_with = "object")]
    pub refund: Option<Refund>,
    /// A top-up's number, where the answer names it.
    #[serde(default, deserialize_with = "opt_string")]
    pub phone_number: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct OrderProduct {
    #[serde(default, deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub value: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub currency: Option<String>,
}

impl InvoiceOrder {
    pub fn is_delivered(&self) -> bool {
        self.status.as_deref() == Some("delivered")
    }

    pub fn is_refunded(&self) -> bool {
        self.status.as_deref() == Some("refunded")
    }

    /// Ended without a delivery (`refunded` included: nothing will be delivered).
    pub fn has_failed(&self) -> bool {
        matches!(self.status.as_deref(), Some("permanent_failure" | "failed" | "refunded"))
    }
}

/// What a failed order gave back.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Refund {
    #[serde(default, deserialize_with = "opt_string")]
    pub amount: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct IdRef {
    #[serde(default, deserialize_with = "opt_string")]
    pub id: Option<String>,
}

/// An order as `GET /orders` lists it: an invoice's order, with the id of its invoice.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ListedOrder {
    #[serde(flatten)]
    pub order: InvoiceOrder,
    #[serde(default, deserialize_with = "object")]
    pub invoice: Option<IdRef>,
    /// Some answers name the invoice flat.
    #[serde(default, deserialize_with = "opt_string")]
    pub invoice_id: Option<String>,
}

impl ListedOrder {
    pub fn invoice_id(&self) -> Option<&str> {
        self.invoice.as_ref().and_then(|i| i.id.as_deref()).or(self.invoice_id.as_deref())
    }

    pub fn created_ms(&self) -> Option<u64> {
        self.order.created_time.as_deref().and_then(parse_time)
    }
}

/// One order, from `GET /orders/{id}` or `GET /orders/{id}/unseal` (which adds the codes at the top level).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Order {
    #[serde(default, deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "object")]
    pub product: Option<OrderProduct>,
    #[serde(default, deserialize_with = "redemption_info")]
    pub redemption_info: RedemptionInfo,
    #[serde(default, deserialize_with = "opt_string")]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub pin: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub pin_code: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub link: Option<String>,
    /// Top-ups: the number topped up; they carry no code.
    #[serde(default, deserialize_with = "opt_string")]
    pub phone_number: Option<String>,
    #[serde(default, deserialize_with = "object")]
    pub refund: Option<Refund>,
}

/// `redemption_info`: an object, or a bare string (a code or a link).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct RedemptionInfo {
    #[serde(default, deserialize_with = "opt_string")]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub pin: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub link: Option<String>,
    #[serde(default, deserialize_with = "opt_string", alias = "serial_number")]
    pub serial: Option<String>,
    #[serde(default, deserialize_with = "opt_string", alias = "cvv")]
    pub security_code: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub barcode_format: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub barcode_value: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub instructions: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub expiration_date: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub other: Option<String>,
    /// eSIMs: the card's ICCID, here or in `extra_fields`, when the order names it.
    #[serde(default, deserialize_with = "opt_string", alias = "esim_id")]
    pub iccid: Option<String>,
    #[serde(default)]
    extra_fields: Option<Value>,
}

fn redemption_info<'de, D: Deserializer<'de>>(deserializer: D) -> Result<RedemptionInfo, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::String(single)) if !single.trim().is_empty() => {
            let single = single.trim().to_owned();
            if is_link(&single) {
                RedemptionInfo { link: Some(single), ..RedemptionInfo::default() }
            } else {
                RedemptionInfo { code: Some(single), ..RedemptionInfo::default() }
            }
        }
        Some(value @ Value::Object(_)) => {
            let mut info: RedemptionInfo = serde_json::from_value(value).unwrap_or_default();
            if info.iccid.is_none() {
                let extra = info.extra_fields.as_ref().and_then(|extra| extra.get("iccid"));
                info.iccid = extra.and_then(|v| opt_string(v.clone()).ok().flatten());
            }
            info
        }
        _ => RedemptionInfo::default(),
    })
}

pub fn is_link(text: &str) -> bool {
    text.starts_with("https://") || text.starts_with("http://")
}

fn present(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

impl Order {
    /// The order's redemption with the unsealed top-level codes folded in: whatever either place holds.
    pub fn redemption(&self) -> RedemptionInfo {
        let mut info = self.redemption_info.clone();
        let pin_code = present(&self.pin_code).map(str::to_owned);
        if present(&info.code).is_none() {
            info.code =
                present(&self.code).map(str::to_owned).or_else(|| pin_code.clone().filter(|p| !is_link(p)));
        }
        if present(&info.pin).is_none() {
            info.pin = present(&self.pin).map(str::to_owned);
        }
        if present(&info.link).is_none() {
            info.link = present(&self.link).map(str::to_owned).or(pin_code.filter(|p| is_link(p)));
        }
        info
    }

    /// Whether anything the reseller hands over is here: a code, a PIN, a claim link or a barcode value.
    pub fn has_code(&self) -> bool {
        let info = self.redemption();
        [&info.code, &info.pin, &info.link, &info.barcode_value].iter().any(|field| present(field).is_some())
    }

    /// A top-up: delivered to a phone number, with no code to keep.
    pub fn is_top_up(&self) -> bool {
        present(&self.phone_number).is_some() && !self.has_code()
    }
}

impl Invoice {
    pub fn created_ms(&self) -> Option<u64> {
        self.created_time.as_deref().and_then(parse_time)
    }

    pub fn payment_status(&self) -> Option<&str> {
        self.payment.as_ref().and_then(|p| p.status.as_deref())
    }
}

/// One page of a listing, with the full URL of the next page (missing or null on the last).
#[derive(Debug, Clone, PartialEq)]
pub struct Listing<T> {
    pub items: Vec<T>,
    pub next: Option<String>,
    /// Entries that were not objects of the listed kind.
    pub skipped: usize,
}

impl<T: serde::de::DeserializeOwned> Listing<T> {
    pub fn from_body(body: &Value) -> Self {
        let next =
            body.pointer("/meta/_next").and_then(Value::as_str).filter(|u| !u.is_empty()).map(str::to_owned);
        let raw = body.get("data").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let items: Vec<T> =
            raw.iter().filter_map(|entry| serde_json::from_value(entry.clone()).ok()).collect();
        Self { skipped: raw.len() - items.len(), items, next }
    }
}

/// The invoice ids a webhook body names: the invoice itself, or wrapped. Only a hint to read again: the
/// body is never trusted.
pub fn webhook_invoice_ids(body: &[u8]) -> Vec<String> {
    let Ok(value) = serde_json::from_slice::<Value>(body) else { return Vec::new() };
    ["/id", "/invoice_id", "/data/id", "/invoice/id"]
        .iter()
        .filter_map(|pointer| value.pointer(pointer).and_then(Value::as_str))
        .filter(|id| !id.is_empty() && id.len() <= 100)
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_docs_invoice_reads_its_lifecycle_from_the_top_level_status() {
        let invoice: Invoice = serde_json::from_value(json!({
            "id": "inv-1", "status": "denied", "created_time": "2026-11-22T12:00:00+01:00",
            "payment": {"method": "bitcoin", "address": "bc1q", "price": 0.00123456}
        }))
        .unwrap();
        assert_eq!(invoice.status.as_deref(), Some("denied"));
        assert_eq!(invoice.payment_status(), None);
        assert_eq!(invoice.payment.as_ref().unwrap().price, Some(Price::Decimal("0.00123456".into())));
        assert_eq!(invoice.created_ms(), Some(1_795_345_200_000));
    }

    #[test]
    fn unsealed_codes_at_the_top_level_count_as_the_order_s_code() {
        let sealed: Order = serde_json::from_value(json!({"id": "o1", "status": "delivered",
            "redemption_info": {"instructions": "Redeem at amazon.com"}}))
        .unwrap();
        assert!(!sealed.has_code() && !sealed.is_top_up());
        let unsealed: Order = serde_json::from_value(json!({"id": "o1", "status": "delivered",
            "code": "ABCD-1234", "pin": 987, "redemption_info": {"instructions": "Redeem"}}))
        .unwrap();
        assert_eq!(unsealed.redemption().code.as_deref(), Some("ABCD-1234"));
        assert_eq!(unsealed.redemption().pin.as_deref(), Some("987"));
        let top_up: Order = serde_json::from_value(
            json!({"id": "o2", "status": "delivered", "phone_number": "+447700900123"}),
        )
        .unwrap();
        assert!(top_up.is_top_up());
    }

    #[test]
    fn listings_page_and_skip_what_is_not_an_entry() {
        let page = json!({"meta": {"_next": "https://api/v2/orders?start=50"},
            "data": [{"id": "o1", "invoice": {"id": "inv-1"}, "created_time": "2026-11-22 11:00:00"}, 7]});
        let listing: Listing<ListedOrder> = Listing::from_body(&page);
        assert_eq!(listing.items[0].invoice_id(), Some("inv-1"));
        assert_eq!(listing.items[0].created_ms(), Some(1_795_345_200_000));
        assert_eq!((listing.skipped, listing.next.is_some()), (1, true));
    }
}

/// An error envelope: `{meta, message, error_code}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ErrorAnswer {
    #[serde(default, deserialize_with = "opt_string")]
    pub message: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub error_code: Option<String>,
}

impl ErrorAnswer {
    pub fn from_body(body: &Value) -> Self {
        serde_json::from_value(body.clone()).unwrap_or_default()
    }
}
