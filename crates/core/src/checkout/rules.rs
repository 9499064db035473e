//! Everything checked before a request leaves: each failure names its field and what would be accepted.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::esim::{esim_plan, same_plan};
use super::top_up::top_up_number;
use super::{CheckoutRequest, LineRequest, PaymentChoice, PurchaseLine};
use crate::catalog::{CatalogProduct, Kind};
use crate::error::{Error, Result};
use crate::i18n::format_amount;
use crate::providers::Provider;
use crate::recipients::is_email;
use crate::tr;

pub const BITREFILL_MAX_ITEMS: u32 = 20;
pub const CRYPTOREFILLS_MAX_DELIVERIES: u32 = 10;
/// The most of one product a single checkout line may ask for (several invoices when split).
const MAX_QUANTITY: u32 = 200;

/// Bitrefill's crypto payment methods (the notes' list); `balance` is chosen separately.
pub const BITREFILL_CRYPTO_METHODS: [&str; 11] = [
    "bitcoin",
    "lightning",
    "ethereum",
    "eth_base",
    "usdc_base",
    "usdc_arbitrum",
    "usdc_polygon",
    "usdc_erc20",
    "usdc_solana",
    "usdt_polygon",
    "usdt_erc20",
];

/// Names a line's field: `recipient` for a single line, `lines[2].recipient` when there are several.
pub struct Fields {
    many: bool,
}

impl Fields {
    pub fn new(request: &CheckoutRequest) -> Self {
        Self { many: request.lines.len() > 1 }
    }

    /// Fields of a lone line (the cart's "Add" form).
    pub fn new_single() -> Self {
        Self { many: false }
    }

    pub fn name(&self, index: usize, field: &str) -> String {
        if self.many {
            format!("lines[{index}].{field}")
        } else {
            field.to_owned()
        }
    }
}

pub fn decimal(field: &str, text: &str) -> Result<Decimal> {
    Decimal::from_str(text.trim())
        .map_err(|_| Error::invalid(field, tr!("checkout-not-a-number", text = text)))
}

/// Checks the request's shape and payment before any product is looked up.
pub fn check_request(request: &CheckoutRequest) -> Result<()> {
    if request.lines.is_empty() {
        return Err(Error::invalid("lines", tr!("checkout-no-lines")));
    }
    let fields = Fields::new(request);
    for (index, line) in request.lines.iter().enumerate() {
        if line.provider != request.provider {
            return Err(Error::invalid(
                fields.name(index, "provider"),
                tr!("checkout-one-provider", provider = request.provider.display_name()),
            ));
        }
        check_line_shape(&fields, index, line)?;
    }
    check_payment(request)?;
    check_size(request)
}

/// What a line must be whatever its product: a quantity in bounds, a price that is a number.
pub fn check_line_shape(fields: &Fields, index: usize, line: &LineRequest) -> Result<()> {
    if line.quantity == 0 || line.quantity > MAX_QUANTITY {
        return Err(Error::invalid(
            fields.name(index, "quantity"),
            tr!("checkout-quantity-range", max = MAX_QUANTITY),
        ));
    }
    if let Some(price) = &line.resale_price {
        let field = fields.name(index, "resale_price");
        if decimal(&field, price)?.is_sign_negative() {
            return Err(Error::invalid(field, tr!("checkout-resale-price-negative")));
        }
    }
    if line.customer_ref.as_deref().is_some_and(|r| r.chars().count() > 200) {
        return Err(Error::invalid(
            fields.name(index, "customer_ref"),
            tr!("checkout-customer-ref-too-long"),
        ));
    }
    Ok(())
}

fn check_payment(request: &CheckoutRequest) -> Result<()> {
    match (request.provider, &request.payment) {
        (Provider::Bitrefill, PaymentChoice::Balance | PaymentChoice::AutoPay) => Ok(()),
        (Provider::Bitrefill, PaymentChoice::BitrefillCrypto { method }) => {
            if !BITREFILL_CRYPTO_METHODS.contains(&method.as_str()) {
                return Err(bitrefill_methods());
            }
            let refund = request.options.refund_address.as_deref().map(str::trim).unwrap_or_default();
            if refund.len() < 20 || refund.contains(char::is_whitespace) {
                return Err(Error::invalid(
                    "refund_address",
                    tr!("checkout-refund-address-needed", method = method.as_str()),
                ));
            }
            Ok(())
        }
        (Provider::Bitrefill, PaymentChoice::Coin { .. }) => Err(bitrefill_methods()),
        (Provider::Cryptorefills, PaymentChoice::Coin { coin, network }) => {
            if coin.trim().is_empty() || network.trim().is_empty() {
                return Err(Error::invalid("pay", tr!("checkout-coin-and-network")));
            }
            Ok(())
        }
        (Provider::Cryptorefills, _) => Err(Error::invalid("pay", tr!("checkout-cryptorefills-crypto-only"))),
    }
}

