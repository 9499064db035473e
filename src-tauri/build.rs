//! Tauri's build step, with the app's own commands declared so the capability file can grant exactly them.

/// Must list every command in `shell/mod.rs`.
const COMMANDS: &[&str] = &[
    "overview",
    "credential_statuses",
    "set_bitrefill_credentials",
    "set_cryptorefills_credentials",
    "clear_credentials",
    "settings",
    "set_use_sandbox",
    "search_catalog",
    "sync_catalog",
    "catalog_status",
    "test_connection",
    "open_product",
    "cart",
    "cart_add",
    "cart_remove",
    "checkout_cart",
    "account_balance",
    "pay",
    "purchases",
    "purchase",
    "simulate_payment",
    "coin_choices",
    "codes",
    "reveal_code",
    "hand_over",
    "featured",
    "other_offers",
    "crypto_price",
    "save_settings",
    "export_codes",
    "window_painted",
];

fn main() {
    let attributes =
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
