//! `giftdesk backup` and `giftdesk restore`: the passphrase is read like a credential, never from an argument
//! (where the process list and shell history would keep it).

use std::io::IsTerminal;

use super::credentials::read_secret;
use super::{BackupArgs, RestoreArgs, VerbResult};
use giftdesk_core::context::Context;
use giftdesk_core::error::Error;
use giftdesk_core::vault::BackupSummary;

pub async fn back_up(context: &Context, args: BackupArgs) -> VerbResult<BackupSummary> {
    let passphrase = read_secret("Backup passphrase: ", "passphrase")?;
    giftdesk_core::vault::check_new_passphrase(&passphrase)?;
    // At a terminal a typing slip would lock the reseller out of their own backup: asked twice.
    if std::io::stdin().is_terminal() {
        let again = read_secret("The same passphrase again: ", "passphrase")?;
        if again.expose() != passphrase.expose() {
            return Err(Error::invalid("passphrase", "The two passphrases differ; nothing was written"));
        }
    }
    context.vault.back_up(&args.to, &passphrase).await.map_err(|error| match error {
        // The core names the file it was given `path`; here it is `--to`.
        Error::InvalidInput { field, message } if field == "path" => Error::invalid("to", message),
        other => other,
    })
}

pub async fn restore(context: &Context, args: RestoreArgs) -> VerbResult<BackupSummary> {
    let passphrase = read_secret("Passphrase of the backup: ", "passphrase")?;
    context.vault.restore(&args.from, &passphrase).await
}

pub fn render_backup(summary: &BackupSummary) -> String {
    format!(
        "Backed up {} code(s), {} purchase(s) and {} customer(s) to {}.\nKeep the passphrase apart from the file: \
         without it the backup cannot be opened.",
        summary.codes, summary.purchases, summary.customers, summary.path
    )
}

pub fn render_restore(summary: &BackupSummary) -> String {
    let mut text = format!(
        "Restored {} code(s), {} purchase(s) and {} customer(s) from {}.",
        summary.codes, summary.purchases, summary.customers, summary.path
    );
    if summary.already_here > 0 {
        text.push_str(&format!(
            " {} row(s) were already here and were left as they were.",
            summary.already_here
        ));
    }
    text
}
