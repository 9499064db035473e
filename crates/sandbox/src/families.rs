//! Cryptorefills brands for all 233 countries, sharing names with Bitrefill's where both sell.

use std::collections::BTreeMap;

use super::catalog::{base_product, esim_plans, slug, Family, Kind, Product};
use super::countries::COUNTRIES;
use super::markets::{denominations_for, market, Market, BRAND_COLOURS, OPERATORS};

fn family_from(rng: &mut fastrand::Rng, product: &Product, market: &Market) -> Family {
    Family {
        brand_id: format!("{:08x}", rng.u32(..)),
        family: product.brand.clone(),
        family_slug: slug(&product.brand),
        country: market.code,
        currency: market.currency,
        usd_micros: market.usd_micros,
        kind: product.kind,
        category: product.category,
        logo_slug: slug(&product.brand),
        bg_color: BRAND_COLOURS[rng.usize(..BRAND_COLOURS.len())],
        out_of_stock: !product.in_stock,
        inactive: false,
        limited: false,
        emoney: false,
        denominations: product.packages.iter().map(|p| p.amount).collect(),
        range: product.range,
        esim_plans: Vec::new(),
        discount_bp: product.discount_bp.saturating_sub(50),
        barcode_only: false,
    }
}

pub fn families(rng: &mut fastrand::Rng, products: &[Product]) -> BTreeMap<&'static str, Vec<Family>> {
    let mut by_country: BTreeMap<&'static str, Vec<Family>> = BTreeMap::new();
    let global: Vec<&Product> =
        products.iter().filter(|p| p.kind == Kind::GiftCard && !p.test).take(4).collect();
    for (code, _) in COUNTRIES {
        // Countries outside the 40 markets price in US dollars.
        let (market, local) = match market(code) {
            Some(market) => (*market, true),
            None => (Market { code, currency: "USD", usd_micros: 1_000_000 }, false),
        };
        let market = &market;
        let mut list = Vec::new();
        if local {
            // Most of Bitrefill's gift cards in this country are sold by Cryptorefills too.
            for product in
                products.iter().filter(|p| p.country == *code && p.kind == Kind::GiftCard && !p.test)
            {
                if rng.u32(0..100) < 70 {
                    list.push(family_from(rng, product, market));
                }
            }
        } else {
            for product in &global {
                let mut family = family_from(rng, product, market);
                family.denominations = vec![10, 25, 50, 100];
                family.range = None;
                list.push(family);
            }
        }
        // Every country has a mobile top-up and an eSIM family; some have e-money.
        let operator = Product {
            brand: format!("{} {code}", OPERATORS[rng.usize(..OPERATORS.len())]),
            ..base_product(String::new(), String::new(), market, "mobile-top-up", Kind::PhoneRefill)
        };
        let mut operator = family_from(rng, &operator, market);
        operator.denominations = denominations_for(market)[0..5].to_vec();
        list.push(operator);
        let mut esim = family_from(
            rng,
            &base_product(String::new(), "eSIM".into(), market, "e-sim", Kind::Esim),
            market,
        );
        esim.esim_plans = esim_plans(1);
        esim.currency = "USD";
        esim.usd_micros = 1_000_000;
        list.push(esim);
        if local {
            let wallet =
                base_product(String::new(), format!("PayWallet {code}"), market, "e-money", Kind::GiftCard);
            let mut wallet = family_from(rng, &wallet, market);
            wallet.emoney = true;
            wallet.denominations = denominations_for(market)[1..4].to_vec();
            list.push(wallet);
        }
        // A few special cases every country has, so that each validation rule can be provoked anywhere.
        if let Some(first) = list.first().cloned() {
            let mut paused = first.clone();
            paused.family = format!("{} Paused", first.family);
            paused.logo_slug = slug(&paused.family);
            paused.family_slug = paused.logo_slug.clone();
            paused.inactive = true;
            let mut limited = first;
            limited.family = format!("{} Limited", limited.family);
            limited.logo_slug = slug(&limited.family);
            limited.family_slug = limited.logo_slug.clone();
            limited.limited = true;
            list.push(paused);
            list.push(limited);
        }
        by_country.insert(code, list);
    }
    by_country
}
