//! Topping up a phone by its number alone: libphonenumber reads it, Bitrefill's `check_phone_number` finds
//! the operator (or guesses), Cryptorefills' top-ups of the country are offered beside it; a number of
//! another country is refused before anything is sent; the delivered top-up keeps its receipt, not a code.
//! In both forms of the API.

use std::time::Duration;

use giftdesk_core::catalog::{Kind, SearchQuery, SortOrder};
use giftdesk_core::checkout::{PaymentChoice, PurchaseState};
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;
use giftdesk_core::tracking::{Sink, TrackEvent};
use giftdesk_core::vault::CodeQuery;
use giftdesk_sandbox::{Dialect, SandboxOptions};
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{line, request, sandbox_state, shop_options, synced_context};
use giftdesk_testkit::TestHome;

/// Real mobile numbers of a few countries (libphonenumber's own examples), and one of each that Bitrefill
/// cannot place (the sandbox's rule: it ends in 1111).
const NUMBERS: [(&str, &str, &str); 6] = [
    ("DE", "+4915123456789", "+4915123451111"),
    ("GB", "+447400123456", "+447400121111"),
    ("US", "+12015550123", "+12015551111"),
    ("FR", "+33612345678", "+33612341111"),
    ("ES", "+34612345678", "+34612341111"),
    ("NL", "+31612345678", "+31612341111"),
];

fn quiet() -> Sink {
    std::sync::Arc::new(|_: TrackEvent| {})
}

async fn top_up_by_number(dialect: Dialect) {
    let options = SandboxOptions { dialect, products: 1_000, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let shop = synced_context(&home, &apis).await;
    // A country of the table whose operators the catalog holds, in stock.
    let mut chosen = None;
    for (country, number, unsure) in NUMBERS {
        let query = SearchQuery {
            provider: Some(Provider::Bitrefill),
            country: Some(country.into()),
            kind: Some(Kind::TopUp),
            in_stock_only: true,
            sort: SortOrder::Name,
            ..SearchQuery::default()
        };
        if !shop.catalog.search(&query).await.unwrap().is_empty() {
            chosen = Some((country, number, unsure));
            break;
        }
    }
    let (country, number, unsure) =
        chosen.expect("the sandbox sells top-ups in one of the table's countries");

    // Typed as people type it: spaces and all.
    let spaced = format!("{} {}", &number[..3], &number[3..]);
    let found = shop.catalog.operator_for(&spaced).await.unwrap();
    assert_eq!((found.number.as_str(), found.country.as_str()), (number, country));
    let operator = found.operator.expect("Bitrefill names the operator").product;
    assert_eq!((operator.kind, operator.country.as_deref()), (Kind::TopUp, Some(country)));
    assert!(found.cryptorefills.iter().all(|c| c.product.kind == Kind::TopUp
        && c.product.country.as_deref() == Some(country)
        && c.product.provider == Provider::Cryptorefills));

    // Unsure: the reseller picks among the country's operators.
    let guessed = shop.catalog.operator_for(unsure).await.unwrap();
    assert!(guessed.operator.is_none() && !guessed.candidates.is_empty());
    assert!(guessed.candidates.iter().all(|c| c.product.country.as_deref() == Some(country)));
    // Not a mobile number at all: refused here, naming the field, nothing asked.
    let asked = sandbox_state(&apis).await["requests"]["GET /v2/check_phone_number"].as_u64().unwrap_or(0);
    for bad in ["+999123456789", "4915123456789", "+493012345678"] {
        let refused = shop.catalog.operator_for(bad).await;
        assert!(
            matches!(&refused, Err(Error::InvalidInput { field, .. }) if field == "phone"),
            "{bad}: {refused:?}"
        );
    }
    assert_eq!(
        sandbox_state(&apis).await["requests"]["GET /v2/check_phone_number"].as_u64().unwrap_or(0),
        asked
    );

    // A number of another country for this operator: refused before anything is sent.
    let other = NUMBERS.iter().find(|(c, ..)| *c != country).unwrap().1;
    let package = operator.denominations[0].value.clone();
    let wrong = line(Provider::Bitrefill, &operator.id, Some(&package), None, other);
    let invoices_before = sandbox_state(&apis).await["requests"]["POST /v2/invoices"].as_u64().unwrap_or(0);
    let refused = shop.checkout.checkout(&request(vec![wrong], PaymentChoice::Balance)).await;
    match refused {
        Err(Error::InvalidInput { field, message }) => {
            assert_eq!(field, "recipient");
            assert!(message.contains(&format!("tops up numbers of {country} only")), "{message}");
        }
        other => panic!("expected the recipient refused, got {other:?}"),
    }
    assert_eq!(
        sandbox_state(&apis).await["requests"]["POST /v2/invoices"].as_u64().unwrap_or(0),
        invoices_before
    );

    // Bought by the number alone, paid from the balance, followed to delivery: a receipt, no code.
    let top_up = line(Provider::Bitrefill, &operator.id, Some(&package), None, &spaced);
    let purchase =
        shop.checkout.checkout(&request(vec![top_up], PaymentChoice::AutoPay)).await.unwrap().remove(0);
    assert_eq!(purchase.lines[0].recipient, number, "kept in E.164 form");
    let done = tokio::time::timeout(
        Duration::from_secs(90),
        shop.tracking.follow_these(std::slice::from_ref(&purchase.purchase_id), &quiet()),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(done[0].state, PurchaseState::Delivered);
    let view = shop.checkout.purchase_view(&purchase.purchase_id).await.unwrap();
    let receipt = view.items[0].receipt.clone().expect("the top-up's receipt is kept with the purchase");
    assert_eq!(receipt.number, number);
    assert!(!receipt.reference.is_empty() && receipt.amount.starts_with(&package), "{receipt:?}");
    let codes = shop.vault.codes(&CodeQuery::default(), false).await.unwrap();
    assert!(codes.iter().all(|c| c.purchase_id != purchase.purchase_id), "a top-up has no code");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_is_topped_up_by_its_number_alone_live_form() {
    top_up_by_number(Dialect::Live).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_is_topped_up_by_its_number_alone_docs_form() {
    top_up_by_number(Dialect::Docs).await;
}
