//! A top-up's number, checked before anything is sent: a real mobile number (libphonenumber's reading),
//! of the country the operator serves, stored and sent in E.164 form.

use crate::catalog::CatalogProduct;
use crate::error::{Error, Result};
use crate::recipients::mobile_number;
use crate::tr;

/// A top-up's number: a real mobile number, of the country the operator serves, in E.164 form.
pub(super) fn top_up_number(field: &str, typed: &str, product: &CatalogProduct) -> Result<String> {
    let number = mobile_number(typed)
        .map_err(|why| Error::invalid(field, tr!("checkout-top-up-mobile", why = why.to_string())))?;
    // A product of no one country ("International", Bitrefill's `XX`) takes any country's numbers.
    let serves = product.country.as_deref().filter(|c| c.len() == 2 && !c.eq_ignore_ascii_case("XX"));
    if let Some(country) = serves.filter(|c| !c.eq_ignore_ascii_case(&number.country)) {
        return Err(Error::invalid(
            field,
            tr!(
                "checkout-top-up-wrong-country",
                number = number.e164.as_str(),
                country = number.country.as_str(),
                product = product.name.as_str(),
                serves = country
            ),
        ));
    }
    Ok(number.e164)
}
