//! Running the real binary's verbs against an in-process sandbox, with its test credentials.

use std::process::{Command, Output};

use serde_json::Value;

use super::apis::Apis;
use super::{assert_success, stdout_json, TestHome};

/// `buy` of a 30 USD Airbnb card from Cryptorefills for ana@example.com, paid in USDC on Solana.
pub const AIRBNB_FOR_ANA: [&str; 12] = [
    "buy",
    "--provider",
    "cryptorefills",
    "--product",
    "US/Airbnb",
    "--value",
    "30",
    "--recipient",
    "ana@example.com",
    "--pay",
    "USDC:Solana",
    "--json",
];

/// `buy` of a 50 USD Amazon card from Bitrefill for ana@example.com, created and paid from the balance.
pub const AMAZON_50_FROM_BALANCE: [&str; 12] = [
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
    "--json",
];

/// `buy` of an Amazon card in a package Bitrefill does not sell (33): refused before anything is sent.
pub const AMAZON_PACKAGE_33: [&str; 11] = [
    "buy",
    "--provider",
    "bitrefill",
    "--product",
    "amazon-us",
    "--package",
    "33",
    "--recipient",
    "ana@example.com",
    "--pay",
    "balance",
];

pub fn command(home: &TestHome, apis: &Apis, args: &[&str]) -> Command {
    let mut command = home.giftdesk();
    command
        .args(args)
        .env("GIFTDESK_BITREFILL_URL", &apis.sandbox.urls.bitrefill)
        .env("GIFTDESK_BITREFILL_API_KEY", "sandbox-key")
        .env("GIFTDESK_CRYPTOREFILLS_URL", &apis.sandbox.urls.cryptorefills)
        .env("GIFTDESK_CRYPTOREFILLS_PARTNER_ID", "partner-test");
    command
}

/// Runs a verb to its end (off the runtime, which keeps the sandbox serving).
pub async fn run(home: &TestHome, apis: &Apis, args: &[&str]) -> Output {
    let mut command = command(home, apis, args);
    tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap()
}

/// Runs a verb that must succeed and returns its JSON.
pub async fn json_of(home: &TestHome, apis: &Apis, args: &[&str]) -> Value {
    let output = run(home, apis, args).await;
    assert_success(&output);
    stdout_json(&output)
}
