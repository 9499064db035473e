//! The catalog: both providers' products cached in SQLite, refreshed by syncs, searched with FTS5.

mod bitrefill_sync;
mod esims;
pub(crate) mod family;
pub(crate) mod featured;
pub(crate) mod import;
pub mod logos;
pub(crate) mod offers;
mod operators;
mod search;
mod service;
mod sync;
mod thumbnail;
mod write;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use self::bitrefill_sync::sync_bitrefill;
pub use self::esims::{read_plan_name, EsimPlan};
pub use self::family::{apply_family, FRESH_FOR};
pub use self::import::{from_bitrefill, from_cryptorefills};
pub use self::offers::CryptoPrice;
pub use self::operators::OperatorLookup;
pub use self::search::{product, search, SearchQuery, SortOrder};
pub use self::service::{CatalogEntry, CatalogStatus, LastSync, SyncEvent};
pub use self::sync::{said, sync_cryptorefills, LeftOut, SyncProgress, SyncReport};
pub use self::write::{apply, apply_whole, Coverage, Scope};

use std::path::PathBuf;
use std::sync::Arc;

use crate::accounts::Accounts;
use crate::providers::Provider;
use crate::settings::SettingsFile;
use crate::store::Store;

pub use crate::product_kind::Kind;

/// Both providers' products as this desk keeps them: syncing, search, families, offers and logos.
#[derive(Debug, Clone)]
pub struct Catalog {
    store: Store,
    accounts: Accounts,
    settings: SettingsFile,
    /// Where the logo cache lives.
    data_dir: PathBuf,
    /// Held while a sync runs.
    sync_lock: Arc<tokio::sync::Mutex<()>>,
}

impl Catalog {
    pub(crate) fn new(store: Store, accounts: Accounts, settings: SettingsFile, data_dir: PathBuf) -> Self {
        Self { store, accounts, settings, data_dir, sync_lock: Default::default() }
    }
}

/// A fixed face value and what it costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Denomination {
    /// The provider's package id (Bitrefill `package_id`) or denomination label (Cryptorefills).
    pub id: String,
    /// As shown to people: "50", "3 GB 30 days".
    pub value: String,
    /// Face value in the product's currency, an exact decimal.
    #[ts(optional)]
    pub amount: Option<String>,
    /// Price in minor units of `price_currency`.
    #[ts(optional, type = "number")]
    pub price: Option<u64>,
}

/// Open amounts: from `min` to `max` in steps of `step`, exact decimals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ValueRange {
    pub min: String,
    pub max: String,
    pub step: String,
}

/// One product, the same shape for both providers: what the store keeps and search returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CatalogProduct {
    pub provider: Provider,
    pub id: String,
    pub brand: String,
    pub name: String,
    pub kind: Kind,
    pub country: Option<String>,
    pub currency: Option<String>,
    pub categories: Vec<String>,
    pub denominations: Vec<Denomination>,
    pub range: Option<ValueRange>,
    pub price_currency: Option<String>,
    pub in_stock: bool,
    pub logo: Option<String>,
}
