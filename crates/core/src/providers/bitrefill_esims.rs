//! Bitrefill's eSIM endpoints: `GET /products/esims[?country=CC]` lists eSIM products with their plans and
//! coverage; `POST /esims` buys a plan (a new eSIM, or a top-up of one bought before when `esim_id` names
//! its ICCID); `GET /esims` lists the account's eSIMs. Only the outline is known from Bitrefill's public
//! clients, so the reader takes a plan's data and days where they are named and otherwise reads them from
//! its `value` ("3GB, 30 Days"), coverage as country codes or as `{country_code}` objects, and an eSIM's
//! ICCID from `iccid` or `id`.

use serde::Deserialize;
use serde_json::Value;

use super::bitrefill::BitrefillClient;
use super::budget::Priority;
use super::decode::{entries, flag, opt_decimal, opt_string, opt_u64};
use super::http::PostOutcome;
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

/// One of the account's eSIMs, as `GET /esims` lists it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct OwnedEsim {
    #[serde(default, deserialize_with = "opt_string")]
    pub iccid: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    id: Option<String>,
    /// The order that delivered it, by id or as `{id}`.
    #[serde(default, deserialize_with = "reference")]
    pub order_id: Option<String>,
    #[serde(default, deserialize_with = "reference", alias = "invoice")]
    pub invoice_id: Option<String>,
    #[serde(default, deserialize_with = "reference", alias = "order")]
    order: Option<String>,
}

impl OwnedEsim {
    /// Its ICCID: `iccid`, or else its `id` (the form that names the eSIM by ICCID alone).
    pub fn iccid(&self) -> Option<&str> {
        self.iccid.as_deref().or(self.id.as_deref()).map(str::trim).filter(|i| !i.is_empty())
    }

    pub fn delivered_by(&self, order_id: &str) -> bool {
        self.order_id.as_deref().or(self.order.as_deref()) == Some(order_id)
    }
}

/// An id given as a string, a number or an object `{id}`.
fn reference<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::Object(map)) => map.get("id").and_then(|id| opt_string(id.clone()).ok().flatten()),
        Some(other) => opt_string(other).ok().flatten(),
        None => None,
    })
}

impl BitrefillClient {
    /// `POST /esims` with `body` exactly as stored beforehand: answers with the invoice that sells the plan.
    pub async fn create_esim(&self, body: &Value) -> PostOutcome {
        let request = self.post(&format!("{}/esims", self.base)).json(body);
        self.http.post_once(&self.other, request).await
    }

    /// `GET /esims`: the account's eSIMs (read by a tracker for an ICCID the order did not name).
    pub async fn owned_esims(&self) -> Result<Vec<OwnedEsim>> {
        let body = self.get(&self.other, Priority::Tracking, &format!("{}/esims", self.base)).await?;
        let data = body.get("data").cloned().unwrap_or(Value::Null);
        Ok(data
            .as_array()
            .map(|items| items.iter().filter_map(|item| serde_json::from_value(item.clone()).ok()).collect())
            .unwrap_or_default())
    }

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

    #[test]
    fn an_owned_esim_names_its_iccid_and_order_either_way() {
        let named: OwnedEsim =
            serde_json::from_value(json!({"iccid": "8944", "order_id": "o1", "invoice_id": "i1"})).unwrap();
        assert_eq!((named.iccid(), named.delivered_by("o1")), (Some("8944"), true));
        let by_id: OwnedEsim = serde_json::from_value(json!({"id": 8945, "order": {"id": "o2"}})).unwrap();
        assert_eq!((by_id.iccid(), by_id.delivered_by("o2")), (Some("8945"), true));
    }
}
