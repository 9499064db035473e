//! An eSIM delivered as a QR image alone (Cryptorefills' live form): the image is sealed in the vault and its
//! activation string read back from it, so the reseller has the LPA for manual entry; drawn again as a QR
//! code, it decodes back to the same string.

use std::time::Duration;

use giftdesk_core::checkout::{PaymentChoice, PurchaseState};
use giftdesk_core::providers::Provider;
use giftdesk_core::tracking::{Sink, TrackEvent};
use giftdesk_core::vault::{read_qr, CodeQuery};
use giftdesk_sandbox::{Dialect, SandboxOptions};
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{line, request, shop_options, synced_context};
use giftdesk_testkit::TestHome;
use reqwest::Method;
use serde_json::json;

/// `text` drawn as a QR code, as a PNG: each module 8 pixels, with the quiet zone around it.
fn qr_png(text: &str) -> Vec<u8> {
    let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
    let (width, colors) = (code.width(), code.to_colors());
    let (scale, quiet) = (8u32, 4u32);
    let side = (width as u32 + 2 * quiet) * scale;
    let picture = image::GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = ((x / scale) as i64 - quiet as i64, (y / scale) as i64 - quiet as i64);
        let inside = mx >= 0 && my >= 0 && (mx as usize) < width && (my as usize) < width;
        let dark = inside && colors[my as usize * width + mx as usize] == qrcode::Color::Dark;
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut png = Vec::new();
    picture.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
    png
}

/// Live: the QR image alone, its string read from it. Docs: the string given beside the image.
async fn activation_kept(dialect: Dialect) {
    let options = SandboxOptions { dialect, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let shop = synced_context(&home, &apis).await;
    let usdc = PaymentChoice::Coin { coin: "USDC".into(), network: "Solana".into() };
    let plan = line(Provider::Cryptorefills, "US/eSIM", Some("3 GB 30 days"), None, "traveller@example.com");
    let purchase = shop.checkout.checkout(&request(vec![plan], usdc)).await.unwrap().remove(0);
    let reference = purchase.provider_ref.clone().unwrap();
    apis.control(Method::POST, &format!("/pay/{reference}"), json!({})).await;
    let quiet: Sink = std::sync::Arc::new(|_: TrackEvent| {});
    let done =
        tokio::time::timeout(Duration::from_secs(60), shop.tracking.follow(&purchase.purchase_id, &quiet))
            .await
            .unwrap()
            .unwrap();
    assert_eq!(done.state, PurchaseState::Delivered);

    let codes = shop.vault.codes(&CodeQuery::default(), true).await.unwrap();
    let redemption = codes[0].redemption.clone().expect("revealed");
    assert!(redemption.image.is_some(), "the QR image itself is sealed in the vault");
    let lpa = redemption.lpa().expect("the activation string read from the image").to_owned();
    assert!(lpa.starts_with("LPA:1$smdp.sandbox.example$"), "{lpa}");
    // Drawn again, the QR code gives back exactly the string a phone needs.
    assert_eq!(read_qr(&qr_png(&lpa)).as_deref(), Some(lpa.as_str()));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_esim_given_as_a_qr_image_alone_keeps_its_activation_string() {
    activation_kept(Dialect::Live).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_esim_given_with_its_activation_string_keeps_it_docs_form() {
    activation_kept(Dialect::Docs).await;
}
