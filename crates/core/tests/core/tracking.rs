//! Following purchases to the end: the SSE decoder, a dropped stream, a stream that is down (polling), Bitrefill
//! polling, codes sealed in the vault once, and no code in plain text in any file the app wrote.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use giftdesk_core::checkout::{PaymentChoice, PurchaseState};
use giftdesk_core::providers::Provider;
use giftdesk_core::tracking::sse::{decode, SseEvent};
use giftdesk_core::tracking::{Sink, TrackEvent};
use giftdesk_core::vault::CodeQuery;
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{line, request, shop_options, synced_context};
use giftdesk_testkit::TestHome;
use proptest::prelude::*;
use reqwest::Method;
use serde_json::json;

/// A stream with everything an SSE server may send: CRLF and LF, comments, multi-line data, id, retry.
const STREAM: &str = ": hello\r\nretry: 1500\r\n\r\nid: 1\nevent: message\ndata: {\"a\":\ndata: 1}\n\n: keep-alive\n\nid: 2\r\ndata: plain\r\n\r\nevent: stop\ndata:\n\n";

fn expected() -> Vec<SseEvent> {
    let event = |event: &str, data: &str, id: Option<&str>, retry: Option<u64>| SseEvent {
        event: event.into(),
        data: data.into(),
        id: id.map(Into::into),
        retry: retry.map(Duration::from_millis),
    };
    vec![
        event("message", "", None, Some(1500)),
        event("message", "{\"a\":\n1}", Some("1"), None),
        event("message", "plain", Some("2"), None),
        event("stop", "", None, None),
    ]
}

fn decode_chunks(chunks: Vec<Vec<u8>>) -> Vec<SseEvent> {
    let stream = futures_util::stream::iter(
        chunks.into_iter().map(|chunk| Ok::<_, std::io::Error>(bytes::Bytes::from(chunk))),
    );
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let events: Vec<_> = runtime.block_on(decode(stream).collect());
    events.into_iter().map(Result::unwrap).collect()
}

#[test]
fn the_decoder_reads_every_form_a_server_may_send() {
    let events = decode_chunks(vec![STREAM.as_bytes().to_vec()]);
    // The retry-only block comes through (metadata only) so the reconnection time is not lost.
    assert_eq!(events, expected());
}

proptest! {
    #[test]
    fn every_split_into_chunks_decodes_the_same(cuts in proptest::collection::vec(0..STREAM.len(), 0..12)) {
        let bytes = STREAM.as_bytes();
        let mut cuts = cuts;
        cuts.sort_unstable();
        cuts.dedup();
        let mut chunks = Vec::new();
        let mut start = 0;
        for cut in cuts.into_iter().chain([bytes.len()]) {
            chunks.push(bytes[start..cut].to_vec());
            start = cut;
        }
        prop_assert_eq!(decode_chunks(chunks), expected());
    }
}

/// A sink that remembers what it heard.
fn recording() -> (Sink, Arc<Mutex<Vec<TrackEvent>>>) {
    let heard = Arc::new(Mutex::new(Vec::new()));
    let sink_heard = heard.clone();
    (Arc::new(move |event| sink_heard.lock().unwrap().push(event)), heard)
}

