//! The books as a spreadsheet: one line per sold item with its sale, cost and margin in exact decimals,
//! for an accountant or a spreadsheet of the reseller's own.

use std::path::Path;

use super::sales::SoldItem;
use super::{Desk, SalesQuery};
use crate::error::{Error, Result};
use crate::tr;
use crate::vault::{create_private, spreadsheet_text, Exported};

const COLUMNS: [&str; 13] = [
    "day",
    "code_id",
    "provider",
    "brand",
    "value",
    "customer",
    "paid",
    "paid_currency",
    "currency",
    "sale",
    "cost",
    "margin",
    "rate",
];

fn row(item: &SoldItem) -> Vec<String> {
    // Text cells guarded against formulas; numbers are written by Giftdesk and left as they are.
    vec![
        item.day.clone(),
        item.code_id.map(|id| id.to_string()).unwrap_or_default(),
        item.provider.slug().to_owned(),
        spreadsheet_text(&item.brand),
        spreadsheet_text(&item.value),
        spreadsheet_text(&item.customer),
        item.paid.normalize().to_string(),
        item.paid_in.clone(),
        item.currency.clone(),
        item.sale.normalize().to_string(),
        item.cost.normalize().to_string(),
        (item.sale - item.cost).normalize().to_string(),
        item.rate.clone().unwrap_or_default(),
    ]
}

impl Desk {
    /// Writes the sold items of `query`'s period to a new file at `path` (never over an existing one). Codes
    /// do not leave the vault this way: only what they were sold for.
    pub async fn export_books(&self, query: &SalesQuery, path: &Path) -> Result<Exported> {
        let (items, _) = self.sold_items(query).await?;
        let mut writer = csv::Writer::from_writer(create_private(path)?);
        let failed = |error: csv::Error| {
            Error::io(tr!("files-writing", path = path.display().to_string()), error.into())
        };
        writer.write_record(COLUMNS).map_err(failed)?;
        for item in &items {
            writer.write_record(row(item)).map_err(failed)?;
        }
        writer
            .flush()
            .map_err(|source| Error::io(tr!("files-writing", path = path.display().to_string()), source))?;
        tracing::info!(count = items.len(), "books exported to CSV");
        Ok(Exported { path: path.display().to_string(), count: items.len() as u32 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_a_formula_stays_text() {
        assert_eq!(spreadsheet_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_text("Amazon.com"), "Amazon.com");
    }
}
