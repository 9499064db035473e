//! The vault's native side in the window: copying a code through the core (cleared later if unchanged), and
//! the files that take codes and books out — CSV exports and the encrypted backup — written and read where the
//! reseller chooses in the OS dialogs.

use tauri::{AppHandle, Manager, State};

use super::file_dialogs::{open_path, save_chosen};
use giftdesk_core::context::Context;
use giftdesk_core::desk::SalesQuery;
use giftdesk_core::error::IpcError;
use giftdesk_core::secrets::Sensitive;
use giftdesk_core::tr;
use giftdesk_core::vault::{BackupStatus, BackupSummary, CodeQuery, Exported};

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
    let vault = &app.state::<Context>().vault;
    let kind = tr!("shell-dialog-backup-files");
    let written =
        save_chosen(
            &app,
            ("backup", &kind, "age"),
            |new| async move { vault.back_up(&new, &passphrase).await },
        )
        .await?;
    Ok(written.map(|(path, summary)| BackupSummary { path: path.display().to_string(), ..summary }))
}

#[tauri::command]
pub async fn restore_vault(app: AppHandle, passphrase: String) -> Reply<Option<BackupSummary>> {
    let Some(path) = open_path(&app, &tr!("shell-dialog-backup-files"), "age").await? else {
        return Ok(None);
    };
    let context = app.state::<Context>();
    let summary = context.vault.restore(&path, &Sensitive::new(passphrase)).await?;
    // Restored purchases not yet final are followed now, as at a start.
    super::tracking::follow_unfinished(&app).await;
    Ok(Some(summary))
}

/// "Export CSV…", after the window's confirmation: the codes shown, opened, into the file chosen in the OS
/// save dialog (a free name in Downloads suggested); `None` when cancelled.
#[tauri::command]
pub async fn export_codes(app: AppHandle, query: CodeQuery) -> Reply<Option<Exported>> {
    let vault = &app.state::<Context>().vault;
    let written =
        save_chosen(
            &app,
            ("codes", "CSV", "csv"),
            |new| async move { vault.export_codes(&query, &new).await },
        )
        .await?;
    Ok(written.map(exported_at))
}

/// The period's sold items into the CSV file chosen in the OS save dialog; `None` when cancelled.
#[tauri::command]
pub async fn export_books(app: AppHandle, query: SalesQuery) -> Reply<Option<Exported>> {
    let desk = &app.state::<Context>().desk;
    let written =
        save_chosen(
            &app,
            ("books", "CSV", "csv"),
            |new| async move { desk.export_books(&query, &new).await },
        )
        .await?;
    Ok(written.map(exported_at))
}

/// What was written names the file chosen, not the new file it was made as before taking that one's place.
fn exported_at((path, exported): (std::path::PathBuf, Exported)) -> Exported {
    Exported { path: path.display().to_string(), ..exported }
}
