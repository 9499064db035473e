//! The baseline of the startup benchmark (`benches/window.rs`): an empty Tauri 2 window the size of
//! Giftdesk's, built with the same Tauri, features and profile. Its page tells the process when it has been
//! drawn by asking for `/painted`, which prints `painted page=N` on stdout (N: ms from the page's start to its
//! second frame), as Giftdesk logs "window painted" with its page's marks.

use std::io::Write;

use tauri::http::Response;
use tauri::{WebviewUrl, WebviewWindowBuilder};

const PAGE: &str = r#"<!doctype html><html><head><meta charset="utf-8"><title>Empty</title></head>
<body><script>requestAnimationFrame(() => requestAnimationFrame(() => { location.href = `empty://localhost/painted?page=${Math.round(performance.now())}`; }));</script></body></html>"#;
/// Where the page goes once drawn: no script, so it stays.
const DONE: &str =
    r#"<!doctype html><html><head><meta charset="utf-8"><title>Empty</title></head><body></body></html>"#;

fn main() {
    let mut context = tauri::generate_context!();
    // Only this window: not Giftdesk's own.
    context.config_mut().app.windows.clear();
    tauri::Builder::default()
        .register_uri_scheme_protocol("empty", |_context, request| {
            let page = if request.uri().path() == "/painted" {
                // With the page's own time to its second frame, as Giftdesk logs its page marks.
                println!("painted {}", request.uri().query().unwrap_or_default());
                // A closed pipe only means the benchmark stopped listening.
                let _ = std::io::stdout().flush();
                DONE
            } else {
                PAGE
            };
            Response::builder().header("Content-Type", "text/html").body(page.as_bytes().to_vec()).unwrap()
        })
        .setup(|app| {
            let url = "empty://localhost/".parse().expect("a valid address");
            WebviewWindowBuilder::new(app, "main", WebviewUrl::CustomProtocol(url))
                .title("Empty")
                .inner_size(1180.0, 780.0)
                .build()?;
            Ok(())
        })
        .run(context)
        .expect("the empty window runs");
}
