//! Money as the providers send it, in integer minor units, and the one table of how many decimal places each
//! currency's minor unit has (the window reads the same table, generated into `labels.ts`).

use rust_decimal::Decimal;

/// Currencies whose minor unit is not a hundredth: coins in their base units, and currencies without cents.
pub const MINOR_DIGITS: &[(&str, u32)] =
    &[("BTC", 8), ("ETH", 18), ("USDC", 6), ("USDT", 6), ("JPY", 0), ("KRW", 0), ("CLP", 0), ("VND", 0)];

/// Decimal places of `currency`'s minor unit: 2 unless the table says otherwise.
pub fn minor_digits(currency: &str) -> u32 {
    MINOR_DIGITS.iter().find(|(code, _)| code.eq_ignore_ascii_case(currency)).map_or(2, |&(_, digits)| digits)
}

fn exact(minor: u64, currency: &str) -> Decimal {
    Decimal::from_i128_with_scale(i128::from(minor), minor_digits(currency))
}

/// Minor units to an exact decimal, as short as it goes: 50250000 USDC units → "50.25", 5000 USD cents → "50".
pub fn minor_to_decimal(minor: u64, currency: &str) -> String {
    exact(minor, currency).normalize().to_string()
}

/// Minor units with every place shown, as a balance is read: 1500 USD cents → "15.00", 1500 JPY → "1500".
pub fn minor_to_places(minor: u64, currency: &str) -> String {
    exact(minor, currency).to_string()
}

/// [`minor_to_places`] with its currency: 1500 USD cents → "15.00 USD".
pub fn format_minor(minor: u64, currency: &str) -> String {
    format!("{} {currency}", minor_to_places(minor, currency))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_currency_reads_with_its_own_places() {
        assert_eq!(minor_to_decimal(50_250_000, "USDC"), "50.25");
        assert_eq!(minor_to_decimal(52_631, "BTC"), "0.00052631");
        assert_eq!(minor_to_decimal(5_000, "USD"), "50");
        assert_eq!(minor_to_decimal(14_285_714_285_714_285, "ETH"), "0.014285714285714285");
        assert_eq!(format_minor(500_000, "USD"), "5000.00 USD");
        assert_eq!(format_minor(82_420, "BTC"), "0.00082420 BTC");
        assert_eq!(format_minor(1_500, "JPY"), "1500 JPY");
        assert_eq!(format_minor(1_500, "EUR"), "15.00 EUR");
        assert_eq!(format_minor(1_500_000, "usdc"), "1.500000 usdc");
    }
}
