//! The sandbox's Bitrefill API over real HTTP: the seed's requests, the live shapes, every error code,
//! an invoice's whole life with its webhook, rate limits and faults.

use std::time::Duration;

use axum::routing::post;
use giftdesk_sandbox::testing::apis::{eventually, fast_options, Apis};
use giftdesk_sandbox::{Dialect, SandboxOptions};
use reqwest::Method;
use serde_json::{json, Value};

async fn all_products(apis: &Apis, first: &str) -> (Vec<Value>, usize) {
    let (mut products, mut pages, mut next) = (Vec::new(), 0, Some(first.to_owned()));
    while let Some(url) = next {
        let (status, page) = Apis::json(apis.bitrefill(Method::GET, &url)).await;
        assert_eq!(status, 200, "{page}");
        products.extend(page["data"].as_array().unwrap().iter().cloned());
        next = page["meta"]["_next"].as_str().map(str::to_owned);
        pages += 1;
    }
    (products, pages)
}

/// The seed's flow in the seed's own form: the docs dialect, where the top-level `status` is the lifecycle.
#[tokio::test]
async fn the_seed_flow_works_as_written() {
    let apis = Apis::start(SandboxOptions { dialect: Dialect::Docs, ..fast_options() }).await;
    // Step 1: cache the catalog by following `_next` until it is missing.
    let (products, pages) = all_products(&apis, "/products?limit=50").await;
    assert_eq!(products.len(), 303, "300 generated + 3 from the documents");
    assert_eq!(pages, 7);
    assert!(products.iter().any(|p| p["id"] == "amazon-us"));
    // Step 2: the seed's invoice, byte for byte (its webhook host is public, so it is never called).
    let body = json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>50", "quantity": 1}],
                      "payment_method": "balance", "webhook_url": "https://your-server.com/bitrefill-webhook", "auto_pay": false});
    let (status, created) = Apis::json(apis.bitrefill(Method::POST, "/invoices").json(&body)).await;
    assert_eq!(status, 200, "{created}");
    let id = created["data"]["id"].as_str().unwrap().to_owned();
    assert_eq!(created["data"]["status"], "unpaid");
    // Step 3, option B: pay from balance with an empty body.
    let (_, before) = Apis::json(apis.bitrefill(Method::GET, "/accounts/balance")).await;
    let (status, paid) =
        Apis::json(apis.bitrefill(Method::POST, &format!("/invoices/{id}/pay")).json(&json!({}))).await;
    assert_eq!(status, 200, "{paid}");
    assert_eq!(paid["data"]["status"], "payment_confirmed");
    let (_, after) = Apis::json(apis.bitrefill(Method::GET, "/accounts/balance")).await;
    let price = paid["data"]["payment"]["price"].as_u64().unwrap();
    assert_eq!(
        before["data"]["balance"].as_u64().unwrap() - price,
        after["data"]["balance"].as_u64().unwrap()
    );
    // Step 5: the order's redemption info once delivered.
    let order_id = paid["data"]["orders"][0]["id"].as_str().unwrap().to_owned();
    let order = eventually(Duration::from_secs(10), || async {
        let (_, order) = Apis::json(apis.bitrefill(Method::GET, &format!("/orders/{order_id}"))).await;
        (order["data"]["status"] == "delivered").then_some(order)
    })
    .await;
    assert!(order["data"]["redemption_info"]["code"].as_str().is_some_and(|c| c.len() == 14), "{order}");
    // Paying twice is refused: 404 when already paid.
    let (status, error) = Apis::json(apis.bitrefill(Method::POST, &format!("/invoices/{id}/pay"))).await;
    assert_eq!((status, error["error_code"].as_str()), (404, Some("not_found")));
}

