//! The sandbox's state, shared by both providers' listeners, and the clock that moves orders along.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use tokio::sync::watch;

use super::bitrefill::model::Invoice;
use super::catalog::Catalog;
use super::cryptorefills::model::CrOrder;
use super::faults::Fault;
use super::ratelimit::RateLimiter;
use super::SandboxOptions;

/// What a payment or delivery should turn into, set through `POST /_sandbox/outcome`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every order is delivered (the default).
    Delivered,
    /// Bitrefill orders end `permanent_failure`; Cryptorefills deliveries fail.
    PermanentFailure,
    /// The first order or delivery succeeds, the rest fail.
    PartialDelivery,
    /// Cryptorefills: the payment fails on chain.
    PaymentFailed,
    /// Cryptorefills: paid, then refunded.
    Refunded,
    /// Cryptorefills: held for the team, then delivered.
    ManualAction,
    /// Bitrefill: paid, then refused; the invoice ends `denied` (docs) or `all_error` with payment
    /// `payment_error` (live) while its orders stay `created`. Cryptorefills: as `payment_failed`.
    Denied,
}

#[derive(Debug)]
pub struct World {
    pub catalog: Catalog,
    /// Bitrefill account balance in minor units of `account_currency`.
    pub balance: u64,
    pub account_currency: &'static str,
    pub invoices: Vec<Invoice>,
    pub cr_orders: Vec<CrOrder>,
    pub faults: Vec<Fault>,
    /// Stock flips: product or family name -> in stock.
    pub stock: HashMap<String, bool>,
    /// Outcomes for specific invoices or orders, by id; `"next"` applies to the next one created.
    pub outcomes: HashMap<String, Outcome>,
    pub rng: fastrand::Rng,
    /// Bumped on every Cryptorefills order change; streams wait on it.
    pub cr_changes: watch::Sender<u64>,
    pub suspended_coins: Vec<String>,
    pub suspended_networks: Vec<(String, String)>,
    /// Requests received, by `"METHOD /path"`: lets tests check a client sent something once.
    pub requests: HashMap<String, u64>,
    /// Balance payments that reached the API, by invoice (whether they paid or found it paid already): a
    /// client that never pays twice sends at most one per invoice.
    pub pay_attempts: HashMap<String, u64>,
    /// When each Cryptorefills order was about to turn Done (for the tracking benchmark's latency).
    pub done_at: HashMap<String, std::time::Instant>,
}

impl World {
    pub fn invoice_mut(&mut self, id: &str) -> Option<&mut Invoice> {
        self.invoices.iter_mut().find(|invoice| invoice.id == id)
    }

    pub fn cr_order_mut(&mut self, id: &str) -> Option<&mut CrOrder> {
        self.cr_orders.iter_mut().find(|order| order.order_id == id)
    }

    /// The outcome for a new invoice or order: a one-shot `"next"` wins over the default.
    pub fn take_next_outcome(&mut self) -> Option<Outcome> {
        self.outcomes.remove("next")
    }

    pub fn product_in_stock(&self, id: &str, default: bool) -> bool {
        self.stock.get(id).copied().unwrap_or(default)
    }

    /// Cryptorefills stock: a flip through the control API wins over the catalog.
    pub fn family_in_stock(&self, family: &super::catalog::Family) -> bool {
        self.stock
            .get(&family.family)
            .or_else(|| self.stock.get(&family.family_slug))
            .copied()
            .unwrap_or(!family.out_of_stock)
    }

    pub fn notify_cr(&self) {
        self.cr_changes.send_modify(|version| *version += 1);
    }
}

#[derive(Debug)]
pub struct Inner {
    world: Mutex<World>,
    pub limiter: Mutex<RateLimiter>,
    pub options: SandboxOptions,
    /// Built on the first webhook, not at start: a client reads the system's CA roots (about 10 ms), which
    /// would hold up the window's start for a feature most sandbox sessions never use.
    http: OnceLock<reqwest::Client>,
    pub urls: Mutex<Urls>,
    pub logos: super::logos::LogoCache,
    /// 429s answered, per provider: a client that paces itself never sees one, and tests check that.
    pub throttled: Throttled,
}

#[derive(Debug, Default)]
pub struct Throttled {
    pub bitrefill: std::sync::atomic::AtomicU64,
    pub cryptorefills: std::sync::atomic::AtomicU64,
}

impl Inner {
    pub fn http(&self) -> &reqwest::Client {
        self.http.get_or_init(|| {
            reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .user_agent(concat!("giftdesk-sandbox/", env!("CARGO_PKG_VERSION")))
                .build()
                .unwrap_or_default()
        })
    }
}

/// The listeners' own base addresses, for `_next` links, logo URLs and the like.
#[derive(Debug, Clone, Default)]
pub struct Urls {
    pub bitrefill: String,
    pub cryptorefills: String,
}

#[derive(Debug, Clone)]
pub struct Shared(pub Arc<Inner>);

impl Shared {
    pub fn new(options: SandboxOptions) -> Self {
        let catalog = Catalog::generate(options.seed, options.products);
        let (cr_changes, _) = watch::channel(0);
        let world = World {
            catalog,
            balance: options.starting_balance,
            account_currency: "USD",
            invoices: Vec::new(),
            cr_orders: Vec::new(),
            faults: Vec::new(),
            stock: HashMap::new(),
            outcomes: HashMap::new(),
            rng: fastrand::Rng::with_seed(options.seed ^ 0x9e37_79b9_7f4a_7c15),
            cr_changes,
            suspended_coins: vec!["DAI".into()],
            suspended_networks: vec![("USDT".into(), "Arbitrum".into())],
            requests: HashMap::new(),
            pay_attempts: HashMap::new(),
            done_at: HashMap::new(),
        };
        Shared(Arc::new(Inner {
            world: Mutex::new(world),
            limiter: Mutex::new(RateLimiter::new(options.rate_limit_scale, options.dialect)),
            http: OnceLock::new(),
            options,
            urls: Mutex::new(Urls::default()),
            logos: super::logos::LogoCache::default(),
            throttled: Throttled::default(),
        }))
    }

    fn lock(&self) -> MutexGuard<'_, World> {
        // A panic while holding the lock would be a sandbox bug; the state is still the best we have.
        self.0.world.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `work` on the world under its lock. Never hold it across an await.
    pub fn with_world<T>(&self, work: impl FnOnce(&mut World) -> T) -> T {
        work(&mut self.lock())
    }

    pub fn urls(&self) -> Urls {
        self.0.urls.lock().map(|urls| urls.clone()).unwrap_or_default()
    }

    pub fn options(&self) -> &SandboxOptions {
        &self.0.options
    }

    pub fn dialect(&self) -> super::Dialect {
        self.0.options.dialect
    }

    /// A lifecycle step `nominal` from now, scaled by the time scale.
    pub fn scaled(&self, nominal: Duration) -> Duration {
        nominal.mul_f64(self.0.options.time_scale.max(0.0))
    }

    /// Runs `step` on the world after `nominal` (scaled) time.
    pub fn after(&self, nominal: Duration, step: impl FnOnce(&Shared) + Send + 'static) {
        let shared = self.clone();
        let delay = self.scaled(nominal);
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            step(&shared);
        });
    }

    pub fn subscribe_cr(&self) -> watch::Receiver<u64> {
        self.lock().cr_changes.subscribe()
    }
}
