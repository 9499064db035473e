//! The sandbox's Cryptorefills API over real HTTP: the seed's requests, the live shapes, every problem,
//! orders moving over the stream to `stop`, faults on the stream, expiry and logos.

use giftdesk_sandbox::testing::apis::{fast_options, Apis};
use reqwest::Method;
use serde_json::{json, Value};

const EMAIL: &str = "buyer@example.com";

fn order_body(deliveries: Value) -> Value {
    let mut body = json!({"email": EMAIL, "payment": {"type": "via", "payment_via": "USER_WALLET", "coin": "USDC", "network": "Solana"}, "lang": "en"});
    body["deliveries"] = deliveries;
    body
}

/// Every brand of a `/v2/brands` answer, from `all_brands` (live) or `categories[].brands` (docs).
fn brand_list(answer: &Value) -> Vec<Value> {
    match answer["all_brands"].as_array() {
        Some(all) => all.clone(),
        None => answer["categories"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["brands"].as_array().unwrap().iter().cloned())
            .collect(),
    }
}

fn airbnb(beneficiary: &str) -> Value {
    json!({"beneficiary_account": beneficiary, "brand_name": "Airbnb", "country_code": "US", "denomination": "100 USD"})
}

#[tokio::test]
async fn the_seed_requests_are_accepted_as_written() {
    let apis = Apis::start(fast_options()).await;
    let (status, vias) = Apis::json(apis.cryptorefills(Method::GET, "/v3/payment_vias")).await;
    assert_eq!(status, 200);
    let wallet = &vias[0];
    assert_eq!(wallet["name"], "USER_WALLET");
    let usdc = &wallet["currencies"][0];
    assert_eq!(usdc["name"], "USDC");
    let solana = &usdc["networks"][0];
    assert_eq!((solana["name"].as_str(), solana["is_suspended"].as_bool()), (Some("Solana"), Some(false)));
    assert_eq!(solana["smart_contract"]["decimals"], 6);

    for path in [
        "/v2/brands?country_code=US",
        "/v2/homepage?country_code=US",
        "/v5/products/country/US?family_name=airbnb&coin=USDC&lang=en",
        "/v4/products/price?brand_name=Airbnb&country_code=US&face_value=100&coin=USDC",
    ] {
        let (status, body) = Apis::json(apis.cryptorefills(Method::GET, path)).await;
        assert_eq!(status, 200, "{path}: {body}");
    }
    let validation = json!({"email": EMAIL, "payment": {"type": "via", "payment_via": "USER_WALLET", "coin": "USDC"},
                            "deliveries": [airbnb(EMAIL)], "lang": "en"});
    let (status, checked) =
        Apis::json(apis.cryptorefills(Method::POST, "/v5/orders/validations").json(&validation)).await;
    assert_eq!(status, 200);
    assert!(checked["problems"].is_null(), "{checked}");
    assert_eq!(checked["coin_amount"], "99.12");

    let create = json!({"deliveries": [airbnb(EMAIL)], "payment": {"type": "via", "coin": "USDC", "network": "Solana", "payment_via": "USER_WALLET"},
                        "user": {"email": EMAIL, "has_accepted_newsletter": true}, "lang": "en", "acquisition": {"utm_source": "your_platform"}});
    let (status, order) = Apis::json(apis.cryptorefills(Method::POST, "/v5/orders").json(&create)).await;
    assert_eq!(status, 200, "{order}");
    let range = json!({"payment": {"payment_via": "USER_WALLET", "coin": "USDC", "type": "via", "network": "POLYGON (MATIC)"},
                       "deliveries": [{"beneficiary_account": EMAIL, "brand_name": "Everything Apple", "country_code": "US", "denomination": "range", "product_value": 12}],
                       "lang": "en"});
    let (status, ranged) = Apis::json(apis.cryptorefills(Method::POST, "/v5/orders").json(&range)).await;
    assert_eq!(status, 200, "{ranged}");
    assert_eq!(ranged["network"], "Polygon (Matic)");
    assert_eq!(ranged["deliveries"][0]["deliverable"]["denomination"], "12 USD");
    let (status, polled) = Apis::json(
        apis.cryptorefills(Method::GET, &format!("/v5/orders/{}", order["order_id"].as_str().unwrap())),
    )
    .await;
    assert_eq!((status, &polled["order_id"]), (200, &order["order_id"]));
    let (status, missing) = Apis::json(apis.cryptorefills(Method::GET, "/v5/orders/ord_abc123xyz")).await;
    assert_eq!((status, missing["detail"].as_str()), (404, Some("ORDER_NOT_FOUND")));
}

