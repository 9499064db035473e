//! The brands the provider documents name in their examples, and Bitrefill's test products: always in the
//! catalog, whatever the seed, so every documented request works as written.

use std::collections::HashSet;

use super::catalog::{base_product, slug, Delivery, Family, Kind, Package, Product, Range};
use super::markets::{market, Market};

/// The brands the provider documents use in their examples, so every example request works as written.
pub fn anchor_products(taken: &mut HashSet<String>) -> Vec<Product> {
    let us = market("US").expect("US");
    let de = market("DE").expect("DE");
    let gb = market("GB").expect("GB");
    let mut amazon = base_product("amazon-us".into(), "Amazon.com".into(), us, "shopping", Kind::GiftCard);
    amazon.packages = [25, 50, 100].iter().map(|a| Package { value: a.to_string(), amount: *a }).collect();
    amazon.discount_bp = 300;
    let mut steam = base_product("steam-de".into(), "Steam".into(), de, "games", Kind::GiftCard);
    steam.range = Some(Range { min: 5, max: 200, step: 1 });
    steam.discount_bp = 200;
    let mut lebara = base_product("lebara-uk".into(), "Lebara UK".into(), gb, "refill", Kind::PhoneRefill);
    lebara.packages = vec![Package { value: "10".into(), amount: 10 }];
    lebara.in_stock = false;
    let anchors = vec![amazon, steam, lebara];
    taken.extend(anchors.iter().map(|p| p.id.clone()));
    anchors
}

/// The US brands the documents name, plus two cases the notes describe: the family `claro` holding two
/// brands (`Claro Credits`, `Claro Data`: only the exact brand name can be ordered, never `claro` or
/// `Claro`), and `Corner Market`, whose cards the live dialect delivers as a barcode image alone.
pub fn anchor_families() -> Vec<Family> {
    let us = market("US").expect("US");
    let family = |name: &str,
                  category: &'static str,
                  bg: &'static str,
                  denominations: Vec<u64>,
                  range: Option<Range>| Family {
        brand_id: format!("{:08x}", name.len() * 0x1f1f1f),
        family: name.to_owned(),
        family_slug: slug(name),
        country: us.code,
        currency: us.currency,
        usd_micros: us.usd_micros,
        kind: Kind::GiftCard,
        category,
        logo_slug: slug(name),
        bg_color: bg,
        out_of_stock: false,
        inactive: false,
        limited: false,
        emoney: false,
        denominations,
        range,
        esim_plans: Vec::new(),
        discount_bp: 88,
        barcode_only: false,
    };
    let claro = |name: &str, denominations: Vec<u64>| Family {
        kind: Kind::PhoneRefill,
        family_slug: "claro".into(),
        brand_id: format!("{:08x}", name.len() * 0x2e2e2e),
        ..family(name, "mobile-top-up", "#da291c", denominations, None)
    };
    let corner = Family {
        barcode_only: true,
        ..family("Corner Market", "groceries", "#166534", vec![10, 25, 50], None)
    };
    vec![
        family(
            "Amazon.com",
            "e-commerce",
            "#232f3e",
            vec![25, 50, 100],
            Some(Range { min: 5, max: 500, step: 1 }),
        ),
        family("Airbnb", "travel", "#ff5a5f", vec![100], Some(Range { min: 25, max: 500, step: 1 })),
        family(
            "Everything Apple",
            "electronics",
            "#1d1d1f",
            vec![25, 50],
            Some(Range { min: 10, max: 500, step: 1 }),
        ),
        claro("Claro Credits", vec![10, 20, 30]),
        claro("Claro Data", vec![15, 25]),
        corner,
    ]
}

/// Bitrefill's documented test products, and their twins whose orders end `permanent_failure`.
pub fn test_products() -> Vec<Product> {
    let us = market("US").expect("US is a market");
    let kn = &Market { code: "KN", currency: "USD", usd_micros: 1_000_000 };
    let mut products = Vec::new();
    for (id, name, kind, delivery) in [
        ("test-gift-card-code", "Test Gift Card Code", Kind::GiftCard, Delivery::Code),
        ("test-gift-card-link", "Test Gift Card Link", Kind::GiftCard, Delivery::Link),
        ("test-phone-refill", "Test Phone Refill", Kind::PhoneRefill, Delivery::Code),
        ("test-gift-card-code-fail", "Test Gift Card Code (fails)", Kind::GiftCard, Delivery::Fails),
        ("test-gift-card-link-fail", "Test Gift Card Link (fails)", Kind::GiftCard, Delivery::Fails),
        ("test-phone-refill-fail", "Test Phone Refill (fails)", Kind::PhoneRefill, Delivery::Fails),
    ] {
        let market = if kind == Kind::PhoneRefill { us } else { kn };
        let category = if kind == Kind::PhoneRefill { "refill" } else { "gifts" };
        let mut product = base_product(id.to_owned(), name.to_owned(), market, category, kind);
        product.packages = vec![Package { value: "10".into(), amount: 10 }];
        product.range = (kind == Kind::GiftCard).then_some(Range { min: 10, max: 100, step: 10 });
        product.delivery = delivery;
        product.test = true;
        products.push(product);
    }
    products
}
