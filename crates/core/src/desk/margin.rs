//! What one delivered item cost and was sold for, in exact decimals: the purchase's payment shared over its
//! items, and, when the sale is in another currency, turned into it by the provider's own price in that
//! currency where it gave one, else by the rate the reseller entered (kept with the sale).

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::checkout::PurchaseLine;
use crate::money::minor_to_decimal;

/// Fewest decimals a result keeps: coins count in up to 18, so nothing is cut that a payment could hold.
const PLACES: u32 = 18;

fn decimal(text: &str) -> Option<Decimal> {
    Decimal::from_str(text.trim()).ok()
}

/// The weight of one unit of `line` within its purchase: its catalog price, else its face value, else 1
/// (the same basis for every line of the purchase, or the payment would be shared unfairly).
fn weights(lines: &[PurchaseLine]) -> Vec<Decimal> {
    let prices: Option<Vec<Decimal>> = lines.iter().map(|l| l.unit_price.map(Decimal::from)).collect();
    let faces: Option<Vec<Decimal>> =
        lines.iter().map(|l| l.value.as_deref().or(Some(&l.face)).and_then(decimal)).collect();
    prices
        .filter(|p| p.iter().all(|w| !w.is_zero()))
        .or(faces.filter(|f| f.iter().all(|w| w.is_sign_positive() && !w.is_zero())))
        .unwrap_or_else(|| vec![Decimal::ONE; lines.len()])
}

/// One unit of `lines[index]`'s share of `paid`: paid × its weight ÷ the purchase's weighted units.
pub fn unit_cost(paid: &str, lines: &[PurchaseLine], index: usize) -> Option<Decimal> {
    let paid = decimal(paid)?;
    let weights = weights(lines);
    let total: Decimal = lines.iter().zip(&weights).map(|(l, w)| *w * Decimal::from(l.quantity)).sum();
    let weight = *weights.get(index)?;
    (!total.is_zero()).then(|| (paid * weight / total).round_dp(PLACES).normalize())
}

/// How an item's cost was brought into its sale's currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conversion {
    /// Paid in the sale's currency.
    Same,
    /// The provider's own price of the item in the sale's currency (Bitrefill's account currency).
    ProviderPrice,
    /// The reseller's rate: sale currency per unit paid.
    Rate(Decimal),
}

/// The item's cost in `sale_currency`, and how: `None` when paid in another currency with neither a
/// provider price in the sale's currency nor a rate entered.
pub fn cost_in(
    (cost, paid_currency): (Decimal, &str),
    line: &PurchaseLine,
    sale_currency: &str,
    rate: Option<&str>,
) -> Option<(Decimal, Conversion)> {
    if paid_currency.eq_ignore_ascii_case(sale_currency) {
        return Some((cost, Conversion::Same));
    }
    let provider_price = line
        .unit_price
        .zip(line.price_currency.as_deref())
        .filter(|(_, currency)| currency.eq_ignore_ascii_case(sale_currency));
    if let Some((price, currency)) = provider_price {
        return decimal(&minor_to_decimal(price, currency)).map(|price| (price, Conversion::ProviderPrice));
    }
    let rate = decimal(rate?)?;
    Some(((cost * rate).round_dp(PLACES).normalize(), Conversion::Rate(rate)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Kind;

    fn line(face: &str, quantity: u32, unit_price: Option<u64>) -> PurchaseLine {
        PurchaseLine {
            product_id: "p".into(),
            product_name: "P".into(),
            kind: Kind::GiftCard,
            country: None,
            face: face.into(),
            currency: Some("EUR".into()),
            package_id: None,
            value: None,
            quantity,
            recipient: "a@b.co".into(),
            customer_ref: None,
            resale_price: None,
            unit_price,
            price_currency: Some("USD".into()),
            plan: None,
            esim_id: None,
        }
    }

    #[test]
    fn a_payment_is_shared_by_weight_exactly() {
        let lines = [line("25", 2, None), line("50", 1, None)];
        // 99.99 over 25 + 25 + 50: a quarter each for the 25s, half for the 50.
        assert_eq!(unit_cost("99.99", &lines, 0), Some(Decimal::from_str("24.9975").unwrap()));
        assert_eq!(unit_cost("99.99", &lines, 1), Some(Decimal::from_str("49.995").unwrap()));
        // A third never turns into a float: 10 / 3 kept to 18 places.
        let thirds = [line("3 GB 30 days", 3, None)];
        assert_eq!(unit_cost("10", &thirds, 0).unwrap().to_string(), "3.333333333333333333");
    }

    #[test]
    fn another_currency_needs_the_providers_price_or_a_rate() {
        let paid = (Decimal::from_str("27.5").unwrap(), "USDC");
        let priced = line("25", 1, Some(2_750));
        assert_eq!(
            cost_in(paid, &priced, "USD", None),
            Some((Decimal::from_str("27.5").unwrap(), Conversion::ProviderPrice))
        );
        let unpriced = line("25", 1, None);
        assert_eq!(cost_in(paid, &unpriced, "EUR", None), None);
        let (cost, how) = cost_in(paid, &unpriced, "EUR", Some("0.92")).unwrap();
        assert_eq!(
            (cost.to_string(), how),
            ("25.3".into(), Conversion::Rate(Decimal::from_str("0.92").unwrap()))
        );
        assert_eq!(cost_in(paid, &unpriced, "usdc", None).map(|c| c.1), Some(Conversion::Same));
    }
}
