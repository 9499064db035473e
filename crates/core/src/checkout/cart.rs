//! The cart: lines from either provider, each checked against the product as sold when it is added (stock
//! re-read), kept in the store so it survives a restart.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::payment::minor_to_decimal;
use super::rules::{check_line, Fields};
use super::Checkout;
use super::{LineRequest, PurchaseLine};
use crate::error::Result;
use crate::providers::Provider;
use crate::store::json_column;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CartItem {
    #[ts(type = "number")]
    pub id: i64,
    pub request: LineRequest,
    pub line: PurchaseLine,
    pub added_at: String,
}

#[derive(sqlx::FromRow)]
struct CartRow {
    id: i64,
    provider: String,
    product_id: String,
    package_id: Option<String>,
    value: Option<String>,
    quantity: i64,
    recipient: String,
    customer_ref: Option<String>,
    resale_price: Option<String>,
    esim_id: Option<String>,
    checked: String,
    added_at: String,
}

impl CartRow {
    fn into_item(self) -> Result<CartItem> {
        let row = format!("Cart item {}", self.id);
        let line = json_column(&self.checked, &row, "checked line")?;
        let quantity = u32::try_from(self.quantity).map_err(|_| {
            crate::error::Error::Internal(format!(
                "{row} is damaged in the local database: its quantity is {}",
                self.quantity
            ))
        })?;
        Ok(CartItem {
            id: self.id,
            request: LineRequest {
                provider: Provider::from_slug(&self.provider),
                product_id: self.product_id,
                package_id: self.package_id,
                value: self.value,
                quantity,
                recipient: self.recipient,
                customer_ref: self.customer_ref,
                resale_price: self.resale_price,
                esim_id: self.esim_id,
            },
            line,
            added_at: self.added_at,
        })
    }
}

/// What the cart costs, per provider and currency, as exact decimals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CartTotal {
    pub provider: Provider,
    pub currency: String,
    pub amount: String,
    /// True when it is the face value (the price is known only at checkout, as for Cryptorefills).
    pub face_value: bool,
    pub items: u32,
}

impl Checkout {
    /// Adds a line after re-reading the product's availability; the error names the field to fix.
    pub async fn cart_add(&self, request: LineRequest) -> Result<CartItem> {
        let product = self.catalog.sellable_product(request.provider, &request.product_id, true).await?;
        let line = check_line(&Fields::new_single(), 0, &request, &product)?;
        let (id, added_at): (i64, String) = sqlx::query_as(
            "INSERT INTO cart_items (provider, product_id, package_id, value, quantity, recipient, customer_ref, resale_price, resale_currency, esim_id, checked) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, added_at",
        )
        .bind(request.provider.slug())
        .bind(&request.product_id)
        .bind(&request.package_id)
        .bind(&request.value)
        .bind(i64::from(request.quantity))
        .bind(&line.recipient)
        .bind(&request.customer_ref)
        .bind(&request.resale_price)
        .bind(&line.currency)
        .bind(&line.esim_id)
        .bind(serde_json::to_string(&line).unwrap_or_default())
        .fetch_one(self.store.pool())
        .await?;
        Ok(CartItem {
            id,
            request: LineRequest { recipient: line.recipient.clone(), ..request },
            line,
            added_at,
        })
    }

    pub async fn cart_items(&self) -> Result<Vec<CartItem>> {
        let rows: Vec<CartRow> = sqlx::query_as(
            "SELECT id, provider, product_id, package_id, value, quantity, recipient, customer_ref, resale_price, \
             esim_id, checked, added_at FROM cart_items ORDER BY id",
        )
        .fetch_all(self.store.pool())
        .await?;
        rows.into_iter().map(CartRow::into_item).collect()
    }

    pub async fn cart_remove(&self, id: i64) -> Result<()> {
        sqlx::query("DELETE FROM cart_items WHERE id = ?").bind(id).execute(self.store.pool()).await?;
        Ok(())
    }

    /// Removes the lines of one provider once they were bought.
    pub async fn cart_clear(&self, provider: Provider) -> Result<()> {
        sqlx::query("DELETE FROM cart_items WHERE provider = ?")
            .bind(provider.slug())
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    /// One provider's lines of the cart, as checkout takes them.
    pub async fn cart_lines(&self, provider: Provider) -> Result<Vec<LineRequest>> {
        Ok(self
            .cart_items()
            .await?
            .into_iter()
            .filter(|i| i.request.provider == provider)
            .map(|i| i.request)
            .collect())
    }
}

/// Totals per provider and currency: prices when the catalog knows them, else face values.
pub fn totals(items: &[CartItem]) -> Vec<CartTotal> {
    line_totals(items.iter().map(|item| (item.request.provider, &item.line)))
}

/// Totals per provider and currency of checked lines (a cart's, a bulk import's).
pub fn line_totals<'a>(lines: impl IntoIterator<Item = (Provider, &'a PurchaseLine)>) -> Vec<CartTotal> {
    let mut sums: BTreeMap<(Provider, String, bool), (Decimal, u32)> = BTreeMap::new();
    for (provider, line) in lines {
        let quantity = Decimal::from(line.quantity);
        let (currency, amount, face) = match (line.unit_price, &line.price_currency) {
            (Some(price), Some(currency)) => {
                let unit: Decimal = minor_to_decimal(price, currency).parse().unwrap_or_default();
                (currency.clone(), unit * quantity, false)
            }
            _ => {
                let face = line
                    .value
                    .as_deref()
                    .or(line.package_id.as_deref().and_then(|p| p.split_whitespace().next()));
                let unit: Decimal = face.and_then(|f| f.parse().ok()).unwrap_or_default();
                (line.currency.clone().unwrap_or_default(), unit * quantity, true)
            }
        };
        let entry = sums.entry((provider, currency, face)).or_default();
        entry.0 += amount;
        entry.1 += line.quantity;
    }
    sums.into_iter()
        .map(|((provider, currency, face_value), (amount, items))| CartTotal {
            provider,
            currency,
            amount: amount.normalize().to_string(),
            face_value,
            items,
        })
        .collect()
}
