//! The real window under Xvfb, driven through tauri-driver and WebKitWebDriver: it opens, navigates to
//! Settings, saves a Bitrefill key and shows it configured with the masked hint. Screenshots of each screen
//! go to `target/e2e-screens/`.

pub mod common;

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestHome, BIN};
use giftdesk::providers::Provider;
use giftdesk::secrets::{EnvCredentials, Keyring, Secrets};
use serde_json::json;
use thirtyfour::prelude::*;

const KEY: &str = "bfk_window_test_5e3a91x7Qe";

/// tauri-driver, stopped (with the app it launched) when dropped.
#[derive(Debug)]
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn tauri_driver_path() -> PathBuf {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return path.into();
    }
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cargo"));
    home.join("bin/tauri-driver")
}

async fn start_driver(home: &TestHome) -> Driver {
    let (port, native_port) = (free_port(), free_port());
    let path = tauri_driver_path();
    let child = Command::new(&path)
        .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
        .env("GIFTDESK_DATA_DIR", home.data_dir())
        .env("GIFTDESK_KEYRING_SERVICE", &home.keyring_service)
        .env("GIFTDESK_DEMO_AUTO_PAY", "off")
        .env_remove("GIFTDESK_BITREFILL_API_KEY")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("tauri-driver at {} could not start ({e}): run `make setup`", path.display())
        });
    let driver = Driver { child, port };
    // Ready when it accepts connections; bounded, no fixed sleep.
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "tauri-driver did not listen on {port}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    driver
}

fn screens_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-screens");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn text_of(driver: &WebDriver, id: &str) -> String {
    driver.find(By::Id(id)).await.unwrap().text().await.unwrap_or_default()
}