#[tokio::test]
async fn shapes_match_the_notes() {
    let apis = Apis::start(fast_options()).await;
    let (_, brands) = Apis::json(apis.cryptorefills(Method::GET, "/v2/brands?country_code=US")).await;
    assert_eq!(brands["country_code"], "US");
    assert!(brands["suggestions"].is_array() && brands["last_user_purchases"].is_array());
    let all = brand_list(&brands);
    let brand = all.iter().find(|b| b["brand"] == "Airbnb").unwrap();
    assert_eq!(brand["family"], "airbnb", "the family is a slug, the brand the exact name");
    for field in [
        "family",
        "brand_id",
        "brand",
        "logo_url",
        "logo_base_url",
        "bg_color",
        "min",
        "max",
        "category",
        "country_code",
        "kind",
        "product_type",
    ] {
        assert!(brand[field].is_string(), "{field}: {brand}");
    }
    assert_eq!(brand["min"], "$25");
    assert!(all.iter().any(|b| b["kind"] == "mobile_recharge" && b["category"] == "e-sim"));

    let (_, families) =
        Apis::json(apis.cryptorefills(Method::GET, "/v5/products/country/US?family_name=airbnb&coin=USDC"))
            .await;
    let family = &families[0];
    assert_eq!((family["family"].as_str(), family["brand"].as_str()), (Some("airbnb"), Some("Airbnb")));
    assert!(family["rich_description"]["how_to_redeem"].is_string());
    let fixed = &family["products"][0];
    assert_eq!(
        (
            fixed["is_dynamic"].as_bool(),
            fixed["denomination"].as_str(),
            fixed["localized_denomination"].as_str()
        ),
        (Some(false), Some("100 USD"), Some("$100"))
    );
    assert_eq!(fixed["coin_amount"], "99.12", "amounts are decimal strings");
    let dynamic = &family["products"][1];
    assert_eq!(dynamic["range"]["step_size"], 1.0);
    assert_eq!(dynamic["face_value"]["amount"]["type"], "range");
    let (_, esims) =
        Apis::json(apis.cryptorefills(Method::GET, "/v5/products/country/FR?family_name=eSIM")).await;
    assert!(esims[0]["products"][0]["benefits"].is_array());

    let (_, price) = Apis::json(apis.cryptorefills(
        Method::GET,
        "/v4/products/price?brand_name=Airbnb&country_code=US&face_value=120&coin=BTC",
    ))
    .await;
    assert_eq!(price["is_dynamic"], true);
    assert!(price["coin_amount"].as_str().unwrap().starts_with("0.00"));

    let (_, order) =
        Apis::json(apis.cryptorefills(Method::POST, "/v5/orders").json(&order_body(json!([airbnb(EMAIL)]))))
            .await;
    for field in
        ["order_id", "created_at", "wallet_address", "coin_amount", "qr_text", "payment_state", "order_state"]
    {
        assert!(order[field].is_string(), "{field}: {order}");
    }
    assert_eq!(
        (order["payment_state"].as_str(), order["order_state"].as_str()),
        (Some("WalletCreated"), Some("WaitingForPayment"))
    );
    assert!(order["qr_text"].as_str().unwrap().starts_with("solana:"));
    assert_eq!(order["deliveries"][0]["deliverable"]["beneficiary_account"], EMAIL);

    let stellar = json!({"email": EMAIL, "payment": {"type": "via", "payment_via": "USER_WALLET", "coin": "USDC", "network": "Stellar"}, "deliveries": [airbnb(EMAIL)]});
    let (_, memo) = Apis::json(apis.cryptorefills(Method::POST, "/v5/orders").json(&stellar)).await;
    assert!(memo["memo"].is_string(), "some chains carry a memo: {memo}");

    for (code, _) in [("AX", ""), ("ZM", ""), ("US", "")] {
        let (status, country) =
            Apis::json(apis.cryptorefills(Method::GET, &format!("/v2/brands?country_code={code}"))).await;
        assert_eq!(status, 200);
        assert!(!country["categories"].as_array().unwrap().is_empty(), "{code} has brands");
    }
}

#[tokio::test]
async fn headers_and_filters_are_required() {
    let apis = Apis::start(fast_options()).await;
    let bare =
        apis.http.get(format!("{}/v3/payment_vias", apis.sandbox.urls.cryptorefills)).send().await.unwrap();
    assert_eq!(bare.status(), 400);
    let body: Value = bare.json().await.unwrap();
    assert_eq!(body["status"], 400);
    assert!(body["detail"].as_str().unwrap().contains("X-Cr-Application"), "{body}");
    let older = apis
        .http
        .get(format!("{}/v3/payment_vias", apis.sandbox.urls.cryptorefills))
        .header("X-Cr-Application", "p")
        .header("X-Country-ISO-Code", "US")
        .send()
        .await
        .unwrap();
    assert_eq!(older.status(), 200, "the older header set is accepted");
    let (status, _) = Apis::json(apis.cryptorefills(Method::GET, "/v5/products/country/US")).await;
    assert_eq!(status, 400, "products need a filter");
}

