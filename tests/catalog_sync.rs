//! The catalog end to end: headless `sync` and `search` against the sandbox, products that vanish marked
//! gone, a failing sync that keeps the old catalog, and tolerant paging and decoding.

pub mod common;

use std::process::Output;

use axum::routing::get;
use axum::Json;
use common::apis::{fast_options, Apis};
use common::verbs::{json_of, run};
use common::{assert_success, stdout_json, TestHome};
use giftdesk_core::catalog::{search, sync_bitrefill, Scope, SearchQuery};
use giftdesk_core::providers::bitrefill::BitrefillClient;
use giftdesk_core::secrets::{BitrefillCredentials, Sensitive};
use giftdesk_core::store::Store;
use giftdesk_sandbox::{Dialect, SandboxOptions};
use reqwest::Method;
use serde_json::{json, Value};

/// The sandbox with Bitrefill's documented rate limits on: its headers let a paced client go at full speed.
fn limited() -> SandboxOptions {
    SandboxOptions { rate_limit_scale: 1.0, ..fast_options() }
}

/// Runs a verb against `apis` (the process blocks; the sandbox keeps serving on the runtime).
async fn verb(home: &TestHome, apis: &Apis, args: &[&str]) -> Output {
    let mut command = home.giftdesk();
    command
        .args(args)
        .env("GIFTDESK_BITREFILL_URL", &apis.sandbox.urls.bitrefill)
        .env("GIFTDESK_BITREFILL_API_KEY", "sandbox-key");
    tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap()
}

async fn synced(home: &TestHome, apis: &Apis) -> Value {
    let output = verb(home, apis, &["sync", "--json"]).await;
    assert_success(&output);
    stdout_json(&output)["bitrefill"].clone()
}

#[tokio::test(flavor = "multi_thread")]
async fn headless_sync_and_search_against_the_sandbox() {
    let (home, apis) = (TestHome::new(), Apis::start(limited()).await);
    let report = synced(&home, &apis).await;
    assert_eq!(
        (report["added"].as_u64(), report["updated"].as_u64(), report["gone"].as_u64()),
        (Some(303), Some(0), Some(0))
    );
    assert_eq!(
        (report["requests"].as_u64(), report["throttled"].as_u64()),
        (Some(8), Some(0)),
        "balance + 7 pages"
    );
    assert!(report["seconds"].as_f64().unwrap() > 0.0);

    let found = stdout_json(&verb(&home, &apis, &["search", "amaz", "--json"]).await);
    let amazon = found
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "amazon-us")
        .expect("prefix search finds amazon-us");
    assert_eq!(
        (amazon["provider"].as_str(), amazon["country"].as_str(), amazon["currency"].as_str()),
        (Some("bitrefill"), Some("US"), Some("USD"))
    );
    let values: Vec<&str> =
        amazon["denominations"].as_array().unwrap().iter().map(|d| d["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["25", "50", "100"]);
    assert!(amazon["denominations"][1]["price"].is_u64());
    assert_eq!(amazon["in_stock"], true);

    let steam = stdout_json(&verb(&home, &apis, &["search", "ste", "--country", "de", "--json"]).await);
    let steam = steam.as_array().unwrap().iter().find(|p| p["id"] == "steam-de").expect("steam in DE");
    assert_eq!(steam["range"], json!({"min": "5", "max": "200", "step": "1"}));
    let elsewhere = stdout_json(&verb(&home, &apis, &["search", "steam", "--country", "US", "--json"]).await);
    assert!(elsewhere.as_array().unwrap().iter().all(|p| p["country"] == "US"));

    // Nothing changed: nothing added or updated. Then stock flips, and the next sync says so.
    assert_eq!(synced(&home, &apis).await["updated"], 0);
    apis.control(Method::POST, "/stock", json!({"id": "amazon-us", "in_stock": false})).await;
    let report = synced(&home, &apis).await;
    assert_eq!((report["added"].as_u64(), report["updated"].as_u64()), (Some(0), Some(1)));
    let found = stdout_json(&verb(&home, &apis, &["search", "amazon", "--json"]).await);
    assert_eq!(found[0]["in_stock"], false);

    let text = verb(&home, &apis, &["search", "amazon"]).await;
    assert!(String::from_utf8_lossy(&text.stdout).contains("(out of stock)"));
    let bad = verb(&home, &apis, &["search", "x", "--country", "USA"]).await;
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("two-letter"));
}

