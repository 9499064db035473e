//! `GET /check_phone_number`: the top-up product that serves a number, or the candidates when Bitrefill is
//! not sure (`operator_found: false`). Only its outline is known from Bitrefill's public clients, so the
//! reader takes the product under `product` or `operator`, the list under `candidates`, `operators` or
//! `products`, each at the top level or under `data`; an entry that is not a product is left out.

use serde_json::Value;

use super::bitrefill::{BitrefillClient, Product};
use super::budget::Priority;
use crate::error::Result;

/// What Bitrefill said of a number; each product comes with its raw entry, so nothing it returned is lost.
#[derive(Debug, Clone)]
pub struct PhoneCheck {
    pub operator_found: bool,
    pub operator: Option<(Product, Value)>,
    pub candidates: Vec<(Product, Value)>,
}

impl BitrefillClient {
    /// Asked before a top-up is offered, so the reseller never guesses the operator (nor meets
    /// `unsupported_operator` at checkout).
    pub async fn check_phone_number(&self, e164: &str) -> Result<PhoneCheck> {
        let number: String = url::form_urlencoded::byte_serialize(e164.as_bytes()).collect();
        let url = format!("{}/check_phone_number?phone_number={number}", self.base);
        Ok(phone_check_from(&self.get(&self.other, Priority::Money, &url).await?))
    }
}

pub fn phone_check_from(body: &Value) -> PhoneCheck {
    let data = body.get("data").filter(|d| d.is_object()).unwrap_or(body);
    let product = |value: &Value| {
        serde_json::from_value::<Product>(value.clone()).ok().map(|product| (product, value.clone()))
    };
    let operator = ["product", "operator"].iter().find_map(|key| data.get(*key).and_then(product));
    let mut candidates: Vec<(Product, Value)> = ["candidates", "operators", "products"]
        .iter()
        .find_map(|key| data.get(*key).and_then(Value::as_array))
        .map(|list| list.iter().filter_map(product).collect())
        .unwrap_or_default();
    let operator_found = data.get("operator_found").and_then(Value::as_bool).unwrap_or(operator.is_some());
    let operator = match operator {
        Some(found) if operator_found => Some(found),
        // A product sent beside `operator_found: false` is one more guess, never dropped.
        Some(guess) => {
            if !candidates.iter().any(|(c, _)| c.id == guess.0.id) {
                candidates.insert(0, guess);
            }
            None
        }
        None => None,
    };
    PhoneCheck { operator_found: operator.is_some(), operator, candidates }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_operator_or_the_candidates_in_either_place() {
        let found =
            phone_check_from(&json!({"data": {"operator_found": true, "product": {"id": "vodafone-de"}}}));
        assert!(found.operator_found);
        assert_eq!(found.operator.unwrap().0.id, "vodafone-de");

        let unsure = phone_check_from(&json!({
            "operator_found": false,
            "operators": [{"id": "o2-de"}, {"name": "no id"}, {"id": "telekom-de"}],
        }));
        assert!(!unsure.operator_found && unsure.operator.is_none());
        let ids: Vec<_> = unsure.candidates.iter().map(|(p, _)| p.id.as_str()).collect();
        assert_eq!(ids, ["o2-de", "telekom-de"]);

        // A found flag without a product cannot be acted on: it is not taken as found.
        assert!(!phone_check_from(&json!({"data": {"operator_found": true}})).operator_found);
        // A product beside "not found" is a guess.
        let guess = phone_check_from(&json!({"operator_found": false, "product": {"id": "lebara-uk"}}));
        assert!(guess.operator.is_none() && guess.candidates[0].0.id == "lebara-uk");
    }
}
