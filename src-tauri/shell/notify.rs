//! Native notifications that lead somewhere: a click brings the window to the purchase it is about.
//!
//! On Linux and the BSDs the notification goes straight to the freedesktop service with a "default" action,
//! and a short-lived thread waits for the click. tauri-plugin-notification has no click callback on desktop,
//! so on macOS and Windows it shows the notification and a click brings the app forward, not the purchase.

use tauri::AppHandle;

/// The window listens for this and opens the purchase.
pub const OPEN_PURCHASE_EVENT: &str = "open-purchase";

pub struct Note {
    pub title: String,
    pub body: String,
    pub purchase_id: String,
}

/// Shows the window, in front, on the purchase.
#[cfg(all(unix, not(target_os = "macos")))]
fn open_purchase(app: &AppHandle, purchase_id: &str) {
    use tauri::Emitter;
    super::presence::bring_forward(app);
    if let Err(error) = app.emit(OPEN_PURCHASE_EVENT, purchase_id) {
        tracing::warn!(%error, "could not open the purchase in the window");
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
pub fn show(app: &AppHandle, note: Note) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    /// Each waiting click holds a thread until the notification closes; past this many, new ones just show.
    const MAX_WAITING: usize = 16;
    static WAITING: AtomicUsize = AtomicUsize::new(0);

    let app = app.clone();
    let open = giftdesk_core::tr!("shell-notification-open");
    // Off the async runtime: showing is a blocking D-Bus call, and waiting for the click blocks until it closes.
    std::thread::spawn(move || {
        let shown = notify_rust::Notification::new()
            .appname("Giftdesk")
            .summary(&note.title)
            .body(&note.body)
            .action("default", &open)
            .show();
        let handle = match shown {
            Ok(handle) => handle,
            Err(error) => return tracing::warn!(%error, "could not show a notification"),
        };
        if WAITING.fetch_add(1, Ordering::SeqCst) < MAX_WAITING {
            handle.wait_for_action(|action| {
                if action == "default" {
                    open_purchase(&app, &note.purchase_id);
                }
            });
        }
        WAITING.fetch_sub(1, Ordering::SeqCst);
    });
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
pub fn show(app: &AppHandle, note: Note) {
    use tauri_plugin_notification::NotificationExt;
    tracing::debug!(purchase = %note.purchase_id, "notification shown; a click brings the app forward");
    if let Err(error) = app.notification().builder().title(&note.title).body(&note.body).show() {
        tracing::warn!(%error, "could not show a notification");
    }
}
