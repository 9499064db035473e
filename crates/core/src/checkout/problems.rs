//! Every error code and problem the providers document, in words a reseller understands, with what to do.
//!
//! The provider's own code is kept beside the words (`code`), so support can be asked about it precisely.

use serde_json::Value;

pub use crate::problem::{summary, Problem};
use crate::provider::Provider;

/// Bitrefill error codes (invoice creation, top-ups, paying, auth, limits).
pub fn bitrefill(code: &str, provider_message: &str) -> Problem {
    let (message, action) = match code {
        "unsupported_payment_method" => {
            ("Bitrefill does not accept this payment method.", "Choose balance or one of the listed coins.")
        }
        "missing_param" => (
            "Something Bitrefill needs is missing from the purchase.",
            "Fill in every field of the item and try again.",
        ),
        "parse_error" => (
            "Bitrefill could not read the request.",
            "Try again; if it persists, report it with the log file.",
        ),
        "not_found" => {
            ("This product is no longer sold by Bitrefill.", "Refresh the catalog and pick another product.")
        }
        "out_of_stock" => (
            "This product is out of stock at Bitrefill.",
            "Try later, or buy the same brand from Cryptorefills.",
        ),
        "invalid_param" => {
            ("Bitrefill refused one of the values.", "Check the amount, quantity and recipient.")
        }
        "too_many_items" => {
            ("A Bitrefill invoice holds at most 20 items.", "Split the cart into several invoices.")
        }
        "create_invoice_failed" => {
            ("Bitrefill could not create the invoice; nothing was charged.", "Try again in a minute.")
        }
        "balance_too_low" => (
            "Your Bitrefill balance is too low for this purchase.",
            "Top up your Bitrefill balance, or pay with crypto.",
        ),
        "insufficient_funds" => (
            "Your Bitrefill balance is too low to pay this invoice.",
            "Top up your Bitrefill balance, then pay again.",
        ),
        "invalid_phone_number" => (
            "The phone number is not valid for this top-up.",
            "Enter it in international format, like +14155551234.",
        ),
        "unsupported_operator" => (
            "This phone number's operator is not supported by the product.",
            "Pick the top-up product for the number's operator.",
        ),
        "delivery_failed" => (
            "The operator refused the top-up for this number.",
            "Check the number with your customer, then try again.",
        ),
        "already_paid" => (
            "This invoice is already paid or no longer exists.",
            "Nothing more to pay; follow the purchase in Orders.",
        ),
        "unauthorized" => ("Bitrefill refused the API credentials.", "Check the API key in Settings."),
        "forbidden" => (
            "This Bitrefill account has no API access or is suspended.",
            "Ask Bitrefill to enable API access for the account.",
        ),
        "rate_limited" => ("Bitrefill asked Giftdesk to slow down.", "Wait a minute and try again."),
        _ => (
            "Bitrefill refused the purchase.",
            "Read Bitrefill's words below; try again or contact Bitrefill support.",
        ),
    };
    let mut problem = build(Provider::Bitrefill, code, message, action);
    if !provider_message.is_empty() {
        problem.details.push(format!("Bitrefill says: {provider_message}"));
    }
    problem
}

