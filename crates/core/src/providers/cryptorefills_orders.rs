//! The Cryptorefills purchase endpoints: a family's products, validation, orders.

use reqwest::Method;
use serde_json::Value;

use super::budget::Priority;
use super::cryptorefills::{error_from, CryptorefillsClient};
use super::cryptorefills_answers::{Order, Validation};
use super::cryptorefills_families::Family;
use super::decode::Answer;
use super::http::PostOutcome;
use super::Provider;
use crate::error::{Error, Result};
use crate::tr;

impl CryptorefillsClient {
    /// `GET /v5/products/country/{cc}?family_name=`: the family's products (denominations, ranges, plans),
    /// one entry per brand of the family, each read for its family and exact brand and kept raw.
    pub async fn family_products(&self, country: &str, family: &str) -> Result<Vec<Answer<Family>>> {
        let path = format!(
            // English whatever the reseller reads: brand names are matched, plan words parsed and the
            // denomination sent back with the order, so they must not change with the language.
            "/v5/products/country/{}?family_name={}&lang=en",
            encode(&country.to_ascii_uppercase()),
            encode(family)
        );
        let body = self.get(Priority::Money, &path).await?;
        Ok(body
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|raw| Answer::decode(raw.clone(), Provider::Cryptorefills, "family").ok())
            .collect())
    }

    /// `POST /v5/orders/validations`: problems come back in a 200; HTTP-level errors are errors. Validating
    /// creates nothing, so a lost answer is simply an error the user can retry.
    pub async fn validate(&self, body: &Value) -> Result<Answer<Validation>> {
        match self.post(body, "/v5/orders/validations").await {
            PostOutcome::Answered(status, answer) if status.is_success() => {
                Answer::decode(answer, Provider::Cryptorefills, "validation")
            }
            PostOutcome::Answered(status, answer) => Err(error_from(status.as_u16(), &answer)),
            PostOutcome::NotSent(error) | PostOutcome::Lost(error) => Err(error),
        }
    }

    /// `POST /v5/orders` with `body` exactly as stored beforehand; sent once.
    pub async fn create_order(&self, body: &Value) -> PostOutcome {
        self.post(body, "/v5/orders").await
    }

    /// `GET /v5/orders/{id}`.
    pub async fn order(&self, id: &str) -> Result<Answer<Order>> {
        let raw = self.get(Priority::Tracking, &format!("/v5/orders/{}", encode(id))).await?;
        Answer::decode(raw, Provider::Cryptorefills, "order")
    }

    /// An image a delivery points at (an eSIM's QR code, a card's barcode), fetched to be sealed: its URL
    /// may expire. Sent without the partner's headers when it lives on another host.
    pub async fn image(&self, url: &str) -> Result<Vec<u8>> {
        const MAX_BYTES: usize = 5 * 1024 * 1024;
        let failed = |detail: String| Error::Network { provider: Provider::Cryptorefills, detail };
        self.budget.ready(Priority::Tracking).await?;
        let response = self
            .http
            .client()
            .get(url)
            .send()
            .await
            .map_err(|_| failed(tr!("providers-image-not-fetched")))?;
        if !response.status().is_success() {
            return Err(failed(tr!("providers-image-http", status = response.status().as_u16().to_string())));
        }
        let bytes = response.bytes().await.map_err(|_| failed(tr!("providers-image-cut-off")))?;
        if bytes.is_empty() || bytes.len() > MAX_BYTES {
            return Err(failed(tr!("providers-image-empty-or-too-large")));
        }
        Ok(bytes.to_vec())
    }

    /// `GET /v5/orders/{id}/subscribe`: the order's event stream, open for as long as the order lives (the
    /// client's usual 30-second limit would cut it; idleness is watched by the tracker instead).
    pub async fn subscribe(&self, id: &str) -> Result<reqwest::Response> {
        const STREAM_LIMIT: std::time::Duration = std::time::Duration::from_secs(45 * 60);
        self.budget.ready(Priority::Tracking).await?;
        let request = self
            .request(Method::GET, &format!("/v5/orders/{}/subscribe", encode(id)))
            .header("Accept", "text/event-stream")
            .timeout(STREAM_LIMIT);
        let response = request.send().await.map_err(|e| Error::Network {
            provider: Provider::Cryptorefills,
            detail: if e.is_connect() {
                tr!("providers-could-not-connect")
            } else {
                tr!("providers-stream-failed")
            },
        })?;
        self.budget.observe(response.headers()).await;
        if !response.status().is_success() {
            let status = response.status().as_u16();
            let body = response.json::<Value>().await.unwrap_or_default();
            return Err(error_from(status, &body));
        }
        Ok(response)
    }

    async fn post(&self, body: &Value, path: &str) -> PostOutcome {
        self.http.post_once(&self.budget, self.request(Method::POST, path).json(body)).await
    }
}

/// A create's answer (or a stream message's data) read as an order.
pub fn order_from(raw: Value) -> Result<Answer<Order>> {
    Answer::decode(raw, Provider::Cryptorefills, "order")
}

fn encode(part: &str) -> String {
    url::form_urlencoded::byte_serialize(part.as_bytes()).collect()
}
