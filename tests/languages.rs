//! The window in the reseller's language, in the real window under Xvfb: the OS locale picks it at start,
//! Settings changes it at once (the core's own messages too), every screen in the pseudo-locale (every word
//! 40% longer) shows no text clipped or spilling, and every screen is shot in German, Turkish and Chinese
//! (`target/e2e-screens/lang-<language>-<screen>.png`).

pub mod common;

use std::time::Duration;

use common::driver::start_driver_with;
use common::window::{open_app, screens_dir, wait_for_text};
use common::TestHome;
use giftdesk_core::i18n::{fluent_value, text_in, Language};
use serde_json::Value;
use thirtyfour::prelude::*;

/// Every screen of the main navigation, as `nav-<id>` names it.
const SCREENS: &[&str] = &[
    "home",
    "catalog",
    "topups",
    "esims",
    "cart",
    "bulk",
    "orders",
    "codes",
    "customers",
    "reports",
    "settings",
];

/// A message of the window's own files, `app.nav.home` in `ui/src/locales/<language>/app.json`.
fn ui_message(language: &str, key: &str) -> String {
    let (file, path) = key.split_once('.').unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/locales").join(language);
    let text = std::fs::read_to_string(dir.join(format!("{file}.json"))).unwrap();
    let mut value: Value = serde_json::from_str(&text).unwrap();
    for part in path.split('.') {
        value = value[part].take();
    }
    value.as_str().unwrap_or_else(|| panic!("{key} in {language}")).to_owned()
}

/// The app started as if the OS locale were `locale` (`LANGUAGE`, which the core and GTK both read first).
async fn app_in(home: &TestHome, locale: &str) -> (common::driver::Driver, WebDriver) {
    let env = [("LANGUAGE", locale), ("GIFTDESK_SANDBOX_DIALECT", "docs")];
    let tauri_driver = start_driver_with(home.data_dir(), &home.keyring_service, true, &env).await;
    let driver = open_app(&tauri_driver).await;
    (tauri_driver, driver)
}

