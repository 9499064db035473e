//! Cryptorefills: the core holds the order's event stream itself (the seed's server-side proxy role).
//! Each `message` carries the whole order; `stop` ends it. Drops reconnect with backoff from 1 s doubling
//! to 30 s with jitter (reset after a good message, starting from the server's `retry:`); after three
//! failures in a row the order is polled every 5–10 s, and the stream is tried again every third poll.

use std::time::Duration;

use futures_util::StreamExt;
use serde_json::Value;

use super::sse::decode;
use super::Tracking;
use super::{Backoff, Sink, TrackEvent};
use crate::checkout::{order_change, Change, Purchase};
use crate::error::Result;
use crate::providers::cryptorefills::CryptorefillsClient;
use crate::providers::cryptorefills_answers::Order;
use crate::providers::cryptorefills_orders::order_from;
use crate::providers::decode::Answer;
use crate::providers::Provider;
use crate::qr::read_qr;
use crate::tr;
use crate::vault::{NewCode, Redemption, RedemptionImage};

const FAILURES_BEFORE_POLLING: u32 = 3;
const POLLS_BEFORE_STREAM_AGAIN: u32 = 3;
/// A stream silent this long is taken for dead (the server sends keep-alives well within it).
const IDLE: Duration = Duration::from_secs(90);

fn poll_wait() -> Duration {
    Duration::from_millis(5_000 + fastrand::u64(0..5_000))
}

