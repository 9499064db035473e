//! Bitrefill's eSIM endpoints: `GET /products/esims[?country=CC]` lists eSIM products with their plans and
//! coverage. Only the outline is known from Bitrefill's public clients, so the reader takes a plan's data and
//! days where they are named and otherwise reads them from its `value` ("3GB, 30 Days"), and coverage as
//! country codes or as `{country_code}` objects.

use serde::Deserialize;
use serde_json::Value;

use super::bitrefill::BitrefillClient;
use super::budget::Priority;
use super::decode::{entries, flag, opt_decimal, opt_string, opt_u64};
use crate::error::Result;

#[derive(Debug, Clone, Deserialize)]
pub struct EsimProduct {
    pub id: String,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "coverage")]
    pub coverage: Vec<String>,
    #[serde(default, deserialize_with = "entries")]
    pub plans: Vec<EsimPlanAnswer>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct EsimPlanAnswer {
    /// What a purchase names: "3GB, 30 Days".
    #[serde(default, deserialize_with = "opt_string")]
    pub value: Option<String>,
    /// Minor units of the account currency.
    #[serde(default, deserialize_with = "opt_u64")]
    pub price: Option<u64>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub data_gb: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub unlimited: Option<bool>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub duration_days: Option<u64>,
}

fn coverage<'de, D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Vec<String>, D::Error> {
    let value = Option::<Value>::deserialize(deserializer)?.unwrap_or(Value::Null);
    let code = |item: &Value| match item {
        Value::String(code) => Some(code.to_ascii_uppercase()),
        Value::Object(_) => item.get("country_code").and_then(Value::as_str).map(str::to_ascii_uppercase),
        _ => None,
    };
    Ok(value.as_array().map(|items| items.iter().filter_map(code).collect()).unwrap_or_default())
}

impl BitrefillClient {
    /// The eSIM products covering `country`, each with its plans.
    pub async fn esims(&self, country: &str) -> Result<Vec<EsimProduct>> {
        let country: String = url::form_urlencoded::byte_serialize(country.as_bytes()).collect();
        let url = format!("{}/products/esims?country={country}", self.base);
        // Browsing, not buying: it never takes the share held back for checkouts and payments.
        let body = self.get(&self.products, Priority::Catalog, &url).await?;
        let data = body.get("data").cloned().unwrap_or(Value::Null);
        Ok(data
            .as_array()
            .map(|items| items.iter().filter_map(|item| serde_json::from_value(item.clone()).ok()).collect())
            .unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plans_and_coverage_in_either_form() {
        let named: EsimProduct = serde_json::from_value(json!({
            "id": "roam-de", "coverage": ["de", "at"],
            "plans": [{"value": "3GB, 30 Days", "price": 1200, "data_gb": 3, "unlimited": false, "duration_days": 30}],
        }))
        .unwrap();
        assert_eq!(named.coverage, ["DE", "AT"]);
        assert_eq!(named.plans[0].data_gb.as_deref(), Some("3"));
        let bare: EsimProduct = serde_json::from_value(json!({
            "id": "roam-de", "coverage": [{"country_code": "DE", "name": "Germany"}],
            "plans": [{"value": "Unlimited, 15 Days", "price": "6000"}, "not a plan"],
        }))
        .unwrap();
        assert_eq!((bare.coverage.len(), bare.plans.len(), bare.plans[0].price), (1, 1, Some(6000)));
    }
}
