//! The reseller's journey in the real window, paying from the Bitrefill balance (the crypto payment is in
//! `window.rs`): search → product → cart → checkout → confirm → delivered → reveal → mark handed over →
//! quit → start again → the code is still there, still handed over. Then a credential is saved, and the
//! secrets audit: no file the app or its web view wrote holds a code or the credential in plain text.
//! On the way, the desk: a customer added to the book and chosen at checkout, the sale recorded, the
//! report with its chart, and the customer's history.

pub mod common;

use std::path::PathBuf;
use std::time::Duration;

use common::window::{open_app, screens_dir, start_driver, wait_for_text};
use common::TestHome;
use thirtyfour::prelude::*;

const KEY: &str = "bfk_journey_audit_Zq81c4w9Lm";
const APP_ID: &str = "net.giftdesk.desktop";

/// Every visible control on the screen has a name a screen reader can say: a label, an aria-label or
/// aria-labelledby, or (buttons) its text. Returns how many were checked.
async fn assert_every_control_labelled(driver: &WebDriver, screen: &str) -> WebDriverResult<u64> {
    let script = r#"
        const unnamed = [];
        let checked = 0;
        for (const el of document.querySelectorAll("input, select, textarea, button")) {
            if (el.type === "hidden" || el.offsetParent === null) continue;
            checked += 1;
            const named = (el.labels && el.labels.length > 0)
                || (el.getAttribute("aria-label") || "").trim()
                || el.getAttribute("aria-labelledby")
                || (el.tagName === "BUTTON" && el.textContent.trim())
                || el.getAttribute("title");
            if (!named) unnamed.push(el.outerHTML.slice(0, 120));
        }
        return [checked, unnamed];
    "#;
    let answer = driver.execute(script, vec![]).await?.json().clone();
    let unnamed = answer[1].as_array().cloned().unwrap_or_default();
    assert!(unnamed.is_empty(), "{screen}: controls without a name: {unnamed:#?}");
    Ok(answer[0].as_u64().unwrap_or(0))
}

async fn buy_with_balance(
    driver: &WebDriver,
    screens: &std::path::Path,
    data_dir: &std::path::Path,
) -> WebDriverResult<String> {
    assert_eq!(wait_for_text(driver, "sandbox-badge", |t| t == "Sandbox").await, "Sandbox");
    wait_for_text(driver, "sync-outcome", |t| {
        t.starts_with("Catalog up to date") || t.starts_with("Catalog partly updated")
    })
    .await;
    // A customer added to the book first, to be chosen at checkout.
    driver.find(By::Id("nav-customers")).await?.click().await?;
    driver.query(By::Id("customer-name")).first().await?.send_keys("Bea").await?;
    driver.find(By::Id("customer-email")).await?.send_keys("bea@example.com").await?;
    driver.find(By::Css("#customer-form button[type='submit']")).await?.click().await?;
    wait_for_text(driver, "customer-history-title", |t| t == "Bea").await;
    assert_every_control_labelled(driver, "customers").await?;
    driver.screenshot(&screens.join("desk-01-customer-added.png")).await?;
    driver.find(By::Id("nav-catalog")).await?.click().await?;

    driver.query(By::Id("catalog-search")).first().await?.send_keys("amazon").await?;
    driver.query(By::Css("button[data-product='amazon-us']")).first().await?.click().await?;
    wait_for_text(driver, "denominations", |t| t.contains("25 USD")).await;
    assert_every_control_labelled(driver, "product").await?;
    driver.find(By::Css("#cart-package option[value='amazon-us<&>25']")).await?.click().await?;
    // Chosen from the book: the recipient becomes their email, the purchase names them.
    let bea = By::XPath("//select[@id='cart-customer-pick']/option[normalize-space()='Bea']");
    driver.query(bea).first().await?.click().await?;
    let recipient = driver.find(By::Id("cart-recipient")).await?.prop("value").await?.unwrap_or_default();
    assert_eq!(recipient, "bea@example.com");
    let customer = driver.find(By::Id("cart-customer")).await?.prop("value").await?.unwrap_or_default();
    assert_eq!(customer, "Bea");
    driver.find(By::Css("#add-to-cart button[type='submit']")).await?.click().await?;
    driver.query(By::Css("#add-to-cart .ok")).first().await?;
    driver.find(By::Id("nav-cart")).await?.click().await?;
    driver.query(By::Css("tr[data-cart-item]")).first().await?;
    driver.find(By::Css("#pay-bitrefill option[value='balance']")).await?.click().await?;
    assert_every_control_labelled(driver, "cart").await?;
    driver.screenshot(&screens.join("journey-01-cart-balance.png")).await?;
    driver.find(By::Css("#checkout-bitrefill button[type='submit']")).await?.click().await?;

    // Nothing is paid until the reseller confirms the amount.
    driver.query(By::Id("pay-balance")).first().await?.click().await?;
    let confirm = driver.query(By::Id("confirm-pay")).first().await?;
    assert!(confirm.text().await?.contains("USD"), "the confirm names the amount");
    // The balance before and after paying, worked out by the core in exact decimals.
    let figures = driver.find(By::Css("[aria-label='Confirm payment']")).await?.text().await?;
    assert!(figures.contains("Balance now") && figures.contains(", after "), "{figures}");
    driver.screenshot(&screens.join("journey-02-confirm-payment.png")).await?;
    confirm.click().await?;
    wait_for_text(driver, "purchase-state", |t| t == "Delivered").await;
    driver.screenshot(&screens.join("journey-03-delivered.png")).await?;
    assert_every_control_labelled(driver, "purchase").await?;

    driver.find(By::Id("nav-codes")).await?.click().await?;
    driver.query(By::Css("li[data-code] .reveal")).first().await?.click().await?;
    let code = driver.query(By::Css(".code-value")).first().await?.text().await?;
    assert!(code.len() >= 14, "a revealed code: {code:?}");
    let hand_over = By::XPath("//li[@data-code]//button[normalize-space()='Mark handed over']");
    driver.query(hand_over).first().await?.click().await?;
    driver.query(By::Css("li[data-code] .done")).first().await?;
    driver.screenshot(&screens.join("journey-04-handed-over.png")).await?;
    record_sale_and_report(driver, screens).await?;
    voucher_preview(driver, screens).await?;
    bulk_import(driver, screens).await?;
    links_open_outside(driver, data_dir).await?;
    Ok(code)
}

