//! One rate budget per account, under load: ten Bitrefill purchases followed to delivery while a full catalog
//! sync runs, at the documented limits scaled 30 times (a 10-minute window lasts 20 s, a minute 2 s). The
//! figure is the time the whole load took; the baseline is the least time the limits allow for the requests
//! it sent (at the limits' sustained rate, or the purchases alone, whichever is longer), and the 429s the
//! provider answered (a budget that works gets none). Run with `make bench` (inside
//! the headless session: the vault needs a keyring).

use std::sync::Arc;
use std::time::{Duration, Instant};

use giftdesk_core::checkout::{CheckoutOptions, CheckoutRequest, LineRequest, PaymentChoice, PurchaseState};
use giftdesk_core::context::Context;
use giftdesk_core::providers::Provider;
use giftdesk_core::tracking::Sink;
use giftdesk_sandbox::{Dialect, Sandbox, SandboxOptions};

#[path = "support/table.rs"]
mod table;

use table::row;

const SCALE: f64 = 30.0;
/// Bitrefill's documented limits, scaled: products 60 a minute, everything else 60 per 10 minutes.
const PAGES_PER_WINDOW: u64 = 60;
const PAGES_WINDOW: Duration = Duration::from_secs(2);
const OTHERS_PER_WINDOW: u64 = 60;
const OTHERS_WINDOW: Duration = Duration::from_secs(20);

async fn context(dir: &tempfile::TempDir, sandbox: &Sandbox) -> Context {
    let service = format!("giftdesk-bench-budget-{}", std::process::id());
    giftdesk_testkit::shop::open(dir.path(), &service, sandbox).await
}

fn bought_with_bitcoin() -> CheckoutRequest {
    CheckoutRequest {
        provider: Provider::Bitrefill,
        lines: vec![LineRequest {
            provider: Provider::Bitrefill,
            product_id: "amazon-us".into(),
            package_id: Some("amazon-us<&>25".into()),
            value: None,
            quantity: 1,
            recipient: "bench@example.com".into(),
            customer_ref: None,
            resale_price: None,
            esim_id: None,
        }],
        payment: PaymentChoice::BitrefillCrypto { method: "bitcoin".into() },
        options: CheckoutOptions {
            refund_address: Some("bc1qrefundaddressofthereseller0000000000".into()),
            ..CheckoutOptions::default()
        },
    }
}

/// Ten purchases paid and followed to delivery, with a full sync beside them when `with_sync`: the time from
/// the first payment until the last of them ends, and the sync's report.
async fn follow_ten(
    shop: &Context,
    sandbox: &Sandbox,
    with_sync: bool,
) -> (Duration, Option<giftdesk_core::catalog::SyncReport>) {
    let mut purchases = Vec::new();
    for _ in 0..10 {
        purchases.push(shop.checkout.checkout(&bought_with_bitcoin()).await.unwrap().remove(0));
    }
    let http = reqwest::Client::new();
    let ids: Vec<String> = purchases.iter().map(|p| p.purchase_id.clone()).collect();
    let sink: Sink = Arc::new(|_| {});
    let started = Instant::now();
    let pay = async {
        for purchase in &purchases {
            let invoice = purchase.provider_ref.clone().unwrap();
            // The control API is served on the Cryptorefills listener's root.
            let url = format!("{}/_sandbox/pay/{invoice}", sandbox.urls.cryptorefills);
            let paid = http.post(url).json(&serde_json::json!({"fraction": 1.0})).send().await.unwrap();
            assert!(paid.status().is_success(), "the sandbox takes the payment");
        }
    };
    let sync = async {
        if with_sync {
            Some(shop.catalog.sync(Provider::Bitrefill, |_| {}).await.unwrap())
        } else {
            None
        }
    };
    let (followed, report, ()) = tokio::join!(shop.tracking.follow_these(&ids, &sink), sync, pay);
    let took = started.elapsed();
    let delivered = followed.unwrap().iter().filter(|p| p.state == PurchaseState::Delivered).count();
    assert_eq!(delivered, 10, "every purchase followed to delivery");
    (took, report)
}

/// A sandbox at the scaled limits, and a shop with its Bitrefill catalog synced.
async fn shop(products: usize, dir: &tempfile::TempDir) -> (Sandbox, Context) {
    // The docs' reading of the hourly product allowance (requests), so the sync is whole.
    let options = SandboxOptions {
        products,
        time_scale: 0.05,
        rate_limit_scale: SCALE,
        dialect: Dialect::Docs,
        ..SandboxOptions::default()
    };
    let sandbox = Sandbox::start(options).await.unwrap();
    let shop = context(dir, &sandbox).await;
    shop.catalog.sync(Provider::Bitrefill, |_| {}).await.unwrap();
    (sandbox, shop)
}

async fn mixed_load(products: usize) {
    // Alone, on an account of its own: how long ten purchases take from payment to delivery.
    let alone = {
        let dir = tempfile::tempdir().unwrap();
        let (sandbox, shop) = shop(products, &dir).await;
        follow_ten(&shop, &sandbox, false).await.0
    };
    let dir = tempfile::tempdir().unwrap();
    let (sandbox, shop) = shop(products, &dir).await;
    let client = shop.accounts.bitrefill().await.unwrap();
    let sent_before = client.http.stats.requests();
    let (took, report) = follow_ten(&shop, &sandbox, true).await;
    let report = report.unwrap();
    let state: serde_json::Value = reqwest::Client::new()
        .get(format!("{}/_sandbox/state", sandbox.urls.cryptorefills))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let throttled = state["throttled"]["bitrefill"].as_u64().unwrap_or(0);
    // The load's own requests: this sync's pages (its report counts tracking's requests too, so pages are
    // counted from the products), and the rest, sent by checkout and the trackers.
    let pages = report.products.div_ceil(50) + 1;
    let others = (client.http.stats.requests() - sent_before).saturating_sub(pages);
    // At the limits' sustained rate, beyond what one window lets through at once.
    let sustained =
        |sent: u64, per: u64, window: Duration| window.mul_f64(sent.saturating_sub(per) as f64 / per as f64);
    let limits = sustained(pages, PAGES_PER_WINDOW, PAGES_WINDOW).max(sustained(
        others,
        OTHERS_PER_WINDOW,
        OTHERS_WINDOW,
    ));
    row(
        &format!("10 followed + sync of {} products, limits ×{SCALE}", report.products),
        format!("{:.1} s, {throttled} × 429", took.as_secs_f64()),
        format!(
            "≥ {:.1} s (limits {:.1}, alone {:.1})",
            limits.max(alone).as_secs_f64(),
            limits.as_secs_f64(),
            alone.as_secs_f64()
        ),
    );
    row("  its requests: catalog pages, others", format!("{pages}, {others}"), "");
    assert_eq!(throttled, 0, "one budget: the account is never throttled");
}

#[tokio::main]
async fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    table::header();
    mixed_load(if quick { 1_000 } else { 5_000 }).await;
}
