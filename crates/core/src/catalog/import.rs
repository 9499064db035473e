//! From a provider's shape to the catalog's.

use super::{CatalogProduct, Denomination, Kind, ValueRange};
use crate::providers::bitrefill::Product;
use crate::providers::cryptorefills::Brand;
use crate::providers::Provider;

/// Bitrefill: the product's `type` when it names one; without it (the docs' form) top-ups are recognised by
/// their recipient (a phone number) or category, eSIMs by category.
pub fn from_bitrefill(product: &Product, account_currency: &str) -> CatalogProduct {
    let has_category = |name: &str| product.categories.iter().any(|c| c.eq_ignore_ascii_case(name));
    let kind = if let Some(named) = product.product_type.as_deref() {
        match named {
            "gift_card" => Kind::GiftCard,
            "phone_refill" => Kind::TopUp,
            "esim" => Kind::Esim,
            _ => Kind::Other,
        }
    } else if product.recipient_type.as_deref() == Some("phone_number") || has_category("refill") {
        Kind::TopUp
    } else if has_category("esim") || has_category("e-sim") {
        Kind::Esim
    } else {
        Kind::GiftCard
    };
    let name = product.name.clone().unwrap_or_else(|| product.id.clone());
    let denominations = product
        .packages
        .iter()
        .filter_map(|package| {
            let value = package.value.clone().or_else(|| package.amount.clone())?;
            Some(Denomination {
                id: package.id.clone().unwrap_or_else(|| format!("{}<&>{value}", product.id)),
                value,
                amount: package.amount.clone(),
                price: package.price,
            })
        })
        .collect();
    let range = product.range.as_ref().and_then(|range| {
        Some(ValueRange {
            min: range.min.clone()?,
            max: range.max.clone()?,
            step: range.step.clone().unwrap_or_else(|| "1".into()),
        })
    });
    CatalogProduct {
        provider: Provider::Bitrefill,
        id: product.id.clone(),
        brand: name.clone(),
        name,
        kind,
        country: product.country_code.clone(),
        currency: product.currency.clone(),
        categories: product.categories.clone(),
        denominations,
        range,
        price_currency: Some(account_currency.to_owned()),
        in_stock: product.in_stock.unwrap_or(true),
        logo: product.image.clone(),
    }
}

/// Cryptorefills: a brand in one country. Its denominations come when the family is opened, so the row
/// carries what the brand list says: name, kind, category, stock, and the logo's base URL.
pub fn from_cryptorefills(brand: &Brand, country: &str) -> CatalogProduct {
    let family = brand.family.clone().unwrap_or_default();
    let category = brand.category.clone().unwrap_or_default();
    let kind = match (brand.kind.as_deref(), category.as_str()) {
        (Some("mobile_recharge"), "e-sim") => Kind::Esim,
        (Some("mobile_recharge"), _) => Kind::TopUp,
        (Some("giftcard" | "nft_giftcard"), _) => Kind::GiftCard,
        _ => Kind::Other,
    };
    let mut categories = vec![category];
    categories.extend(brand.additional_categories.iter().cloned());
    categories.retain(|c| !c.is_empty());
    // One row per brand, not per family: a family (`claro`) may hold several brands ("Claro Credits",
    // "Claro Data"), and orders name the exact brand. The id carries it; `brand` keeps the family, which
    // the family's products are fetched by.
    let name = brand.brand.clone().filter(|b| !b.trim().is_empty()).unwrap_or_else(|| family.clone());
    CatalogProduct {
        provider: Provider::Cryptorefills,
        id: format!("{}/{name}", country.to_ascii_uppercase()),
        brand: family.clone(),
        name,
        kind,
        country: Some(country.to_ascii_uppercase()),
        currency: None,
        categories,
        denominations: Vec::new(),
        range: None,
        price_currency: None,
        in_stock: !brand.is_out_of_stock.unwrap_or(false),
        logo: brand.logo_base_url.clone().or_else(|| brand.logo_url.clone()),
    }
}
