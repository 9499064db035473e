//! eSIMs by destination: both providers' plans side by side (Bitrefill's eSIM endpoints, Cryptorefills'
//! e-sim brands and their `benefits`), unlimited said as such, price per GB in exact decimals; in both
//! forms of the API.

use std::str::FromStr;

use giftdesk_core::catalog::EsimPlan;
use giftdesk_core::providers::Provider;
use giftdesk_sandbox::{Dialect, SandboxOptions};
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{esim_destination, shop_options, synced_context};
use giftdesk_testkit::TestHome;
use rust_decimal::Decimal;

/// The plans for a destination Bitrefill sells an eSIM for, after a sync of a catalog of `products`.
async fn plans_side_by_side(dialect: Dialect, products: usize) -> (String, Vec<EsimPlan>) {
    let options = SandboxOptions { dialect, products, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let shop = synced_context(&home, &apis).await;
    let country = esim_destination(&shop).await;

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
                Some(
                    format!(
                        "{:.2}",
                        (price / data)
                            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                    )
                    .as_str()
                ),
                "{plan:?}"
            );
        }
    }
    assert!(plans.iter().any(|p| p.unlimited), "an unlimited plan shown as such");
    // By currency, then cheapest per GB first, unlimited ones last.
    for currency in plans.iter().map(|p| p.currency.clone()).collect::<std::collections::BTreeSet<_>>() {
        let same: Vec<_> = plans.iter().filter(|p| p.currency == currency).collect();
        let per_gb: Vec<Decimal> = same
            .iter()
            .filter_map(|p| p.price_per_gb.as_deref())
            .map(|p| Decimal::from_str(p).unwrap())
            .collect();
        assert!(per_gb.windows(2).all(|w| w[0] <= w[1]), "{currency}: {per_gb:?}");
        assert!(same.last().unwrap().unlimited, "{currency}: unlimited last");
    }
    // A destination that is not a country code is refused naming the field.
    let refused = shop.catalog.esim_plans("Japan").await.unwrap_err();
    assert!(
        matches!(refused, giftdesk_core::error::Error::InvalidInput { ref field, .. } if field == "country")
    );
    (country, plans)
}

/// Bitrefill's own eSIM endpoint answered: its plans name a region, not only the destination. (600 products
/// stay within one hour's product allowance, so the endpoint can still be asked after the sync.)
fn from_the_endpoint(plans: &[EsimPlan]) -> bool {
    plans.iter().any(|p| p.provider == Provider::Bitrefill && p.coverage.len() > 1)
}

#[tokio::test(flavor = "multi_thread")]
async fn esim_plans_of_both_providers_side_by_side_live_form() {
    let (_, plans) = plans_side_by_side(Dialect::Live, 600).await;
    assert!(from_the_endpoint(&plans), "{plans:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn esim_plans_of_both_providers_side_by_side_docs_form() {
    let (_, plans) = plans_side_by_side(Dialect::Docs, 600).await;
    assert!(from_the_endpoint(&plans), "{plans:#?}");
}

/// A live sync of over a thousand products spends the hour's product allowance: Bitrefill's synced eSIMs of
/// the destination stand in, each covering the destination alone.
#[tokio::test(flavor = "multi_thread")]
async fn bitrefill_plans_come_from_the_synced_catalog_once_the_allowance_is_spent() {
    let (country, plans) = plans_side_by_side(Dialect::Live, 1_000).await;
    let bitrefill: Vec<_> = plans.iter().filter(|p| p.provider == Provider::Bitrefill).collect();
    assert!(
        !bitrefill.is_empty() && bitrefill.iter().all(|p| p.coverage == [country.clone()]),
        "{bitrefill:#?}"
    );
}