#[tokio::test]
async fn shapes_match_the_live_api() {
    let apis = Apis::start(fast_options()).await;
    let (_, ping) = Apis::json(apis.bitrefill(Method::GET, "/ping")).await;
    assert_eq!(ping["data"]["message"], "pong");
    let (_, balance) = Apis::json(apis.bitrefill(Method::GET, "/accounts/balance")).await;
    assert!(balance["data"]["balance"].is_u64() && balance["data"]["currency"] == "USD");

    let (_, page) =
        Apis::json(apis.bitrefill(Method::GET, "/products?include_test_products=true&limit=50&start=300"))
            .await;
    assert_eq!(page["meta"]["_endpoint"], "/products");
    assert_eq!(page["meta"]["start"], 300);
    assert!(page["meta"].get("_next").is_none(), "last page has no _next");
    let (_, first) = Apis::json(apis.bitrefill(Method::GET, "/products?limit=50")).await;
    let next = first["meta"]["_next"].as_str().unwrap();
    assert!(next.starts_with("http://127.0.0.1:") && next.contains("start=50"), "{next}");

    let (_, steam) = Apis::json(apis.bitrefill(Method::GET, "/products/steam-de")).await;
    let product = &steam["data"];
    for field in ["id", "name", "country_code", "country_name", "currency", "image"] {
        assert!(product[field].is_string(), "{field} in {product}");
    }
    assert!(product["categories"].is_array() && product["in_stock"].is_boolean());
    assert_eq!(product["recipient_type"], "none");
    assert_eq!(product["range"]["min"], 5);
    assert!(product["range"]["price_rate"].is_f64());
    let (_, amazon) = Apis::json(apis.bitrefill(Method::GET, "/products/amazon-us")).await;
    let package = &amazon["data"]["packages"][1];
    assert_eq!(package["id"], "amazon-us<&>50");
    assert_eq!(package["value"], "50", "value is a string");
    assert_eq!(package["amount"], 50, "amount is a number");
    assert!(package["price"].is_u64(), "price in minor units");
    let (_, refill) = Apis::json(apis.bitrefill(Method::GET, "/products/lebara-uk")).await;
    assert_eq!(refill["data"]["recipient_type"], "phone_number");
    assert_eq!(refill["data"]["in_stock"], false);

    let (_, search) = Apis::json(apis.bitrefill(Method::GET, "/products/search?q=steam")).await;
    assert!(search["data"].as_array().unwrap().iter().any(|p| p["id"] == "steam-de"));
    let (_, filtered) =
        Apis::json(apis.bitrefill(Method::GET, "/products?country=DE&type=gift_card&category=games")).await;
    assert!(filtered["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["country_code"] == "DE" && p["categories"][0] == "games"));
    let (_, tests) =
        Apis::json(apis.bitrefill(Method::GET, "/products?include_test_products=true&country=KN")).await;
    let ids: Vec<&str> = tests["data"].as_array().unwrap().iter().filter_map(|p| p["id"].as_str()).collect();
    assert!(ids.contains(&"test-gift-card-code") && ids.contains(&"test-gift-card-link-fail"), "{ids:?}");

    let body = json!({"products": [{"product_id": "test-gift-card-code", "value": 20}], "payment_method": "usdc_base", "refund_address": "0xabc"});
    let (_, invoice) = Apis::json(apis.bitrefill(Method::POST, "/invoices").json(&body)).await;
    let data = &invoice["data"];
    assert!(
        data["id"].as_str().unwrap().len() == 36
            && data["created_time"].as_str().unwrap().ends_with("+01:00"),
        "live invoice times carry a UTC offset: {data}"
    );
    assert_eq!(data["status"], "not_delivered");
    assert_eq!(data["payment"]["method"], "usdc_base");
    assert!(data["payment"]["address"].as_str().unwrap().starts_with("0x"));
    assert_eq!(data["payment"]["currency"], "USDC");
    let order = &data["orders"][0];
    assert_eq!(order["status"], "created");
    assert_eq!(order["product"]["id"], "test-gift-card-code");
    assert!(order["delivered_time"].is_null());
    // Live listings hide unpaid invoices unless asked.
    let (_, list) = Apis::json(apis.bitrefill(Method::GET, "/invoices?limit=5&only_paid=false")).await;
    assert_eq!(list["data"][0]["id"], data["id"]);
    let (_, orders) = Apis::json(apis.bitrefill(Method::GET, "/orders")).await;
    assert_eq!(orders["data"][0]["invoice"]["id"], data["id"]);
}

async fn error_of(apis: &Apis, body: Value) -> (u16, String) {
    let (status, error) = Apis::json(apis.bitrefill(Method::POST, "/invoices").json(&body)).await;
    assert_eq!(error["meta"]["_endpoint"], "", "error envelope: {error}");
    assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
    (status, error["error_code"].as_str().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn every_error_code_can_be_provoked() {
    let apis = Apis::start(fast_options()).await;
    let item = |extra: Value| {
        let mut product = json!({"product_id": "amazon-us", "package_id": "amazon-us<&>25"});
        product.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        json!({"products": [product]})
    };
    let refill = |phone: &str| json!({"products": [{"product_id": "test-phone-refill", "package_id": "test-phone-refill<&>10", "phone_number": phone}]});
    let cases: Vec<(Value, u16, &str)> = vec![
        (json!({}), 400, "missing_param"),
        (json!({"products": [{"product_id": "no-such-card", "value": 5}]}), 404, "not_found"),
        (
            json!({"products": [{"product_id": "lebara-uk", "package_id": "lebara-uk<&>10", "phone_number": "+447700900123"}]}),
            400,
            "out_of_stock",
        ),
        (item(json!({"package_id": "amazon-us<&>7"})), 400, "invalid_param"),
        (json!({"products": [{"product_id": "steam-de", "value": 4}]}), 400, "invalid_param"),
        (item(json!({"quantity": 21})), 400, "too_many_items"),
        (
            json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25"}], "payment_method": "dogecoin"}),
            400,
            "unsupported_payment_method",
        ),
        (
            json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25"}], "payment_method": "bitcoin"}),
            400,
            "missing_param",
        ),
        (
            json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25"}], "email": "x@create-fail.test"}),
            500,
            "create_invoice_failed",
        ),
        (refill("0044 7700"), 400, "invalid_phone_number"),
        (refill("+999123456789"), 400, "unsupported_operator"),
        (refill("+15550000000"), 400, "delivery_failed"),
        (
            json!({"products": [{"product_id": "test-phone-refill", "package_id": "test-phone-refill<&>10"}]}),
            400,
            "missing_param",
        ),
    ];
    for (body, status, code) in cases {
        assert_eq!(error_of(&apis, body.clone()).await, (status, code.to_owned()), "for {body}");
    }
    let (status, error) = Apis::json(apis.bitrefill(Method::POST, "/invoices").body("{not json")).await;
    assert_eq!((status, error["error_code"].as_str()), (400, Some("parse_error")));

    apis.control(Method::POST, "/balance", json!({"balance": 100})).await;
    let expensive =
        json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>100"}], "auto_pay": true});
    assert_eq!(error_of(&apis, expensive).await, (400, "balance_too_low".to_owned()));
    let (_, unpaid) = Apis::json(
        apis.bitrefill(Method::POST, "/invoices")
            .json(&json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>100"}]})),
    )
    .await;
    let id = unpaid["data"]["id"].as_str().unwrap();
    let (status, error) = Apis::json(apis.bitrefill(Method::POST, &format!("/invoices/{id}/pay"))).await;
    assert_eq!(
        (status, error["error_code"].as_str()),
        (403, Some("balance_too_low")),
        "paying with too little balance is 403"
    );

    let (status, _) =
        Apis::json(apis.http.get(format!("{}/ping", apis.sandbox.urls.bitrefill)).bearer_auth("wrong")).await;
    assert_eq!(status, 401);
    let basic = apis
        .http
        .get(format!("{}/ping", apis.sandbox.urls.bitrefill))
        .basic_auth("sandbox-id", Some("sandbox-secret"));
    assert_eq!(Apis::json(basic).await.0, 200);
    let (status, error) = Apis::json(
        apis.http.get(format!("{}/ping", apis.sandbox.urls.bitrefill)).bearer_auth("sandbox-no-access"),
    )
    .await;
    assert_eq!((status, error["error_code"].as_str()), (403, Some("forbidden")));
    let no_agent = reqwest::Client::new()
        .get(format!("{}/ping", apis.sandbox.urls.bitrefill))
        .bearer_auth("sandbox-key")
        .send()
        .await
        .unwrap();
    assert_eq!(no_agent.status(), 403, "the edge refuses requests without a User-Agent");
    let (status, _) = Apis::json(apis.bitrefill(Method::GET, "/products?limit=51")).await;
    assert_eq!(status, 400);
    let (status, error) = Apis::json(apis.bitrefill(Method::GET, "/products/search?q=")).await;
    assert_eq!((status, error["error_code"].as_str()), (400, Some("missing_param")));
}

#[tokio::test]
async fn a_crypto_invoice_is_paid_delivered_and_reported_to_its_webhook() {
    let apis = Apis::start(fast_options()).await;
    let (hook_tx, mut hook_rx) = tokio::sync::mpsc::unbounded_channel::<Value>();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook_url = format!("http://{}/hook", listener.local_addr().unwrap());
    let app = axum::Router::new().route(
        "/hook",
        post(move |axum::Json(body): axum::Json<Value>| async move {
            hook_tx.send(body).ok();
        }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let body = json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>50", "quantity": 2}],
                      "payment_method": "usdc_solana", "refund_address": "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM", "webhook_url": hook_url, "email": "buyer@example.com"});
    let (_, created) = Apis::json(apis.bitrefill(Method::POST, "/invoices").json(&body)).await;
    let id = created["data"]["id"].as_str().unwrap().to_owned();
    assert_eq!(created["data"]["payment"]["status"], "unpaid");
    assert_eq!(created["data"]["orders"].as_array().unwrap().len(), 2);

    let half = apis
        .control(Method::POST, &format!("/pay/{id}"), json!({"fraction": 0.5}))
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(half["payment"]["status"], "partial_payment");
    let full = apis
        .control(Method::POST, &format!("/pay/{id}"), json!({"fraction": 0.5}))
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(full["payment"]["status"], "paid");

    let hook = tokio::time::timeout(Duration::from_secs(10), hook_rx.recv())
        .await
        .expect("webhook within 10 s")
        .unwrap();
    assert_eq!(hook["id"], id.as_str());
    assert_eq!(hook["status"], "all_delivered");
    assert_eq!(hook["payment"]["status"], "complete");
    for order in hook["orders"].as_array().unwrap() {
        // Live: the code is sealed out of the order; unseal reveals it.
        let path = format!("/orders/{}/unseal", order["id"].as_str().unwrap());
        let (_, full) = Apis::json(apis.bitrefill(Method::GET, &path)).await;
        assert_eq!(full["data"]["status"], "delivered");
        assert!(
            full["data"]["code"].is_string() && full["data"]["redemption_info"]["code"].is_string(),
            "{full}"
        );
        assert_eq!(full["data"]["invoice"]["id"], id.as_str());
    }
}

#[tokio::test]
async fn failing_twins_and_outcomes_end_as_documented() {
    let apis = Apis::start(fast_options()).await;
    let buy = |product: &str| json!({"products": [{"product_id": product, "value": 10}], "auto_pay": true});
    let (_, fail) =
        Apis::json(apis.bitrefill(Method::POST, "/invoices").json(&buy("test-gift-card-code-fail"))).await;
    apis.control(Method::POST, "/outcome", json!({"id": "next", "outcome": "partial_delivery"})).await;
    let two = json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25", "quantity": 2}], "auto_pay": true});
    let (_, partial) = Apis::json(apis.bitrefill(Method::POST, "/invoices").json(&two)).await;
    for (invoice, expected) in [(fail, "all_error"), (partial, "partial_delivery")] {
        let id = invoice["data"]["id"].as_str().unwrap().to_owned();
        let status = eventually(Duration::from_secs(10), || async {
            let (_, now) = Apis::json(apis.bitrefill(Method::GET, &format!("/invoices/{id}"))).await;
            (now["data"]["payment"]["status"] == "complete").then(|| now["data"]["status"].clone())
        })
        .await;
        assert_eq!(status, expected);
    }
}

#[tokio::test]
async fn rate_limits_are_announced_and_enforced() {
    // Scale 60: a minute's allowance lasts one second.
    let apis = Apis::start(SandboxOptions { rate_limit_scale: 60.0, ..fast_options() }).await;
    let first = apis.bitrefill(Method::GET, "/products?limit=1").send().await.unwrap();
    for header in [
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
        "ratelimit-remaining",
        "ratelimit-reset",
    ] {
        assert!(first.headers().contains_key(header), "{header} missing");
    }
    assert_eq!(first.headers()["x-ratelimit-remaining"], "59");
    let mut refused = None;
    for _ in 0..60 {
        let response = apis.bitrefill(Method::GET, "/products?limit=1").send().await.unwrap();
        if response.status() == 429 {
            refused = Some(response);
            break;
        }
    }
    let refused = refused.expect("the 61st request in a window is refused");
    assert!(refused.headers().contains_key("retry-after"));
    assert_eq!(refused.json::<Value>().await.unwrap()["error_code"], "too_many_requests");
}

#[tokio::test]
async fn same_seed_same_catalog() {
    let options = || SandboxOptions { products: 150, seed: 7, ..fast_options() };
    let (a, b) = (Apis::start(options()).await, Apis::start(options()).await);
    let c = Apis::start(SandboxOptions { seed: 8, ..options() }).await;
    let (products_a, _) = all_products(&a, "/products").await;
    let (products_b, _) = all_products(&b, "/products").await;
    let (products_c, _) = all_products(&c, "/products").await;
    assert_eq!(products_a, products_b);
    assert_ne!(products_a, products_c);
    let brands = |apis: &Apis| Apis::json(apis.cryptorefills(Method::GET, "/v2/brands?country_code=FR"));
    let ((_, brands_a), (_, brands_b)) = (brands(&a).await, brands(&b).await);
    let strip = |mut v: Value| {
        // Logo URLs name each sandbox's own port; everything else must match.
        let text = v
            .to_string()
            .replace(&a.sandbox.urls.cryptorefills, "")
            .replace(&b.sandbox.urls.cryptorefills, "");
        v = serde_json::from_str(&text).unwrap();
        v
    };
    assert_eq!(strip(brands_a), strip(brands_b));
}