/// A link in a code's instructions is opened in the system browser (here a stand-in that writes the URL
/// down), and the window stays on the app.
async fn links_open_outside(driver: &WebDriver, data_dir: &std::path::Path) -> WebDriverResult<()> {
    driver.find(By::Id("nav-codes")).await?.click().await?;
    driver.query(By::Css("li[data-code] .reveal")).first().await?.click().await?;
    driver.query(By::Css("li[data-code] .instructions")).first().await?;
    let url = "https://redeem.sandbox.invalid/help";
    let add = format!("document.querySelector('li[data-code] .instructions').insertAdjacentHTML('beforeend', '<p><a id=\"outside\" href=\"{url}\">Help</a></p>')");
    driver.execute(&add, vec![]).await?;
    driver.find(By::Id("outside")).await?.click().await?;
    let opened = data_dir.join("opened-links.txt");
    common::apis::eventually(Duration::from_secs(10), || async {
        std::fs::read_to_string(&opened).ok().filter(|links| links.contains(url)).map(|_| ())
    })
    .await;
    let here = driver
        .execute("return window.location.href", vec![])
        .await?
        .json()
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(here.starts_with("tauri://localhost"), "the window stayed on the app: {here}");
    assert_eq!(driver.find(By::Css("h1")).await?.text().await?, "Codes");
    Ok(())
}

/// The voucher of the code, as the core draws it, previewed before it is saved or printed.
async fn voucher_preview(driver: &WebDriver, screens: &std::path::Path) -> WebDriverResult<()> {
    driver.find(By::Id("nav-codes")).await?.click().await?;
    driver.query(By::Css("li[data-code] button.voucher")).first().await?.click().await?;
    let image = driver.query(By::Id("voucher-image")).first().await?;
    let drawn = || async {
        let size = image.prop("naturalWidth").await.ok().flatten().unwrap_or_default();
        (size == "1200").then_some(())
    };
    common::apis::eventually(Duration::from_secs(10), drawn).await;
    assert_every_control_labelled(driver, "voucher").await?;
    driver
        .execute("document.getElementById('voucher-print').scrollIntoView({block: 'center'})", vec![])
        .await?;
    driver.screenshot(&screens.join("desk-06-voucher-preview.png")).await?;
    driver
        .find(By::XPath("//div[@id='voucher-print']//button[normalize-space()='Close']"))
        .await?
        .click()
        .await?;
    Ok(())
}

