//! A shop's team under load: ten desks (each its own data folder, keyring entries and connections) on one
//! PostgreSQL server, each buying 50 Bitrefill cards at once from balance (create the invoice, then pay
//! it). The figure is the time all 500 took; the check is the book's promise: every invoice at Bitrefill
//! has exactly one purchase, and none was paid twice. Run with `make bench` (inside the headless session:
//! the keyring, and the throw-away PostgreSQL server `scripts/postgres.sh` starts).

use std::time::Instant;

use giftdesk_core::checkout::{CheckoutRequest, PaymentChoice};
use giftdesk_core::context::Context;
use giftdesk_core::providers::Provider;
use giftdesk_sandbox::testing::apis::{fast_options, Apis};
use giftdesk_sandbox::SandboxOptions;
use giftdesk_testkit::shop::{line, provider_invoices, request, sandbox_state};

#[path = "support/table.rs"]
mod table;

const DESKS: usize = 10;

fn amazon() -> CheckoutRequest {
    let card = line(Provider::Bitrefill, "amazon-us", Some("amazon-us<&>25"), None, "bench@example.com");
    request(vec![card], PaymentChoice::Balance)
}

/// Ten desks in one team on a new database; the first founds it, each other joins with a join code.
async fn desks(apis: &Apis, dirs: &[tempfile::TempDir]) -> Vec<Context> {
    let url = giftdesk_testkit::team::new_database().await;
    let service = |n: usize| format!("giftdesk-bench-team-{}-{n}", std::process::id());
    let keyring = |n: usize| giftdesk_core::secrets::Keyring::new(service(n));
    let config = |n: usize| dirs[n].path().join("config");
    for (n, dir) in dirs.iter().enumerate() {
        std::fs::create_dir_all(dir.path().join("config")).unwrap();
        if n == 0 {
            giftdesk_core::team::create(&config(0), &keyring(0), &url, "Desk 1").await.unwrap();
            continue;
        }
        let first = giftdesk_testkit::shop::open(dirs[0].path(), &service(0), &apis.sandbox).await;
        let code = giftdesk_core::team::invite(&first.store, &keyring(0)).await.unwrap();
        first.store.close().await;
        giftdesk_core::team::join(&config(n), &keyring(n), &url, &code, &format!("Desk {}", n + 1))
            .await
            .unwrap();
    }
    let mut shops = Vec::new();
    for (n, dir) in dirs.iter().enumerate() {
        let shop = giftdesk_testkit::shop::open(dir.path(), &service(n), &apis.sandbox).await;
        shop.catalog.sync(Provider::Bitrefill, |_| {}).await.unwrap();
        shops.push(shop);
    }
    shops
}

/// One desk's purchases, all at once: each created, then paid from balance.
async fn buy(shop: &Context, count: usize) -> usize {
    let one = || async {
        let created = shop.checkout.checkout(&amazon()).await.unwrap();
        shop.checkout.pay(&created[0].purchase_id).await.unwrap();
    };
    futures_util::future::join_all((0..count).map(|_| one())).await.len()
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let per_desk = if std::env::args().any(|a| a == "--quick") { 10 } else { 50 };
    // Rate-limit headers on, a thousand times the documented limits: the load is the book, not the window.
    let options = SandboxOptions {
        products: 50,
        starting_balance: 100_000_000,
        rate_limit_scale: 1_000.0,
        ..fast_options()
    };
    let apis = Apis::start(options).await;
    let dirs: Vec<_> = (0..DESKS).map(|_| tempfile::tempdir().unwrap()).collect();
    let shops = Box::pin(desks(&apis, &dirs)).await;

    let started = Instant::now();
    let bought: usize =
        futures_util::future::join_all(shops.iter().map(|shop| buy(shop, per_desk))).await.iter().sum();
    let took = started.elapsed();

    // The book, as any desk reads it, against Bitrefill's own list.
    let purchases = shops[DESKS - 1].checkout.purchases().await.unwrap();
    let invoices = provider_invoices(&apis).await;
    let state = sandbox_state(&apis).await;
    let mut owners = std::collections::HashMap::<&str, usize>::new();
    for purchase in &purchases {
        *owners.entry(purchase.provider_ref.as_deref().unwrap_or("none")).or_default() += 1;
    }
    let one_each = invoices.iter().all(|i| owners.get(i["id"].as_str().unwrap()) == Some(&1));
    let paid_once =
        invoices.iter().all(|i| state["pay_attempts"][i["id"].as_str().unwrap()].as_u64() == Some(1));
    assert_eq!(
        (bought, purchases.len(), invoices.len()),
        (DESKS * per_desk, DESKS * per_desk, DESKS * per_desk)
    );
    assert!(one_each && paid_once, "every invoice has exactly one purchase, paid once");

    table::header();
    table::row(
        &format!("team: {DESKS} desks × {per_desk} purchases at once (create + pay)"),
        format!("{:.1} s, {:.0} purchases/s", took.as_secs_f64(), bought as f64 / took.as_secs_f64()),
        "every invoice: 1 purchase, paid once",
    );
    for shop in &shops {
        shop.store.close().await;
    }
}
