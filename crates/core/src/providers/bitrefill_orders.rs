//! The Bitrefill v2 purchase endpoints: invoices (create, read, list, pay) and orders (read, list, unseal).
//!
//! Creating and paying are sent once and never retried here: whether to try again after a lost answer is
//! decided by checkout, which first finds out what the provider did.

use reqwest::header::AUTHORIZATION;
use serde_json::Value;

use super::bitrefill::{BitrefillClient, Product};
use super::bitrefill_answers::{Invoice, ListedInvoice, ListedOrder, Listing, Order};
use super::budget::Priority;
use super::decode::Answer;
use super::http::PostOutcome;
use super::Provider;
use crate::clock::listing_time;
use crate::error::{Error, Result};

/// Which part of the account's history a listing covers (epoch milliseconds), and whether unpaid
/// invoices are asked for too (the listing may hide them otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub after_ms: u64,
    pub before_ms: u64,
}

impl BitrefillClient {
    /// A POST to `url` with the account's credentials (creating and paying, here and for eSIMs).
    pub(super) fn post(&self, url: &str) -> reqwest::RequestBuilder {
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

    /// `GET /invoices/{id}` for a checkout or a payment (goes before tracking reads).
    pub async fn invoice_for_money(&self, id: &str) -> Result<Answer<Invoice>> {
        self.read_invoice(id, Priority::Money).await
    }

    /// `GET /invoices/{id}` for a tracker.
    pub async fn invoice(&self, id: &str) -> Result<Answer<Invoice>> {
        self.read_invoice(id, Priority::Tracking).await
    }

    async fn read_invoice(&self, id: &str, priority: Priority) -> Result<Answer<Invoice>> {
        let body = self.get(&self.other, priority, &format!("{}/invoices/{}", self.base, encode(id))).await?;
        invoice_from(body)
    }

    /// One page of `GET /invoices` over `window`, unpaid invoices included; follow `next` for the rest.
    pub async fn invoices_page(
        &self,
        window: Window,
        next: Option<String>,
    ) -> Result<Listing<ListedInvoice>> {
        let url = next.unwrap_or_else(|| self.listing_url("invoices", window, "&only_paid=false"));
        Ok(Listing::from_body(&self.get(&self.other, Priority::Tracking, &url).await?))
    }

    /// One page of `GET /orders` over `window`; each names its invoice.
    pub async fn orders_page(&self, window: Window, next: Option<String>) -> Result<Listing<ListedOrder>> {
        let url = next.unwrap_or_else(|| self.listing_url("orders", window, ""));
        Ok(Listing::from_body(&self.get(&self.other, Priority::Tracking, &url).await?))
    }

    /// Dates in the listing form (`2026-11-20 09:15:02`, UTC): the listings refuse ISO 8601.
    fn listing_url(&self, what: &str, window: Window, extra: &str) -> String {
        format!(
            "{}/{what}?start=0&limit=50&after={}&before={}{extra}",
            self.base,
            encode(&listing_time(window.after_ms)),
            encode(&listing_time(window.before_ms)),
        )
    }

    /// `GET /products/{id}`: one product as sold right now (stock re-read before checkout).
    pub async fn product(&self, id: &str) -> Result<Product> {
        let body = self
            .get(&self.products, Priority::Money, &format!("{}/products/{}", self.base, encode(id)))
            .await?;
        serde_json::from_value(data(body)).map_err(|e| Error::UnexpectedResponse {
            provider: Provider::Bitrefill,
            detail: format!("product: {e}"),
        })
    }

    /// `GET /orders/{id}`: one order with its redemption info once delivered (maybe without the code).
    pub async fn order(&self, id: &str) -> Result<Answer<Order>> {
        let body = self
            .get(&self.other, Priority::Tracking, &format!("{}/orders/{}", self.base, encode(id)))
            .await?;
        Answer::decode(data(body), Provider::Bitrefill, "order")
    }

    /// `GET /orders/{id}/unseal`: the order with its codes and PINs revealed.
    pub async fn unseal(&self, id: &str) -> Result<Answer<Order>> {
        let url = format!("{}/orders/{}/unseal", self.base, encode(id));
        let body = self.get(&self.other, Priority::Tracking, &url).await?;
        Answer::decode(data(body), Provider::Bitrefill, "unsealed order")
    }
}

/// An invoice from an answer, in or out of its `data` envelope (create, read, pay and webhooks alike), and
/// (`POST /esims`) either the invoice itself or held as `invoice` beside the eSIM.
pub fn invoice_from(body: Value) -> Result<Answer<Invoice>> {
    let invoice = match body {
        Value::Object(mut map) if map.contains_key("data") => map.remove("data").unwrap_or_default(),
        other => other,
    };
    let invoice = match invoice {
        Value::Object(mut map)
            if !map.contains_key("orders") && map.get("invoice").is_some_and(|i| i.get("id").is_some()) =>
        {
            map.remove("invoice").unwrap_or_default()
        }
        other => other,
    };
    Answer::decode(invoice, Provider::Bitrefill, "invoice")
}

fn data(mut body: Value) -> Value {
    body.get_mut("data").map(Value::take).unwrap_or(Value::Null)
}

/// Ids come from the provider; they are escaped anyway so a strange one cannot change the path.
fn encode(part: &str) -> String {
    url::form_urlencoded::byte_serialize(part.as_bytes()).collect()
}
