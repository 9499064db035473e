//! Payment instructions: what to send, where, and a QR code of it.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// How long Cryptorefills keeps an order's payment window open (no expiry field is sent).
pub const CRYPTOREFILLS_WINDOW_SECS: u64 = 30 * 60;
/// How long an unpaid Bitrefill invoice lives.
pub const BITREFILL_WINDOW_SECS: u64 = 180 * 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PaymentDetails {
    /// `balance`, a Bitrefill method (`usdc_base`), or a Cryptorefills payment method (`USDC-SOLANA`).
    pub method: String,
    /// What the amount is counted in: the account currency for balance, else the coin.
    pub currency: String,
    /// The exact amount, a decimal string ("50.25", "0.00052631").
    pub amount: String,
    #[ts(optional)]
    pub network: Option<String>,
    #[ts(optional)]
    pub address: Option<String>,
    /// A memo or destination tag some chains need beside the address.
    #[ts(optional)]
    pub memo: Option<String>,
    /// What the QR code holds: a payment URI, or the bare address.
    #[ts(optional)]
    pub qr_text: Option<String>,
    #[ts(optional)]
    pub refund_address: Option<String>,
    /// When the payment window closes, RFC 3339.
    #[ts(optional)]
    pub expires_at: Option<String>,
    /// Whether the provider has seen the whole payment.
    pub paid: bool,
}

/// Coin decimals of Bitrefill's payment currencies (prices come in their minor units).
fn decimals(currency: &str) -> u32 {
    match currency.to_ascii_uppercase().as_str() {
        "BTC" => 8,
        "ETH" => 18,
        "USDC" | "USDT" => 6,
        _ => 2,
    }
}

/// Minor units to an exact decimal string: 50250000 USDC units → "50.25".
pub fn minor_to_decimal(minor: u64, currency: &str) -> String {
    Decimal::from_i128_with_scale(i128::from(minor), decimals(currency)).normalize().to_string()
}

fn text(value: &Value, pointer: &str) -> Option<String> {
    value.pointer(pointer).and_then(|v| match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// A payment URI wallets understand, else the bare address.
fn bitrefill_uri(method: &str, address: &str, amount: &str) -> String {
    match method {
        "bitcoin" => format!("bitcoin:{address}?amount={amount}"),
        "lightning" => format!("lightning:{address}"),
        // EIP-681 for ether itself; tokens need their contract address, so the bare address is safer.
        "ethereum" => format!("ethereum:{address}?value={amount}e18"),
        _ => address.to_owned(),
    }
}

pub fn from_bitrefill(invoice: &Value, refund_address: Option<&str>) -> Option<PaymentDetails> {
    let method = text(invoice, "/payment/method")?;
    let currency = text(invoice, "/payment/currency").unwrap_or_else(|| "USD".into());
    let price =
        invoice.pointer("/payment/price").and_then(|p| p.as_u64().or_else(|| p.as_str()?.parse().ok()))?;
    let amount = minor_to_decimal(price, &currency);
    let address = text(invoice, "/payment/address");
    let status = text(invoice, "/payment/status").unwrap_or_default();
    let created = text(invoice, "/created_time").and_then(|t| crate::clock::parse_time(&t));
    Some(PaymentDetails {
        qr_text: address.as_deref().map(|a| bitrefill_uri(&method, a, &amount)),
        network: None,
        memo: None,
        refund_address: refund_address.map(str::to_owned),
        expires_at: created
            .filter(|_| method != "balance")
            .and_then(|ms| closes_at(ms, BITREFILL_WINDOW_SECS)),
        paid: matches!(status.as_str(), "paid" | "payment_confirmed" | "complete"),
        method,
        currency,
        amount,
        address,
    })
}

pub fn from_cryptorefills(order: &Value) -> Option<PaymentDetails> {
    let address = text(order, "/wallet_address")?;
    let coin = text(order, "/coin").unwrap_or_default();
    let created_secs = text(order, "/created_at")
        .and_then(|t| t.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(|s| s as u64);
    let state = text(order, "/payment_state").unwrap_or_default();
    Some(PaymentDetails {
        method: text(order, "/payment_method").unwrap_or_else(|| coin.clone()),
        amount: text(order, "/coin_amount").unwrap_or_default(),
        currency: coin,
        network: text(order, "/network"),
        memo: text(order, "/memo").or_else(|| text(order, "/destination_tag")),
        qr_text: text(order, "/qr_text").or_else(|| Some(address.clone())),
        address: Some(address),
        refund_address: None,
        expires_at: created_secs
            .and_then(|s| s.checked_mul(1000))
            .and_then(|ms| closes_at(ms, CRYPTOREFILLS_WINDOW_SECS)),
        paid: matches!(state.as_str(), "PaymentReceived" | "PaymentCompleted"),
    })
}

/// When a payment window opened at `opened_ms` closes. A creation time no calendar holds (past the year 9999,
/// or before 1970 and wrapped) is a provider's mistake: no deadline is shown rather than a wrong one.
fn closes_at(opened_ms: u64, window_secs: u64) -> Option<String> {
    const YEAR_10000_MS: u64 = 253_402_300_800_000;
    let closes = opened_ms.checked_add(window_secs * 1000)?;
    (closes < YEAR_10000_MS).then(|| crate::clock::iso(closes))
}

/// The QR code of a payment as an SVG document, drawn here so the window and the terminal agree.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(220, 220)
            .quiet_zone(true)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn minor_units_become_exact_decimals() {
        assert_eq!(minor_to_decimal(50_250_000, "USDC"), "50.25");
        assert_eq!(minor_to_decimal(52_631, "BTC"), "0.00052631");
        assert_eq!(minor_to_decimal(5_000, "USD"), "50");
        assert_eq!(minor_to_decimal(14_285_714_285_714_285, "ETH"), "0.014285714285714285");
    }

    #[test]
    fn bitrefill_crypto_invoice_gives_address_amount_and_uri() {
        let invoice = json!({"created_time": "2026-11-20T09:15:02.118Z", "payment": {"method": "bitcoin", "address": "bc1qxyz", "currency": "BTC", "price": 52631, "status": "unpaid"}});
        let details = from_bitrefill(&invoice, Some("bc1qrefund")).unwrap();
        assert_eq!(details.amount, "0.00052631");
        assert_eq!(details.qr_text.as_deref(), Some("bitcoin:bc1qxyz?amount=0.00052631"));
        assert!(!details.paid);
        assert!(qr_svg(details.qr_text.as_deref().unwrap()).unwrap().starts_with("<?xml"));
    }

    #[test]
    fn a_creation_time_no_calendar_holds_gives_no_deadline() {
        // Found by the provider_answers fuzz target: `created_at` of 10^50 seconds overflowed the sum.
        let order = |created: Value| json!({"order_id": "o1", "created_at": created, "wallet_address": "9Wz", "coin": "USDC", "coin_amount": "99.12"});
        for created in [json!(1.0e50), json!("1e300"), json!(u64::MAX), json!(-5)] {
            assert_eq!(from_cryptorefills(&order(created.clone())).unwrap().expires_at, None, "{created}");
        }
        let fine = from_cryptorefills(&order(json!(1_795_345_244))).unwrap();
        assert_eq!(fine.expires_at.as_deref(), Some("2026-11-22T11:30:44.000Z"));
        let invoice = json!({"created_time": u64::MAX.to_string(), "payment": {"method": "bitcoin", "address": "bc1q", "currency": "BTC", "price": 1, "status": "unpaid"}});
        assert_eq!(from_bitrefill(&invoice, None).unwrap().expires_at, None);
    }
}
