//! HTTP for the provider clients: one reqwest client with explicit timeouts and a User-Agent naming
//! Giftdesk, every request drawn from the account's rate budget, and retries only where repeating is safe:
//! GETs, on transport errors and 5xx, with jittered backoff; a 429 waits for `Retry-After`. Nothing else is
//! retried.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use reqwest::{RequestBuilder, Response, StatusCode};

use super::budget::{retry_after, Bucket, Priority};
use super::Provider;
use crate::error::{Error, Result};
use crate::i18n::{self, Language};
use crate::tr;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const ATTEMPTS: u32 = 4;
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_THROTTLED_WAITS: u32 = 5;

/// `Giftdesk/0.1.0 (linux; x86_64)`: the provider edges refuse requests without a real User-Agent.
pub fn user_agent() -> String {
    format!("Giftdesk/{} ({}; {})", env!("CARGO_PKG_VERSION"), std::env::consts::OS, std::env::consts::ARCH)
}

/// How a request that must never be repeated ended.
#[derive(Debug)]
pub enum PostOutcome {
    /// The provider answered, with this status and body (an error body included).
    Answered(StatusCode, serde_json::Value),
    /// Nothing reached the provider (the connection was refused): it is safe to try again.
    NotSent(Error),
    /// The request left but no readable answer came back: the provider may have acted on it.
    Lost(Error),
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
        bucket: &Bucket,
        priority: Priority,
        build: impl Fn(&reqwest::Client) -> RequestBuilder,
    ) -> Result<Response> {
        let (mut attempt, mut throttled) = (0, 0);
        loop {
            bucket.ready(priority).await?;
            self.stats.requests.fetch_add(1, Ordering::Relaxed);
            let outcome = build(&self.client).send().await;
            if let Ok(response) = &outcome {
                bucket.observe(response.headers()).await;
            }
            match outcome {
                Ok(response)
                    if response.status() == StatusCode::TOO_MANY_REQUESTS
                        && throttled < MAX_THROTTLED_WAITS =>
                {
                    throttled += 1;
                    self.stats.throttled.fetch_add(1, Ordering::Relaxed);
                    let wait = retry_after(response.headers());
                    if priority.patience().is_some_and(|patience| wait > patience) {
                        return Err(Error::RateBudget { provider: self.provider, wait_secs: wait.as_secs() });
                    }
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
                    self.backoff(attempt, &i18n::text_in(Language::English, transport_problem(&error), &[]))
                        .await;
                }
                Err(error) => return Err(self.network_error(&error)),
            }
        }
    }

    /// A GET read as JSON. An answer cut off or not JSON is fetched again, as a transport error would be: a
    /// GET changes nothing, and a proxy or a dropped connection can cut any answer.
    pub async fn get_json(
        &self,
        bucket: &Bucket,
        priority: Priority,
        build: impl Fn(&reqwest::Client) -> RequestBuilder,
    ) -> Result<(StatusCode, serde_json::Value)> {
        let mut attempt = 0;
        loop {
            let response = self.get(bucket, priority, &build).await?;
            match self.read_json(response).await {
                Ok(read) => return Ok(read),
                Err(_) if attempt + 1 < ATTEMPTS => {
                    attempt += 1;
                    self.backoff(attempt, "an answer that could not be read").await;
                }
                Err(error) => return Err(error),
            }
        }
    }

    /// A request that creates something (an invoice, an order, a payment): sent once, and the outcome says
    /// whether it surely did not leave, was answered, or may have been acted on without an answer reaching us.
    /// A 429 is the limiter speaking before the API acted: the same request goes again after `Retry-After`
    /// (another process may have spent the allowance this one counted on).
    pub async fn post_once(&self, bucket: &Bucket, request: RequestBuilder) -> PostOutcome {
        for _ in 0..MAX_THROTTLED_WAITS {
            let Some(copy) = request.try_clone() else { break };
            match self.send_post(bucket, copy).await {
                (_, Some(wait)) if Priority::Money.patience().is_some_and(|patience| wait > patience) => {
                    // Told to come back much later: nothing was created, and the reseller hears why now.
                    self.stats.throttled.fetch_add(1, Ordering::Relaxed);
                    let error = Error::RateBudget { provider: self.provider, wait_secs: wait.as_secs() };
                    return PostOutcome::NotSent(error);
                }
                (_, Some(wait)) => {
                    self.stats.throttled.fetch_add(1, Ordering::Relaxed);
                    tracing::info!(provider = %self.provider, wait_ms = wait.as_millis() as u64, "create throttled; waiting");
                    tokio::time::sleep(wait).await;
                }
                (outcome, None) => return outcome,
            }
        }
        self.send_post(bucket, request).await.0
    }

    /// One send; with the wait `Retry-After` asks for when the answer is a 429.
    async fn send_post(&self, bucket: &Bucket, request: RequestBuilder) -> (PostOutcome, Option<Duration>) {
        // Creating and paying go first; a budget that cannot be read sends nothing.
        if let Err(error) = bucket.ready(Priority::Money).await {
            return (PostOutcome::NotSent(error), None);
        }
        self.stats.requests.fetch_add(1, Ordering::Relaxed);
        let response = match request.send().await {
            Ok(response) => response,
            // A refused connection carried nothing: the provider cannot have acted on it.
            Err(error) if error.is_connect() || error.is_builder() => {
                return (PostOutcome::NotSent(self.network_error(&error)), None)
            }
            Err(error) => return (PostOutcome::Lost(self.network_error(&error)), None),
        };
        bucket.observe(response.headers()).await;
        let status = response.status();
        let throttled = (status == StatusCode::TOO_MANY_REQUESTS).then(|| retry_after(response.headers()));
        let outcome = match self.read_json(response).await {
            Ok((status, body)) => PostOutcome::Answered(status, body),
            Err(error) if status == StatusCode::TOO_MANY_REQUESTS => PostOutcome::NotSent(error),
            Err(error) => PostOutcome::Lost(error),
        };
        (outcome, throttled)
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
            detail: tr!("providers-answer-cut-off"),
        })?;
        let body = serde_json::from_str(&text).map_err(|_| Error::UnexpectedResponse {
            provider: self.provider,
            detail: tr!("providers-not-json", status = status.to_string()),
        })?;
        Ok((status, body))
    }

    fn network_error(&self, error: &reqwest::Error) -> Error {
        Error::Network { provider: self.provider, detail: i18n::text(transport_problem(error), &[]) }
    }
}

/// What went wrong on the wire, without the URL (which may carry query parameters) or any header: the id of
/// its message (in the reseller's language for them, in English for the log).
fn transport_problem(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "providers-timed-out"
    } else if error.is_connect() {
        "providers-could-not-connect"
    } else if error.is_decode() || error.is_body() {
        "providers-answer-cut-off"
    } else {
        "providers-connection-failed"
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
