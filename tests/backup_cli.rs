//! `giftdesk backup` and `giftdesk restore`: every code and its purchase in one passphrase-encrypted file,
//! brought back on a fresh data directory and keyring (a new computer) exactly as they were.

pub mod common;

use common::apis::Apis;
use common::shop::shop_options;
use common::verbs::{command, json_of};
use common::{assert_success, run_with_input, stdout_json, TestHome};
use serde_json::Value;

const PASSPHRASE: &str = "correct horse battery staple";

/// Every code opened, keyed by what stays the same across computers (its provider's reference).
async fn revealed(home: &TestHome, apis: &Apis) -> Vec<Value> {
    let mut codes = json_of(home, apis, &["codes", "--reveal", "--json"]).await.as_array().unwrap().clone();
    codes.sort_by_key(|c| c["item_ref"].as_str().unwrap().to_owned());
    codes
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_restored_on_a_new_computer_brings_every_code_back_exactly() {
    let (home, apis) = (TestHome::new(), Apis::start(shop_options()).await);
    json_of(&home, &apis, &["sync", "--include-test-products", "--markets", "US", "--json"]).await;
    json_of(&home, &apis, &["customers", "add", "--name", "Ada", "--email", "ada@example.com", "--json"])
        .await;
    for (package, quantity) in [("25", "2"), ("50", "1")] {
        let args = [
            "buy",
            "--provider",
            "bitrefill",
            "--product",
            "amazon-us",
            "--package",
            package,
            "--quantity",
            quantity,
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
    }
    let before = revealed(&home, &apis).await;
    assert_eq!(before.len(), 3, "{before:?}");
    assert!(before.iter().all(|c| c["redemption"]["code"].is_string()), "{before:?}");
    let purchases_before = json_of(&home, &apis, &["purchases", "--json"]).await;
    let nothing =
        run_with_input(&mut command(&home, &apis, &["backup", "--to", "/nonexistent/x", "--json"]), "");
    assert_eq!(stdout_json(&nothing)["error"]["field"], "passphrase", "nothing read is refused by name");

    // A passphrase too short is refused before anything is written.
    let file = home.dir.path().join("vault.age");
    let file_arg = file.to_str().unwrap();
    let short =
        run_with_input(&mut command(&home, &apis, &["backup", "--to", file_arg, "--json"]), "short\n");
    assert!(!short.status.success());
    assert_eq!(stdout_json(&short)["error"]["field"], "passphrase");
    assert!(!file.exists());

    let made =
        run_with_input(&mut command(&home, &apis, &["backup", "--to", file_arg, "--json"]), PASSPHRASE);
    assert_success(&made);
    let made = stdout_json(&made);
    assert_eq!((made["codes"].as_u64(), made["customers"].as_u64()), (Some(3), Some(1)), "{made}");
    let sealed = std::fs::read(&file).unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1"), "an age file");
    for code in &before {
        let code = code["redemption"]["code"].as_str().unwrap();
        assert!(!sealed.windows(code.len()).any(|w| w == code.as_bytes()), "no code in the clear");
    }
    // The same file is never written over.
    let again =
        run_with_input(&mut command(&home, &apis, &["backup", "--to", file_arg, "--json"]), PASSPHRASE);
    assert_eq!(stdout_json(&again)["error"]["field"], "to");

    // A new computer: another data directory and keyring, nothing in them.
    let fresh = TestHome::new();
    let wrong = run_with_input(
        &mut command(&fresh, &apis, &["restore", "--from", file_arg, "--json"]),
        "not it at all",
    );
    assert_eq!(stdout_json(&wrong)["error"]["field"], "passphrase", "a wrong passphrase is named as such");
    assert_eq!(
        json_of(&fresh, &apis, &["codes", "--json"]).await,
        serde_json::json!([]),
        "and changes nothing"
    );

    let restored =
        run_with_input(&mut command(&fresh, &apis, &["restore", "--from", file_arg, "--json"]), PASSPHRASE);
    assert_success(&restored);
    let restored = stdout_json(&restored);
    assert_eq!((restored["codes"].as_u64(), restored["already_here"].as_u64()), (Some(3), Some(0)));
    assert_eq!(revealed(&fresh, &apis).await, before, "every code equal, with its customer and sale fields");
    assert_eq!(
        json_of(&fresh, &apis, &["purchases", "--json"]).await,
        purchases_before,
        "and every purchase"
    );
    let book = json_of(&fresh, &apis, &["customers", "list", "--json"]).await;
    assert_eq!(book[0]["email"], "ada@example.com", "the customers come back too: {book}");
    let ada = book[0]["id"].as_i64().unwrap().to_string();
    let history = json_of(&fresh, &apis, &["customers", "show", &ada, "--json"]).await;
    assert_eq!(history["codes"].as_array().map(Vec::len), Some(3), "with their codes: {history}");

    // Restoring twice adds nothing.
    let twice =
        run_with_input(&mut command(&fresh, &apis, &["restore", "--from", file_arg, "--json"]), PASSPHRASE);
    let twice = stdout_json(&twice);
    assert_eq!((twice["codes"].as_u64(), twice["purchases"].as_u64()), (Some(0), Some(0)), "{twice}");
    assert_eq!(revealed(&fresh, &apis).await.len(), 3);
}