async fn cryptorefills_order(
    apis: &Apis,
    home: &TestHome,
) -> (giftdesk_core::context::Context, String, String) {
    let shop = synced_context(home, apis).await;
    let usdc = PaymentChoice::Coin { coin: "USDC".into(), network: "Solana".into() };
    let order = line(Provider::Cryptorefills, "US/Airbnb", None, Some("30"), "a@example.com");
    let purchase = shop.checkout.checkout(&request(vec![order], usdc)).await.unwrap().remove(0);
    let reference = purchase.provider_ref.clone().unwrap();
    (shop, purchase.purchase_id, reference)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stream_dropped_mid_event_reconnects_and_ends_done() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let (shop, id, reference) = cryptorefills_order(&apis, &home).await;
    apis.control(Method::POST, "/faults", json!({"route": "/v5/orders/*/subscribe", "sse_drop_after": 1, "sse_cut_mid_event": true, "remaining": 2})).await;
    apis.control(Method::POST, &format!("/pay/{reference}"), json!({})).await;
    let (sink, heard) = recording();
    let done = tokio::time::timeout(Duration::from_secs(60), shop.tracking.follow(&id, &sink))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(done.state, PurchaseState::Delivered);
    let codes = shop.vault.codes(&CodeQuery::default(), true).await.unwrap();
    assert_eq!(codes.len(), 1, "one delivery, one code");
    assert!(codes[0].redemption.as_ref().unwrap().code.is_some());
    let arrived =
        heard.lock().unwrap().iter().filter(|e| matches!(e, TrackEvent::CodesArrived { .. })).count();
    assert_eq!(arrived, 1);
    let requests = giftdesk_testkit::shop::sandbox_state(&apis).await["requests"]
        [format!("GET /v5/orders/{reference}/subscribe")]
    .as_u64()
    .unwrap();
    assert!(requests >= 2, "it reconnected ({requests} connections)");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unavailable_stream_falls_back_to_polling_and_ends_done() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let (shop, id, reference) = cryptorefills_order(&apis, &home).await;
    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "/v5/orders/*/subscribe", "error_rate": 1.0, "error_status": 502}),
    )
    .await;
    apis.control(Method::POST, &format!("/pay/{reference}"), json!({})).await;
    let (sink, _) = recording();
    let done = tokio::time::timeout(Duration::from_secs(90), shop.tracking.follow(&id, &sink))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(done.state, PurchaseState::Delivered);
    let trail = shop.checkout.purchase_events(&id).await.unwrap();
    assert!(trail.iter().any(|e| e.detail == "Polled"), "reached by polling: {trail:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn bitrefill_is_polled_to_delivery_and_no_code_is_stored_in_plain_text() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let amazon = line(Provider::Bitrefill, "amazon-us", Some("50"), None, "a@example.com");
    let mut pair = amazon.clone();
    pair.quantity = 2;
    let purchase =
        shop.checkout.checkout(&request(vec![pair], PaymentChoice::AutoPay)).await.unwrap().remove(0);
    let failing = line(Provider::Bitrefill, "test-gift-card-code-fail", None, Some("10"), "a@example.com");
    let failed = shop
        .checkout
        .checkout(&request(vec![failing.clone()], PaymentChoice::AutoPay))
        .await
        .unwrap()
        .remove(0);
    let mixed = request(vec![amazon.clone(), failing], PaymentChoice::AutoPay);
    let partly = shop.checkout.checkout(&mixed).await.unwrap().remove(0);
    let (sink, _) = recording();
    let ids = [purchase.purchase_id.clone(), failed.purchase_id.clone(), partly.purchase_id.clone()];
    let done = tokio::time::timeout(Duration::from_secs(90), shop.tracking.follow_these(&ids, &sink))
        .await
        .unwrap()
        .unwrap();
    let state_of = |id: &str| done.iter().find(|p| p.purchase_id == id).unwrap().state;
    assert_eq!(state_of(&purchase.purchase_id), PurchaseState::Delivered);
    assert_eq!(state_of(&failed.purchase_id), PurchaseState::Failed);
    assert_eq!(state_of(&partly.purchase_id), PurchaseState::PartlyDelivered);
    // The purchase says which of its items failed.
    let view = shop.checkout.purchase_view(&partly.purchase_id).await.unwrap();
    let items: Vec<_> = view.items.iter().map(|i| (i.name.as_str(), i.state)).collect();
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(items.contains(&("Amazon.com 50 USD", PurchaseState::Delivered)), "{items:?}");
    assert!(items.iter().any(|(_, state)| *state == PurchaseState::Failed), "{items:?}");
    let codes = shop.vault.codes(&CodeQuery::default(), true).await.unwrap();
    assert_eq!(codes.len(), 3, "two cards, then one of the mixed pair: three codes");

    // Every code is sealed: not in the database, its WAL, the logs or the config.
    shop.store.close().await;
    let secrets: Vec<String> = codes
        .iter()
        .flat_map(|c| {
            let r = c.redemption.clone().unwrap();
            [r.code, r.pin].into_iter().flatten()
        })
        // Long enough that a chance match in random bytes or timestamps is impossible (PINs are 4 digits).
        .filter(|s| s.len() >= 8)
        .collect();
    assert!(!secrets.is_empty());
    for file in home.files_written() {
        // A lock file released between the listing and the read holds nothing.
        let Ok(bytes) = std::fs::read(&file) else { continue };
        for secret in &secrets {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret} found in plain text in {}",
                file.display()
            );
        }
    }
}
