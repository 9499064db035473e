//! Cryptorefills' answers as types: orders with their deliveries and deliverables, validations, prices and
//! payment vias (families and the homepage feed are in `cryptorefills_families.rs`). Every field may be missing or null, amounts come as strings or
//! numbers (kept as exact decimal text), and states are open words.

use serde::Deserialize;
use serde_json::Value;

use super::decode::{entries, flag, object, opt_decimal, opt_string};
use crate::clock::epoch_seconds_ms;

/// An order, from `POST /v5/orders`, `GET /v5/orders/{id}` or a stream message.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Order {
    #[serde(default, deserialize_with = "opt_string")]
    pub order_id: Option<String>,
    /// Epoch seconds, as a number or a string.
    #[serde(default, deserialize_with = "opt_string")]
    pub created_at: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub wallet_address: Option<String>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub coin_amount: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub coin: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub network: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub payment_method: Option<String>,
    /// A payment URI (`lightning:…`, `solana:…`): what the QR code should hold.
    #[serde(default, deserialize_with = "opt_string")]
    pub qr_text: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub memo: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub destination_tag: Option<String>,
    /// Lightning orders may carry the BOLT11 invoice here instead of in `wallet_address`.
    #[serde(default)]
    pub payment_details: Option<Value>,
    #[serde(default, deserialize_with = "opt_string")]
    pub payment_state: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub order_state: Option<String>,
    #[serde(default, deserialize_with = "entries")]
    pub deliveries: Vec<Delivery>,
}

impl Order {
    pub fn created_ms(&self) -> Option<u64> {
        self.created_at.as_deref().and_then(epoch_seconds_ms)
    }

    /// Where to pay: the wallet address, else a Lightning invoice from `payment_details` (a string, or an
    /// object naming it `invoice`, `bolt11`, `payment_request` or `lightning_invoice`).
    pub fn pay_to(&self) -> Option<String> {
        let present =
            |t: &Option<String>| t.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned);
        present(&self.wallet_address).or_else(|| match &self.payment_details {
            Some(Value::String(invoice)) if !invoice.trim().is_empty() => Some(invoice.trim().to_owned()),
            Some(Value::Object(details)) => {
                ["invoice", "bolt11", "payment_request", "lightning_invoice", "address"]
                    .iter()
                    .find_map(|key| details.get(*key)?.as_str().filter(|s| !s.trim().is_empty()))
                    .map(|s| s.trim().to_owned())
            }
            _ => None,
        })
    }

    pub fn is_lightning(&self) -> bool {
        let lightning =
            |t: &Option<String>| t.as_deref().is_some_and(|t| t.to_ascii_lowercase().contains("lightning"));
        lightning(&self.network)
            || lightning(&self.payment_method)
            || self.pay_to().is_some_and(|to| to.to_ascii_lowercase().starts_with("lnbc"))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Delivery {
    #[serde(default, deserialize_with = "opt_string")]
    pub id: Option<String>,
    /// Created, WaitingForPayment, Done, Completed, Succeeded… kept open.
    #[serde(default, deserialize_with = "opt_string")]
    pub delivery_state: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub kind: Option<String>,
    #[serde(default, deserialize_with = "object")]
    pub deliverable: Option<Deliverable>,
}

impl Delivery {
    pub fn is_done(&self) -> bool {
        let state = self.delivery_state.as_deref().unwrap_or_default().to_ascii_lowercase();
        matches!(state.as_str(), "done" | "completed" | "succeeded" | "delivered")
    }

    pub fn has_failed(&self) -> bool {
        let state = self.delivery_state.as_deref().unwrap_or_default().to_ascii_lowercase();
        state.contains("fail")
            || state.contains("error")
            || state.contains("refund")
            || state.contains("cancel")
    }
}

/// What a done delivery hands over. Any one of these may be all there is: a PIN, a claim link, or only an
/// image (an eSIM's QR code, a card's barcode).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Deliverable {
    #[serde(default, deserialize_with = "opt_string")]
    pub pin_code: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub pin_serial: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub security_code: Option<String>,
    #[serde(default, deserialize_with = "opt_string", alias = "redeem_url")]
    pub link: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub barcode_image_url: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub qr_image_url: Option<String>,
    /// An eSIM's activation string (LPA), when given beside its QR image.
    #[serde(default, deserialize_with = "opt_string", alias = "lpa")]
    pub activation_code: Option<String>,
    #[serde(default, deserialize_with = "opt_string", alias = "how_to_redeem")]
    pub redeem_instructions: Option<String>,
    #[serde(default, deserialize_with = "opt_string", alias = "expires_at")]
    pub expiration_date: Option<String>,
    /// eSIMs: the card's ICCID, when given.
    #[serde(default, deserialize_with = "opt_string", alias = "esim_id")]
    pub iccid: Option<String>,
    /// Top-ups: the operator's reference, and no code.
    #[serde(default, deserialize_with = "opt_string")]
    pub operator_reference: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub error_description: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub failure_reason: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub brand: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub brand_name: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub family: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub denomination: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub localized_denomination: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub currency_code: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub beneficiary_account: Option<String>,
}

