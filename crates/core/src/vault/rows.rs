//! A vault row as the store keeps it, and the entry it shows.

use super::{CodeEntry, Redemption};
use crate::providers::Provider;

/// Every column a [`Row`] reads; callers add their `WHERE` and `ORDER BY`.
pub(super) const SELECT_ROW: &str =
    "SELECT id, purchase_id, provider, item_ref, product_name, face, currency, \
     recipient, customer_ref, expires_at, added_at, handed_over_at, iccid, sale_price, sale_currency, sealed FROM codes";

#[derive(sqlx::FromRow)]
pub(super) struct Row {
    pub id: i64,
    pub purchase_id: String,
    pub provider: String,
    pub item_ref: String,
    pub product_name: String,
    pub face: String,
    pub currency: Option<String>,
    pub recipient: Option<String>,
    pub customer_ref: Option<String>,
    pub expires_at: Option<String>,
    pub added_at: String,
    pub handed_over_at: Option<String>,
    pub iccid: Option<String>,
    pub sale_price: Option<String>,
    pub sale_currency: Option<String>,
    pub sealed: Vec<u8>,
}

impl Row {
    pub fn provider(&self) -> Provider {
        Provider::from_slug(&self.provider)
    }

    /// The entry, with its redemption when it was opened.
    pub fn entry(self, redemption: Option<Redemption>) -> CodeEntry {
        CodeEntry {
            id: self.id,
            provider: self.provider(),
            purchase_id: self.purchase_id,
            item_ref: self.item_ref,
            brand: self.product_name,
            value: self.face,
            currency: self.currency,
            recipient: self.recipient,
            customer_ref: self.customer_ref,
            expires_at: self.expires_at,
            added_at: self.added_at,
            handed_over_at: self.handed_over_at,
            iccid: self.iccid,
            sale_price: self.sale_price,
            sale_currency: self.sale_currency,
            redemption,
        }
    }
}

/// An ICCID in one form, however it was written or sent: without the spaces or dashes printed between its
/// groups, and with a trailing padding `f` made upper case. Stored and looked up in this form.
pub fn plain_iccid(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>().to_ascii_uppercase()
}
