//! A believable catalog, generated deterministically from a seed: the same seed serves the same catalog.

use std::collections::{BTreeMap, HashSet};

use super::families::families;
use super::fixtures::{anchor_families, anchor_products, test_products};

use super::markets::{denominations_for, Market, FIRST_WORDS, MARKETS, OPERATORS, SECOND_WORDS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    GiftCard,
    PhoneRefill,
    Esim,
}

impl Kind {
    pub fn bitrefill_type(self) -> &'static str {
        match self {
            Kind::GiftCard => "gift_card",
            Kind::PhoneRefill => "phone_refill",
            Kind::Esim => "esim",
        }
    }
}

/// How a product's orders end: the test products' failing twins always fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Code,
    Link,
    Fails,
}

#[derive(Debug, Clone)]
pub struct Package {
    /// Shown to people: "50", or "3 GB 30 days" for eSIMs.
    pub value: String,
    /// Face value in the product's currency.
    pub amount: u64,
}

#[derive(Debug, Clone, Copy)]
pub struct Range {
    pub min: u64,
    pub max: u64,
    pub step: u64,
}

#[derive(Debug, Clone)]
pub struct Product {
    pub id: String,
    pub brand: String,
    pub name: String,
    pub country: &'static str,
    pub currency: &'static str,
    pub usd_micros: u64,
    pub category: &'static str,
    pub kind: Kind,
    pub packages: Vec<Package>,
    pub range: Option<Range>,
    pub in_stock: bool,
    pub delivery: Delivery,
    pub test: bool,
    /// Discount in basis points against face value: what a reseller earns.
    pub discount_bp: u64,
}

/// A Cryptorefills brand in one country, with what it sells. Despite the struct's name (kept from when
/// each family held one brand), `family` is the brand's exact name (`Airbnb`, `Claro Credits`): what
/// orders must send as `brand_name`. `family_slug` is the family it belongs to (`airbnb`, `claro`); several
/// brands can share one.
#[derive(Debug, Clone)]
pub struct Family {
    pub brand_id: String,
    pub family: String,
    pub family_slug: String,
    pub country: &'static str,
    pub currency: &'static str,
    pub usd_micros: u64,
    pub kind: Kind,
    pub category: &'static str,
    pub logo_slug: String,
    pub bg_color: &'static str,
    pub out_of_stock: bool,
    /// Paused: validations answer NOT_ACTIVE.
    pub inactive: bool,
    /// Rate-limited: two in one order answer MULTIPLE_LIMITED_PRODUCT_SAME_ORDER.
    pub limited: bool,
    /// E-money needs a signed-in whitelabel user: LOGIN_REQUIRED.
    pub emoney: bool,
    pub denominations: Vec<u64>,
    pub range: Option<Range>,
    pub esim_plans: Vec<EsimPlan>,
    pub discount_bp: u64,
    /// Live dialect: its cards arrive as a barcode image only, with no `pin_code`.
    pub barcode_only: bool,
}

#[derive(Debug, Clone)]
pub struct EsimPlan {
    pub gigabytes: i64,
    pub days: u64,
    pub price: u64,
}

impl EsimPlan {
    pub fn label(&self) -> String {
        if self.gigabytes < 0 {
            format!("Unlimited {} days", self.days)
        } else {
            format!("{} GB {} days", self.gigabytes, self.days)
        }
    }
}

#[derive(Debug)]
pub struct Catalog {
    pub products: Vec<Product>,
    pub families: BTreeMap<&'static str, Vec<Family>>,
}

pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

