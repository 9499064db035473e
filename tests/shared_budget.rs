//! One rate budget per provider account: ten purchases followed to delivery while a full catalog sync runs,
//! in one process, across two processes of the same account, and across two desks of a team (one
//! PostgreSQL book: each desk syncing, both following the ten), at the documented limits (scaled so a
//! ten-minute window lasts seconds). The provider throttles nothing, and a purchase made meanwhile does not
//! wait behind catalog pages.

pub mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::apis::{fast_options, Apis};
use common::shop::{line, request, sandbox_state, synced_context};
use common::team::team_of;
use common::verbs::{command, json_of};
use common::TestHome;
use giftdesk_core::checkout::{CheckoutOptions, CheckoutRequest, PaymentChoice, PurchaseState};
use giftdesk_core::providers::Provider;
use giftdesk_core::tracking::Sink;
use giftdesk_sandbox::SandboxOptions;
use reqwest::Method;
use serde_json::{json, Value};

/// The documented limits 30 times faster: 60 requests per 20 s, products 60 per 2 s and 1,000 per 2 min.
const SCALE: f64 = 30.0;

/// A catalog two full syncs (the first one and the one under test) cover within an hour's allowance under
/// either reading of it, requests or products; a larger one is synced in parts (`tests/catalog_allowance.rs`).
fn options() -> SandboxOptions {
    SandboxOptions { products: 400, rate_limit_scale: SCALE, ..fast_options() }
}

fn crypto(product: &str) -> CheckoutRequest {
    let amazon =
        line(Provider::Bitrefill, product, Some(&format!("{product}<&>25")), None, "ana@example.com");
    let mut bought = request(vec![amazon], PaymentChoice::BitrefillCrypto { method: "bitcoin".into() });
    bought.options = CheckoutOptions {
        refund_address: Some("bc1qrefundaddressofthereseller0000000000".into()),
        ..CheckoutOptions::default()
    };
    bought
}

fn throttled(state: &Value) -> u64 {
    state["throttled"]["bitrefill"].as_u64().unwrap_or_else(|| panic!("the sandbox counts 429s: {state}"))
}

