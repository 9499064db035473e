//! The Bitrefill v2 catalog client: ping, balance, and the whole product list, paced and tolerant.

use reqwest::header::{HeaderValue, AUTHORIZATION};
use serde::Deserialize;
use serde_json::Value;

use super::budget::{Bucket, Limit, LocalWindows, Priority, SharedWindows};
use super::decode::{flag, list, opt_decimal, opt_string, opt_u64};
use super::http::Http;
use super::Provider;
use crate::error::{Error, Result};
use crate::secrets::BitrefillCredentials;
use crate::tr;

pub const LIVE_URL: &str = "https://api.bitrefill.com/v2";
const MINUTE: std::time::Duration = std::time::Duration::from_secs(60);

/// One product as the live API sends it. Every field but `id` may be missing.
#[derive(Debug, Clone, Deserialize)]
pub struct Product {
    pub id: String,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub country_code: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub currency: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub categories: Vec<String>,
    /// `gift_card`, `phone_refill`, `esim`, `bill_payment` in the live API; missing in the docs' example.
    #[serde(default, rename = "type", deserialize_with = "opt_string")]
    pub product_type: Option<String>,
    /// `none` or `phone_number` today; kept as text so a new value is shown, not a crash.
    #[serde(default, deserialize_with = "opt_string")]
    pub recipient_type: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub image: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub in_stock: Option<bool>,
    #[serde(default)]
    pub range: Option<Range>,
    #[serde(default, deserialize_with = "list")]
    pub packages: Vec<Package>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Range {
    #[serde(default, deserialize_with = "opt_decimal")]
    pub min: Option<String>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub max: Option<String>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub step: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Package {
    /// Responses call it `id` (`amazon-us<&>50`); requests call it `package_id`.
    #[serde(default, deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub value: Option<String>,
    #[serde(default, deserialize_with = "opt_decimal")]
    pub amount: Option<String>,
    /// Minor units of the account currency.
    #[serde(default, deserialize_with = "opt_u64")]
    pub price: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Balance {
    #[serde(default, deserialize_with = "opt_u64")]
    pub balance: Option<u64>,
    #[serde(default, deserialize_with = "opt_string")]
    pub currency: Option<String>,
}

/// A page: the products (each kept raw too) and the full URL of the next page, if any.
#[derive(Debug)]
pub struct Page {
    pub products: Vec<(Product, Value)>,
    pub next: Option<String>,
    /// Entries that were not products at all (no `id`): skipped, and counted so it shows.
    pub skipped: usize,
}

/// A Bitrefill error envelope (`{message, error_code}`) as an error.
pub fn error_from(status: u16, body: &Value) -> Error {
    Error::Provider {
        provider: Provider::Bitrefill,
        status,
        code: body.get("error_code").and_then(Value::as_str).map(str::to_owned),
        message: body
            .get("message")
            .and_then(Value::as_str)
            .map_or_else(|| tr!("providers-no-message"), str::to_owned),
    }
}

/// The documented limits: `/products` 60 a minute (and 1000 product requests an hour, met by the sync's own
/// hourly allowance), everything else 60 per 10 minutes.
pub const PRODUCTS_LIMIT: Limit = Limit::per(60, MINUTE);
pub const OTHER_LIMIT: Limit = Limit::per(60, MINUTE.saturating_mul(10));
/// Products per catalog page: the most the API gives.
const PAGE_SIZE: u32 = 50;
/// Never a burst, even with room in the window: parallel requests can get an account banned at the edge.
const MIN_GAP: std::time::Duration = std::time::Duration::from_millis(100);

#[derive(Debug)]
pub struct BitrefillClient {
    pub http: Http,
    pub(super) base: String,
    pub(super) authorization: HeaderValue,
    pub(super) products: Bucket,
    pub(super) other: Bucket,
}

impl BitrefillClient {
    /// A client whose budget lives in this process alone (probes, benchmarks).
    pub fn new(base: &str, credentials: &BitrefillCredentials) -> Result<Self> {
        Self::with_windows(base, credentials, std::sync::Arc::new(LocalWindows::default()))
    }

    /// A client drawing on the account's shared budget in `windows` (the store: every process of the account).
    pub fn with_windows(
        base: &str,
        credentials: &BitrefillCredentials,
        windows: std::sync::Arc<dyn SharedWindows>,
    ) -> Result<Self> {
        let mut authorization = HeaderValue::from_str(credentials.authorization().expose())
            .map_err(|_| Error::invalid("api_key", tr!("providers-bitrefill-credentials-unsendable")))?;
        // Marked sensitive: reqwest and hyper then never print it in Debug output.
        authorization.set_sensitive(true);
        let account = super::account_key(Provider::Bitrefill, base, credentials.authorization().expose());
        Ok(Self {
            http: Http::new(Provider::Bitrefill)?,
            base: base.trim_end_matches('/').to_owned(),
            authorization,
            products: Bucket::new(
                Provider::Bitrefill,
                format!("{account}/products"),
                PRODUCTS_LIMIT,
                MIN_GAP,
                windows.clone(),
            )
            .with_catalog_pages_of(PAGE_SIZE),
            other: Bucket::new(
                Provider::Bitrefill,
                format!("{account}/other"),
                OTHER_LIMIT,
                MIN_GAP,
                windows,
            ),
        })
    }

    pub(super) async fn get(&self, bucket: &Bucket, priority: Priority, url: &str) -> Result<Value> {
        let (status, body) = self
            .http
            .get_json(bucket, priority, |client| {
                client.get(url).header(AUTHORIZATION, self.authorization.clone())
            })
            .await?;
        if status.is_success() {
            return Ok(body);
        }
        Err(error_from(status.as_u16(), &body))
    }

    /// `GET /ping`: pong, at the top level or under `data`, as seen live.
    pub async fn ping(&self) -> Result<()> {
        let body = self.get(&self.other, Priority::Money, &format!("{}/ping", self.base)).await?;
        let message = body.pointer("/data/message").or_else(|| body.get("message")).and_then(Value::as_str);
        if message.is_some_and(|m| m.eq_ignore_ascii_case("pong")) {
            Ok(())
        } else {
            Err(Error::UnexpectedResponse {
                provider: Provider::Bitrefill,
                detail: tr!("providers-ping-without-pong"),
            })
        }
    }

    pub async fn balance(&self) -> Result<Balance> {
        balance_from(
            &self.get(&self.other, Priority::Money, &format!("{}/accounts/balance", self.base)).await?,
        )
    }

    pub fn first_products_url(&self, include_test_products: bool) -> String {
        format!("{}/products?limit={PAGE_SIZE}&include_test_products={include_test_products}", self.base)
    }

    /// One page; follow `next` until it is `None` (the live API leaves `_next` out or sets it to null).
    pub async fn products_page(&self, url: &str) -> Result<Page> {
        Ok(page_from(self.get(&self.products, Priority::Catalog, url).await?))
    }
}

/// `GET /accounts/balance`'s answer, read.
pub fn balance_from(body: &Value) -> Result<Balance> {
    serde_json::from_value(body.get("data").cloned().unwrap_or(Value::Null)).map_err(|e| {
        Error::UnexpectedResponse { provider: Provider::Bitrefill, detail: format!("balance: {e}") }
    })
}

/// One `GET /products` answer, read: entries that are not products (no `id`) are skipped and counted.
pub fn page_from(body: Value) -> Page {
    let next =
        body.pointer("/meta/_next").and_then(Value::as_str).filter(|u| !u.is_empty()).map(str::to_owned);
    let entries = match body {
        Value::Object(mut map) => match map.remove("data") {
            Some(Value::Array(entries)) => entries,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let total = entries.len();
    let products: Vec<(Product, Value)> = entries
        .into_iter()
        .filter_map(|raw| serde_json::from_value(raw.clone()).ok().map(|p| (p, raw)))
        .collect();
    Page { skipped: total - products.len(), products, next }
}