#[tokio::test(flavor = "multi_thread")]
async fn products_that_vanish_are_marked_gone_not_deleted() {
    let home = TestHome::new();
    let before = Apis::start(SandboxOptions { products: 300, seed: 5, ..limited() }).await;
    assert_eq!(synced(&home, &before).await["added"], 303);
    // The same seed with fewer products lists a prefix of the same catalog: 100 products are gone.
    let after = Apis::start(SandboxOptions { products: 200, seed: 5, ..limited() }).await;
    let report = synced(&home, &after).await;
    assert_eq!((report["added"].as_u64(), report["gone"].as_u64()), (Some(0), Some(100)));

    let store = Store::open(&home.data_dir().join("giftdesk.sqlite3")).await.unwrap();
    let (rows, gone): (i64, i64) = sqlx::query_as("SELECT COUNT(*), COUNT(gone_at) FROM products")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!((rows, gone), (303, 100), "kept, and marked");
    let visible =
        search(store.pool(), &SearchQuery { limit: Some(500), ..SearchQuery::default() }).await.unwrap();
    assert_eq!(visible.len(), 203, "gone products are not offered");
    assert_eq!(live_count(&store).await, 203, "the catalog's status counts only what is offered");

    // Back again: the gone products are offered once more, and counted.
    assert_eq!(synced(&home, &before).await["gone"], 0);
    assert_eq!(live_count(&store).await, 303);
}

/// What the catalog status shows (kept by each sync), checked against the rows themselves.
async fn live_count(store: &Store) -> i64 {
    let (kept, counted): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COALESCE(SUM(live), 0) FROM catalog_counts), \
                (SELECT COUNT(*) FROM products WHERE gone_at IS NULL)",
    )
    .fetch_one(store.pool())
    .await
    .unwrap();
    assert_eq!(kept, counted, "the kept count drifted from the products table");
    kept
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_that_fails_halfway_keeps_the_old_catalog() {
    let (home, apis) = (TestHome::new(), Apis::start(limited()).await);
    synced(&home, &apis).await;
    // The first two pages come through; the third and everything after fail, retries included.
    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "GET /v2/products", "error_rate": 1.0, "after": 2}),
    )
    .await;
    apis.control(Method::POST, "/stock", json!({"id": "amazon-us", "in_stock": false})).await;
    let output = verb(&home, &apis, &["sync", "--json"]).await;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout_json(&output)["error"]["code"], "provider_error");

    let found = stdout_json(&verb(&home, &apis, &["search", "amazon", "--json"]).await);
    assert_eq!(
        (found[0]["id"].as_str(), found[0]["in_stock"].as_bool()),
        (Some("amazon-us"), Some(true)),
        "old catalog intact"
    );
    let store = Store::open(&home.data_dir().join("giftdesk.sqlite3")).await.unwrap();
    let outcomes: Vec<String> = sqlx::query_scalar("SELECT outcome FROM sync_runs ORDER BY id")
        .fetch_all(store.pool())
        .await
        .unwrap();
    assert_eq!(outcomes, ["ok", "failed"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_needs_credentials() {
    let (home, apis) = (TestHome::new(), Apis::start(limited()).await);
    let mut command = home.giftdesk();
    command.args(["sync", "--json"]).env("GIFTDESK_BITREFILL_URL", &apis.sandbox.urls.bitrefill);
    let output = tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout_json(&output)["error"]["code"], "not_configured");
}

/// A provider answering in the odd shapes the notes record: `_next` null on the last page, numbers as
/// strings, missing and null fields, an entry that is not a product.
#[tokio::test]
async fn paging_ends_on_a_null_next_and_odd_shapes_decode() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/v2", listener.local_addr().unwrap());
    let second = format!("{base}/products?page=2");
    let app = axum::Router::new()
        .route("/v2/accounts/balance", get(|| async { Json(json!({"data": {"balance": "1000", "currency": "EUR"}})) }))
        .route("/v2/products", get(move |axum::extract::RawQuery(query): axum::extract::RawQuery| {
            let second = second.clone();
            async move {
                if query.unwrap_or_default().contains("page=2") {
                    Json(json!({"meta": {"_next": null}, "data": [
                        {"id": "odd-2", "name": 42, "in_stock": "false", "packages": null, "categories": null,
                         "range": {"min": "5.50", "max": 100, "step": "0.50"}},
                        {"name": "no id at all"}
                    ]}))
                } else {
                    Json(json!({"meta": {"_next": second}, "data": [
                        {"id": "odd-1", "country_code": "FR", "currency": "EUR", "recipient_type": "carrier_pigeon",
                         "packages": [{"id": "odd-1<&>10", "value": 10, "amount": "10.0", "price": "1234"}], "extra": {"x": 1}}
                    ]}))
                }
            }
        }));
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db.sqlite3")).await.unwrap();
    let client =
        BitrefillClient::new(&base, &BitrefillCredentials::ApiKey(Sensitive::new("k".into()))).unwrap();
    let report = sync_bitrefill(&store, &client, false, &Scope::default(), |_| {}).await.unwrap();
    assert_eq!((report.products, report.added, report.requests), (2, 2, 3));

    let products = search(store.pool(), &SearchQuery::default()).await.unwrap();
    let first = products.iter().find(|p| p.id == "odd-1").unwrap();
    assert_eq!(first.denominations[0].value, "10");
    assert_eq!(first.denominations[0].amount.as_deref(), Some("10"));
    assert_eq!(first.denominations[0].price, Some(1234));
    assert_eq!(first.price_currency.as_deref(), Some("EUR"));
    let second = products.iter().find(|p| p.id == "odd-2").unwrap();
    assert_eq!(second.name, "42");
    assert!(!second.in_stock);
    let range = second.range.as_ref().unwrap();
    assert_eq!((range.min.as_str(), range.max.as_str(), range.step.as_str()), ("5.5", "100", "0.5"));
}

