//! Catalog benchmarks: each prints its figures beside its baseline. Run with `make bench`.
//!
//! 1. A full Bitrefill sync of 4,250 products under the documented limits, against the bound those limits
//!    set, and the same listing fetched unpaced (retrying after each 429).
//! 2. Cryptorefills brands for all 233 countries at 50 ms latency: bounded concurrency against one at a time.
//! 3. Writing 100,000 products into the store, and search latency p50/p99 over them.

use std::time::{Duration, Instant};

use giftdesk_core::catalog::{search, sync_bitrefill, sync_cryptorefills, Scope, SearchQuery};
use giftdesk_core::providers::bitrefill::BitrefillClient;
use giftdesk_core::providers::cryptorefills::{CryptorefillsClient, EndUser};
use giftdesk_core::secrets::{BitrefillCredentials, CryptorefillsCredentials, Sensitive};
use giftdesk_core::store::Store;
use giftdesk_sandbox::{Sandbox, SandboxOptions};

#[path = "support/listing.rs"]
mod listing;
#[path = "support/table.rs"]
mod table;

use table::row;

fn bitrefill(url: &str) -> BitrefillClient {
    BitrefillClient::new(url, &BitrefillCredentials::ApiKey(Sensitive::new("sandbox-key".into()))).unwrap()
}

async fn fresh_store(dir: &tempfile::TempDir, name: &str) -> Store {
    Store::open(&dir.path().join(name)).await.unwrap()
}

#[tokio::main]
async fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let only_store = std::env::args().any(|a| a == "--store-only");
    let dir = tempfile::tempdir().unwrap();
    table::header();

    if !only_store {
        network(quick, &dir).await;
    }
    store_and_search(quick, &dir).await;
}

async fn network(quick: bool, dir: &tempfile::TempDir) {
    // 1. Paced sync under the documented limits (60 product requests a minute) against the bound.
    let products = 4_250;
    let scale = if quick { 20.0 } else { 1.0 };
    let sandbox =
        Sandbox::start(SandboxOptions { products, rate_limit_scale: scale, ..SandboxOptions::default() })
            .await
            .unwrap();
    let store = fresh_store(dir, "paced.sqlite3").await;
    let client = bitrefill(&sandbox.urls.bitrefill);
    let report = sync_bitrefill(&store, &client, false, &Scope::default(), |_| {}).await.unwrap();
    let pages = (products as u64 + 3).div_ceil(50);
    // The bound: every full window of 60 requests must elapse before the last batch can go.
    let bound = 60.0 / scale * ((pages - 1) / 60) as f64;
    row(
        &format!("Bitrefill sync, {} products, {} pages, limits x{scale}", report.products, pages),
        format!("{:.1} s, {} x 429", report.seconds, report.throttled),
        format!("bound {bound:.1} s ({:+.1}%)", (report.seconds / bound.max(0.001) - 1.0) * 100.0),
    );
    drop(sandbox);
    // Baseline: the same listing unpaced, as the seed's loop does, waiting only when refused.
    let sandbox =
        Sandbox::start(SandboxOptions { products, rate_limit_scale: scale, ..SandboxOptions::default() })
            .await
            .unwrap();
    let http = reqwest::Client::builder().user_agent("bench").build().unwrap();
    let (started, mut refused, mut next) =
        (Instant::now(), 0, Some(format!("{}/products?limit=50", sandbox.urls.bitrefill)));
    while let Some(url) = next.take() {
        let response = http.get(&url).bearer_auth("sandbox-key").send().await.unwrap();
        if response.status() == 429 {
            refused += 1;
            let wait = response.headers()["retry-after"].to_str().unwrap().parse().unwrap_or(1);
            tokio::time::sleep(Duration::from_secs(wait)).await;
            next = Some(url);
            continue;
        }
        let page: serde_json::Value = response.json().await.unwrap();
        next = page["meta"]["_next"].as_str().map(str::to_owned);
    }
    row(
        "  baseline: unpaced fetch of the same listing",
        String::new(),
        format!("{:.1} s, {refused} x 429", started.elapsed().as_secs_f64()),
    );
    drop(sandbox);

    // 2. Cryptorefills brands for every country, 50 ms per request.
    let sandbox = Sandbox::start(SandboxOptions {
        products: 2_000,
        latency: Duration::from_millis(50),
        ..SandboxOptions::default()
    })
    .await
    .unwrap();
    let countries: Vec<String> = giftdesk_sandbox::COUNTRY_CODES.iter().map(|c| (*c).to_owned()).collect();
    let credentials =
        CryptorefillsCredentials { partner_id: Sensitive::new("bench".into()), app_version: "bench".into() };
    let client =
        CryptorefillsClient::new(&sandbox.urls.cryptorefills, &credentials, &EndUser::Country("US".into()))
            .unwrap();
    let store = fresh_store(dir, "brands.sqlite3").await;
    let report = sync_cryptorefills(&store, &client, &countries, |_| {}).await.unwrap();
    let started = Instant::now();
    for country in &countries {
        client.brands(country).await.unwrap();
    }
    row(
        &format!("Cryptorefills brands, {} countries, 50 ms latency", countries.len()),
        format!("{:.2} s ({} brands)", report.seconds, report.products),
        format!("sequential {:.2} s", started.elapsed().as_secs_f64()),
    );
    drop(sandbox);
}

async fn store_and_search(quick: bool, dir: &tempfile::TempDir) {
    // 3. 100,000 products into the store, then search as you type over them.
    let count = if quick { 20_000 } else { 100_000 };
    let store = fresh_store(dir, "large.sqlite3").await;
    let listing = listing::sandbox_listing(count).await;
    let started = Instant::now();
    giftdesk_core::catalog::apply_whole(
        store.pool(),
        giftdesk_core::providers::Provider::Bitrefill,
        &listing,
    )
    .await
    .unwrap();
    let seconds = started.elapsed().as_secs_f64();
    // For looking at query plans by hand: `BENCH_KEEP_DB=/tmp/large.sqlite3 make bench`.
    if let Ok(path) = std::env::var("BENCH_KEEP_DB") {
        sqlx::query("VACUUM INTO ?").bind(path).execute(store.pool()).await.unwrap();
    }
    row(
        &format!("write {} products (one transaction, FTS5 index)", listing.len()),
        format!("{:.0} products/s", listing.len() as f64 / seconds),
        format!("{seconds:.2} s in all"),
    );

    let mut times = Vec::new();
    let mut slowest = (Duration::ZERO, "", false);
    for round in 0..10 {
        for word in listing::TYPED {
            let query = SearchQuery {
                text: word.into(),
                country: (round % 2 == 0).then(|| "US".into()),
                limit: Some(60),
                ..SearchQuery::default()
            };
            let started = Instant::now();
            let found = search(store.pool(), &query).await.unwrap();
            times.push(started.elapsed());
            slowest = slowest.max((started.elapsed(), word, round % 2 == 0));
            assert!(!found.is_empty() || word == "ama", "{word} found nothing");
        }
    }
    times.sort();
    let pick = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1000.0;
    row(
        &format!("search at {} products ({} queries, 60 results)", listing.len(), times.len()),
        format!("p50 {:.2} ms, p99 {:.2} ms", pick(0.5), pick(0.99)),
        "target p99 < 16 ms",
    );
    let (time, word, in_us) = slowest;
    row(
        "slowest search",
        format!("{:.2} ms", time.as_secs_f64() * 1000.0),
        format!("{word:?}{}", if in_us { " in US" } else { "" }),
    );
}
