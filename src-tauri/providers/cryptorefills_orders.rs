//! The Cryptorefills purchase endpoints: a family's products, validation, orders.

use reqwest::Method;
use serde_json::Value;

use super::cryptorefills::{error_from, CryptorefillsClient};
use super::http::PostOutcome;
use crate::error::Result;

impl CryptorefillsClient {
    /// `GET /v5/products/country/{cc}?family_name=`: the family's products (denominations, ranges, plans).
    pub async fn family_products(&self, country: &str, family: &str) -> Result<Value> {
        let path = format!(
            "/v5/products/country/{}?family_name={}&lang=en",
            encode(&country.to_ascii_uppercase()),
            encode(family)
        );
        self.get(&path).await
    }

    /// `POST /v5/orders/validations`: problems come back in a 200; HTTP-level errors are errors. Validating
    /// creates nothing, so a lost answer is simply an error the user can retry.
    pub async fn validate(&self, body: &Value) -> Result<Value> {
        match self.post(body, "/v5/orders/validations").await {
            PostOutcome::Answered(status, answer) if status.is_success() => Ok(answer),
            PostOutcome::Answered(status, answer) => Err(error_from(status.as_u16(), &answer)),
            PostOutcome::NotSent(error) | PostOutcome::Lost(error) => Err(error),
        }
    }

    /// `POST /v5/orders` with `body` exactly as stored beforehand; sent once.
    pub async fn create_order(&self, body: &Value) -> PostOutcome {
        self.post(body, "/v5/orders").await
    }

    /// `GET /v5/orders/{id}`.
    pub async fn order(&self, id: &str) -> Result<Value> {
        self.get(&format!("/v5/orders/{}", encode(id))).await
    }

    /// `GET /v5/orders/{id}/subscribe`: the order's event stream, open for as long as the order lives (the
    /// client's usual 30-second limit would cut it; idleness is watched by the tracker instead).
    pub async fn subscribe(&self, id: &str) -> Result<reqwest::Response> {
        const STREAM_LIMIT: std::time::Duration = std::time::Duration::from_secs(45 * 60);
        let request = self
            .request(Method::GET, &format!("/v5/orders/{}/subscribe", encode(id)))
            .header("Accept", "text/event-stream")
            .timeout(STREAM_LIMIT);
        let response = request.send().await.map_err(|e| crate::error::Error::Network {
            provider: crate::providers::Provider::Cryptorefills,
            detail: if e.is_connect() { "could not connect".into() } else { "the stream failed".into() },
        })?;
        if !response.status().is_success() {
            let status = response.status().as_u16();
            let body = response.json::<Value>().await.unwrap_or_default();
            return Err(error_from(status, &body));
        }
        Ok(response)
    }

    async fn post(&self, body: &Value, path: &str) -> PostOutcome {
        self.http.post_once(&self.pacer, self.request(Method::POST, path).json(body)).await
    }
}

fn encode(part: &str) -> String {
    url::form_urlencoded::byte_serialize(part.as_bytes()).collect()
}
