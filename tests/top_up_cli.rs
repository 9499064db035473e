//! Headless top-ups and eSIMs: `giftdesk operator +E164` names who tops up a number, and `giftdesk buy
//! --phone` buys one by the number alone (the operator found for it); when Bitrefill cannot tell the operator,
//! `buy` lists its guesses and sends nothing. `giftdesk esims --country CC` lists both providers' plans,
//! `buy --esim PLAN_ID` buys one, `codes --reveal --json` gives its activation string and ICCID, and
//! `buy --esim-topup ICCID` adds a plan to it.

pub mod common;

use common::apis::Apis;
use common::shop::{sandbox_state, shop_options};
use common::verbs::{json_of, run};
use common::{stdout_json, TestHome};
use giftdesk_sandbox::SandboxOptions;
use reqwest::Method;
use serde_json::json;

/// Mobile numbers of a few countries, and one of each the sandbox's Bitrefill cannot place (ends in 1111).
const NUMBERS: [(&str, &str, &str); 4] = [
    ("DE", "+4915123456789", "+4915123451111"),
    ("GB", "+447400123456", "+447400121111"),
    ("US", "+12015550123", "+12015551111"),
    ("FR", "+33612345678", "+33612341111"),
];

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_is_topped_up_by_its_number_from_the_command_line() {
    let options = SandboxOptions { products: 1_000, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    json_of(&home, &apis, &["sync", "--json"]).await;

    let mut chosen = None;
    for (country, number, unsure) in NUMBERS {
        let found = json_of(&home, &apis, &["operator", number, "--json"]).await;
        assert_eq!((found["number"].as_str(), found["country"].as_str()), (Some(number), Some(country)));
        assert!(found["cryptorefills"].is_array(), "{found}");
        if found["operator"].is_object() {
            chosen = Some((number, unsure, found));
            break;
        }
        assert!(found["bitrefill_note"].is_string(), "a country without an operator says so: {found}");
    }
    let (number, unsure, found) = chosen.expect("the sandbox tops up one of the table's countries");
    let operator = &found["operator"];
    assert_eq!(operator["kind"], "top_up");
    let package = operator["denominations"][0]["value"].as_str().unwrap().to_owned();

    let bought =
        json_of(&home, &apis, &["buy", "--phone", number, "--package", &package, "--pay", "auto", "--json"])
            .await;
    assert_eq!(bought["provider"], "bitrefill");
    assert_eq!(bought["lines"][0]["product_id"], operator["id"]);
    assert_eq!(bought["lines"][0]["recipient"], number);

    // Unsure: the guesses are named, and nothing is created.
    let invoices = sandbox_state(&apis).await["requests"]["POST /v2/invoices"].as_u64().unwrap_or(0);
    let output =
        run(&home, &apis, &["buy", "--phone", unsure, "--package", &package, "--pay", "auto", "--json"])
            .await;
    assert!(!output.status.success());
    let error = stdout_json(&output);
    assert_eq!(error["error"]["field"], "product", "{error}");
    assert!(error["error"]["message"].as_str().unwrap().contains("name one with --product"), "{error}");
    assert_eq!(sandbox_state(&apis).await["requests"]["POST /v2/invoices"].as_u64().unwrap_or(0), invoices);
    // The reseller names one of the guesses: that one is bought, Bitrefill's by default.
    let guessed = json_of(&home, &apis, &["operator", unsure, "--json"]).await;
    let pick = guessed["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["in_stock"] == true)
        .expect("a guess in stock");
    let (id, value) = (pick["id"].as_str().unwrap(), pick["denominations"][0]["value"].as_str().unwrap());
    let named = json_of(
        &home,
        &apis,
        &["buy", "--phone", unsure, "--product", id, "--package", value, "--pay", "auto", "--json"],
    )
    .await;
    assert_eq!(
        (named["provider"].as_str(), named["lines"][0]["product_id"].as_str()),
        (Some("bitrefill"), Some(id))
    );

    // Not a mobile number: refused naming the field, before anything is asked.
    let output = run(&home, &apis, &["operator", "+493012345678", "--json"]).await;
    assert!(!output.status.success());
    assert_eq!(stdout_json(&output)["error"]["field"], "phone");
}

/// `giftdesk esims --country CC --json`: one document, each plan with the fields scripts read.
#[tokio::test(flavor = "multi_thread")]
async fn esim_plans_for_a_destination_from_the_command_line() {
    let options = SandboxOptions { products: 1_000, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    json_of(&home, &apis, &["sync", "--markets", "US", "--json"]).await;
    let plans = json_of(&home, &apis, &["esims", "--country", "US", "--json"]).await;
    let plans = plans.as_array().expect("a list of plans");
    assert!(!plans.is_empty());
    for plan in plans {
        for field in ["provider", "plan_id", "unlimited", "days", "price", "currency"] {
            assert!(!plan[field].is_null(), "{field} in {plan}");
        }
        assert_eq!(plan["data_gb"].is_null(), plan["unlimited"] == true, "{plan}");
    }
    let output = run(&home, &apis, &["esims", "--country", "Japan", "--json"]).await;
    assert!(!output.status.success());
    assert_eq!(stdout_json(&output)["error"]["field"], "country");

    // Each provider's first plan bought by its plan id, paid, and followed to the end.
    let traveller = "traveller@example.com";
    for (provider, pay) in [("bitrefill", "auto"), ("cryptorefills", "USDC:Solana")] {
        let plan = plans.iter().find(|p| p["provider"] == provider).expect("plans of both providers for US");
        let plan_id = plan["plan_id"].as_str().unwrap();
        let args = ["buy", "--esim", plan_id, "--recipient", traveller, "--pay", pay, "--json"];
        let bought = json_of(&home, &apis, &args).await;
        assert_eq!(
            (bought["provider"].as_str(), bought["lines"][0]["kind"].as_str()),
            (Some(provider), Some("esim"))
        );
        if provider == "cryptorefills" {
            let reference = bought["provider_ref"].as_str().unwrap();
            apis.control(Method::POST, &format!("/pay/{reference}"), json!({})).await;
        }
        let tracked =
            json_of(&home, &apis, &["track", bought["purchase_id"].as_str().unwrap(), "--json"]).await;
        assert!(tracked.to_string().contains("delivered"), "{tracked}");
    }
    let codes = json_of(&home, &apis, &["codes", "--reveal", "--json"]).await;
    let codes = codes.as_array().unwrap();
    assert!(!codes.is_empty());
    for code in codes {
        assert!(code["lpa"].as_str().is_some_and(|l| l.starts_with("LPA:1$")), "{code}");
        assert!(code["iccid"].as_str().is_some_and(|i| i.starts_with("89")), "{code}");
    }
    // A Bitrefill eSIM topped up by its ICCID with another of its plans.
    assert_eq!(codes.len(), 2, "one eSIM of each provider");
    let esim = codes.iter().find(|c| c["provider"] == "bitrefill").unwrap();
    let iccid = esim["iccid"].as_str().unwrap();
    let first = plans.iter().find(|p| p["provider"] == "bitrefill").unwrap();
    let more = plans
        .iter()
        .rfind(|p| p["provider"] == "bitrefill" && p["product_id"] == first["product_id"])
        .unwrap();
    let args = [
        "buy",
        "--esim-topup",
        iccid,
        "--esim",
        more["plan_id"].as_str().unwrap(),
        "--pay",
        "auto",
        "--json",
    ];
    let topped = json_of(&home, &apis, &args).await;
    assert_eq!(
        (topped["lines"][0]["esim_id"].as_str(), topped["lines"][0]["recipient"].as_str()),
        (Some(iccid), Some(traveller))
    );
    let output = run(
        &home,
        &apis,
        &["buy", "--esim-topup", "8900000000000000000", "--package", "x", "--pay", "auto", "--json"],
    )
    .await;
    assert!(!output.status.success());
    assert_eq!(stdout_json(&output)["error"]["field"], "esim_id");
}
