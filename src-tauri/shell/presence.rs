//! How the app stays present on the desktop: one instance per data folder (a second launch brings the first
//! window forward), a tray icon with Open and Quit that keeps purchases followed and announced while the
//! window is closed (unless Settings says closing quits), and the window's size and place kept between runs.

use std::path::Path;

use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime, WindowEvent};

use giftdesk_core::context::Context;
use giftdesk_core::paths::Paths;
use giftdesk_core::tr;

/// Whether the tray icon could be made: without one, closing the window must quit, or the app would run
/// on with no way back to it.
struct TrayShown(bool);

/// The window, shown, unminimised and in front: a second launch, the tray's Open, a notification's click.
pub fn bring_forward<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        for result in [window.show(), window.unminimize(), window.set_focus()] {
            if let Err(error) = result {
                tracing::warn!(%error, "could not bring the window forward");
            }
        }
    }
}

/// Tauri's single-instance plugin, first among the plugins so a second launch stops before its own set-up.
/// Its D-Bus name carries a digest of the data folder on Linux: one instance per folder, so a second
/// profile (and each of the tests' windows, which run side by side) still opens. Windows and macOS scope
/// it to the app's identifier.
pub fn single_instance<R: Runtime>(paths: &Paths) -> tauri::plugin::TauriPlugin<R> {
    // `./data` and its absolute form are one folder.
    let folder = std::fs::canonicalize(&paths.data).unwrap_or_else(|_| paths.data.clone());
    tauri_plugin_single_instance::Builder::new()
        .callback(|app, _argv, _cwd| {
            tracing::info!("a second launch brought this window forward");
            bring_forward(app);
        })
        .dbus_id(format!("net.giftdesk.desktop.d{}", folder_digest(&folder)))
        .build()
}

fn folder_digest(folder: &Path) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(folder.as_os_str().as_encoded_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Size, place and maximised state, kept in the data folder beside the rest (Tauri's window-state plugin).
/// Shown-or-hidden is not restored: the window shows once its page has loaded.
pub fn window_state<R: Runtime>(paths: &Paths) -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_window_state::StateFlags;
    tauri_plugin_window_state::Builder::new()
        .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
        // The plugin joins this to its config folder; an absolute path replaces that folder.
        .with_filename(paths.data.join("window-state.json").to_string_lossy())
        .build()
}

/// The tray icon, with Open and Quit. A desktop without a tray (some GNOME set-ups) still runs the app.
pub fn add_tray(app: &tauri::App) {
    let shown = match tray(app) {
        Ok(()) => true,
        Err(error) => {
            tracing::warn!(%error, "no tray icon: closing the window will quit");
            false
        }
    };
    app.manage(TrayShown(shown));
}

/// Open and Quit, in the current language.
fn tray_menu<R: Runtime, M: Manager<R>>(manager: &M) -> tauri::Result<Menu<R>> {
    let open = MenuItem::with_id(manager, "open", tr!("shell-tray-open"), true, None::<&str>)?;
    let quit = MenuItem::with_id(manager, "quit", tr!("shell-tray-quit"), true, None::<&str>)?;
    Menu::with_items(manager, &[&open, &quit])
}

/// After the language changed in Settings: the tray's words in the new one.
pub fn relabel_tray<R: Runtime>(app: &AppHandle<R>) {
    let Some(tray) = app.tray_by_id("main") else { return };
    let relabelled = tray_menu(app).and_then(|menu| tray.set_menu(Some(menu))).and_then(|()| {
        let tooltip = tr!("shell-tray-tooltip");
        tray.set_tooltip(Some(tooltip.as_str()))
    });
    if let Err(error) = relabelled {
        tracing::warn!(%error, "the tray keeps its words until the next start");
    }
}

fn tray(app: &tauri::App) -> tauri::Result<()> {
    let menu = tray_menu(app)?;
    let mut tray = TrayIconBuilder::with_id("main")
        .tooltip(tr!("shell-tray-tooltip"))
        .menu(&menu)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "open" => bring_forward(app),
            "quit" => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

/// Closing the window hides it while the tray can bring it back and Settings keeps the app running, so
/// trackers go on and a code that arrives later is still announced.
pub fn on_window_event(window: &tauri::Window, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else { return };
    let app = window.app_handle();
    let tray = app.try_state::<TrayShown>().is_some_and(|tray| tray.0);
    let keep = app
        .try_state::<Context>()
        .is_some_and(|context| context.settings_file.read().map(|s| s.close_to_tray).unwrap_or(true));
    if tray && keep {
        api.prevent_close();
        if let Err(error) = window.hide() {
            tracing::warn!(%error, "could not hide the window");
        }
        tracing::info!("window closed to the tray; purchases are still followed");
    }
}

/// macOS: a click on the Dock icon of the running app (its window closed to the menu bar) shows the window.
pub fn on_run_event(app: &AppHandle, event: tauri::RunEvent) {
    #[cfg(target_os = "macos")]
    if let tauri::RunEvent::Reopen { .. } = event {
        bring_forward(app);
    }
    #[cfg(not(target_os = "macos"))]
    let _ = (app, event);
}
