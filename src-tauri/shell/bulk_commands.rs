//! Bulk orders from a spreadsheet: the preview, the import, and its progress as `bulk-progress` events.

use tauri::{AppHandle, Emitter, Manager, State};

use giftdesk_core::context::Context;
use giftdesk_core::desk::{Batch, BatchSummary, BulkPayments, BulkPreview, BulkProgress};
use giftdesk_core::error::IpcError;

type Reply<T> = Result<T, IpcError>;

pub const BULK_EVENT: &str = "bulk-progress";

fn announce(app: &AppHandle) -> impl Fn(&BulkProgress) + '_ {
    move |progress| {
        // Each purchase is followed to its codes like any other (once, however often asked).
        if let Some(id) = &progress.part.purchase_id {
            super::tracking::follow(app, id);
        }
        if let Err(error) = app.emit(BULK_EVENT, progress) {
            tracing::warn!(%error, "could not tell the window how the bulk import goes");
        }
    }
}

/// Every row of the file checked; nothing bought, nothing written.
#[tauri::command]
pub async fn bulk_preview(
    context: State<'_, Context>,
    file_name: String,
    text: String,
) -> Reply<BulkPreview> {
    Ok(context.desk.bulk_preview(&file_name, &text).await?)
}

/// The reseller confirmed: the file checked again, written, and bought part by part (`again_of`: the earlier
/// import of the same order the reseller chose to buy once more).
#[tauri::command]
pub async fn bulk_start(
    app: AppHandle,
    file_name: String,
    text: String,
    payments: BulkPayments,
    again_of: Option<String>,
) -> Reply<Batch> {
    let context = app.state::<Context>();
    Ok(context.desk.bulk_start((&file_name, &text), &payments, again_of.as_deref(), announce(&app)).await?)
}

/// An import stopped by a crash, a closed window or a lost connection, taken up where it stopped.
#[tauri::command]
pub async fn bulk_resume(app: AppHandle, batch_id: String) -> Reply<Batch> {
    let context = app.state::<Context>();
    Ok(context.desk.bulk_resume(&batch_id, announce(&app)).await?)
}

#[tauri::command]
pub async fn bulk_batches(context: State<'_, Context>) -> Reply<Vec<BatchSummary>> {
    Ok(context.desk.bulk_batches().await?)
}

#[tauri::command]
pub async fn bulk_batch(context: State<'_, Context>, batch_id: String) -> Reply<Batch> {
    Ok(context.desk.bulk_batch(&batch_id).await?)
}
