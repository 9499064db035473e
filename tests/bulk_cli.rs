//! A corporate order from a spreadsheet, headless: `giftdesk buy --from-csv` previews 45 rows (3 of them
//! wrong, each named with its column), buys the 42 others in the fewest invoices and orders the providers'
//! limits allow, is killed in the middle, and run again: the import resumes, nothing is lost, created twice
//! or paid twice, and a third run buys nothing more.

pub mod common;

use std::process::Stdio;
use std::time::Duration;

use common::apis::{eventually, Apis};
use common::shop::{assert_paid_once_each, provider_invoices, sandbox_state, shop_options};
use common::verbs::{command, json_of, run};
use common::{stdout_json, TestHome};
use giftdesk_sandbox::{Dialect, SandboxOptions};
use reqwest::Method;
use serde_json::{json, Value};

/// 45 rows: 30 Amazon cards from Bitrefill (some for a customer of the book, whose email fills the empty
/// recipient), 12 Airbnb cards from Cryptorefills, and 3 mistakes.
fn corporate_order() -> String {
    let mut rows = vec!["Product,Package,Value,Qty,Recipient,Customer,Sale price".to_owned()];
    for i in 0..30 {
        if i % 10 == 0 {
            rows.push("amazon-us,25,,1,,Acme Corp,27.50".into());
        } else {
            rows.push(format!("amazon-us,25,,1,staff{i}@acme.example,Acme Corp,27.50"));
        }
    }
    for i in 0..12 {
        rows.push(format!("US/Airbnb,,30,1,guest{i}@acme.example,Acme Corp,"));
    }
    // Lines 44, 45 and 46 of the file (the header is line 1).
    rows.push("amazon-us,25,,1,not-an-email,,".into());
    rows.push("amazon-us,999,,1,staff@acme.example,,".into());
    rows.push("amazon-us,25,,two,staff@acme.example,,".into());
    rows.join("\n") + "\n"
}

const PAY: [&str; 4] = ["--pay", "auto", "--pay", "USDC:Solana"];

#[tokio::test(flavor = "multi_thread")]
async fn a_45_row_order_is_previewed_bought_in_fewest_purchases_and_survives_a_kill() {
    bulk_order_survives_a_kill(Dialect::Live).await;
}

/// The same order against the providers as their documents describe them (the other answer shapes).
#[tokio::test(flavor = "multi_thread")]
async fn a_45_row_order_survives_a_kill_in_the_docs_form() {
    bulk_order_survives_a_kill(Dialect::Docs).await;
}

