//! Headless `track` and `codes`: a process killed while tracking is restarted, finishes, and stores each
//! code exactly once.

pub mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use common::apis::Apis;
use common::shop::shop_options;
use common::verbs::{command, json_of, run, AIRBNB_FOR_ANA};
use common::{assert_success, TestHome};
use reqwest::Method;
use serde_json::json;

/// A Cryptorefills Airbnb card for Ana, paid in USDC on Solana: its order awaits the payment.
async fn airbnb_for_ana(home: &TestHome, apis: &Apis) -> serde_json::Value {
    let args = [&AIRBNB_FOR_ANA[..], &["--customer", "Ana"]].concat();
    json_of(home, apis, &args).await
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_while_tracking_then_restarted_finishes_and_stores_each_code_once() {
    // Real-time lifecycles: a held order is delivered five seconds after payment, time enough to kill.
    let options = giftdesk_sandbox::SandboxOptions { time_scale: 1.0, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    json_of(&home, &apis, &["sync", "--include-test-products", "--markets", "US", "--json"]).await;
    let order = airbnb_for_ana(&home, &apis).await;
    let reference = order["provider_ref"].as_str().unwrap().to_owned();

    // The first tracker sees the payment arrive and the order held for the team, and is killed there.
    apis.control(Method::POST, "/outcome", json!({"id": reference, "outcome": "manual_action"})).await;
    let mut first = command(&home, &apis, &["track", "--all"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = first.stdout.take().unwrap();
    apis.control(Method::POST, &format!("/pay/{reference}"), json!({})).await;
    let seen = tokio::task::spawn_blocking(move || {
        let mut lines = BufReader::new(stdout).lines();
        lines.find(|l| l.as_ref().is_ok_and(|l| l.contains("delivering"))).map(Result::unwrap)
    });
    let seen = tokio::time::timeout(Duration::from_secs(30), seen).await.unwrap().unwrap();
    assert!(seen.is_some(), "the first tracker printed the change as it came");
    first.kill().unwrap();
    first.wait().unwrap();

    // Delivered after the team's manual step; the restarted tracker catches up and ends.
    let output = run(&home, &apis, &["track", "--all"]).await;
    assert_success(&output);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("1 code ready: Airbnb") && text.contains("delivered"), "{text}");

    let again = json_of(&home, &apis, &["track", "--all", "--json"]).await;
    assert_eq!(again.as_array().unwrap().len(), 0, "nothing left to follow");
    let codes = json_of(&home, &apis, &["codes", "--json"]).await;
    assert_eq!(codes.as_array().unwrap().len(), 1, "stored once: {codes}");
    assert!(codes[0].get("code").is_none(), "hidden unless revealed");
    assert_eq!(
        (codes[0]["brand"].as_str(), codes[0]["customer_ref"].as_str()),
        (Some("Airbnb"), Some("Ana"))
    );
    let revealed = json_of(&home, &apis, &["codes", "--reveal", "--json"]).await;
    assert_eq!(revealed[0]["purchase_id"], order["purchase_id"]);
    let code = revealed[0]["code"].as_str().unwrap_or_default().to_owned();
    assert!(code.len() >= 14, "{revealed}");

    // Export: the code leaves the vault only into a new file, readable by its owner alone.
    let outside = tempfile::tempdir().unwrap();
    let csv = outside.path().join("codes.csv");
    let exported = run(&home, &apis, &["codes", "--csv", csv.to_str().unwrap()]).await;
    assert_success(&exported);
    assert!(String::from_utf8_lossy(&exported.stderr).contains("Wrote 1 code(s)"));
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("purchase_id,provider,brand,value,currency,code,pin"));
    let row = lines.next().unwrap();
    assert!(row.contains(&code) && row.contains("Airbnb") && row.contains("Ana"), "{row}");
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&csv).unwrap().permissions()) & 0o777,
        0o600
    );
    let again = run(&home, &apis, &["codes", "--csv", csv.to_str().unwrap()]).await;
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"), "never overwritten");
}

