//! Search as you type in the real window, timed inside the page: from the input event a keystroke raises to
//! the animation frame that shows the new results (the IPC round trip, the search in the core, Svelte's
//! update and layout). Driven through tauri-driver and WebKitWebDriver, as the window tests are.

use std::path::Path;

use thirtyfour::prelude::*;

#[path = "../../tests/common/driver.rs"]
pub mod driver;

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

/// (to the DOM, to the frame) in milliseconds per keystroke, `rounds` times over `listing::TYPED`, in the app opened on
/// `home`.
pub async fn keystroke_to_results(
    app: &Path,
    home: &Path,
    keyring_service: &str,
    rounds: usize,
) -> Vec<(f64, f64)> {
    let driver = driver::start_driver(home, keyring_service, false).await;
    let session = driver::open_app(&driver, app).await;
    session.query(By::Css("[data-product]")).first().await.expect("the catalog's first results");

    let mut times = Vec::new();
    for _ in 0..rounds {
        for word in super::listing::TYPED {
            let answer = session.execute_async(TYPE_AND_TIME, vec![serde_json::json!(word)]).await.unwrap();
            let pair = answer.json();
            if let (Some(updated), Some(drawn)) = (pair[0].as_f64(), pair[1].as_f64()) {
                times.push((updated, drawn));
            }
        }
    }
    let _ = session.quit().await;
    times
}
