//! Tauri commands: thin translations between the web view and the core. No logic lives here.

use tauri::{AppHandle, Emitter, Manager, State};

use giftdesk_core::accounts::ConnectionCheck;
use giftdesk_core::catalog::{
    CatalogEntry, CatalogProduct, CatalogStatus, CryptoPrice, EsimPlan, OperatorLookup, SearchQuery,
    SyncEvent, SyncReport,
};
use giftdesk_core::checkout::{
    BalancePreview, CartCheckout, CartView, CoinChoice, EsimTopUp, LineRequest, PayReceipt, Purchase,
    PurchaseView,
};
use giftdesk_core::context::{Context, Overview};
use giftdesk_core::desk::{
    Customer, CustomerHistory, HomeSummary, NewCustomer, Sale, SalesQuery, SalesReport,
};
use giftdesk_core::error::IpcError;
use giftdesk_core::i18n::Language;
use giftdesk_core::providers::Provider;
use giftdesk_core::secrets::{BitrefillCredentialInput, CredentialStatus, CryptorefillsCredentialInput};
use giftdesk_core::settings::Settings;
use giftdesk_core::vault::{CodeEntry, CodeQuery, EsimActivation, Redemption};

pub use super::bulk_commands::*;
pub use super::support_commands::*;
pub use super::team_commands::*;
pub use super::updates::*;
pub use super::vault_commands::*;
pub use super::voucher_commands::*;

type Reply<T> = Result<T, IpcError>;

#[tauri::command]
pub async fn overview(context: State<'_, Context>) -> Reply<Overview> {
    Ok(context.overview().await?)
}

#[tauri::command]
pub async fn credential_statuses(context: State<'_, Context>) -> Reply<Vec<CredentialStatus>> {
    Ok(context.secrets.statuses().await?)
}

#[tauri::command]
pub async fn set_bitrefill_credentials(
    context: State<'_, Context>,
    input: BitrefillCredentialInput,
) -> Reply<CredentialStatus> {
    Ok(context.secrets.set_bitrefill(input).await?)
}

#[tauri::command]
pub async fn set_cryptorefills_credentials(
    context: State<'_, Context>,
    input: CryptorefillsCredentialInput,
) -> Reply<CredentialStatus> {
    Ok(context.secrets.set_cryptorefills(input).await?)
}

#[tauri::command]
pub async fn clear_credentials(context: State<'_, Context>, provider: Provider) -> Reply<CredentialStatus> {
    Ok(context.secrets.clear(provider).await?)
}

#[tauri::command]
pub async fn settings(context: State<'_, Context>) -> Reply<Settings> {
    Ok(context.settings()?)
}

/// The Preferences form: every field checked, the first fault named, nothing saved unless all pass.
#[tauri::command]
pub async fn save_settings(
    app: AppHandle,
    context: State<'_, Context>,
    settings: Settings,
) -> Reply<Settings> {
    let saved = context.save_settings(settings)?;
    super::presence::relabel_tray(&app);
    Ok(saved)
}

/// The window's language at start and after Settings change: the reseller's choice, else the OS locale's.
#[tauri::command]
pub async fn interface_language() -> Reply<Language> {
    Ok(giftdesk_core::i18n::current())
}

#[tauri::command]
pub async fn set_use_sandbox(context: State<'_, Context>, use_sandbox: bool) -> Reply<Settings> {
    Ok(context.set_use_sandbox(use_sandbox)?)
}

#[tauri::command]
pub async fn search_catalog(context: State<'_, Context>, query: SearchQuery) -> Reply<Vec<CatalogEntry>> {
    Ok(context.catalog.search(&query).await?)
}

#[tauri::command]
pub async fn test_connection(context: State<'_, Context>, provider: Provider) -> Reply<ConnectionCheck> {
    Ok(context.accounts.test_connection(provider).await?)
}

#[tauri::command]
pub async fn catalog_status(context: State<'_, Context>) -> Reply<CatalogStatus> {
    Ok(context.catalog.status().await?)
}

#[tauri::command]
pub async fn open_product(
    context: State<'_, Context>,
    provider: Provider,
    id: String,
) -> Reply<CatalogProduct> {
    Ok(context.catalog.sellable_product(provider, &id, false).await?)
}