/// The page's `lang` once the window has chosen its language (it loads that language's messages first).
async fn wait_for_lang(driver: &WebDriver, wanted: &str) -> WebDriverResult<String> {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let lang = driver.execute("return document.documentElement.lang", vec![]).await?.json().clone();
        let lang = lang.as_str().unwrap_or_default().to_owned();
        if lang == wanted || std::time::Instant::now() > deadline {
            return Ok(lang);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Goes to a screen and waits until its heading is drawn and the page is still for a moment.
async fn visit(driver: &WebDriver, screen: &str) -> WebDriverResult<()> {
    driver.query(By::Id(format!("nav-{screen}"))).first().await?.click().await?;
    driver.query(By::Css("main h1")).first().await?;
    tokio::time::sleep(Duration::from_millis(700)).await;
    Ok(())
}

/// Text that does not fit: an element whose own words are wider than its box (and not meant to scroll or
/// end in an ellipsis), anything drawn past the window's right edge, and a page that scrolls sideways.
const OVERFLOWS: &str = r#"
const found = [];
// Inside a row or table that scrolls sideways on purpose (the Featured row), past the edge is fine.
const inScroller = (el) => {
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (["auto", "scroll"].includes(getComputedStyle(up).overflowX)) return true;
  }
  return false;
};
const width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth > width + 1) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
for (const el of document.querySelectorAll("nav *, main *")) {
  const style = getComputedStyle(el);
  if (el.getClientRects().length === 0 || style.visibility === "hidden") continue;
  // Read by screen readers only (`.visually-hidden`): clipped on purpose.
  if (el.closest(".visually-hidden")) continue;
  if (["INPUT", "SELECT", "TEXTAREA", "OPTION", "CANVAS", "SVG", "IMG"].includes(el.tagName)) continue;
  const words = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join(" ").trim();
  if (!words) continue;
  const scrolls = ["auto", "scroll"].includes(style.overflowX) || style.textOverflow === "ellipsis";
  if (!scrolls && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName.toLowerCase()}#${el.id} "${words.slice(0, 60)}" is ${el.scrollWidth}px in a ${el.clientWidth}px box`);
  const box = el.getBoundingClientRect();
  if (box.right > width + 1 && !inScroller(el)) found.push(`"${words.slice(0, 60)}" ends at ${Math.round(box.right)}px, past the window's ${width}px`);
}
return found;
"#;

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_the_pseudo_locale_fits_without_clipping() {
    let home = TestHome::new();
    let (_tauri_driver, driver) = app_in(&home, "en_XA").await;
    let screens = screens_dir();
    let outcome = async {
        let mut faults = Vec::new();
        for screen in SCREENS {
            visit(&driver, screen).await?;
            let heading = driver.find(By::Css("main h1")).await?.text().await?;
            assert!(
                heading.starts_with('⟦'),
                "{screen}: the heading is not from the message files: {heading}"
            );
            driver.screenshot(&screens.join(format!("lang-pseudo-{screen}.png"))).await?;
            let found = driver.execute(OVERFLOWS, vec![]).await?.json().clone();
            for fault in found.as_array().into_iter().flatten() {
                faults.push(format!("{screen}: {}", fault.as_str().unwrap_or_default()));
            }
        }
        WebDriverResult::Ok(faults)
    }
    .await;
    driver.quit().await.ok();
    let faults = outcome.expect("every screen visited");
    println!("pseudo-locale: {} screens checked, {} overflows", SCREENS.len(), faults.len());
    assert!(faults.is_empty(), "text clipped or overflowing in the pseudo-locale:\n{}", faults.join("\n"));
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_german_turkish_and_chinese_then_a_switch_in_settings() {
    let screens = screens_dir();
    for (language, locale) in [("de", "de_DE.UTF-8"), ("tr", "tr_TR.UTF-8"), ("zh", "zh_CN.UTF-8")] {
        let home = TestHome::new();
        let (_tauri_driver, driver) = app_in(&home, locale).await;
        let outcome = async {
            driver.query(By::Id("nav-home")).first().await?;
            let lang = wait_for_lang(&driver, language).await?;
            assert_eq!(lang, language, "the page's language follows the OS locale");
            for screen in SCREENS {
                visit(&driver, screen).await?;
                let link = driver.find(By::Id(format!("nav-{screen}"))).await?.text().await?;
                assert_eq!(link, ui_message(language, &format!("app.nav.{screen}")), "{language}: {screen}");
                driver.screenshot(&screens.join(format!("lang-{language}-{screen}.png"))).await?;
            }
            WebDriverResult::Ok(())
        }
        .await;
        if outcome.is_err() {
            driver.screenshot(&screens.join(format!("lang-{language}-failed.png"))).await.ok();
        }
        driver.quit().await.ok();
        outcome.unwrap_or_else(|e| panic!("{language}: {e}"));
    }

    // Started in English, switched to German in Settings: the window and the core's words change at once.
    let home = TestHome::new();
    let (_tauri_driver, driver) = app_in(&home, "en_US.UTF-8").await;
    let outcome = async {
        visit(&driver, "settings").await?;
        assert_eq!(driver.find(By::Id("nav-home")).await?.text().await?, "Home");
        driver.find(By::Css("#language option[value='de']")).await?.click().await?;
        let german = ui_message("de", "app.nav.home");
        wait_for_text(&driver, "nav-home", |t| t == german).await;
        // A refused value is worded by the core, now in German too.
        let markets = driver.find(By::Id("markets")).await?;
        markets.clear().await?;
        markets.send_keys("XX1").await?;
        driver.find(By::Css("#preferences button[type=submit]")).await?.click().await?;
        let error = wait_for_text(&driver, "markets-error", |t| !t.is_empty()).await;
        let args = [("market", fluent_value("\"XX1\""))];
        assert_eq!(error, text_in(Language::German, "settings-market-invalid", &args));
        driver.screenshot(&screens.join("lang-switched-to-de.png")).await?;
        WebDriverResult::Ok(error)
    }
    .await;
    driver.quit().await.ok();
    let error = outcome.expect("switched to German in Settings");
    println!("switched to German without a restart; the core says: {error}");
}
