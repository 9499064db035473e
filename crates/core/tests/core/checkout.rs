//! Checkout against the sandbox: invoices and orders created once, paid once, refused with words a
//! reseller understands, split when too big, and a cart that survives a restart.

use giftdesk_core::checkout::{PaymentChoice, PurchaseState};
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;
use giftdesk_core::store::Book;
use giftdesk_testkit::apis::Apis;
use giftdesk_testkit::shop::{context, line, request, sandbox_state, shop_options, synced_context};
use giftdesk_testkit::TestHome;
use reqwest::Method;
use serde_json::json;

fn field_of<T: std::fmt::Debug>(result: Result<T, Error>) -> String {
    match result {
        Err(Error::InvalidInput { field, .. }) => field,
        other => panic!("expected invalid input, got {other:?}"),
    }
}

fn codes_of<T: std::fmt::Debug>(result: Result<T, Error>) -> Vec<String> {
    match result {
        Err(Error::Rejected { problems }) => problems.into_iter().map(|p| p.code).collect(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_balance_invoice_is_paid_once_however_often_pay_is_pressed() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let amazon = line(Provider::Bitrefill, "amazon-us", Some("50"), None, "customer@example.com");
    let purchases = shop.checkout.checkout(&request(vec![amazon], PaymentChoice::Balance)).await.unwrap();
    let purchase = &purchases[0];
    assert_eq!(purchase.state, PurchaseState::AwaitingPayment);
    let invoice = purchase.provider_ref.clone().expect("the invoice id is stored");
    let before = sandbox_state(&apis).await["balance"].as_u64().unwrap();

    // The confirmation's figures, worked out by the core in exact decimals: the balance less the price.
    let preview = shop.checkout.balance_preview(&purchase.purchase_id).await.unwrap();
    let price = purchase.payment.as_ref().unwrap().amount.clone();
    assert_eq!((preview.currency.as_str(), preview.price.as_str()), ("USD", price.as_str()));
    let cents = |text: &str| {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        whole.parse::<i64>().unwrap() * 100 + format!("{fraction:0<2}")[..2].parse::<i64>().unwrap()
    };
    assert_eq!(cents(&preview.balance), before as i64, "the balance the sandbox holds");
    assert_eq!(cents(preview.after.as_deref().unwrap()), cents(&preview.balance) - cents(&price));
    assert!(preview.enough);

    // A double click, a second window: three payments at once, then one more.
    let id = purchase.purchase_id.clone();
    let (a, b, c) = tokio::join!(shop.checkout.pay(&id), shop.checkout.pay(&id), shop.checkout.pay(&id));
    let receipts = [a.unwrap(), b.unwrap(), c.unwrap()];
    assert_eq!(receipts.iter().filter(|r| r.paid_now).count(), 1, "exactly one payment was sent");
    let again = shop.checkout.pay(&id).await.unwrap();
    assert!(!again.paid_now);

    let state = sandbox_state(&apis).await;
    assert_eq!(state["requests"][format!("POST /v2/invoices/{invoice}/pay")], 1);
    let after = state["balance"].as_u64().unwrap();
    let price = shop.checkout.purchase(&id).await.unwrap().payment.unwrap().amount;
    assert_eq!(before - after, (price.parse::<f64>().unwrap() * 100.0).round() as u64, "charged once");
    let paid = receipts.iter().find(|r| r.paid_now).unwrap();
    assert!(paid.balance_before.is_some() && paid.balance_after.is_some());
    let trail = shop.checkout.purchase_events(&id).await.unwrap();
    assert_eq!(trail.first().unwrap().state, PurchaseState::Sending, "written before it was sent");
    assert!(trail.iter().any(|e| e.detail == "Paid from balance"));
}

#[tokio::test(flavor = "multi_thread")]
async fn auto_pay_crypto_and_bad_input_before_anything_is_sent() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let amazon =
        || line(Provider::Bitrefill, "amazon-us", Some("amazon-us<&>25"), None, "customer@example.com");

    let auto = shop.checkout.checkout(&request(vec![amazon()], PaymentChoice::AutoPay)).await.unwrap();
    assert!(matches!(
        auto[0].state,
        PurchaseState::Paid | PurchaseState::Delivering | PurchaseState::Delivered
    ));

    let bitcoin = PaymentChoice::BitrefillCrypto { method: "bitcoin".into() };
    let mut crypto = request(vec![amazon()], bitcoin.clone());
    assert_eq!(field_of(shop.checkout.checkout(&crypto).await), "refund_address");
    crypto.options.refund_address = Some("bc1qrefundaddressofthereseller0000000000".into());
    let created = shop.checkout.checkout(&crypto).await.unwrap();
    let payment = created[0].payment.clone().unwrap();
    assert_eq!(created[0].state, PurchaseState::AwaitingPayment);
    assert_eq!(payment.currency, "BTC");
    let address = payment.address.unwrap();
    assert_eq!(payment.qr_text.unwrap(), format!("bitcoin:{address}?amount={}", payment.amount));
    assert!(payment.amount.starts_with("0.000"), "satoshis shown as BTC: {}", payment.amount);

    let invoices_before = sandbox_state(&apis).await["invoices"].clone();
    let bad = [
        (line(Provider::Bitrefill, "amazon-us", Some("33"), None, "customer@example.com"), "package"),
        (line(Provider::Bitrefill, "amazon-us", Some("25"), None, "not-an-email"), "recipient"),
        (line(Provider::Bitrefill, "no-such-product", Some("25"), None, "a@example.com"), "product"),
        (line(Provider::Bitrefill, "lebara-us", Some("10"), None, "a@example.com"), "recipient"),
    ];
    for (bad_line, field) in bad {
        assert_eq!(
            field_of(shop.checkout.checkout(&request(vec![bad_line], PaymentChoice::Balance)).await),
            field
        );
    }
    let mut zero = amazon();
    zero.quantity = 0;
    assert_eq!(
        field_of(shop.checkout.checkout(&request(vec![zero], PaymentChoice::Balance)).await),
        "quantity"
    );
    assert_eq!(sandbox_state(&apis).await["invoices"], invoices_before, "nothing was sent");
    assert_eq!(shop.checkout.purchases().await.unwrap().len(), 2, "nothing was stored");

    // A refusal the provider alone can know: out of stock between the check and the create.
    apis.control(Method::POST, "/stock", json!({"id": "amazon-us", "in_stock": false})).await;
    let refused = shop.checkout.checkout(&request(vec![amazon()], PaymentChoice::Balance)).await;
    assert_eq!(codes_of(refused), ["out_of_stock"]);
    let kept = shop.checkout.purchases().await.unwrap();
    assert_eq!(kept[0].state, PurchaseState::Rejected, "the refused purchase is kept with its reason");
}

#[tokio::test(flavor = "multi_thread")]
async fn over_twenty_items_is_refused_or_split_into_invoices() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let mut many = line(Provider::Bitrefill, "test-gift-card-code", None, Some("10"), "a@example.com");
    many.quantity = 45;
    let mut order = request(vec![many], PaymentChoice::AutoPay);
    let error = shop.checkout.checkout(&order).await.unwrap_err();
    assert!(error.to_string().contains("Split it into 3"), "{error}");
    order.options.split = true;
    let purchases = shop.checkout.checkout(&order).await.unwrap();
    let sizes: Vec<u32> = purchases.iter().map(|p| p.lines.iter().map(|l| l.quantity).sum()).collect();
    assert_eq!(sizes, [20, 20, 5]);
    assert_eq!(sandbox_state(&apis).await["invoices"], 3);
    assert!(purchases.iter().all(|p| p.provider_ref.is_some()));
}

