//! eSIMs bought and topped up: a plan from each provider's comparison bought through checkout (Bitrefill's
//! `POST /esims`, a Cryptorefills order), its activation sealed in the vault with its ICCID and drawn by the
//! core as a QR code that decodes back to the activation string; then topped up by that ICCID. In both forms
//! of the APIs: Bitrefill's ICCID in the order or only in its eSIM list, Cryptorefills' activation string
//! beside its QR image or only in the image.

use base64::Engine as _;
use giftdesk_core::catalog::EsimPlan;
use giftdesk_core::checkout::{LineRequest, PaymentChoice, PurchaseState};
use giftdesk_core::context::Context;
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;
use giftdesk_core::qr::read_qr;
use giftdesk_core::vault::{CodeEntry, CodeQuery};
use giftdesk_sandbox::{Dialect, SandboxOptions};
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{
    buy_and_follow, esim_destination, line, request, sandbox_state, shop_options, synced_context,
};
use giftdesk_testkit::TestHome;
use reqwest::Method;

const TRAVELLER: &str = "traveller@example.com";

/// The vault entry of one provider, revealed, and the QR code the core draws for it read back.
async fn activation_of(shop: &Context, provider: Provider) -> (CodeEntry, String) {
    let query = CodeQuery { provider: Some(provider), ..CodeQuery::default() };
    let entry = shop.vault.codes(&query, true).await.unwrap().into_iter().next().expect("in the vault");
    let activation = shop.vault.esim_activation(entry.id).await.unwrap();
    let lpa = entry.redemption.as_ref().and_then(|r| r.lpa()).expect("an activation string").to_owned();
    assert_eq!(activation.lpa, lpa);
    assert!(activation.qr_side_px >= 300, "scannable from a screen: {} px", activation.qr_side_px);
    let (address, code) = (activation.smdp_address.unwrap(), activation.activation_code.unwrap());
    assert_eq!(format!("LPA:1${address}${code}"), lpa, "the manual-entry values are the string's parts");
    let png = base64::engine::general_purpose::STANDARD.decode(&activation.qr_png_base64).unwrap();
    assert_eq!(read_qr(&png).as_deref(), Some(lpa.as_str()), "the drawn QR code decodes to the LPA");
    assert_eq!(activation.iccid, entry.iccid);
    (entry, lpa)
}

fn plan_line(plan: &EsimPlan) -> LineRequest {
    line(plan.provider, &plan.product_id, Some(&plan.plan), None, TRAVELLER)
}

async fn esims_bought_and_topped_up(dialect: Dialect) {
    let options = SandboxOptions { dialect, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let shop = synced_context(&home, &apis).await;
    let plans = shop.catalog.esim_plans(&esim_destination(&shop).await).await.unwrap();

    for provider in Provider::ALL {
        let plan = plans.iter().find(|p| p.provider == provider && !p.unlimited).expect("a plan of each");
        let done = buy_and_follow(&shop, &apis, plan_line(plan)).await;
        assert_eq!(done.state, PurchaseState::Delivered, "{provider:?}: {done:?}");
        let (entry, _) = activation_of(&shop, provider).await;
        assert!(entry.iccid.as_deref().is_some_and(|i| i.starts_with("89")), "{provider:?}: {entry:?}");
    }
    // Bitrefill sold its eSIM through the eSIM endpoint, once.
    let requests = sandbox_state(&apis).await["requests"].clone();
    assert_eq!(requests["POST /v2/esims"], 1, "{requests}");
    assert!(requests.get("POST /v2/invoices").is_none(), "{requests}");

    // Topped up by its ICCID from the vault entry: the same eSIM, one more plan, no new activation.
    let (bitrefill, lpa) = activation_of(&shop, Provider::Bitrefill).await;
    let iccid = bitrefill.iccid.clone().unwrap();
    let top_up = shop.checkout.esim_top_up(&iccid).await.unwrap();
    assert_eq!(top_up.recipient.as_deref(), Some(TRAVELLER));
    let more = top_up.plans.last().unwrap();
    let top_up_line = LineRequest {
        esim_id: Some(iccid.clone()),
        ..line(Provider::Bitrefill, &top_up.product_id, Some(&more.id), None, TRAVELLER)
    };
    let done = buy_and_follow(&shop, &apis, top_up_line).await;
    assert_eq!(done.state, PurchaseState::Delivered, "{done:?}");
    assert_eq!(done.lines[0].esim_id.as_deref(), Some(iccid.as_str()));
    let (status, esim) = Apis::json(apis.bitrefill(Method::GET, &format!("/esims/{iccid}"))).await;
    assert_eq!(status, 200, "{esim}");
    assert_eq!(esim["data"]["plans"].as_array().map(Vec::len), Some(2), "{esim}");
    let bitrefill_codes = CodeQuery { provider: Some(Provider::Bitrefill), ..CodeQuery::default() };
    assert_eq!(shop.vault.codes(&bitrefill_codes, false).await.unwrap().len(), 1, "no second eSIM");
    assert_eq!(activation_of(&shop, Provider::Bitrefill).await.1, lpa, "the activation is unchanged");

    // Refused before anything is sent, naming the field: an ICCID the vault does not hold, a malformed
    // one, and a Cryptorefills eSIM (which sells no top-ups).
    let cryptorefills = shop.vault.codes(&CodeQuery::default(), false).await.unwrap();
    let cryptorefills_iccid =
        cryptorefills.iter().find(|c| c.provider == Provider::Cryptorefills).unwrap().iccid.clone().unwrap();
    for wrong in ["8900000000000000000", "12-34", cryptorefills_iccid.as_str()] {
        let wrong_line = LineRequest {
            esim_id: Some(wrong.into()),
            ..line(Provider::Bitrefill, &top_up.product_id, Some(&more.id), None, TRAVELLER)
        };
        let refused =
            shop.checkout.checkout(&request(vec![wrong_line], PaymentChoice::AutoPay)).await.unwrap_err();
        assert!(
            matches!(refused, Error::InvalidInput { ref field, .. } if field == "esim_id"),
            "{wrong}: {refused:?}"
        );
    }
    let requests = sandbox_state(&apis).await["requests"].clone();
    assert_eq!(requests["POST /v2/esims"], 2, "only the one top-up was sent: {requests}");
}

#[tokio::test(flavor = "multi_thread")]
async fn esims_bought_from_both_and_topped_up_by_iccid() {
    Box::pin(esims_bought_and_topped_up(Dialect::Live)).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn esims_bought_from_both_and_topped_up_by_iccid_docs_form() {
    Box::pin(esims_bought_and_topped_up(Dialect::Docs)).await;
}

/// Live: Cryptorefills' QR image alone, its string read from it. Docs: the string given beside the image.
async fn activation_kept(dialect: Dialect) {
    let options = SandboxOptions { dialect, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let shop = synced_context(&home, &apis).await;
    let plan = line(Provider::Cryptorefills, "US/eSIM", Some("3 GB 30 days"), None, TRAVELLER);
    assert_eq!(buy_and_follow(&shop, &apis, plan).await.state, PurchaseState::Delivered);
    let (entry, lpa) = activation_of(&shop, Provider::Cryptorefills).await;
    assert!(entry.redemption.unwrap().image.is_some(), "the QR image itself is sealed in the vault");
    assert!(lpa.starts_with("LPA:1$smdp.sandbox.example$"), "{lpa}");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_esim_given_as_a_qr_image_alone_keeps_its_activation_string() {
    activation_kept(Dialect::Live).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_esim_given_with_its_activation_string_keeps_it_docs_form() {
    activation_kept(Dialect::Docs).await;
}
