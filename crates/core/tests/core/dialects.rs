//! The sandbox in both dialects over real HTTP: each behaviour the live services show (per the notes) and
//! its documented form, so a client can be tested against both rather than the sandbox's own reading.

use std::time::Duration;

use giftdesk_sandbox::{listing_time, Dialect, SandboxOptions};
use giftdesk_testkit::apis::{eventually, fast_options, Apis};
use reqwest::Method;
use serde_json::{json, Value};

const EMAIL: &str = "buyer@example.com";

async fn start(dialect: Dialect) -> Apis {
    Apis::start(SandboxOptions { dialect, ..fast_options() }).await
}

async fn invoice(apis: &Apis, body: Value) -> Value {
    let (status, created) = Apis::json(apis.bitrefill(Method::POST, "/invoices").json(&body)).await;
    assert_eq!(status, 200, "{created}");
    created["data"].clone()
}

fn paid_card(product: &str) -> Value {
    json!({"products": [{"product_id": product, "value": 10}], "auto_pay": true})
}

async fn get(apis: &Apis, path: &str) -> (u16, Value) {
    Apis::json(apis.bitrefill(Method::GET, path)).await
}

/// Follows `_next` from `first`, returning every row.
async fn every_page(apis: &Apis, first: &str) -> (Vec<Value>, usize) {
    let (mut rows, mut pages, mut next) = (Vec::new(), 0, Some(first.to_owned()));
    while let Some(url) = next {
        let (status, page) = get(apis, &url).await;
        assert_eq!(status, 200, "{page}");
        assert!(page["meta"]["limit"].is_u64() && page["meta"]["start"].is_u64());
        rows.extend(page["data"].as_array().unwrap().iter().cloned());
        next = page["meta"]["_next"].as_str().map(str::to_owned);
        pages += 1;
    }
    (rows, pages)
}

async fn delivered_order(apis: &Apis, invoice_id: &str) -> Value {
    eventually(Duration::from_secs(10), || async {
        let (_, now) = get(apis, &format!("/invoices/{invoice_id}")).await;
        let order = now["data"]["orders"][0].clone();
        (order["status"] != "created").then_some(order)
    })
    .await
}

#[tokio::test]
async fn live_listings_take_plain_times_hide_unpaid_and_page_honestly() {
    let apis = start(Dialect::Live).await;
    let before_all = listing_time(giftdesk_core::clock::now_ms() - 2_000);
    let mut paid = Vec::new();
    for _ in 0..5 {
        paid.push(invoice(&apis, paid_card("test-gift-card-code")).await["id"].as_str().unwrap().to_owned());
    }
    let unpaid =
        invoice(&apis, json!({"products": [{"product_id": "test-gift-card-code", "value": 10}]})).await;
    let after_all = listing_time(giftdesk_core::clock::now_ms() + 2_000);
    let window = format!("after={}&before={}", before_all.replace(' ', "%20"), after_all.replace(' ', "%20"));

    let (rows, pages) = every_page(&apis, &format!("/invoices?limit=2&{window}")).await;
    assert_eq!(pages, 3, "five paid invoices, two a page");
    let mut ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    ids.sort_unstable();
    let mut expected: Vec<&str> = paid.iter().map(String::as_str).collect();
    expected.sort_unstable();
    assert_eq!(ids, expected, "every paid invoice once, the unpaid one hidden");
    for row in &rows {
        assert!(row.get("orders").is_none(), "listed invoices carry no orders: {row}");
        for field in ["id", "created_time", "status", "user", "payment"] {
            assert!(!row[field].is_null(), "{field} in {row}");
        }
    }
    let (_, all) = get(&apis, &format!("/invoices?only_paid=false&include_orders=true&{window}")).await;
    let listed = all["data"].as_array().unwrap();
    assert_eq!(listed.len(), 6);
    assert!(listed.iter().any(|r| r["id"] == unpaid["id"]));
    assert!(listed.iter().all(|r| r["orders"].is_array()));

    let (status, error) = get(&apis, "/invoices?after=2026-01-01T00:00:00Z").await;
    assert_eq!((status, error["error_code"].as_str()), (400, Some("invalid_param")), "{error}");
    let (status, _) = get(&apis, "/invoices?limit=51").await;
    assert_eq!(status, 400);

    let (orders, _) = every_page(&apis, &format!("/orders?limit=4&{window}")).await;
    assert_eq!(orders.len(), 6, "orders list whatever their invoice's payment");
    let order = &orders[0];
    for field in ["id", "status", "product", "created_time", "invoice"] {
        assert!(!order[field].is_null(), "{field} in {order}");
    }
    assert!(order["invoice"]["id"].is_string() && order.get("redemption_info").is_none(), "{order}");
}

