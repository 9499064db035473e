//! The Cryptorefills catalog client: payment vias and brands per country, with the headers every request
//! must carry (`X-Cr-Application`, `X-Cr-Version`, `X-Forwarded-For`, `User-Agent`).

use reqwest::header::HeaderValue;
use serde::Deserialize;
use serde_json::Value;

use super::budget::{Bucket, Limit, LocalWindows, Priority, SharedWindows};
use super::cryptorefills_answers::{payment_vias_from, PaymentVia, Price};
use super::decode::{flag, list, opt_string};
use super::http::Http;
use super::Provider;
use crate::error::{Error, Result};
use crate::secrets::CryptorefillsCredentials;
use crate::tr;

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

/// No published limits: about one request a second, as Cryptorefills' own examples send, unless its
/// `X-RateLimit-*` headers say there is more room.
pub const LIMIT: Limit = Limit::per(60, std::time::Duration::from_secs(60));
const MIN_GAP: std::time::Duration = std::time::Duration::from_millis(50);

/// Who the end user is, for Cryptorefills: their public address, or, when none is known (a desktop behind a
/// router sees only its private LAN address), their country the older way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EndUser {
    Address(String),
    Country(String),
}

#[derive(Debug)]
pub struct CryptorefillsClient {
    pub http: Http,
    base: String,
    partner_id: HeaderValue,
    app_version: HeaderValue,
    end_user: (&'static str, HeaderValue),
    pub(super) budget: Bucket,
}

/// HTTP-level errors come as `{status, detail, moreDetails?}` (the code in `detail`), or a plain `{message}`.
pub fn error_from(status: u16, body: &Value) -> Error {
    let detail = body.get("detail").or_else(|| body.get("message")).and_then(Value::as_str);
    Error::Provider {
        provider: Provider::Cryptorefills,
        status,
        // The code stays what it always was, in any language.
        code: Some(detail.unwrap_or("no detail").to_owned()),
        message: detail.map_or_else(|| tr!("providers-no-detail"), str::to_owned),
    }
}

impl CryptorefillsClient {
    /// A client whose budget lives in this process alone (probes, benchmarks).
    pub fn new(base: &str, credentials: &CryptorefillsCredentials, end_user: &EndUser) -> Result<Self> {
        Self::with_windows(base, credentials, end_user, std::sync::Arc::new(LocalWindows::default()))
    }

    /// `end_user` is the reseller at this machine; `windows` the account's shared budget.
    pub fn with_windows(
        base: &str,
        credentials: &CryptorefillsCredentials,
        end_user: &EndUser,
        windows: std::sync::Arc<dyn SharedWindows>,
    ) -> Result<Self> {
        let header = |field: &str, value: &str| {
            HeaderValue::from_str(value)
                .map_err(|_| Error::invalid(field, tr!("providers-field-unsendable", field = field)))
        };
        let mut partner_id = header("partner_id", credentials.partner_id.expose())?;
        partner_id.set_sensitive(true);
        let end_user = match end_user {
            EndUser::Address(address) => ("X-Forwarded-For", header("forwarded_for", address)?),
            EndUser::Country(country) => {
                ("X-Country-ISO-Code", header("markets", &country.to_ascii_uppercase())?)
            }
        };
        let account = super::account_key(Provider::Cryptorefills, base, credentials.partner_id.expose());
        Ok(Self {
            http: Http::new(Provider::Cryptorefills)?,
            base: base.trim_end_matches('/').to_owned(),
            partner_id,
            app_version: header("app_version", &credentials.app_version)?,
            end_user,
            budget: Bucket::new(Provider::Cryptorefills, account, LIMIT, MIN_GAP, windows),
        })
    }

    /// A request with the headers every Cryptorefills call must carry.
    pub(super) fn request(&self, method: reqwest::Method, path_and_query: &str) -> reqwest::RequestBuilder {
        self.http
            .client()
            .request(method, format!("{}{path_and_query}", self.base))
            .header("X-Cr-Application", self.partner_id.clone())
            .header("X-Cr-Version", self.app_version.clone())
            .header(self.end_user.0, self.end_user.1.clone())
            .header("Content-Type", "application/json")
    }

    pub(super) async fn get(&self, priority: Priority, path_and_query: &str) -> Result<Value> {
        let (status, body) = self
            .http
            .get_json(&self.budget, priority, |_| self.request(reqwest::Method::GET, path_and_query))
            .await?;
        if status.is_success() {
            return Ok(body);
        }
        Err(error_from(status.as_u16(), &body))
    }

    /// The vias as sent (cached by checkout), and read.
    pub async fn payment_vias(&self) -> Result<(Vec<PaymentVia>, Value)> {
        let raw = self.get(Priority::Money, "/v3/payment_vias").await?;
        Ok((payment_vias_from(&raw), raw))
    }

    /// The brands of the curated feed for one country (optional in the API), in the feed's order.
    pub async fn homepage(&self, country: &str) -> Result<Vec<String>> {
        let path = format!("/v2/homepage?country_code={}", country.to_ascii_uppercase());
        Ok(super::cryptorefills_families::featured_brands(&self.get(Priority::Catalog, &path).await?))
    }

    /// What a card of `face_value` of the exact `brand` costs in `coin` now.
    pub async fn price(&self, brand: &str, country: &str, face_value: &str, coin: &str) -> Result<Price> {
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("brand_name", brand)
            .append_pair("country_code", &country.to_ascii_uppercase())
            .append_pair("face_value", face_value)
            .append_pair("coin", coin)
            .finish();
        let body = self.get(Priority::Money, &format!("/v4/products/price?{query}")).await?;
        serde_json::from_value(body).map_err(|e| Error::UnexpectedResponse {
            provider: Provider::Cryptorefills,
            detail: format!("price: {e}"),
        })
    }

    /// Every brand for one country, each with its raw JSON. A country that answers no brand at all is a
    /// failed read of that country, never "every brand gone".
    pub async fn brands(&self, country: &str) -> Result<Vec<(Brand, Value)>> {
        let path = format!("/v2/brands?country_code={}", country.to_ascii_uppercase());
        let brands = brands_from(&self.get(Priority::Catalog, &path).await?);
        if brands.is_empty() {
            return Err(Error::UnexpectedResponse {
                provider: Provider::Cryptorefills,
                detail: tr!("providers-brand-list-empty", country = country.to_ascii_uppercase()),
            });
        }
        Ok(brands)
    }
}

/// `GET /v2/brands`' answer, read: the top-level `all_brands` and the brands of every category (either or
/// both may come), each brand once; entries without a family are skipped.
pub fn brands_from(body: &Value) -> Vec<(Brand, Value)> {
    fn listed(value: Option<&Value>) -> &[Value] {
        value.and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default()
    }
    let in_categories =
        listed(body.get("categories")).iter().flat_map(|category| listed(category.get("brands")));
    let mut seen = std::collections::HashSet::new();
    listed(body.get("all_brands"))
        .iter()
        .chain(in_categories)
        .filter_map(|raw| serde_json::from_value::<Brand>(raw.clone()).ok().map(|brand| (brand, raw.clone())))
        .filter(|(brand, _)| brand.family.is_some())
        .filter(|(brand, _)| seen.insert((brand.family.clone(), brand.brand.clone())))
        .collect()
}
