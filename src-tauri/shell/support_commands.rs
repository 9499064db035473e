//! What helps when something goes wrong: the web view's own errors written to the log, and the diagnostics
//! the reseller copies into a bug report.

use tauri::State;

use giftdesk_core::context::Context;
use giftdesk_core::error::IpcError;

type Reply<T> = Result<T, IpcError>;

/// The longest report kept from the web view: a runaway error cannot flood the log.
const MOST_CHARACTERS: usize = 4_000;

/// An error the page did not handle (a thrown error, a rejected promise), into the log file.
#[tauri::command]
pub async fn report_ui_error(message: String, stack: Option<String>) -> Reply<()> {
    let cut = |text: &str| text.chars().take(MOST_CHARACTERS).collect::<String>();
    tracing::error!(target: "webview", message = %cut(&message), stack = %cut(stack.as_deref().unwrap_or("")), "the window's page failed");
    Ok(())
}

/// Versions, platform, paths, providers set up or not, and the log's last warnings and errors.
#[tauri::command]
pub async fn diagnostics(context: State<'_, Context>) -> Reply<String> {
    Ok(context.diagnostics().await?)
}
