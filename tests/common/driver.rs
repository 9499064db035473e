//! tauri-driver and a WebDriver session on the app it launches, for the window tests and the window
//! benchmark (`benches/window.rs` includes this file): nothing here knows the test harness.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

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

/// tauri-driver, ready to launch the app on `data_dir`. `composited` keeps the window's layers composited even
/// where no GPU is found (where the app itself stops compositing, `shell::paint_on_the_cpu`): without it,
/// WebKitWebDriver's screenshots hang (WebKitGTK 2.50), and the window tests take one of every screen. The
/// benchmark drives the window as shipped.
pub async fn start_driver(data_dir: &Path, keyring_service: &str, composited: bool) -> Driver {
    start_driver_with(data_dir, keyring_service, composited, &[]).await
}

/// [`start_driver`], with variables of its own for the app (the demo sandbox's dialect).
pub async fn start_driver_with(
    data_dir: &Path,
    keyring_service: &str,
    composited: bool,
    env: &[(&str, &str)],
) -> Driver {
    let (port, native_port) = (free_port(), free_port());
    // A link the app opens "in the system browser" is written down, never opened in a browser.
    install_browser_stand_in();
    let path = tauri_driver_path();
    let mut command = Command::new(&path);
    if composited {
        command.env("WEBKIT_DISABLE_COMPOSITING_MODE", "0");
    }
    command
        .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
        .env("GIFTDESK_DATA_DIR", data_dir)
        .env("GIFTDESK_KEYRING_SERVICE", keyring_service)
        .env("GIFTDESK_DEMO_AUTO_PAY", "off")
        .env_remove("GIFTDESK_BITREFILL_API_KEY");
    // The caller's own variables win over the defaults above.
    command.envs(env.iter().copied());
    let child = command.stdout(Stdio::null()).stderr(Stdio::inherit()).spawn().unwrap_or_else(|e| {
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

/// The system browser, in the private test session: `xdg-open` finds the session's own default handler for
/// web links, a script that appends the URL to `opened-links.txt` in the data directory of the app that
/// asked. Outside such a session (`XDG_CONFIG_HOME` unset) the desktop's own settings are left alone.
fn install_browser_stand_in() {
    let (Some(config), Some(data)) = (std::env::var_os("XDG_CONFIG_HOME"), std::env::var_os("XDG_DATA_HOME"))
    else {
        return;
    };
    let (config, data) = (PathBuf::from(config), PathBuf::from(data));
    let script = data.join("giftdesk-test-browser.sh");
    let applications = data.join("applications");
    std::fs::create_dir_all(&applications).expect("the session's applications folder");
    std::fs::create_dir_all(&config).expect("the session's config folder");
    std::fs::write(&script, "#!/bin/sh\necho \"$1\" >> \"$GIFTDESK_DATA_DIR/opened-links.txt\"\n")
        .expect("the stand-in");
    #[cfg(unix)]
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("executable");
    let entry = format!(
        "[Desktop Entry]\nType=Application\nName=Browser stand-in\nExec={} %u\nMimeType=x-scheme-handler/http;x-scheme-handler/https;\n",
        script.display()
    );
    std::fs::write(applications.join("giftdesk-test-browser.desktop"), entry).expect("its desktop entry");
    let defaults = "[Default Applications]\nx-scheme-handler/http=giftdesk-test-browser.desktop\nx-scheme-handler/https=giftdesk-test-browser.desktop\n";
    std::fs::write(config.join("mimeapps.list"), defaults).expect("the session's default browser");
}

/// A WebDriver session on the app that `driver` launches.
pub async fn open_app(driver: &Driver, app: &Path) -> WebDriver {
    let capabilities = serde_json::json!({"browserName": "wry", "tauri:options": {"application": app}});
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
