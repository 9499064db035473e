//! The OS's own save and open dialogs, opened from the Rust side: the web view never names a path to read or
//! write, it only asks for one to be chosen.

use std::path::PathBuf;

use tauri::AppHandle;
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};

use giftdesk_core::error::{Error, Result};
use giftdesk_core::tr;
use giftdesk_core::vault::{export_dir, export_file, write_over};

/// Where to save a new file, suggested as `suggested` (a free name in Downloads); `None` when cancelled.
/// The OS dialog asks before a file is chosen over another, so the caller may replace what was chosen.
pub async fn save_path(
    app: &AppHandle,
    suggested: PathBuf,
    kind: &str,
    extension: &str,
) -> Result<Option<PathBuf>> {
    let dialog = app.dialog().file().add_filter(kind, &[extension]);
    let dialog = match (suggested.parent(), suggested.file_name()) {
        (Some(dir), Some(name)) => dialog.set_directory(dir).set_file_name(name.to_string_lossy()),
        _ => dialog,
    };
    chosen(dialog, FileDialogBuilder::blocking_save_file).await
}

/// Asks where to save a new `what` file (a free name in Downloads suggested), then has `write` make it there
/// (`vault::write_over`: a file chosen over another is replaced only once the new one is whole). The chosen
/// path and what `write` returned; `None` when the reseller cancels.
pub async fn save_chosen<T, F, Fut>(
    app: &AppHandle,
    (what, kind, extension): (&str, &str, &str),
    write: F,
) -> Result<Option<(PathBuf, T)>>
where
    F: FnOnce(PathBuf) -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    let Some(path) = save_path(app, export_file(what, extension), kind, extension).await? else {
        return Ok(None);
    };
    let written = write_over(&path, write).await?;
    Ok(Some((path, written)))
}

/// A file to read, of `kind` (`extension`), from the user's Downloads folder first; `None` when cancelled.
pub async fn open_path(app: &AppHandle, kind: &str, extension: &str) -> Result<Option<PathBuf>> {
    // Any file may be chosen too: a backup renamed by the reseller still opens.
    let dialog = app
        .dialog()
        .file()
        .add_filter(kind, &[extension])
        .add_filter(tr!("shell-dialog-all-files"), &["*"])
        .set_directory(export_dir());
    chosen(dialog, FileDialogBuilder::blocking_pick_file).await
}

async fn chosen(
    dialog: FileDialogBuilder<tauri::Wry>,
    ask: fn(FileDialogBuilder<tauri::Wry>) -> Option<tauri_plugin_dialog::FilePath>,
) -> Result<Option<PathBuf>> {
    // The dialog blocks until answered: off the async workers.
    let chosen = tauri::async_runtime::spawn_blocking(move || ask(dialog))
        .await
        .map_err(|e| Error::Internal(tr!("shell-file-dialog-failed", detail = e.to_string())))?;
    chosen
        .map(|path| {
            path.into_path().map_err(|e| Error::Internal(tr!("shell-not-a-file", detail = e.to_string())))
        })
        .transpose()
}
