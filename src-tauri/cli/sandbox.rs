//! `giftdesk sandbox`: both provider APIs on loopback until the process is stopped.

use std::process::ExitCode;
use std::time::Duration;

use super::output::Output;
use super::SandboxArgs;
use giftdesk_core::error::Error;
use giftdesk_core::tr;
use giftdesk_sandbox::{Sandbox, SandboxOptions};

pub async fn serve(args: SandboxArgs, output: Output) -> ExitCode {
    if !(args.time_scale >= 0.0 && args.rate_limit_scale >= 0.0) {
        return output.failure(Error::invalid("time_scale", tr!("cli-sandbox-scales")));
    }
    let options = SandboxOptions {
        bitrefill_port: args.bitrefill_port,
        cryptorefills_port: args.cryptorefills_port,
        seed: args.seed,
        products: args.products as usize,
        latency: Duration::from_millis(args.latency_ms),
        rate_limit_scale: args.rate_limit_scale,
        time_scale: args.time_scale,
        auto_pay_after: args.auto_pay_secs.filter(|s| *s >= 0.0).map(Duration::from_secs_f64),
        ..SandboxOptions::default()
    };
    // Without the flag, the default reads GIFTDESK_SANDBOX_DIALECT, then falls back to live.
    let options = SandboxOptions { dialect: args.dialect.unwrap_or(options.dialect), ..options };
    let sandbox = match Sandbox::start(options).await {
        Ok(sandbox) => sandbox,
        Err(error) => return output.failure(Error::io(tr!("cli-io-sandbox-ports"), error)),
    };
    // Always one JSON line, so scripts can read the addresses whatever the flags.
    match serde_json::to_string(&sandbox.urls) {
        Ok(line) => println!("{line}"),
        Err(error) => {
            return output.failure(Error::Internal(format!("could not encode the addresses: {error}")))
        }
    }
    wait_for_stop().await;
    drop(sandbox);
    ExitCode::SUCCESS
}

async fn wait_for_stop() {
    #[cfg(unix)]
    {
        let Ok(mut terminate) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        else {
            let _ = tokio::signal::ctrl_c().await;
            return;
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
