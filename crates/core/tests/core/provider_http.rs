//! The providers' HTTP layer against the sandbox: pacing that is never throttled, 429s waited out,
//! GETs retried on 5xx, other requests never repeated, and a clear error when nothing answers.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use giftdesk_core::error::{Error, ErrorCode};
use giftdesk_core::providers::budget::{Bucket, Limit, LocalWindows, Priority};
use giftdesk_core::providers::http::{Http, PostOutcome};
use giftdesk_core::providers::Provider;
use giftdesk_sandbox::{Dialect, SandboxOptions};
use giftdesk_testkit::apis::{fast_options, Apis};
use reqwest::Method;
use serde_json::{json, Value};

/// Bitrefill's documented product limit, scaled like the sandbox's (60 a minute becomes 60 a second).
fn products_pacer(scale: f64) -> Bucket {
    bucket(Limit::per(60, Duration::from_secs_f64(60.0 / scale)))
}

fn bucket(limit: Limit) -> Bucket {
    Bucket::new(
        Provider::Bitrefill,
        "test".into(),
        limit,
        Duration::ZERO,
        std::sync::Arc::new(LocalWindows::default()),
    )
}

/// No documented limit to keep to.
fn unlimited() -> Bucket {
    bucket(Limit::per(1_000_000, Duration::from_secs(1)))
}

async fn get_json(http: &Http, pacer: &Bucket, url: &str) -> (u16, Value) {
    let response =
        http.get(pacer, Priority::Money, |client| client.get(url).bearer_auth("sandbox-key")).await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

#[tokio::test]
async fn a_paced_full_listing_is_never_throttled() {
    let scale = 60.0;
    // Products counted per request, as the docs' form reads "1000 product requests per hour": the minute's
    // limit is the one this listing meets (the hourly product count is `tests/catalog_allowance.rs`'s).
    let options =
        SandboxOptions { products: 4_250, rate_limit_scale: scale, dialect: Dialect::Docs, ..fast_options() };
    let apis = Apis::start(options).await;
    let (http, pacer) = (Http::new(Provider::Bitrefill).unwrap(), products_pacer(scale));
    let started = Instant::now();
    let mut next = Some(format!("{}/products?limit=50", apis.sandbox.urls.bitrefill));
    let mut ids = HashSet::new();
    while let Some(url) = next {
        let (status, page) = get_json(&http, &pacer, &url).await;
        assert_eq!(status, 200, "{page}");
        ids.extend(page["data"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap().to_owned()));
        next = page["meta"]["_next"].as_str().map(str::to_owned);
    }
    let elapsed = started.elapsed();
    assert_eq!(ids.len(), 4_253);
    assert_eq!(http.stats.requests(), 86);
    assert_eq!(http.stats.throttled(), 0, "a correct client is never throttled");
    // 86 requests under 60 per (scaled) minute need one full window: the bound is one second here.
    assert!(elapsed >= Duration::from_millis(950) && elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn a_429_is_waited_out_and_a_5xx_retried() {
    let apis = Apis::start(fast_options()).await;
    let (http, pacer) = (Http::new(Provider::Bitrefill).unwrap(), unlimited());
    let url = format!("{}/products?limit=5", apis.sandbox.urls.bitrefill);

    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "/v2/products", "burst_429": 2, "retry_after_secs": 1}),
    )
    .await;
    let started = Instant::now();
    assert_eq!(get_json(&http, &pacer, &url).await.0, 200);
    assert!(started.elapsed() >= Duration::from_secs(2), "waited Retry-After twice");
    assert_eq!(http.stats.throttled(), 2);

    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "/v2/products", "error_rate": 1.0, "remaining": 2}),
    )
    .await;
    assert_eq!(get_json(&http, &pacer, &url).await.0, 200);
    assert_eq!(http.stats.retries(), 2);
}

#[tokio::test]
async fn other_requests_are_sent_once() {
    let apis = Apis::start(fast_options()).await;
    let (http, pacer) = (Http::new(Provider::Bitrefill).unwrap(), unlimited());
    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "POST /v2/invoices", "error_rate": 1.0, "remaining": 1}),
    )
    .await;
    let body = json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25"}]});
    let request = http
        .client()
        .post(format!("{}/invoices", apis.sandbox.urls.bitrefill))
        .bearer_auth("sandbox-key")
        .json(&body);
    let outcome = http.post_once(&pacer, request).await;
    assert!(matches!(outcome, PostOutcome::Answered(status, _) if status == 503), "{outcome:?}");
    assert_eq!((http.stats.requests(), http.stats.retries()), (1, 0));
    let state: Value = apis.control(Method::GET, "/state", json!({})).await.json().await.unwrap();
    assert_eq!(state["invoices"], 0, "nothing was created, and nothing was sent again");
}

#[tokio::test]
async fn an_unreachable_provider_is_a_network_error_after_bounded_retries() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let (http, pacer) = (Http::new(Provider::Cryptorefills).unwrap(), unlimited());
    let error = http
        .get(&pacer, Priority::Money, |client| client.get(format!("http://127.0.0.1:{port}/v3/payment_vias")))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Network { provider: Provider::Cryptorefills, .. }));
    assert_eq!(error.code(), ErrorCode::Network);
    assert!(error.to_string().starts_with("Could not reach Cryptorefills (could not connect)"), "{error}");
    assert_eq!((http.stats.requests(), http.stats.retries()), (4, 3));
}