#[tokio::test]
async fn docs_listings_take_iso_times_and_show_everything_with_orders() {
    let apis = start(Dialect::Docs).await;
    invoice(&apis, paid_card("test-gift-card-code")).await;
    invoice(&apis, json!({"products": [{"product_id": "test-gift-card-code", "value": 10}]})).await;
    let iso = giftdesk_core::clock::iso(giftdesk_core::clock::now_ms() - 60_000);
    let (status, list) = get(&apis, &format!("/invoices?after={iso}")).await;
    assert_eq!(status, 200, "{list}");
    let rows = list["data"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "unpaid invoices are listed too");
    assert!(rows.iter().all(|r| r["orders"].as_array().is_some_and(|o| o.len() == 1)));
    let plain = listing_time(giftdesk_core::clock::now_ms() - 60_000).replace(' ', "%20");
    assert_eq!(get(&apis, &format!("/invoices?after={plain}")).await.0, 200, "both forms");
}

#[tokio::test]
async fn invoice_status_and_denial_in_each_dialect() {
    for dialect in [Dialect::Docs, Dialect::Live] {
        let apis = start(dialect).await;
        let body = json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25"}]});
        let created = invoice(&apis, body.clone()).await;
        let time = created["created_time"].as_str().unwrap();
        match dialect {
            Dialect::Docs => {
                assert_eq!(created["status"], "unpaid");
                assert!(created["payment"].get("status").is_none(), "{created}");
                assert!(time.ends_with('Z'), "{time}");
            }
            Dialect::Live => {
                assert_eq!(
                    (created["status"].as_str(), created["payment"]["status"].as_str()),
                    (Some("not_delivered"), Some("unpaid"))
                );
                assert!(time.ends_with("+01:00"), "{time}");
            }
        }
        let (_, balance) = get(&apis, "/accounts/balance").await;
        apis.control(Method::POST, "/outcome", json!({"id": created["id"], "outcome": "denied"})).await;
        let id = created["id"].as_str().unwrap();
        let (status, _) = Apis::json(apis.bitrefill(Method::POST, &format!("/invoices/{id}/pay"))).await;
        assert_eq!(status, 200);
        let (_, denied) = get(&apis, &format!("/invoices/{id}")).await;
        let denied = &denied["data"];
        match dialect {
            Dialect::Docs => assert_eq!(denied["status"], "denied", "{denied}"),
            Dialect::Live => {
                assert_eq!(
                    (denied["status"].as_str(), denied["payment"]["status"].as_str()),
                    (Some("all_error"), Some("payment_error"))
                );
            }
        }
        assert_eq!(denied["orders"][0]["status"], "created", "the orders never move");
        assert!(denied["completed_time"].is_string());
        let (_, after) = get(&apis, "/accounts/balance").await;
        assert_eq!(after["data"]["balance"], balance["data"]["balance"], "a refused payment is returned");

        let done = invoice(&apis, paid_card("test-gift-card-code")).await;
        let id = done["id"].as_str().unwrap().to_owned();
        let end = eventually(Duration::from_secs(10), || async {
            let (_, now) = get(&apis, &format!("/invoices/{id}")).await;
            (now["data"]["status"] == "complete" || now["data"]["status"] == "all_delivered").then_some(now)
        })
        .await;
        let expected = if dialect == Dialect::Docs { "complete" } else { "all_delivered" };
        assert_eq!(end["data"]["status"], expected);
    }
}

