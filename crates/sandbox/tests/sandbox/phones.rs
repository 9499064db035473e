//! `GET /check_phone_number` over real HTTP, in both dialects: a number's operator found, its country's
//! operators offered when the number cannot be placed, and numbers no operator tops up refused.

use giftdesk_sandbox::testing::apis::{fast_options, Apis};
use giftdesk_sandbox::{Dialect, SandboxOptions};
use reqwest::Method;
use serde_json::Value;

/// The countries whose operators the catalog sells, from the product list itself.
async fn countries_with_operators(apis: &Apis) -> Vec<String> {
    let (mut countries, mut next) = (Vec::new(), Some("/products?type=phone_refill&limit=50".to_owned()));
    while let Some(url) = next {
        let (status, page) = Apis::json(apis.bitrefill(Method::GET, &url)).await;
        assert_eq!(status, 200, "{page}");
        countries.extend(
            page["data"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|p| p["in_stock"] == Value::Bool(true))
                .filter_map(|p| p["country_code"].as_str().map(str::to_owned)),
        );
        next = page["meta"]["_next"].as_str().map(str::to_owned);
    }
    countries
}

async fn check(apis: &Apis, number: &str) -> (u16, Value) {
    let encoded: String = url::form_urlencoded::byte_serialize(number.as_bytes()).collect();
    Apis::json(apis.bitrefill(Method::GET, &format!("/check_phone_number?phone_number={encoded}"))).await
}

#[tokio::test]
async fn a_number_is_placed_guessed_or_refused_in_both_dialects() {
    for (dialect, one, many) in
        [(Dialect::Live, "product", "candidates"), (Dialect::Docs, "operator", "operators")]
    {
        let apis = Apis::start(SandboxOptions { dialect, products: 1_000, ..fast_options() }).await;
        let countries = countries_with_operators(&apis).await;
        let numbers = [("DE", "+4915123456789"), ("GB", "+447400123456"), ("US", "+12015550123")];
        let (country, number) = numbers
            .iter()
            .find(|(c, _)| countries.iter().any(|have| have == c))
            .expect("an operator to test");

        let (status, found) = check(&apis, number).await;
        assert_eq!(status, 200, "{found}");
        let data = &found["data"];
        assert_eq!(
            (data["operator_found"].as_bool(), data["country_code"].as_str()),
            (Some(true), Some(*country))
        );
        assert_eq!(data[one]["country_code"], *country, "{dialect:?}: {data}");
        assert_eq!(data[one]["recipient_type"], "phone_number");
        // The same number, the same operator.
        assert_eq!(check(&apis, number).await.1["data"][one]["id"], data[one]["id"]);

        let unsure = format!("{}1111", &number[..number.len() - 4]);
        let (_, guessed) = check(&apis, &unsure).await;
        assert_eq!(guessed["data"]["operator_found"], false);
        assert!(guessed["data"].get(one).is_none());
        let offered = guessed["data"][many].as_array().unwrap();
        assert!(!offered.is_empty() && offered.iter().all(|o| o["country_code"] == *country), "{guessed}");

        for refused in ["+999123456789", "+7912345678"] {
            let (status, answer) = check(&apis, refused).await;
            assert_eq!(
                (status, answer["error_code"].as_str()),
                (400, Some("unsupported_operator")),
                "{refused}"
            );
        }
        let (status, answer) = check(&apis, "015123456789").await;
        assert_eq!((status, answer["error_code"].as_str()), (400, Some("invalid_phone_number")));
    }
}
