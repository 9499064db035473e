//! Payment methods and what a crypto invoice tells the payer. The live form (as Bitrefill's own CLI shows
//! it) adds a payment URI — BIP21 for bitcoin, EIP-681 naming the token contract for ERC-20 tokens, Solana
//! Pay for SPL tokens —, the token's contract, and a BOLT11 invoice for Lightning; the docs' form has a bare
//! address and may write the price as a decimal coin amount.

use serde_json::Value;

/// A payment method: name, currency, decimals of its minor unit, US cents per whole coin.
#[derive(Debug, Clone, Copy)]
pub struct Method {
    pub name: &'static str,
    pub currency: &'static str,
    pub decimals: u32,
    pub cents_per_coin: u64,
}

const fn method(name: &'static str, currency: &'static str, decimals: u32, cents_per_coin: u64) -> Method {
    Method { name, currency, decimals, cents_per_coin }
}

pub const METHODS: [Method; 12] = [
    method("balance", "USD", 2, 100),
    method("bitcoin", "BTC", 8, 9_500_000),
    method("lightning", "BTC", 8, 9_500_000),
    method("ethereum", "ETH", 18, 350_000),
    method("eth_base", "ETH", 18, 350_000),
    method("usdc_base", "USDC", 6, 100),
    method("usdc_arbitrum", "USDC", 6, 100),
    method("usdc_polygon", "USDC", 6, 100),
    method("usdc_erc20", "USDC", 6, 100),
    method("usdc_solana", "USDC", 6, 100),
    method("usdt_polygon", "USDT", 6, 100),
    method("usdt_erc20", "USDT", 6, 100),
];

pub fn find(name: &str) -> Option<&'static Method> {
    METHODS.iter().find(|m| m.name == name)
}

/// (token contract, EVM chain id; 0 for Solana) of the token methods: the tokens' public mainnet contracts.
fn token(method: &str) -> Option<(&'static str, u64)> {
    Some(match method {
        "usdc_base" => ("0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", 8453),
        "usdc_arbitrum" => ("0xaf88d065e77c8cC2239327C5EDb3A432268e5831", 42161),
        "usdc_polygon" => ("0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359", 137),
        "usdc_erc20" => ("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 1),
        "usdt_polygon" => ("0xc2132D05D31c914a87C6611C10748AEb04B58e8F", 137),
        "usdt_erc20" => ("0xdAC17F958D2ee523a2206206994597C13D831ec7", 1),
        "usdc_solana" => ("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", 0),
        _ => return None,
    })
}

/// What the live form adds to a crypto invoice's `payment`.
#[derive(Debug, Clone, Default)]
pub struct Details {
    pub uri: Option<String>,
    pub contract: Option<&'static str>,
    pub lightning_invoice: Option<String>,
}

/// `12345` minor units with 6 decimals -> `"0.012345"`; trailing zeros dropped.
pub fn decimal(units: u64, decimals: u32) -> String {
    let scale = 10u128.pow(decimals);
    let (whole, fraction) = (u128::from(units) / scale, u128::from(units) % scale);
    if fraction == 0 {
        return whole.to_string();
    }
    let digits = format!("{fraction:0width$}", width = decimals as usize);
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// The docs' decimal coin amount as a JSON number (`0.00123456`).
pub fn decimal_number(units: u64, decimals: u32) -> Value {
    serde_json::from_str(&decimal(units, decimals)).unwrap_or(Value::Null)
}

pub fn details(method: &str, address: &str, price: u64, decimals: u32) -> Details {
    if method == "lightning" {
        return Details {
            uri: Some(format!("lightning:{address}")),
            contract: None,
            lightning_invoice: Some(address.to_owned()),
        };
    }
    if let Some((contract, chain)) = token(method) {
        let uri = if chain == 0 {
            format!("solana:{address}?amount={}&spl-token={contract}", decimal(price, decimals))
        } else {
            format!("ethereum:{contract}@{chain}/transfer?address={address}&uint256={price}")
        };
        return Details { uri: Some(uri), contract: Some(contract), lightning_invoice: None };
    }
    let uri = match method {
        "bitcoin" => format!("bitcoin:{address}?amount={}", decimal(price, decimals)),
        "eth_base" => format!("ethereum:{address}@8453?value={price}"),
        _ => format!("ethereum:{address}?value={price}"),
    };
    Details { uri: Some(uri), contract: None, lightning_invoice: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_name_the_token_contract() {
        assert_eq!(decimal(123_456, 8), "0.00123456");
        assert_eq!(decimal(50_250_000, 6), "50.25");
        let usdc = details("usdc_base", "0xabc", 50_250_000, 6);
        assert_eq!(
            usdc.uri.as_deref(),
            Some("ethereum:0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913@8453/transfer?address=0xabc&uint256=50250000")
        );
        let btc = details("bitcoin", "bc1qx", 123_456, 8);
        assert_eq!(btc.uri.as_deref(), Some("bitcoin:bc1qx?amount=0.00123456"));
        assert_eq!(details("lightning", "lnbc1", 1, 8).lightning_invoice.as_deref(), Some("lnbc1"));
    }
}
