//! Search as you type in the real window, timed inside the page: from the input event a keystroke raises to
//! the animation frame that shows the new results (the IPC round trip, the search in the core, Svelte's
//! update and layout). Driven through tauri-driver and WebKitWebDriver, as the window tests are.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

/// What a reseller types, letter by letter: prefixes of brands, kinds and countries.
pub const WORDS: [&str; 20] = [
    "n", "no", "nov", "nova", "pi", "pix", "gold", "st", "sta", "ama", "e", "es", "esim", "air", "lyc", "tr",
    "trav", "gam", "m", "mar",
];

/// Resolves with [ms to the results list changing in the DOM, ms to the animation frame that draws it] from
/// the input event, or with null when the list did not change (the same results as before) within 2 s.
const TYPE_AND_TIME: &str = r"
const [word, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.getElementById('catalog-search');
const list = document.querySelector('ul.results');
let timer;
const observer = new MutationObserver(() => {
  observer.disconnect();
  clearTimeout(timer);
  const updated = performance.now() - start;
  requestAnimationFrame(() => done([updated, performance.now() - start]));
});
observer.observe(list, { childList: true, subtree: true, characterData: true });
timer = setTimeout(() => { observer.disconnect(); done(null); }, 2000);
const start = performance.now();
input.value = word;
input.dispatchEvent(new Event('input', { bubbles: true }));
";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn tauri_driver() -> PathBuf {
    std::env::var_os("TAURI_DRIVER").map_or_else(
        || {
            let cargo = std::env::var_os("CARGO_HOME").map_or_else(
                || PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cargo"),
                PathBuf::from,
            );
            cargo.join("bin/tauri-driver")
        },
        PathBuf::from,
    )
}

/// (to the DOM, to the frame) in milliseconds per keystroke, `rounds` times over `WORDS`, in the app opened on
/// `home`.
pub async fn keystroke_to_results(
    app: &Path,
    home: &Path,
    keyring_service: &str,
    rounds: usize,
) -> Vec<(f64, f64)> {
    let (port, native_port) = (free_port(), free_port());
    let mut driver = Command::new(tauri_driver())
        .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
        .env("GIFTDESK_DATA_DIR", home)
        .env("GIFTDESK_KEYRING_SERVICE", keyring_service)
        .env("GIFTDESK_DEMO_AUTO_PAY", "off")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("tauri-driver (run `make setup`)");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "tauri-driver did not listen");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let capabilities = serde_json::json!({"browserName": "wry", "tauri:options": {"application": app}});
    let serde_json::Value::Object(capabilities) = capabilities else { unreachable!() };
    let url = format!("http://127.0.0.1:{port}");
    let mut session = WebDriver::new(&url, capabilities.clone()).await;
    for _ in 0..5 {
        if session.is_ok() {
            break;
        }
        // tauri-driver accepts connections a moment before it serves sessions.
        tokio::time::sleep(Duration::from_millis(500)).await;
        session = WebDriver::new(&url, capabilities.clone()).await;
    }
    let session = session.expect("a WebDriver session on the app");
    session.query(By::Css("[data-product]")).first().await.expect("the catalog's first results");

    let mut times = Vec::new();
    for _ in 0..rounds {
        for word in WORDS {
            let answer = session.execute_async(TYPE_AND_TIME, vec![serde_json::json!(word)]).await.unwrap();
            let pair = answer.json();
            if let (Some(updated), Some(drawn)) = (pair[0].as_f64(), pair[1].as_f64()) {
                times.push((updated, drawn));
            }
        }
    }
    let _ = session.quit().await;
    let _ = driver.kill();
    let _ = driver.wait();
    times
}
