//! Copying codes: the text goes on the OS clipboard from here (arboard, 1Password's cross-platform clipboard
//! crate), marked to stay out of clipboard histories where the OS has such a mark, and is taken off again
//! after the time set in Settings — only if the clipboard still holds it, so whatever the reseller copied
//! since is left alone.
//!
//! The window asks for the copy; the clearing is done here because a web view may not touch the clipboard
//! without a user gesture, and a minute later there is none.

use crate::tr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::error::{Error, Result};
use crate::secrets::Sensitive;
use crate::settings::SettingsFile;

/// The OS clipboard, opened on the first copy (a headless verb never opens it).
#[derive(Clone)]
pub struct Clipboard {
    settings: SettingsFile,
    /// On X11 the copied text is served by this process for as long as this handle lives.
    board: Arc<Mutex<Option<arboard::Clipboard>>>,
    /// Each copy's number: a clear scheduled by an older copy does nothing once a newer one was made.
    copies: Arc<AtomicU64>,
}

impl std::fmt::Debug for Clipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clipboard(…)")
    }
}

impl Clipboard {
    pub fn new(settings: SettingsFile) -> Self {
        Self { settings, board: Arc::default(), copies: Arc::default() }
    }

    /// Copies `text` and empties the clipboard after Settings' delay if it still holds `text`. Returns the
    /// delay, for the window to say when.
    pub fn copy_secret(&self, text: Sensitive<String>) -> Result<Duration> {
        let after = Duration::from_secs(u64::from(self.settings.read()?.clear_clipboard_after_seconds));
        self.copy_then_clear(text, after)?;
        Ok(after)
    }

    /// [`Self::copy_secret`] with the delay given. Called within the async runtime, which runs the clearing.
    pub fn copy_then_clear(&self, text: Sensitive<String>, after: Duration) -> Result<()> {
        self.with_board(|board| set_secret(board, text.expose()))?;
        let copy = self.copies.fetch_add(1, Ordering::SeqCst) + 1;
        let clipboard = self.clone();
        tokio::spawn(async move {
            tokio::time::sleep(after).await;
            if clipboard.copies.load(Ordering::SeqCst) == copy {
                // Reading the clipboard waits on its owner (another app, perhaps): off the async workers.
                let _ = tokio::task::spawn_blocking(move || clipboard.clear_if_holding(&text)).await;
            }
        });
        Ok(())
    }

    fn clear_if_holding(&self, text: &Sensitive<String>) {
        let cleared = self.with_board(|board| match board.get_text() {
            Ok(now) if now == *text.expose() => board.clear(),
            _ => Ok(()),
        });
        if let Err(error) = cleared {
            tracing::warn!(%error, "could not empty the clipboard after a copy");
        }
    }

    fn with_board(
        &self,
        act: impl FnOnce(&mut arboard::Clipboard) -> Result<(), arboard::Error>,
    ) -> Result<()> {
        let mut board = self.board.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if board.is_none() {
            *board = Some(arboard::Clipboard::new().map_err(|e| unavailable(&e))?);
        }
        act(board.as_mut().expect("opened above")).map_err(|e| unavailable(&e))
    }
}

/// The mark each OS has for "a password manager's secret": KDE's and others' history managers skip it on
/// Linux, Windows keeps it out of its clipboard history and cloud sync, macOS out of its history.
fn set_secret(board: &mut arboard::Clipboard, text: &str) -> Result<(), arboard::Error> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        use arboard::SetExtLinux;
        board.set().exclude_from_history().text(text)
    }
    #[cfg(windows)]
    {
        use arboard::SetExtWindows;
        board.set().exclude_from_history().exclude_from_cloud().text(text)
    }
    #[cfg(target_os = "macos")]
    {
        use arboard::SetExtApple;
        board.set().exclude_from_history().text(text)
    }
}

fn unavailable(error: &arboard::Error) -> Error {
    // Never the text itself: arboard's errors name what failed, not what was copied.
    Error::Internal(tr!("clipboard-unavailable", detail = error.to_string()))
}
