//! The headless verbs in the reseller's language: the OS locale (`LANGUAGE`, `LC_ALL`, `LANG`) or Settings
//! picks it, human messages follow it, `--json` keeps its English keys and stable codes, and Cryptorefills
//! is sent the language as `lang` (the customer's own when the purchase names one).

pub mod common;

use common::apis::Apis;
use common::shop::shop_options;
use common::verbs::{command, AIRBNB_FOR_ANA, AMAZON_PACKAGE_33};
use common::{stdout_json, TestHome};
use giftdesk_sandbox::{Dialect, SandboxOptions};
use reqwest::Method;
use serde_json::Value;

async fn run_in(home: &TestHome, apis: &Apis, locale: &str, args: &[&str]) -> std::process::Output {
    let mut command = command(home, apis, args);
    command.env("LANGUAGE", locale).env("LC_ALL", "C.UTF-8");
    tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap()
}

/// The `lang` the sandbox's Cryptorefills received with the order behind `purchase`.
async fn lang_sent(apis: &Apis, purchase: &Value) -> String {
    let order = purchase["provider_ref"].as_str().expect("the order id");
    let answer: Value =
        apis.control(Method::GET, &format!("/orders/{order}"), Value::Null).await.json().await.unwrap();
    answer["lang"].as_str().unwrap().to_owned()
}

fn airbnb(extra: &[&'static str]) -> Vec<&'static str> {
    [&AIRBNB_FOR_ANA[..], extra].concat()
}

#[tokio::test(flavor = "multi_thread")]
async fn verbs_speak_the_locale_s_language_and_cryptorefills_is_told_it() {
    speaks_the_locale(Dialect::Live).await;
}

/// The providers' documented answer shapes: refusals and orders read from the other form say the same.
#[tokio::test(flavor = "multi_thread")]
async fn verbs_speak_the_locale_s_language_in_the_docs_form() {
    speaks_the_locale(Dialect::Docs).await;
}

async fn speaks_the_locale(dialect: Dialect) {
    let options = SandboxOptions { dialect, ..shop_options() };
    let (home, apis) = (TestHome::new(), Apis::start(options).await);
    let synced =
        run_in(&home, &apis, "de_DE", &["sync", "--include-test-products", "--markets", "US", "--json"])
            .await;
    assert!(synced.status.success(), "{}", String::from_utf8_lossy(&synced.stderr));

    // A refused value: the code and field stay the same in every language, the words are the locale's.
    let bad = AMAZON_PACKAGE_33;
    let json = |args: &[&'static str]| [args, &["--json"]].concat();
    let english = run_in(&home, &apis, "en_US", &json(&bad)).await;
    let english = stdout_json(&english)["error"]["message"].as_str().unwrap().to_owned();
    let mut seen = vec![english.clone()];
    for locale in ["de_DE", "tr_TR", "zh_CN", "fil_PH"] {
        let output = run_in(&home, &apis, locale, &json(&bad)).await;
        assert_eq!(output.status.code(), Some(1));
        let error = &stdout_json(&output)["error"];
        assert_eq!(
            (error["code"].as_str(), error["field"].as_str()),
            (Some("invalid_input"), Some("package"))
        );
        let message = error["message"].as_str().unwrap().to_owned();
        assert!(!seen.contains(&message), "{locale}: the same words as another language: {message}");
        println!("{locale}: {message}");
        // And without --json, the same words on the terminal.
        let human = run_in(&home, &apis, locale, &bad).await;
        let printed = String::from_utf8_lossy(&human.stderr);
        assert!(printed.contains(&message), "{locale}: {printed}");
        seen.push(message);
    }

    // Settings' choice wins over the OS locale.
    let config = home.data_dir().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.json"), r#"{"language": "fr"}"#).unwrap();
    let french = run_in(&home, &apis, "de_DE", &json(&bad)).await;
    let french = stdout_json(&french)["error"]["message"].as_str().unwrap().to_owned();
    assert!(!seen.contains(&french), "Settings' French, not the locale's German: {french}");
    std::fs::remove_file(config.join("settings.json")).unwrap();

    // The reseller's language goes to Cryptorefills as `lang`; a customer's own language wins for its order.
    let output = run_in(&home, &apis, "vi_VN", &airbnb(&[])).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(lang_sent(&apis, &stdout_json(&output)).await, "vi");
    let output = run_in(&home, &apis, "vi_VN", &airbnb(&["--customer-language", "tl"])).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(lang_sent(&apis, &stdout_json(&output)).await, "tl");
    // A locale Giftdesk does not speak is English, to the reseller and to Cryptorefills.
    let output = run_in(&home, &apis, "ja_JP", &airbnb(&[])).await;
    assert_eq!(lang_sent(&apis, &stdout_json(&output)).await, "en");
}
