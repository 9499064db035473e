//! The real window under Xvfb through tauri-driver and WebKitWebDriver: starting it, waiting on it, and
//! where its screenshots go.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

pub use super::driver::Driver;
use super::TestHome;

pub fn screens_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-screens");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub async fn text_of(driver: &WebDriver, id: &str) -> String {
    driver.find(By::Id(id)).await.unwrap().text().await.unwrap_or_default()
}

/// Polls until the element's text satisfies `ok`, or fails with what it last saw.
pub async fn wait_for_text(driver: &WebDriver, id: &str, ok: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let text = match driver.find(By::Id(id)).await {
            Ok(element) => element.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if ok(&text) {
            return text;
        }
        assert!(Instant::now() < deadline, "#{id} never matched; last text: {text:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The natural size of the image `selector` names once it has finished loading (0×0 if it failed), polled for
/// a few seconds and logged with its source.
pub async fn image_size(driver: &WebDriver, selector: &str) -> (u64, u64) {
    let script = format!(
        "const img = document.querySelector(\"{selector}\"); \
         return img && img.complete ? [img.naturalWidth, img.naturalHeight, img.currentSrc] : null;"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let state = driver.execute(&script, vec![]).await.unwrap().json().clone();
        let side = |index: usize| state.get(index).and_then(serde_json::Value::as_u64);
        if let (Some(width), Some(height)) = (side(0), side(1)) {
            let source = state.get(2).and_then(serde_json::Value::as_str).unwrap_or_default();
            eprintln!(
                "image {selector}: {width}×{height} px, from {}",
                source.chars().take(60).collect::<String>()
            );
            return (width, height);
        }
        assert!(Instant::now() < deadline, "the image never finished loading");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// tauri-driver ready to launch the app in `home`, composited so that screenshots can be taken.
pub async fn start_driver(home: &TestHome) -> Driver {
    super::driver::start_driver(home.data_dir(), &home.keyring_service, true).await
}

/// The app's demo sandbox answering in the docs' form (the journeys run on the live one): there a product
/// allowance counts requests, so the whole demo catalog syncs at once.
pub async fn start_driver_in_docs_form(home: &TestHome) -> Driver {
    super::driver::start_driver_with(
        home.data_dir(),
        &home.keyring_service,
        true,
        &[("GIFTDESK_SANDBOX_DIALECT", "docs")],
    )
    .await
}

/// A WebDriver session on the app under test, launched by `driver`.
/// Returns once the page is mounted: it first asks the core for the reseller's language, so its links
/// appear a moment after the window.
pub async fn open_app(driver: &Driver) -> WebDriver {
    let session = super::driver::open_app(driver, Path::new(super::BIN)).await;
    session.query(By::Id("nav-home")).first().await.expect("the page mounts");
    session
}

/// From the cart: checkout with bitcoin (a refund address given), then the payment screen's amount.
pub async fn check_out_with_bitcoin(driver: &WebDriver) -> WebDriverResult<String> {
    driver.find(By::Css("#pay-bitrefill option[value='bitcoin']")).await?.click().await?;
    driver
        .find(By::Id("refund-address"))
        .await?
        .send_keys("bc1qrefundaddressofthereseller0000000000")
        .await?;
    driver.find(By::Css("#checkout-bitrefill button[type='submit']")).await?.click().await?;
    Ok(wait_for_text(driver, "pay-amount", |t| !t.is_empty()).await)
}

/// Every notification the app sends crosses the session bus: watched as a user's desktop would see it.
pub fn watch_notifications() -> std::process::Child {
    std::process::Command::new("dbus-monitor")
        .args(["--session", "interface='org.freedesktop.Notifications',member='Notify'"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("dbus-monitor (package dbus) watches the session bus")
}
