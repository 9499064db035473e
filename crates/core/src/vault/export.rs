//! Export of the vault to CSV: the one way codes leave it in bulk, so the caller confirms first and the file is
//! readable by its owner only.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Vault;
use super::{CodeEntry, CodeQuery};
use crate::clock;
use crate::error::{Error, Result};
use crate::tr;

const COLUMNS: [&str; 16] = [
    "purchase_id",
    "provider",
    "brand",
    "value",
    "currency",
    "code",
    "pin",
    "link",
    "serial",
    "security_code",
    "barcode",
    "expires_at",
    "recipient",
    "customer_ref",
    "handed_over_at",
    "added_at",
];

/// What an export wrote, for the confirmation that follows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Exported {
    pub path: String,
    pub count: u32,
}

/// `giftdesk-codes-20261122-2310.csv` in the user's Downloads folder (home when there is none).
pub fn default_export_path() -> PathBuf {
    export_path("codes")
}

/// `giftdesk-{what}-20261122-2310.csv` in the user's Downloads folder (home when there is none).
pub fn export_path(what: &str) -> PathBuf {
    export_file(what, "csv")
}

/// `giftdesk-{what}-20261122-2310.{extension}` in the user's Downloads folder (home when there is none); a
/// second export in the same minute gets `-2`, then `-3`, rather than failing on the first one's name.
pub fn export_file(what: &str, extension: &str) -> PathBuf {
    let dir = export_dir();
    let stamp: String = clock::iso(clock::now_ms()).chars().filter(char::is_ascii_digit).take(12).collect();
    free_name(&dir, &format!("giftdesk-{what}-{}-{}", &stamp[..8], &stamp[8..]), extension)
}

/// The user's Downloads folder (home when there is none): where files are suggested and looked for first.
pub fn export_dir() -> PathBuf {
    dirs::download_dir().or_else(dirs::home_dir).unwrap_or_else(std::env::temp_dir)
}

fn free_name(dir: &Path, base: &str, extension: &str) -> PathBuf {
    (1..)
        .map(|n| match n {
            1 => dir.join(format!("{base}.{extension}")),
            n => dir.join(format!("{base}-{n}.{extension}")),
        })
        .find(|path| !path.exists())
        .expect("some number is free")
}

/// Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or return first) made plain text
/// by a leading apostrophe, which spreadsheets hide: a code or recipient never runs when the file is opened.
pub fn spreadsheet_text(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

fn row(entry: &CodeEntry) -> Vec<String> {
    let r = entry.redemption.clone().unwrap_or_default();
    let or_empty = |value: Option<String>| spreadsheet_text(&value.unwrap_or_default());
    vec![
        entry.purchase_id.clone(),
        entry.provider.slug().to_owned(),
        spreadsheet_text(&entry.brand),
        spreadsheet_text(&entry.value),
        or_empty(entry.currency.clone()),
        or_empty(r.code),
        or_empty(r.pin),
        or_empty(r.link),
        or_empty(r.serial),
        or_empty(r.security_code),
        or_empty(r.barcode_value),
        or_empty(entry.expires_at.clone().or(r.expires_at)),
        or_empty(entry.recipient.clone()),
        or_empty(entry.customer_ref.clone()),
        or_empty(entry.handed_over_at.clone()),
        entry.added_at.clone(),
    ]
}

/// Writes a file the reseller chose in an OS save dialog, which asked before an existing file was chosen:
/// `write` makes a new file beside it, which then takes its place, so a failure leaves what was there
/// untouched. (Everywhere else a file is only ever created new.)
pub async fn write_over<T, F, Fut>(path: &Path, write: F) -> Result<T>
where
    F: FnOnce(PathBuf) -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let partial = path.with_file_name(format!(".{name}.{}.partial", uuid::Uuid::new_v4().simple()));
    match write(partial.clone()).await {
        Ok(value) => {
            std::fs::rename(&partial, path).map_err(|source| {
                let _ = std::fs::remove_file(&partial);
                Error::io(tr!("files-replacing", path = path.display().to_string()), source)
            })?;
            Ok(value)
        }
        Err(error) => {
            let _ = std::fs::remove_file(&partial);
            Err(error)
        }
    }
}

/// A new file only its owner reads: an export never overwrites one.
pub(crate) fn create_private(path: &Path) -> Result<std::fs::File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::AlreadyExists => {
            Error::invalid("path", tr!("vault-file-exists", path = path.display().to_string()))
        }
        _ => Error::io(tr!("files-creating", path = path.display().to_string()), source),
    })
}

impl Vault {
    /// Writes the codes matching `query`, opened, to a new file at `path`. Never overwrites a file.
    pub async fn export_codes(&self, query: &CodeQuery, path: &Path) -> Result<Exported> {
        let entries = self.codes(query, true).await?;
        let mut writer = csv::Writer::from_writer(create_private(path)?);
        let failed = |error: csv::Error| {
            Error::io(tr!("files-writing", path = path.display().to_string()), error.into())
        };
        writer.write_record(COLUMNS).map_err(failed)?;
        for entry in &entries {
            writer.write_record(row(entry)).map_err(failed)?;
        }
        writer
            .flush()
            .map_err(|source| Error::io(tr!("files-writing", path = path.display().to_string()), source))?;
        tracing::info!(count = entries.len(), "codes exported to CSV");
        Ok(Exported { path: path.display().to_string(), count: entries.len() as u32 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_export_in_the_same_minute_gets_a_name_of_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let first = free_name(dir.path(), "giftdesk-codes-20261203-0840", "csv");
        std::fs::write(&first, "x").unwrap();
        let second = free_name(dir.path(), "giftdesk-codes-20261203-0840", "csv");
        assert_eq!(second.file_name().unwrap(), "giftdesk-codes-20261203-0840-2.csv");
    }

    #[test]
    fn formula_looking_cells_stay_text() {
        assert_eq!(spreadsheet_text("=1+2"), "'=1+2");
        assert_eq!(spreadsheet_text("-ABCD"), "'-ABCD");
        assert_eq!(spreadsheet_text("ABCD-1"), "ABCD-1");
    }
}
