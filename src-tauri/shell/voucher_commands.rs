//! Vouchers in the window: the shop's logo, a preview the core draws, a file saved where the reseller chooses in the OS save
//! dialog (opened from here, so the web view never names a path to write), and the OS print dialog.

use giftdesk_core::tr;
use tauri::{AppHandle, Manager, State};

use super::file_dialogs::save_path;
use giftdesk_core::context::Context;
use giftdesk_core::desk::VoucherForm;
use giftdesk_core::error::{Error, IpcError};
use giftdesk_core::vault::{export_file, Exported};

type Reply<T> = Result<T, IpcError>;

/// One code's voucher as PNG bytes (an `ArrayBuffer` in the web view).
#[tauri::command]
pub async fn voucher_preview(context: State<'_, Context>, id: i64) -> Reply<tauri::ipc::Response> {
    Ok(tauri::ipc::Response::new(context.desk.voucher_preview(id).await?))
}

/// Asks where to save, then writes the vouchers there; `None` when the reseller cancels.
#[tauri::command]
pub async fn voucher_save(
    app: AppHandle,
    ids: Vec<i64>,
    per_page: u32,
    form: VoucherForm,
) -> Reply<Option<Exported>> {
    let suggested = export_file("voucher", form.extension());
    let kind = form.extension().to_uppercase();
    let Some(path) = save_path(&app, suggested, &kind, form.extension()).await? else { return Ok(None) };
    let context = app.state::<Context>();
    // The OS dialog asked before a file was chosen over another: replacing it is what the reseller agreed to.
    Ok(Some(context.desk.voucher_file(&ids, (form, per_page), (&path, true)).await?))
}

/// The OS print dialog for the window, whose print style shows only the voucher being previewed.
#[tauri::command]
pub async fn print_voucher(window: tauri::WebviewWindow) -> Reply<()> {
    window
        .print()
        .map_err(|e| IpcError::from(Error::Internal(tr!("shell-print-failed", detail = e.to_string()))))
}

/// The shop's logo as kept (PNG bytes; none when there is no logo).
#[tauri::command]
pub async fn shop_logo(context: State<'_, Context>) -> Reply<tauri::ipc::Response> {
    Ok(tauri::ipc::Response::new(context.desk.shop_logo().unwrap_or_default()))
}

/// Keeps the chosen image as the shop's logo (checked and redrawn by the core), or removes it.
#[tauri::command]
pub async fn set_shop_logo(context: State<'_, Context>, image: Option<Vec<u8>>) -> Reply<()> {
    Ok(context.desk.set_shop_logo(image.as_deref())?)
}