/// eSIM plans for a destination, from both providers.
#[tauri::command]
pub async fn esim_plans(context: State<'_, Context>, country: String) -> Reply<Vec<EsimPlan>> {
    Ok(context.catalog.esim_plans(&country).await?)
}

/// "Top up a phone": who tops up the number typed, from both providers.
#[tauri::command]
pub async fn operator_for(context: State<'_, Context>, phone: String) -> Reply<OperatorLookup> {
    Ok(context.catalog.operator_for(&phone).await?)
}

#[tauri::command]
pub async fn cart(context: State<'_, Context>) -> Reply<CartView> {
    Ok(context.checkout.cart_view().await?)
}

#[tauri::command]
pub async fn cart_add(context: State<'_, Context>, line: LineRequest) -> Reply<CartView> {
    context.checkout.cart_add(line).await?;
    Ok(context.checkout.cart_view().await?)
}

#[tauri::command]
pub async fn cart_remove(context: State<'_, Context>, id: i64) -> Reply<CartView> {
    context.checkout.cart_remove(id).await?;
    Ok(context.checkout.cart_view().await?)
}

#[tauri::command]
pub async fn checkout_cart(
    app: AppHandle,
    context: State<'_, Context>,
    order: CartCheckout,
) -> Reply<Vec<Purchase>> {
    let purchases = context.checkout.checkout_cart(order).await?;
    purchases.iter().for_each(|p| super::tracking::follow(&app, &p.purchase_id));
    Ok(purchases)
}

#[tauri::command]
pub async fn balance_preview(context: State<'_, Context>, purchase_id: String) -> Reply<BalancePreview> {
    Ok(context.checkout.balance_preview(&purchase_id).await?)
}

/// The product view's amount field, checked by checkout's own rule as it is typed.
#[tauri::command]
pub async fn check_amount(product: CatalogProduct, value: String) -> Reply<String> {
    Ok(giftdesk_core::checkout::check_amount(&product, &value)?)
}

#[tauri::command]
pub async fn pay(app: AppHandle, context: State<'_, Context>, purchase_id: String) -> Reply<PayReceipt> {
    let receipt = context.checkout.pay(&purchase_id).await?;
    super::tracking::follow(&app, &purchase_id);
    Ok(receipt)
}

#[tauri::command]
pub async fn purchases(context: State<'_, Context>) -> Reply<Vec<Purchase>> {
    Ok(context.checkout.purchases().await?)
}

#[tauri::command]
pub async fn purchase(context: State<'_, Context>, purchase_id: String) -> Reply<PurchaseView> {
    Ok(context.checkout.purchase_view(&purchase_id).await?)
}

#[tauri::command]
pub async fn simulate_payment(context: State<'_, Context>, purchase_id: String) -> Reply<PurchaseView> {
    Ok(context.checkout.simulate_payment(&purchase_id).await?)
}

#[tauri::command]
pub async fn codes(context: State<'_, Context>, query: CodeQuery) -> Reply<Vec<CodeEntry>> {
    Ok(context.vault.codes(&query, false).await?)
}

/// "Reveal": one code, opened on an explicit click.
#[tauri::command]
pub async fn reveal_code(context: State<'_, Context>, id: i64) -> Reply<Redemption> {
    Ok(context.vault.reveal_code(id).await?)
}

/// The customers book, narrowed by the words typed.
#[tauri::command]
pub async fn customers(context: State<'_, Context>, search: String) -> Reply<Vec<Customer>> {
    Ok(context.desk.customers(&search).await?)
}

#[tauri::command]
pub async fn add_customer(context: State<'_, Context>, customer: NewCustomer) -> Reply<Customer> {
    Ok(context.desk.add_customer(&customer).await?)
}

#[tauri::command]
pub async fn customer_history(context: State<'_, Context>, id: i64) -> Reply<CustomerHistory> {
    Ok(context.desk.customer_history(id).await?)
}

/// What a code was sold for, set from the Codes screen.
#[tauri::command]
pub async fn set_sale(context: State<'_, Context>, id: i64, sale: Sale) -> Reply<()> {
    Ok(context.desk.set_sale(id, &sale).await?)
}

