//! Faults on demand: errors, 429 bursts, truncated bodies, hung and lost answers, latency.

use std::time::Duration;

use giftdesk_sandbox::testing::apis::{fast_options, Apis};
use reqwest::Method;
use serde_json::{json, Value};

async fn status(apis: &Apis, path: &str) -> u16 {
    apis.bitrefill(Method::GET, path).send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn faults_fail_the_way_real_services_fail() {
    let apis = Apis::start(fast_options()).await;
    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "GET /v2/ping", "error_rate": 1.0, "error_status": 502, "remaining": 1}),
    )
    .await;
    assert_eq!(status(&apis, "/ping").await, 502);
    assert_eq!(status(&apis, "/ping").await, 200, "the fault was used up");

    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "/v2/products", "burst_429": 2, "retry_after_secs": 3}),
    )
    .await;
    let throttled = apis.bitrefill(Method::GET, "/products").send().await.unwrap();
    assert_eq!(
        (throttled.status().as_u16(), throttled.headers()["retry-after"].to_str().unwrap()),
        (429, "3")
    );
    assert_eq!(status(&apis, "/products").await, 429);
    assert_eq!(status(&apis, "/products").await, 200);

    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "/v2/products/amazon-us", "truncate": true, "remaining": 1}),
    )
    .await;
    let text = apis.bitrefill(Method::GET, "/products/amazon-us").send().await.unwrap().text().await.unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_err(), "a truncated body is not JSON: {text}");

    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "GET /v2/accounts/balance", "hang": true, "remaining": 1}),
    )
    .await;
    let hung =
        apis.bitrefill(Method::GET, "/accounts/balance").timeout(Duration::from_millis(300)).send().await;
    assert!(hung.is_err_and(|e| e.is_timeout()));

    // The answer is lost but the invoice exists: what a client must reconcile.
    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "POST /v2/invoices", "hold_after_commit": true, "remaining": 1}),
    )
    .await;
    let body = json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25"}], "email": "held@example.com"});
    let lost = apis
        .bitrefill(Method::POST, "/invoices")
        .json(&body)
        .timeout(Duration::from_millis(500))
        .send()
        .await;
    assert!(lost.is_err_and(|e| e.is_timeout()));
    let (_, list) = Apis::json(apis.bitrefill(Method::GET, "/invoices?only_paid=false")).await;
    assert_eq!(list["data"][0]["user"]["email"], "held@example.com");

    apis.control(Method::POST, "/faults", json!({"route": "*", "latency_ms": 150})).await;
    let started = std::time::Instant::now();
    apis.bitrefill(Method::GET, "/ping").send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(150));
    assert_eq!(apis.control(Method::DELETE, "/faults", json!({})).await.status(), 204);
}
