//! Demo mode: with no credentials yet (or when chosen in Settings) the window runs on the embedded sandbox,
//! started here and handed to the core as addresses and test credentials.

use giftdesk_core::context::{secrets_from_process, Context, Environment, SandboxCredentials, SandboxReason};
use giftdesk_core::error::{Error, Result};
use giftdesk_core::paths::Paths;
use giftdesk_core::settings::Settings;
use giftdesk_sandbox::{Sandbox, SandboxOptions};

/// The environment of a sandbox this process started (tests and benches, which cannot reach into this
/// binary, build the same from `giftdesk_sandbox`'s constants).
pub fn environment_of(sandbox: &Sandbox, reason: SandboxReason) -> Environment {
    Environment::Sandbox {
        bitrefill_url: sandbox.urls.bitrefill.clone(),
        cryptorefills_url: sandbox.urls.cryptorefills.clone(),
        reason,
        credentials: SandboxCredentials {
            bitrefill_api_key: giftdesk_sandbox::BITREFILL_API_KEY.into(),
            cryptorefills_partner_id: giftdesk_sandbox::CRYPTOREFILLS_PARTNER_ID.into(),
        },
    }
}

/// How long the demo waits before "paying" a crypto invoice or order by itself.
const DEMO_AUTO_PAY: std::time::Duration = std::time::Duration::from_secs(4);
/// `off` keeps demo payments for the "Simulate payment" button alone (the window test), or a number of
/// seconds.
const DEMO_AUTO_PAY_VAR: &str = "GIFTDESK_DEMO_AUTO_PAY";

fn demo_auto_pay() -> Option<std::time::Duration> {
    match std::env::var(DEMO_AUTO_PAY_VAR) {
        Ok(value) if value.trim() == "off" => None,
        Ok(value) => {
            value.trim().parse::<f64>().ok().map(std::time::Duration::from_secs_f64).or(Some(DEMO_AUTO_PAY))
        }
        Err(_) => Some(DEMO_AUTO_PAY),
    }
}

/// What the window opens with: the context, and the sandbox it runs on when in demo mode (the caller keeps
/// it alive for as long as the window lives).
pub async fn open_for_window(paths: Paths) -> Result<(Context, Option<Sandbox>)> {
    paths.create_all()?;
    let secrets = secrets_from_process()?;
    let settings = Settings::load(&paths.config)?;
    let reason = if settings.use_sandbox {
        Some(SandboxReason::Chosen)
    } else {
        match secrets.statuses().await {
            Ok(statuses) if statuses.iter().any(|s| s.configured) => None,
            Ok(_) => Some(SandboxReason::NoCredentials),
            Err(error) => {
                // The window must still open so the user can see Settings and fix the keyring.
                tracing::warn!(%error, "keyring unavailable at start; running on the sandbox");
                Some(SandboxReason::NoCredentials)
            }
        }
    };
    let Some(reason) = reason else {
        return Ok((Context::open(paths, secrets, Environment::Live).await?, None));
    };
    let options = SandboxOptions { auto_pay_after: demo_auto_pay(), ..SandboxOptions::default() };
    let sandbox = Sandbox::start(options)
        .await
        .map_err(|e| Error::io("the sandbox could not start on this machine's loopback address", e))?;
    let environment = environment_of(&sandbox, reason);
    Ok((Context::open(paths, secrets, environment).await?, Some(sandbox)))
}
