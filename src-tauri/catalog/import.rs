//! From a provider's shape to the catalog's.

use super::{CatalogProduct, Denomination, Kind, ValueRange};
use crate::providers::bitrefill::Product;
use crate::providers::Provider;

/// Bitrefill: top-ups are recognised by their recipient (a phone number) or category, eSIMs by category.
pub fn from_bitrefill(product: &Product, account_currency: &str) -> CatalogProduct {
    let has_category = |name: &str| product.categories.iter().any(|c| c.eq_ignore_ascii_case(name));
    let kind = if product.recipient_type.as_deref() == Some("phone_number") || has_category("refill") {
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
