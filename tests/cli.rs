//! The headless face: help, config, JSON output, and clear failures.

pub mod common;

use common::{assert_success, stdout_json, TestHome};

#[test]
fn help_lists_the_verbs() {
    let output = TestHome::new().run(&["--help"]);
    assert_success(&output);
    let help = String::from_utf8_lossy(&output.stdout);
    for verb in ["config", "login", "logout", "--json"] {
        assert!(help.contains(verb), "--help mentions {verb}:\n{help}");
    }
}

#[test]
fn config_reports_paths_and_providers_as_json() {
    let home = TestHome::new();
    let output = home.run(&["config", "--json"]);
    assert_success(&output);
    let config = stdout_json(&output);
    let data = home.data_dir().to_str().unwrap();
    assert_eq!(config["paths"]["data"], data);
    assert_eq!(config["paths"]["logs"], format!("{data}/logs"));
    assert_eq!(config["paths"]["config"], format!("{data}/config"));
    assert_eq!(config["keyring_service"], home.keyring_service.as_str());
    assert!(config["schema_version"].as_i64().unwrap() > 0);
    assert_eq!(config["providers"].as_array().unwrap().len(), 2);
    assert!(home.data_dir().join("giftdesk.sqlite3").exists(), "the store is created on first run");
}

#[test]
fn config_as_text_names_each_provider() {
    let output = TestHome::new().run(&["config"]);
    assert_success(&output);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Bitrefill") && text.contains("not configured"), "{text}");
}

#[test]
fn bad_input_names_the_field_before_anything_is_stored() {
    let home = TestHome::new();
    let output = home.run_with_input(&["login", "bitrefill", "--json"], "has spaces in it\n");
    assert_eq!(output.status.code(), Some(1));
    let error = &stdout_json(&output)["error"];
    assert_eq!(error["code"], "invalid_input");
    assert_eq!(error["field"], "api_key");
    assert!(!home.run(&["config", "--json"]).stdout.is_empty());
    assert_eq!(stdout_json(&home.run(&["config", "--json"]))["providers"][0]["configured"], false);

    let output = home.run_with_input(&["login", "bitrefill"], "");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("api_key"));
}

#[test]
fn a_bad_environment_variable_is_named() {
    let home = TestHome::new();
    let output = home.giftdesk().args(["config"]).env("GIFTDESK_BITREFILL_API_ID", "acct").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("GIFTDESK_BITREFILL_API_SECRET"));
}

#[test]
fn unknown_verbs_and_providers_are_usage_errors() {
    let home = TestHome::new();
    assert_eq!(home.run(&["frobnicate"]).status.code(), Some(2));
    let output = home.run(&["login", "acme"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("bitrefill"), "lists what is accepted");
}

#[test]
fn sandbox_verb_prints_its_addresses_and_serves_until_killed() {
    use std::io::{BufRead, BufReader};
    let home = TestHome::new();
    let mut child = home
        .giftdesk()
        .args(["sandbox", "--seed", "3", "--products", "120", "--latency-ms", "5"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let urls: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");
    let bitrefill = urls["bitrefill"].as_str().unwrap();
    let cryptorefills = urls["cryptorefills"].as_str().unwrap();
    assert!(bitrefill.starts_with("http://127.0.0.1:") && bitrefill.ends_with("/v2"), "{line}");
    assert!(cryptorefills.starts_with("http://127.0.0.1:"), "{line}");

    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (ping, vias) = runtime.block_on(async {
        let client = reqwest::Client::builder().user_agent("giftdesk-tests").build().unwrap();
        let ping =
            client.get(format!("{bitrefill}/ping")).bearer_auth("sandbox-key").send().await.unwrap().status();
        let vias = client
            .get(format!("{cryptorefills}/v3/payment_vias"))
            .header("X-Cr-Application", "p")
            .header("X-Cr-Version", "1")
            .header("X-Forwarded-For", "127.0.0.1")
            .send()
            .await
            .unwrap()
            .status();
        (ping, vias)
    });
    assert_eq!((ping.as_u16(), vias.as_u16()), (200, 200));
    child.kill().unwrap();
    child.wait().unwrap();
}