#[tokio::test]
async fn codes_are_sealed_live_and_in_redemption_info_in_the_docs() {
    for dialect in [Dialect::Docs, Dialect::Live] {
        let apis = start(dialect).await;
        let card = invoice(&apis, paid_card("test-gift-card-code")).await;
        let order = delivered_order(&apis, card["id"].as_str().unwrap()).await;
        let id = order["id"].as_str().unwrap();
        let (_, plain) = get(&apis, &format!("/orders/{id}")).await;
        let info = &plain["data"]["redemption_info"];
        match dialect {
            Dialect::Docs => assert!(info["code"].is_string(), "{plain}"),
            Dialect::Live => {
                assert!(info.get("code").is_none() && info.get("pin").is_none(), "{plain}");
                assert!(info["instructions"].is_string(), "instructions stay: {plain}");
            }
        }
        let (status, unsealed) = get(&apis, &format!("/orders/{id}/unseal")).await;
        assert_eq!(status, 200);
        let data = &unsealed["data"];
        for field in ["code", "pin", "pin_code", "link", "phone_number"] {
            assert!(data.get(field).is_some(), "{field} in {data}");
        }
        assert!(data["code"].is_string() && data["redemption_info"]["code"] == data["code"], "{data}");

        let body = json!({"products": [{"product_id": "test-phone-refill", "package_id": "test-phone-refill<&>10", "phone_number": "+14155550123"}], "auto_pay": true});
        let refill = invoice(&apis, body).await;
        let order = delivered_order(&apis, refill["id"].as_str().unwrap()).await;
        let (_, top_up) = get(&apis, &format!("/orders/{}", order["id"].as_str().unwrap())).await;
        assert_eq!(top_up["data"]["phone_number"], "+14155550123");
        assert!(top_up["data"]["redemption_info"].get("code").is_none(), "{top_up}");

        let failing = invoice(&apis, paid_card("test-gift-card-code-fail")).await;
        let order = delivered_order(&apis, failing["id"].as_str().unwrap()).await;
        assert_eq!(order["status"], "permanent_failure");
        let (_, failed) = get(&apis, &format!("/orders/{}", order["id"].as_str().unwrap())).await;
        let refund = &failed["data"]["refund"];
        assert!(refund["amount"].is_u64() && refund["currency"] == "USD", "{failed}");
    }
}

#[tokio::test]
async fn the_recipient_email_is_the_top_level_one() {
    let apis = start(Dialect::Live).await;
    let body = json!({"email": EMAIL, "products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25", "email": "item@example.com", "send_email": true}]});
    let created = invoice(&apis, body.clone()).await;
    assert_eq!(created["user"]["email"], EMAIL);
    let id = created["id"].as_str().unwrap();
    let record: Value =
        apis.control(Method::GET, &format!("/invoices/{id}"), json!({})).await.json().await.unwrap();
    assert_eq!(record["email"], EMAIL);
    assert_eq!(record["request"], body, "the body as received");
    let missing = apis.control(Method::GET, "/invoices/nope", json!({})).await;
    assert_eq!(missing.status(), 404);
    for body in [
        json!({"email": "x@create-fail.test", "products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25"}]}),
        json!({"products": [{"product_id": "amazon-us", "package_id": "amazon-us<&>25", "email": "x@create-fail.test"}]}),
    ] {
        let (status, error) = Apis::json(apis.bitrefill(Method::POST, "/invoices").json(&body)).await;
        assert_eq!((status, error["error_code"].as_str()), (500, Some("create_invoice_failed")));
    }
}

#[tokio::test]
async fn crypto_payment_details_in_each_dialect() {
    let item = json!([{"product_id": "amazon-us", "package_id": "amazon-us<&>50"}]);
    let live = start(Dialect::Live).await;
    let usdc =
        invoice(&live, json!({"products": item, "payment_method": "usdc_base", "refund_address": "0xabc"}))
            .await;
    let payment = &usdc["payment"];
    let address = payment["address"].as_str().unwrap();
    let contract = payment["contractAddress"].as_str().unwrap();
    let uri = payment["paymentUri"].as_str().unwrap();
    assert_eq!(
        uri,
        format!("ethereum:{contract}@8453/transfer?address={address}&uint256={}", payment["price"])
    );
    assert!(payment["price"].is_u64(), "integer minor units");
    let btc =
        invoice(&live, json!({"products": item, "payment_method": "bitcoin", "refund_address": "bc1qx"}))
            .await;
    assert!(btc["payment"]["paymentUri"]
        .as_str()
        .unwrap()
        .starts_with(&format!("bitcoin:{}?amount=0.", btc["payment"]["address"].as_str().unwrap())));
    let lightning = invoice(&live, json!({"products": item, "payment_method": "lightning"})).await;
    assert!(lightning["payment"]["lightningInvoice"].as_str().unwrap().starts_with("lnbc"), "{lightning}");
    let usdt =
        invoice(&live, json!({"products": item, "payment_method": "usdt_erc20", "refund_address": "0xabc"}))
            .await;
    assert!(usdt["payment"]["paymentUri"]
        .as_str()
        .unwrap()
        .starts_with("ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7@1/transfer?"));

    let docs = start(Dialect::Docs).await;
    let btc =
        invoice(&docs, json!({"products": item, "payment_method": "bitcoin", "refund_address": "bc1qx"}))
            .await;
    let payment = &btc["payment"];
    assert!(
        payment["price"].is_f64() && payment["price"].as_f64().unwrap() < 1.0,
        "a decimal coin amount: {payment}"
    );
    assert!(
        payment["address"].is_string()
            && payment.get("paymentUri").is_none()
            && payment.get("contractAddress").is_none()
    );
    let lightning = invoice(&docs, json!({"products": item, "payment_method": "lightning"})).await;
    assert!(
        lightning["payment"]["address"].as_str().unwrap().starts_with("lnbc"),
        "no refund address needed"
    );
}