/// Rows pasted from a spreadsheet: the preview names the bad row's column, one confirmation buys the rest
/// (paid from the balance as each invoice is created), the progress and each row's result are shown.
async fn bulk_import(driver: &WebDriver, screens: &std::path::Path) -> WebDriverResult<()> {
    driver.find(By::Id("nav-bulk")).await?.click().await?;
    // Typed with commas, a line at a time: a typed tab would move the focus (rows pasted with tabs are read
    // the same).
    let paste = driver.query(By::Id("bulk-paste")).first().await?;
    for line in
        ["product,package,quantity,customer,sale_price", "amazon-us,25,3,Bea,27.50", "amazon-us,999,1,Bea,"]
    {
        paste.send_keys(line).await?;
        paste.send_keys(Key::Enter).await?;
    }
    driver.find(By::Id("bulk-check")).await?.click().await?;
    let refused = driver.query(By::Css("#bulk-preview tr[data-row='3'] [data-field]")).first().await?;
    assert_eq!(refused.attr("data-field").await?.as_deref(), Some("package"));
    let good = driver.find(By::Css("#bulk-preview tr[data-row='2']")).await?.text().await?;
    assert!(good.contains("bea@example.com"), "the book fills the recipient: {good}");
    let summary = driver.find(By::Id("bulk-summary")).await?.text().await?;
    assert!(summary.contains("3 items in 1 invoice"), "{summary}");
    assert_every_control_labelled(driver, "bulk").await?;
    driver
        .execute("document.getElementById('bulk-summary').scrollIntoView({block: 'center'})", vec![])
        .await?;
    driver.screenshot(&screens.join("desk-04-bulk-preview.png")).await?;
    driver.find(By::Css("#bulk-pay-bitrefill option[value='balance']")).await?.click().await?;
    driver.find(By::Id("bulk-confirm")).await?.click().await?;
    let bought = wait_for_text(driver, "bulk-results", |t| t.contains("1 of 1 purchases sent")).await;
    assert!(bought.contains("Skipped: package"), "the bad row's result: {bought}");
    assert!(driver.find(By::Css("#bulk-results tr[data-row='2'] a")).await.is_ok(), "a link to the purchase");
    driver
        .execute("document.getElementById('bulk-results').scrollIntoView({block: 'center'})", vec![])
        .await?;
    driver.screenshot(&screens.join("desk-05-bulk-bought.png")).await?;
    Ok(())
}

/// The sale recorded on the code, the report by customer with its chart, and the customer's page.
async fn record_sale_and_report(driver: &WebDriver, screens: &std::path::Path) -> WebDriverResult<()> {
    driver.find(By::Css("li[data-code] .sale-details summary")).await?.click().await?;
    driver.find(By::Css("li[data-code] input[name='price']")).await?.send_keys("27.50").await?;
    assert_every_control_labelled(driver, "codes").await?;
    driver.find(By::Css("li[data-code] .sale button[type='submit']")).await?.click().await?;
    let sold = driver.query(By::Css("li[data-code] .sold")).first().await?.text().await?;
    assert_eq!(sold, "Sold for USD 27.5");

    driver.find(By::Id("nav-reports")).await?.click().await?;
    driver.query(By::Css("#report-by option[value='customer']")).first().await?.click().await?;
    let row = By::XPath("//table[@data-currency='USD']//tr[td[1][normalize-space()='Bea']]");
    let text = driver.query(row).first().await?.text().await?;
    assert!(text.contains("27.5"), "the sale in the report: {text}");
    let (width, height) = driver
        .execute("const c = document.querySelector('.chart canvas'); return [c.width, c.height];", vec![])
        .await?
        .convert::<(u64, u64)>()?;
    assert!(width > 100 && height > 100, "the chart is drawn: {width}x{height}");
    assert_every_control_labelled(driver, "reports").await?;
    driver.screenshot(&screens.join("desk-02-report.png")).await?;

    driver.find(By::Id("nav-customers")).await?.click().await?;
    driver.query(By::Css("button[data-customer]")).first().await?.click().await?;
    wait_for_text(driver, "customer-history", |t| t.contains("1 purchase") && t.contains("27.5")).await;
    driver.screenshot(&screens.join("desk-03-history.png")).await?;
    Ok(())
}

