//! TypeScript types for the web view, generated from the Rust types by ts-rs and committed under
//! `ui/src/lib/bindings/`. `crates/core/tests/core/bindings.rs` fails when the committed files are stale;
//! `make bindings` rewrites them.

use std::path::Path;

use ts_rs::{ExportError, TS};

use crate::accounts::ConnectionCheck;
use crate::catalog::{
    CatalogEntry, CatalogProduct, CatalogStatus, EsimPlan, OperatorLookup, SearchQuery, SyncEvent,
    SyncProgress, SyncReport,
};
use crate::checkout::{
    BalancePreview, CartCheckout, CartView, CoinChoice, EsimTopUp, ItemState, LineRequest, PayReceipt,
    PurchaseState, PurchaseView,
};
use crate::context::Overview;
use crate::desk::{Customer, CustomerHistory, HomeSummary, NewCustomer, Sale, SalesQuery, SalesReport};
use crate::error::IpcError;
use crate::i18n::LANGUAGES;
use crate::providers::Provider;
use crate::secrets::{BitrefillCredentialInput, CredentialStatus, CryptorefillsCredentialInput};
use crate::settings::Settings;
use crate::tracking::TrackEvent;
use crate::vault::{BackupStatus, BackupSummary, CodeEntry, CodeQuery, EsimActivation, Exported};

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
    OperatorLookup::export_all(&config)?;
    EsimPlan::export_all(&config)?;
    BalancePreview::export_all(&config)?;
    CoinChoice::export_all(&config)?;
    CodeEntry::export_all(&config)?;
    EsimActivation::export_all(&config)?;
    EsimTopUp::export_all(&config)?;
    Customer::export_all(&config)?;
    NewCustomer::export_all(&config)?;
    CustomerHistory::export_all(&config)?;
    Sale::export_all(&config)?;
    SalesQuery::export_all(&config)?;
    SalesReport::export_all(&config)?;
    HomeSummary::export_all(&config)?;
    crate::desk::BulkPreview::export_all(&config)?;
    crate::desk::VoucherForm::export_all(&config)?;
    crate::desk::BulkPayments::export_all(&config)?;
    crate::desk::Batch::export_all(&config)?;
    crate::desk::BulkProgress::export_all(&config)?;
    CodeQuery::export_all(&config)?;
    crate::catalog::CryptoPrice::export_all(&config)?;
    Exported::export_all(&config)?;
    BackupStatus::export_all(&config)?;
    crate::team::TeamStatus::export_all(&config)?;
    crate::team::Created::export_all(&config)?;
    crate::release::UpdateOffer::export_all(&config)?;
    BackupSummary::export_all(&config)?;
    TrackEvent::export_all(&config)?;
    export_labels(dir).map_err(ExportError::from)
}

/// The words the window shows for values the core defines (providers, purchase states) and the currencies'
/// minor-unit places, written by the core into `labels.ts`, so the UI never states them a second time.
fn export_labels(dir: &Path) -> std::io::Result<()> {
    let entry = |key: &str, words: &str| format!("  {key}: {words:?},\n");
    let providers: String = Provider::ALL.iter().map(|p| entry(p.slug(), p.display_name())).collect();
    let states: String = LANGUAGES
        .iter()
        .map(|(language, _)| {
            let words: String = PurchaseState::ALL
                .iter()
                .map(|s| format!("  {}", entry(s.as_str(), &s.label_in(*language))))
                .collect();
            format!("  {:?}: {{\n{words}  }},\n", language.code())
        })
        .collect();
    let languages: String = LANGUAGES
        .iter()
        .map(|(language, name)| format!("  {{ code: {:?}, name: {name:?} }},\n", language.code()))
        .collect();
    let digits: String =
        crate::money::MINOR_DIGITS.iter().map(|(code, n)| format!("  {code}: {n},\n")).collect();
    let methods = crate::checkout::BITREFILL_CRYPTO_METHODS.map(|m| format!("{m:?}")).join(", ");
    let limits = format!(
        "  bitrefill: {},\n  cryptorefills: {},\n",
        crate::checkout::units_per_purchase(Provider::Bitrefill),
        crate::checkout::units_per_purchase(Provider::Cryptorefills)
    );
    let text = format!(
        "// Written by the core (crates/core/src/bindings.rs) from its own labels. Do not edit this file manually.\n\
         import type {{ Provider }} from \"./Provider\";\n\
         import type {{ Language }} from \"./Language\";\n\
         import type {{ PurchaseState }} from \"./PurchaseState\";\n\n\
         export const PROVIDER_NAMES: Record<Provider, string> = {{\n{providers}}};\n\n\
         /** The languages a reseller can pick, each named in itself (crates/core/src/i18n). */\n\
         export const LANGUAGES: readonly {{ code: Language; name: string }}[] = [\n{languages}];\n\n\
         /** A purchase state in each language, as the core words it (lower case, for mid-sentence use). */\n\
         export const STATE_LABELS: Record<Exclude<Language, \"en-XA\">, Record<PurchaseState, string>> = {{\n{states}}};\n\n\
         /** Decimal places of a currency's minor unit where it is not 2 (crates/core/src/money.rs). */\n\
         export const MINOR_DIGITS: Record<string, number> = {{\n{digits}}};\n\n\
         /** Bitrefill's crypto payment methods, besides its balance (crates/core/src/checkout/rules.rs). */\n\
         export const BITREFILL_METHODS: readonly string[] = [{methods}];\n\n\
         /** The most items one invoice (Bitrefill) or order (Cryptorefills) holds. */\n\
         export const UNITS_PER_PURCHASE: Record<Provider, number> = {{\n{limits}}};\n\n\
         /** The fewest characters a new backup's passphrase takes (crates/core/src/vault/backup). */\n\
         export const MIN_PASSPHRASE = {};\n\n\
         /** The delays after which a copied code leaves the clipboard, in seconds (crates/core/src/settings.rs). */\n\
         export const CLEAR_CLIPBOARD_CHOICES: readonly number[] = {:?};\n",
        crate::vault::MIN_PASSPHRASE,
        crate::settings::CLEAR_CLIPBOARD_CHOICES
    );
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("labels.ts"), text)
}
