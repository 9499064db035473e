//! A shop's team: desks on one PostgreSQL book (a real server, `scripts/postgres.sh`), each desk a process
//! of the real binary with its own data folder and keyring. A purchase made on one desk shows on the other
//! with its code, which opens there; two desks paying one invoice at once pay it once; a desk that lost
//! the database buys nothing and says why; the password and the team key never reach a file or the
//! database.

pub mod common;

use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::apis::{fast_options, Apis};
use common::shop::{provider_invoices, sandbox_state};
use common::team::{desk_id, team_of, team_on};
use common::verbs::{command, json_of, run, AMAZON_50_FROM_BALANCE as BUY_AMAZON_50};
use common::{stdout_json, TestHome};
use giftdesk_core::checkout::{PaymentChoice, PurchaseState};
use giftdesk_core::providers::Provider;
use giftdesk_core::tracking::{Sink, TrackEvent};
use giftdesk_sandbox::SandboxOptions;
use giftdesk_testkit::shop::{line, request};
use serde_json::Value;
use sqlx::Connection;

async fn synced(home: &TestHome, apis: &Apis) {
    json_of(home, apis, &["sync", "--provider", "bitrefill", "--include-test-products", "--json"]).await;
}

fn password_of(url: &str) -> String {
    url::Url::parse(url).unwrap().password().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_purchase_made_on_one_desk_shows_on_the_other_with_its_code() {
    let apis = Apis::start(fast_options()).await;
    let (url, desks) = team_of(&apis, 2).await;
    let (front, back) = (&desks[0], &desks[1]);
    synced(front, &apis).await;

    // The back desk's window follows the book: it hears of the front desk's purchase as it happens.
    let back_shop = giftdesk_testkit::shop::open(back.data_dir(), &back.keyring_service, &apis.sandbox).await;
    let (told, mut heard) = tokio::sync::mpsc::unbounded_channel();
    let sink: Sink = Arc::new(move |event| {
        let _ = told.send((Instant::now(), event));
    });
    let listening = tokio::spawn({
        let tracking = back_shop.tracking.clone();
        async move { tracking.follow_team_book(sink).await }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;

    let bought = json_of(front, &apis, &BUY_AMAZON_50).await;
    let answered = Instant::now();
    let id = bought["purchase_id"].as_str().unwrap().to_owned();
    let tracked = json_of(front, &apis, &["track", &id, "--json"]).await;
    assert_eq!(tracked[0]["state"], "delivered", "{tracked}");

    // Shown on the back desk within a second of the front desk's answer, and its codes there too.
    let mut first_seen = None;
    let mut codes_announced_here = false;
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        let Ok(Some((at, event))) = tokio::time::timeout(Duration::from_secs(1), heard.recv()).await else {
            continue;
        };
        let (TrackEvent::Changed { purchase } | TrackEvent::CodesArrived { purchase, .. }) = &event;
        if purchase.purchase_id == id {
            first_seen.get_or_insert(at);
            codes_announced_here |= matches!(event, TrackEvent::CodesArrived { .. });
            if purchase.state == PurchaseState::Delivered {
                break;
            }
        }
    }
    let first_seen = first_seen.expect("the back desk heard of the purchase");
    assert!(
        first_seen <= answered + Duration::from_secs(1),
        "shown on the other desk {:?} after the buying desk had its answer",
        first_seen.saturating_duration_since(answered)
    );
    assert!(!codes_announced_here, "\"codes arrived\" is told on the desk that bought them, not this one");
    listening.abort();

    let listed = json_of(back, &apis, &["purchases", "--json"]).await;
    let shown = listed.as_array().unwrap().iter().find(|p| p["purchase_id"] == id.as_str()).expect("listed");
    assert_eq!(shown["state"], "delivered");
    assert_eq!(shown["desk_id"], desk_id(front, &apis).await.as_str(), "made on the front desk");
    let codes_front = json_of(front, &apis, &["codes", "--reveal", "--json"]).await;
    let codes_back = json_of(back, &apis, &["codes", "--reveal", "--json"]).await;
    assert_eq!(codes_back.as_array().unwrap().len(), 1, "{codes_back}");
    let code = codes_front[0]["redemption"]["code"].as_str().expect("a code").to_owned();
    assert_eq!(codes_back[0]["redemption"]["code"], code.as_str(), "the same code opens on the other desk");

    // What the database holds: sealed codes, no key, no password.
    let mut db = sqlx::PgConnection::connect(&url).await.unwrap();
    let sealed: Vec<Vec<u8>> =
        sqlx::query_scalar("SELECT sealed FROM codes").fetch_all(&mut db).await.unwrap();
    assert_eq!(sealed.len(), 1);
    assert!(!String::from_utf8_lossy(&sealed[0]).contains(&code), "the code is sealed in the database");
    let dump: String = sqlx::query_scalar("SELECT string_agg(t::text, ' ') FROM (SELECT * FROM team) t")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert!(dump.len() > 10, "the team row holds a digest of the key, never the key: {dump}");
    let password = password_of(&url);
    for home in &desks {
        for file in home.files_written() {
            let bytes = std::fs::read(&file).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains(&password), "the database password is in {}", file.display());
            assert!(!text.contains(&code), "a code is in {}", file.display());
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn two_desks_paying_one_invoice_at_once_pay_it_once() {
    // Rate-limit headers on, as the live API sends them: without them a new process spaces its first
    // requests out, and each `pay` would wait for it.
    let apis = Apis::start(SandboxOptions { rate_limit_scale: 20.0, ..fast_options() }).await;
    let (_url, desks) = team_of(&apis, 2).await;
    let front =
        giftdesk_testkit::shop::open(desks[0].data_dir(), &desks[0].keyring_service, &apis.sandbox).await;
    front.catalog.sync(Provider::Bitrefill, |_| {}).await.unwrap();
    let amazon = line(Provider::Bitrefill, "amazon-us", Some("amazon-us<&>50"), None, "ana@example.com");
    let created = front.checkout.checkout(&request(vec![amazon], PaymentChoice::Balance)).await.unwrap();
    let (id, invoice) = (created[0].purchase_id.clone(), created[0].provider_ref.clone().unwrap());

    for _ in 0..3 {
        let payers: Vec<_> = desks
            .iter()
            .map(|desk| command(desk, &apis, &["pay", &id, "--json"]).stdout(Stdio::piped()).spawn().unwrap())
            .collect();
        let outputs = tokio::task::spawn_blocking(move || {
            payers.into_iter().map(|p| p.wait_with_output().unwrap()).collect::<Vec<_>>()
        })
        .await
        .unwrap();
        let paid_now = outputs.iter().filter(|o| stdout_json(o)["paid_now"] == true).count();
        assert!(paid_now <= 1, "paid by {paid_now} desks at once");
    }
    let state = sandbox_state(&apis).await;
    assert_eq!(state["pay_attempts"][&invoice].as_u64(), Some(1), "one payment reached Bitrefill: {state}");
    let back = json_of(&desks[1], &apis, &["purchase", &id, "--json"]).await;
    assert_ne!(back["state"], "awaiting_payment", "the back desk sees it paid: {back}");
}

/// A TCP relay to the database that the test can cut: the desk loses its server mid-life, as when the
/// shop's network drops.
async fn relay_to(url: &str) -> (String, tokio::task::JoinHandle<()>) {
    let parsed = url::Url::parse(url).unwrap();
    let server = format!("{}:{}", parsed.host_str().unwrap(), parsed.port().unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let relay = tokio::spawn(async move {
        let mut links = tokio::task::JoinSet::new();
        while let Ok((mut client, _)) = listener.accept().await {
            let server = server.clone();
            links.spawn(async move {
                if let Ok(mut upstream) = tokio::net::TcpStream::connect(server).await {
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                }
            });
        }
    });
    let mut relayed = parsed.clone();
    relayed.set_port(Some(port)).unwrap();
    (relayed.to_string(), relay)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_desk_that_lost_the_database_buys_nothing_and_says_why() {
    let apis = Apis::start(fast_options()).await;
    let (relayed, relay) = relay_to(&giftdesk_testkit::team::new_database().await).await;
    let (_url, desks) = team_on(&apis, relayed, 1).await;
    let desk = &desks[0];
    synced(desk, &apis).await;
    json_of(desk, &apis, &BUY_AMAZON_50).await;
    let invoices_before = provider_invoices(&apis).await.len();

    relay.abort();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let refused = run(desk, &apis, &BUY_AMAZON_50).await;
    assert!(!refused.status.success());
    let error: Value = stdout_json(&refused)["error"].clone();
    assert_eq!(error["code"], "team_unreachable", "{error}");
    let message = error["message"].as_str().unwrap();
    assert!(message.contains("database cannot be reached") && message.contains("buys nothing"), "{message}");
    assert_eq!(provider_invoices(&apis).await.len(), invoices_before, "nothing was sent to Bitrefill");

    let status = json_of(desk, &apis, &["team", "status", "--json"]).await;
    assert_eq!(status["reachable"], false, "{status}");
    assert!(status["problem"].as_str().unwrap().contains("cannot be reached"), "{status}");
}

#[tokio::test(flavor = "multi_thread")]
async fn leaving_takes_the_team_key_off_the_desk() {
    let apis = Apis::start(fast_options()).await;
    let (url, desks) = team_of(&apis, 2).await;
    let back = &desks[1];
    let keyring = giftdesk_core::secrets::Keyring::new(back.keyring_service.clone());
    assert!(keyring.get(giftdesk_core::vault::TEAM_KEY_ENTRY).await.unwrap().is_some());
    json_of(back, &apis, &["team", "leave", "--json"]).await;
    assert!(keyring.get(giftdesk_core::vault::TEAM_KEY_ENTRY).await.unwrap().is_none(), "the key is gone");
    assert!(keyring.get(giftdesk_core::team::PASSWORD_ENTRY).await.unwrap().is_none(), "the password too");
    let status = json_of(back, &apis, &["team", "status", "--json"]).await;
    assert!(status["team"].is_null(), "alone again: {status}");
    let members = json_of(&desks[0], &apis, &["team", "status", "--json"]).await["members"].clone();
    assert_eq!(members.as_array().unwrap().len(), 1, "the team sees the desk gone: {members}");

    // A join code works once, and only the code shown.
    let code = json_of(&desks[0], &apis, &["team", "invite", "--json"]).await["join_code"]
        .as_str()
        .unwrap()
        .to_owned();
    let join = |code: String| {
        let mut join = command(&TestHome::new(), &apis, &["team", "join", "--database", &url, "--json"]);
        common::run_with_input(&mut join, &code)
    };
    let (id, _) = code.split_once('-').unwrap();
    let refused = join(format!("{id}-{}", "0".repeat(32)));
    assert_eq!(stdout_json(&refused)["error"]["field"], "join_code", "a wrong secret half is refused");
    assert!(join(code.clone()).status.success(), "the code shown works (the wrong try did not spend it)");
    let again = join(code);
    assert_eq!(stdout_json(&again)["error"]["field"], "join_code", "and works once");
}