#[tauri::command]
pub async fn sales_report(context: State<'_, Context>, query: SalesQuery) -> Reply<SalesReport> {
    Ok(context.desk.sales(&query).await?)
}

/// Vouchers of the codes chosen, as a new PDF in Downloads.
/// The Home screen's figures.
#[tauri::command]
pub async fn home(context: State<'_, Context>) -> Reply<HomeSummary> {
    Ok(context.desk.home().await?)
}

/// The Bitrefill balance and its currency (Home asks after its first draw).
#[tauri::command]
pub async fn bitrefill_balance(context: State<'_, Context>) -> Reply<(String, String)> {
    Ok(context.checkout.bitrefill_balance().await?)
}

/// A revealed eSIM's QR code, drawn by the core at a scannable size, and its manual-entry values.
#[tauri::command]
pub async fn esim_activation(context: State<'_, Context>, id: i64) -> Reply<EsimActivation> {
    Ok(context.vault.esim_activation(id).await?)
}

/// "Top up this eSIM": its product and the plans it can take now.
#[tauri::command]
pub async fn esim_top_up(context: State<'_, Context>, iccid: String) -> Reply<EsimTopUp> {
    Ok(context.checkout.esim_top_up(&iccid).await?)
}

#[tauri::command]
pub async fn hand_over(
    context: State<'_, Context>,
    id: i64,
    customer_ref: Option<String>,
    handed: bool,
) -> Reply<()> {
    Ok(context.vault.hand_over(id, customer_ref.as_deref(), handed).await?)
}

/// The same brand in the same country at the other provider, for the side-by-side offers.
#[tauri::command]
pub async fn other_offers(
    context: State<'_, Context>,
    provider: Provider,
    id: String,
) -> Reply<Vec<CatalogEntry>> {
    Ok(context.catalog.same_brand_elsewhere(provider, &id).await?)
}

/// A Cryptorefills card's price in a coin, now.
#[tauri::command]
pub async fn crypto_price(
    context: State<'_, Context>,
    id: String,
    face_value: String,
    coin: String,
) -> Reply<CryptoPrice> {
    Ok(context.catalog.crypto_price(&id, &face_value, &coin).await?)
}

/// The catalog's "Featured" row (the Cryptorefills homepage feed, cached).
#[tauri::command]
pub async fn featured(context: State<'_, Context>) -> Reply<Vec<CatalogEntry>> {
    Ok(context.catalog.featured().await?)
}

#[tauri::command]
pub async fn coin_choices(context: State<'_, Context>) -> Reply<Vec<CoinChoice>> {
    Ok(context.checkout.coin_choices().await?)
}

/// "Refresh now": syncs every provider in use, reporting progress as `catalog-sync` events.
#[tauri::command]
pub async fn sync_catalog(app: AppHandle) -> Reply<Vec<SyncReport>> {
    run_sync(&app).await
}

/// The catalog's first results are on screen (the web view calls this once after they are drawn), with the
/// page's own marks: what happened when, in ms since its navigation began.
#[tauri::command]
pub async fn window_painted(
    startup: State<'_, super::startup::Startup>,
    marks: std::collections::HashMap<String, f64>,
) -> Reply<()> {
    startup.painted(&marks);
    Ok(())
}

pub const SYNC_EVENT: &str = "catalog-sync";

pub async fn run_sync(app: &AppHandle) -> Reply<Vec<SyncReport>> {
    let context = app.state::<Context>();
    let emit = |event: SyncEvent| {
        if let Err(error) = app.emit(SYNC_EVENT, event) {
            tracing::warn!(%error, "could not tell the window about the sync");
        }
    };
    let mut reports = Vec::new();
    for provider in context.accounts.providers_to_sync().await? {
        match context
            .catalog
            .sync(provider, |progress| emit(SyncEvent::Running { progress: progress.clone() }))
            .await
        {
            Ok(report) => {
                emit(SyncEvent::Done { report: report.clone() });
                reports.push(report);
            }
            Err(error) => {
                let error = IpcError::from(error);
                emit(SyncEvent::Failed { error: error.clone() });
                return Err(error);
            }
        }
    }
    Ok(reports)
}
