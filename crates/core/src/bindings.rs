//! TypeScript types for the web view, generated from the Rust types by ts-rs and committed under
//! `ui/src/lib/bindings/`. `tests/bindings.rs` fails when the committed files are stale;
//! `make bindings` rewrites them.

use std::path::Path;

use ts_rs::{ExportError, TS};

use crate::catalog::{
    CatalogEntry, CatalogProduct, CatalogStatus, ConnectionCheck, SearchQuery, SyncEvent, SyncProgress,
    SyncReport,
};
use crate::checkout::{
    AccountBalance, CartCheckout, CartView, CoinChoice, ItemState, LineRequest, PayReceipt, PurchaseView,
};
use crate::context::Overview;
use crate::error::IpcError;
use crate::providers::Provider;
use crate::secrets::{BitrefillCredentialInput, CredentialStatus, CryptorefillsCredentialInput};
use crate::settings::Settings;
use crate::tracking::TrackEvent;
use crate::vault::{CodeEntry, CodeQuery, Exported};

/// Relative to the repository root.
pub const BINDINGS_DIR: &str = "ui/src/lib/bindings";

/// Writes every type the web view exchanges with the core, and the types they use, into `dir`.
pub fn export_all(dir: &Path) -> Result<(), ExportError> {
    let config = ts_rs::Config::new().with_out_dir(dir);
    IpcError::export_all(&config)?;
    Provider::export_all(&config)?;
    Overview::export_all(&config)?;
    CredentialStatus::export_all(&config)?;
    BitrefillCredentialInput::export_all(&config)?;
    CryptorefillsCredentialInput::export_all(&config)?;
    Settings::export_all(&config)?;
    CatalogProduct::export_all(&config)?;
    CatalogEntry::export_all(&config)?;
    SyncEvent::export_all(&config)?;
    CatalogStatus::export_all(&config)?;
    ConnectionCheck::export_all(&config)?;
    SearchQuery::export_all(&config)?;
    SyncReport::export_all(&config)?;
    SyncProgress::export_all(&config)?;
    CartView::export_all(&config)?;
    CartCheckout::export_all(&config)?;
    LineRequest::export_all(&config)?;
    PayReceipt::export_all(&config)?;
    PurchaseView::export_all(&config)?;
    ItemState::export_all(&config)?;
    AccountBalance::export_all(&config)?;
    CoinChoice::export_all(&config)?;
    CodeEntry::export_all(&config)?;
    CodeQuery::export_all(&config)?;
    crate::catalog::CryptoPrice::export_all(&config)?;
    Exported::export_all(&config)?;
    TrackEvent::export_all(&config)?;
    Ok(())
}