async fn products_page(apis: &Apis, key: &str) -> reqwest::Response {
    apis.http
        .get(format!("{}/products?limit=50", apis.sandbox.urls.bitrefill))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
}

async fn state(apis: &Apis) -> Value {
    apis.control(Method::GET, "/state", json!({})).await.json().await.unwrap()
}

#[tokio::test]
async fn bitrefill_limits_are_per_account_and_live_counts_products() {
    for dialect in [Dialect::Docs, Dialect::Live] {
        let apis = Apis::start(SandboxOptions { dialect, rate_limit_scale: 1.0, ..fast_options() }).await;
        let other_process = reqwest::Client::builder().user_agent("giftdesk-cron").build().unwrap();
        for _ in 0..20 {
            assert_eq!(products_page(&apis, "sandbox-key").await.status(), 200);
        }
        let twenty_first = products_page(&apis, "sandbox-key").await;
        match dialect {
            // 20 requests of the 60 a minute.
            Dialect::Docs => assert_eq!(twenty_first.status(), 200),
            // 20 pages of 50: the hour's 1,000 products are spent.
            Dialect::Live => {
                assert_eq!(twenty_first.status(), 429);
                assert!(twenty_first.headers().contains_key("retry-after"));
            }
        }
        // Another client of the same account shares the window; another account has its own.
        let same = other_process
            .get(format!("{}/ping", apis.sandbox.urls.bitrefill))
            .bearer_auth("sandbox-key")
            .send()
            .await
            .unwrap();
        assert_eq!(same.status(), 200);
        let same_again = other_process
            .get(format!("{}/ping", apis.sandbox.urls.bitrefill))
            .bearer_auth("sandbox-key")
            .send()
            .await
            .unwrap();
        assert_eq!(same_again.status(), 429, "one ping per 3 s for the account, whichever client");
        let business = other_process
            .get(format!("{}/ping", apis.sandbox.urls.bitrefill))
            .basic_auth("sandbox-id", Some("sandbox-secret"))
            .send()
            .await
            .unwrap();
        assert_eq!(business.status(), 200, "another account");
        let expected = if dialect == Dialect::Live { 2 } else { 1 };
        assert_eq!(state(&apis).await["throttled"], json!({"bitrefill": expected, "cryptorefills": 0}));
        assert_eq!(state(&apis).await["dialect"], dialect.as_str());
    }
}

#[tokio::test]
async fn cryptorefills_limits_partners_in_the_live_dialect_only() {
    for dialect in [Dialect::Docs, Dialect::Live] {
        let apis = Apis::start(SandboxOptions { dialect, rate_limit_scale: 1.0, ..fast_options() }).await;
        let first = apis.cryptorefills(Method::GET, "/v3/payment_vias").send().await.unwrap();
        assert_eq!(first.headers().contains_key("x-ratelimit-limit"), dialect == Dialect::Live);
        if dialect == Dialect::Live {
            assert_eq!(first.headers()["x-ratelimit-limit"], "120");
            assert_eq!(first.headers()["x-ratelimit-remaining"], "119");
        }
        let mut refused = None;
        for _ in 0..120 {
            let response = apis.cryptorefills(Method::GET, "/v3/payment_vias").send().await.unwrap();
            if response.status() == 429 {
                refused = Some(response);
                break;
            }
        }
        match (dialect, refused) {
            (Dialect::Docs, refused) => assert!(refused.is_none()),
            (Dialect::Live, refused) => {
                let refused = refused.expect("the 121st request in a minute is refused");
                assert!(refused.headers().contains_key("retry-after"));
                let other = apis
                    .http
                    .get(format!("{}/v3/payment_vias", apis.sandbox.urls.cryptorefills))
                    .header("X-Cr-Application", "another-partner")
                    .header("X-Cr-Version", "giftdesk-tests")
                    .header("X-Forwarded-For", "127.0.0.1")
                    .send()
                    .await
                    .unwrap();
                assert_eq!(other.status(), 200, "another partner ID, another budget");
                assert_eq!(state(&apis).await["throttled"]["cryptorefills"], 1);
            }
        }
    }
}

