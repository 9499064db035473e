//! The reseller's desk: customers, what each item was sold for, and the sales, cost and margin that follow.

mod books;
mod bulk;
mod customers;
mod home;
mod margin;
mod sales;
mod shop_logo;
mod voucher;

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use self::bulk::{
    Batch, BatchPart, BatchSummary, BulkPayments, BulkPreview, BulkProgress, ProviderPlan, RowCheck,
    RowError, RowResult,
};
pub use self::customers::{Customer, NewCustomer};
pub use self::home::HomeSummary;
pub use self::sales::{GroupBy, SalesQuery, SalesReport, SalesRow};
pub use self::voucher::VoucherForm;
use crate::catalog::Catalog;
use crate::checkout::{Checkout, Purchase};
use crate::error::{Error, Result};
use crate::settings::SettingsFile;
use crate::store::{on_book, Store};
use crate::tr;
use crate::vault::{CodeEntry, CodeQuery, Vault};

/// Customers and sales, over the purchases and the vault.
#[derive(Debug, Clone)]
pub struct Desk {
    store: Store,
    checkout: Checkout,
    vault: Vault,
    /// Brand logos for vouchers.
    catalog: Catalog,
    /// The shop's name for vouchers.
    settings: SettingsFile,
}

/// What one item was sold for, set on its vault entry after checkout.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Sale {
    /// An exact decimal in `currency`.
    pub price: String,
    /// ISO 4217 or a coin's ticker: EUR, USD, USDC.
    pub currency: String,
    /// When the item was paid in another currency: how many `currency` one unit paid is worth. Not needed
    /// when the provider priced the item in `currency` itself.
    #[serde(default)]
    #[ts(optional)]
    pub rate: Option<String>,
    /// Who bought it (a name in the customers book, or any reference).
    #[serde(default)]
    #[ts(optional)]
    pub customer: Option<String>,
}

/// A customer's page: their purchases, the codes they were given, and their totals per currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerHistory {
    pub customer: Customer,
    pub purchases: Vec<Purchase>,
    pub codes: Vec<CodeEntry>,
    pub totals: Vec<SalesRow>,
}

fn positive(field: &str, text: &str, zero_ok: bool) -> Result<String> {
    let value = Decimal::from_str(text.trim())
        .map_err(|_| Error::invalid(field, tr!("desk-not-a-number", text = text.trim())))?;
    if value.is_sign_negative() || (!zero_ok && value.is_zero()) {
        let message = if zero_ok { tr!("desk-cannot-be-negative") } else { tr!("desk-must-be-above-zero") };
        return Err(Error::invalid(field, message));
    }
    Ok(value.normalize().to_string())
}

impl Desk {
    pub(crate) fn new(
        store: Store,
        (checkout, vault): (Checkout, Vault),
        catalog: Catalog,
        settings: SettingsFile,
    ) -> Self {
        Self { store, checkout, vault, catalog, settings }
    }

    /// Sets (or replaces) what the item `code_id` was sold for; every field checked before anything is kept.
    pub async fn set_sale(&self, code_id: i64, sale: &Sale) -> Result<()> {
        let price = positive("price", &sale.price, true)?;
        let currency = sale.currency.trim().to_ascii_uppercase();
        if !(2..=10).contains(&currency.len()) || !currency.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(Error::invalid("currency", tr!("desk-currency-code")));
        }
        let rate = sale
            .rate
            .as_deref()
            .filter(|r| !r.trim().is_empty())
            .map(|r| positive("rate", r, false))
            .transpose()?;
        let customer = sale.customer.as_deref().map(str::trim).filter(|c| !c.is_empty());
        let changed = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query(
                "UPDATE codes SET sale_price = $1, sale_currency = $2, sale_rate = $3, \
                 customer_ref = COALESCE($4, customer_ref) WHERE id = $5",
            )
            .bind(price)
            .bind(currency)
            .bind(rate)
            .bind(customer)
            .bind(code_id)
            .execute(pool)
            .await?
            .rows_affected())
        })?;
        if changed == 0 {
            return Err(Error::invalid("code", tr!("vault-no-code", id = code_id.to_string())));
        }
        tracing::info!(code = code_id, "sale recorded");
        Ok(())
    }

    /// One customer's purchases and codes (named by their name, whatever its case) and totals.
    pub async fn customer_history(&self, id: i64) -> Result<CustomerHistory> {
        let customer = self.customer(id).await?;
        let theirs = |reference: Option<&str>| {
            reference.is_some_and(|r| r.trim().eq_ignore_ascii_case(&customer.name))
        };
        let purchases: Vec<Purchase> = self
            .checkout
            .purchases()
            .await?
            .into_iter()
            .filter(|p| theirs(p.customer_ref.as_deref()))
            .collect();
        let codes = self.vault.codes(&CodeQuery::default(), false).await?;
        let codes = codes
            .into_iter()
            .filter(|c| {
                theirs(c.customer_ref.as_deref()) || purchases.iter().any(|p| p.purchase_id == c.purchase_id)
            })
            .collect();
        let query = SalesQuery {
            by: GroupBy::Customer,
            customer: Some(customer.name.clone()),
            ..SalesQuery::default()
        };
        let totals = self.sales(&query).await?.rows;
        Ok(CustomerHistory { customer, purchases, codes, totals })
    }
}
