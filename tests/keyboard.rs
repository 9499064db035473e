//! The reseller's journey by keyboard alone, in the real window: Tab and Shift+Tab to move, Enter to act,
//! arrow keys in a list, letters to type. No click, and nothing set by script: the test only reads where
//! the focus is, and checks that each control it lands on shows a visible focus ring.

pub mod common;

use std::time::Duration;

use common::window::{open_app, screens_dir, start_driver, wait_for_text};
use common::TestHome;
use thirtyfour::prelude::*;

/// Far more presses than any screen has controls: a control never reached is a failure, not a hang.
const MAX_PRESSES: usize = 80;

enum Direction {
    Forward,
    Backward,
}

async fn press(driver: &WebDriver, key: Key) -> WebDriverResult<()> {
    driver.action_chain().send_keys(key).perform().await
}

async fn type_text(driver: &WebDriver, text: &str) -> WebDriverResult<()> {
    driver.action_chain().send_keys(text).perform().await
}

/// Whether the focused element matches `selector`, and whether it shows a focus ring.
async fn focused(driver: &WebDriver, selector: &str) -> WebDriverResult<(bool, bool, String)> {
    let script = r#"
        const el = document.activeElement;
        if (!el || el === document.body) return [false, false, "body"];
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        return [el.matches(arguments[0]), ring, el.outerHTML.slice(0, 100)];
    "#;
    let answer = driver.execute(script, vec![serde_json::json!(selector)]).await?.json().clone();
    Ok((
        answer[0].as_bool().unwrap_or(false),
        answer[1].as_bool().unwrap_or(false),
        answer[2].as_str().unwrap_or_default().to_owned(),
    ))
}

/// Tabs (or Shift+Tabs) until the control matching `selector` has the focus; it must show a focus ring.
async fn tab_to(driver: &WebDriver, selector: &str, direction: Direction) -> WebDriverResult<usize> {
    for presses in 0..MAX_PRESSES {
        let (here, ring, html) = focused(driver, selector).await?;
        if here {
            assert!(ring, "{selector} has the keyboard focus but no visible focus ring: {html}");
            return Ok(presses);
        }
        match direction {
            Direction::Forward => press(driver, Key::Tab).await?,
            Direction::Backward => shift_tab(driver).await?,
        }
    }
    panic!("{selector} never got the focus in {MAX_PRESSES} presses");
}

async fn shift_tab(driver: &WebDriver) -> WebDriverResult<()> {
    driver.action_chain().key_down(Key::Shift).send_keys(Key::Tab).key_up(Key::Shift).perform().await
}

async fn value_of(driver: &WebDriver, selector: &str) -> WebDriverResult<String> {
    let script = "return document.querySelector(arguments[0]).value;";
    let answer = driver.execute(script, vec![serde_json::json!(selector)]).await?;
    Ok(answer.json().as_str().unwrap_or_default().to_owned())
}

async fn wait_for(driver: &WebDriver, selector: &str) -> WebDriverResult<WebElement> {
    driver.query(By::Css(selector)).wait(Duration::from_secs(20), Duration::from_millis(100)).first().await
}

