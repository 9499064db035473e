//! The window: Tauri set-up only. Commands are in `commands`; everything they call is in the core.

mod bulk_commands;
#[macro_use]
mod command_list;
mod commands;
mod file_dialogs;
mod logos;
mod navigation;
mod notify;
mod presence;
mod startup;
mod support_commands;
mod team_commands;
mod tracking;
mod updates;
mod vault_commands;
mod voucher_commands;

use std::process::ExitCode;

use tauri::webview::PageLoadEvent;
use tauri::Manager;

use crate::demo::open_for_window;
use giftdesk_core::logs::{self, Face};
use giftdesk_core::paths::Paths;
use giftdesk_core::tr;

/// The handler for every command of `command_list.rs`, the one list the build script's permissions, the
/// capability and the UI's wrappers are checked against (`tests/commands.rs`).
macro_rules! handler_for {
    ($($name:ident),* $(,)?) => {
        tauri::generate_handler![$(commands::$name),*]
    };
}

pub fn run() -> ExitCode {
    let startup = startup::Startup::now();
    // The OS locale's words until the settings are found (then the reseller's choice, below).
    giftdesk_core::i18n::set_current(giftdesk_core::i18n::Language::system());
    let paths = match Paths::from_process().and_then(|paths| paths.create_all().map(|()| paths)) {
        Ok(paths) => paths,
        Err(error) => return fail(&error.to_string()),
    };
    // The reseller's language before anything else can speak (the context adopts it again when it opens).
    giftdesk_core::settings::adopt_language(&paths.config);
    let _guard = match logs::init(&paths.logs, Face::Window) {
        Ok(guard) => guard,
        Err(error) => return fail(&error.to_string()),
    };
    logs::log_panics(&paths.logs);
    let result = tauri::Builder::default()
        .plugin(presence::single_instance(&paths))
        .plugin(presence::window_state(&paths))
        .manage(startup)
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(updates::plugin())
        .plugin(navigation::guard())
        .register_asynchronous_uri_scheme_protocol(logos::SCHEME, |context, request, responder| {
            let (app, uri) = (context.app_handle().clone(), request.uri().to_string());
            tauri::async_runtime::spawn(async move { responder.respond(logos::respond(&app, &uri).await) });
        })
        .setup(move |app| {
            app.state::<startup::Startup>().note("set-up begins");
            let (context, sandbox) = tauri::async_runtime::block_on(open_for_window(paths))?;
            app.manage(context);
            // Managed state lives as long as the app: in demo mode the sandbox serves until the window closes.
            if let Some(sandbox) = sandbox {
                app.manage(sandbox);
            }
            app.state::<startup::Startup>().note("core opened");
            presence::add_tray(app);
            show_at_the_latest(app.handle().clone());
            keep_catalog_fresh(app.handle().clone());
            tracking::resume(app.handle().clone());
            Ok(())
        })
        // The window is created hidden (tauri.conf.json) and shown once its page has loaded: no blank frame
        // before the content, and WebKitGTK's first draw of a page still loading its files (served on this
        // same main thread) can wait up to half a second for them.
        .on_page_load(|webview, payload| {
            webview.state::<startup::Startup>().note(&format!("page load {:?}", payload.event()));
            if payload.event() == PageLoadEvent::Finished {
                show_first_time(|| webview.window().show());
            }
        })
        .on_window_event(presence::on_window_event)
        .invoke_handler(app_commands!(handler_for))
        .build(tauri::generate_context!());
    match result {
        Ok(app) => {
            app.run(presence::on_run_event);
            ExitCode::SUCCESS
        }
        Err(error) => fail(&error.to_string()),
    }
}

/// The window is shown once at start, by whichever comes first: its page loaded, or the deadline below.
/// After that only the user shows or hides it (a window closed to the tray stays hidden).
fn show_first_time(show: impl FnOnce() -> tauri::Result<()>) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static SHOWN: AtomicBool = AtomicBool::new(false);
    if SHOWN.swap(true, Ordering::SeqCst) {
        return;
    }
    if let Err(error) = show() {
        tracing::warn!(%error, "could not show the window");
    }
}

/// A page that never finishes loading must still not leave the user without a window.
fn show_at_the_latest(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        if let Some(window) = app.get_webview_window("main") {
            show_first_time(|| window.show());
        }
    });
}

/// Syncs at start when the catalog is stale, then looks again every minute, so a new interval chosen in
/// Settings applies without a restart.
fn keep_catalog_fresh(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            let mut wait = std::time::Duration::from_secs(60);
            if app.state::<giftdesk_core::context::Context>().catalog.is_stale().await.unwrap_or(true) {
                // Failures reach the window as events; a failed round waits the shortest interval to retry.
                if commands::run_sync(&app).await.is_err() {
                    wait = std::time::Duration::from_secs(15 * 60);
                }
            }
            tokio::time::sleep(wait).await;
        }
    });
}

/// WebKitGTK paints pages with Skia on the GPU by default. For this window (text, small logos, no animation)
/// that buys nothing and costs the most where no real GPU is found (virtual machines, remote desktops, the
/// software OpenGL of llvmpipe), where "GPU" painting is the CPU drawing through an emulated GPU: with a
/// 100,000-product catalog on llvmpipe, painting on the CPU (WebKit's long-standing threaded painter) drew
/// the first screen about 100 ms sooner and used about 50 MiB less memory (`benches/window.rs`).
///
/// Without a GPU at all (no DRI render node), layers are still composited through llvmpipe: while a search
/// was typed in the real window its two threads and the X server took 15 s of CPU for 48 keystrokes, and
/// held each answer back behind the last one's frames. There the page is drawn without compositing layers
/// (`WEBKIT_DISABLE_COMPOSITING_MODE`); in `benches/window.rs` keystroke to results went from p99 78 to 63 ms,
/// launch to first paint from 134% to 107% of an empty window. With a GPU, compositing stays.
///
/// The variables are read by the web process when it starts, which inherits them from here, so they must be
/// set before any thread exists; a value the user set wins (`0` turns either choice off). macOS and Windows
/// paint with their own web views: nothing to do there.
#[cfg(target_os = "linux")]
#[expect(clippy::disallowed_methods, reason = "called by main before any thread starts; see above")]
pub fn paint_on_the_cpu() {
    const CPU_PAINTING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
    const NO_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    if std::env::var_os(CPU_PAINTING).is_none() {
        std::env::set_var(CPU_PAINTING, "1");
    }
    if std::env::var_os(NO_COMPOSITING).is_none() && !has_gpu() {
        std::env::set_var(NO_COMPOSITING, "1");
    }
}

/// Whether a GPU can render here: Mesa and the proprietary drivers alike open a render node under /dev/dri.
#[cfg(target_os = "linux")]
fn has_gpu() -> bool {
    std::fs::read_dir("/dev/dri")
        .map(|nodes| nodes.flatten().any(|node| node.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false)
}

#[cfg(not(target_os = "linux"))]
pub fn paint_on_the_cpu() {}

fn fail(message: &str) -> ExitCode {
    tracing::error!("giftdesk could not start: {message}");
    eprintln!("{}", tr!("shell-could-not-start", detail = message));
    ExitCode::FAILURE
}