fn bitrefill_methods() -> Error {
    Error::invalid(
        "pay",
        tr!("checkout-bitrefill-payment-methods", methods = BITREFILL_CRYPTO_METHODS.join(", ")),
    )
}

fn units(request: &CheckoutRequest) -> u32 {
    request.lines.iter().map(|l| l.quantity).sum()
}

fn check_size(request: &CheckoutRequest) -> Result<()> {
    let max = match request.provider {
        Provider::Bitrefill => BITREFILL_MAX_ITEMS,
        Provider::Cryptorefills => CRYPTOREFILLS_MAX_DELIVERIES,
    };
    let total = units(request);
    if total <= max || request.options.split {
        return Ok(());
    }
    let parts = total.div_ceil(max);
    let message = match request.provider {
        Provider::Bitrefill => tr!("checkout-too-many-bitrefill", total = total, parts = parts),
        Provider::Cryptorefills => tr!("checkout-too-many-cryptorefills", total = total, parts = parts),
    };
    Err(Error::invalid("quantity", message))
}

/// Checks one line against its product as sold now, and describes it as bought.
pub fn check_line(
    fields: &Fields,
    index: usize,
    line: &LineRequest,
    product: &CatalogProduct,
) -> Result<PurchaseLine> {
    if !product.in_stock {
        return Err(Error::invalid(
            fields.name(index, "product"),
            tr!("checkout-out-of-stock", product = product.name.as_str()),
        ));
    }
    let (face, package_id, value, unit_price) = denomination(fields, index, line, product)?;
    let (plan, esim_id) = esim_plan(fields, index, line, (product, &face))?;
    let mut recipient = line.recipient.trim().to_owned();
    let field = fields.name(index, "recipient");
    if product.kind == Kind::TopUp {
        recipient = top_up_number(&field, &recipient, product)?;
    } else if !is_email(&recipient) {
        return Err(Error::invalid(
            field,
            tr!("checkout-recipient-email", product = product.name.as_str(), recipient = recipient.as_str()),
        ));
    }
    Ok(PurchaseLine {
        product_id: product.id.clone(),
        product_name: product.name.clone(),
        kind: product.kind,
        country: product.country.clone(),
        face,
        currency: product.currency.clone(),
        package_id,
        value,
        quantity: line.quantity,
        recipient,
        customer_ref: line.customer_ref.clone().filter(|r| !r.trim().is_empty()),
        resale_price: line.resale_price.clone(),
        unit_price,
        price_currency: product.price_currency.clone(),
        plan,
        esim_id,
    })
}

pub(super) type Chosen = (String, Option<String>, Option<String>, Option<u64>);

