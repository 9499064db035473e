//! eSIMs at checkout: the plan a line names, a top-up of an eSIM bought before (by its ICCID, found in the
//! vault), and Bitrefill's `POST /esims` body, one eSIM per request.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use ts_rs::TS;

use super::bitrefill::with_payment;
use super::rules::Fields;
use super::{CheckoutRequest, LineRequest, PurchaseLine};
use crate::catalog::{read_plan_name, CatalogProduct, Denomination, Kind};
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::tr;
use crate::vault::plain_iccid;

/// Whether two names say the same plan: the same data (or unlimited) and the same days.
pub(super) fn same_plan(a: &str, b: &str) -> bool {
    let (a, b) = (read_plan_name(a), read_plan_name(b));
    a == b && (a.0.is_some() || a.1) && a.2.is_some()
}

/// Said wherever a Cryptorefills eSIM is asked to take a top-up.
fn no_cryptorefills_top_up(field: &str) -> Error {
    Error::invalid(field, tr!("checkout-esim-no-cryptorefills-top-up"))
}

/// An ICCID in its one stored form, checked: 18 to 22 digits starting 89 (a trailing padding F allowed).
/// What was typed is never repeated: a pasted activation string must not reach an error or a log.
fn checked_iccid(field: &str, typed: &str) -> Result<String> {
    let plain = plain_iccid(typed);
    let digits = plain.strip_suffix('F').unwrap_or(&plain);
    if !(18..=22).contains(&digits.len())
        || !digits.starts_with("89")
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(Error::invalid(field, tr!("checkout-iccid-invalid", length = typed.chars().count())));
    }
    Ok(plain)
}

/// An eSIM line's plan as the reseller named it, and the ICCID it tops up; `(None, None)` for other kinds.
pub(super) fn esim_plan(
    fields: &Fields,
    index: usize,
    line: &LineRequest,
    (product, face): (&CatalogProduct, &str),
) -> Result<(Option<String>, Option<String>)> {
    let top_up = line.esim_id.as_deref().map(str::trim).filter(|id| !id.is_empty());
    if product.kind != Kind::Esim {
        return match top_up {
            Some(_) => Err(Error::invalid(
                fields.name(index, "esim_id"),
                tr!("checkout-esim-top-up-not-esim", product = product.name.as_str()),
            )),
            None => Ok((None, None)),
        };
    }
    // The plan as the eSIM endpoint words it when that is how it was named ("3GB, 30 Days"), else the
    // matched package's own wording: never an amount or an id.
    let named = line.package_id.as_deref().map(str::trim).filter(|p| same_plan(p, face));
    let plan = Some(named.unwrap_or(face).to_owned());
    let Some(top_up) = top_up else { return Ok((plan, None)) };
    let field = fields.name(index, "esim_id");
    if line.provider == Provider::Cryptorefills {
        return Err(no_cryptorefills_top_up(&field));
    }
    if line.quantity != 1 {
        return Err(Error::invalid(fields.name(index, "quantity"), tr!("checkout-esim-top-up-one-plan")));
    }
    Ok((plan, Some(checked_iccid(&field, top_up)?)))
}

/// The `POST /esims` body for one eSIM (or one top-up), exactly as it will be stored and sent.
pub(super) fn esim_body(request: &CheckoutRequest, line: &PurchaseLine) -> Value {
    let plan = line.plan.clone().unwrap_or_else(|| line.face.clone());
    let mut body = json!({"product_id": line.product_id, "value": plan, "quantity": 1});
    if let Some(iccid) = &line.esim_id {
        body["esim_id"] = json!(iccid);
    }
    // Checked to be an email with the line: where the eSIM is sent.
    body["email"] = json!(line.recipient.trim());
    with_payment(request, body)
}

/// Whether a Bitrefill purchase of these lines goes through the eSIM endpoint: one eSIM, alone.
pub(super) fn is_bitrefill_esim(lines: &[PurchaseLine]) -> bool {
    matches!(lines, [line] if line.kind == Kind::Esim && line.quantity == 1)
}

/// What topping up an eSIM bought before needs: which product it is, and the plans it can take now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EsimTopUp {
    pub iccid: String,
    pub provider: Provider,
    pub product_id: String,
    pub product_name: String,
    /// Where the eSIM was delivered, the top-up's recipient by default.
    #[ts(optional)]
    pub recipient: Option<String>,
    pub plans: Vec<Denomination>,
}

impl super::Checkout {
    /// The eSIM with this ICCID, from its vault entry and its purchase, with the plans its product sells now.
    pub async fn esim_top_up(&self, iccid: &str) -> Result<EsimTopUp> {
        let iccid = checked_iccid("esim_id", iccid)?;
        let entry = self.vault.esim_by_iccid(&iccid).await?;
        if entry.provider == Provider::Cryptorefills {
            return Err(no_cryptorefills_top_up("esim_id"));
        }
        let purchase = self.purchase(&entry.purchase_id).await?;
        // Its own line when the purchase held several eSIMs (an older invoice), by the name it was kept under.
        let esims = || purchase.lines.iter().filter(|line| line.kind == Kind::Esim);
        let line = esims().find(|line| line.product_name == entry.brand).or_else(|| esims().next());
        let line = line.ok_or_else(|| {
            Error::invalid("esim_id", tr!("checkout-esim-purchase-no-product", iccid = iccid.as_str()))
        })?;
        let product = self.catalog.sellable_product(entry.provider, &line.product_id, false).await?;
        Ok(EsimTopUp {
            iccid,
            provider: entry.provider,
            product_id: product.id.clone(),
            product_name: product.name.clone(),
            recipient: entry.recipient.clone(),
            plans: product.denominations.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_plan_in_either_wording() {
        assert!(same_plan("3 GB 30 days", "3GB, 30 Days"));
        assert!(same_plan("Unlimited 15 days", "Unlimited, 15 Days"));
        assert!(!same_plan("3 GB 30 days", "3GB, 7 Days"));
        assert!(!same_plan("25", "25"), "not a plan at all");
        assert_eq!(checked_iccid("esim_id", "8944 5001 0219 8304 826").unwrap(), "8944500102198304826");
        assert_eq!(checked_iccid("esim_id", "8944500102198304826f").unwrap(), "8944500102198304826F");
        let pasted = checked_iccid("esim_id", "LPA:1$smdp.example$SECRET").unwrap_err().to_string();
        assert!(!pasted.contains("SECRET"), "{pasted}");
        assert!(checked_iccid("esim_id", "1234567890123456789").is_err(), "not starting 89");
        let short = checked_iccid("esim_id", "8").unwrap_err().to_string();
        assert!(short.ends_with("QR code (what was given has 1 character)"), "{short}");
        assert!(checked_iccid("esim_id", "89").unwrap_err().to_string().ends_with("has 2 characters)"));
    }
}
