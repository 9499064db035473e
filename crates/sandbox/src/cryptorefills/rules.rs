//! Coins, networks and the validation rules that produce each documented problem.
//!
//! Rules a test or a curious reseller can provoke (also in README.md):
//! - beneficiary or `email` local part `daily-limit`, `monthly-limit`, `kyc-missing`, `kyc-pending`,
//!   `verify` → the spending-limit and identity problems; an email at `disposable.test` → INVALID_EMAIL_DOMAIN;
//! - `promo_code` equal to a coupon problem's name (e.g. `COUPON_EXPIRED`) → that problem, `MEMBERS` →
//!   COUPON_REQUIRES_LOGIN, `SANDBOX10` is valid, anything else → COUPON_NOT_FOUND;
//! - a brand unknown everywhere → NOT_AVAILABLE_PRODUCT, known elsewhere but not in that country →
//!   PRODUCT_NOT_AVAILABLE; out of stock → OUT_OF_STOCK; "… Paused" brands → NOT_ACTIVE; "… Limited" brands
//!   twice → MULTIPLE_LIMITED_PRODUCT_SAME_ORDER; e-money ("PayWallet …") → LOGIN_REQUIRED;
//! - more than 10 deliveries → PRODUCT_COUNT_EXCEEDED; a total over 5,000 USD →
//!   MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED; a range value under the minimum → AMOUNT_LESS_THEN_MINIMUM_ALLOWED;
//! - an email for a top-up or a phone for a gift card → INVALID_BENEFICIARY_ACCOUNT;
//! - `payment_via` other than USER_WALLET → NOT_ALLOWED_PAYMENT_VIA; a coin and network not listed →
//!   UNSUPPORTED_PROTOCOL_COIN_COMBINATION; any coin on Tron → FULLNAME_MISSING;
//! - HTTP level: DAI → SUSPENDED_COIN, USDT on Arbitrum → SUSPENDED_NETWORK.

use serde_json::{json, Value};

#[derive(Debug)]
pub struct Coin {
    pub name: &'static str,
    pub decimals: u32,
    /// Shown amounts keep this many decimals.
    pub shown: u32,
    /// US cents per whole coin.
    pub cents: u64,
    pub threshold: &'static str,
    pub networks: &'static [&'static str],
}

pub const COINS: [Coin; 4] = [
    Coin {
        name: "USDC",
        decimals: 6,
        shown: 2,
        cents: 100,
        threshold: "1",
        networks: &["Solana", "Polygon (Matic)", "Base", "Mainnet", "Arbitrum", "Tron", "Stellar"],
    },
    Coin {
        name: "USDT",
        decimals: 6,
        shown: 2,
        cents: 100,
        threshold: "1",
        networks: &["Solana", "Tron", "Mainnet", "Polygon (Matic)", "Arbitrum"],
    },
    Coin {
        name: "BTC",
        decimals: 8,
        shown: 8,
        cents: 9_500_000,
        threshold: "0.00001",
        networks: &["Lightning", "Bitcoin"],
    },
    Coin { name: "DAI", decimals: 18, shown: 2, cents: 100, threshold: "1", networks: &["Mainnet"] },
];

pub fn coin(name: &str) -> Option<&'static Coin> {
    COINS.iter().find(|c| c.name.eq_ignore_ascii_case(name))
}

#[derive(Debug, Clone, Copy)]
pub struct NetworkInfo {
    pub base_token: &'static str,
    pub chain_id: u64,
    pub engine: Option<&'static str>,
    pub token_address: &'static str,
}

pub fn network_info(name: &str) -> NetworkInfo {
    let (base_token, chain_id, engine) = match name.to_ascii_lowercase().as_str() {
        "solana" => ("SOL", 0, Some("SVM")),
        "polygon (matic)" => ("POL", 137, Some("EVM")),
        "base" => ("ETH", 8453, Some("EVM")),
        "mainnet" => ("ETH", 1, Some("EVM")),
        "arbitrum" => ("ETH", 42_161, Some("EVM")),
        "tron" => ("TRX", 0, Some("TVM")),
        "stellar" => ("XLM", 0, Some("SOROBAN")),
        _ => ("BTC", 0, None),
    };
    NetworkInfo { base_token, chain_id, engine, token_address: "0x5a7d000000000000000000000000000000005a7d" }
}

/// Canonical network name, accepting any case ("POLYGON (MATIC)" as in the seed's example).
pub fn network_name(coin: &Coin, wanted: &str) -> Option<&'static str> {
    coin.networks.iter().copied().find(|n| n.eq_ignore_ascii_case(wanted))
}