#[tokio::test(flavor = "multi_thread")]
async fn cryptorefills_orders_validate_first_and_explain_every_refusal() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let usdc = || PaymentChoice::Coin { coin: "USDC".into(), network: "Solana".into() };
    let airbnb = |value: &str, recipient: &str| {
        line(Provider::Cryptorefills, "US/Airbnb", None, Some(value), recipient)
    };

    let created =
        shop.checkout.checkout(&request(vec![airbnb("30", "a@example.com")], usdc())).await.unwrap();
    let payment = created[0].payment.clone().unwrap();
    assert_eq!(created[0].state, PurchaseState::AwaitingPayment);
    assert_eq!((payment.currency.as_str(), payment.network.as_deref()), ("USDC", Some("Solana")));
    assert!(payment.address.is_some() && payment.qr_text.is_some() && payment.expires_at.is_some());

    // Range and step before anything is sent; then each documented rule the sandbox applies.
    assert_eq!(
        field_of(shop.checkout.checkout(&request(vec![airbnb("30.5", "a@example.com")], usdc())).await),
        "value"
    );
    assert_eq!(
        field_of(shop.checkout.checkout(&request(vec![airbnb("5000", "a@example.com")], usdc())).await),
        "value"
    );
    let suspended = PaymentChoice::Coin { coin: "USDT".into(), network: "Arbitrum".into() };
    assert_eq!(
        field_of(shop.checkout.checkout(&request(vec![airbnb("30", "a@example.com")], suspended)).await),
        "pay"
    );
    let cases = [
        ("kyc-missing@example.com", None, "KYC_MISSING"),
        ("kyc-pending@example.com", None, "KYC_PENDING"),
        ("verify@example.com", None, "VERIFICATION_REQUIRED"),
        ("daily-limit@example.com", None, "DAILY_SPENDING_LIMIT_EXCEEDED"),
        ("monthly-limit@example.com", None, "MONTHLY_SPENDING_LIMIT_EXCEEDED"),
        ("a@disposable.test", None, "INVALID_EMAIL_DOMAIN"),
        ("a@example.com", Some("COUPON_EXPIRED"), "COUPON_EXPIRED"),
        ("a@example.com", Some("MEMBERS"), "COUPON_REQUIRES_LOGIN"),
        ("a@example.com", Some("NOPE"), "COUPON_NOT_FOUND"),
    ];
    for (recipient, promo, code) in cases {
        let mut order = request(vec![airbnb("30", recipient)], usdc());
        order.options.promo_code = promo.map(Into::into);
        assert_eq!(codes_of(shop.checkout.checkout(&order).await), [code], "{recipient} {promo:?}");
    }
    let tron = PaymentChoice::Coin { coin: "USDC".into(), network: "Tron".into() };
    let refused = shop.checkout.checkout(&request(vec![airbnb("30", "a@example.com")], tron)).await;
    let Err(Error::Rejected { problems }) = refused else { panic!("Tron needs a full name") };
    assert_eq!(problems[0].code, "FULLNAME_MISSING");
    assert!(problems[0].action.contains("full name"), "says what to do: {}", problems[0].action);
    let ordered = shop.checkout.purchases().await.unwrap();
    assert_eq!(ordered.len(), 1, "refused validations create nothing");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cart_survives_a_restart() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = synced_context(&home, &apis).await;
    let mut amazon = line(Provider::Bitrefill, "amazon-us", Some("25"), None, "customer@example.com");
    amazon.quantity = 2;
    amazon.customer_ref = Some("Ana, table 4".into());
    amazon.resale_price = Some("27.50".into());
    shop.checkout.cart_add(amazon).await.unwrap();
    shop.checkout
        .cart_add(line(Provider::Cryptorefills, "US/Airbnb", None, Some("40"), "b@example.com"))
        .await
        .unwrap();
    let bad = shop
        .checkout
        .cart_add(line(Provider::Cryptorefills, "US/Airbnb", None, Some("40.5"), "b@example.com"))
        .await;
    assert_eq!(field_of(bad), "value");
    shop.store.close().await;
    drop(shop);

    let reopened = context(&home, &apis).await;
    let items = reopened.checkout.cart_items().await.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].request.customer_ref.as_deref(), Some("Ana, table 4"));
    let totals = giftdesk_core::checkout::totals(&items);
    let bitrefill = totals.iter().find(|t| t.provider == Provider::Bitrefill).unwrap();
    assert_eq!((bitrefill.items, bitrefill.currency.as_str(), bitrefill.face_value), (2, "USD", false));
    let cryptorefills = totals.iter().find(|t| t.provider == Provider::Cryptorefills).unwrap();
    assert_eq!((cryptorefills.amount.as_str(), cryptorefills.face_value), ("40", true));
}

