//! The real window under Xvfb, driven through tauri-driver and WebKitWebDriver: it opens, navigates to
//! Settings, saves a Bitrefill key and shows it configured with the masked hint. Screenshots of each screen
//! go to `target/e2e-screens/`.

pub mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::desktop::{app_processes, Desktop};
use common::window::{
    check_out_with_bitcoin, image_size, open_app, screens_dir, start_driver_in_docs_form, text_of,
    wait_for_text, watch_notifications,
};
use common::TestHome;
use giftdesk_core::providers::Provider;
use giftdesk_core::secrets::{EnvCredentials, Keyring, Secrets};
use serde_json::json;
use thirtyfour::prelude::*;

const KEY: &str = "bfk_window_test_5e3a91x7Qe";

#[tokio::test(flavor = "multi_thread")]
async fn settings_saves_a_bitrefill_key_and_shows_the_masked_hint() {
    let home = TestHome::new();
    let tauri_driver = start_driver_in_docs_form(&home).await;
    let driver = open_app(&tauri_driver).await;
    let screens = screens_dir();
    // Only this test's notifications on screen (an earlier test's may still be up): the click below is ours.
    Command::new("dunstctl").arg("close-all").status().expect("dunstctl (package dunst)");
    let mut monitor = watch_notifications();

    let mut revealed = String::new();
    let result = async {
        driver.query(By::Id("nav-settings")).first().await?;
        assert_eq!(driver.title().await?, "Giftdesk");
        // No credentials yet: the first launch runs on the sandbox, and says so.
        let badge = wait_for_text(&driver, "sandbox-badge", |t| t == "Sandbox").await;
        assert_eq!(badge, "Sandbox");
        driver.screenshot(&screens.join("shell-01-first-launch.png")).await?;

        // The catalog syncs from the sandbox on first launch; search as you type, logos, a product.
        // Bitrefill's sync ends first: wait for the count that includes the Cryptorefills brands too.
        let count = |t: &str| {
            let number = t.split_whitespace().nth(4).unwrap_or_default().replace(',', "");
            number.parse::<u64>().unwrap_or(0)
        };
        let synced = wait_for_text(&driver, "sync-outcome", |t| {
            t.starts_with("Catalog up to date") && count(t) > 2_009
        })
        .await;
        let products = count(&synced);
        assert!(products > 2_009, "Bitrefill's 2,009 and the local market's Cryptorefills brands: {synced}");
        // The app opens on Home: nothing sold yet, nothing in flight, the Bitrefill balance read after.
        wait_for_text(&driver, "home-nothing-in-flight", |t| t.starts_with("Nothing in flight")).await;
        wait_for_text(&driver, "home-balances", |t| t.contains("USD")).await;
        driver.screenshot(&screens.join("home-01-first-launch.png")).await?;
        driver.find(By::Id("nav-catalog")).await?.click().await?;
        // Before any search: the Featured row from the Cryptorefills feed, each with its logo.
        driver.query(By::Css("#featured-row button img")).first().await?;
        assert!(image_size(&driver, "#featured-row button img").await.0 >= 300, "a featured logo loaded");
        driver.find(By::Id("catalog-search")).await?.send_keys("amaz").await?;
        let amazon = driver.query(By::Css("button[data-product='amazon-us']")).first().await?;
        // The sandbox's 720×432 logo, scaled to the grid's 300×190 (the drawn placeholder would be 300×190).
        let size = image_size(&driver, "button[data-product='amazon-us'] img").await;
        assert_eq!(size, (300, 180), "the logo loaded from the sandbox, scaled for the grid");
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
        while !(table.contains("USD 48.50") && table.contains("USDC")) && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(200)).await;
            table = compare.text().await?;
        }
        assert!(table.contains("USD 48.50") && table.contains("USDC"), "both prices for 50 USD: {table}");
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

        // Checkout with bitcoin: the payment screen, its QR code (a BIP21 URI built from the docs' bare address
        // and decimal price; a token's bare address would get none), then the sandbox pays it.
        let amount = check_out_with_bitcoin(&driver).await?;
        assert!(amount.parse::<f64>().unwrap() > 0.0, "bitcoin for a 50 USD card: {amount}");
        assert!(!text_of(&driver, "pay-address").await.is_empty());
        assert!(text_of(&driver, "pay-countdown").await.ends_with("left"));
        assert!(image_size(&driver, "#pay-qr").await.0 >= 220, "the QR code is drawn");
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

        // Export says what leaves the vault before anything is written, then writes the file chosen in the
        // OS save dialog; a second export in the same minute works just as well.
        let desktop = Desktop::connect();
        let pid = *app_processes(home.data_dir()).first().expect("the app's process");
        for name in ["codes-first.csv", "codes-second.csv"] {
            driver.find(By::Css(".export")).await?.click().await?;
            let warning = driver.query(By::Id("export-what")).first().await?.text().await?;
            assert!(warning.contains("unencrypted") && warning.contains("file you choose"), "{warning}");
            if name == "codes-first.csv" {
                driver.screenshot(&screens.join("codes-02-export-confirm.png")).await?;
            }
            driver.find(By::Css(".confirm-export")).await?.click().await?;
            let chosen = home.data_dir().join(name);
            desktop.answer_file_dialog(pid, &chosen).await;
            let written = wait_for_text(&driver, "exported-path", |t| t.ends_with(name)).await;
            let csv = std::fs::read_to_string(&written).expect("the export file");
            assert!(csv.contains(&code) && csv.contains("Ana"), "{csv}");
        }

        // A code in no backup yet: the screen says so; a backup to the file chosen clears the reminder.
        let reminder = driver.query(By::Id("backup-reminder")).first().await?.text().await?;
        assert!(reminder.contains("1 code is in no backup"), "{reminder}");
        driver.find(By::Id("backup-start")).await?.click().await?;
        driver.find(By::Id("backup-passphrase")).await?.send_keys("short").await?;
        driver.query(By::Css("#backup-form .error")).first().await?;
        driver.find(By::Id("backup-passphrase")).await?.send_keys(" but now long enough").await?;
        driver.find(By::Id("backup-again")).await?.send_keys("short but now long enough").await?;
        driver.query(By::Css("#backup-choose:enabled")).first().await?;
        driver.screenshot(&screens.join("codes-03-backup.png")).await?;
        driver.find(By::Id("backup-choose")).await?.click().await?;
        let backup = home.data_dir().join("vault-backup.age");
        desktop.answer_file_dialog(pid, &backup).await;
        wait_for_text(&driver, "backup-done", |t| t.contains("Backed up 1 code")).await;
        assert!(std::fs::read(&backup).expect("the backup file").starts_with(b"age-encryption.org/v1"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while !driver.find_all(By::Id("backup-reminder")).await?.is_empty() {
            assert!(Instant::now() < deadline, "the reminder goes once every code is in a backup");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }

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
        assert_eq!(connection, "Connected. Balance: 5,000.00 USD.");

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

        // Diagnostics for a bug report: versions, paths, which providers are set up, the log's last
        // warnings; never the key, never the code revealed above.
        let copy = driver.find(By::Id("copy-diagnostics")).await?;
        copy.scroll_into_view().await?;
        copy.click().await?;
        let diagnostics = wait_for_text(&driver, "diagnostics", |t| t.starts_with("Giftdesk ")).await;
        assert!(
            diagnostics.contains("Bitrefill: configured") && diagnostics.contains("schema"),
            "{diagnostics}"
        );
        assert!(!diagnostics.contains(KEY) && !diagnostics.contains("x7Qe"), "no credential: {diagnostics}");
        assert!(!diagnostics.contains(&revealed), "no code: {diagnostics}");
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
