//! A context on a sandbox for the benchmarks: its own data directory and keyring entries, the sandbox's
//! addresses and test credentials.

use giftdesk_core::context::{Context, Environment, SandboxCredentials, SandboxReason};
use giftdesk_core::paths::Paths;
use giftdesk_core::secrets::{EnvCredentials, Keyring, Secrets};
use giftdesk_sandbox::Sandbox;

pub async fn open(dir: &tempfile::TempDir, sandbox: &Sandbox, bench: &str) -> Context {
    let data = dir.path().to_str().unwrap().to_owned();
    let paths = Paths::resolve(|name| (name == "GIFTDESK_DATA_DIR").then(|| data.clone())).unwrap();
    let service = format!("giftdesk-bench-{bench}-{}", std::process::id());
    let secrets = Secrets::new(Keyring::new(service), EnvCredentials::from_lookup(|_| None).unwrap());
    let environment = Environment::Sandbox {
        bitrefill_url: sandbox.urls.bitrefill.clone(),
        cryptorefills_url: sandbox.urls.cryptorefills.clone(),
        reason: SandboxReason::Chosen,
        credentials: SandboxCredentials {
            bitrefill_api_key: giftdesk_sandbox::BITREFILL_API_KEY.into(),
            cryptorefills_partner_id: giftdesk_sandbox::CRYPTOREFILLS_PARTNER_ID.into(),
        },
    };
    Context::open(paths, secrets, environment).await.unwrap()
}
