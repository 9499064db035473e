//! The amount field of the product view, checked as it is typed by the rule checkout applies, so the window
//! never holds a copy of the range and step rule.

use super::rules::{denomination, Fields};
use super::LineRequest;
use crate::catalog::CatalogProduct;
use crate::error::Result;

/// An amount typed for `product`: its normal form ("25.5"), or an error naming `value` and what would be
/// accepted.
pub fn check_amount(product: &CatalogProduct, value: &str) -> Result<String> {
    let line = LineRequest {
        provider: product.provider,
        product_id: product.id.clone(),
        package_id: None,
        value: Some(value.to_owned()),
        quantity: 1,
        recipient: String::new(),
        customer_ref: None,
        resale_price: None,
        esim_id: None,
    };
    let (face, ..) = denomination(&Fields::new_single(), 0, &line, product)?;
    Ok(face)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Kind, ValueRange};
    use crate::error::Error;
    use crate::providers::Provider;

    #[test]
    fn the_amount_field_hears_checkouts_own_words() {
        let p = CatalogProduct {
            provider: Provider::Bitrefill,
            id: "open".into(),
            brand: "Open".into(),
            name: "Open".into(),
            kind: Kind::GiftCard,
            country: Some("US".into()),
            currency: Some("USD".into()),
            categories: vec![],
            denominations: vec![],
            range: Some(ValueRange { min: "5".into(), max: "100".into(), step: "0.5".into() }),
            price_currency: Some("USD".into()),
            in_stock: true,
            logo: None,
        };
        assert_eq!(check_amount(&p, " 12.50 ").unwrap(), "12.5");
        let refused = check_amount(&p, "12.25").unwrap_err();
        assert!(matches!(&refused, Error::InvalidInput { field, .. } if field == "value"), "{refused:?}");
        assert!(refused.to_string().contains("in steps of 0.5"), "{refused}");
        assert!(check_amount(&p, "abc").unwrap_err().to_string().contains("write it like 25"));
        assert!(check_amount(&p, "500").unwrap_err().to_string().contains("from 5 to 100 USD"));
    }
}