/// The package exists, or the value is within the range and on its step.
pub(super) fn denomination(
    fields: &Fields,
    index: usize,
    line: &LineRequest,
    product: &CatalogProduct,
) -> Result<Chosen> {
    let listed = || product.denominations.iter().map(|d| d.value.clone()).collect::<Vec<_>>().join(", ");
    if let Some(wanted) = line.package_id.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        let found = product.denominations.iter().find(|d| {
            d.id == wanted
                || d.value.eq_ignore_ascii_case(wanted)
                || d.amount.as_deref() == Some(wanted)
                || d.id.rsplit("<&>").next() == Some(wanted)
                // The eSIM endpoints and the catalog may word one plan differently ("3GB, 30 Days").
                || (product.kind == Kind::Esim && same_plan(&d.value, wanted))
        });
        return match found {
            Some(d) => Ok((d.value.clone(), Some(d.id.clone()), None, d.price)),
            None if product.denominations.is_empty() => Err(Error::invalid(
                fields.name(index, "package"),
                tr!("checkout-no-denominations", product = product.name.as_str()),
            )),
            None => Err(Error::invalid(
                fields.name(index, "package"),
                tr!(
                    "checkout-no-such-denomination",
                    product = product.name.as_str(),
                    wanted = wanted,
                    listed = listed()
                ),
            )),
        };
    }
    let field = fields.name(index, "value");
    let Some(text) = line.value.as_deref().map(str::trim).filter(|v| !v.is_empty()) else {
        let number = |text: &str| format_amount(text, "", crate::i18n::current());
        let choose = match (&product.range, product.denominations.is_empty()) {
            (Some(r), true) => {
                tr!(
                    "checkout-choose-range",
                    min = number(&r.min),
                    max = number(&r.max),
                    step = number(&r.step)
                )
            }
            (Some(r), false) => {
                tr!(
                    "checkout-choose-listed-or-range",
                    listed = listed(),
                    min = number(&r.min),
                    max = number(&r.max)
                )
            }
            (None, _) => tr!("checkout-choose-listed", listed = listed()),
        };
        return Err(Error::invalid(fields.name(index, "package"), choose));
    };
    let Some(range) = &product.range else {
        // A fixed product given a value: accept it when it names one of the denominations.
        let found =
            product.denominations.iter().find(|d| d.amount.as_deref() == Some(text) || d.value == text);
        return found.map(|d| (d.value.clone(), Some(d.id.clone()), None, d.price)).ok_or_else(|| {
            Error::invalid(
                field,
                tr!("checkout-fixed-amounts-only", product = product.name.as_str(), listed = listed()),
            )
        });
    };
    let wanted = decimal(&field, text)?;
    let (min, max, step) =
        (decimal(&field, &range.min)?, decimal(&field, &range.max)?, decimal(&field, &range.step)?);
    let on_step = step.is_zero() || ((wanted - min) % step).is_zero();
    if wanted < min || wanted > max || !on_step {
        let (currency, language) = (product.currency.as_deref().unwrap_or(""), crate::i18n::current());
        let message = tr!(
            "checkout-value-range",
            min = format_amount(&min.to_string(), "", language),
            max = format_amount(&max.to_string(), currency, language),
            step = format_amount(&step.to_string(), "", language),
            value = text
        );
        return Err(Error::invalid(field, message));
    }
    let normal = wanted.normalize().to_string();
    Ok((normal.clone(), None, Some(normal), None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Denomination, ValueRange};

    fn product(range: Option<(&str, &str, &str)>) -> CatalogProduct {
        CatalogProduct {
            provider: Provider::Bitrefill,
            id: "steam-us".into(),
            brand: "Steam".into(),
            name: "Steam".into(),
            kind: Kind::GiftCard,
            country: Some("US".into()),
            currency: Some("USD".into()),
            categories: vec![],
            denominations: vec![Denomination {
                id: "steam-us<&>20".into(),
                value: "20".into(),
                amount: Some("20".into()),
                price: Some(2000),
            }],
            range: range.map(|(min, max, step)| ValueRange {
                min: min.into(),
                max: max.into(),
                step: step.into(),
            }),
            price_currency: Some("USD".into()),
            in_stock: true,
            logo: None,
        }
    }

    fn line(package: Option<&str>, value: Option<&str>) -> LineRequest {
        LineRequest {
            provider: Provider::Bitrefill,
            product_id: "steam-us".into(),
            package_id: package.map(Into::into),
            value: value.map(Into::into),
            quantity: 1,
            recipient: "a@example.com".into(),
            customer_ref: None,
            resale_price: None,
            esim_id: None,
        }
    }

    fn field_of(result: Result<PurchaseLine>) -> String {
        match result {
            Err(Error::InvalidInput { field, .. }) => field,
            other => panic!("expected invalid input, got {other:?}"),
        }
    }

    #[test]
    fn range_and_step_are_enforced_exactly() {
        let fields = Fields { many: false };
        let p = product(Some(("5", "100", "0.5")));
        assert!(check_line(&fields, 0, &line(None, Some("12.5")), &p).is_ok());
        assert_eq!(
            check_line(&fields, 0, &line(None, Some("12.5")), &p).unwrap().value.as_deref(),
            Some("12.5")
        );
        for bad in ["12.3", "4.5", "100.5", "ten"] {
            assert_eq!(field_of(check_line(&fields, 0, &line(None, Some(bad)), &p)), "value", "{bad}");
        }
        assert_eq!(field_of(check_line(&fields, 0, &line(Some("25"), None), &p)), "package");
        assert!(check_line(&fields, 0, &line(Some("20"), None), &p).is_ok());
        let many = Fields { many: true };
        assert_eq!(field_of(check_line(&many, 2, &line(None, Some("1")), &p)), "lines[2].value");
    }

    #[test]
    fn recipients_fit_the_kind() {
        let fields = Fields { many: false };
        let mut topup = product(Some(("5", "100", "1")));
        topup.kind = Kind::TopUp;
        assert_eq!(field_of(check_line(&fields, 0, &line(None, Some("10")), &topup)), "recipient");
        let mut by_phone = line(None, Some("10"));
        by_phone.recipient = "+1 415 555 1234".into();
        assert_eq!(check_line(&fields, 0, &by_phone, &topup).unwrap().recipient, "+14155551234");
        // A German number for an American operator is refused before anything is sent, naming the field.
        by_phone.recipient = "+4915123456789".into();
        let refused = check_line(&fields, 0, &by_phone, &topup);
        let message = refused.as_ref().err().map(ToString::to_string).unwrap_or_default();
        assert_eq!(field_of(refused), "recipient");
        assert!(message.contains("is a number of DE"), "{message}");
    }
}