async fn after_restart(driver: &WebDriver, code: &str, screens: &std::path::Path) -> WebDriverResult<()> {
    // The window has loaded what it shows about this installation before anything is clicked.
    wait_for_text(driver, "sandbox-badge", |t| t == "Sandbox").await;
    driver.query(By::Id("nav-codes")).first().await?.click().await?;
    let entry = match driver
        .query(By::Css("li[data-code]"))
        .wait(Duration::from_secs(30), Duration::from_millis(200))
        .first()
        .await
    {
        Ok(entry) => entry,
        Err(error) => {
            // What the reseller would see instead, for whoever reads the failure.
            driver.screenshot(&screens.join("journey-05-after-restart-failed.png")).await.ok();
            let page = driver.find(By::Tag("body")).await?.text().await.unwrap_or_default();
            panic!("no code after the restart ({error}); the window showed:\n{page}");
        }
    };
    assert!(entry.text().await?.contains("Handed over"), "still marked handed over");
    entry.find(By::Css(".reveal")).await?.click().await?;
    let again = driver.query(By::Css(".code-value")).first().await?.text().await?;
    assert_eq!(again, code, "the same code after a restart");
    driver.screenshot(&screens.join("journey-05-after-restart.png")).await?;

    driver.find(By::Id("nav-settings")).await?.click().await?;
    driver.query(By::Id("bitrefill-api-key")).first().await?;
    // The shop's logo for vouchers, chosen as a file: kept by the core and shown as kept.
    let logo = std::env::temp_dir().join(format!("giftdesk-journey-logo-{}.png", std::process::id()));
    image::RgbImage::from_pixel(300, 100, image::Rgb([15, 107, 99])).save(&logo).expect("a logo file");
    driver.find(By::Id("shop_logo")).await?.send_keys(logo.to_string_lossy()).await?;
    driver.query(By::Id("shop-logo-image")).first().await?;
    let _ = std::fs::remove_file(&logo);
    let checked = assert_every_control_labelled(driver, "settings").await?;
    assert!(checked > 10, "the settings' controls were checked ({checked})");
    driver.find(By::Id("bitrefill-api-key")).await?.send_keys(KEY).await?;
    driver.find(By::Id("bitrefill-save")).await?.click().await?;
    wait_for_text(driver, "bitrefill-status", |t| t.starts_with("Configured")).await;
    assert!(!driver.source().await?.contains(KEY), "the key left the page once stored");
    Ok(())
}

/// Every file under the app's data directory and wherever the web view keeps its storage and cache.
fn audited_files(home: &TestHome) -> (Vec<PathBuf>, usize) {
    let env_dir = |name: &str, fallback: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(fallback))
    };
    let web_view_dirs = [
        env_dir("XDG_DATA_HOME", ".local/share").join(APP_ID),
        env_dir("XDG_CACHE_HOME", ".cache").join(APP_ID),
        env_dir("XDG_CONFIG_HOME", ".config").join(APP_ID),
    ];
    let mut files = home.files_written();
    let mut web_view_files = 0;
    for dir in web_view_dirs {
        let mut stack = vec![dir];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    files.push(path);
                    web_view_files += 1;
                }
            }
        }
    }
    (files, web_view_files)
}

#[tokio::test(flavor = "multi_thread")]
async fn balance_purchase_survives_a_restart_and_nothing_secret_is_left_in_plain_text() {
    let home = TestHome::new();
    let screens = screens_dir();

    let first = start_driver(&home).await;
    let driver = open_app(&first).await;
    let bought = buy_with_balance(&driver, &screens, home.data_dir()).await;
    driver.quit().await.ok();
    drop(first);
    let code = bought.expect("bought with the balance, delivered, handed over");

    let second = start_driver(&home).await;
    let driver = open_app(&second).await;
    let reopened = after_restart(&driver, &code, &screens).await;
    driver.quit().await.ok();
    drop(second);
    reopened.expect("the code is still there after a restart");

    let (files, web_view_files) = audited_files(&home);
    for file in &files {
        let Ok(bytes) = std::fs::read(file) else { continue };
        for secret in [code.as_str(), KEY] {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "a secret in plain text in {}",
                file.display()
            );
        }
    }
    println!(
        "secrets audit: {} files read ({web_view_files} of the web view), no code or key found",
        files.len()
    );
    assert!(files.len() > 3, "the audit read the database, its journal, the logs, the settings");
}