impl Catalog {
    /// `products` Bitrefill products over the 40 markets, plus the six test products; Cryptorefills brands
    /// for all 233 countries, sharing brand names with Bitrefill where both sell in a country.
    pub fn generate(seed: u64, products: usize) -> Self {
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut taken = HashSet::new();
        let mut list = Vec::with_capacity(products + 9);
        list.extend(anchor_products(&mut taken));
        for index in 0..products {
            let market = &MARKETS[index % MARKETS.len()];
            let roll = rng.u32(0..100);
            let product = match roll {
                0..=74 => gift_card(&mut rng, market, &mut taken),
                75..=89 => phone_refill(&mut rng, market, &mut taken),
                _ => esim(&mut rng, market, &mut taken),
            };
            list.push(product);
        }
        list.extend(test_products());
        let mut families = families(&mut rng, &list);
        if let Some(us) = families.get_mut("US") {
            us.retain(|f| !["Amazon.com", "Airbnb", "Everything Apple"].contains(&f.family.as_str()));
            us.splice(0..0, anchor_families());
        }
        Catalog { products: list, families }
    }

    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|product| product.id == id)
    }

    pub fn families_in(&self, country: &str) -> &[Family] {
        self.families.get(country.to_ascii_uppercase().as_str()).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The brand named exactly `name` (case and all), as orders and validations require.
    pub fn brand(&self, country: &str, name: &str) -> Option<&Family> {
        self.families_in(country).iter().find(|family| family.family == name)
    }

    /// A lenient lookup for the price endpoint: the exact brand, else the one brand whose name or family
    /// matches loosely; a family of several brands matches none of them.
    pub fn family(&self, country: &str, name: &str) -> Option<&Family> {
        if let Some(exact) = self.brand(country, name) {
            return Some(exact);
        }
        let wanted = slug(name);
        let mut loose = self.families_in(country).iter().filter(|family| {
            family.family.eq_ignore_ascii_case(name)
                || family.logo_slug == wanted
                || family.family_slug == wanted
        });
        match (loose.next(), loose.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }
}

fn unique_id(base: &str, taken: &mut HashSet<String>) -> (String, u32) {
    let mut n = 1;
    loop {
        let id = if n == 1 { base.to_owned() } else { format!("{base}-{n}") };
        if taken.insert(id.clone()) {
            return (id, n);
        }
        n += 1;
    }
}

pub(super) fn base_product(
    id: String,
    brand: String,
    market: &Market,
    category: &'static str,
    kind: Kind,
) -> Product {
    Product {
        name: brand.clone(),
        id,
        brand,
        country: market.code,
        currency: market.currency,
        usd_micros: market.usd_micros,
        category,
        kind,
        packages: Vec::new(),
        range: None,
        in_stock: true,
        delivery: Delivery::Code,
        test: false,
        discount_bp: 0,
    }
}

fn gift_card(rng: &mut fastrand::Rng, market: &Market, taken: &mut HashSet<String>) -> Product {
    let first = FIRST_WORDS[rng.usize(..FIRST_WORDS.len())];
    let (second, category) = SECOND_WORDS[rng.usize(..SECOND_WORDS.len())];
    let brand = format!("{first} {second}");
    let (id, n) = unique_id(&format!("{}-{}", slug(&brand), market.code.to_ascii_lowercase()), taken);
    let brand = if n == 1 { brand } else { format!("{brand} {n}") };
    let mut product = base_product(id, brand, market, category, Kind::GiftCard);
    let notes = denominations_for(market);
    if rng.u32(0..100) < 60 {
        let start = rng.usize(0..5);
        let count = rng.usize(3..7);
        product.packages = notes[start..(start + count).min(notes.len())]
            .iter()
            .map(|amount| Package { value: amount.to_string(), amount: *amount })
            .collect();
    } else {
        let step = if rng.bool() { notes[0] / 5 } else { notes[0] };
        product.range = Some(Range { min: notes[0], max: notes[8 + rng.usize(0..4)], step: step.max(1) });
    }
    product.in_stock = rng.u32(0..100) >= 6;
    product.delivery = if rng.u32(0..100) < 15 { Delivery::Link } else { Delivery::Code };
    product.discount_bp = 100 + rng.u64(0..500);
    product
}

fn phone_refill(rng: &mut fastrand::Rng, market: &Market, taken: &mut HashSet<String>) -> Product {
    let brand = format!("{} {}", OPERATORS[rng.usize(..OPERATORS.len())], market.code);
    let (id, n) = unique_id(&slug(&brand), taken);
    let brand = if n == 1 { brand } else { format!("{brand} {n}") };
    let mut product = base_product(id, brand, market, "refill", Kind::PhoneRefill);
    let notes = denominations_for(market);
    product.packages = notes[0..5].iter().map(|a| Package { value: a.to_string(), amount: *a }).collect();
    product.in_stock = rng.u32(0..100) >= 4;
    product.discount_bp = 50 + rng.u64(0..250);
    product
}

fn esim(rng: &mut fastrand::Rng, market: &Market, taken: &mut HashSet<String>) -> Product {
    let brand = format!("{} eSIM {}", ["Roam", "Nomad", "Skylink"][rng.usize(0..3)], market.code);
    let (id, n) = unique_id(&slug(&brand), taken);
    let brand = if n == 1 { brand } else { format!("{brand} {n}") };
    let mut product = base_product(id, brand, market, "esim", Kind::Esim);
    let unit = denominations_for(market)[0] / 5;
    product.packages =
        esim_plans(unit).iter().map(|plan| Package { value: plan.label(), amount: plan.price }).collect();
    product.discount_bp = 0;
    product
}

pub(super) fn esim_plans(unit: u64) -> Vec<EsimPlan> {
    [(1, 7, 5), (3, 30, 12), (10, 30, 30), (50, 90, 90), (-1, 15, 60)]
        .iter()
        .map(|&(gigabytes, days, price)| EsimPlan { gigabytes, days, price: price * unit.max(1) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_catalog() {
        let a = Catalog::generate(7, 300);
        let b = Catalog::generate(7, 300);
        let ids = |c: &Catalog| c.products.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&a), ids(&b));
        assert_ne!(ids(&a), ids(&Catalog::generate(8, 300)));
    }

    #[test]
    fn ids_are_unique_even_at_scale() {
        let catalog = Catalog::generate(1, 30_000);
        let unique: HashSet<_> = catalog.products.iter().map(|p| &p.id).collect();
        assert_eq!(unique.len(), catalog.products.len());
        assert_eq!(catalog.families.len(), 233);
    }

    #[test]
    fn kinds_and_stock_vary() {
        let catalog = Catalog::generate(42, 2_000);
        for kind in [Kind::GiftCard, Kind::PhoneRefill, Kind::Esim] {
            assert!(catalog.products.iter().any(|p| p.kind == kind));
        }
        assert!(catalog.products.iter().any(|p| !p.in_stock));
        assert!(catalog.products.iter().any(|p| p.range.is_some()));
        assert!(catalog.product("test-phone-refill-fail").is_some());
    }
}
