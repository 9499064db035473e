//! The Cryptorefills order stream over real HTTP: an order moving to Done with `stop` last, the stream
//! dropping, repeating and reordering on demand, and orders expiring or failing as their outcome says.

use std::time::Duration;

use giftdesk_sandbox::testing::apis::{fast_options, Apis};
use giftdesk_sandbox::testing::sse::read_all;
use giftdesk_sandbox::{Dialect, SandboxOptions};
use reqwest::Method;
use serde_json::{json, Value};

const EMAIL: &str = "buyer@example.com";

async fn create_order(apis: &Apis) -> String {
    let body = json!({"email": EMAIL, "payment": {"type": "via", "payment_via": "USER_WALLET", "coin": "USDC", "network": "Solana"},
                      "deliveries": [{"beneficiary_account": EMAIL, "brand_name": "Airbnb", "country_code": "US", "denomination": "100 USD"}]});
    let (_, order) = Apis::json(apis.cryptorefills(Method::POST, "/v5/orders").json(&body)).await;
    order["order_id"].as_str().unwrap().to_owned()
}

fn states(events: &[giftdesk_sandbox::testing::sse::Event]) -> Vec<String> {
    events
        .iter()
        .filter(|e| e.event == "message")
        .map(|e| serde_json::from_str::<Value>(&e.data).unwrap()["order_state"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn an_order_moves_to_done_over_the_stream_and_stops() {
    let apis = Apis::start(fast_options()).await;
    let id = create_order(&apis).await;
    let stream = apis
        .cryptorefills(Method::GET, &format!("/v5/orders/{id}/subscribe"))
        .header("Accept", "text/event-stream")
        .send()
        .await
        .unwrap();
    assert_eq!(stream.headers()["content-type"], "text/event-stream");
    apis.control(Method::POST, &format!("/pay/{id}"), json!({"fraction": 1.0})).await;
    let (events, cut, comments) =
        tokio::time::timeout(Duration::from_secs(15), read_all(stream)).await.expect("the stream ends");
    assert!(!cut);
    assert!(comments >= 1, "comments are sent");
    assert_eq!(
        states(&events),
        ["WaitingForPayment", "PaymentStarted", "PaymentReceived", "WaitingForDelivery", "Done"]
    );
    assert_eq!(events.last().unwrap().event, "stop", "stop comes last");
    let done: Value = serde_json::from_str(&events[events.len() - 2].data).unwrap();
    let deliverable = &done["deliveries"][0]["deliverable"];
    assert_eq!(done["deliveries"][0]["delivery_state"], "Done");
    assert!(deliverable["pin_code"].as_str().is_some_and(|c| c.len() == 19), "{deliverable}");
    assert!(deliverable["redeem_instructions"].is_string());
    assert!(events.iter().any(|e| e.data.contains('\n')), "multi-line data is exercised");
    let ids: Vec<_> = events.iter().filter_map(|e| e.id.clone()).collect();
    assert_eq!(ids.len(), 5, "every message carries an id");
}

#[tokio::test]
async fn streams_drop_repeat_and_reorder_on_demand() {
    let apis = Apis::start(fast_options()).await;
    let id = create_order(&apis).await;
    apis.control(Method::POST, "/faults", json!({"route": "/v5/orders/*/subscribe", "sse_drop_after": 1, "sse_cut_mid_event": true, "remaining": 1})).await;
    let first = apis.cryptorefills(Method::GET, &format!("/v5/orders/{id}/subscribe")).send().await.unwrap();
    apis.control(Method::POST, &format!("/pay/{id}"), json!({})).await;
    let (events, cut, _) = read_all(first).await;
    assert_eq!(states(&events), ["WaitingForPayment"]);
    assert!(cut, "the connection dropped mid-event, without stop");
    // Reconnecting picks up the order where it is and runs to the end.
    let again = apis.cryptorefills(Method::GET, &format!("/v5/orders/{id}/subscribe")).send().await.unwrap();
    let (events, _, _) = tokio::time::timeout(Duration::from_secs(15), read_all(again)).await.unwrap();
    assert_eq!(states(&events).last().map(String::as_str), Some("Done"));
    assert_eq!(events.last().unwrap().event, "stop");

    let id = create_order(&apis).await;
    apis.control(Method::POST, "/faults", json!({"route": "/v5/orders/*/subscribe", "sse_duplicate": true, "sse_out_of_order": true, "sse_no_stop": true})).await;
    let stream = apis.cryptorefills(Method::GET, &format!("/v5/orders/{id}/subscribe")).send().await.unwrap();
    apis.control(Method::POST, &format!("/pay/{id}"), json!({})).await;
    let (events, _, _) = tokio::time::timeout(Duration::from_secs(15), read_all(stream)).await.unwrap();
    let seen = states(&events);
    assert!(seen.windows(2).any(|w| w[0] == w[1]), "duplicates: {seen:?}");
    assert!(
        seen.windows(2).any(|w| w[0] == "PaymentReceived" && w[1] == "PaymentStarted"),
        "out of order: {seen:?}"
    );
    assert!(events.iter().all(|e| e.event != "stop"), "no stop");
}

#[tokio::test]
async fn unpaid_orders_expire_and_outcomes_apply() {
    // 30 minutes at this scale is 0.9 s.
    // The docs' 30-minute window for every network (the live form keeps on-chain orders open 60).
    let apis =
        Apis::start(SandboxOptions { time_scale: 0.0005, dialect: Dialect::Docs, ..fast_options() }).await;
    let unpaid = create_order(&apis).await;
    let partly = create_order(&apis).await;
    apis.control(Method::POST, &format!("/pay/{partly}"), json!({"fraction": 0.4})).await;
    apis.control(Method::POST, "/outcome", json!({"id": "next", "outcome": "payment_failed"})).await;
    let failing = create_order(&apis).await;
    apis.control(Method::POST, &format!("/pay/{failing}"), json!({})).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let apis = &apis;
    let state = |id: String| async move {
        let (_, order) = Apis::json(apis.cryptorefills(Method::GET, &format!("/v5/orders/{id}"))).await;
        (
            order["order_state"].as_str().unwrap().to_owned(),
            order["payment_state"].as_str().unwrap().to_owned(),
        )
    };
    assert_eq!(state(unpaid).await, ("Expired".into(), "Expired".into()));
    assert_eq!(state(partly).await, ("Expired".into(), "ExpiredAfterPaymentDetection".into()));
    assert_eq!(state(failing).await.0, "PaymentFailed");
}
