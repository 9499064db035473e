//! Every error code and problem the providers document, in words a reseller understands, with what to do.
//!
//! The provider's own code is kept beside the words (`code`), so support can be asked about it precisely.

use serde_json::Value;

pub use crate::problem::{summary, Problem};
use crate::provider::Provider;
use crate::tr;

/// Bitrefill error codes (invoice creation, top-ups, paying, auth, limits).
pub fn bitrefill(code: &str, provider_message: &str) -> Problem {
    let (message, action) = match code {
        "unsupported_payment_method" => (
            tr!("problem-bitrefill-unsupported-payment-method"),
            tr!("problem-bitrefill-unsupported-payment-method-action"),
        ),
        "missing_param" => {
            (tr!("problem-bitrefill-missing-param"), tr!("problem-bitrefill-missing-param-action"))
        }
        "parse_error" => (tr!("problem-bitrefill-parse-error"), tr!("problem-bitrefill-parse-error-action")),
        "not_found" => (tr!("problem-bitrefill-not-found"), tr!("problem-bitrefill-not-found-action")),
        "out_of_stock" => {
            (tr!("problem-bitrefill-out-of-stock"), tr!("problem-bitrefill-out-of-stock-action"))
        }
        "invalid_param" => {
            (tr!("problem-bitrefill-invalid-param"), tr!("problem-bitrefill-invalid-param-action"))
        }
        "too_many_items" => {
            (tr!("problem-bitrefill-too-many-items"), tr!("problem-bitrefill-too-many-items-action"))
        }
        "create_invoice_failed" => (
            tr!("problem-bitrefill-create-invoice-failed"),
            tr!("problem-bitrefill-create-invoice-failed-action"),
        ),
        "balance_too_low" => {
            (tr!("problem-bitrefill-balance-too-low"), tr!("problem-bitrefill-balance-too-low-action"))
        }
        "insufficient_funds" => {
            (tr!("problem-bitrefill-insufficient-funds"), tr!("problem-bitrefill-insufficient-funds-action"))
        }
        "invalid_phone_number" => (
            tr!("problem-bitrefill-invalid-phone-number"),
            tr!("problem-bitrefill-invalid-phone-number-action"),
        ),
        "unsupported_operator" => (
            tr!("problem-bitrefill-unsupported-operator"),
            tr!("problem-bitrefill-unsupported-operator-action"),
        ),
        "delivery_failed" => {
            (tr!("problem-bitrefill-delivery-failed"), tr!("problem-bitrefill-delivery-failed-action"))
        }
        "already_paid" => {
            (tr!("problem-bitrefill-already-paid"), tr!("problem-bitrefill-already-paid-action"))
        }
        "unauthorized" => {
            (tr!("problem-bitrefill-unauthorized"), tr!("problem-bitrefill-unauthorized-action"))
        }
        "forbidden" => (tr!("problem-bitrefill-forbidden"), tr!("problem-bitrefill-forbidden-action")),
        "rate_limited" => {
            (tr!("problem-bitrefill-rate-limited"), tr!("problem-bitrefill-rate-limited-action"))
        }
        _ => (tr!("problem-bitrefill-other"), tr!("problem-bitrefill-other-action")),
    };
    let mut problem = build(Provider::Bitrefill, code, message, action);
    if !provider_message.is_empty() {
        problem.details.push(tr!("problem-bitrefill-says", message = provider_message));
    }
    problem
}