/// One tracker per purchase across processes: while one `track` follows a purchase, a second one on the same
/// data folder watches the first one's progress in the store and never asks a provider. The second is
/// pointed at another sandbox, so any request it made would show there.
#[tokio::test(flavor = "multi_thread")]
async fn a_second_tracker_watches_the_first_and_never_asks_the_provider() {
    let options = giftdesk_sandbox::SandboxOptions { time_scale: 1.0, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let elsewhere = Apis::start(shop_options()).await;
    json_of(&home, &apis, &["sync", "--include-test-products", "--markets", "US", "--json"]).await;
    let order = airbnb_for_ana(&home, &apis).await;
    let reference = order["provider_ref"].as_str().unwrap().to_owned();

    let spawn = |apis: &Apis| {
        command(&home, apis, &["track", "--all"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let first = spawn(&apis);
    // The first is following once it has asked the provider about the order.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let state = common::shop::sandbox_state(&apis).await;
        let asked = state["requests"].as_object().unwrap().keys().any(|k| k.contains(&reference));
        if asked {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the first tracker never asked about the order");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let second = spawn(&elsewhere);
    tokio::time::sleep(Duration::from_secs(2)).await;
    apis.control(Method::POST, &format!("/pay/{reference}"), json!({})).await;

    let outputs = tokio::task::spawn_blocking(move || (first.wait_with_output(), second.wait_with_output()));
    let (first, second) = tokio::time::timeout(Duration::from_secs(60), outputs).await.unwrap().unwrap();
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_success(&first);
    assert_success(&second);
    let watched = String::from_utf8_lossy(&second.stdout);
    assert!(watched.contains("1 code ready: Airbnb") && watched.contains("delivered"), "{watched}");
    let asked_elsewhere = common::shop::sandbox_state(&elsewhere).await["requests"].clone();
    assert_eq!(asked_elsewhere, json!({}), "the watcher asked no provider anything");
    let codes = json_of(&home, &apis, &["codes", "--json"]).await;
    assert_eq!(codes.as_array().unwrap().len(), 1, "stored once: {codes}");
}

/// When the process following a purchase dies, the one watching it takes over at once (the OS dropped the
/// dead process's lock) and follows the purchase to its end: a watcher left alone would wait forever.
#[tokio::test(flavor = "multi_thread")]
async fn when_the_following_process_dies_the_watcher_takes_over() {
    let options = giftdesk_sandbox::SandboxOptions { time_scale: 1.0, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    json_of(&home, &apis, &["sync", "--include-test-products", "--markets", "US", "--json"]).await;
    let order = airbnb_for_ana(&home, &apis).await;
    let reference = order["provider_ref"].as_str().unwrap().to_owned();
    let spawn = || {
        command(&home, &apis, &["track", "--all"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut first = spawn();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !common::shop::sandbox_state(&apis).await["requests"]
        .as_object()
        .unwrap()
        .keys()
        .any(|k| k.contains(&reference))
    {
        assert!(std::time::Instant::now() < deadline, "the first tracker never asked about the order");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let second = spawn();
    tokio::time::sleep(Duration::from_secs(2)).await;
    first.kill().unwrap();
    first.wait().unwrap();
    apis.control(Method::POST, &format!("/pay/{reference}"), json!({})).await;

    let finished = tokio::task::spawn_blocking(move || second.wait_with_output());
    let second = tokio::time::timeout(Duration::from_secs(60), finished)
        .await
        .expect("the watcher took over and finished")
        .unwrap()
        .unwrap();
    assert_success(&second);
    let text = String::from_utf8_lossy(&second.stdout);
    assert!(text.contains("1 code ready: Airbnb") && text.contains("delivered"), "{text}");
    let codes = json_of(&home, &apis, &["codes", "--json"]).await;
    assert_eq!(codes.as_array().unwrap().len(), 1, "stored once: {codes}");
}