/// `(coin_amount, original_coin_amount)` as decimal strings for `face` units of a currency.
pub fn coin_amount(face: u64, usd_micros: u64, discount_bp: u64, coin_name: &str) -> (String, String) {
    let coin = coin(coin_name).unwrap_or(&COINS[0]);
    let original_cents = u128::from(face) * u128::from(usd_micros) / 10_000;
    let cents = original_cents * u128::from(10_000 - discount_bp.min(9_999)) / 10_000;
    (format_coin(cents, coin), format_coin(original_cents, coin))
}

/// Cents to a coin amount with the coin's shown decimals, rounded up (never ask for less than the price).
pub fn format_coin(cents: u128, coin: &Coin) -> String {
    let scale = 10u128.pow(coin.shown);
    let units = (cents * scale).div_ceil(u128::from(coin.cents));
    if coin.shown == 0 {
        return units.to_string();
    }
    format!("{}.{:0width$}", units / scale, units % scale, width = coin.shown as usize)
}

pub fn money_label(amount: u64, currency: &str) -> String {
    match currency {
        "USD" => format!("${amount}"),
        "EUR" => format!("€{amount}"),
        "GBP" => format!("£{amount}"),
        _ => format!("{amount} {currency}"),
    }
}

pub fn problem(code: &str) -> Value {
    json!({"problem": code})
}

/// Problems that depend only on who is buying and the coupon.
pub fn account_problems(email: &str, promo_code: Option<&str>) -> Vec<Value> {
    let mut problems = Vec::new();
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    for (trigger, code) in [
        ("daily-limit", "DAILY_SPENDING_LIMIT_EXCEEDED"),
        ("monthly-limit", "MONTHLY_SPENDING_LIMIT_EXCEEDED"),
        ("kyc-missing", "KYC_MISSING"),
        ("kyc-pending", "KYC_PENDING"),
        ("verify", "VERIFICATION_REQUIRED"),
    ] {
        if local.eq_ignore_ascii_case(trigger) {
            problems.push(problem(code));
        }
    }
    if domain.eq_ignore_ascii_case("disposable.test") {
        problems.push(problem("INVALID_EMAIL_DOMAIN"));
    }
    if let Some(code) = promo_code.map(str::trim).filter(|c| !c.is_empty()) {
        const COUPON_PROBLEMS: [&str; 11] = [
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
        ];
        let upper = code.to_ascii_uppercase();
        if let Some(found) = COUPON_PROBLEMS.iter().find(|p| **p == upper) {
            problems.push(problem(found));
        } else if upper == "MEMBERS" {
            problems.push(problem("COUPON_REQUIRES_LOGIN"));
        } else if upper != "SANDBOX10" {
            problems.push(problem("COUPON_NOT_FOUND"));
        }
    }
    problems
}

/// Problems of the payment choice; `None` network means the coin's first.
pub fn payment_problems(via: &str, coin_name: &str, network: Option<&str>) -> Vec<Value> {
    let mut problems = Vec::new();
    if via != "USER_WALLET" {
        problems.push(json!({"problem": "NOT_ALLOWED_PAYMENT_VIA", "moreDetails": ["USER_WALLET"]}));
    }
    let supported = || -> Vec<Value> {
        COINS
            .iter()
            .flat_map(|c| c.networks.iter().map(move |n| json!({"coin": c.name, "network": n})))
            .collect()
    };
    match coin(coin_name) {
        None => problems
            .push(json!({"problem": "UNSUPPORTED_PROTOCOL_COIN_COMBINATION", "moreDetails": supported()})),
        Some(coin) => match network {
            Some(wanted) if network_name(coin, wanted).is_none() => {
                problems.push(
                    json!({"problem": "UNSUPPORTED_PROTOCOL_COIN_COMBINATION", "moreDetails": supported()}),
                );
            }
            Some(wanted) if wanted.eq_ignore_ascii_case("tron") => problems.push(problem("FULLNAME_MISSING")),
            _ => {}
        },
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coin_amounts_are_exact_decimal_strings() {
        assert_eq!(coin_amount(100, 1_000_000, 88, "USDC"), ("99.12".into(), "100.00".into()));
        assert_eq!(coin_amount(100, 1_000_000, 0, "BTC").1, "0.00105264");
    }

    #[test]
    fn email_rules_provoke_their_problems() {
        assert_eq!(account_problems("kyc-pending@example.com", None), vec![problem("KYC_PENDING")]);
        assert_eq!(
            account_problems("a@example.com", Some("COUPON_EXPIRED")),
            vec![problem("COUPON_EXPIRED")]
        );
        assert!(account_problems("a@example.com", Some("SANDBOX10")).is_empty());
    }
}