/// Polls until the element's text satisfies `ok`, or fails with what it last saw.
async fn wait_for_text(driver: &WebDriver, id: &str, ok: impl Fn(&str) -> bool) -> String {
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

/// The natural width of an image once it has finished loading (0 if it failed), polled for a few seconds.
async fn logo_width(driver: &WebDriver, selector: &str) -> u64 {
    let script = format!(
        "const img = document.querySelector(\"{selector}\"); \
         return img && img.complete ? [img.naturalWidth, img.currentSrc] : null;"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let state = driver.execute(&script, vec![]).await.unwrap().json().clone();
        if let Some(width) = state.get(0).and_then(serde_json::Value::as_u64) {
            let source = state.get(1).and_then(serde_json::Value::as_str).unwrap_or_default();
            eprintln!(
                "image {selector}: {width} px wide, from {}",
                source.chars().take(60).collect::<String>()
            );
            return width;
        }
        assert!(Instant::now() < deadline, "the image never finished loading");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn settings_saves_a_bitrefill_key_and_shows_the_masked_hint() {
    let home = TestHome::new();
    let tauri_driver = start_driver(&home).await;
    let capabilities = json!({"browserName": "wry", "tauri:options": {"application": BIN}});
    let serde_json::Value::Object(capabilities) = capabilities else { unreachable!() };
    let driver = WebDriver::new(format!("http://127.0.0.1:{}", tauri_driver.port), capabilities)
        .await
        .expect("a WebDriver session on the app");
    let screens = screens_dir();
    // Every notification the app sends crosses the session bus: watch it as a user's desktop would.
    let mut monitor = Command::new("dbus-monitor")
        .args(["--session", "interface='org.freedesktop.Notifications',member='Notify'"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-monitor (package dbus) watches the session bus");

    let mut revealed = String::new();
    let result = async {
        driver.query(By::Id("nav-settings")).first().await?;
        assert_eq!(driver.title().await?, "Giftdesk");
        // No credentials yet: the first launch runs on the sandbox, and says so.
        let badge = wait_for_text(&driver, "sandbox-badge", |t| t == "Sandbox").await;
        assert_eq!(badge, "Sandbox");
        driver.screenshot(&screens.join("shell-01-first-launch.png")).await?;

        // The catalog syncs from the sandbox on first launch; search as you type, logos, a product.
        let synced = wait_for_text(&driver, "sync-outcome", |t| t.starts_with("Catalog up to date")).await;
        let products: u64 = synced.split_whitespace().nth(4).and_then(|n| n.parse().ok()).unwrap_or(0);
        assert!(products > 2_009, "Bitrefill's 2,009 and the local market's Cryptorefills brands: {synced}");
        // Before any search: the Featured row from the Cryptorefills feed, each with its logo.
        driver.query(By::Css("#featured-row button img")).first().await?;
        assert!(logo_width(&driver, "#featured-row button img").await >= 300, "a featured logo loaded");
        driver.find(By::Id("catalog-search")).await?.send_keys("amaz").await?;
        let amazon = driver.query(By::Css("button[data-product='amazon-us']")).first().await?;
        let width = logo_width(&driver, "button[data-product='amazon-us'] img").await;
        assert_eq!(width, 720, "the logo loaded from the sandbox");
        driver.screenshot(&screens.join("catalog-01-search.png")).await?;
        amazon.click().await?;
        let denominations = wait_for_text(&driver, "denominations", |t| t.contains("50 USD")).await;
        assert!(denominations.contains("25 USD") && denominations.contains("100 USD"), "{denominations}");
        driver.screenshot(&screens.join("catalog-02-product.png")).await?;
        // Cryptorefills sells Amazon in the US too: both offers side by side, priced for the same face value.
        driver.find(By::Css("#cart-package option[value='amazon-us<&>50']")).await?.click().await?;
        let compare = driver.query(By::Id("compare-offers")).first().await?;
        compare.scroll_into_view().await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut table = compare.text().await?;
        while !(table.contains("48.50 USD") && table.contains("USDC")) && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(200)).await;
            table = compare.text().await?;
        }
        assert!(table.contains("48.50 USD") && table.contains("USDC"), "both prices for 50 USD: {table}");
        driver.screenshot(&screens.join("catalog-03-compare.png")).await?;

        // Into the cart: a bad recipient is named on its field, a good one goes in.
        driver.find(By::Css("#cart-package option[value='amazon-us<&>50']")).await?.click().await?;
        driver.find(By::Id("cart-recipient")).await?.send_keys("not-an-email").await?;
        driver.find(By::Css("#add-to-cart button[type='submit']")).await?.click().await?;
        wait_for_text(&driver, "cart-recipient-error", |t| t.contains("email address")).await;
        driver.find(By::Id("cart-recipient")).await?.clear().await?;
        driver.find(By::Id("cart-recipient")).await?.send_keys("customer@example.com").await?;
        driver.find(By::Id("cart-customer")).await?.send_keys("Ana").await?;
        driver.find(By::Css("#add-to-cart button[type='submit']")).await?.click().await?;
        driver.query(By::Css("#add-to-cart .ok")).first().await?;
        driver.find(By::Id("nav-cart")).await?.click().await?;
        driver.query(By::Css("tr[data-cart-item]")).first().await?;
        driver.screenshot(&screens.join("checkout-01-cart.png")).await?;

        // Checkout with USDC on Base: the payment screen, its QR code, then the sandbox pays it.
        driver.find(By::Css("#pay-bitrefill option[value='usdc_base']")).await?.click().await?;
        driver
            .find(By::Id("refund-address"))
            .await?
            .send_keys("0x3333333333333333333333333333333333333333")
            .await?;
        driver.find(By::Css("#checkout-bitrefill button[type='submit']")).await?.click().await?;
        let amount = wait_for_text(&driver, "pay-amount", |t| !t.is_empty()).await;
        assert!(amount.parse::<f64>().unwrap() > 40.0, "USDC for a 50 USD card: {amount}");
        assert!(text_of(&driver, "pay-address").await.starts_with("0x"));
        assert!(text_of(&driver, "pay-countdown").await.ends_with("left"));
        assert!(logo_width(&driver, "#pay-qr").await >= 220, "the QR code is drawn");
        driver.screenshot(&screens.join("checkout-02-payment.png")).await?;
        driver.find(By::Id("simulate-payment")).await?.click().await?;
        // Tracking follows it to delivery by itself; the change is pushed to the screen.
        wait_for_text(&driver, "purchase-state", |t| t == "Delivered").await;
        driver.screenshot(&screens.join("checkout-03-delivered.png")).await?;

        // The code is in the vault: hidden until "Reveal", then copied.
        driver.find(By::Id("nav-codes")).await?.click().await?;
        driver.query(By::Css("li[data-code] .reveal")).first().await?.click().await?;
        let code = driver.query(By::Css(".code-value")).first().await?.text().await?;
        assert!(code.len() >= 14, "a revealed code: {code:?}");
        revealed.clone_from(&code);
        driver.find(By::Css(".copy-code")).await?.click().await?;
        driver.query(By::Css(".toast")).first().await?;
        driver.screenshot(&screens.join("codes-01-revealed.png")).await?;

        // Export says what leaves the vault before anything is written, then writes a new file in Downloads.
        driver.find(By::Css(".export")).await?.click().await?;
        let warning = driver.query(By::Id("export-what")).first().await?.text().await?;
        assert!(warning.contains("unencrypted") && warning.contains("Downloads"), "{warning}");
        driver.screenshot(&screens.join("codes-02-export-confirm.png")).await?;
        driver.find(By::Css(".confirm-export")).await?.click().await?;
        let written = driver.query(By::Css(".exported code")).first().await?.text().await?;
        let csv = std::fs::read_to_string(&written).expect("the export file");
        assert!(written.starts_with(dirs::download_dir().unwrap().to_str().unwrap()), "{written}");
        assert!(csv.contains(&code) && csv.contains("Ana"), "{csv}");
        std::fs::remove_file(&written).ok();

        // Clicking the "Code ready" notification (still on screen) brings the window to that purchase.
        driver.find(By::Id("nav-catalog")).await?.click().await?;
        let clicked =
            Command::new("dunstctl").args(["action", "0"]).status().expect("dunstctl (package dunst)");
        assert!(clicked.success());
        wait_for_text(&driver, "purchase-state", |t| t == "Delivered").await;
        let url = driver.current_url().await?;
        assert!(url.fragment().is_some_and(|f| f.starts_with("/orders/")), "{url}");

        driver.find(By::Id("nav-settings")).await?.click().await?;
        let status = wait_for_text(&driver, "bitrefill-status", |t| t.contains("Not configured")).await;
        assert!(status.contains("Not configured"));
        driver.screenshot(&screens.join("shell-02-settings.png")).await?;

        // Preferences: a bad market is named on its field and nothing is saved; a good one is.
        let last_syncs = driver.query(By::Id("last-syncs")).first().await?.text().await?;
        assert!(
            last_syncs.contains("Bitrefill: last sync") && last_syncs.contains("Cryptorefills"),
            "{last_syncs}"
        );
        driver.find(By::Id("markets")).await?.send_keys("USA").await?;
        driver.find(By::Id("preferences-save")).await?.click().await?;
        let fault = driver.query(By::Id("markets-error")).first().await?.text().await?;
        assert!(fault.contains("two-letter"), "{fault}");
        // Backspaces, as a user would (clearing the field outright fires no input event for the form).
        let erase = Key::Backspace.value().to_string().repeat(3);
        driver.find(By::Id("markets")).await?.send_keys(format!("{erase}us, fr")).await?;
        driver.find(By::Css("#sync-every option[value='360']")).await?.click().await?;
        driver.find(By::Id("preferences-save")).await?.click().await?;
        driver.query(By::Css("#preferences .note")).first().await?;
        let saved: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(home.data_dir().join("config/settings.json")).unwrap(),
        )
        .unwrap();
        assert_eq!(
            (saved["markets"].clone(), saved["sync_every_minutes"].clone()),
            (json!(["US", "FR"]), json!(360))
        );

        // On the sandbox, the connection test reaches the sandbox's Bitrefill and reads its balance.
        driver.find(By::Id("bitrefill-test")).await?.click().await?;
        let connection = wait_for_text(&driver, "bitrefill-connection", |t| !t.is_empty()).await;
        assert_eq!(connection, "Connected. Balance: 5000.00 USD.");

        driver.find(By::Id("bitrefill-api-key")).await?.send_keys(KEY).await?;
        driver.find(By::Id("bitrefill-save")).await?.click().await?;
        let status = wait_for_text(&driver, "bitrefill-status", |t| t.starts_with("Configured")).await;
        assert!(status.contains("…x7Qe"), "masked hint shown: {status}");
        assert!(!status.contains(KEY));
        driver.screenshot(&screens.join("shell-03-bitrefill-configured.png")).await?;

        // The secret left the page once stored: not in the field, not anywhere in the DOM.
        let field = driver.find(By::Id("bitrefill-api-key")).await?;
        assert_eq!(field.prop("value").await?.unwrap_or_default(), "");
        assert!(!driver.source().await?.contains(KEY));
        assert!(text_of(&driver, "cryptorefills-status").await.contains("Not configured"));
        WebDriverResult::Ok(())
    }
    .await;
    driver.quit().await.ok();
    let _ = monitor.kill();
    let seen = monitor.wait_with_output().unwrap();
    let notifications = String::from_utf8_lossy(&seen.stdout);
    result.expect("the journey through Settings");
    assert!(
        notifications.contains("Code ready"),
        "a native notification when the code arrived:\n{notifications}"
    );
    assert!(notifications.contains("Amazon.com 50"), "it names brand and value:\n{notifications}");
    assert!(!notifications.contains(&revealed), "never the code itself");

    // The key really is in the OS keyring, under this test's service.
    let secrets = Secrets::new(Keyring::new(&home.keyring_service), EnvCredentials::default());
    let status = secrets.status(Provider::Bitrefill).await.unwrap();
    assert!(status.configured && status.hint.as_deref() == Some("…x7Qe"), "{status:?}");
    drop(tauri_driver);
}