async fn problems_of(apis: &Apis, body: Value) -> Vec<String> {
    let (status, answer) =
        Apis::json(apis.cryptorefills(Method::POST, "/v5/orders/validations").json(&body)).await;
    assert_eq!(status, 200, "problems come in a 200: {answer}");
    answer["problems"]
        .as_array()
        .map(|p| p.iter().map(|p| p["problem"].as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn every_problem_code_has_a_rule_that_provokes_it() {
    let apis = Apis::start(fast_options()).await;
    let with = |email: &str, promo: Option<&str>| {
        let mut body = order_body(json!([airbnb(EMAIL)]));
        body["email"] = json!(email);
        if let Some(code) = promo {
            body["promo_code"] = json!(code);
        }
        body
    };
    let family = |name: &str, country: &str| json!({"beneficiary_account": EMAIL, "brand_name": name, "country_code": country, "denomination": "range", "product_value": 30});
    let (_, brands) = Apis::json(apis.cryptorefills(Method::GET, "/v2/brands?country_code=US")).await;
    let names: Vec<String> =
        brand_list(&brands).iter().map(|b| b["brand"].as_str().unwrap().to_owned()).collect();
    let find = |suffix: &str| names.iter().find(|n| n.ends_with(suffix)).unwrap().clone();
    let (_, fr) = Apis::json(apis.cryptorefills(Method::GET, "/v2/brands?country_code=FR")).await;
    let french_only = brand_list(&fr)
        .iter()
        .map(|b| b["brand"].as_str().unwrap().to_owned())
        .find(|n| !names.contains(n))
        .unwrap();
    let mut ten = vec![airbnb(EMAIL); 11];
    ten.truncate(11);
    let mut big = vec![
        json!({"beneficiary_account": EMAIL, "brand_name": "Airbnb", "country_code": "US", "denomination": "range", "product_value": 500});
        10
    ];
    big.push(airbnb(EMAIL));
    let cases: Vec<(Value, &str)> = vec![
        (with("daily-limit@example.com", None), "DAILY_SPENDING_LIMIT_EXCEEDED"),
        (with("monthly-limit@example.com", None), "MONTHLY_SPENDING_LIMIT_EXCEEDED"),
        (with("kyc-missing@example.com", None), "KYC_MISSING"),
        (with("kyc-pending@example.com", None), "KYC_PENDING"),
        (with("verify@example.com", None), "VERIFICATION_REQUIRED"),
        (with("someone@disposable.test", None), "INVALID_EMAIL_DOMAIN"),
        (with(EMAIL, Some("MEMBERS")), "COUPON_REQUIRES_LOGIN"),
        (with(EMAIL, Some("NOPE")), "COUPON_NOT_FOUND"),
        (order_body(json!(ten)), "PRODUCT_COUNT_EXCEEDED"),
        (order_body(json!(big)), "MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED"),
        (
            order_body(json!([family("Airbnb", "US")
                .as_object()
                .map(|o| {
                    let mut o = o.clone();
                    o.insert("product_value".into(), json!(3));
                    o
                })
                .unwrap()])),
            "AMOUNT_LESS_THEN_MINIMUM_ALLOWED",
        ),
        (order_body(json!([family("No Such Brand", "US")])), "NOT_AVAILABLE_PRODUCT"),
        (order_body(json!([family(&french_only, "US")])), "PRODUCT_NOT_AVAILABLE"),
        (order_body(json!([family(&find(" Paused"), "US")])), "NOT_ACTIVE"),
        (
            order_body(json!([family(&find(" Limited"), "US"), family(&find(" Limited"), "US")])),
            "MULTIPLE_LIMITED_PRODUCT_SAME_ORDER",
        ),
        (order_body(json!([family("PayWallet US", "US")])), "LOGIN_REQUIRED"),
        (order_body(json!([airbnb("+14155551234")])), "INVALID_BENEFICIARY_ACCOUNT"),
        (
            json!({"email": EMAIL, "payment": {"type": "via", "payment_via": "GATE_PAY", "coin": "USDC"}, "deliveries": [airbnb(EMAIL)]}),
            "NOT_ALLOWED_PAYMENT_VIA",
        ),
        (
            json!({"email": EMAIL, "payment": {"type": "via", "payment_via": "USER_WALLET", "coin": "USDC", "network": "Lightning"}, "deliveries": [airbnb(EMAIL)]}),
            "UNSUPPORTED_PROTOCOL_COIN_COMBINATION",
        ),
        (
            json!({"email": EMAIL, "payment": {"type": "via", "payment_via": "USER_WALLET", "coin": "USDT", "network": "Tron"}, "deliveries": [airbnb(EMAIL)]}),
            "FULLNAME_MISSING",
        ),
    ];
    for (body, expected) in cases {
        let problems = problems_of(&apis, body.clone()).await;
        assert!(problems.iter().any(|p| p == expected), "{expected} not in {problems:?} for {body}");
    }
    for coupon in [
        "COUPON_NOT_ACTIVE",
        "COUPON_ALREADY_SPENT",
        "COUPON_MAX_USAGE_REACHED",
        "COUPON_EXPIRED",
        "COUPON_BELOW_MIN_AMOUNT",
        "COUPON_NOT_VALID_FOR_USER",
        "COUPON_NOT_VALID_FOR_CATEGORY",
        "COUPON_NOT_VALID_FOR_KIND",
        "COUPON_NOT_VALID_FOR_BRAND",
        "COUPON_NOT_VALID_FOR_COUNTRY",
        "COUPON_NOT_VALID_FOR_STORE",
    ] {
        assert_eq!(problems_of(&apis, with(EMAIL, Some(coupon))).await, vec![coupon.to_owned()]);
    }
    assert!(problems_of(&apis, with(EMAIL, Some("SANDBOX10"))).await.is_empty());
    let (_, details) = Apis::json(apis.cryptorefills(Method::POST, "/v5/orders/validations").json(&json!({"email": EMAIL,
        "payment": {"type": "via", "payment_via": "GATE_PAY", "coin": "USDC", "network": "Lightning"}, "deliveries": [airbnb(EMAIL)]}))).await;
    assert_eq!(details["problems"][0]["moreDetails"], json!(["USER_WALLET"]));
    assert!(details["problems"][1]["moreDetails"]
        .as_array()
        .unwrap()
        .contains(&json!({"coin": "USDC", "network": "Solana"})));

    apis.control(Method::POST, "/stock", json!({"id": "Airbnb", "in_stock": false})).await;
    assert_eq!(problems_of(&apis, order_body(json!([airbnb(EMAIL)]))).await, vec!["OUT_OF_STOCK".to_owned()]);

    let (status, error) = Apis::json(
        apis.cryptorefills(Method::POST, "/v5/orders")
            .json(&order_body(json!([family("PayWallet US", "US")]))),
    )
    .await;
    assert_eq!((status, error["detail"].as_str()), (422, Some("LOGIN_REQUIRED")));
    let suspended = |coin: &str, network: &str| json!({"email": EMAIL, "payment": {"type": "via", "payment_via": "USER_WALLET", "coin": coin, "network": network}, "deliveries": [airbnb(EMAIL)]});
    let (status, error) = Apis::json(
        apis.cryptorefills(Method::POST, "/v5/orders/validations").json(&suspended("DAI", "Mainnet")),
    )
    .await;
    assert_eq!((status, error["detail"].as_str()), (400, Some("SUSPENDED_COIN")));
    let (status, error) =
        Apis::json(apis.cryptorefills(Method::POST, "/v5/orders").json(&suspended("USDT", "Arbitrum"))).await;
    assert_eq!(
        (status, error["detail"].as_str(), error["moreDetails"]["network"].as_str()),
        (400, Some("SUSPENDED_NETWORK"), Some("Arbitrum"))
    );
}

#[tokio::test]
async fn logos_come_in_every_documented_variant() {
    let apis = Apis::start(fast_options()).await;
    let (_, brands) = Apis::json(apis.cryptorefills(Method::GET, "/v2/brands?country_code=US")).await;
    let base = brand_list(&brands)[0]["logo_base_url"].as_str().unwrap().to_owned();
    for (suffix, mime, size) in [
        (".webp", "image/webp", (1000, 636)),
        ("_500x318.webp", "image/webp", (500, 318)),
        ("_300x190.webp", "image/webp", (300, 190)),
        (".jpg", "image/jpeg", (1000, 636)),
        ("_500x318.jpg", "image/jpeg", (500, 318)),
        ("_300x190.jpg", "image/jpeg", (300, 190)),
    ] {
        let response = apis.http.get(format!("{base}{suffix}")).send().await.unwrap();
        assert_eq!(response.headers()["content-type"], mime, "{suffix}");
        let image = image::load_from_memory(&response.bytes().await.unwrap()).unwrap();
        assert_eq!((image.width(), image.height()), size, "{suffix}");
    }
    let bitrefill_logo = apis
        .http
        .get(format!("{}/primg/w720h432/amazon-us.webp", apis.sandbox.urls.bitrefill.trim_end_matches("/v2")))
        .send()
        .await
        .unwrap();
    assert_eq!(bitrefill_logo.status(), 200);
}
