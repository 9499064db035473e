//! Headless `buy`, `pay` and `purchases` against the sandbox, and a process killed while its create
//! request is in flight: after a restart there is exactly one purchase, reconciled, none lost or doubled.
//! And the desk from the command line: `customers add|list|show`, `buy --customer`, `sell`, `sales`.

pub mod common;

use std::process::Stdio;
use std::time::Duration;

use common::apis::{eventually, Apis};
use common::shop::{sandbox_state, shop_options};
use common::verbs::{command, json_of, run, AIRBNB_FOR_ANA, AMAZON_PACKAGE_33};
use common::{stdout_json, TestHome};
use reqwest::Method;
use serde_json::json;

async fn synced(home: &TestHome, apis: &Apis) {
    json_of(home, apis, &["sync", "--include-test-products", "--markets", "US", "--json"]).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn headless_buy_balance_crypto_and_cryptorefills() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    synced(&home, &apis).await;

    let balance = json_of(
        &home,
        &apis,
        &[
            "buy",
            "--provider",
            "bitrefill",
            "--product",
            "amazon-us",
            "--package",
            "50",
            "--recipient",
            "ana@example.com",
            "--pay",
            "balance",
            "--customer",
            "Ana",
            "--json",
        ],
    )
    .await;
    assert!(balance["purchase_id"].is_string() && balance["provider_ref"].is_string(), "{balance}");
    assert_eq!(balance["provider"], "bitrefill");
    assert!(["paid", "delivering", "delivered"].contains(&balance["state"].as_str().unwrap()), "{balance}");
    let (before, after) =
        (balance["balance_before"].as_str().unwrap(), balance["balance_after"].as_str().unwrap());
    assert!(after.parse::<f64>().unwrap() < before.parse::<f64>().unwrap(), "{before} → {after}");
    assert_eq!(balance["customer_ref"], "Ana");

    let crypto = json_of(
        &home,
        &apis,
        &[
            "buy",
            "--provider",
            "bitrefill",
            "--product",
            "amazon-us",
            "--package",
            "25",
            "--recipient",
            "ana@example.com",
            "--pay",
            "usdc_base",
            "--refund-address",
            "0x2222222222222222222222222222222222222222",
            "--json",
        ],
    )
    .await;
    assert_eq!(crypto["state"], "awaiting_payment");
    assert_eq!(crypto["payment"]["currency"], "USDC");
    assert!(crypto["payment"]["address"].as_str().unwrap().starts_with("0x"));
    assert_eq!(crypto["payment"]["refund_address"], "0x2222222222222222222222222222222222222222");

    let order = json_of(&home, &apis, &AIRBNB_FOR_ANA).await;
    assert_eq!(
        (order["provider"].as_str(), order["state"].as_str()),
        (Some("cryptorefills"), Some("awaiting_payment"))
    );
    for field in ["address", "amount", "qr_text", "expires_at"] {
        assert!(order["payment"][field].is_string(), "payment.{field}: {order}");
    }

    let listed = json_of(&home, &apis, &["purchases", "--json"]).await;
    assert_eq!(listed.as_array().unwrap().len(), 3);
    let shown = json_of(&home, &apis, &["purchase", order["purchase_id"].as_str().unwrap(), "--json"]).await;
    assert!(shown["qr_svg"].as_str().unwrap().contains("<svg"));
    assert_eq!(shown["events"][0]["state"], "sending");

    // A second `pay` of the paid balance invoice sends nothing.
    let again = json_of(&home, &apis, &["pay", balance["purchase_id"].as_str().unwrap(), "--json"]).await;
    assert_eq!(again["paid_now"], false);

    // Bad input: named field, exit 1, nothing stored.
    let output = run(&home, &apis, &[&AMAZON_PACKAGE_33[..], &["--json"]].concat()).await;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout_json(&output)["error"]["field"], "package");
    assert_eq!(json_of(&home, &apis, &["purchases", "--json"]).await.as_array().unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_while_creating_leaves_exactly_one_reconciled_purchase() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    synced(&home, &apis).await;
    // The sandbox creates the invoice and never answers: the answer is lost.
    apis.control(
        Method::POST,
        "/faults",
        json!({"route": "POST /v2/invoices", "hold_after_commit": true, "remaining": 1}),
    )
    .await;
    let mut buying = command(
        &home,
        &apis,
        &[
            "buy",
            "--provider",
            "bitrefill",
            "--product",
            "amazon-us",
            "--package",
            "50",
            "--recipient",
            "ana@example.com",
            "--pay",
            "auto",
            "--json",
        ],
    )
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    eventually(Duration::from_secs(20), || async {
        (sandbox_state(&apis).await["invoices"] == 1).then_some(())
    })
    .await;
    buying.kill().unwrap();
    buying.wait().unwrap();

    let listed = json_of(&home, &apis, &["purchases", "--json"]).await;
    let purchases = listed.as_array().unwrap();
    assert_eq!(purchases.len(), 1, "{listed}");
    let purchase = &purchases[0];
    assert!(["paid", "delivering", "delivered"].contains(&purchase["state"].as_str().unwrap()), "{purchase}");
    assert!(purchase["note"].as_str().unwrap().contains("reconciliation"), "{purchase}");
    assert_eq!(sandbox_state(&apis).await["invoices"], 1, "never created twice");
    let again = json_of(&home, &apis, &["purchases", "--json"]).await;
    assert_eq!(again.as_array().unwrap().len(), 1);
    assert_eq!(again[0]["provider_ref"], purchase["provider_ref"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_customer_is_sold_to_from_the_command_line() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    synced(&home, &apis).await;
    let ada =
        json_of(&home, &apis, &["customers", "add", "--name", "Ada", "--email", "ada@example.com", "--json"])
            .await;
    let output = run(&home, &apis, &["customers", "add", "--name", "ADA", "--json"]).await;
    assert!(!output.status.success());
    assert_eq!(stdout_json(&output)["error"]["field"], "name");
    let book = json_of(&home, &apis, &["customers", "list", "--json"]).await;
    assert_eq!(book.as_array().map(Vec::len), Some(1), "{book}");

    let args = [
        "buy",
        "--provider",
        "bitrefill",
        "--product",
        "amazon-us",
        "--package",
        "25",
        "--recipient",
        "ada@example.com",
        "--customer",
        "Ada",
        "--pay",
        "auto",
        "--json",
    ];
    let bought = json_of(&home, &apis, &args).await;
    json_of(&home, &apis, &["track", bought["purchase_id"].as_str().unwrap(), "--json"]).await;
    let codes = json_of(&home, &apis, &["codes", "--json"]).await;
    let code = codes[0]["id"].as_i64().unwrap().to_string();
    let sold =
        json_of(&home, &apis, &["sell", &code, "--price", "27.5", "--currency", "usd", "--json"]).await;
    assert_eq!(sold["currency"], "usd");

    let books = home.data_dir().join("books.csv");
    let books_arg = books.to_str().unwrap();
    let report = json_of(&home, &apis, &["sales", "--by", "customer", "--csv", books_arg, "--json"]).await;
    let written = std::fs::read_to_string(&books).unwrap();
    assert_eq!(written.lines().count(), 2, "a header and the one sold item: {written}");
    let row = &report["rows"][0];
    for field in ["count", "cost", "sales", "margin", "currency"] {
        assert!(!row[field].is_null(), "{field} in {report}");
    }
    assert_eq!(
        (row["key"].as_str(), row["sales"].as_str(), row["currency"].as_str()),
        (Some("Ada"), Some("27.5"), Some("USD"))
    );
    let paid = bought["payment"]["amount"].as_str().unwrap();
    let margin = rust_decimal::Decimal::from_str_exact("27.5").unwrap()
        - rust_decimal::Decimal::from_str_exact(paid).unwrap();
    assert_eq!(row["margin"].as_str(), Some(margin.normalize().to_string().as_str()), "{report}");
    let shown = json_of(&home, &apis, &["customers", "show", &ada["id"].to_string(), "--json"]).await;
    assert_eq!(shown["purchases"].as_array().map(Vec::len), Some(1), "{shown}");
    // The code handed over as a voucher PDF (a new file only).
    let voucher = home.data_dir().join("voucher.pdf");
    let voucher_arg = voucher.to_str().unwrap();
    let made = json_of(&home, &apis, &["voucher", &code, "--pdf", voucher_arg, "--json"]).await;
    assert_eq!(made["count"], 1);
    assert!(std::fs::read(&voucher).unwrap().starts_with(b"%PDF"), "a PDF was written");
    let again = run(&home, &apis, &["voucher", &code, "--pdf", voucher_arg, "--json"]).await;
    assert_eq!(stdout_json(&again)["error"]["field"], "path");
    // Or as a PNG card (one code a card).
    let card = home.data_dir().join("voucher.png");
    let card_arg = card.to_str().unwrap();
    json_of(&home, &apis, &["voucher", &code, "--png", card_arg, "--json"]).await;
    assert!(std::fs::read(&card).unwrap().starts_with(b"\x89PNG"), "a PNG was written");
    let two = run(&home, &apis, &["voucher", &code, &code, "--png", "two.png", "--json"]).await;
    assert_eq!(stdout_json(&two)["error"]["field"], "png");

    let output = run(&home, &apis, &["sales", "--by", "year", "--json"]).await;
    assert_eq!(stdout_json(&output)["error"]["field"], "by");
}
