//! Bitrefill's eSIM endpoints over real HTTP, in both dialects: a plan sold through `POST /esims` in either
//! wording, the answer as the invoice itself (live) or wrapped beside the eSIM (docs), the eSIM listed with
//! its ICCID once delivered, a top-up by that ICCID, and what is refused.

use std::time::Duration;

use giftdesk_sandbox::testing::apis::{eventually, fast_options, Apis};
use giftdesk_sandbox::{Dialect, SandboxOptions};
use reqwest::Method;
use serde_json::{json, Value};

async fn post_esim(apis: &Apis, body: Value) -> (u16, Value) {
    Apis::json(apis.bitrefill(Method::POST, "/esims").json(&body)).await
}

#[tokio::test]
async fn an_esim_is_sold_listed_and_topped_up_in_both_dialects() {
    for dialect in [Dialect::Live, Dialect::Docs] {
        let apis = Apis::start(SandboxOptions { dialect, products: 1_000, ..fast_options() }).await;
        let (status, listed) = Apis::json(apis.bitrefill(Method::GET, "/products/esims")).await;
        assert_eq!(status, 200, "{listed}");
        let product = listed["data"][0].clone();
        let id = product["id"].as_str().unwrap();
        let (status, one) = Apis::json(apis.bitrefill(Method::GET, &format!("/products/esims/{id}"))).await;
        assert_eq!((status, &one["data"]["plans"]), (200, &product["plans"]), "{one}");
        let plan = product["plans"][0]["value"].as_str().unwrap();

        let bought = json!({"product_id": id, "value": plan, "payment_method": "balance", "auto_pay": true,
                            "email": "traveller@example.com"});
        let (status, answer) = post_esim(&apis, bought).await;
        assert_eq!(status, 200, "{answer}");
        let invoice = if dialect.is_live() { &answer["data"] } else { &answer["data"]["invoice"] };
        assert_eq!(invoice["orders"].as_array().map(Vec::len), Some(1), "{dialect:?}: {answer}");
        let invoice_id = invoice["id"].as_str().unwrap().to_owned();

        // Delivered, the eSIM is listed with its ICCID and the order that delivered it.
        let esim = eventually(Duration::from_secs(10), || async {
            let (_, owned) = Apis::json(apis.bitrefill(Method::GET, "/esims")).await;
            owned["data"].as_array().and_then(|list| list.first().cloned())
        })
        .await;
        let iccid = esim["iccid"].as_str().or(esim["id"].as_str()).unwrap().to_owned();
        assert!(iccid.starts_with("89"), "{esim}");
        let invoice_named = esim["invoice_id"].as_str().or(esim["invoice"]["id"].as_str());
        assert_eq!(invoice_named, Some(invoice_id.as_str()), "{esim}");

        // The catalog's wording of a plan is the same plan; the top-up names the eSIM.
        let other = product["plans"][1]["value"].as_str().unwrap().replace("GB,", " GB").to_lowercase();
        let top_up = json!({"product_id": id, "value": other, "esim_id": iccid, "auto_pay": true});
        let (status, answer) = post_esim(&apis, top_up).await;
        assert_eq!(status, 200, "{other}: {answer}");
        let plans = eventually(Duration::from_secs(10), || async {
            let (_, esim) = Apis::json(apis.bitrefill(Method::GET, &format!("/esims/{iccid}"))).await;
            esim["data"]["plans"].as_array().filter(|p| p.len() == 2).cloned()
        })
        .await;
        assert_eq!(plans.len(), 2);

        // Refused: a plan the product does not sell, an eSIM that does not exist.
        let (status, refused) = post_esim(&apis, json!({"product_id": id, "value": "999GB, 1 Days"})).await;
        assert_eq!((status, refused["error_code"].as_str()), (400, Some("invalid_param")), "{refused}");
        let unknown = json!({"product_id": id, "value": plan, "esim_id": "8900000000000000000"});
        let (status, refused) = post_esim(&apis, unknown).await;
        assert_eq!((status, refused["error_code"].as_str()), (404, Some("not_found")), "{refused}");
    }
}