async fn pay_all(apis: &Apis, invoices: &[String]) {
    for invoice in invoices {
        let paid = apis.control(Method::POST, &format!("/pay/{invoice}"), json!({"fraction": 1.0})).await;
        assert!(paid.status().is_success());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn ten_purchases_followed_during_a_full_sync_are_never_throttled_in_one_process() {
    let (home, apis) = (TestHome::new(), Apis::start(options()).await);
    let shop = synced_context(&home, &apis).await;
    let mut ids = Vec::new();
    for _ in 0..10 {
        ids.push(shop.checkout.checkout(&crypto("amazon-us")).await.unwrap().remove(0));
    }
    let invoices: Vec<String> = ids.iter().map(|p| p.provider_ref.clone().unwrap()).collect();
    let ids: Vec<String> = ids.into_iter().map(|p| p.purchase_id).collect();
    let started = Instant::now();
    let sink: Sink = std::sync::Arc::new(|_| {});
    let follow = shop.tracking.follow_these(&ids, &sink);
    let sync = shop.catalog.sync(Provider::Bitrefill, |_| {});
    let buy_meanwhile = async {
        pay_all(&apis, &invoices).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let asked = Instant::now();
        let bought = shop.checkout.checkout(&crypto("amazon-us")).await.unwrap();
        (asked.elapsed(), bought)
    };
    let (followed, synced, (waited, bought)) = tokio::join!(follow, sync, buy_meanwhile);
    let elapsed = started.elapsed();
    let followed = followed.unwrap();
    assert!(followed.iter().all(|p| p.state == PurchaseState::Delivered), "{followed:?}");
    let report = synced.unwrap();
    assert!(report.products > 400 && report.continues_in_secs.is_none(), "a full sync: {report:?}");
    assert_eq!(bought[0].state, PurchaseState::AwaitingPayment);
    let client = shop.accounts.bitrefill().await.unwrap();
    let state = sandbox_state(&apis).await;
    println!(
        "one process: 10 followed + sync of {} products + 1 purchase in {:.1} s; {} requests; the purchase waited {} ms",
        report.products,
        elapsed.as_secs_f64(),
        client.http.stats.requests(),
        waited.as_millis()
    );
    assert_eq!(throttled(&state), 0, "one budget: the account is never throttled");
    assert_eq!(client.http.stats.throttled(), 0);
    assert!(waited < Duration::from_secs(3), "a purchase goes before tracking reads and pages: {waited:?}");
}

/// Ten Bitrefill purchases paid in bitcoin (paid by the test, at the sandbox): their invoices.
async fn buy_ten(home: &TestHome, apis: &Apis) -> Vec<String> {
    let mut invoices = Vec::new();
    for _ in 0..10 {
        let bought = json_of(
            home,
            apis,
            &[
                "buy",
                "--provider",
                "bitrefill",
                "--product",
                "amazon-us",
                "--package",
                "25",
                "--recipient",
                "ana@example.com",
                "--pay",
                "bitcoin",
                "--refund-address",
                "bc1qrefundaddressofthereseller0000000000",
                "--json",
            ],
        )
        .await;
        invoices.push(bought["provider_ref"].as_str().unwrap().to_owned());
    }
    invoices
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cron_sync_beside_a_tracking_process_shares_the_account_budget() {
    let (home, apis) = (TestHome::new(), Apis::start(options()).await);
    json_of(&home, &apis, &["sync", "--provider", "bitrefill", "--json"]).await;
    let invoices = buy_ten(&home, &apis).await;
    let before = throttled(&sandbox_state(&apis).await);
    let spawn = |args: &[&str]| {
        command(&home, &apis, args).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap()
    };
    let started = Instant::now();
    let tracker = spawn(&["track", "--all", "--json"]);
    let cron = spawn(&["sync", "--provider", "bitrefill", "--json"]);
    pay_all(&apis, &invoices).await;
    let (tracked, synced) = tokio::task::spawn_blocking(move || {
        (tracker.wait_with_output().unwrap(), cron.wait_with_output().unwrap())
    })
    .await
    .unwrap();
    assert!(tracked.status.success() && synced.status.success());
    let tracked: Value = serde_json::from_slice(&tracked.stdout).unwrap();
    let delivered = tracked.as_array().unwrap().iter().filter(|p| p["state"] == "delivered").count();
    assert_eq!(delivered, 10, "{tracked}");
    println!("two processes: 10 followed + a full sync in {:.1} s", started.elapsed().as_secs_f64());
    assert_eq!(throttled(&sandbox_state(&apis).await), before, "two processes, one budget: no 429");
}

#[tokio::test(flavor = "multi_thread")]
async fn two_desks_of_a_team_syncing_and_following_ten_share_the_account_budget() {
    // Three full syncs in all (the first desk's twice, the second's once) within the hour's allowance.
    let apis = Apis::start(SandboxOptions { products: 300, ..options() }).await;
    let (_url, desks) = team_of(&apis, 2).await;
    json_of(&desks[0], &apis, &["sync", "--provider", "bitrefill", "--json"]).await;
    let invoices = buy_ten(&desks[0], &apis).await;
    let before = throttled(&sandbox_state(&apis).await);
    let spawn = |home: &TestHome, args: &[&str]| {
        command(home, &apis, args).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap()
    };
    let started = Instant::now();
    let processes = vec![
        spawn(&desks[0], &["track", "--all", "--json"]),
        spawn(&desks[1], &["track", "--all", "--json"]),
        spawn(&desks[0], &["sync", "--provider", "bitrefill", "--json"]),
        spawn(&desks[1], &["sync", "--provider", "bitrefill", "--json"]),
    ];
    pay_all(&apis, &invoices).await;
    let outputs = tokio::task::spawn_blocking(move || {
        processes.into_iter().map(|p| p.wait_with_output().unwrap()).collect::<Vec<_>>()
    })
    .await
    .unwrap();
    assert!(outputs.iter().all(|o| o.status.success()));
    for tracked in &outputs[..2] {
        let tracked: Value = serde_json::from_slice(&tracked.stdout).unwrap();
        let delivered = tracked.as_array().unwrap().iter().filter(|p| p["state"] == "delivered").count();
        assert_eq!(delivered, 10, "each desk sees the ten delivered: {tracked}");
    }
    println!("two desks: 10 followed by both + two full syncs in {:.1} s", started.elapsed().as_secs_f64());
    assert_eq!(throttled(&sandbox_state(&apis).await), before, "two desks, one budget: no 429");
}