/// Cryptorefills validation problems and HTTP-level errors.
pub fn cryptorefills(code: &str, more_details: Option<&Value>) -> Problem {
    let (message, action) = match code {
        "AMOUNT_LESS_THEN_MINIMUM_ALLOWED" => ("The order total is below the minimum Cryptorefills accepts.", "Raise the amount or add items."),
        "MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED" => ("The order total is above the most one order may cost.", "Lower the amount or split it into several orders."),
        "DAILY_SPENDING_LIMIT_EXCEEDED" => ("The account has reached its daily spending limit.", "Wait until tomorrow, or verify the account for higher limits."),
        "MONTHLY_SPENDING_LIMIT_EXCEEDED" => ("The account has reached its monthly spending limit.", "Wait until next month, or verify the account for higher limits."),
        "PRODUCT_COUNT_EXCEEDED" => ("An order holds at most 10 deliveries.", "Split the cart into several orders."),
        "MULTIPLE_LIMITED_PRODUCT_SAME_ORDER" => ("Only one limited product may be in an order.", "Buy the limited products in separate orders."),
        "NOT_AVAILABLE_PRODUCT" | "PRODUCT_NOT_AVAILABLE" => ("This product is not sold in this country any more.", "Refresh the catalog and pick another product or country."),
        "OUT_OF_STOCK" => ("This product is out of stock at Cryptorefills.", "Try later, or buy the same brand from Bitrefill."),
        "NOT_ACTIVE" => ("This product is paused at Cryptorefills.", "Try later or pick another product."),
        "INVALID_BENEFICIARY_ACCOUNT" => ("The recipient does not fit the product.", "Use an email for gift cards and eSIMs, an international phone number (+14155551234) for top-ups."),
        "NOT_ALLOWED_PAYMENT_VIA" => ("This way of paying is not allowed for the order.", "Choose one of the allowed ways listed below."),
        "UNSUPPORTED_PROTOCOL_COIN_COMBINATION" => ("This coin is not accepted on this network.", "Choose one of the coin and network pairs listed below."),
        "LOGIN_REQUIRED" => ("This product needs a signed-in Cryptorefills account.", "Buy it on cryptorefills.com with a whitelabel account, or pick another product."),
        "COUPON_REQUIRES_LOGIN" => ("This coupon needs a signed-in Cryptorefills account.", "Remove the coupon, or redeem it on cryptorefills.com."),
        "COUPON_NOT_FOUND" => ("The coupon code does not exist.", "Check the spelling, or remove the coupon."),
        "COUPON_NOT_ACTIVE" => ("The coupon is not active yet.", "Remove it, or use it once it starts."),
        "COUPON_ALREADY_SPENT" => ("The coupon was already used by this account.", "Remove the coupon."),
        "COUPON_MAX_USAGE_REACHED" => ("The coupon has been used as often as it may be.", "Remove the coupon."),
        "COUPON_EXPIRED" => ("The coupon has expired.", "Remove the coupon."),
        "COUPON_BELOW_MIN_AMOUNT" => ("The order is below the coupon's minimum amount.", "Add items, or remove the coupon."),
        "COUPON_NOT_VALID_FOR_USER" => ("The coupon is not valid for this account.", "Remove the coupon."),
        "COUPON_NOT_VALID_FOR_CATEGORY" => ("The coupon does not apply to these product categories.", "Remove the coupon or change the products."),
        "COUPON_NOT_VALID_FOR_KIND" => ("The coupon does not apply to this kind of product.", "Remove the coupon or change the products."),
        "COUPON_NOT_VALID_FOR_BRAND" => ("The coupon does not apply to these brands.", "Remove the coupon or change the brands."),
        "COUPON_NOT_VALID_FOR_COUNTRY" => ("The coupon is not valid in this country.", "Remove the coupon."),
        "COUPON_NOT_VALID_FOR_STORE" => ("The coupon is not valid for this store or region.", "Remove the coupon."),
        "KYC_MISSING" => ("The account must verify its identity for this order.", "Complete identity verification in your Cryptorefills account, then try again."),
        "KYC_PENDING" => ("Identity verification is in progress.", "Wait for it to finish (usually 20 minutes, up to 48 hours), then try again."),
        "VERIFICATION_REQUIRED" => ("Cryptorefills needs more verification for this account.", "Contact Cryptorefills support, then try again."),
        "FULLNAME_MISSING" => ("Paying with stablecoins on Tron needs the account holder's full name on file.", "Add your full name in your Cryptorefills account, or pay on another network."),
        "INVALID_EMAIL_DOMAIN" => ("Cryptorefills does not accept this email's domain.", "Use a permanent email address."),
        "SUSPENDED_COIN" => ("This coin is suspended at Cryptorefills for now.", "Pay with another coin."),
        "SUSPENDED_NETWORK" => ("This network is suspended at Cryptorefills for now.", "Pay on another network."),
        "ORDER_NOT_FOUND" => ("Cryptorefills has no order with this id.", "Check the order id."),
        _ => ("Cryptorefills refused the order.", "Read the details below; try again or contact Cryptorefills support."),
    };
    let mut problem = build(Provider::Cryptorefills, code, message, action);
    problem.details = readable_details(more_details);
    problem
}

