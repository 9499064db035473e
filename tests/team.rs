//! A shop's team: desks on one PostgreSQL book (a real server, `scripts/postgres.sh`), each desk a process
//! of the real binary with its own data folder and keyring. A purchase made on one desk shows on the other
//! with its code, which opens there; two desks paying one invoice at once pay it once; a desk that lost
//! the database buys nothing and says why; the password and the team key never reach a file or the
//! database.

pub mod common;

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
    let bought = json_of(front, &apis, &BUY_AMAZON_50).await;
    let id = bought["purchase_id"].as_str().unwrap().to_owned();
    let tracked = json_of(front, &apis, &["track", &id, "--json"]).await;
    assert_eq!(tracked[0]["state"], "delivered", "{tracked}");

    let listed = json_of(back, &apis, &["purchases", "--json"]).await;
    let shown = listed.as_array().unwrap().iter().find(|p| p["purchase_id"] == id.as_str()).expect("listed");
    assert_eq!(shown["state"], "delivered");
    assert_eq!(shown["desk_id"], desk_id(front, &apis).await.as_str(), "made on the front desk");
    let codes_front = json_of(front, &apis, &["codes", "--reveal", "--json"]).await;
    let codes_back = json_of(back, &apis, &["codes", "--reveal", "--json"]).await;
    assert_eq!(codes_back.as_array().unwrap().len(), 1, "{codes_back}");
    let code = codes_front[0]["redemption"]["code"].as_str().expect("a code").to_owned();
    assert_eq!(codes_back[0]["redemption"]["code"], code.as_str(), "the same code opens on the other desk");

    // What the database holds: the code sealed, the team key nowhere (neither the team row nor a join
    // code's wrapping), and no file of either desk holds the password or the code.
    let key = giftdesk_core::secrets::Keyring::new(front.keyring_service.clone())
        .get(giftdesk_core::vault::TEAM_KEY_ENTRY)
        .await
        .unwrap()
        .expect("the team key is in the desk's keyring")
        .expose()
        .clone();
    let key_bytes = base64_decode(&key);
    let key_hex: String = key_bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut db = sqlx::PgConnection::connect(&url).await.unwrap();
    let sealed: Vec<Vec<u8>> =
        sqlx::query_scalar("SELECT sealed FROM codes").fetch_all(&mut db).await.unwrap();
    assert_eq!(sealed.len(), 1);
    assert!(!String::from_utf8_lossy(&sealed[0]).contains(&code), "the code is sealed in the database");
    for table in ["team", "join_codes", "desks", "purchases", "purchase_events", "codes"] {
        let dump: Option<String> =
            sqlx::query_scalar(&format!("SELECT string_agg(t::text, ' ') FROM (SELECT * FROM {table}) t"))
                .fetch_one(&mut db)
                .await
                .unwrap();
        let dump = dump.unwrap_or_default();
        assert!(!dump.contains(&key) && !dump.contains(&key_hex), "the team key is in the table {table}");
        assert!(table == "codes" || !dump.contains(&code), "the code is in the table {table}");
    }
    let wrapped: Vec<Vec<u8>> =
        sqlx::query_scalar("SELECT wrapped_key FROM join_codes").fetch_all(&mut db).await.unwrap();
    assert!(wrapped.iter().all(|w| !w.windows(key_bytes.len()).any(|part| part == key_bytes.as_slice())));
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

/// A desk's core as its window holds it (own data folder, keyring entries and connections).
async fn desk_window(home: &TestHome, apis: &Apis) -> giftdesk_core::context::Context {
    giftdesk_testkit::shop::open(home.data_dir(), &home.keyring_service, &apis.sandbox).await
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(text).expect("the key is base64")
}

/// Waits until a desk listens to the book (its LISTEN is the last statement of its connection).
async fn listening_on(url: &str) {
    let mut db = sqlx::PgConnection::connect(url).await.unwrap();
    for _ in 0..100 {
        let listening: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'",
        )
        .fetch_one(&mut db)
        .await
        .unwrap();
        if listening > 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the desk never listened to the book");
}

/// Each event a desk's window is told, with when it was told.
fn recorder() -> (Sink, tokio::sync::mpsc::UnboundedReceiver<(Instant, TrackEvent)>) {
    let (told, heard) = tokio::sync::mpsc::unbounded_channel();
    let sink: Sink = Arc::new(move |event| {
        let _ = told.send((Instant::now(), event));
    });
    (sink, heard)
}

/// Waits until the recorder has told of purchase `id` in `state`; when it was told, and whether "codes
/// arrived" was told on the way.
async fn told_of(
    heard: &mut tokio::sync::mpsc::UnboundedReceiver<(Instant, TrackEvent)>,
    id: &str,
    state: PurchaseState,
) -> (Instant, bool) {
    let mut codes_arrived = false;
    loop {
        let (at, event) = tokio::time::timeout(Duration::from_secs(10), heard.recv())
            .await
            .unwrap_or_else(|_| panic!("never told of {id} in {state:?}"))
            .expect("the sink is alive");
        codes_arrived |= matches!(event, TrackEvent::CodesArrived { .. });
        let (TrackEvent::Changed { purchase } | TrackEvent::CodesArrived { purchase, .. }) = &event;
        if purchase.purchase_id == id && purchase.state == state {
            return (at, codes_arrived);
        }
    }
}

