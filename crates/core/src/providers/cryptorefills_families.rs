//! Cryptorefills' families (`GET /v5/products/country/{cc}`: one brand with what it sells) and the homepage
//! feed, as types. A face value comes as a number, as `{amount, currency}`, or as
//! `{currency_code, amount: {type, price}}`; a range's bounds as numbers or strings; all are kept as exact
//! decimal text.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::decode::{entries, flag, normalise_decimal, object, opt_decimal, opt_string};

/// One family: a brand of one country with its products.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Family {
    #[serde(default, deserialize_with = "opt_string")]
    pub family: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub brand: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub is_out_of_stock: Option<bool>,
    #[serde(default, deserialize_with = "entries")]
    pub products: Vec<FamilyProduct>,
}

/// A product of a family: a fixed denomination, or (`is_dynamic`) an open range.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct FamilyProduct {
    #[serde(default, deserialize_with = "opt_string")]
    pub product_id: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub is_dynamic: Option<bool>,
    /// "25 USD": what an order names.
    #[serde(default, deserialize_with = "opt_string")]
    pub denomination: Option<String>,
    /// "$25": what the reseller reads.
    #[serde(default, deserialize_with = "opt_string")]
    pub localized_denomination: Option<String>,
    #[serde(default, deserialize_with = "object")]
    pub range: Option<Span>,
    #[serde(default, deserialize_with = "face_value")]
    pub face_value: FaceValue,
    /// An eSIM plan's data and validity (`{type: data, amount: 3, unit: GB}`; data `-1` is unlimited).
    #[serde(default, deserialize_with = "entries")]
    pub benefits: Vec<Benefit>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Benefit {
    #[serde(default, rename = "type", deserialize_with = "opt_string")]
    pub kind: Option<String>,
    /// As sent: `-1` (unlimited data) is not a decimal amount.
    #[serde(default, deserialize_with = "opt_string")]
    pub amount: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Span {
    #[serde(default, deserialize_with = "opt_decimal")]
    pub min: Option<String>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub max: Option<String>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub step_size: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub currency: Option<String>,
}

/// A fixed product's face value, whichever of its three forms came.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FaceValue {
    pub amount: Option<String>,
    pub currency: Option<String>,
}

fn face_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<FaceValue, D::Error> {
    fn decimal(value: Option<&Value>) -> Option<String> {
        match value? {
            Value::Number(number) => normalise_decimal(&number.to_string()),
            Value::String(text) => normalise_decimal(text),
            _ => None,
        }
    }
    fn text(value: Option<&Value>) -> Option<String> {
        value.and_then(Value::as_str).map(str::to_owned)
    }
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(plain @ (Value::Number(_) | Value::String(_))) => {
            FaceValue { amount: decimal(Some(&plain)), currency: None }
        }
        Some(Value::Object(face)) => {
            let amount = match face.get("amount") {
                Some(Value::Object(priced)) => decimal(priced.get("price")),
                other => decimal(other),
            };
            let currency = text(face.get("currency_code")).or_else(|| text(face.get("currency")));
            FaceValue { amount, currency }
        }
        _ => FaceValue::default(),
    })
}

/// Every brand of a homepage feed, in order, each once. The feed's sections are not documented, so any object
/// naming a `family` counts; catalog rows are per exact brand, and an entry without one is its family's only
/// brand.
pub fn featured_brands(feed: &Value) -> Vec<String> {
    fn walk(value: &Value, found: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(family)) = map.get("family") {
                    let brand = match map.get("brand") {
                        Some(Value::String(brand)) if !brand.trim().is_empty() => brand,
                        _ => family,
                    };
                    if !found.contains(brand) {
                        found.push(brand.clone());
                    }
                }
                map.values().for_each(|value| walk(value, found));
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(feed, &mut found);
    found
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_face_value_reads_the_same_in_each_form() {
        let read =
            |face: Value| serde_json::from_value::<FamilyProduct>(json!({"face_value": face})).unwrap();
        let priced = read(json!({"currency_code": "USD", "amount": {"type": "fixed", "price": 25}}));
        let plain = read(json!({"amount": "25.00", "currency": "USD"}));
        assert_eq!(priced.face_value, plain.face_value);
        assert_eq!(read(json!(25)).face_value.amount.as_deref(), Some("25"));
        assert_eq!(read(json!(null)).face_value, FaceValue::default());
    }

    #[test]
    fn finds_brands_in_any_section_once_in_order() {
        let feed = json!({"sections": [
            {"title": "Featured", "brands": [{"family": "Airbnb"}, {"family": "Uber"}]},
            {"title": "Trending", "items": [{"brand": {"family": "Airbnb"}}, {"family": "Steam"}]},
        ]});
        assert_eq!(featured_brands(&feed), ["Airbnb", "Uber", "Steam"]);
    }
}