fn present(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

impl Deliverable {
    /// Something the reseller must hand over: a code, a link, an activation string, or an image of one.
    pub fn has_something_to_hand_over(&self) -> bool {
        [&self.pin_code, &self.link, &self.activation_code, &self.barcode_image_url, &self.qr_image_url]
            .iter()
            .any(|field| present(field).is_some())
    }

    /// The exact brand as sold ("Claro Credits"), else the family.
    pub fn brand_shown(&self) -> Option<&str> {
        present(&self.brand).or(present(&self.brand_name)).or(present(&self.family))
    }

    pub fn face_shown(&self) -> Option<&str> {
        present(&self.localized_denomination).or(present(&self.denomination))
    }

    /// The image to fetch and seal: a QR code, else a barcode.
    pub fn image_url(&self) -> Option<&str> {
        present(&self.qr_image_url).or(present(&self.barcode_image_url))
    }
}

/// `POST /v5/orders/validations`: problems come in a 200.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Validation {
    #[serde(default, deserialize_with = "opt_string")]
    pub coin: Option<String>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub coin_amount: Option<String>,
    #[serde(default, deserialize_with = "entries")]
    pub problems: Vec<ValidationProblem>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ValidationProblem {
    #[serde(default, deserialize_with = "opt_string")]
    pub problem: Option<String>,
    #[serde(default, rename = "moreDetails", alias = "more_details")]
    pub more_details: Option<Value>,
}

/// `GET /v4/products/price`: amounts as exact decimal text.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Price {
    #[serde(default, deserialize_with = "opt_string")]
    pub coin: Option<String>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub coin_amount: Option<String>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub original_coin_amount: Option<String>,
}

/// A payment via of `GET /v3/payment_vias` (`USER_WALLET`, `GATE_PAY`…).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct PaymentVia {
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "entries")]
    pub currencies: Vec<ViaCurrency>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ViaCurrency {
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub is_suspended: Option<bool>,
    #[serde(default, deserialize_with = "entries")]
    pub networks: Vec<ViaNetwork>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ViaNetwork {
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub is_suspended: Option<bool>,
}

/// The vias list, each entry read on its own.
pub fn payment_vias_from(body: &Value) -> Vec<PaymentVia> {
    body.as_array()
        .map(|all| all.iter().filter_map(|via| serde_json::from_value(via.clone()).ok()).collect())
        .unwrap_or_default()
}

/// Every (coin, network, suspended) the `USER_WALLET` via offers.
pub fn wallet_coins(vias: &[PaymentVia]) -> Vec<(String, String, bool)> {
    vias.iter()
        .filter(|via| via.name.as_deref() == Some("USER_WALLET"))
        .flat_map(|via| &via.currencies)
        .flat_map(|currency| {
            currency.networks.iter().map(move |network| {
                (
                    currency.name.clone().unwrap_or_default(),
                    network.name.clone().unwrap_or_default(),
                    currency.is_suspended.unwrap_or(false) || network.is_suspended.unwrap_or(false),
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_image_only_deliverable_has_something_to_hand_over() {
        let delivery: Delivery = serde_json::from_value(json!({"id": "d1", "delivery_state": "Completed",
            "deliverable": {"qr_image_url": "https://cdn.example/qr.png", "brand": "Airalo Japan"}}))
        .unwrap();
        assert!(delivery.is_done());
        let deliverable = delivery.deliverable.unwrap();
        assert!(deliverable.has_something_to_hand_over());
        assert_eq!(deliverable.image_url(), Some("https://cdn.example/qr.png"));
        let top_up: Deliverable = serde_json::from_value(json!({"operator_reference": "OP-1"})).unwrap();
        assert!(!top_up.has_something_to_hand_over());
    }

    #[test]
    fn lightning_orders_pay_to_the_invoice_in_payment_details() {
        let order: Order = serde_json::from_value(json!({"order_id": "o1", "network": "Lightning",
            "payment_details": {"invoice": "lnbc1500n1p"}, "created_at": "1795345244", "coin_amount": 0.0005}))
        .unwrap();
        assert_eq!(order.pay_to().as_deref(), Some("lnbc1500n1p"));
        assert!(order.is_lightning());
        assert_eq!(order.created_ms(), Some(1_795_345_244_000));
        assert_eq!(order.coin_amount.as_deref(), Some("0.0005"));
    }
}

/// An HTTP-level error: `{status, detail, moreDetails?}` (the code in `detail`), or a plain `{message}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ErrorAnswer {
    #[serde(default, deserialize_with = "opt_string")]
    pub detail: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub message: Option<String>,
    #[serde(default, rename = "moreDetails", alias = "more_details")]
    pub more_details: Option<Value>,
}

impl ErrorAnswer {
    pub fn from_body(body: &Value) -> Self {
        serde_json::from_value(body.clone()).unwrap_or_default()
    }

    /// The problems inside `moreDetails` when creation itself refuses with a validation's list.
    pub fn problems(&self) -> Option<Vec<ValidationProblem>> {
        let Some(Value::Array(items)) = &self.more_details else { return None };
        let problems: Vec<ValidationProblem> =
            items.iter().filter_map(|item| serde_json::from_value(item.clone()).ok()).collect();
        (!problems.is_empty()
            && problems.iter().all(|p| p.problem.is_some())
            && problems.len() == items.len())
        .then_some(problems)
    }
}
