//! An in-process sandbox on port 0 and an HTTP client that speaks to it as the providers' clients would.

use std::time::{Duration, Instant};

use reqwest::{Client, Method, RequestBuilder};
use serde_json::Value;

use crate::{Sandbox, SandboxOptions};

pub struct Apis {
    pub sandbox: Sandbox,
    pub http: Client,
}

impl std::fmt::Debug for Apis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Apis").field("urls", &self.sandbox.urls).finish()
    }
}

/// Quick lifecycles (a 30-minute window lasts 90 s), no rate limits, a small catalog.
pub fn fast_options() -> SandboxOptions {
    SandboxOptions { products: 300, time_scale: 0.05, rate_limit_scale: 0.0, ..SandboxOptions::default() }
}

impl Apis {
    pub async fn start(options: SandboxOptions) -> Self {
        let sandbox = Sandbox::start(options).await.expect("the sandbox starts");
        let http =
            Client::builder().user_agent("giftdesk-tests").timeout(Duration::from_secs(20)).build().unwrap();
        Self { sandbox, http }
    }

    pub fn bitrefill(&self, method: Method, path: &str) -> RequestBuilder {
        let url = if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.sandbox.urls.bitrefill)
        };
        self.http.request(method, url).bearer_auth(crate::BITREFILL_API_KEY)
    }

    pub fn cryptorefills(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.sandbox.urls.cryptorefills))
            .header("X-Cr-Application", "partner-test")
            .header("X-Cr-Version", "giftdesk-tests")
            .header("X-Forwarded-For", "127.0.0.1")
    }

    /// The control API, on the Cryptorefills listener (both listeners serve it).
    pub async fn control(&self, method: Method, path: &str, body: Value) -> reqwest::Response {
        self.http
            .request(method, format!("{}/_sandbox{path}", self.sandbox.urls.cryptorefills))
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn json(request: RequestBuilder) -> (u16, Value) {
        let response = request.send().await.expect("the sandbox answers");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}")))
    }
}

/// Polls `probe` until it returns `Some`, or fails after `limit`.
pub async fn eventually<T, F, Fut>(limit: Duration, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + limit;
    loop {
        if let Some(value) = probe().await {
            return value;
        }
        assert!(Instant::now() < deadline, "condition not reached within {limit:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
