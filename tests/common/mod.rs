//! Shared by the integration tests: an isolated home for one test (data directory and keyring service of
//! its own), and a way to run the real `giftdesk` binary in it.

use std::process::{Command, Output, Stdio};

pub mod desktop;
pub mod driver;
pub mod team;
pub mod verbs;
pub mod window;

pub use giftdesk_testkit::{apis, shop, sse};

pub const BIN: &str = env!("CARGO_BIN_EXE_giftdesk");

/// Variables that would make a test depend on the machine it runs on.
const HOST_VARIABLES: &[&str] = &[
    "GIFTDESK_BITREFILL_API_KEY",
    "GIFTDESK_BITREFILL_API_ID",
    "GIFTDESK_BITREFILL_API_SECRET",
    "GIFTDESK_CRYPTOREFILLS_PARTNER_ID",
    "GIFTDESK_CRYPTOREFILLS_APP_VERSION",
    "GIFTDESK_LOG_DIR",
    "GIFTDESK_CONFIG_DIR",
];

/// The shared test home (its own data directory and keyring entries), with the binary set up to use it.
#[derive(Debug, Default)]
pub struct TestHome(giftdesk_testkit::TestHome);

impl std::ops::Deref for TestHome {
    type Target = giftdesk_testkit::TestHome;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl TestHome {
    pub fn new() -> Self {
        Self::default()
    }

    /// The binary, set up to use only this home.
    pub fn giftdesk(&self) -> Command {
        let mut command = Command::new(BIN);
        for name in HOST_VARIABLES {
            command.env_remove(name);
        }
        command
            .env("GIFTDESK_DATA_DIR", self.dir.path())
            .env("GIFTDESK_KEYRING_SERVICE", &self.keyring_service)
            .stdin(Stdio::null());
        command
    }

    /// Runs a verb with `stdin` piped in.
    pub fn run_with_input(&self, args: &[&str], stdin: &str) -> Output {
        run_with_input(self.giftdesk().args(args), stdin)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.giftdesk().args(args).output().expect("giftdesk runs")
    }
}

pub fn run_with_input(command: &mut Command, stdin: &str) -> Output {
    use std::io::Write;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("giftdesk starts");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("giftdesk finishes")
}

pub fn stdout_json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

pub fn assert_success(output: &Output) {
    assert!(
        output.status.success(),
        "giftdesk failed ({}):\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