impl Tracking {
    pub(super) async fn follow_cryptorefills(&self, mut purchase: Purchase, sink: &Sink) -> Result<Purchase> {
        let client = self.accounts.cryptorefills().await?;
        let order_id = purchase.provider_ref.clone().unwrap_or_default();
        // One read first: catches up on what happened while closed, and settles an order whose window passed.
        if let Ok(order) = client.order(&order_id).await {
            purchase =
                self.apply_order(&client, purchase, &order, &tr!("tracking-read-at-start"), sink).await?;
            if purchase.state.is_final() {
                return Ok(purchase);
            }
        }
        let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(30));
        let mut failures = 0;
        loop {
            if failures >= FAILURES_BEFORE_POLLING {
                tracing::info!(purchase = %purchase.purchase_id, "stream unavailable; polling");
                for _ in 0..POLLS_BEFORE_STREAM_AGAIN {
                    tokio::time::sleep(poll_wait()).await;
                    if let Ok(order) = client.order(&order_id).await {
                        purchase = self
                            .apply_order(&client, purchase, &order, &tr!("tracking-polled"), sink)
                            .await?;
                        if purchase.state.is_final() {
                            return Ok(purchase);
                        }
                    }
                }
                failures = 0;
                continue;
            }
            match self.read_stream(&client, &order_id, purchase.clone(), &mut backoff, sink).await? {
                Streamed::Final(done) => return Ok(done),
                Streamed::Dropped { progressed, latest } => {
                    purchase = latest;
                    failures = if progressed { 1 } else { failures + 1 };
                }
            }
            tokio::time::sleep(backoff.next_wait()).await;
        }
    }

    /// One connection's worth of events.
    async fn read_stream(
        &self,
        client: &CryptorefillsClient,
        order_id: &str,
        mut purchase: Purchase,
        backoff: &mut Backoff,
        sink: &Sink,
    ) -> Result<Streamed> {
        let response = match client.subscribe(order_id).await {
            Ok(response) => response,
            Err(error) => {
                tracing::info!(purchase = %purchase.purchase_id, %error, "stream not available");
                return Ok(Streamed::Dropped { progressed: false, latest: purchase });
            }
        };
        let mut events = Box::pin(decode(response.bytes_stream()));
        let mut progressed = false;
        loop {
            // Dropped, broken or silent: reconnect.
            let Ok(Some(Ok(event))) = tokio::time::timeout(IDLE, events.next()).await else {
                return Ok(Streamed::Dropped { progressed, latest: purchase });
            };
            if let Some(retry) = event.retry {
                backoff.set_first(retry);
            }
            if event.is_metadata_only() {
                continue;
            }
            match event.event.as_str() {
                "stop" => {
                    // The stream's last word: one read settles the order as it ended.
                    let order = client.order(order_id).await?;
                    let done = self
                        .apply_order(client, purchase, &order, &tr!("tracking-stream-ended"), sink)
                        .await?;
                    return Ok(Streamed::Final(done));
                }
                "message" => {
                    let Ok(raw) = serde_json::from_str::<Value>(&event.data) else { continue };
                    let Ok(order) = order_from(raw) else { continue };
                    purchase =
                        self.apply_order(client, purchase, &order, &tr!("tracking-stream"), sink).await?;
                    progressed = true;
                    backoff.reset();
                    if purchase.state.is_final() {
                        return Ok(Streamed::Final(purchase));
                    }
                }
                _ => {}
            }
        }
    }

    /// Codes first (sealed in the vault), then the state: a restart between the two finds the codes stored.
    async fn apply_order(
        &self,
        client: &CryptorefillsClient,
        purchase: Purchase,
        order: &Answer<Order>,
        how: &str,
        sink: &Sink,
    ) -> Result<Purchase> {
        let (mut added, mut brand, mut value) = (0u32, String::new(), String::new());
        for (index, delivery) in order.value.deliveries.iter().enumerate() {
            let (Some(id), Some(deliverable)) = (delivery.id.as_deref(), delivery.deliverable.as_ref())
            else {
                continue;
            };
            if !delivery.is_done() || self.vault.has_code(Provider::Cryptorefills, id).await? {
                continue;
            }
            if !deliverable.has_something_to_hand_over() {
                continue; // A top-up: its operator reference is in the trail, there is no code to keep.
            }
            let mut redemption = Redemption::from_cryptorefills(deliverable);
            if let Some(url) = deliverable.image_url() {
                // The image's address may expire: it is sealed now. When it is all there is (an eSIM's QR
                // code), not fetched means not stored: the purchase is not recorded delivered without it.
                // Beside a code it is a convenience, and a failed fetch leaves its address in the vault.
                let image_only = redemption.code.is_none()
                    && redemption.link.is_none()
                    && redemption.barcode_value.is_none();
                match client.image(url).await {
                    Ok(bytes) => {
                        // A QR code given as an image alone (an eSIM, live): its text is read back, so the
                        // activation values can be typed in by hand too.
                        if redemption.barcode_format.as_deref() == Some("QRCODE")
                            && redemption.barcode_value.is_none()
                        {
                            redemption.barcode_value = read_qr(&bytes);
                        }
                        redemption.image = RedemptionImage::from_bytes(&bytes);
                    }
                    Err(error) if image_only => return Err(error),
                    Err(error) => tracing::info!(%error, "a barcode image beside the code could not be kept"),
                }
            }
            let name = deliverable.brand_shown().unwrap_or_default().to_owned();
            let face = deliverable.face_shown().unwrap_or_default().to_owned();
            let line = purchase.lines.iter().find(|l| {
                l.product_id.rsplit_once('/').is_some_and(|(_, b)| {
                    [&deliverable.brand, &deliverable.brand_name, &deliverable.family]
                        .iter()
                        .any(|n| n.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(b)))
                })
            });
            let raw = order.raw.get("deliveries").and_then(|d| d.get(index)).unwrap_or(&order.raw);
            let stored = self
                .vault
                .store_code(NewCode {
                    purchase_id: &purchase.purchase_id,
                    provider: Provider::Cryptorefills,
                    item_ref: id,
                    brand: &name,
                    value: &face,
                    currency: deliverable.currency_code.as_deref(),
                    recipient: deliverable
                        .beneficiary_account
                        .as_deref()
                        .or(line.map(|l| l.recipient.as_str())),
                    customer_ref: line.and_then(|l| l.customer_ref.as_deref()),
                    redemption,
                    raw,
                })
                .await?;
            if stored {
                added += 1;
                (brand, value) = (name, face);
            }
        }
        if added > 0 {
            sink(TrackEvent::CodesArrived { purchase: purchase.clone(), brand, value, count: added });
        }
        // Every done delivery's code is in the vault now: this change may say delivered.
        let change = Change { codes_stored: true, ..order_change(order, how) };
        self.note_change(&purchase, change, sink).await
    }
}

enum Streamed {
    Final(Purchase),
    Dropped { progressed: bool, latest: Purchase },
}
