//! Vault backup and restore: one file, encrypted with a passphrase in the `age` format, holding every code
//! (opened, so it does not depend on this computer's vault key) with its purchase, the purchase's audit
//! trail, and the customers. Restored on a new computer, each code is sealed again under that computer's key.
//!
//! `age` (a well-kept, documented format with a Rust implementation by its authors) rather than a format of
//! our own: the file can also be opened with the `age` tool if Giftdesk is ever gone.

mod passphrase_file;
mod tables;

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use self::passphrase_file::{check_new as check_new_passphrase, MIN_PASSPHRASE};
use self::tables::{Document, FORMAT};
use super::Vault;
use crate::clock;
use crate::error::{Error, Result};
use crate::secrets::Sensitive;
use crate::tr;

const LAST_BACKUP: &str = "last_backup_at";

/// What a backup or a restore did, for the confirmation and `--json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupSummary {
    pub path: String,
    /// Codes in the file (backup) or brought back (restore).
    pub codes: u32,
    pub purchases: u32,
    pub customers: u32,
    /// Restore only: rows already here, left as they were.
    pub already_here: u32,
}

/// Whether the Codes screen should remind the reseller to make a backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupStatus {
    #[ts(optional)]
    pub last_backup_at: Option<String>,
    /// Codes added since the last backup (all of them when there was none).
    pub codes_since: u32,
}

impl Vault {
    /// Writes every code with its purchase to a new file at `path`, encrypted with `passphrase`. Never
    /// overwrites a file; the file is readable by its owner only.
    pub async fn back_up(&self, path: &Path, passphrase: &Sensitive<String>) -> Result<BackupSummary> {
        self.alone_for_backups()?;
        passphrase_file::check_new(passphrase)?;
        // Stamped before reading: a code stored while the file is written counts as not backed up.
        let started = clock::iso(clock::now_ms());
        let document =
            tables::dump(self.store.pool(), &self.sealer().await?, self.store.schema_version().await?)
                .await?;
        let plaintext = serde_json::to_vec(&document)
            .map_err(|e| Error::Internal(tr!("vault-backup-not-written", detail = e.to_string())))?;
        let (to, secret) = (path.to_owned(), Sensitive::new(passphrase.expose().clone()));
        // scrypt takes about a second by design, and the file is synced to disk: off the async workers.
        tokio::task::spawn_blocking(move || passphrase_file::write(&to, &plaintext, &secret))
            .await
            .map_err(|e| Error::Internal(tr!("vault-backup-not-written", detail = e.to_string())))??;
        self.store.set_meta(LAST_BACKUP, Some(&started)).await?;
        let summary = BackupSummary {
            path: path.display().to_string(),
            codes: document.count("codes"),
            purchases: document.count("purchases"),
            customers: document.count("customers"),
            already_here: 0,
        };
        tracing::info!(codes = summary.codes, purchases = summary.purchases, "vault backed up");
        Ok(summary)
    }

    /// Brings back what a backup holds: rows already here stay as they are, codes are sealed under this
    /// computer's key. All or nothing: a file that cannot be read changes nothing.
    pub async fn restore(&self, path: &Path, passphrase: &Sensitive<String>) -> Result<BackupSummary> {
        self.alone_for_backups()?;
        let (from, secret) = (path.to_owned(), Sensitive::new(passphrase.expose().clone()));
        let plaintext =
            tokio::task::spawn_blocking(move || passphrase_file::read(&from, &secret))
                .await
                .map_err(|e| Error::Internal(tr!("vault-backup-not-read", detail = e.to_string())))??;
        let document: Document = serde_json::from_slice(&plaintext).map_err(|_| not_a_backup(path))?;
        if document.format != FORMAT {
            return Err(not_a_backup(path));
        }
        let ours = self.store.schema_version().await?;
        if document.schema > ours {
            let message = tr!(
                "vault-backup-newer",
                path = path.display().to_string(),
                theirs = document.schema.to_string(),
                ours = ours.to_string()
            );
            return Err(Error::invalid("from", message));
        }
        let restored = tables::load(self.store.pool(), &self.sealer().await?, &document).await?;
        tracing::info!(codes = restored.codes, already_here = restored.already_here, "vault restored");
        Ok(BackupSummary { path: path.display().to_string(), ..restored })
    }

    /// A backup file holds one desk's own book; a team's book lives on the shop's server, which keeps it (and
    /// its backups) whole. Refused on a team desk rather than writing a file without the team's codes.
    fn alone_for_backups(&self) -> Result<()> {
        match self.store.team() {
            Some(_) => Err(Error::invalid("backup", tr!("team-backup-on-server"))),
            None => Ok(()),
        }
    }

    pub async fn backup_status(&self) -> Result<BackupStatus> {
        let last_backup_at = self.store.meta(LAST_BACKUP).await?;
        let codes_since: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM codes WHERE ?1 IS NULL OR added_at > ?1")
                .bind(last_backup_at.as_deref())
                .fetch_one(self.store.pool())
                .await?;
        Ok(BackupStatus { last_backup_at, codes_since: u32::try_from(codes_since).unwrap_or(u32::MAX) })
    }
}

fn not_a_backup(path: &Path) -> Error {
    Error::invalid("from", tr!("vault-backup-not-a-backup", path = path.display().to_string()))
}
