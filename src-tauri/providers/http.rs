//! HTTP for the provider clients: one reqwest client with explicit timeouts and a User-Agent naming
//! Giftdesk, pacing under each provider's limits, and retries only where repeating is safe: GETs, on
//! transport errors and 5xx, with jittered backoff; a 429 waits for `Retry-After`. Nothing else is retried.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use reqwest::{RequestBuilder, Response, StatusCode};

use super::pacing::{retry_after, Pacer};
use super::Provider;
use crate::error::{Error, Result};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const ATTEMPTS: u32 = 4;
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_THROTTLED_WAITS: u32 = 5;

/// `Giftdesk/0.1.0 (linux; x86_64)`: the provider edges refuse requests without a real User-Agent.
pub fn user_agent() -> String {
    format!("Giftdesk/{} ({}; {})", env!("CARGO_PKG_VERSION"), std::env::consts::OS, std::env::consts::ARCH)
}

/// What a client did, for `giftdesk sync --json` and the benchmarks.
#[derive(Debug, Default)]
pub struct Stats {
    pub requests: AtomicU64,
    pub throttled: AtomicU64,
    pub retries: AtomicU64,
}

impl Stats {
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    pub fn throttled(&self) -> u64 {
        self.throttled.load(Ordering::Relaxed)
    }

    pub fn retries(&self) -> u64 {
        self.retries.load(Ordering::Relaxed)
    }
}

#[derive(Debug)]
pub struct Http {
    client: reqwest::Client,
    provider: Provider,
    pub stats: Stats,
}

impl Http {
    pub fn new(provider: Provider) -> Result<Self> {
        let client = reqwest::Client::builder()
            .user_agent(user_agent())
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .build()
            .map_err(|e| Error::Internal(format!("could not set up HTTP: {e}")))?;
        Ok(Self { client, provider, stats: Stats::default() })
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// A GET, paced and retried. `build` makes the request afresh for each attempt. Statuses other than
    /// 429 and 5xx are returned for the caller to read.
    pub async fn get(
        &self,
        pacer: &Pacer,
        build: impl Fn(&reqwest::Client) -> RequestBuilder,
    ) -> Result<Response> {
        let (mut attempt, mut throttled) = (0, 0);
        loop {
            pacer.ready().await;
            self.stats.requests.fetch_add(1, Ordering::Relaxed);
            let outcome = build(&self.client).send().await;
            if let Ok(response) = &outcome {
                pacer.observe(response.headers()).await;
            }
            match outcome {
                Ok(response)
                    if response.status() == StatusCode::TOO_MANY_REQUESTS
                        && throttled < MAX_THROTTLED_WAITS =>
                {
                    throttled += 1;
                    self.stats.throttled.fetch_add(1, Ordering::Relaxed);
                    let wait = retry_after(response.headers());
                    tracing::info!(provider = %self.provider, wait_ms = wait.as_millis() as u64, "throttled; waiting");
                    tokio::time::sleep(wait).await;
                }
                Ok(response) if response.status().is_server_error() && attempt + 1 < ATTEMPTS => {
                    attempt += 1;
                    self.backoff(attempt, &format!("HTTP {}", response.status())).await;
                }
                Ok(response) => return Ok(response),
                Err(error) if attempt + 1 < ATTEMPTS && !error.is_builder() => {
                    attempt += 1;
                    self.backoff(attempt, &transport_detail(&error)).await;
                }
                Err(error) => return Err(self.network_error(&error)),
            }
        }
    }

    /// Anything that is not a GET: paced, sent once, never repeated (a lost answer is the caller's to
    /// reconcile, never a reason to send again).
    pub async fn send_once(&self, pacer: &Pacer, request: RequestBuilder) -> Result<Response> {
        pacer.ready().await;
        self.stats.requests.fetch_add(1, Ordering::Relaxed);
        let response = request.send().await.map_err(|error| self.network_error(&error))?;
        pacer.observe(response.headers()).await;
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            self.stats.throttled.fetch_add(1, Ordering::Relaxed);
        }
        Ok(response)
    }

    async fn backoff(&self, attempt: u32, why: &str) {
        self.stats.retries.fetch_add(1, Ordering::Relaxed);
        let base = FIRST_BACKOFF * 2u32.pow(attempt - 1);
        // Full jitter between half and the whole delay, so many clients do not retry in step.
        let wait = base.mul_f64(0.5 + fastrand::f64() * 0.5);
        tracing::info!(provider = %self.provider, attempt, wait_ms = wait.as_millis() as u64, why, "retrying GET");
        tokio::time::sleep(wait).await;
    }

    /// The answer's status and JSON body; a body cut off or not JSON is an error naming the provider.
    pub async fn read_json(&self, response: Response) -> Result<(StatusCode, serde_json::Value)> {
        let status = response.status();
        let text = response.text().await.map_err(|_| Error::Network {
            provider: self.provider,
            detail: "the answer was cut off".into(),
        })?;
        let body = serde_json::from_str(&text).map_err(|_| Error::UnexpectedResponse {
            provider: self.provider,
            detail: format!("HTTP {status} with a body that is not JSON"),
        })?;
        Ok((status, body))
    }

    fn network_error(&self, error: &reqwest::Error) -> Error {
        Error::Network { provider: self.provider, detail: transport_detail(error) }
    }
}

/// What went wrong on the wire, without the URL (which may carry query parameters) or any header.
fn transport_detail(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        "the request timed out".into()
    } else if error.is_connect() {
        "could not connect".into()
    } else if error.is_decode() || error.is_body() {
        "the answer was cut off".into()
    } else {
        "the connection failed".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_agent_names_giftdesk_its_version_and_the_os() {
        let agent = user_agent();
        assert!(agent.starts_with(&format!("Giftdesk/{} (", env!("CARGO_PKG_VERSION"))), "{agent}");
        assert!(agent.contains(std::env::consts::OS));
    }
}
