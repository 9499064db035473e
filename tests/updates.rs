//! Updates in the real window: a local update server offers a newer release. Signed with a key other than
//! the one the app trusts, it is refused and the installed app is left as it was; signed with the trusted
//! key, it is installed. Keys and signatures are made by the Tauri CLI's own `signer`, as for a release; the
//! app under test trusts the test's key through its debug-only override (`shell/updates.rs`), and installs
//! as an AppImage would (the debug-only `GIFTDESK_UPDATE_EXECUTABLE` names the file that is replaced).

pub mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use common::driver::start_driver_with;
use common::window::{open_app, screens_dir, wait_for_text};
use common::TestHome;
use serde_json::{json, Value};
use thirtyfour::prelude::*;

/// The "new release": a real ELF executable of the system's, as an AppImage is one (the updater checks the
/// payload is one before it replaces anything).
fn new_release() -> Vec<u8> {
    std::fs::read("/bin/true").expect("coreutils' /bin/true")
}

fn tauri_cli() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/.bin/tauri")
}

/// A new key pair in `dir`: the private key's path and the public key as the updater takes it.
fn key_pair(dir: &Path, name: &str) -> (PathBuf, String) {
    let key = dir.join(format!("{name}.key"));
    let made = Command::new(tauri_cli())
        .args(["signer", "generate", "--ci", "-p", "", "-w"])
        .arg(&key)
        .env_remove("TAURI_SIGNING_PRIVATE_KEY")
        .output()
        .expect("the Tauri CLI (ui/node_modules, `make setup`)");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let public = std::fs::read_to_string(key.with_extension("key.pub")).unwrap();
    (key, public.trim().to_owned())
}

fn signature(key: &Path, file: &Path) -> String {
    let signed = Command::new(tauri_cli())
        .args(["signer", "sign", "-p", "", "-f"])
        .arg(key)
        .arg(file)
        .env_remove("TAURI_SIGNING_PRIVATE_KEY")
        .output()
        .unwrap();
    assert!(signed.status.success(), "{}", String::from_utf8_lossy(&signed.stderr));
    std::fs::read_to_string(format!("{}.sig", file.display())).unwrap().trim().to_owned()
}

#[derive(Clone)]
struct Server {
    base: String,
    signature: Arc<Mutex<String>>,
    release: Arc<Vec<u8>>,
}

async fn latest(State(server): State<Server>) -> Json<Value> {
    let signature = server.signature.lock().unwrap().clone();
    Json(json!({
        "version": "9.9.9",
        "notes": "Faster search.",
        "pub_date": "2026-12-01T09:00:00Z",
        "platforms": {
            "linux-x86_64": {"signature": signature, "url": format!("{}/Giftdesk_9.9.9_amd64.AppImage", server.base)}
        }
    }))
}

async fn serve(signature: String) -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server =
        Server { base, signature: Arc::new(Mutex::new(signature)), release: Arc::new(new_release()) };
    let app = Router::new()
        .route("/latest.json", get(latest))
        .route(
            "/Giftdesk_9.9.9_amd64.AppImage",
            get(|State(server): State<Server>| async move { server.release.to_vec() }),
        )
        .with_state(server.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    server
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_is_installed_only_when_signed_by_the_trusted_key() {
    let home = TestHome::new();
    let keys = tempfile::tempdir().unwrap();
    let (trusted, trusted_public) = key_pair(keys.path(), "trusted");
    let (other, _) = key_pair(keys.path(), "other");
    let release = keys.path().join("Giftdesk_9.9.9_amd64.AppImage");
    std::fs::write(&release, new_release()).unwrap();
    let (good, bad) = (signature(&trusted, &release), signature(&other, &release));

    let server = serve(bad).await;
    let installed = home.data_dir().join("Giftdesk.AppImage");
    std::fs::write(&installed, b"Giftdesk 0.1.0").unwrap();
    let endpoint = format!("{}/latest.json", server.base);
    let env = [
        ("GIFTDESK_UPDATE_ENDPOINT", endpoint.as_str()),
        ("GIFTDESK_UPDATE_PUBKEY", trusted_public.as_str()),
        ("GIFTDESK_UPDATE_EXECUTABLE", installed.to_str().unwrap()),
    ];
    let tauri_driver = start_driver_with(home.data_dir(), &home.keyring_service, true, &env).await;
    let driver = open_app(&tauri_driver).await;
    let result = async {
        driver.find(By::Id("nav-settings")).await?.click().await?;
        driver.query(By::Id("update-check")).first().await?.click().await?;
        let offer = wait_for_text(&driver, "update-offer", |t| !t.is_empty()).await;
        assert!(offer.contains("9.9.9") && offer.contains("0.1.0"), "{offer}");
        driver.screenshot(&screens_dir().join("settings-update-offered.png")).await?;

        // Signed by a key the app does not trust: refused, and the installed app untouched.
        driver.find(By::Id("update-install")).await?.click().await?;
        let refused = wait_for_text(&driver, "update-error", |t| !t.is_empty()).await;
        assert!(refused.contains("signature"), "{refused}");
        assert_eq!(std::fs::read(&installed).unwrap(), b"Giftdesk 0.1.0", "nothing installed");
        driver.screenshot(&screens_dir().join("settings-update-refused.png")).await?;

        // The same release signed by the trusted key: installed.
        *server.signature.lock().unwrap() = good;
        driver.find(By::Id("update-install")).await?.click().await?;
        let done = wait_for_text(&driver, "update-installed", |t| !t.is_empty()).await;
        assert!(done.contains("9.9.9"), "{done}");
        assert_eq!(std::fs::read(&installed).unwrap(), new_release(), "the signed release replaced the app");
        WebDriverResult::Ok(())
    }
    .await;
    if result.is_err() {
        driver.screenshot(&screens_dir().join("settings-update-failed.png")).await.ok();
    }
    driver.quit().await.ok();
    result.expect("the update refused, then installed");
}
