//! Purchases whose create answer was lost, found again at the provider in both forms its API is known in
//! (the docs' and the live one): listings without orders, dates in the listing form, unpaid invoices hidden
//! unless asked for. Nothing is resent, nothing is called "not created" without a complete listing, and a
//! listing that fails never hides the rest of the purchases.

use std::time::Duration;

use giftdesk_core::checkout::{CheckoutOptions, PaymentChoice, PurchaseState};
use giftdesk_core::providers::Provider;
use giftdesk_core::tracking::Sink;
use giftdesk_core::vault::CodeQuery;
use giftdesk_sandbox::{Dialect, SandboxOptions};
use giftdesk_testkit::apis::{eventually, Apis};
use giftdesk_testkit::shop::{line, request, sandbox_state, shop_options, synced_context};
use giftdesk_testkit::TestHome;
use reqwest::Method;
use serde_json::json;

fn options(dialect: Dialect) -> SandboxOptions {
    SandboxOptions { dialect, ..shop_options() }
}

async fn lose_the_next_invoice_answer(apis: &Apis) {
    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "POST /v2/invoices", "hold_after_commit": true, "remaining": 1}),
    )
    .await;
}

fn quiet() -> Sink {
    std::sync::Arc::new(|_| {})
}

async fn auto_paid_and_lost_is_found_with_its_code_in_the_vault(dialect: Dialect) {
    let (home, apis) = (TestHome::new(), Apis::start(options(dialect)).await);
    let shop = synced_context(&home, &apis).await;
    lose_the_next_invoice_answer(&apis).await;
    let amazon = line(Provider::Bitrefill, "amazon-us", Some("amazon-us<&>50"), None, "ana@example.com");
    let bought = shop.checkout.checkout(&request(vec![amazon], PaymentChoice::AutoPay)).await.unwrap();
    let id = bought[0].purchase_id.clone();
    assert_eq!(sandbox_state(&apis).await["invoices"], 1, "created once");

    // Reconciliation (at start, `purchases`, `track`) finds and links it; the tracker then collects the code.
    let reconciled = shop.checkout.reconcile().await.unwrap();
    assert!(reconciled.failed.is_empty(), "{:?}", reconciled.failed);
    let purchase = shop.checkout.purchase(&id).await.unwrap();
    assert!(purchase.provider_ref.is_some(), "linked to its invoice: {purchase:?}");
    assert_ne!(purchase.state, PurchaseState::NotCreated, "it was created and paid: never 'buy again'");
    let done = tokio::time::timeout(Duration::from_secs(60), shop.tracking.follow(&id, &quiet()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(done.state, PurchaseState::Delivered, "{dialect:?}");
    let codes = shop.vault.codes(&CodeQuery::default(), true).await.unwrap();
    assert_eq!(codes.len(), 1);
    assert!(codes[0].redemption.as_ref().unwrap().code.is_some(), "the code is in the vault ({dialect:?})");
    assert_eq!(sandbox_state(&apis).await["invoices"], 1, "never created twice");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_lost_answer_after_auto_pay_is_found_in_the_live_form() {
    auto_paid_and_lost_is_found_with_its_code_in_the_vault(Dialect::Live).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_lost_answer_after_auto_pay_is_found_in_the_docs_form() {
    auto_paid_and_lost_is_found_with_its_code_in_the_vault(Dialect::Docs).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unpaid_invoice_whose_answer_was_lost_is_found_though_listings_hide_unpaid_ones() {
    for dialect in [Dialect::Live, Dialect::Docs] {
        let (home, apis) = (TestHome::new(), Apis::start(options(dialect)).await);
        let shop = synced_context(&home, &apis).await;
        lose_the_next_invoice_answer(&apis).await;
        let amazon = line(Provider::Bitrefill, "amazon-us", Some("amazon-us<&>25"), None, "ana@example.com");
        let mut crypto = request(vec![amazon], PaymentChoice::BitrefillCrypto { method: "bitcoin".into() });
        crypto.options = CheckoutOptions {
            refund_address: Some("bc1qrefundaddressofthereseller0000000000".into()),
            ..CheckoutOptions::default()
        };
        let bought = shop.checkout.checkout(&crypto).await.unwrap();
        let id = bought[0].purchase_id.clone();
        shop.checkout.reconcile().await.unwrap();
        let purchase = shop.checkout.purchase(&id).await.unwrap();
        assert_eq!(purchase.state, PurchaseState::AwaitingPayment, "{dialect:?}: {purchase:?}");
        assert!(purchase.payment.unwrap().address.is_some(), "the reseller can pay it now");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_listing_that_fails_leaves_the_purchase_unknown_and_the_list_whole() {
    let (home, apis) = (TestHome::new(), Apis::start(options(Dialect::Live)).await);
    let shop = synced_context(&home, &apis).await;
    let steam = line(Provider::Bitrefill, "amazon-us", Some("amazon-us<&>25"), None, "bo@example.com");
    shop.checkout.checkout(&request(vec![steam], PaymentChoice::AutoPay)).await.unwrap();
    lose_the_next_invoice_answer(&apis).await;
    // Every listing refused from now on, as an API that does not take the dates sent would.
    for route in ["GET /v2/orders", "GET /v2/invoices"] {
        apis.control(
            Method::POST,
            "/faults",
            json!({"route": route, "error_rate": 1.0, "error_status": 400}),
        )
        .await;
    }
    let amazon = line(Provider::Bitrefill, "amazon-us", Some("amazon-us<&>50"), None, "ana@example.com");
    let lost = shop.checkout.checkout(&request(vec![amazon], PaymentChoice::AutoPay)).await.unwrap();
    assert_eq!(lost[0].state, PurchaseState::Unknown, "buying still answers, with the purchase unknown");

    let reconciled = shop.checkout.reconcile().await.unwrap();
    assert_eq!(reconciled.failed.len(), 1, "the failure is the lost purchase's alone");
    let all = shop.checkout.purchases().await.unwrap();
    assert_eq!(all.len(), 2, "the list is shown all the same");
    let unknown = all.iter().find(|p| p.purchase_id == lost[0].purchase_id).unwrap();
    assert_eq!(unknown.state, PurchaseState::Unknown, "never 'not created' without proof");
    let trail = shop.checkout.purchase_events(&unknown.purchase_id).await.unwrap();
    assert!(trail.last().unwrap().detail.contains("Could not look it up yet"), "{trail:?}");

    // Once the listings answer again, it is found.
    apis.control(Method::DELETE, "/faults", json!({})).await;
    eventually(Duration::from_secs(30), || async {
        shop.checkout.reconcile().await.unwrap();
        let purchase = shop.checkout.purchase(&lost[0].purchase_id).await.unwrap();
        purchase.provider_ref.is_some().then_some(())
    })
    .await;
}
