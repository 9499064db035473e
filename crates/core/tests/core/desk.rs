//! The reseller's desk: a customer added to the book (what is wrong with a form named by its field), chosen at
//! checkout for purchases from both providers, their history shown; sales and margins exact over currencies:
//! an item paid in USDC and sold in USD is left out until a rate is given, then counted at that rate, kept.

use std::str::FromStr;

use giftdesk_core::checkout::{LineRequest, PaymentChoice, PurchaseState};
use giftdesk_core::desk::{GroupBy, NewCustomer, Sale, SalesQuery};
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;
use giftdesk_core::vault::CodeQuery;
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{bitrefill_top_up, buy_and_follow, line, request, shop_options, synced_context};
use giftdesk_testkit::TestHome;
use rust_decimal::Decimal;

fn field_of(error: Error) -> String {
    match error {
        Error::InvalidInput { field, .. } => field,
        other => panic!("not a field error: {other:?}"),
    }
}

fn sold_to(mut line: LineRequest, customer: &str, price: &str) -> LineRequest {
    line.customer_ref = Some(customer.into());
    line.resale_price = Some(price.into());
    line
}

#[tokio::test(flavor = "multi_thread")]
async fn a_customer_is_sold_to_and_the_margins_are_exact_over_currencies() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let ada = NewCustomer {
        name: "Ada Lovelace".into(),
        email: Some("ada@example.com".into()),
        phone: Some("+44 7400 123456".into()),
        notes: Some("Corporate, monthly cards".into()),
    };
    let ada = shop.desk.add_customer(&ada).await.unwrap();
    assert_eq!(ada.phone.as_deref(), Some("+447400123456"), "kept in E.164");
    let again = NewCustomer { name: "ada lovelace".into(), ..NewCustomer::default() };
    assert_eq!(field_of(shop.desk.add_customer(&again).await.unwrap_err()), "name");
    let bad =
        NewCustomer { name: "Bob".into(), email: Some("bob at example".into()), ..NewCustomer::default() };
    assert_eq!(field_of(shop.desk.add_customer(&bad).await.unwrap_err()), "email");
    assert_eq!(shop.desk.customers("corporate").await.unwrap(), vec![ada.clone()]);

    // Chosen at checkout: the recipient is their email, the purchase names them, with what they pay.
    let email = ada.email.clone().unwrap();
    let card = sold_to(line(Provider::Bitrefill, "amazon-us", Some("25"), None, &email), &ada.name, "27.50");
    let airbnb =
        sold_to(line(Provider::Cryptorefills, "US/Airbnb", None, Some("50"), &email), &ada.name, "52");
    let bought = [buy_and_follow(&shop, &apis, card).await, buy_and_follow(&shop, &apis, airbnb).await];
    for purchase in &bought {
        assert_eq!(purchase.state, PurchaseState::Delivered, "{purchase:?}");
    }
    let paid = |index: usize| {
        let payment = bought[index].payment.clone().unwrap();
        (Decimal::from_str(&payment.amount).unwrap(), payment.currency)
    };
    let ((card_paid, card_currency), (airbnb_paid, airbnb_currency)) = (paid(0), paid(1));
    assert_eq!((card_currency.as_str(), airbnb_currency.as_str()), ("USD", "USDC"));

    // Paid in USDC, sold in USD: no provider price in USD, so it waits for a rate.
    let by_customer = SalesQuery { by: GroupBy::Customer, ..SalesQuery::default() };
    let report = shop.desk.sales(&by_customer).await.unwrap();
    let codes = shop.vault.codes(&CodeQuery::default(), false).await.unwrap();
    let airbnb_code = codes.iter().find(|c| c.provider == Provider::Cryptorefills).unwrap().id;
    assert_eq!(report.needs_rate, vec![airbnb_code]);
    assert_eq!((report.rows.len(), report.rows[0].count), (1, 1), "{report:?}");

    let rate =
        Sale { price: "52".into(), currency: "usd".into(), rate: Some("0.9995".into()), customer: None };
    shop.desk.set_sale(airbnb_code, &rate).await.unwrap();
    let wrong = Sale { rate: Some("-1".into()), ..rate.clone() };
    assert_eq!(field_of(shop.desk.set_sale(airbnb_code, &wrong).await.unwrap_err()), "rate");
    let report = shop.desk.sales(&by_customer).await.unwrap();
    assert!(report.needs_rate.is_empty(), "{report:?}");
    let row = &report.rows[0];
    let cost = card_paid + airbnb_paid * Decimal::from_str("0.9995").unwrap();
    let sales = Decimal::from_str("79.5").unwrap();
    assert_eq!((row.key.as_str(), row.currency.as_str(), row.count), ("Ada Lovelace", "USD", 2));
    assert_eq!(row.sales, sales.normalize().to_string());
    assert_eq!(row.cost, cost.normalize().to_string(), "exact, never through a float");
    assert_eq!(row.margin, (sales - cost).normalize().to_string());
    assert_eq!(row.rates, vec!["0.9995 per USDC".to_owned()], "the rate used is shown and kept");

    // By month and by provider: the same items, other keys.
    let month = SalesQuery { by: GroupBy::Month, ..SalesQuery::default() };
    let rows = shop.desk.sales(&month).await.unwrap().rows;
    assert_eq!((rows.len(), rows[0].key.len(), rows[0].count), (1, 7, 2), "{rows:?}");
    let providers = SalesQuery { by: GroupBy::Provider, ..SalesQuery::default() };
    assert_eq!(shop.desk.sales(&providers).await.unwrap().rows.len(), 2);
    let outside = SalesQuery { to: Some("2000-01-01".into()), ..SalesQuery::default() };
    assert!(shop.desk.sales(&outside).await.unwrap().rows.is_empty());
    let unreadable = SalesQuery { from: Some("yesterday".into()), ..SalesQuery::default() };
    assert_eq!(field_of(shop.desk.sales(&unreadable).await.unwrap_err()), "from");

    // The books as a spreadsheet: a line per sold item, exact, and no code in it; never over a file.
    let path = home.data_dir().join("books.csv");
    assert_eq!(shop.desk.export_books(&SalesQuery::default(), &path).await.unwrap().count, 2);
    let books = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = books.lines().collect();
    assert_eq!(lines.len(), 3, "{books}");
    assert!(lines[0].starts_with(
        "day,code_id,provider,brand,value,customer,paid,paid_currency,currency,sale,cost,margin,rate"
    ));
    assert!(
        books.contains(&format!(",{},USDC,USD,52,", airbnb_paid.normalize()))
            && books.contains("0.9995 per USDC"),
        "{books}"
    );
    for code in shop.vault.codes(&CodeQuery::default(), true).await.unwrap() {
        let secret = code.redemption.and_then(|r| r.code.or(r.link)).unwrap();
        assert!(!books.contains(&secret), "a code left the vault in the books");
    }
    assert_eq!(field_of(shop.desk.export_books(&SalesQuery::default(), &path).await.unwrap_err()), "path");

    // Their page: both purchases, both codes, the same totals.
    let history = shop.desk.customer_history(ada.id).await.unwrap();
    assert_eq!((history.purchases.len(), history.codes.len()), (2, 2));
    assert_eq!(history.totals, report.rows);

    // Home: today's and this month's figures are the report's; two codes not handed over; an unpaid order
    // in flight with its deadline.
    let unpaid = line(Provider::Cryptorefills, "US/Airbnb", None, Some("25"), &email);
    let usdc = PaymentChoice::Coin { coin: "USDC".into(), network: "Solana".into() };
    let waiting = shop.checkout.checkout(&request(vec![unpaid], usdc)).await.unwrap().remove(0);
    let home = shop.desk.home().await.unwrap();
    let figures = |rows: &[giftdesk_core::desk::SalesRow]| {
        rows.iter().map(|r| (r.sales.clone(), r.margin.clone())).collect::<Vec<_>>()
    };
    assert_eq!(figures(&home.today), figures(&report.rows));
    assert_eq!(figures(&home.this_month), figures(&report.rows));
    assert_eq!((home.not_handed_over, home.needs_rate), (2, 0));
    assert_eq!(
        home.in_flight.iter().map(|p| p.purchase_id.as_str()).collect::<Vec<_>>(),
        [waiting.purchase_id.as_str()]
    );
    assert!(
        home.in_flight[0].payment.as_ref().and_then(|p| p.expires_at.as_ref()).is_some(),
        "its time left can be shown"
    );
}

