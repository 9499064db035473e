//! Each row of a bulk file checked on its own, as the cart checks a line: its provider (the one whose
//! catalog holds the product when the row names none), its customer (whose email or phone fills an empty
//! recipient), then every checkout rule. A row's error names the column to fix.

use std::collections::HashMap;

use super::sheet::SheetRow;
use super::{RowCheck, RowError};
use crate::catalog::Kind;
use crate::checkout::LineRequest;
use crate::desk::{Customer, Desk};
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::tr;

/// The checkout's field names in the file's words.
fn column(field: &str) -> String {
    match field {
        "resale_price" => "sale_price".into(),
        "customer_ref" => "customer".into(),
        "esim_id" | "plan" => "package".into(),
        other => other.into(),
    }
}

fn refused(row: &SheetRow, error: Error) -> Result<RowCheck> {
    let (field, message) = match error {
        Error::InvalidInput { field, message } => (column(&field), message),
        // A row is refused for what is in it; anything else (the store, the network) stops the preview.
        other => return Err(other),
    };
    Ok(RowCheck {
        row: row.row,
        product: row.product.clone().unwrap_or_default(),
        provider: None,
        line: None,
        error: Some(RowError { field, message }),
    })
}

impl Desk {
    pub(super) async fn check_rows(&self, rows: &[SheetRow]) -> Result<Vec<RowCheck>> {
        let book: HashMap<String, Customer> =
            self.customers("").await?.into_iter().map(|c| (c.name.to_lowercase(), c)).collect();
        let mut checks = Vec::with_capacity(rows.len());
        for row in rows {
            let check = match self.check_row(row, &book).await {
                Ok((provider, line)) => RowCheck {
                    row: row.row,
                    product: row.product.clone().unwrap_or_default(),
                    provider: Some(provider),
                    line: Some(line),
                    error: None,
                },
                Err(error) => refused(row, error)?,
            };
            checks.push(check);
        }
        Ok(checks)
    }

    async fn check_row(
        &self,
        row: &SheetRow,
        book: &HashMap<String, Customer>,
    ) -> Result<(Provider, crate::checkout::PurchaseLine)> {
        if row.stray_cells > 0 {
            return Err(Error::invalid("file", tr!("desk-bulk-stray-cells", count = row.stray_cells)));
        }
        let product = row
            .product
            .as_deref()
            .ok_or_else(|| Error::invalid("product", tr!("desk-bulk-product-missing")))?;
        let provider = self.provider_of_row(row.provider.as_deref(), product).await?;
        let quantity = match row.quantity.as_deref() {
            None => 1,
            Some(text) => text
                .parse()
                .map_err(|_| Error::invalid("quantity", tr!("desk-bulk-quantity-invalid", text = text)))?,
        };
        let customer = row.customer.as_deref().and_then(|name| book.get(&name.to_lowercase()));
        let recipient = match (&row.recipient, customer) {
            (Some(recipient), _) => recipient.clone(),
            (None, Some(customer)) => {
                let kind = self.catalog.sellable_product(provider, product, false).await?.kind;
                let from_book = if kind == Kind::TopUp { &customer.phone } else { &customer.email };
                from_book.clone().ok_or_else(|| {
                    let name = customer.name.as_str();
                    let message = if kind == Kind::TopUp {
                        tr!("desk-bulk-customer-no-phone", customer = name)
                    } else {
                        tr!("desk-bulk-customer-no-email", customer = name)
                    };
                    Error::invalid("recipient", message)
                })?
            }
            (None, None) => return Err(Error::invalid("recipient", tr!("desk-bulk-recipient-missing"))),
        };
        let request = LineRequest {
            provider,
            product_id: product.to_owned(),
            package_id: row.package.clone(),
            value: row.value.clone(),
            quantity,
            recipient,
            // The book's spelling of the name, so the customer's page finds the purchase.
            customer_ref: customer.map(|c| c.name.clone()).or_else(|| row.customer.clone()),
            resale_price: row.sale_price.clone(),
            esim_id: None,
        };
        Ok((provider, self.checkout.check_one(&request).await?))
    }

    /// The row's provider, or the one whose catalog holds the product.
    async fn provider_of_row(&self, named: Option<&str>, product: &str) -> Result<Provider> {
        if let Some(named) = named {
            return named
                .parse()
                .map_err(|_| Error::invalid("provider", tr!("desk-bulk-provider-unknown", named = named)));
        }
        let mut holding = Vec::new();
        for provider in Provider::ALL {
            // Not in this catalog is an answer; a store or network failure is not, and stops the preview.
            match self.catalog.sellable_product(provider, product, false).await {
                Ok(_) => holding.push(provider),
                Err(Error::InvalidInput { .. }) => {}
                Err(other) => return Err(other),
            }
        }
        match holding.as_slice() {
            [one] => Ok(*one),
            [] => Err(Error::invalid("product", tr!("desk-bulk-product-unknown", product = product))),
            _ => Err(Error::invalid("provider", tr!("desk-bulk-product-ambiguous", product = product))),
        }
    }
}
