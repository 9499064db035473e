//! Bitrefill's invoice webhook, off by default. The body is never trusted: it only names an invoice, and the
//! tracker following that invoice reads it again from the API at once. Anyone can post to the listener;
//! the worst they can cause is one extra read.

use std::net::SocketAddr;

use crate::providers::bitrefill_answers::webhook_invoice_ids;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::Router;

use super::Tracking;
use crate::error::{Error, Result};
use crate::store::on_book;
use crate::tr;

/// Bitrefill's invoice is a few kilobytes; anything much bigger is not one.
const BODY_LIMIT: usize = 256 * 1024;

/// The listener, stopped when dropped.
#[derive(Debug)]
pub struct WebhookListener {
    pub address: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for WebhookListener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn rang(State(tracking): State<Tracking>, body: Bytes) -> StatusCode {
    match tracking.webhook_rang(&body).await {
        Ok(woken) => tracing::info!(woken, "Bitrefill webhook received"),
        Err(error) => tracing::warn!(%error, "Bitrefill webhook not handled"),
    }
    // The same answer whatever the body named, so the listener tells a stranger nothing.
    StatusCode::NO_CONTENT
}

impl Tracking {
    /// Starts listening on `address` (Settings → webhook); the listener's real address comes back.
    pub async fn listen_for_webhooks(&self, address: SocketAddr) -> Result<WebhookListener> {
        let listener = tokio::net::TcpListener::bind(address).await.map_err(|e| {
            Error::io(tr!("tracking-webhook-cannot-listen", address = address.to_string()), e)
        })?;
        let address = listener.local_addr().map_err(|e| Error::io(tr!("tracking-webhook-listener"), e))?;
        let app = Router::new()
            .fallback(axum::routing::post(rang))
            .layer(DefaultBodyLimit::max(BODY_LIMIT))
            .with_state(self.clone());
        let task = tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, app).await {
                tracing::warn!(%error, "webhook listener stopped");
            }
        });
        tracing::info!(%address, "listening for Bitrefill webhooks");
        Ok(WebhookListener { address, task })
    }

    /// The listener Settings asks for, if any. A failure to listen is logged, never fatal: polling still works.
    pub async fn listen_if_configured(&self) -> Option<WebhookListener> {
        let webhook = self.settings.read().ok()?.webhook?;
        let started = match webhook.check() {
            Ok(address) => self.listen_for_webhooks(address).await,
            Err(error) => Err(error),
        };
        started.inspect_err(|error| tracing::warn!(%error, "webhooks off; polling only")).ok()
    }

    /// Wakes the tracker of each purchase the body names; returns how many were woken.
    pub async fn webhook_rang(&self, body: &[u8]) -> Result<usize> {
        let mut woken = 0;
        for invoice in webhook_invoice_ids(body) {
            let purchases: Vec<String> = on_book!(self.store, |pool, dialect| {
                Ok(sqlx::query_scalar(
                    "SELECT id FROM purchases WHERE provider = 'bitrefill' AND provider_ref = $1",
                )
                .bind(&invoice)
                .fetch_all(pool)
                .await?)
            })?;
            woken += purchases.iter().filter(|id| self.trackers.wake(id)).count();
        }
        Ok(woken)
    }
}

#[cfg(test)]
mod tests {
    use crate::providers::bitrefill_answers::webhook_invoice_ids as invoice_ids;

    #[test]
    fn finds_the_invoice_however_the_body_wraps_it() {
        assert_eq!(invoice_ids(br#"{"id":"a1","status":"all_delivered"}"#), ["a1"]);
        assert_eq!(invoice_ids(br#"{"data":{"id":"b2"}}"#), ["b2"]);
        assert!(invoice_ids(b"not json").is_empty());
        assert!(invoice_ids(br#"{"id":42}"#).is_empty());
    }
}