/// Cryptorefills brands for several markets, fetched a few countries at a time, in the same table.
/// Brands in a `GET /v2/brands` answer, each once, whichever envelope it came in (`all_brands`, categories).
fn brands_listed(answer: &Value) -> usize {
    let in_categories = answer["categories"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["brands"].as_array().into_iter().flatten());
    let names: std::collections::HashSet<&str> = answer["all_brands"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(in_categories)
        .filter_map(|b| b["brand"].as_str().or(b["family"].as_str()))
        .collect();
    names.len()
}

#[tokio::test(flavor = "multi_thread")]
async fn cryptorefills_brands_sync_for_the_chosen_markets() {
    let (home, apis) = (TestHome::new(), Apis::start(limited()).await);
    let mut expected = 0;
    for country in ["US", "FR", "JP"] {
        let (_, brands) =
            Apis::json(apis.cryptorefills(Method::GET, &format!("/v2/brands?country_code={country}"))).await;
        expected += brands_listed(&brands);
    }
    let mut command = home.giftdesk();
    command
        .args(["sync", "--provider", "cryptorefills", "--markets", "US,fr,JP", "--json"])
        .env("GIFTDESK_CRYPTOREFILLS_URL", &apis.sandbox.urls.cryptorefills)
        .env("GIFTDESK_CRYPTOREFILLS_PARTNER_ID", "partner-test-1234");
    let output = tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap();
    assert_success(&output);
    let report = &stdout_json(&output)["cryptorefills"];
    assert_eq!((report["added"].as_u64(), report["requests"].as_u64()), (Some(expected as u64), Some(3)));

    let found = stdout_json(
        &verb(&home, &apis, &["search", "airbnb", "--provider", "cryptorefills", "--json"]).await,
    );
    let airbnb = &found[0];
    assert_eq!(
        (airbnb["id"].as_str(), airbnb["kind"].as_str(), airbnb["country"].as_str()),
        (Some("US/Airbnb"), Some("gift_card"), Some("US"))
    );
    assert!(airbnb["logo"].as_str().unwrap().ends_with("/logos_v2/airbnb"), "{airbnb}");
    let esims = stdout_json(&verb(&home, &apis, &["search", "esim", "--country", "JP", "--json"]).await);
    assert!(esims.as_array().unwrap().iter().any(|p| p["kind"] == "esim"), "{esims}");

    let bad =
        verb(&home, &apis, &["sync", "--provider", "cryptorefills", "--markets", "USA", "--json"]).await;
    assert_eq!(stdout_json(&bad)["error"]["field"], "markets");
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_covers_every_configured_provider() {
    let (home, apis) = (TestHome::new(), Apis::start(limited()).await);
    let mut command = home.giftdesk();
    command
        .args(["sync", "--markets", "DE", "--json"])
        .env("GIFTDESK_BITREFILL_URL", &apis.sandbox.urls.bitrefill)
        .env("GIFTDESK_BITREFILL_API_KEY", "sandbox-key")
        .env("GIFTDESK_CRYPTOREFILLS_URL", &apis.sandbox.urls.cryptorefills)
        .env("GIFTDESK_CRYPTOREFILLS_PARTNER_ID", "partner-test-1234");
    let output = tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap();
    assert_success(&output);
    let reports = stdout_json(&output);
    assert_eq!(reports["bitrefill"]["added"], 303);
    let (_, brands) = Apis::json(apis.cryptorefills(Method::GET, "/v2/brands?country_code=DE")).await;
    let listed = brands_listed(&brands);
    assert_eq!(reports["cryptorefills"]["added"].as_u64(), Some(listed as u64));
    let steam = stdout_json(&verb(&home, &apis, &["search", "steam", "--country", "DE", "--json"]).await);
    let providers: Vec<&str> =
        steam.as_array().unwrap().iter().filter_map(|p| p["provider"].as_str()).collect();
    assert!(providers.contains(&"bitrefill"), "{providers:?}");
}

/// Live Cryptorefills brands per country in the store.
async fn live_by_country(home: &TestHome) -> Vec<(String, i64)> {
    let store = Store::open(&home.data_dir().join("giftdesk.sqlite3")).await.unwrap();
    let counts = sqlx::query_as(
        "SELECT country, COUNT(*) FROM products WHERE provider = 'cryptorefills' AND gone_at IS NULL \
         GROUP BY country ORDER BY country",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    store.close().await;
    counts
}

/// In both forms of the brand list: the live `all_brands` and the docs' `categories[].brands`.
#[tokio::test(flavor = "multi_thread")]
async fn a_country_that_cannot_be_read_keeps_its_brands_while_the_others_sync() {
    for dialect in [Dialect::Live, Dialect::Docs] {
        a_country_that_cannot_be_read_keeps_its_brands(SandboxOptions { dialect, ..limited() }).await;
    }
}

async fn a_country_that_cannot_be_read_keeps_its_brands(options: SandboxOptions) {
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let args = ["sync", "--provider", "cryptorefills", "--markets", "US,FR,JP", "--json"];
    json_of(&home, &apis, &args).await;
    let before = live_by_country(&home).await;
    assert_eq!(before.len(), 3, "{before:?}");

    // One of the three countries' brand lists is refused (which one depends on the order they are sent in).
    let fault = json!({"route": "GET /v2/brands", "error_rate": 1.0, "error_status": 400, "after": 1, "remaining": 1});
    apis.control(Method::POST, "/faults", fault).await;
    let report = json_of(&home, &apis, &args).await["cryptorefills"].clone();
    let left_out = report["left_out"].as_array().unwrap();
    assert_eq!(left_out.len(), 1, "{report}");
    let country = left_out[0]["country"].as_str().unwrap();
    assert!(["US", "FR", "JP"].contains(&country), "{report}");
    assert!(!left_out[0]["reason"].as_str().unwrap().is_empty(), "{report}");
    assert_eq!(report["gone"], 0, "nothing of {country} is marked gone: {report}");
    assert_eq!(live_by_country(&home).await, before, "every country keeps its brands");

    let store = Store::open(&home.data_dir().join("giftdesk.sqlite3")).await.unwrap();
    let (outcome, said): (String, String) =
        sqlx::query_as("SELECT outcome, error FROM sync_runs ORDER BY id DESC LIMIT 1")
            .fetch_one(store.pool())
            .await
            .unwrap();
    store.close().await;
    assert_eq!(outcome, "partial");
    assert!(said.contains(country) && said.contains("as last synced"), "{said}");

    // When no country can be read the sync fails as a whole, and still nothing is lost.
    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "GET /v2/brands", "error_rate": 1.0, "error_status": 400}),
    )
    .await;
    let failed = run(&home, &apis, &args).await;
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(live_by_country(&home).await, before);
}
