//! Beyond search: the "Featured" row from the Cryptorefills homepage feed, the same brand at the other
//! provider, and a Cryptorefills card's live price in a coin, all against the sandbox; and the order search
//! shows what it finds in.

use giftdesk_core::catalog::{apply_whole, search, CatalogProduct, Kind, SearchQuery};
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;
use giftdesk_core::store::Store;
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{shop_options, synced_context};
use giftdesk_testkit::TestHome;
use reqwest::Method;
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn featured_row_offers_side_by_side_and_crypto_prices() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;

    // The feed's brands, in the market synced, each still in the catalog.
    let featured = shop.catalog.featured().await.unwrap();
    assert!(featured.len() >= 4, "{} featured", featured.len());
    let market = featured[0].product.country.clone().unwrap();
    assert!(featured.iter().all(|e| e.product.provider == Provider::Cryptorefills
        && e.product.country.as_deref() == Some(market.as_str())));

    // A feed that cannot be read keeps the row as it was.
    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "/v2/homepage", "error_rate": 1.0, "error_status": 503}),
    )
    .await;
    shop.catalog.sync(Provider::Cryptorefills, |_| {}).await.unwrap();
    assert_eq!(shop.catalog.featured().await.unwrap(), featured);

    // Amazon in the US at Bitrefill: the same brand at Cryptorefills, in the same country.
    let amazon = shop
        .catalog
        .search(&SearchQuery {
            text: "amazon".into(),
            provider: Some(Provider::Bitrefill),
            country: Some(market.clone()),
            ..Default::default()
        })
        .await
        .unwrap();
    let here = &amazon[0].product;
    let others = shop.catalog.same_brand_elsewhere(Provider::Bitrefill, &here.id).await.unwrap();
    assert!(!others.is_empty(), "{} is sold by both", here.name);
    assert!(others
        .iter()
        .all(|o| o.product.provider == Provider::Cryptorefills && o.product.country == here.country));
    let back =
        shop.catalog.same_brand_elsewhere(Provider::Cryptorefills, &others[0].product.id).await.unwrap();
    assert!(back.iter().any(|o| o.product.id == here.id), "and the other way round");

    // Its price in USDC for a face value it sells; a bad value is refused before anything is sent.
    let opened =
        shop.catalog.sellable_product(Provider::Cryptorefills, &others[0].product.id, false).await.unwrap();
    let face = opened
        .denominations
        .first()
        .map(|d| d.amount.clone().unwrap_or(d.value.clone()))
        .or(opened.range.map(|r| r.min))
        .unwrap();
    let price = shop.catalog.crypto_price(&opened.id, &face, "usdc").await.unwrap();
    assert_eq!(price.coin, "USDC");
    assert!(price.coin_amount.parse::<f64>().unwrap() > 0.0, "{price:?}");
    let refused = shop.catalog.crypto_price(&opened.id, "ten", "USDC").await;
    let Err(Error::InvalidInput { field, message }) = refused else { panic!("{refused:?}") };
    assert!(field == "value" && message.contains("25.50"), "{message}");
}

#[tokio::test(flavor = "multi_thread")]
async fn first_keystrokes_find_names_by_their_start_then_other_words() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let names = |text: &str| {
        let query = SearchQuery { text: text.into(), limit: Some(60), ..Default::default() };
        let shop = shop.clone();
        async move {
            let found = shop.catalog.search(&query).await.unwrap();
            found.into_iter().map(|e| e.product.name.to_lowercase()).collect::<Vec<_>>()
        }
    };
    let am = names("am").await;
    assert!(am[0].starts_with("am"), "{am:?}");
    let starting = am.iter().take_while(|n| n.starts_with("am")).count();
    assert!(am[starting..].iter().all(|n| !n.starts_with("am")), "names starting with it come first: {am:?}");
    let mut sorted = am[..starting].to_vec();
    sorted.sort();
    assert_eq!(am[..starting], sorted[..], "in name order");
    // No brand starts with "es" here, but eSIM plans have a word that does.
    let es = names("es").await;
    assert!(es.iter().any(|n| n.contains("esim")), "{es:?}");
    // Three letters and more: ranked by relevance, names before categories.
    let air = names("air").await;
    assert!(air.iter().take(3).all(|n| n.split_whitespace().any(|w| w.starts_with("air"))), "{air:?}");
}

/// A Bitrefill gift card in the US, as the catalog keeps it.
fn card(id: &str, name: &str, categories: &[&str]) -> CatalogProduct {
    CatalogProduct {
        provider: Provider::Bitrefill,
        id: id.into(),
        brand: name.into(),
        name: name.into(),
        kind: Kind::GiftCard,
        country: Some("US".into()),
        currency: Some("USD".into()),
        categories: categories.iter().map(|c| (*c).to_owned()).collect(),
        denominations: Vec::new(),
        range: None,
        price_currency: Some("USD".into()),
        in_stock: true,
        logo: None,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_word_in_thousands_of_names_is_shown_by_name_after_names_starting_with_it() {
    let home = TestHome::new();
    let store = Store::open(&home.data_dir().join("catalog.sqlite3")).await.unwrap();
    // More matches than are worth ranking one by one, among them one name that starts with the word and one
    // product that only has it as a category.
    let mut listing: Vec<_> =
        (0..1_500).map(|i| card(&format!("roam-{i:04}"), &format!("Roamly eSIM {i:04}"), &[])).collect();
    listing.push(card("esim-direct", "eSIM Direct Worldwide Data Plans", &[]));
    listing.push(card("atlas", "Atlas Travel", &["esim"]));
    let listing: Vec<_> = listing.into_iter().map(|p| (p, json!({}))).collect();
    apply_whole(store.pool(), Provider::Bitrefill, &listing).await.unwrap();

    let query = |text: &str| SearchQuery { text: text.into(), limit: Some(60), ..SearchQuery::default() };
    let found = search(store.pool(), &query("esim")).await.unwrap();
    let names: Vec<_> = found.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), 60);
    assert_eq!(names[0], "eSIM Direct Worldwide Data Plans", "the name starting with the word first");
    assert!(names[1..].iter().all(|n| n.starts_with("Roamly eSIM")), "then names holding it: {names:?}");
    assert!(names[1..].windows(2).all(|w| w[0] < w[1]), "by name: {names:?}");

    // Few matches: names holding the word come before a product that only has it as a category.
    let few = [card("lumen", "Lumen Games", &["travel"]), card("voyage", "Voyage Travel", &[])];
    let few: Vec<_> = few.into_iter().map(|p| (p, json!({}))).collect();
    apply_whole(store.pool(), Provider::Cryptorefills, &few).await.unwrap();
    let found = search(store.pool(), &query("trav")).await.unwrap();
    let mut names: Vec<_> = found.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.pop(), Some("Lumen Games"), "the category match last");
    names.sort();
    assert_eq!(names, ["Atlas Travel", "Voyage Travel"]);
}
