//! Bitrefill webhooks (off by default): the invoice is created with `webhook_url`, the sandbox calls back
//! when the invoice changes, and the tracker re-reads at once instead of at its next poll. A forged body
//! moves nothing: the payload is never trusted.

use std::time::{Duration, Instant};

use giftdesk_core::checkout::{PaymentChoice, PurchaseState};
use giftdesk_core::providers::Provider;
use giftdesk_core::settings::WebhookSettings;
use giftdesk_core::tracking::Sink;
use giftdesk_sandbox::SandboxOptions;
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{line, request, shop_options, synced_context};
use giftdesk_testkit::TestHome;
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn a_webhook_makes_the_tracker_read_now_and_its_body_is_not_trusted() {
    // 180-minute payment windows scaled to 5.4 s; unpaid invoices are otherwise polled every 10 s.
    let options = SandboxOptions { time_scale: 0.0005, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let shop = synced_context(&home, &apis).await;
    let listener = shop.tracking.listen_for_webhooks("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let public_url = format!("http://{}/bitrefill", listener.address);
    let mut settings = shop.settings().unwrap();
    settings.webhook = Some(WebhookSettings { listen: "127.0.0.1:0".into(), public_url: public_url.clone() });
    shop.save_settings(settings).unwrap();

    let mut crypto = request(
        vec![line(Provider::Bitrefill, "amazon-us", Some("25"), None, "a@example.com")],
        PaymentChoice::BitrefillCrypto { method: "usdc_base".into() },
    );
    crypto.options.refund_address = Some("0x3333333333333333333333333333333333333333".into());
    let started = Instant::now();
    let purchase = shop.checkout.checkout(&crypto).await.unwrap().remove(0);
    let invoice = purchase.provider_ref.clone().unwrap();
    let sent = shop.checkout.purchase_request(&purchase.purchase_id).await.unwrap();
    assert_eq!(sent["webhook_url"], json!(public_url), "Bitrefill is told where to call");

    let sink: Sink = std::sync::Arc::new(|_| {});
    let (follow_shop, id) = (shop.clone(), purchase.purchase_id.clone());
    let tracker = tokio::spawn(async move { follow_shop.tracking.follow(&id, &sink).await });
    tokio::time::sleep(Duration::from_millis(500)).await;

    // A stranger claims the invoice is delivered: the tracker looks, sees it unpaid, and records nothing.
    let forged = json!({"id": invoice, "status": "all_delivered", "payment": {"status": "complete"}});
    let answer = reqwest::Client::new().post(&public_url).json(&forged).send().await.unwrap();
    assert_eq!(answer.status(), 204);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        shop.checkout.purchase(&purchase.purchase_id).await.unwrap().state,
        PurchaseState::AwaitingPayment
    );
    let reads = giftdesk_testkit::shop::sandbox_state(&apis).await["requests"]
        [format!("GET /v2/invoices/{invoice}")]
    .as_u64()
    .unwrap_or(0);
    assert!(reads >= 2, "the first read, then one on the webhook ({reads})");

    // The window closes at 5.4 s; the sandbox calls back and the tracker settles it at once, not at 10 s.
    let done = tokio::time::timeout(Duration::from_secs(30), tracker).await.unwrap().unwrap().unwrap();
    assert_eq!(done.state, PurchaseState::Expired);
    assert!(started.elapsed() < Duration::from_secs(9), "settled on the webhook: {:?}", started.elapsed());
    let trail = shop.checkout.purchase_events(&purchase.purchase_id).await.unwrap();
    let last = trail.last().unwrap();
    assert_eq!(
        (last.state, last.detail.as_str()),
        (PurchaseState::Expired, "Re-read on a webhook"),
        "{trail:?}"
    );
}