/// Cryptorefills validation problems and HTTP-level errors.
pub fn cryptorefills(code: &str, more_details: Option<&Value>) -> Problem {
    let (message, action) = match code {
        "AMOUNT_LESS_THEN_MINIMUM_ALLOWED" => (
            tr!("problem-cryptorefills-amount-less-then-minimum-allowed"),
            tr!("problem-cryptorefills-amount-less-then-minimum-allowed-action"),
        ),
        "MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED" => (
            tr!("problem-cryptorefills-maximum-amount-per-order-exceeded"),
            tr!("problem-cryptorefills-maximum-amount-per-order-exceeded-action"),
        ),
        "DAILY_SPENDING_LIMIT_EXCEEDED" => (
            tr!("problem-cryptorefills-daily-spending-limit-exceeded"),
            tr!("problem-cryptorefills-daily-spending-limit-exceeded-action"),
        ),
        "MONTHLY_SPENDING_LIMIT_EXCEEDED" => (
            tr!("problem-cryptorefills-monthly-spending-limit-exceeded"),
            tr!("problem-cryptorefills-monthly-spending-limit-exceeded-action"),
        ),
        "PRODUCT_COUNT_EXCEEDED" => (
            tr!("problem-cryptorefills-product-count-exceeded"),
            tr!("problem-cryptorefills-product-count-exceeded-action"),
        ),
        "MULTIPLE_LIMITED_PRODUCT_SAME_ORDER" => (
            tr!("problem-cryptorefills-multiple-limited-product-same-order"),
            tr!("problem-cryptorefills-multiple-limited-product-same-order-action"),
        ),
        "NOT_AVAILABLE_PRODUCT" | "PRODUCT_NOT_AVAILABLE" => (
            tr!("problem-cryptorefills-product-not-available"),
            tr!("problem-cryptorefills-product-not-available-action"),
        ),
        "OUT_OF_STOCK" => {
            (tr!("problem-cryptorefills-out-of-stock"), tr!("problem-cryptorefills-out-of-stock-action"))
        }
        "NOT_ACTIVE" => {
            (tr!("problem-cryptorefills-not-active"), tr!("problem-cryptorefills-not-active-action"))
        }
        "INVALID_BENEFICIARY_ACCOUNT" => (
            tr!("problem-cryptorefills-invalid-beneficiary-account"),
            tr!("problem-cryptorefills-invalid-beneficiary-account-action"),
        ),
        "NOT_ALLOWED_PAYMENT_VIA" => (
            tr!("problem-cryptorefills-not-allowed-payment-via"),
            tr!("problem-cryptorefills-not-allowed-payment-via-action"),
        ),
        "UNSUPPORTED_PROTOCOL_COIN_COMBINATION" => (
            tr!("problem-cryptorefills-unsupported-protocol-coin-combination"),
            tr!("problem-cryptorefills-unsupported-protocol-coin-combination-action"),
        ),
        "LOGIN_REQUIRED" => {
            (tr!("problem-cryptorefills-login-required"), tr!("problem-cryptorefills-login-required-action"))
        }
        "COUPON_REQUIRES_LOGIN" => (
            tr!("problem-cryptorefills-coupon-requires-login"),
            tr!("problem-cryptorefills-coupon-requires-login-action"),
        ),
        "COUPON_NOT_FOUND" => (
            tr!("problem-cryptorefills-coupon-not-found"),
            tr!("problem-cryptorefills-coupon-not-found-action"),
        ),
        "COUPON_NOT_ACTIVE" => (
            tr!("problem-cryptorefills-coupon-not-active"),
            tr!("problem-cryptorefills-coupon-not-active-action"),
        ),
        "COUPON_ALREADY_SPENT" => (
            tr!("problem-cryptorefills-coupon-already-spent"),
            tr!("problem-cryptorefills-coupon-already-spent-action"),
        ),
        "COUPON_MAX_USAGE_REACHED" => (
            tr!("problem-cryptorefills-coupon-max-usage-reached"),
            tr!("problem-cryptorefills-coupon-max-usage-reached-action"),
        ),
        "COUPON_EXPIRED" => {
            (tr!("problem-cryptorefills-coupon-expired"), tr!("problem-cryptorefills-coupon-expired-action"))
        }
        "COUPON_BELOW_MIN_AMOUNT" => (
            tr!("problem-cryptorefills-coupon-below-min-amount"),
            tr!("problem-cryptorefills-coupon-below-min-amount-action"),
        ),
        "COUPON_NOT_VALID_FOR_USER" => (
            tr!("problem-cryptorefills-coupon-not-valid-for-user"),
            tr!("problem-cryptorefills-coupon-not-valid-for-user-action"),
        ),
        "COUPON_NOT_VALID_FOR_CATEGORY" => (
            tr!("problem-cryptorefills-coupon-not-valid-for-category"),
            tr!("problem-cryptorefills-coupon-not-valid-for-category-action"),
        ),
        "COUPON_NOT_VALID_FOR_KIND" => (
            tr!("problem-cryptorefills-coupon-not-valid-for-kind"),
            tr!("problem-cryptorefills-coupon-not-valid-for-kind-action"),
        ),
        "COUPON_NOT_VALID_FOR_BRAND" => (
            tr!("problem-cryptorefills-coupon-not-valid-for-brand"),
            tr!("problem-cryptorefills-coupon-not-valid-for-brand-action"),
        ),
        "COUPON_NOT_VALID_FOR_COUNTRY" => (
            tr!("problem-cryptorefills-coupon-not-valid-for-country"),
            tr!("problem-cryptorefills-coupon-not-valid-for-country-action"),
        ),
        "COUPON_NOT_VALID_FOR_STORE" => (
            tr!("problem-cryptorefills-coupon-not-valid-for-store"),
            tr!("problem-cryptorefills-coupon-not-valid-for-store-action"),
        ),
        "KYC_MISSING" => {
            (tr!("problem-cryptorefills-kyc-missing"), tr!("problem-cryptorefills-kyc-missing-action"))
        }
        "KYC_PENDING" => {
            (tr!("problem-cryptorefills-kyc-pending"), tr!("problem-cryptorefills-kyc-pending-action"))
        }
        "VERIFICATION_REQUIRED" => (
            tr!("problem-cryptorefills-verification-required"),
            tr!("problem-cryptorefills-verification-required-action"),
        ),
        "FULLNAME_MISSING" => (
            tr!("problem-cryptorefills-fullname-missing"),
            tr!("problem-cryptorefills-fullname-missing-action"),
        ),
        "INVALID_EMAIL_DOMAIN" => (
            tr!("problem-cryptorefills-invalid-email-domain"),
            tr!("problem-cryptorefills-invalid-email-domain-action"),
        ),
        "SUSPENDED_COIN" => {
            (tr!("problem-cryptorefills-suspended-coin"), tr!("problem-cryptorefills-suspended-coin-action"))
        }
        "SUSPENDED_NETWORK" => (
            tr!("problem-cryptorefills-suspended-network"),
            tr!("problem-cryptorefills-suspended-network-action"),
        ),
        "ORDER_NOT_FOUND" => (
            tr!("problem-cryptorefills-order-not-found"),
            tr!("problem-cryptorefills-order-not-found-action"),
        ),
        _ => (tr!("problem-cryptorefills-other"), tr!("problem-cryptorefills-other-action")),
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

fn build(provider: Provider, code: &str, message: String, action: String) -> Problem {
    Problem { provider, code: code.to_owned(), message, action, details: Vec::new(), line: None }
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
            (Some(Value::String(coin)), Some(Value::String(network))) => {
                tr!("problem-detail-coin-on-network", coin = coin.as_str(), network = network.as_str())
            }
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
    fn every_code_s_words_are_in_the_messages() {
        let words = |p: Problem| [p.message, p.action];
        let all = CRYPTOREFILLS_CODES.iter().chain(["SOMETHING_NEW"].iter()).map(|c| cryptorefills(c, None));
        let all = all.chain(BITREFILL_CODES.iter().chain(["something_new"].iter()).map(|c| bitrefill(c, "")));
        for text in all.flat_map(words) {
            assert!(!text.starts_with("problem-") && text.ends_with('.'), "{text}");
        }
        assert_eq!(bitrefill("out_of_stock", "sold out").details, ["Bitrefill says: sold out"]);
    }

    #[test]
    fn a_summary_says_each_problem_with_its_details_and_code() {
        let pairs = json!([{"coin": "USDC", "network": "Solana"}, {"coin": "USDT", "network": "Tron"}]);
        let problems = [
            bitrefill("rate_limited", ""),
            cryptorefills("UNSUPPORTED_PROTOCOL_COIN_COMBINATION", Some(&pairs)),
        ];
        assert_eq!(
            summary(&problems),
            "Bitrefill asked Giftdesk to slow down. Wait a minute and try again. [rate_limited] \
             This coin is not accepted on this network. Choose one of the coin and network pairs listed below. \
             (USDC on Solana; USDT on Tron) [UNSUPPORTED_PROTOCOL_COIN_COMBINATION]"
        );
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
