//! Reading a bulk order's spreadsheet (CSV, as any spreadsheet saves it, or rows copied from one and
//! pasted, which come tab-separated): its columns by name, in any order and case, with a few spellings each;
//! commas, semicolons (as European spreadsheets save) or tabs; a byte-order mark ignored. Nothing is checked
//! here beyond the file's shape.

use crate::error::{Error, Result};
use crate::tr;

/// The most rows one import holds: ten times a large corporate order, small enough to preview at once.
pub const MAX_ROWS: usize = 2_000;

/// The columns a bulk file may have, with the other names each is known by.
const COLUMNS: [(&str, &[&str]); 8] = [
    ("provider", &[]),
    ("product", &["product_id"]),
    ("package", &["package_id", "denomination", "plan"]),
    ("value", &["amount"]),
    ("quantity", &["qty", "count"]),
    ("recipient", &["email", "phone"]),
    ("customer", &["customer_ref", "client"]),
    ("sale_price", &["resale_price", "price"]),
];

/// One row as written: every cell trimmed, an empty cell as `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetRow {
    /// The row's line in the file (the header is line 1).
    pub row: u32,
    pub provider: Option<String>,
    pub product: Option<String>,
    pub package: Option<String>,
    pub value: Option<String>,
    pub quantity: Option<String>,
    pub recipient: Option<String>,
    pub customer: Option<String>,
    pub sale_price: Option<String>,
    /// Cells past the named columns that hold something (a decimal comma in a comma-separated file).
    pub stray_cells: usize,
}

impl SheetRow {
    /// The cells in the columns' order.
    pub fn cells(&self) -> [Option<&str>; 8] {
        [
            &self.provider,
            &self.product,
            &self.package,
            &self.value,
            &self.quantity,
            &self.recipient,
            &self.customer,
            &self.sale_price,
        ]
        .map(|cell| cell.as_deref())
    }
}

fn column_of(header: &str) -> Option<usize> {
    let name = header.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    COLUMNS.iter().position(|(column, others)| *column == name || others.contains(&name.as_str()))
}

fn columns_list() -> String {
    COLUMNS.map(|(name, _)| name).join(", ")
}

/// The rows of a bulk file, or the one problem that keeps it from being read at all.
pub fn read_sheet(text: &str) -> Result<Vec<SheetRow>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.contains('\t') {
        b'\t'
    } else if first_line.contains(';') && !first_line.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::invalid("file", tr!("desk-bulk-not-csv", detail = e.to_string())))?
        .clone();
    let mut slots = Vec::with_capacity(headers.len());
    for header in &headers {
        match column_of(header) {
            Some(slot) if slots.contains(&Some(slot)) => {
                return Err(Error::invalid("columns", tr!("desk-bulk-column-twice", header = header)))
            }
            Some(slot) => slots.push(Some(slot)),
            None if header.is_empty() => slots.push(None),
            None => {
                return Err(Error::invalid(
                    "columns",
                    tr!("desk-bulk-column-unknown", header = header, columns = columns_list()),
                ))
            }
        }
    }
    if !slots.contains(&Some(1)) {
        return Err(Error::invalid("columns", tr!("desk-bulk-columns-header", columns = columns_list())));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record
            .map_err(|e| Error::invalid("file", tr!("desk-bulk-unreadable", detail = e.to_string())))?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(Error::invalid("file", tr!("desk-bulk-too-many-rows", max = MAX_ROWS)));
        }
        // Counted from the record's byte offset: the reader's own line count skips blank lines, which a
        // spreadsheet numbers.
        // The offset is where the reader began, before the blank lines it skipped.
        let offset = record.position().map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        let rest = text.get(offset..).unwrap_or_default();
        let start = offset + rest.len() - rest.trim_start_matches(['\r', '\n']).len();
        let line = text.get(..start).map_or(0, |before| before.matches('\n').count() + 1);
        let mut row = SheetRow { row: u32::try_from(line).unwrap_or(u32::MAX), ..SheetRow::default() };
        row.stray_cells = record.iter().skip(slots.len()).filter(|c| !c.is_empty()).count();
        for (cell, slot) in record.iter().zip(&slots) {
            let value = Some(cell.to_owned()).filter(|c| !c.is_empty());
            let target = match slot {
                Some(0) => &mut row.provider,
                Some(1) => &mut row.product,
                Some(2) => &mut row.package,
                Some(3) => &mut row.value,
                Some(4) => &mut row.quantity,
                Some(5) => &mut row.recipient,
                Some(6) => &mut row.customer,
                Some(7) => &mut row.sale_price,
                _ => continue,
            };
            *target = value;
        }
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(Error::invalid("file", tr!("desk-bulk-no-rows")));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_read_by_name_in_any_order_and_spelling() {
        let text =
            "\u{feff}Qty;Product ID;Email;Price\n2;steam-us;a@example.com;27.50\n\n;netflix;b@example.com;\n";
        let rows = read_sheet(text).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].quantity.as_deref(), Some("2"));
        assert_eq!(rows[0].product.as_deref(), Some("steam-us"));
        assert_eq!(rows[0].sale_price.as_deref(), Some("27.50"));
        assert_eq!(rows[1].row, 4, "an empty line keeps the numbering of the file");
        assert_eq!(rows[1].quantity, None);
        let pasted = read_sheet("product\tquantity\nsteam-us\t3\n").unwrap();
        assert_eq!(
            pasted[0].quantity.as_deref(),
            Some("3"),
            "rows pasted from a spreadsheet are tab-separated"
        );
    }

    #[test]
    fn a_file_that_cannot_be_an_order_is_refused_naming_why() {
        for (text, field) in [
            ("product,colour\nsteam,red\n", "columns"),
            ("recipient\na@example.com\n", "columns"),
            ("product,product_id\na,b\n", "columns"),
            ("product\n", "file"),
        ] {
            match read_sheet(text) {
                Err(Error::InvalidInput { field: got, .. }) => assert_eq!(got, field, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }
}
