//! Topping up a phone in the real window, on the demo sandbox: the number typed, its operator found by
//! Bitrefill, Cryptorefills' top-ups of the country beside it, the top-up added to the cart with the number
//! as its recipient. Then the eSIM plans of a destination compared and one added to the cart for a
//! traveller. Screenshots in `target/e2e-screens/`.

pub mod common;

use common::window::{open_app, screens_dir, start_driver, wait_for_text};
use common::TestHome;
use thirtyfour::prelude::*;

/// Mobile numbers of a few countries; the first whose operator the demo catalog sells is used.
const NUMBERS: [&str; 5] =
    ["+4915123456789", "+447400123456", "+12015550123", "+33612345678", "+34612345678"];

async fn top_up(driver: &WebDriver, screens: &std::path::Path) -> WebDriverResult<String> {
    wait_for_text(driver, "sync-outcome", |t| {
        t.starts_with("Catalog up to date") || t.starts_with("Catalog partly updated")
    })
    .await;
    driver.find(By::Id("nav-topups")).await?.click().await?;
    for number in NUMBERS {
        let field = driver.find(By::Id("topup-number")).await?;
        field.clear().await?;
        field.send_keys(number).await?;
        driver.find(By::Css("#topup-lookup button[type='submit']")).await?.click().await?;
        wait_for_text(driver, "topup-found", |t| t.starts_with(number)).await;
        if driver.find_all(By::Id("topup-operator")).await?.is_empty() {
            continue;
        }
        driver.screenshot(&screens.join("topup-01-operator-found.png")).await?;
        let recipient = driver.find(By::Id("cart-recipient")).await?.prop("value").await?.unwrap_or_default();
        assert_eq!(recipient, number, "the number is the top-up's recipient");
        let packages = driver.find_all(By::Css("#cart-package option:not([disabled])")).await?;
        packages.first().expect("the operator's packages").click().await?;
        let add = driver.find(By::Css("#add-to-cart button[type='submit']")).await?;
        add.scroll_into_view().await?;
        add.click().await?;
        let answer = driver
            .query(By::Css("#add-to-cart .ok, #add-to-cart .error, #add-to-cart [role='alert']"))
            .first()
            .await?;
        let said = answer.text().await?;
        assert!(said.starts_with("Added"), "the top-up is added to the cart: {said}");
        driver.find(By::Id("nav-cart")).await?.click().await?;
        let row = driver.query(By::Css("tr[data-cart-item]")).first().await?;
        let text = row.text().await?;
        assert!(text.contains(number), "the cart line names the number: {text}");
        driver.screenshot(&screens.join("topup-02-in-the-cart.png")).await?;
        return Ok(number.to_owned());
    }
    panic!("the demo catalog sells no top-up for any of {NUMBERS:?}");
}

async fn compare_esims(driver: &WebDriver, screens: &std::path::Path) -> WebDriverResult<usize> {
    driver.find(By::Id("nav-esims")).await?.click().await?;
    driver.find(By::Id("esim-country")).await?.send_keys("us").await?;
    driver.find(By::Css("#esim-lookup button[type='submit']")).await?.click().await?;
    let rows = driver
        .query(By::Css("#esim-plans tbody tr"))
        .wait(std::time::Duration::from_secs(20), std::time::Duration::from_millis(200))
        .all_from_selector_required()
        .await?;
    let text = driver.find(By::Id("esim-plans")).await?.text().await?;
    assert!(text.contains("plans for US, by currency, cheapest per GB first"), "{text}");
    assert!(text.contains("Unlimited"), "an unlimited plan said as such: {text}");
    driver.screenshot(&screens.join("esim-01-compared.png")).await?;
    driver.find(By::Id("esim-recipient")).await?.send_keys("traveller@example.com").await?;
    let add = driver.find(By::Css("#esim-plans tbody tr:first-child .esim-add")).await?;
    add.scroll_into_view().await?;
    add.click().await?;
    let said = wait_for_text(driver, "esim-added", |t| t.contains("is in the cart")).await;
    driver.screenshot(&screens.join("esim-02-added.png")).await?;
    driver.find(By::Id("nav-cart")).await?.click().await?;
    let lines = driver.query(By::Css("tr[data-cart-item]")).all_from_selector_required().await?;
    let mut texts = Vec::new();
    for line in &lines {
        texts.push(line.text().await?);
    }
    assert!(texts.iter().any(|t| t.contains("traveller@example.com")), "{said}: {texts:?}");
    Ok(rows.len())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_is_topped_up_and_esims_compared_in_the_window() {
    let home = TestHome::new();
    let driver_process = start_driver(&home).await;
    let driver = open_app(&driver_process).await;
    let done = top_up(&driver, &screens_dir()).await;
    let compared = compare_esims(&driver, &screens_dir()).await;
    driver.quit().await.ok();
    drop(driver_process);
    done.expect("a top-up found by its number and added to the cart");
    assert!(compared.expect("the eSIM plans of a destination compared") > 0);
}
