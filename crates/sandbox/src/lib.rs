//! A local server that speaks both provider APIs: the app's demo mode and every test's counterpart.
//!
//! Stateful, not a mock: a deterministic catalog, balances that payments spend, invoices and orders that
//! move through their lives over time, a control API under `/_sandbox/` to pay and to inject faults.
//! Bitrefill is served under `/v2` on one listener, Cryptorefills on another, both on 127.0.0.1.

pub mod bitrefill;
mod catalog;
mod clock;
mod control;
mod countries;
pub mod cryptorefills;
mod dialect;
mod families;
pub mod faults;
mod fixtures;
mod images;
mod logos;
mod markets;
mod ratelimit;
mod recipients;
pub mod testing;
mod world;

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use axum::middleware;
use axum::routing::get;
use axum::Router;
use serde::Serialize;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use self::dialect::{listing_time, Dialect, DIALECT_ENV};
pub use self::world::Outcome;
use self::world::{Shared, Urls};

/// Bitrefill's fixed test credentials in the sandbox.
pub use self::bitrefill::{
    API_ID as BITREFILL_API_ID, API_KEY as BITREFILL_API_KEY, API_SECRET as BITREFILL_API_SECRET,
};
/// The 233 country codes Cryptorefills serves.
pub static COUNTRY_CODES: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| countries::COUNTRIES.iter().map(|(code, _)| *code).collect());

/// Any non-empty partner ID works; the app uses this one in demo mode.
pub const CRYPTOREFILLS_PARTNER_ID: &str = "sandbox-partner";

#[derive(Debug, Clone)]
pub struct SandboxOptions {
    pub bitrefill_port: u16,
    pub cryptorefills_port: u16,
    /// The catalog and every generated value follow from it.
    pub seed: u64,
    /// Bitrefill products (besides the six test products).
    pub products: usize,
    /// Added to every answer.
    pub latency: Duration,
    /// Multiplies Bitrefill's rate-limit rates (`60` makes a minute's allowance last a second); 0 turns limits off.
    pub rate_limit_scale: f64,
    /// Multiplies lifecycle times: payment windows, confirmations, deliveries. `0.01` makes 30 minutes 18 s.
    pub time_scale: f64,
    /// Demo mode: crypto invoices and orders are paid this long after creation.
    pub auto_pay_after: Option<Duration>,
    /// Bitrefill balance in US cents.
    pub starting_balance: u64,
    /// Which form of each API to answer in: the documents' or the live service's (see `dialect.rs`).
    pub dialect: Dialect,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        Self {
            bitrefill_port: 0,
            cryptorefills_port: 0,
            seed: 42,
            products: 2_000,
            latency: Duration::ZERO,
            rate_limit_scale: 1.0,
            time_scale: 1.0,
            auto_pay_after: None,
            starting_balance: 500_000,
            dialect: Dialect::from_env(),
        }
    }
}

/// The base URLs, as `giftdesk sandbox` prints them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SandboxUrls {
    pub bitrefill: String,
    pub cryptorefills: String,
}

/// A running sandbox. Both listeners are bound and serving when `start` returns; dropping it stops them.
#[derive(Debug)]
pub struct Sandbox {
    pub urls: SandboxUrls,
    servers: Vec<JoinHandle<()>>,
    shared: Shared,
}

impl Sandbox {
    pub async fn start(options: SandboxOptions) -> std::io::Result<Self> {
        let bitrefill =
            TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, options.bitrefill_port))).await?;
        let cryptorefills =
            TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, options.cryptorefills_port))).await?;
        let bitrefill_root = format!("http://{}", bitrefill.local_addr()?);
        let cryptorefills_root = format!("http://{}", cryptorefills.local_addr()?);
        let shared = Shared::new(options);
        if let Ok(mut urls) = shared.0.urls.lock() {
            *urls =
                Urls { bitrefill: format!("{bitrefill_root}/v2"), cryptorefills: cryptorefills_root.clone() };
        }
        let bitrefill_app = bitrefill::router(shared.clone()).merge(
            Router::new().route("/primg/{size}/{file}", get(logos::bitrefill)).with_state(shared.clone()),
        );
        let cryptorefills_app = cryptorefills::router(shared.clone()).merge(
            Router::new()
                .route("/logos_v2/{file}", get(logos::cryptorefills))
                .route("/images/{kind}/{file}", get(images::deliverable))
                .with_state(shared.clone()),
        );
        let servers = [(bitrefill, bitrefill_app), (cryptorefills, cryptorefills_app)]
            .into_iter()
            .map(|(listener, app)| {
                let app = app
                    .merge(control::router().with_state(shared.clone()))
                    .layer(middleware::from_fn_with_state(shared.clone(), faults::apply));
                tokio::spawn(async move {
                    if let Err(error) = axum::serve(listener, app).await {
                        tracing::error!(%error, "sandbox listener stopped");
                    }
                })
            })
            .collect();
        tracing::info!(bitrefill = %bitrefill_root, cryptorefills = %cryptorefills_root, "sandbox serving");
        Ok(Self {
            urls: SandboxUrls {
                bitrefill: format!("{bitrefill_root}/v2"),
                cryptorefills: cryptorefills_root,
            },
            servers,
            shared,
        })
    }

    /// When a Cryptorefills order was about to turn Done, for measuring how fast a client hears it.
    pub fn done_at(&self, order_id: &str) -> Option<std::time::Instant> {
        self.shared.with_world(|w| w.done_at.get(order_id).copied())
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.servers.iter().for_each(JoinHandle::abort);
    }
}
