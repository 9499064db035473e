//! The app as a desktop presence, in the real window under Xvfb: closing the window keeps it in the tray,
//! still following a purchase and announcing its code (read from the session's notification daemon); a
//! second launch brings the window forward and exits, leaving one process; the window's size is kept.

pub mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::desktop::{app_processes, Desktop};
use common::driver::start_driver_with;
use common::window::{check_out_with_bitcoin, open_app, screens_dir, wait_for_text, watch_notifications};
use common::{TestHome, BIN};
use thirtyfour::prelude::*;

async fn until(what: &str, seconds: u64, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    while !done() {
        assert!(Instant::now() < deadline, "{what} did not happen within {seconds} s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn closed_to_the_tray_it_still_announces_codes_and_a_second_launch_brings_it_forward() {
    let home = TestHome::new();
    // The demo sandbox pays a crypto invoice by itself, after time enough to close the window first.
    let tauri_driver =
        start_driver_with(home.data_dir(), &home.keyring_service, true, &[("GIFTDESK_DEMO_AUTO_PAY", "8")])
            .await;
    let driver = open_app(&tauri_driver).await;
    let mut monitor = watch_notifications();
    let result = async {
        // A purchase waiting for its payment.
        driver.query(By::Id("nav-catalog")).first().await?.click().await?;
        driver.query(By::Id("catalog-search")).first().await?.send_keys("amaz").await?;
        driver.query(By::Css("button[data-product='amazon-us']")).first().await?.click().await?;
        wait_for_text(&driver, "denominations", |t| t.contains("50 USD")).await;
        driver.find(By::Css("#cart-package option[value='amazon-us<&>50']")).await?.click().await?;
        driver.find(By::Id("cart-recipient")).await?.send_keys("customer@example.com").await?;
        driver.find(By::Css("#add-to-cart button[type='submit']")).await?.click().await?;
        driver.query(By::Css("#add-to-cart .ok")).first().await?;
        driver.find(By::Id("nav-cart")).await?.click().await?;
        check_out_with_bitcoin(&driver).await?;
        WebDriverResult::Ok(())
    }
    .await;
    result.expect("a purchase awaiting payment");

    // The user closes the window: it goes, the app stays.
    let pids = app_processes(home.data_dir());
    assert_eq!(pids.len(), 1, "one app process: {pids:?}");
    let pid = pids[0];
    let desktop = Desktop::connect();
    let window = desktop.window_of(pid).expect("the app's window on the X server");
    assert!(desktop.is_shown(window));
    desktop.click_close(window);
    until("the window hiding", 10, || !desktop.is_shown(window)).await;
    assert_eq!(app_processes(home.data_dir()), vec![pid], "still running, in the tray");

    // The payment arrives while the window is closed: the code is announced all the same.
    let stdout = monitor.stdout.take().unwrap();
    let announced = tokio::task::spawn_blocking(move || {
        use std::io::{BufRead, BufReader};
        BufReader::new(stdout).lines().map_while(Result::ok).any(|line| line.contains("Code ready"))
    });
    let announced = tokio::time::timeout(Duration::from_secs(60), announced).await;
    let _ = monitor.kill();
    let _ = monitor.wait();
    assert!(matches!(announced, Ok(Ok(true))), "a \"Code ready\" notification while the window was closed");

    // A second launch: the first window comes forward, the second process leaves.
    let second = Command::new(BIN)
        .env("GIFTDESK_DATA_DIR", home.data_dir())
        .env("GIFTDESK_KEYRING_SERVICE", &home.keyring_service)
        .env("GIFTDESK_DEMO_AUTO_PAY", "off")
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "0")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("a second launch");
    let second_pid = second.id();
    let exited = tokio::task::spawn_blocking(move || {
        let mut second = second;
        second.wait().unwrap()
    });
    let exited = tokio::time::timeout(Duration::from_secs(30), exited)
        .await
        .expect("the second launch exits")
        .unwrap();
    assert!(exited.success(), "the second launch hands over and exits cleanly: {exited}");
    until("the window coming forward", 10, || desktop.is_shown(window)).await;
    let left = app_processes(home.data_dir());
    assert_eq!(left, vec![pid], "one process stays, the first ({second_pid} left)");
    driver.screenshot(&screens_dir().join("presence-01-brought-forward.png")).await.unwrap();
    wait_for_text(&driver, "purchase-state", |t| t == "Delivered").await;
    driver.quit().await.unwrap();
}
