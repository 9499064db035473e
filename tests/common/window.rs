//! The real window under Xvfb through tauri-driver and WebKitWebDriver: starting it, waiting on it, and
//! where its screenshots go.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

use super::TestHome;

/// tauri-driver, stopped (with the app it launched) when dropped.
#[derive(Debug)]
pub struct Driver {
    child: Child,
    pub port: u16,
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

pub async fn start_driver(home: &TestHome) -> Driver {
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

pub fn screens_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-screens");
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

/// The natural width of an image once it has finished loading (0 if it failed), polled for a few seconds.
pub async fn logo_width(driver: &WebDriver, selector: &str) -> u64 {
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

/// A WebDriver session on the app that `driver` launches.
pub async fn open_app(driver: &Driver) -> WebDriver {
    let capabilities =
        serde_json::json!({"browserName": "wry", "tauri:options": {"application": super::BIN}});
    let serde_json::Value::Object(capabilities) = capabilities else { unreachable!() };
    let url = format!("http://127.0.0.1:{}", driver.port);
    // tauri-driver accepts connections a moment before it serves sessions: a failed first request is retried.
    let mut tries = 0;
    loop {
        match WebDriver::new(&url, capabilities.clone()).await {
            Ok(session) => return session,
            Err(error) if tries < 5 => {
                tries += 1;
                eprintln!("WebDriver session not opened yet ({error}); trying again");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            Err(error) => panic!("a WebDriver session on the app: {error:?}"),
        }
    }
}
