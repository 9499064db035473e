//! What helps when something goes wrong: the web view's own errors written to the log, and the diagnostics
//! the reseller copies into a bug report.

use tauri::State;

use giftdesk_core::context::Context;
use giftdesk_core::error::IpcError;

type Reply<T> = Result<T, IpcError>;

/// The longest report kept from the web view, and how many a minute: an error repeating every frame cannot
/// flood the log.
const MOST_CHARACTERS: usize = 2_000;
const MOST_PER_MINUTE: u64 = 20;

/// An error the page did not handle (a thrown error, a rejected promise), into the log file. Written quoted
/// (`?`), so a line break in it cannot forge a log line of its own.
#[tauri::command]
pub async fn report_ui_error(message: String, stack: Option<String>) -> Reply<()> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static MINUTE: AtomicU64 = AtomicU64::new(0);
    static IN_MINUTE: AtomicU64 = AtomicU64::new(0);
    let minute = giftdesk_core::clock::now_ms() / 60_000;
    if MINUTE.swap(minute, Ordering::SeqCst) != minute {
        IN_MINUTE.store(0, Ordering::SeqCst);
    }
    if IN_MINUTE.fetch_add(1, Ordering::SeqCst) >= MOST_PER_MINUTE {
        return Ok(());
    }
    let cut = |text: &str| text.chars().take(MOST_CHARACTERS).collect::<String>();
    tracing::error!(target: "webview", message = ?cut(&message), stack = ?cut(stack.as_deref().unwrap_or("")), "the window's page failed");
    Ok(())
}

/// Versions, platform, paths, providers set up or not, and the log's last warnings and errors.
#[tauri::command]
pub async fn diagnostics(context: State<'_, Context>) -> Reply<String> {
    Ok(context.diagnostics().await?)
}
