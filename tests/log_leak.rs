//! Credentials never reach a file the app writes, even at trace level.

pub mod common;

use common::{assert_success, TestHome};

const SECRETS: [&str; 3] =
    ["bfk_leak_probe_4f9c2d71x7Qe", "leak-basic-secret-8e1b5a", "leak-partner-id-c0ffee42"];

#[test]
fn credentials_are_absent_from_every_file_the_app_wrote() {
    let home = TestHome::new();
    let traced = |args: &[&str], stdin: &str| {
        let output = common::run_with_input(home.giftdesk().env("GIFTDESK_LOG", "trace").args(args), stdin);
        assert_success(&output);
        output
    };

    // Set each kind of credential through the app, then use them: read status, change, remove.
    let mut outputs = vec![
        traced(&["login", "bitrefill"], SECRETS[0]),
        traced(&["config", "--json"], ""),
        traced(&["login", "bitrefill", "--api-id", "acct-leak"], SECRETS[1]),
        traced(&["login", "cryptorefills"], SECRETS[2]),
        traced(&["config"], ""),
        traced(&["logout", "bitrefill"], ""),
        traced(&["logout", "cryptorefills"], ""),
    ];
    outputs.push({
        let output = home
            .giftdesk()
            .env("GIFTDESK_LOG", "trace")
            .env("GIFTDESK_BITREFILL_API_KEY", SECRETS[0])
            .args(["config", "--json"])
            .output()
            .unwrap();
        assert_success(&output);
        output
    });

    let files = home.files_written();
    let logs: Vec<_> = files.iter().filter(|p| p.to_string_lossy().contains("/logs/")).collect();
    assert!(!logs.is_empty(), "the app wrote a log file: {files:?}");
    let log_text: String = logs.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    assert!(log_text.contains("credentials stored in the keyring"), "logging at trace was on:\n{log_text}");

    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        for secret in SECRETS {
            assert!(!contains(&bytes, secret.as_bytes()), "{} contains a credential", path.display());
        }
    }
    for output in &outputs {
        for secret in SECRETS {
            assert!(!contains(&output.stdout, secret.as_bytes()), "stdout shows a credential");
            assert!(!contains(&output.stderr, secret.as_bytes()), "stderr shows a credential");
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}