/// A top-up has no code to record a sale on: the resale price it was bought with puts it in the books.
#[tokio::test(flavor = "multi_thread")]
async fn a_top_up_sold_at_checkout_is_in_the_books() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let (operator, number) = bitrefill_top_up(&shop).await;
    let package = operator.denominations[0].value.clone();
    let top_up =
        sold_to(line(Provider::Bitrefill, &operator.id, Some(&package), None, number), "Cleo", "12.40");
    let done = buy_and_follow(&shop, &apis, top_up).await;
    assert_eq!(done.state, PurchaseState::Delivered, "{done:?}");
    let by_customer = SalesQuery { by: GroupBy::Customer, ..SalesQuery::default() };
    let report = shop.desk.sales(&by_customer).await.unwrap();
    let row = report.rows.iter().find(|r| r.key == "Cleo").unwrap_or_else(|| panic!("{report:?}"));
    let paid = Decimal::from_str(&done.payment.clone().unwrap().amount).unwrap();
    assert_eq!((row.count, row.sales.as_str()), (1, "12.4"), "{report:?}");
    assert_eq!(row.cost, paid.normalize().to_string(), "its cost is what was paid");
    let books = home.data_dir().join("books.csv");
    shop.desk.export_books(&SalesQuery::default(), &books).await.unwrap();
    assert!(std::fs::read_to_string(&books).unwrap().contains(&operator.name), "a line in the books' CSV");
}