/// A JSON column damaged on disk (a bad restore, a hand edit) is an error naming the row and the column: a
/// purchase is never shown as one with no lines, nor a cart item dropped without a word.
#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_row_is_named_never_read_as_empty() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    let shop = context(&home, &apis).await;
    let pool = shop.store.pool();
    let damaged = "INSERT INTO purchases (id, provider, state, payment_method, lines, request) \
         VALUES ('p-1', 'bitrefill', 'awaiting_payment', 'balance', '[{\"product_id\": 7', '{}')";
    // Damaged in whichever book the desk keeps (the tests run on both: scripts/dev.sh).
    match shop.store.book() {
        Book::Local(book) => sqlx::query(damaged).execute(book).await.map(|_| ()),
        Book::Team(book) => sqlx::query(damaged).execute(book).await.map(|_| ()),
    }
    .unwrap();
    let listed = shop.checkout.purchases().await.unwrap_err().to_string();
    assert!(listed.contains("Purchase p-1") && listed.contains("its lines could not be read"), "{listed}");
    let one = shop.checkout.purchase("p-1").await.unwrap_err().to_string();
    assert_eq!(one, listed);
    // Reconciling and following the others goes on: the damaged one is left out of them, by name in the log.
    assert!(shop.tracking.unfinished_purchases().await.unwrap().is_empty());

    sqlx::query(
        "INSERT INTO cart_items (provider, product_id, quantity, recipient, checked) \
         VALUES ('bitrefill', 'amazon-us', 1, 'customer@example.com', 'not json')",
    )
    .execute(pool)
    .await
    .unwrap();
    let cart = shop.checkout.cart_items().await.unwrap_err().to_string();
    assert!(cart.contains("Cart item") && cart.contains("its checked line could not be read"), "{cart}");
}
