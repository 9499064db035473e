//! eSIMs by destination: both providers' plans side by side (Bitrefill's eSIM endpoints, Cryptorefills'
//! e-sim brands and their `benefits`), unlimited said as such, price per GB in exact decimals; in both
//! forms of the API.

use std::str::FromStr;

use giftdesk_core::catalog::{Kind, SearchQuery, SortOrder};
use giftdesk_core::providers::Provider;
use giftdesk_core::settings::Settings;
use giftdesk_sandbox::{Dialect, SandboxOptions};
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{shop_options, synced_context};
use giftdesk_testkit::TestHome;
use rust_decimal::Decimal;

async fn plans_side_by_side(dialect: Dialect) {
    // Within one hour's product allowance, so the eSIM endpoint itself answers after the sync.
    let options = SandboxOptions { dialect, products: 600, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let shop = synced_context(&home, &apis).await;
    let query = SearchQuery {
        provider: Some(Provider::Bitrefill),
        kind: Some(Kind::Esim),
        sort: SortOrder::Name,
        ..SearchQuery::default()
    };
    let esim = shop.catalog.search(&query).await.unwrap();
    let country = esim.first().and_then(|e| e.product.country.clone()).expect("Bitrefill sells an eSIM");
    // Cryptorefills' brands of the destination come with its market.
    shop.save_settings(Settings { markets: vec![country.clone()], ..Settings::default() }).unwrap();
    shop.catalog.sync(Provider::Cryptorefills, |_| {}).await.unwrap();

    let plans = shop.catalog.esim_plans(&country.to_lowercase()).await.unwrap();
    for provider in Provider::ALL {
        assert!(plans.iter().any(|p| p.provider == provider), "{provider:?} plans for {country}: {plans:#?}");
    }
    for plan in &plans {
        assert!(plan.coverage.contains(&country), "{plan:?}");
        assert!(plan.days.is_some_and(|d| d > 0), "{plan:?}");
        if plan.unlimited {
            assert_eq!((plan.data_gb.as_deref(), plan.price_per_gb.as_deref()), (None, None), "{plan:?}");
        } else {
            let (price, data) = (
                Decimal::from_str(&plan.price).unwrap(),
                Decimal::from_str(plan.data_gb.as_deref().unwrap()).unwrap(),
            );
            assert_eq!(
                plan.price_per_gb.as_deref(),
                Some(format!("{:.2}", (price / data).round_dp(2)).as_str()),
                "{plan:?}"
            );
        }
    }
    assert!(plans.iter().any(|p| p.unlimited), "an unlimited plan shown as such");
    // Bitrefill's own eSIM endpoint answered: its plans name a region, not only the destination.
    assert!(plans.iter().any(|p| p.provider == Provider::Bitrefill && p.coverage.len() > 1), "{plans:#?}");
    // Cheapest per GB first, unlimited ones last.
    let per_gb: Vec<Decimal> = plans
        .iter()
        .filter_map(|p| p.price_per_gb.as_deref())
        .map(|p| Decimal::from_str(p).unwrap())
        .collect();
    assert!(per_gb.windows(2).all(|w| w[0] <= w[1]), "{per_gb:?}");
    assert!(plans.last().unwrap().unlimited);
    // A destination that is not a country code is refused naming the field.
    let refused = shop.catalog.esim_plans("Japan").await.unwrap_err();
    assert!(
        matches!(refused, giftdesk_core::error::Error::InvalidInput { ref field, .. } if field == "country")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn esim_plans_of_both_providers_side_by_side_live_form() {
    plans_side_by_side(Dialect::Live).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn esim_plans_of_both_providers_side_by_side_docs_form() {
    plans_side_by_side(Dialect::Docs).await;
}