/// Two desks' windows (each its own data folder, keyring entries and connections to the book): what one
/// records reaches the other's screen within a second, over LISTEN/NOTIFY; "codes arrived" is told on the
/// desk that bought them.
#[tokio::test(flavor = "multi_thread")]
async fn a_change_on_one_desk_reaches_the_other_within_a_second() {
    let apis = Apis::start(SandboxOptions { rate_limit_scale: 20.0, ..fast_options() }).await;
    let (url, desks) = team_of(&apis, 2).await;
    let (front, back) = (desk_window(&desks[0], &apis).await, desk_window(&desks[1], &apis).await);
    front.catalog.sync(Provider::Bitrefill, |_| {}).await.unwrap();
    let (back_sink, mut back_heard) = recorder();
    let listening = tokio::spawn({
        let tracking = back.tracking.clone();
        async move { tracking.follow_team_book(back_sink).await }
    });
    listening_on(&url).await;

    let amazon = line(Provider::Bitrefill, "amazon-us", Some("amazon-us<&>50"), None, "ana@example.com");
    let created = front.checkout.checkout(&request(vec![amazon], PaymentChoice::Balance)).await.unwrap();
    let recorded_at = Instant::now();
    let id = created[0].purchase_id.clone();
    let (seen_at, _) = told_of(&mut back_heard, &id, PurchaseState::AwaitingPayment).await;
    assert!(seen_at <= recorded_at + Duration::from_secs(1), "shown {:?} late", seen_at - recorded_at);

    front.checkout.pay(&id).await.unwrap();
    let (front_sink, mut front_heard) = recorder();
    let delivered = front.tracking.follow(&id, &front_sink).await.unwrap();
    let delivered_at = Instant::now();
    assert_eq!(delivered.state, PurchaseState::Delivered);
    let (seen_at, codes_told_on_back) = told_of(&mut back_heard, &id, PurchaseState::Delivered).await;
    assert!(
        seen_at <= delivered_at + Duration::from_secs(1),
        "delivery shown {:?} late",
        seen_at - delivered_at
    );
    assert!(!codes_told_on_back, "\"codes arrived\" is not told on a desk that did not buy them");
    let (_, codes_told_on_front) = told_of(&mut front_heard, &id, PurchaseState::Delivered).await;
    assert!(codes_told_on_front, "\"codes arrived\" is told on the desk that bought them");
    listening.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn two_desks_paying_one_invoice_at_once_pay_it_once() {
    // Rate-limit headers on, as the live API sends them: without them a new client spaces its first
    // requests out.
    let apis = Apis::start(SandboxOptions { rate_limit_scale: 20.0, ..fast_options() }).await;
    let (_url, desks) = team_of(&apis, 2).await;
    let (front, back) = (desk_window(&desks[0], &apis).await, desk_window(&desks[1], &apis).await);
    front.catalog.sync(Provider::Bitrefill, |_| {}).await.unwrap();
    for _ in 0..5 {
        let amazon = line(Provider::Bitrefill, "amazon-us", Some("amazon-us<&>50"), None, "ana@example.com");
        let created = front.checkout.checkout(&request(vec![amazon], PaymentChoice::Balance)).await.unwrap();
        let (id, invoice) = (created[0].purchase_id.clone(), created[0].provider_ref.clone().unwrap());
        // Both desks at once, twice over.
        let (a, b, c, d) = tokio::join!(
            front.checkout.pay(&id),
            back.checkout.pay(&id),
            back.checkout.pay(&id),
            front.checkout.pay(&id)
        );
        let paid_now = [a, b, c, d].into_iter().filter(|r| r.as_ref().is_ok_and(|r| r.paid_now)).count();
        assert_eq!(paid_now, 1, "paid by exactly one of the desks");
        let state = sandbox_state(&apis).await;
        assert_eq!(
            state["pay_attempts"][&invoice].as_u64(),
            Some(1),
            "one payment reached Bitrefill: {state}"
        );
        let seen = back.checkout.purchase(&id).await.unwrap();
        assert_ne!(seen.state, PurchaseState::AwaitingPayment, "the back desk sees it paid");
    }
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
    // A backup file holds one desk's own book: on a team desk it is refused, never written without the team's codes.
    let file = back.data_dir().join("vault.age");
    let mut backup = command(back, &apis, &["backup", "--to", file.to_str().unwrap(), "--json"]);
    let refused = common::run_with_input(&mut backup, "correct horse battery staple 2026");
    assert_eq!(
        stdout_json(&refused)["error"]["field"],
        "backup",
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(!file.exists());
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
