//! The Bitrefill v2 purchase endpoints: invoices (create, read, list, pay) and orders.
//!
//! Creating and paying are sent once and never retried here: whether to try again after a lost answer is
//! decided by checkout, which first finds out what the provider did.

use reqwest::header::AUTHORIZATION;
use serde_json::Value;

use super::bitrefill::BitrefillClient;
use super::http::PostOutcome;
use crate::error::Result;

impl BitrefillClient {
    fn post(&self, url: &str) -> reqwest::RequestBuilder {
        self.http.client().post(url).header(AUTHORIZATION, self.authorization.clone())
    }

    /// `POST /invoices` with `body` exactly as stored beforehand.
    pub async fn create_invoice(&self, body: &Value) -> PostOutcome {
        let request = self.post(&format!("{}/invoices", self.base)).json(body);
        self.http.post_once(&self.other, request).await
    }

    /// `POST /invoices/{id}/pay`: balance invoices only.
    pub async fn pay_invoice(&self, id: &str) -> PostOutcome {
        let request = self.post(&format!("{}/invoices/{}/pay", self.base, encode(id)));
        self.http.post_once(&self.other, request).await
    }

    /// `GET /invoices/{id}`: the invoice itself (the envelope's `data`).
    pub async fn invoice(&self, id: &str) -> Result<Value> {
        let body = self.get(&self.other, &format!("{}/invoices/{}", self.base, encode(id))).await?;
        Ok(data(body))
    }

    /// `GET /invoices?after=`: newest first, one page of at most 50 (enough to find an invoice made minutes ago).
    pub async fn invoices_after(&self, after: &str) -> Result<Vec<Value>> {
        let url = format!("{}/invoices?limit=50&after={}", self.base, encode(after));
        let body = self.get(&self.other, &url).await?;
        Ok(data(body).as_array().cloned().unwrap_or_default())
    }

    /// `GET /products/{id}`: one product as sold right now (stock re-read before checkout).
    pub async fn product(&self, id: &str) -> Result<Value> {
        let body = self.get(&self.products, &format!("{}/products/{}", self.base, encode(id))).await?;
        Ok(data(body))
    }

    /// `GET /orders/{id}`: one order with its redemption info once delivered.
    pub async fn order(&self, id: &str) -> Result<Value> {
        let body = self.get(&self.other, &format!("{}/orders/{}", self.base, encode(id))).await?;
        Ok(data(body))
    }
}

fn data(mut body: Value) -> Value {
    body.get_mut("data").map(Value::take).unwrap_or(Value::Null)
}

/// Ids come from the provider; they are escaped anyway so a strange one cannot change the path.
fn encode(part: &str) -> String {
    url::form_urlencoded::byte_serialize(part.as_bytes()).collect()
}
