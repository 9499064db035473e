//! Updates through Tauri's updater plugin: the server's offer is checked against this build's version, the
//! download against the public key in tauri.conf.json (minisign), and only a match is installed. Nothing
//! installs by itself: Settings offers "Check for updates", then "Install".
//!
//! Debug builds (the tests) may point at another server, key and installed file through
//! `GIFTDESK_UPDATE_ENDPOINT`, `GIFTDESK_UPDATE_PUBKEY` and `GIFTDESK_UPDATE_EXECUTABLE`; a release build reads
//! none of them.

use tauri::AppHandle;
use tauri_plugin_updater::{Update, UpdaterExt};

use giftdesk_core::error::{Error, IpcError};
use giftdesk_core::release::UpdateOffer;
use giftdesk_core::tr;

type Reply<T> = Result<T, IpcError>;

pub fn plugin<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R, tauri_plugin_updater::Config> {
    tauri_plugin_updater::Builder::new().build()
}

async fn offered(app: &AppHandle) -> Result<Option<Update>, Error> {
    let builder = app.updater_builder();
    #[cfg(debug_assertions)]
    let builder = {
        let mut builder = builder;
        if let Ok(endpoint) = std::env::var("GIFTDESK_UPDATE_ENDPOINT") {
            let url =
                endpoint.parse().map_err(|e| Error::invalid("GIFTDESK_UPDATE_ENDPOINT", format!("{e}")))?;
            builder = builder.endpoints(vec![url]).map_err(updater_error)?;
        }
        if let Ok(key) = std::env::var("GIFTDESK_UPDATE_PUBKEY") {
            builder = builder.pubkey(key);
        }
        // What an install replaces: a debug build is no AppImage, and would otherwise replace itself.
        if let Ok(installed) = std::env::var("GIFTDESK_UPDATE_EXECUTABLE") {
            builder = builder.executable_path(installed);
        }
        builder
    };
    builder.build().map_err(updater_error)?.check().await.map_err(updater_error)
}

/// What the update server offers beyond this version; `None` when this is the newest.
#[tauri::command]
pub async fn check_for_update(app: AppHandle) -> Reply<Option<UpdateOffer>> {
    Ok(offered(&app).await?.map(|update| UpdateOffer {
        current: update.current_version.clone(),
        version: update.version.clone(),
        notes: update.body.clone(),
        published_at: update
            .date
            .and_then(|date| date.format(&time::format_description::well_known::Rfc3339).ok()),
    }))
}

/// Downloads the offered release and installs it only if its signature matches the key this build trusts;
/// the new version runs from the next start (on Windows the installer takes over at once, closing the app).
/// Returns the version installed.
#[tauri::command]
pub async fn install_update(app: AppHandle) -> Reply<String> {
    let update = offered(&app).await?.ok_or_else(|| Error::invalid("update", tr!("shell-update-none")))?;
    update.download_and_install(|_, _| {}, || {}).await.map_err(updater_error)?;
    tracing::info!(version = %update.version, "update installed; it runs from the next start");
    Ok(update.version)
}

fn updater_error(error: tauri_plugin_updater::Error) -> Error {
    match error {
        // Error::Internal for the code, but words for the reseller: what to do is theirs.
        tauri_plugin_updater::Error::Minisign(_) | tauri_plugin_updater::Error::SignatureUtf8(_) => {
            Error::Internal(tr!("shell-update-bad-signature"))
        }
        other => Error::Internal(tr!("shell-update-failed", detail = other.to_string())),
    }
}
