//! The Cryptorefills catalog client: payment vias and brands per country, with the headers every request
//! must carry (`X-Cr-Application`, `X-Cr-Version`, `X-Forwarded-For`, `User-Agent`).

use reqwest::header::HeaderValue;
use serde::Deserialize;
use serde_json::Value;

use super::decode::{flag, list, opt_string};
use super::http::Http;
use super::pacing::Pacer;
use super::Provider;
use crate::error::{Error, Result};
use crate::secrets::CryptorefillsCredentials;

pub const LIVE_URL: &str = "https://api.cryptorefills.com";

/// One brand of `GET /v2/brands`. Kinds and categories are kept as text: new ones are shown, not refused.
#[derive(Debug, Clone, Deserialize)]
pub struct Brand {
    #[serde(default, deserialize_with = "opt_string")]
    pub family: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub brand: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub logo_url: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub logo_base_url: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub bg_color: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub category: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub additional_categories: Vec<String>,
    #[serde(default, deserialize_with = "flag")]
    pub is_out_of_stock: Option<bool>,
    #[serde(default, deserialize_with = "opt_string")]
    pub kind: Option<String>,
}

#[derive(Debug)]
pub struct CryptorefillsClient {
    pub http: Http,
    base: String,
    partner_id: HeaderValue,
    app_version: HeaderValue,
    forwarded_for: HeaderValue,
    pub(super) pacer: Pacer,
}

/// HTTP-level errors come as `{status, detail, moreDetails?}` (the code in `detail`), or a plain `{message}`.
pub fn error_from(status: u16, body: &Value) -> Error {
    let detail =
        body.get("detail").or_else(|| body.get("message")).and_then(Value::as_str).unwrap_or("no detail");
    Error::Provider {
        provider: Provider::Cryptorefills,
        status,
        code: Some(detail.to_owned()),
        message: detail.to_owned(),
    }
}

impl CryptorefillsClient {
    /// `forwarded_for` is the end user's address: for a desktop app, the reseller at this machine.
    pub fn new(base: &str, credentials: &CryptorefillsCredentials, forwarded_for: &str) -> Result<Self> {
        let header = |field: &str, value: &str| {
            HeaderValue::from_str(value)
                .map_err(|_| Error::invalid(field, format!("{field} contains characters HTTP cannot carry")))
        };
        let mut partner_id = header("partner_id", credentials.partner_id.expose())?;
        partner_id.set_sensitive(true);
        Ok(Self {
            http: Http::new(Provider::Cryptorefills)?,
            base: base.trim_end_matches('/').to_owned(),
            partner_id,
            app_version: header("app_version", &credentials.app_version)?,
            forwarded_for: header("forwarded_for", forwarded_for)?,
            // No documented limits: pace by the headers when sent, otherwise go as answered.
            pacer: Pacer::new(None),
        })
    }

    /// A request with the headers every Cryptorefills call must carry.
    pub(super) fn request(&self, method: reqwest::Method, path_and_query: &str) -> reqwest::RequestBuilder {
        self.http
            .client()
            .request(method, format!("{}{path_and_query}", self.base))
            .header("X-Cr-Application", self.partner_id.clone())
            .header("X-Cr-Version", self.app_version.clone())
            .header("X-Forwarded-For", self.forwarded_for.clone())
            .header("Content-Type", "application/json")
    }

    pub(super) async fn get(&self, path_and_query: &str) -> Result<Value> {
        let (status, body) =
            self.http.get_json(&self.pacer, |_| self.request(reqwest::Method::GET, path_and_query)).await?;
        if status.is_success() {
            return Ok(body);
        }
        Err(error_from(status.as_u16(), &body))
    }

    pub async fn payment_vias(&self) -> Result<Value> {
        self.get("/v3/payment_vias").await
    }

    /// The curated feed for one country (optional in the API): trending and featured brands.
    pub async fn homepage(&self, country: &str) -> Result<Value> {
        self.get(&format!("/v2/homepage?country_code={}", country.to_ascii_uppercase())).await
    }

    /// What a card of `face_value` costs in `coin` now.
    pub async fn price(&self, family: &str, country: &str, face_value: &str, coin: &str) -> Result<Value> {
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("brand_name", family)
            .append_pair("country_code", &country.to_ascii_uppercase())
            .append_pair("face_value", face_value)
            .append_pair("coin", coin)
            .finish();
        self.get(&format!("/v4/products/price?{query}")).await
    }

    /// Every brand for one country, each with its raw JSON.
    pub async fn brands(&self, country: &str) -> Result<Vec<(Brand, Value)>> {
        let body = self.get(&format!("/v2/brands?country_code={}", country.to_ascii_uppercase())).await?;
        Ok(brands_from(&body))
    }
}

/// `GET /v2/brands`' answer, read: the brands of every category; entries without a family are skipped.
pub fn brands_from(body: &Value) -> Vec<(Brand, Value)> {
    let categories = body.get("categories").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    categories
        .iter()
        .filter_map(|category| category.get("brands").and_then(Value::as_array))
        .flatten()
        .filter_map(|raw| serde_json::from_value::<Brand>(raw.clone()).ok().map(|brand| (brand, raw.clone())))
        .filter(|(brand, _)| brand.family.is_some())
        .collect()
}