/// Every brand of a `/v2/brands` answer, wherever the dialect put them.
fn brands_of(answer: &Value) -> Vec<Value> {
    let nested = answer["categories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["brands"].as_array().unwrap().iter().cloned());
    answer["all_brands"].as_array().cloned().unwrap_or_else(|| nested.collect())
}

#[tokio::test]
async fn brand_envelopes_differ_by_dialect() {
    let live = start(Dialect::Live).await;
    let (_, us) = Apis::json(live.cryptorefills(Method::GET, "/v2/brands?country_code=US")).await;
    assert!(us["all_brands"].as_array().is_some_and(|a| a.len() > 5), "{us}");
    let categories = us["categories"].as_array().unwrap();
    assert!(
        !categories.is_empty()
            && categories.iter().all(|c| c["brands"] == json!([]) && c["category"].is_string())
    );
    let (_, ca) = Apis::json(live.cryptorefills(Method::GET, "/v2/brands?country_code=CA")).await;
    assert!(
        ca["all_brands"].is_array()
            && ca["categories"][0]["brands"].as_array().is_some_and(|b| !b.is_empty()),
        "both envelopes"
    );

    let docs = start(Dialect::Docs).await;
    let (_, us) = Apis::json(docs.cryptorefills(Method::GET, "/v2/brands?country_code=US")).await;
    assert!(us.get("all_brands").is_none());
    let brands = brands_of(&us);
    let claro: Vec<&Value> = brands.iter().filter(|b| b["family"] == "claro").collect();
    assert_eq!(claro.len(), 2, "one family, two brands");
    assert!(
        claro.iter().any(|b| b["brand"] == "Claro Credits")
            && claro.iter().any(|b| b["brand"] == "Claro Data")
    );
}

fn order(brand: &str, beneficiary: &str, denomination: &str, coin: &str, network: &str) -> Value {
    json!({"email": EMAIL, "payment": {"type": "via", "payment_via": "USER_WALLET", "coin": coin, "network": network},
           "deliveries": [{"beneficiary_account": beneficiary, "brand_name": brand, "country_code": "US", "denomination": denomination}]})
}

#[tokio::test]
async fn only_exact_brand_names_are_sold() {
    for dialect in [Dialect::Docs, Dialect::Live] {
        let apis = start(dialect).await;
        let (_, family) =
            Apis::json(apis.cryptorefills(Method::GET, "/v5/products/country/US?family_name=claro")).await;
        let names: Vec<&str> =
            family.as_array().unwrap().iter().map(|f| f["brand"].as_str().unwrap()).collect();
        assert_eq!(names, ["Claro Credits", "Claro Data"]);
        assert!(family.as_array().unwrap().iter().all(|f| f["family"] == "claro"));
        for wrong in ["claro", "Claro", "claro credits", "airbnb"] {
            let body = order(wrong, "+14155550123", "10 USD", "USDC", "Solana");
            let (status, checked) =
                Apis::json(apis.cryptorefills(Method::POST, "/v5/orders/validations").json(&body)).await;
            assert_eq!(status, 200);
            assert_eq!(checked["problems"][0]["problem"], "NOT_AVAILABLE_PRODUCT", "{wrong}: {checked}");
            let (status, _) = Apis::json(apis.cryptorefills(Method::POST, "/v5/orders").json(&body)).await;
            assert_eq!(status, 400, "{wrong}");
        }
        let body = order("Claro Credits", "+14155550123", "10 USD", "USDC", "Solana");
        let (status, created) = Apis::json(apis.cryptorefills(Method::POST, "/v5/orders").json(&body)).await;
        assert_eq!(status, 200, "{created}");
        let deliverable = &created["deliveries"][0]["deliverable"];
        assert_eq!(
            (deliverable["family"].as_str(), deliverable["brand_name"].as_str()),
            (Some("claro"), Some("Claro Credits"))
        );
    }
}

async fn done(apis: &Apis, body: Value) -> Value {
    let created = create_order(apis, body).await;
    let id = created["order_id"].as_str().unwrap().to_owned();
    apis.control(Method::POST, &format!("/pay/{id}"), json!({})).await;
    eventually(Duration::from_secs(10), || async {
        let (_, now) = Apis::json(apis.cryptorefills(Method::GET, &format!("/v5/orders/{id}"))).await;
        (now["order_state"] == "Done").then_some(now)
    })
    .await
}

#[tokio::test]
async fn deliverables_in_each_dialect() {
    for dialect in [Dialect::Docs, Dialect::Live] {
        let apis = start(dialect).await;
        let live = dialect == Dialect::Live;
        let esim = done(&apis, order("eSIM", EMAIL, "1 GB 7 days", "USDC", "Solana")).await;
        let delivery = &esim["deliveries"][0];
        assert_eq!(delivery["delivery_state"], if live { "Completed" } else { "Done" });
        let deliverable = &delivery["deliverable"];
        let url = deliverable["qr_image_url"].as_str().unwrap();
        assert!(url.starts_with(&apis.sandbox.urls.cryptorefills), "{url}");
        assert!(deliverable.get("pin_code").is_none());
        assert_eq!(deliverable.get("activation_code").is_none(), live, "{deliverable}");
        if !live {
            assert!(deliverable["activation_code"]
                .as_str()
                .unwrap()
                .starts_with("LPA:1$smdp.sandbox.example$"));
        }
        let image = apis.http.get(url).send().await.unwrap();
        assert_eq!(image.headers()["content-type"], "image/png");
        assert!(image.bytes().await.unwrap().starts_with(b"\x89PNG\r\n\x1a\n"));

        let card = done(&apis, order("Corner Market", EMAIL, "25 USD", "USDC", "Solana")).await;
        let deliverable = &card["deliveries"][0]["deliverable"];
        assert_eq!(deliverable.get("pin_code").is_none(), live, "barcode only, live: {deliverable}");
        let barcode = apis.http.get(deliverable["barcode_image_url"].as_str().unwrap()).send().await.unwrap();
        assert_eq!(barcode.status(), 200);

        let top_up = done(&apis, order("Claro Data", "+14155550123", "15 USD", "USDC", "Solana")).await;
        let delivery = &top_up["deliveries"][0];
        assert_eq!(delivery["delivery_state"], if live { "Succeeded" } else { "Done" });
        assert!(delivery["deliverable"]["operator_reference"].is_string());
        assert!(delivery["deliverable"].get("pin_code").is_none());
    }
}

async fn create_order(apis: &Apis, body: Value) -> Value {
    let (status, created) = Apis::json(apis.cryptorefills(Method::POST, "/v5/orders").json(&body)).await;
    assert_eq!(status, 200, "{created}");
    created
}

async fn state_of(apis: &Apis, order: &Value) -> Value {
    let path = format!("/v5/orders/{}", order["order_id"].as_str().unwrap());
    Apis::json(apis.cryptorefills(Method::GET, &path)).await.1["order_state"].clone()
}

#[tokio::test]
async fn payment_windows_and_created_at_by_dialect() {
    for dialect in [Dialect::Docs, Dialect::Live] {
        // 0.001: 15 minutes last 0.9 s, 30 minutes 1.8 s, 60 minutes 3.6 s.
        let apis = Apis::start(SandboxOptions { dialect, time_scale: 0.001, ..fast_options() }).await;
        let lightning = create_order(&apis, order("Airbnb", EMAIL, "100 USD", "BTC", "Lightning")).await;
        let chain = create_order(&apis, order("Airbnb", EMAIL, "100 USD", "USDC", "Solana")).await;
        match dialect {
            Dialect::Live => {
                assert!(lightning.get("wallet_address").is_none(), "{lightning}");
                assert!(lightning["payment_details"]["invoice"].as_str().unwrap().starts_with("lnbc"));
                assert!(chain["created_at"].is_string());
            }
            Dialect::Docs => {
                assert!(lightning["wallet_address"].as_str().unwrap().starts_with("lnbc"));
                assert!(lightning.get("payment_details").is_none());
                assert!(chain["created_at"].is_u64());
            }
        }
        tokio::time::sleep(Duration::from_millis(1_300)).await;
        let lightning_expired = state_of(&apis, &lightning).await == "Expired";
        assert_eq!(lightning_expired, dialect == Dialect::Live, "15 minutes live, 30 in the docs");
        tokio::time::sleep(Duration::from_millis(1_200)).await;
        let chain_expired = state_of(&apis, &chain).await == "Expired";
        assert_eq!(chain_expired, dialect == Dialect::Docs, "60 minutes on chain live, 30 in the docs");
    }
}
