//! `giftdesk backup` and `giftdesk restore`: the passphrase is read like a credential, never from an argument
//! (where the process list and shell history would keep it).

use std::io::IsTerminal;

use super::credentials::read_secret;
use super::{BackupArgs, RestoreArgs, VerbResult};
use giftdesk_core::context::Context;
use giftdesk_core::error::Error;
use giftdesk_core::tr;
use giftdesk_core::vault::BackupSummary;

pub async fn back_up(context: &Context, args: BackupArgs) -> VerbResult<BackupSummary> {
    let passphrase = read_secret(&tr!("cli-prompt-backup-passphrase"), "passphrase")?;
    giftdesk_core::vault::check_new_passphrase(&passphrase)?;
    // At a terminal a typing slip would lock the reseller out of their own backup: asked twice.
    if std::io::stdin().is_terminal() {
        let again = read_secret(&tr!("cli-prompt-passphrase-again"), "passphrase")?;
        if again.expose() != passphrase.expose() {
            return Err(Error::invalid("passphrase", tr!("cli-backup-passphrases-differ")));
        }
    }
    context.vault.back_up(&args.to, &passphrase).await.map_err(|error| match error {
        // The core names the file it was given `path`; here it is `--to`.
        Error::InvalidInput { field, message } if field == "path" => Error::invalid("to", message),
        other => other,
    })
}

pub async fn restore(context: &Context, args: RestoreArgs) -> VerbResult<BackupSummary> {
    let passphrase = read_secret(&tr!("cli-prompt-restore-passphrase"), "passphrase")?;
    context.vault.restore(&args.from, &passphrase).await
}

pub fn render_backup(summary: &BackupSummary) -> String {
    tr!(
        "cli-backup-done",
        codes = summary.codes,
        purchases = summary.purchases,
        customers = summary.customers,
        path = summary.path.as_str()
    )
}

pub fn render_restore(summary: &BackupSummary) -> String {
    let mut text = tr!(
        "cli-restore-done",
        codes = summary.codes,
        purchases = summary.purchases,
        customers = summary.customers,
        path = summary.path.as_str()
    );
    if summary.already_here > 0 {
        text.push(' ');
        text.push_str(&tr!("cli-restore-already-here", count = summary.already_here));
    }
    text
}
