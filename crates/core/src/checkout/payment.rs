//! Payment instructions: what to send, where, and a QR code of it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::providers::bitrefill_answers::{Invoice, Payment, Price};
use crate::providers::cryptorefills_answers::Order;

/// How long Cryptorefills keeps an order's payment window open (no expiry field is sent): the seed's 30
/// minutes on-chain (the shortest window reported for on-chain networks, so a deadline shown is never too
/// late), 15 minutes on Lightning, as Cryptorefills' own agent skills say.
pub const CRYPTOREFILLS_WINDOW_SECS: u64 = 30 * 60;
pub const CRYPTOREFILLS_LIGHTNING_WINDOW_SECS: u64 = 15 * 60;
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

pub use crate::money::minor_to_decimal;

/// What a wallet should scan for a Bitrefill payment: the URI Bitrefill gives (BIP21, EIP-681 naming the
/// token contract, a Lightning invoice), else one built for a coin whose address alone says everything.
/// Never a bare address for a token: a wallet would send the chain's own coin to it.
fn bitrefill_qr(payment: &Payment, method: &str, amount: &str) -> Option<String> {
    let given = [&payment.payment_uri, &payment.bip21]
        .into_iter()
        .find_map(|uri| uri.as_deref().filter(|u| !u.trim().is_empty()).map(str::to_owned));
    if given.is_some() {
        return given;
    }
    if let Some(invoice) = payment.lightning_invoice.as_deref().filter(|i| !i.trim().is_empty()) {
        return Some(format!("lightning:{invoice}"));
    }
    let address = payment.address.as_deref().filter(|a| !a.trim().is_empty())?;
    match method {
        "bitcoin" => Some(format!("bitcoin:{address}?amount={amount}")),
        "lightning" => Some(format!("lightning:{address}")),
        "ethereum" => Some(format!("ethereum:{address}?value={amount}e18")),
        _ => None,
    }
}

pub fn from_bitrefill(invoice: &Invoice, refund_address: Option<&str>) -> Option<PaymentDetails> {
    let payment = invoice.payment.as_ref()?;
    let method = payment.method.clone()?;
    let currency = payment.currency.clone().unwrap_or_else(|| "USD".into());
    let amount = match payment.price.as_ref()? {
        Price::Minor(minor) => minor_to_decimal(*minor, &currency),
        Price::Decimal(decimal) => decimal.clone(),
    };
    let lightning = method == "lightning";
    // The docs' invoices carry the lifecycle in the top-level status instead of `payment.status`.
    let status = invoice.payment_status().or(invoice.status.as_deref()).unwrap_or_default();
    Some(PaymentDetails {
        qr_text: bitrefill_qr(payment, &method, &amount),
        network: None,
        memo: None,
        // Lightning payments cannot be refunded: no refund address is asked for or shown.
        refund_address: refund_address.filter(|_| !lightning).map(str::to_owned),
        expires_at: invoice
            .created_ms()
            .filter(|_| method != "balance")
            .and_then(|ms| closes_at(ms, BITREFILL_WINDOW_SECS)),
        paid: matches!(status, "paid" | "payment_confirmed" | "complete" | "pending"),
        address: payment.address.clone().or_else(|| payment.lightning_invoice.clone()),
        method,
        currency,
        amount,
    })
}

pub fn from_cryptorefills(order: &Order) -> Option<PaymentDetails> {
    let address = order.pay_to()?;
    let coin = order.coin.clone().unwrap_or_default();
    let lightning = order.is_lightning();
    let window = if lightning { CRYPTOREFILLS_LIGHTNING_WINDOW_SECS } else { CRYPTOREFILLS_WINDOW_SECS };
    let state = order.payment_state.as_deref().unwrap_or_default();
    let qr_text = order.qr_text.clone().filter(|q| !q.trim().is_empty()).or_else(|| {
        if lightning {
            Some(format!("lightning:{address}"))
        } else {
            Some(address.clone())
        }
    });
    Some(PaymentDetails {
        method: order.payment_method.clone().unwrap_or_else(|| coin.clone()),
        amount: order.coin_amount.clone().unwrap_or_default(),
        currency: coin,
        network: order.network.clone(),
        memo: order.memo.clone().or_else(|| order.destination_tag.clone()),
        qr_text,
        address: Some(address),
        refund_address: None,
        expires_at: order.created_ms().and_then(|ms| closes_at(ms, window)),
        paid: matches!(state, "PaymentReceived" | "PaymentCompleted"),
    })
}

