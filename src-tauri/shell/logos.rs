//! The `logo:` scheme: the web view asks the core for a brand's logo, which comes from the disk cache, the
//! fallback chain or the placeholder. So the window shows logos offline, and loads no remote image itself.
//!
//! `logo://localhost/?provider=cryptorefills&id=US%2FAirbnb&place=grid` (Windows: `http://logo.localhost/…`).

use tauri::http::{header, Response, StatusCode};
use tauri::{AppHandle, Manager};

use giftdesk_core::catalog::logos::LogoPlace;
use giftdesk_core::context::Context;
use giftdesk_core::providers::Provider;

pub const SCHEME: &str = "logo";

pub async fn respond(app: &AppHandle, uri: &str) -> Response<Vec<u8>> {
    let Ok(url) = url::Url::parse(uri) else { return status(StatusCode::BAD_REQUEST) };
    let query = |key: &str| url.query_pairs().find(|(k, _)| k == key).map(|(_, v)| v.into_owned());
    let provider = match query("provider").as_deref() {
        Some("bitrefill") => Provider::Bitrefill,
        Some("cryptorefills") => Provider::Cryptorefills,
        _ => return status(StatusCode::BAD_REQUEST),
    };
    let Some(id) = query("id") else { return status(StatusCode::BAD_REQUEST) };
    let place = LogoPlace::parse(query("place").as_deref().unwrap_or("grid"));
    match app.state::<Context>().catalog.logo(provider, &id, place).await {
        Ok(logo) => Response::builder()
            .header(header::CONTENT_TYPE, logo.content_type)
            // The web view keeps it for the session; the disk cache keeps it across restarts.
            .header(header::CACHE_CONTROL, "max-age=86400")
            .body(logo.bytes)
            .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR)),
        Err(error) => {
            tracing::info!(%error, "no logo");
            status(StatusCode::NOT_FOUND)
        }
    }
}

fn status(code: StatusCode) -> Response<Vec<u8>> {
    let mut response = Response::new(Vec::new());
    *response.status_mut() = code;
    response
}
