//! The sandbox's markets: countries with a currency and an exchange rate, and the words brands are made of.

/// A country where the sandbox sells gift cards, with its currency and its value in US dollars.
#[derive(Debug, Clone, Copy)]
pub struct Market {
    pub code: &'static str,
    pub currency: &'static str,
    /// Millionths of a US dollar per unit of `currency` (exact integers, never floats, for money).
    pub usd_micros: u64,
}

const fn m(code: &'static str, currency: &'static str, usd_micros: u64) -> Market {
    Market { code, currency, usd_micros }
}

/// The 40 countries of the default catalog.
pub const MARKETS: [Market; 40] = [
    m("US", "USD", 1_000_000),
    m("GB", "GBP", 1_270_000),
    m("DE", "EUR", 1_080_000),
    m("FR", "EUR", 1_080_000),
    m("ES", "EUR", 1_080_000),
    m("IT", "EUR", 1_080_000),
    m("NL", "EUR", 1_080_000),
    m("BE", "EUR", 1_080_000),
    m("AT", "EUR", 1_080_000),
    m("IE", "EUR", 1_080_000),
    m("PT", "EUR", 1_080_000),
    m("FI", "EUR", 1_080_000),
    m("SE", "SEK", 95_000),
    m("NO", "NOK", 93_000),
    m("DK", "DKK", 145_000),
    m("PL", "PLN", 250_000),
    m("CZ", "CZK", 43_000),
    m("CH", "CHF", 1_120_000),
    m("CA", "CAD", 730_000),
    m("MX", "MXN", 58_000),
    m("BR", "BRL", 180_000),
    m("AR", "ARS", 1_100),
    m("CO", "COP", 250),
    m("CL", "CLP", 1_060),
    m("AU", "AUD", 650_000),
    m("NZ", "NZD", 600_000),
    m("JP", "JPY", 6_700),
    m("KR", "KRW", 730),
    m("IN", "INR", 12_000),
    m("ID", "IDR", 63),
    m("PH", "PHP", 17_500),
    m("TH", "THB", 28_000),
    m("VN", "VND", 40),
    m("SG", "SGD", 740_000),
    m("MY", "MYR", 215_000),
    m("AE", "AED", 272_000),
    m("SA", "SAR", 267_000),
    m("TR", "TRY", 30_000),
    m("ZA", "ZAR", 54_000),
    m("NG", "NGN", 650),
];

pub fn market(code: &str) -> Option<&'static Market> {
    MARKETS.iter().find(|market| market.code.eq_ignore_ascii_case(code))
}

/// Face values suited to a currency: roughly 5 to 500 US dollars, in round local amounts.
pub fn denominations_for(market: &Market) -> [u64; 12] {
    let base = [5, 10, 15, 20, 25, 30, 50, 75, 100, 150, 200, 500];
    // Scale so that the smallest note is worth about 5 dollars, rounded to a 1-2-5 series.
    let unit = round_125((1_000_000 / market.usd_micros.max(1)).max(1));
    base.map(|value| value * unit)
}

fn round_125(value: u64) -> u64 {
    let mut magnitude = 1;
    while magnitude * 10 <= value {
        magnitude *= 10;
    }
    [1, 2, 5, 10].iter().map(|f| f * magnitude).filter(|v| *v <= value).max().unwrap_or(1)
}

pub const FIRST_WORDS: [&str; 25] = [
    "Nova", "Pixel", "Urban", "Blue", "Green", "Sun", "Star", "Metro", "Prime", "Ever", "Bright", "Swift",
    "Golden", "Silver", "Happy", "Cloud", "River", "Maple", "Ocean", "Peak", "Lumen", "Vista", "Echo",
    "Orbit", "Nimbus",
];

/// Second words, each with the category it suggests.
pub const SECOND_WORDS: [(&str, &str); 20] = [
    ("Market", "shopping"),
    ("Play", "games"),
    ("Eats", "food"),
    ("Travel", "travel"),
    ("Style", "fashion"),
    ("Cinema", "entertainment"),
    ("Books", "entertainment"),
    ("Games", "games"),
    ("Coffee", "food"),
    ("Fit", "sports"),
    ("Home", "home"),
    ("Tech", "electronics"),
    ("Music", "streaming"),
    ("Stream", "streaming"),
    ("Mart", "shopping"),
    ("Wear", "fashion"),
    ("Air", "travel"),
    ("Rides", "travel"),
    ("Pets", "pets"),
    ("Garden", "home"),
];

pub const OPERATORS: [&str; 6] = ["Lebara", "Lyca", "Voxa", "Mobiq", "Airwave", "Zing"];

pub const BRAND_COLOURS: [&str; 10] = [
    "#232f3e", "#0e131f", "#0f766e", "#1e3a8a", "#7c2d12", "#581c87", "#9d174d", "#166534", "#854d0e",
    "#334155",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denominations_are_round_in_each_currency() {
        assert_eq!(denominations_for(market("US").unwrap())[0], 5);
        assert_eq!(denominations_for(market("JP").unwrap())[0], 500);
        assert_eq!(denominations_for(market("VN").unwrap())[0], 100_000);
    }
}