async fn journey(driver: &WebDriver) -> WebDriverResult<usize> {
    let mut presses = 0;
    wait_for_text(driver, "sandbox-badge", |t| t == "Sandbox").await;
    wait_for_text(driver, "sync-outcome", |t| {
        t.starts_with("Catalog up to date") || t.starts_with("Catalog partly updated")
    })
    .await;

    // From Home to the catalog: search, open the product, choose 25 with the arrow keys, fill the form,
    // add to the cart.
    presses += tab_to(driver, "#nav-catalog", Direction::Forward).await?;
    press(driver, Key::Enter).await?;
    wait_for(driver, "#catalog-search").await?;
    presses += tab_to(driver, "#catalog-search", Direction::Forward).await?;
    type_text(driver, "amazon").await?;
    wait_for(driver, "button[data-product='amazon-us']").await?;
    presses += tab_to(driver, "button[data-product='amazon-us']", Direction::Forward).await?;
    press(driver, Key::Enter).await?;
    wait_for_text(driver, "denominations", |t| t.contains("25 USD")).await;
    presses += tab_to(driver, "#cart-package", Direction::Forward).await?;
    for _ in 0..10 {
        if value_of(driver, "#cart-package").await?.ends_with("<&>25") {
            break;
        }
        press(driver, Key::Down).await?;
        presses += 1;
    }
    assert!(value_of(driver, "#cart-package").await?.ends_with("<&>25"), "25 chosen with the arrow keys");
    presses += tab_to(driver, "#cart-recipient", Direction::Forward).await?;
    type_text(driver, "keys@example.com").await?;
    presses += tab_to(driver, "#cart-customer", Direction::Forward).await?;
    type_text(driver, "Kim").await?;
    presses += tab_to(driver, "#add-to-cart button[type='submit']", Direction::Forward).await?;
    press(driver, Key::Enter).await?;
    wait_for(driver, "#add-to-cart .ok").await?;

    // Cart: back up to the menu, open the cart, check out with the balance (its default).
    presses += tab_to(driver, "#nav-cart", Direction::Backward).await?;
    press(driver, Key::Enter).await?;
    wait_for(driver, "tr[data-cart-item]").await?;
    assert_eq!(value_of(driver, "#pay-bitrefill").await?, "balance");
    presses += tab_to(driver, "#checkout-bitrefill button[type='submit']", Direction::Forward).await?;
    press(driver, Key::Enter).await?;

    // The purchase: ask to pay, confirm the amount, see it delivered.
    wait_for(driver, "#pay-balance").await?;
    presses += tab_to(driver, "#pay-balance", Direction::Forward).await?;
    press(driver, Key::Enter).await?;
    wait_for(driver, "#confirm-pay").await?;
    presses += tab_to(driver, "#confirm-pay", Direction::Forward).await?;
    press(driver, Key::Enter).await?;
    wait_for_text(driver, "purchase-state", |t| t == "Delivered").await;

    // Codes: reveal it, mark it handed over (the customer came with the purchase, so nothing is asked).
    presses += tab_to(driver, "#nav-codes", Direction::Backward).await?;
    press(driver, Key::Enter).await?;
    wait_for(driver, "li[data-code] .reveal").await?;
    presses += tab_to(driver, "li[data-code] .reveal", Direction::Forward).await?;
    press(driver, Key::Enter).await?;
    let code = wait_for(driver, ".code-value").await?.text().await?;
    assert!(code.len() >= 14, "a revealed code: {code:?}");
    presses += tab_to(driver, "li[data-code] .hand-over", Direction::Forward).await?;
    press(driver, Key::Enter).await?;
    let entry = wait_for(driver, "li[data-code]:has(.done)").await?;
    assert!(entry.text().await?.contains("Kim"), "handed over to the customer given at the cart");
    driver.screenshot(&screens_dir().join("keyboard-journey-done.png")).await?;
    shortcuts(driver).await?;
    Ok(presses)
}

/// Shortcuts for the main moves, and the overlay that lists them.
async fn shortcuts(driver: &WebDriver) -> WebDriverResult<()> {
    let chord = |key: &str| {
        let key = key.to_owned();
        async move {
            driver.action_chain().key_down(Key::Control).send_keys(key).key_up(Key::Control).perform().await
        }
    };
    chord(",").await?;
    wait_for(driver, "#nav-settings[aria-current='page']").await?;
    chord("k").await?;
    wait_for(driver, "#nav-catalog[aria-current='page']").await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !focused(driver, "#catalog-search").await?.0 {
        assert!(std::time::Instant::now() < deadline, "Ctrl+K puts the focus in the catalog's search");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    chord("b").await?;
    wait_for(driver, "#nav-cart[aria-current='page']").await?;
    type_text(driver, "?").await?;
    let help = wait_for(driver, "#shortcuts-help").await?.text().await?;
    assert!(help.contains("Search the catalog") && help.contains("Ctrl+K"), "{help}");
    driver.screenshot(&screens_dir().join("keyboard-shortcuts-help.png")).await?;
    press(driver, Key::Escape).await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !driver.find_all(By::Id("shortcuts-help")).await?.is_empty() {
        assert!(std::time::Instant::now() < deadline, "Esc closes the shortcuts list");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_whole_journey_by_keyboard_alone() {
    let home = TestHome::new();
    let tauri_driver = start_driver(&home).await;
    let driver = open_app(&tauri_driver).await;
    let outcome = journey(&driver).await;
    if outcome.is_err() {
        driver.screenshot(&screens_dir().join("keyboard-journey-failed.png")).await.ok();
    }
    driver.quit().await.ok();
    let presses = outcome.expect("bought, paid, revealed and handed over by keyboard");
    println!(
        "keyboard journey: {presses} key presses to move between controls, every stop with a focus ring"
    );
}
