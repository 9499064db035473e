//! The logo fallback chain against the sandbox: the sized `.webp`, then `.jpg`, then `logo_url`, then the
//! initials placeholder; a logo larger than its place scaled to fit it; and a logo once fetched is served
//! from the disk cache with every address down.

use giftdesk_core::catalog::logos::LogoPlace;
use giftdesk_core::providers::Provider;
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{shop_options, synced_context};
use giftdesk_testkit::TestHome;
use reqwest::Method;
use serde_json::json;

async fn fail(apis: &Apis, path: &str) {
    apis.control(Method::POST, "/faults", json!({"route": path, "error_rate": 1.0, "error_status": 404}))
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn each_address_in_turn_then_the_placeholder_then_the_cache_offline() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let airbnb = "US/Airbnb";
    let source = |logo: &giftdesk_core::catalog::logos::Logo| logo.source.clone().unwrap_or_default();

    // The grid variant as .webp, when it answers.
    let first = shop.catalog.logo(Provider::Cryptorefills, airbnb, LogoPlace::Grid).await.unwrap();
    assert!(source(&first).ends_with("/logos_v2/airbnb_300x190.webp"), "{:?}", first.source);
    assert_eq!(first.content_type, "image/webp");

    // The detail variant's .webp is missing: its .jpg.
    fail(&apis, "/logos_v2/airbnb_500x318.webp").await;
    let jpg = shop.catalog.logo(Provider::Cryptorefills, airbnb, LogoPlace::Detail).await.unwrap();
    assert!(source(&jpg).ends_with("/logos_v2/airbnb_500x318.jpg"), "{:?}", jpg.source);
    assert_eq!(jpg.content_type, "image/jpeg");

    // Full size, .webp (also the brand's logo_url) and .jpg both missing: the drawn placeholder.
    fail(&apis, "/logos_v2/airbnb.webp").await;
    fail(&apis, "/logos_v2/airbnb.jpg").await;
    let drawn = shop.catalog.logo(Provider::Cryptorefills, airbnb, LogoPlace::Full).await.unwrap();
    assert_eq!((drawn.source.as_deref(), drawn.content_type.as_str()), (None, "image/svg+xml"));
    assert!(String::from_utf8_lossy(&drawn.bytes).contains(">A</text>"), "Airbnb's initial");

    // A Bitrefill logo from its CDN pattern.
    let amazon = shop.catalog.logo(Provider::Bitrefill, "amazon-us", LogoPlace::Grid).await.unwrap();
    assert!(source(&amazon).ends_with("/primg/w720h432/amazon-us.webp"), "{:?}", amazon.source);
    // Its one size, 720×432, scaled to fit the grid's 300×190 in proportion: the web view decodes a sixth of
    // the pixels. Cryptorefills' grid variant already fits and is served as it came.
    let size = |bytes: &[u8]| image::load_from_memory(bytes).map(|i| (i.width(), i.height())).unwrap();
    assert_eq!((size(&amazon.bytes), amazon.content_type.as_str()), ((300, 180), "image/webp"));
    assert_eq!(size(&first.bytes), (300, 190));
    let detail = shop.catalog.logo(Provider::Bitrefill, "amazon-us", LogoPlace::Detail).await.unwrap();
    assert_eq!(size(&detail.bytes), (500, 300));

    // Offline (every address fails): what was fetched comes from the disk cache, byte for byte.
    fail(&apis, "*").await;
    let cached = shop.catalog.logo(Provider::Cryptorefills, airbnb, LogoPlace::Detail).await.unwrap();
    assert_eq!((cached.bytes, cached.source), (jpg.bytes, jpg.source));
    let cached = shop.catalog.logo(Provider::Bitrefill, "amazon-us", LogoPlace::Grid).await.unwrap();
    assert_eq!(cached.bytes, amazon.bytes);
    // The original is kept beside its scaled copies: full size, offline.
    let full = shop.catalog.logo(Provider::Bitrefill, "amazon-us", LogoPlace::Full).await.unwrap();
    assert_eq!((size(&full.bytes), full.source), ((720, 432), amazon.source));
}