async fn bulk_order_survives_a_kill(dialect: Dialect) {
    let options = SandboxOptions { dialect, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    json_of(&home, &apis, &["sync", "--include-test-products", "--markets", "US", "--json"]).await;
    json_of(
        &home,
        &apis,
        &["customers", "add", "--name", "Acme Corp", "--email", "buyer@acme.example", "--json"],
    )
    .await;
    let file = home.data_dir().join("acme-december.csv");
    std::fs::write(&file, corporate_order()).unwrap();
    let file = file.to_str().unwrap();
    let balance_before = sandbox_state(&apis).await["balance"].as_u64().unwrap();

    // Without --yes: the preview, and nothing bought.
    let preview = run(&home, &apis, &["buy", "--from-csv", file, "--json"]).await;
    assert_eq!(preview.status.code(), Some(2), "a preview refuses to buy");
    let preview = stdout_json(&preview);
    let rows = preview["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 45);
    let refused: Vec<(u64, &str)> = rows
        .iter()
        .filter(|r| !r["error"].is_null())
        .map(|r| (r["row"].as_u64().unwrap(), r["error"]["field"].as_str().unwrap()))
        .collect();
    assert_eq!(refused, [(44, "recipient"), (45, "package"), (46, "quantity")], "{preview}");
    assert_eq!(rows[0]["line"]["recipient"], "buyer@acme.example", "the book fills an empty recipient");
    assert_eq!(
        preview["plans"],
        json!([
            {"provider": "bitrefill", "items": 30, "purchases": 2},
            {"provider": "cryptorefills", "items": 12, "purchases": 2}
        ])
    );
    let state = sandbox_state(&apis).await;
    assert_eq!((state["invoices"].as_u64(), state["cryptorefills_orders"].as_u64()), (Some(0), Some(0)));

    // Bought, and killed in the middle: both Bitrefill invoices exist (the second one's answer may not be
    // recorded yet), and Cryptorefills' first check hangs, so no order is made. (A kill while a create is in
    // flight leaves an `unknown` part, looked up and never resent: the reconciliation tests drill that.)
    let hang = json!({"route": "POST /v5/orders/validations", "hang": true, "remaining": 1});
    apis.control(Method::POST, "/faults", hang).await;
    let mut args = vec!["buy", "--from-csv", file, "--yes"];
    args.extend(PAY);
    let mut buying =
        command(&home, &apis, &args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    // Killed once the hanging check has arrived: both invoices made, no order.
    eventually(Duration::from_secs(30), || async {
        let state = sandbox_state(&apis).await;
        (state["requests"]["POST /v5/orders/validations"].as_u64() >= Some(1)).then_some(())
    })
    .await;
    buying.kill().unwrap();
    buying.wait().unwrap();
    apis.control(Method::DELETE, "/faults", Value::Null).await;
    let state = sandbox_state(&apis).await;
    assert_eq!(
        (state["invoices"].as_u64(), state["cryptorefills_orders"].as_u64()),
        (Some(2), Some(0)),
        "killed mid-batch"
    );

    // Run again: the same file resumes its import.
    args.push("--json");
    let batch = json_of(&home, &apis, &args).await;
    assert_eq!(batch["summary"]["finished"], true, "{batch}");
    assert_eq!(
        (batch["summary"]["parts"].as_u64(), batch["summary"]["refused_rows"].as_u64()),
        (Some(4), Some(3))
    );
    let results = batch["rows"].as_array().unwrap();
    let bought: Vec<&Value> = results.iter().filter(|r| r["error"].is_null()).collect();
    assert_eq!(bought.len(), 42);
    for row in &bought {
        assert_eq!(row["purchases"].as_array().unwrap().len(), 1, "each row bought once: {row}");
        assert!(!row["state"].is_null(), "every row sent: {row}");
    }
    let state = sandbox_state(&apis).await;
    assert_eq!((state["invoices"].as_u64(), state["cryptorefills_orders"].as_u64()), (Some(2), Some(2)));
    let invoices = provider_invoices(&apis).await;
    assert_eq!(invoices.len(), 2, "never created twice");
    assert_paid_once_each(&apis, &invoices, balance_before).await;
    let units: u64 = json_of(&home, &apis, &["purchases", "--json"])
        .await
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["lines"].as_array().unwrap().clone())
        .map(|l| l["quantity"].as_u64().unwrap())
        .sum();
    assert_eq!(units, 42, "every good row bought, none twice");

    // A third run of the same command buys nothing more; `--again` buys the order once more.
    let again = json_of(&home, &apis, &args).await;
    assert_eq!(again["summary"]["batch_id"], batch["summary"]["batch_id"]);
    let state = sandbox_state(&apis).await;
    assert_eq!((state["invoices"].as_u64(), state["cryptorefills_orders"].as_u64()), (Some(2), Some(2)));
    args.push("--again");
    let monthly = json_of(&home, &apis, &args).await;
    assert_ne!(monthly["summary"]["batch_id"], batch["summary"]["batch_id"], "a new import");
    assert_eq!(monthly["summary"]["finished"], true, "{monthly}");
    let state = sandbox_state(&apis).await;
    assert_eq!((state["invoices"].as_u64(), state["cryptorefills_orders"].as_u64()), (Some(4), Some(4)));
}

/// Killed while a part's create is in flight: that part may exist, so a resume looks it up and never sends it
/// again, and the import is not called finished until the provider's lists prove what happened.
#[tokio::test(flavor = "multi_thread")]
async fn a_part_killed_in_flight_is_looked_up_and_never_resent() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    json_of(&home, &apis, &["sync", "--include-test-products", "--markets", "US", "--json"]).await;
    let file = home.data_dir().join("order.csv");
    std::fs::write(&file, "product,package,quantity,recipient\namazon-us,25,25,office@acme.example\n")
        .unwrap();
    let file = file.to_str().unwrap();
    // The first invoice goes through; the second request arrives and is never answered.
    let hang = json!({"route": "POST /v2/invoices", "hang": true, "after": 1, "remaining": 1});
    apis.control(Method::POST, "/faults", hang).await;
    let args = ["buy", "--from-csv", file, "--yes", "--pay", "auto", "--json"];
    let mut buying =
        command(&home, &apis, &args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    // Killed once the second create has arrived (and hangs).
    eventually(Duration::from_secs(30), || async {
        (sandbox_state(&apis).await["requests"]["POST /v2/invoices"].as_u64() >= Some(2)).then_some(())
    })
    .await;
    buying.kill().unwrap();
    buying.wait().unwrap();

    let batch = json_of(&home, &apis, &args).await;
    assert_eq!(batch["summary"]["finished"], false, "{batch}");
    let parts = batch["parts"].as_array().unwrap();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[1]["state"], "unknown", "in flight when killed: looked up, not resent: {batch}");
    assert_eq!(sandbox_state(&apis).await["invoices"].as_u64(), Some(1), "never sent a second time");
}