/// When a payment window opened at `opened_ms` closes. A creation time no calendar holds (past the year 9999,
/// or before 1970 and wrapped) is a provider's mistake: no deadline is shown rather than a wrong one.
fn closes_at(opened_ms: u64, window_secs: u64) -> Option<String> {
    const YEAR_10000_MS: u64 = 253_402_300_800_000;
    let closes = opened_ms.checked_add(window_secs * 1000)?;
    (closes < YEAR_10000_MS).then(|| crate::clock::iso(closes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn from_bitrefill(invoice: &Value, refund: Option<&str>) -> Option<PaymentDetails> {
        super::from_bitrefill(&serde_json::from_value(invoice.clone()).unwrap(), refund)
    }

    fn from_cryptorefills(order: &Value) -> Option<PaymentDetails> {
        super::from_cryptorefills(&serde_json::from_value(order.clone()).unwrap())
    }

    #[test]
    fn a_token_payment_is_scanned_from_its_uri_never_from_a_bare_address() {
        let bare = json!({"payment": {"method": "usdc_base", "address": "0xabc", "currency": "USDC", "price": 50_250_000, "status": "unpaid"}});
        assert_eq!(from_bitrefill(&bare, Some("0xrefund")).unwrap().qr_text, None);
        let uri = "ethereum:0xcontract@8453/transfer?address=0xabc&uint256=50250000";
        let given = json!({"payment": {"method": "usdc_base", "address": "0xabc", "currency": "USDC", "price": 50_250_000, "paymentUri": uri}});
        assert_eq!(from_bitrefill(&given, None).unwrap().qr_text.as_deref(), Some(uri));
        let lightning = json!({"payment": {"method": "lightning", "lightningInvoice": "lnbc10u1p", "currency": "BTC", "price": "0.00001"}});
        let details = from_bitrefill(&lightning, Some("never")).unwrap();
        assert_eq!(details.qr_text.as_deref(), Some("lightning:lnbc10u1p"));
        assert_eq!((details.amount.as_str(), details.refund_address), ("0.00001", None));
    }

    #[test]
    fn bitrefill_crypto_invoice_gives_address_amount_and_uri() {
        let invoice = json!({"created_time": "2026-11-20T09:15:02.118Z", "payment": {"method": "bitcoin", "address": "bc1qxyz", "currency": "BTC", "price": 52631, "status": "unpaid"}});
        let details = from_bitrefill(&invoice, Some("bc1qrefund")).unwrap();
        assert_eq!(details.amount, "0.00052631");
        assert_eq!(details.qr_text.as_deref(), Some("bitcoin:bc1qxyz?amount=0.00052631"));
        assert!(!details.paid);
        assert!(crate::qr::qr_svg(details.qr_text.as_deref().unwrap()).unwrap().starts_with("<?xml"));
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
        let lightning = json!({"order_id": "o2", "created_at": "1795345244", "network": "Lightning",
                               "payment_details": {"invoice": "lnbc1p"}, "coin": "BTC", "coin_amount": "0.0001"});
        let details = from_cryptorefills(&lightning).unwrap();
        assert_eq!(details.expires_at.as_deref(), Some("2026-11-22T11:15:44.000Z"));
        assert_eq!(details.qr_text.as_deref(), Some("lightning:lnbc1p"));
        let invoice = json!({"created_time": u64::MAX.to_string(), "payment": {"method": "bitcoin", "address": "bc1q", "currency": "BTC", "price": 1, "status": "unpaid"}});
        assert_eq!(from_bitrefill(&invoice, None).unwrap().expires_at, None);
    }
}
