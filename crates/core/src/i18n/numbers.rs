//! Amounts in the reseller's locale for what the core writes itself (notifications, vouchers, the terminal):
//! `1.234,50 EUR` in German, `1,234.50 EUR` in Chinese. Exact: the amount is a decimal string, never a float.
//! The window formats with the web view's `Intl` instead, from the same CLDR data.

use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

use super::Language;
use crate::money::minor_to_places;

/// `"1234.5"`, `"EUR"` → `1.234,5 EUR` in German. Text that is not a decimal number is shown as it came.
pub fn format_amount(amount: &str, currency: &str, language: Language) -> String {
    let number = format_decimal(amount.trim(), language).unwrap_or_else(|| amount.trim().to_owned());
    if currency.is_empty() {
        number
    } else {
        format!("{number} {currency}")
    }
}

/// Minor units (cents, satoshis) as [`format_amount`] shows them, every place of the currency shown, as a
/// balance is read: 500000 USD cents → `5.000,00 USD` in German.
pub fn format_minor_amount(minor: u64, currency: &str, language: Language) -> String {
    format_amount(&minor_to_places(minor, currency), currency, language)
}

fn format_decimal(amount: &str, language: Language) -> Option<String> {
    let decimal: Decimal = amount.parse().ok()?;
    let locale: Locale = language.provider_code().parse().ok()?;
    let formatter = DecimalFormatter::try_new((&locale).into(), Default::default()).ok()?;
    Some(formatter.format(&decimal).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_locale_groups_and_marks_decimals_its_own_way() {
        assert_eq!(format_amount("1234.50", "EUR", Language::German), "1.234,50 EUR");
        assert_eq!(format_amount("1234.50", "TRY", Language::Turkish), "1.234,50 TRY");
        assert_eq!(format_amount("1234.50", "CNY", Language::Chinese), "1,234.50 CNY");
        assert_eq!(format_amount("1234567", "VND", Language::Vietnamese), "1.234.567 VND");
        assert_eq!(format_amount("1234.50", "USD", Language::English), "1,234.50 USD");
        assert_eq!(format_amount("0.00052631", "BTC", Language::German), "0,00052631 BTC");
    }

    #[test]
    fn amounts_stay_exact_past_a_float_s_precision() {
        assert_eq!(
            format_amount("0.014285714285714285", "ETH", Language::French),
            "0,014285714285714285 ETH"
        );
        assert_eq!(format_minor_amount(1_500, "JPY", Language::German), "1.500 JPY");
        assert_eq!(format_minor_amount(500_000, "USD", Language::German), "5.000,00 USD");
    }
}
