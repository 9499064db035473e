//! The vault's native side in the window: copying a code through the core (cleared later if unchanged), and
//! the files that take codes and books out — CSV exports and the encrypted backup — written and read where the
//! reseller chooses in the OS dialogs.

use tauri::{AppHandle, Manager, State};

use super::file_dialogs::{new_file, open_path};
use giftdesk_core::context::Context;
use giftdesk_core::desk::SalesQuery;
use giftdesk_core::error::IpcError;
use giftdesk_core::secrets::Sensitive;
use giftdesk_core::vault::{export_file, BackupStatus, BackupSummary, CodeQuery, Exported};

type Reply<T> = Result<T, IpcError>;

/// Copies a revealed code (or PIN, link…); returns the seconds until the clipboard is emptied.
#[tauri::command]
pub async fn copy_secret(context: State<'_, Context>, text: String) -> Reply<u64> {
    Ok(context.clipboard.copy_secret(Sensitive::new(text))?.as_secs())
}

/// When the last backup was made and how many codes came since: the Codes screen's reminder.
#[tauri::command]
pub async fn backup_status(context: State<'_, Context>) -> Reply<BackupStatus> {
    Ok(context.vault.backup_status().await?)
}

/// The passphrase is checked before the save dialog opens; `None` when the reseller cancels the dialog.
#[tauri::command]
pub async fn back_up_vault(app: AppHandle, passphrase: String) -> Reply<Option<BackupSummary>> {
    let passphrase = Sensitive::new(passphrase);
    giftdesk_core::vault::check_new_passphrase(&passphrase)?;
    let Some(path) = new_file(&app, export_file("backup", "age"), "Giftdesk backup", "age").await? else {
        return Ok(None);
    };
    Ok(Some(app.state::<Context>().vault.back_up(&path, &passphrase).await?))
}

#[tauri::command]
pub async fn restore_vault(app: AppHandle, passphrase: String) -> Reply<Option<BackupSummary>> {
    let Some(path) = open_path(&app, "Giftdesk backup", "age").await? else { return Ok(None) };
    Ok(Some(app.state::<Context>().vault.restore(&path, &Sensitive::new(passphrase)).await?))
}

/// "Export CSV…", after the window's confirmation: the codes shown, opened, into the file chosen in the OS
/// save dialog (a free name in Downloads suggested); `None` when cancelled.
#[tauri::command]
pub async fn export_codes(app: AppHandle, query: CodeQuery) -> Reply<Option<Exported>> {
    let Some(path) = new_file(&app, export_file("codes", "csv"), "CSV", "csv").await? else {
        return Ok(None);
    };
    Ok(Some(app.state::<Context>().vault.export_codes(&query, &path).await?))
}

/// The period's sold items into the CSV file chosen in the OS save dialog; `None` when cancelled.
#[tauri::command]
pub async fn export_books(app: AppHandle, query: SalesQuery) -> Reply<Option<Exported>> {
    let Some(path) = new_file(&app, export_file("books", "csv"), "CSV", "csv").await? else {
        return Ok(None);
    };
    Ok(Some(app.state::<Context>().desk.export_books(&query, &path).await?))
}
