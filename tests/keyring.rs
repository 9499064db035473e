//! Credentials through the real OS keyring (gnome-keyring's Secret Service in the test session).

pub mod common;

use common::{assert_success, stdout_json, TestHome};
use giftdesk_core::providers::Provider;
use giftdesk_core::secrets::{
    BitrefillCredentialInput, BitrefillCredentials, CredentialMethod, CredentialSource,
    CryptorefillsCredentialInput, EnvCredentials, Keyring, Secrets, Sensitive,
};

fn secrets_for(home: &TestHome) -> Secrets {
    Secrets::new(Keyring::new(&home.keyring_service), EnvCredentials::default())
}

#[tokio::test]
async fn set_read_and_clear_through_the_secret_service() {
    let home = TestHome::new();
    let secrets = secrets_for(&home);
    assert!(!secrets.status(Provider::Bitrefill).await.unwrap().configured);

    let input = BitrefillCredentialInput::ApiKey { api_key: Sensitive::new("bfk_keyring_test_x7Qe".into()) };
    let status = secrets.set_bitrefill(input).await.unwrap();
    assert!(status.configured);
    assert_eq!(status.source, Some(CredentialSource::Keyring));
    assert_eq!(status.hint.as_deref(), Some("…x7Qe"));

    // A second, independent reader (as a later process would be) finds the same credential.
    let (read, source) = secrets_for(&home).bitrefill().await.unwrap().expect("stored");
    assert_eq!(read, BitrefillCredentials::ApiKey(Sensitive::new("bfk_keyring_test_x7Qe".into())));
    assert_eq!(source, CredentialSource::Keyring);

    let cleared = secrets.clear(Provider::Bitrefill).await.unwrap();
    assert!(!cleared.configured);
    assert!(secrets.bitrefill().await.unwrap().is_none());
    // Clearing twice is not an error.
    assert!(!secrets.clear(Provider::Bitrefill).await.unwrap().configured);
}

#[tokio::test]
async fn basic_and_cryptorefills_credentials_round_trip() {
    let home = TestHome::new();
    let secrets = secrets_for(&home);
    let basic = BitrefillCredentialInput::Basic {
        api_id: "acct-42".into(),
        api_secret: Sensitive::new("basic-secret-0000Zz9".into()),
    };
    assert_eq!(secrets.set_bitrefill(basic).await.unwrap().method, Some(CredentialMethod::Basic));
    let partner = CryptorefillsCredentialInput {
        partner_id: Sensitive::new("partner-abcdef-1234".into()),
        app_version: Some("reseller-7".into()),
    };
    secrets.set_cryptorefills(partner).await.unwrap();

    let (crypto, _) = secrets.cryptorefills().await.unwrap().unwrap();
    assert_eq!(crypto.partner_id.expose(), "partner-abcdef-1234");
    assert_eq!(crypto.app_version, "reseller-7");
    let statuses = secrets.statuses().await.unwrap();
    assert!(statuses.iter().all(|s| s.configured), "{statuses:?}");
}

#[test]
fn cli_login_reads_standard_input_and_logout_clears() {
    let home = TestHome::new();
    let output = home.run_with_input(&["login", "bitrefill", "--json"], "bfk_cli_login_secret_x7Qe\n");
    assert_success(&output);
    let status = stdout_json(&output);
    assert_eq!(status["configured"], true);
    assert_eq!(status["hint"], "…x7Qe");
    assert!(!String::from_utf8_lossy(&output.stdout).contains("bfk_cli_login_secret"));

    let config = stdout_json(&home.run(&["config", "--json"]));
    assert_eq!(config["providers"][0]["provider"], "bitrefill");
    assert_eq!(config["providers"][0]["configured"], true);
    assert_eq!(config["providers"][1]["configured"], false);

    let output = home.run(&["logout", "bitrefill", "--json"]);
    assert_success(&output);
    assert_eq!(stdout_json(&output)["configured"], false);
}

#[test]
fn environment_overrides_the_keyring_and_is_never_stored() {
    let home = TestHome::new();
    assert_success(&home.run_with_input(&["login", "bitrefill"], "bfk_stored_in_keyring_AAAA"));
    let output = home
        .giftdesk()
        .args(["config", "--json"])
        .env("GIFTDESK_BITREFILL_API_KEY", "bfk_from_environment_BBBB")
        .output()
        .unwrap();
    assert_success(&output);
    let config = stdout_json(&output);
    assert_eq!(config["providers"][0]["source"], "environment");
    assert_eq!(config["providers"][0]["hint"], "…BBBB");

    // Without the variable, the keyring's value is back: the environment never overwrote it.
    let config = stdout_json(&home.run(&["config", "--json"]));
    assert_eq!(config["providers"][0]["source"], "keyring");
    assert_eq!(config["providers"][0]["hint"], "…AAAA");
}

#[test]
fn an_unreachable_keyring_gives_a_clear_error_not_a_crash() {
    let home = TestHome::new();
    let output = common::run_with_input(
        home.giftdesk()
            .args(["login", "bitrefill", "--json"])
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/giftdesk-test-bus"),
        "bfk_never_stored_0000",
    );
    assert_eq!(output.status.code(), Some(1), "a failure exit, not a crash");
    let error = &stdout_json(&output)["error"];
    assert_eq!(error["code"], "keyring_unavailable");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Unlock your keyring"), "says what to do: {stderr}");
    assert!(!stderr.contains("bfk_never_stored"));
}
