//! Crash drill: `giftdesk` is killed (SIGKILL) at random moments while buying, paying and tracking, 50 times,
//! and restarted each time as a reseller would (list purchases, pay what is unpaid, follow to the end). Then:
//! every invoice at the provider belongs to exactly one purchase, none was paid twice, the balance moved by
//! exactly what was paid, and every delivered card's code is in the vault exactly once.

pub mod common;

use std::collections::HashMap;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::apis::{fast_options, Apis};
use common::shop::{assert_paid_once_each, provider_invoices, sandbox_state};
use common::team::team_of;
use common::verbs::{command, json_of, run};
use common::TestHome;
use giftdesk_sandbox::{Dialect, SandboxOptions};

const TRIALS: usize = 50;
fn trials() -> usize {
    std::env::var("DRILL_TRIALS").ok().and_then(|t| t.parse().ok()).unwrap_or(TRIALS)
}

/// Kills the process after `after` if it is still running; true when it was killed.
async fn kill_after(mut child: Child, after: Duration) -> bool {
    let deadline = Instant::now() + after;
    while Instant::now() < deadline {
        if child.try_wait().ok().flatten().is_some() {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let killed = child.kill().is_ok(); // SIGKILL on Unix: no destructor, no flush, no goodbye.
    let _ = tokio::task::spawn_blocking(move || child.wait()).await;
    killed
}

async fn spawn_and_kill(home: &TestHome, apis: &Apis, args: &[&str], after: Duration) -> bool {
    let mut command = command(home, apis, args);
    command.stdout(Stdio::null()).stderr(Stdio::null());
    kill_after(command.spawn().expect("giftdesk starts"), after).await
}

/// What a reseller does after a crash: open the list (which reconciles), pay what is unpaid, follow the rest.
async fn recover(home: &TestHome, apis: &Apis) {
    let purchases = json_of(home, apis, &["purchases", "--json"]).await;
    for purchase in purchases.as_array().unwrap() {
        if purchase["state"] == "awaiting_payment" && purchase["payment_method"] == "balance" {
            // Refused while an earlier attempt's claim stands: never a second payment.
            run(home, apis, &["pay", purchase["purchase_id"].as_str().unwrap()]).await;
        }
    }
}

// Half the trials against each form the providers' APIs are known in (the docs' and the live one).
#[tokio::test(flavor = "multi_thread")]
async fn killed_fifty_times_nothing_lost_doubled_or_paid_twice_live_form() {
    drill(Dialect::Live, trials().div_ceil(2), 1).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_fifty_times_nothing_lost_doubled_or_paid_twice_docs_form() {
    drill(Dialect::Docs, trials() / 2, 1).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_desks_killed_thirty_times_nothing_lost_doubled_or_paid_twice() {
    let trials = std::env::var("TEAM_DRILL_TRIALS").ok().and_then(|t| t.parse().ok()).unwrap_or(30);
    drill(Dialect::Live, trials, 2).await;
}

async fn drill(dialect: Dialect, trials: usize, desks: usize) {
    // Latency widens the windows a kill can land in; deliveries take a fraction of a second. Rate-limit
    // headers on, as the live APIs send them (without them each new process spaces its requests out), in
    // windows as fast as the sandbox's clock (`time_scale` 0.05: 20 times fast).
    let options = SandboxOptions {
        latency: Duration::from_millis(25),
        rate_limit_scale: 20.0,
        dialect,
        ..fast_options()
    };
    let apis = Apis::start(options).await;
    let homes = match desks {
        1 => vec![TestHome::new()],
        _ => team_of(&apis, desks).await.1,
    };
    for home in &homes {
        json_of(home, &apis, &["sync", "--include-test-products", "--markets", "US", "--json"]).await;
    }
    let any_desk = || &homes[fastrand::usize(..homes.len())];
    let balance_before = sandbox_state(&apis).await["balance"].as_u64().unwrap();

    let mut killed = 0;
    let drill_started = Instant::now();
    for trial in 0..trials {
        let trial_started = Instant::now();
        let pay = if trial % 2 == 0 { "balance" } else { "auto" };
        let buy = [
            "buy",
            "--provider",
            "bitrefill",
            "--product",
            "amazon-us",
            "--package",
            "50",
            "--recipient",
            "drill@example.com",
            "--pay",
            pay,
        ];
        killed += usize::from(
            spawn_and_kill(any_desk(), &apis, &buy, Duration::from_millis(fastrand::u64(0..250))).await,
        );
        recover(any_desk(), &apis).await;
        // And a tracker killed mid-flight, every third trial.
        if trial % 3 == 0 {
            let after = Duration::from_millis(fastrand::u64(0..400));
            killed += usize::from(spawn_and_kill(any_desk(), &apis, &["track", "--all"], after).await);
        }
        eprintln!("trial {trial}: {:?}", trial_started.elapsed());
    }
    eprintln!("trials done in {:?}", drill_started.elapsed());
    // Claims left by a payment killed in flight lapse after two minutes; the drill does not wait for them.
    for home in &homes {
        recover(home, &apis).await;
    }
    let settling = Instant::now();
    let tracked = tokio::time::timeout(Duration::from_secs(300), async {
        loop {
            let left = json_of(any_desk(), &apis, &["purchases", "--json"]).await;
            let open: Vec<_> = left
                .as_array()
                .unwrap()
                .iter()
                .filter(|p| {
                    !["delivered", "not_created", "awaiting_payment", "unknown"]
                        .contains(&p["state"].as_str().unwrap())
                })
                .cloned()
                .collect();
            if open.is_empty() {
                return left;
            }
            eprintln!(
                "still open: {:?}",
                open.iter().map(|p| (p["state"].clone(), p["note"].clone())).collect::<Vec<_>>()
            );
            let ids: Vec<String> =
                open.iter().map(|p| p["purchase_id"].as_str().unwrap().to_owned()).collect();
            let apis = &apis;
            futures_util::future::join_all(
                ids.iter().map(|id| async move { run(any_desk(), apis, &["track", id]).await }),
            )
            .await;
        }
    })
    .await
    .expect("every purchase settles");
    eprintln!("settled in {:?}", settling.elapsed());
    let purchases = tracked.as_array().unwrap();
    println!(
        "crash drill: {dialect:?}, {desks} desk(s): {trials} trials, {killed} kills, {} purchases",
        purchases.len()
    );

    // Every invoice the provider holds belongs to exactly one purchase.
    let invoices = provider_invoices(&apis).await;
    let mut owners: HashMap<&str, usize> = HashMap::new();
    for purchase in purchases {
        if let Some(reference) = purchase["provider_ref"].as_str() {
            *owners.entry(reference).or_default() += 1;
        }
    }
    for invoice in &invoices {
        let id = invoice["id"].as_str().unwrap();
        assert_eq!(owners.get(id), Some(&1), "invoice {id} is owned by exactly one purchase");
    }
    assert_eq!(owners.len(), invoices.len(), "no purchase points at an invoice the provider does not have");
    assert!(purchases.iter().all(|p| p["state"] != "sending"), "no purchase left half-sent");
    // A purchase still `unknown` has no invoice to be found: it was never created.
    assert!(purchases.iter().filter(|p| p["state"] == "unknown").all(|p| p["provider_ref"].is_null()));

    // Never paid twice, and the balance moved by exactly what was paid.
    assert_paid_once_each(&apis, &invoices, balance_before).await;

    // Every delivered card's code, once.
    let delivered: usize = invoices
        .iter()
        .map(|i| i["orders"].as_array().unwrap().iter().filter(|o| o["status"] == "delivered").count())
        .sum();
    for home in &homes {
        let codes = json_of(home, &apis, &["codes", "--json"]).await;
        assert_eq!(codes.as_array().unwrap().len(), delivered, "one code per delivered card, on every desk");
    }
    assert!(killed >= trials / 2, "the drill killed often enough to mean something ({killed})");
}
