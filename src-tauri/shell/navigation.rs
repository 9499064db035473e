//! The window shows the app and nothing else. A navigation anywhere else (a link in a provider's redemption
//! instructions) is refused, so the window never strands the reseller on a remote page with no way back;
//! a web link is opened in the system browser instead (Tauri's opener plugin), any other scheme dropped.

use tauri::plugin::{Builder, TauriPlugin};
use tauri::{Runtime, Url};
use tauri_plugin_opener::OpenerExt;

/// The app's own pages: `tauri://localhost` (Linux, macOS), `http(s)://tauri.localhost` (Windows).
fn is_app(url: &Url) -> bool {
    url.scheme() == "tauri" || url.host_str() == Some("tauri.localhost") || url.as_str() == "about:blank"
}

pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("navigation-guard")
        .on_navigation(|webview, url| {
            if is_app(url) {
                return true;
            }
            if matches!(url.scheme(), "http" | "https") {
                tracing::info!(
                    host = url.host_str().unwrap_or_default(),
                    "a link opened in the system browser"
                );
                if let Err(error) = webview.opener().open_url(url.as_str(), None::<&str>) {
                    tracing::warn!(%error, "could not open a link in the system browser");
                }
            } else {
                tracing::warn!(scheme = url.scheme(), "a navigation away from the app was refused");
            }
            false
        })
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_app_is_shown_in_the_window() {
        for app in ["tauri://localhost/#/codes", "http://tauri.localhost/index.html", "about:blank"] {
            assert!(is_app(&Url::parse(app).unwrap()), "{app}");
        }
        for away in ["https://redeem.example.com/", "http://localhost:8080/", "file:///etc/passwd"] {
            assert!(!is_app(&Url::parse(away).unwrap()), "{away}");
        }
    }
}