/// Every code [`cryptorefills`] knows, for the tests that walk them all.
pub const CRYPTOREFILLS_CODES: [&str; 35] = [
    "AMOUNT_LESS_THEN_MINIMUM_ALLOWED",
    "MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED",
    "DAILY_SPENDING_LIMIT_EXCEEDED",
    "MONTHLY_SPENDING_LIMIT_EXCEEDED",
    "PRODUCT_COUNT_EXCEEDED",
    "MULTIPLE_LIMITED_PRODUCT_SAME_ORDER",
    "NOT_AVAILABLE_PRODUCT",
    "PRODUCT_NOT_AVAILABLE",
    "OUT_OF_STOCK",
    "NOT_ACTIVE",
    "INVALID_BENEFICIARY_ACCOUNT",
    "NOT_ALLOWED_PAYMENT_VIA",
    "UNSUPPORTED_PROTOCOL_COIN_COMBINATION",
    "LOGIN_REQUIRED",
    "COUPON_REQUIRES_LOGIN",
    "COUPON_NOT_FOUND",
    "COUPON_NOT_ACTIVE",
    "COUPON_ALREADY_SPENT",
    "COUPON_MAX_USAGE_REACHED",
    "COUPON_EXPIRED",
    "COUPON_BELOW_MIN_AMOUNT",
    "COUPON_NOT_VALID_FOR_USER",
    "COUPON_NOT_VALID_FOR_CATEGORY",
    "COUPON_NOT_VALID_FOR_KIND",
    "COUPON_NOT_VALID_FOR_BRAND",
    "COUPON_NOT_VALID_FOR_COUNTRY",
    "COUPON_NOT_VALID_FOR_STORE",
    "KYC_MISSING",
    "KYC_PENDING",
    "VERIFICATION_REQUIRED",
    "FULLNAME_MISSING",
    "INVALID_EMAIL_DOMAIN",
    "SUSPENDED_COIN",
    "SUSPENDED_NETWORK",
    "ORDER_NOT_FOUND",
];

/// Every code [`bitrefill`] knows.
pub const BITREFILL_CODES: [&str; 17] = [
    "unsupported_payment_method",
    "missing_param",
    "parse_error",
    "not_found",
    "out_of_stock",
    "invalid_param",
    "too_many_items",
    "create_invoice_failed",
    "balance_too_low",
    "insufficient_funds",
    "invalid_phone_number",
    "unsupported_operator",
    "delivery_failed",
    "already_paid",
    "unauthorized",
    "forbidden",
    "rate_limited",
];

fn build(provider: Provider, code: &str, message: &str, action: &str) -> Problem {
    Problem {
        provider,
        code: code.to_owned(),
        message: message.to_owned(),
        action: action.to_owned(),
        details: Vec::new(),
        line: None,
    }
}

/// `moreDetails` as lines: `["USER_WALLET"]`, `[{"coin","network"}]`, `{"coin": "DAI"}`…
fn readable_details(more: Option<&Value>) -> Vec<String> {
    match more {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items.iter().map(one_detail).collect(),
        Some(other) => vec![one_detail(other)],
    }
}

fn one_detail(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Object(map) => match (map.get("coin"), map.get("network")) {
            (Some(Value::String(coin)), Some(Value::String(network))) => format!("{coin} on {network}"),
            _ => map
                .iter()
                .map(|(k, v)| format!("{k}: {}", v.as_str().map_or_else(|| v.to_string(), str::to_owned)))
                .collect::<Vec<_>>()
                .join(", "),
        },
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_documented_code_has_its_own_words() {
        let fallback = cryptorefills("SOMETHING_NEW", None).message;
        for code in CRYPTOREFILLS_CODES {
            let problem = cryptorefills(code, None);
            assert_ne!(problem.message, fallback, "{code} has words of its own");
            assert!(!problem.action.is_empty());
        }
        let fallback = bitrefill("something_new", "").message;
        for code in BITREFILL_CODES {
            assert_ne!(bitrefill(code, "").message, fallback, "{code} has words of its own");
        }
    }

    #[test]
    fn more_details_are_rendered() {
        let pairs = json!([{"coin": "USDC", "network": "Solana"}, {"coin": "USDT", "network": "Tron"}]);
        let problem = cryptorefills("UNSUPPORTED_PROTOCOL_COIN_COMBINATION", Some(&pairs));
        assert_eq!(problem.details, ["USDC on Solana", "USDT on Tron"]);
        let vias = cryptorefills("NOT_ALLOWED_PAYMENT_VIA", Some(&json!(["USER_WALLET"])));
        assert_eq!(vias.details, ["USER_WALLET"]);
    }
}
