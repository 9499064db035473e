//! Tracking benchmarks, printed beside their baselines. Run with `make bench` (inside the headless session,
//! which provides the keyring the vault needs).
//!
//! 1. From the sandbox turning a Cryptorefills order Done to Giftdesk's notification (the tracker's sink,
//!    where the window sends it), p50 and p99 over 200 orders on the stream, beside a 5-second poller.
//! 2. 500 orders followed at once while they wait for payment: resident memory and CPU.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use giftdesk_core::checkout::{CheckoutOptions, CheckoutRequest, LineRequest, PaymentChoice};
use giftdesk_core::context::Context;
use giftdesk_core::providers::Provider;
use giftdesk_core::tracking::{Sink, TrackEvent};
use giftdesk_sandbox::{Sandbox, SandboxOptions};

#[path = "support/table.rs"]
mod table;

use table::row;

async fn context(dir: &tempfile::TempDir, sandbox: &Sandbox) -> Context {
    let service = format!("giftdesk-bench-tracking-{}", std::process::id());
    let context = giftdesk_testkit::shop::open(dir.path(), &service, sandbox).await;
    context.catalog.sync(Provider::Cryptorefills, |_| {}).await.unwrap();
    context
}

/// `count` Airbnb orders, each its own purchase: (purchase id, order id).
async fn orders(context: &Context, count: usize) -> Vec<(String, String)> {
    let mut made = Vec::new();
    for n in 0..count {
        let request = CheckoutRequest {
            provider: Provider::Cryptorefills,
            lines: vec![LineRequest {
                provider: Provider::Cryptorefills,
                product_id: "US/Airbnb".into(),
                package_id: None,
                value: Some("30".into()),
                quantity: 1,
                recipient: format!("bench{n}@example.com"),
                customer_ref: None,
                resale_price: None,
                esim_id: None,
            }],
            payment: PaymentChoice::Coin { coin: "USDC".into(), network: "Solana".into() },
            options: CheckoutOptions::default(),
        };
        let purchase = context.checkout.checkout(&request).await.unwrap().remove(0);
        made.push((purchase.purchase_id, purchase.provider_ref.unwrap()));
    }
    made
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Pays each order, `spacing` apart: zero is a burst (every Done at once, queueing on the store), a few
/// milliseconds measures one order's path.
async fn pay_all(http: &reqwest::Client, sandbox: &Sandbox, orders: &[(String, String)], spacing: Duration) {
    for (_, order) in orders {
        http.post(format!("{}/_sandbox/pay/{order}", sandbox.urls.cryptorefills)).send().await.unwrap();
        tokio::time::sleep(spacing).await;
    }
}

async fn stream_latency(quick: bool, spacing: Duration) {
    let count = if quick { 40 } else { 200 };
    let options = SandboxOptions {
        products: 200,
        time_scale: 0.01,
        rate_limit_scale: 0.0,
        ..SandboxOptions::default()
    };
    let sandbox = Sandbox::start(options).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let context = context(&dir, &sandbox).await;
    let made = orders(&context, count).await;
    let heard: Arc<Mutex<Vec<(String, Instant)>>> = Arc::default();
    let sink_heard = heard.clone();
    let sink: Sink = Arc::new(move |event| {
        if let TrackEvent::CodesArrived { purchase, .. } = event {
            sink_heard.lock().unwrap().push((purchase.provider_ref.unwrap_or_default(), Instant::now()));
        }
    });
    let ids: Vec<String> = made.iter().map(|(id, _)| id.clone()).collect();
    let following = {
        let (context, sink) = (context.clone(), sink.clone());
        tokio::spawn(async move { context.tracking.follow_these(&ids, &sink).await.unwrap() })
    };
    tokio::time::sleep(Duration::from_millis(500)).await; // every stream connected
    let http = reqwest::Client::new();
    pay_all(&http, &sandbox, &made, spacing).await;
    following.await.unwrap();
    let mut stream: Vec<Duration> = heard
        .lock()
        .unwrap()
        .iter()
        .filter_map(|(order, at)| Some(at.saturating_duration_since(sandbox.done_at(order)?)))
        .collect();
    stream.sort();

    // The baseline: the same orders' Done seen by reading each order every 5 seconds.
    let polled_orders = orders(&context, count).await;
    let client = context.accounts.cryptorefills().await.unwrap();
    let client = Arc::new(client);
    let mut pollers = tokio::task::JoinSet::new();
    for (_, order) in polled_orders.clone() {
        let client = client.clone();
        pollers.spawn(async move {
            // Pollers start out of step, as they would in an app that opened orders at different times.
            tokio::time::sleep(Duration::from_millis(fastrand::u64(0..5_000))).await;
            loop {
                let seen = client.order(&order).await.unwrap();
                if seen.value.order_state.as_deref() == Some("Done") {
                    return (order, Instant::now());
                }
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        });
    }
    pay_all(&http, &sandbox, &polled_orders, spacing).await;
    let mut polled = Vec::new();
    while let Some(done) = pollers.join_next().await {
        let (order, at) = done.unwrap();
        polled.push(at.saturating_duration_since(sandbox.done_at(&order).unwrap()));
    }
    polled.sort();
    let how =
        if spacing.is_zero() { "burst".to_owned() } else { format!("{} ms apart", spacing.as_millis()) };
    row(
        &format!("Done → notification, p50 ({} orders, {how})", stream.len()),
        ms(percentile(&stream, 0.5)),
        format!("{} (5 s polling)", ms(percentile(&polled, 0.5))),
    );
    row(
        &format!("Done → notification, p99 ({how})"),
        ms(percentile(&stream, 0.99)),
        format!("{} (5 s polling)", ms(percentile(&polled, 0.99))),
    );
}

/// Resident memory (kB) and CPU time (user + system, clock ticks) of this process, from /proc (Linux).
fn usage() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let rss = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0);
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or_default().split_whitespace().collect();
    let ticks = fields.get(11).and_then(|u| u.parse::<u64>().ok()).unwrap_or(0)
        + fields.get(12).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
    (rss, ticks)
}

async fn many_waiting(quick: bool) {
    let count = if quick { 100 } else { 500 };
    let options = SandboxOptions { products: 200, rate_limit_scale: 0.0, ..SandboxOptions::default() };
    let sandbox = Sandbox::start(options).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let context = context(&dir, &sandbox).await;
    let made = orders(&context, count).await;
    let (rss_before, _) = usage();
    let sink: Sink = Arc::new(|_| {});
    for (id, _) in &made {
        context.tracking.spawn_follow(id.clone(), sink.clone());
    }
    tokio::time::sleep(Duration::from_secs(3)).await; // all connected
    let (rss_following, ticks_before) = usage();
    let window = Duration::from_secs(10);
    tokio::time::sleep(window).await;
    let (_, ticks_after) = usage();
    let cpu = (ticks_after - ticks_before) as f64 / 100.0 / window.as_secs_f64() * 100.0;
    row(
        &format!("{count} orders followed: memory (RSS growth)"),
        format!("{:.1} MiB", (rss_following.saturating_sub(rss_before)) as f64 / 1024.0),
        format!("{} trackers running", context.tracking.trackers().count()),
    );
    row(
        &format!("{count} orders followed: CPU while waiting"),
        format!("{cpu:.1} % of a core"),
        "incl. the in-process sandbox",
    );
}

#[tokio::main]
async fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    table::header();
    stream_latency(quick, Duration::from_millis(25)).await;
    stream_latency(quick, Duration::ZERO).await;
    many_waiting(quick).await;
}
