// Every command the web view may call, once. The window's handler (`shell/mod.rs`), the build script's
// permissions (`build.rs` includes this file) and, through `tests/commands.rs`, the capability and the UI's
// wrappers all come from or are checked against this list.

/// Calls `$then!` with the name of every command.
macro_rules! app_commands {
    ($then:ident) => {
        $then!(
            overview,
            credential_statuses,
            set_bitrefill_credentials,
            set_cryptorefills_credentials,
            clear_credentials,
            settings,
            set_use_sandbox,
            search_catalog,
            sync_catalog,
            catalog_status,
            test_connection,
            open_product,
            operator_for,
            esim_plans,
            cart,
            cart_add,
            cart_remove,
            checkout_cart,
            balance_preview,
            check_amount,
            pay,
            purchases,
            purchase,
            simulate_payment,
            coin_choices,
            codes,
            reveal_code,
            esim_activation,
            esim_top_up,
            customers,
            add_customer,
            customer_history,
            set_sale,
            sales_report,
            export_books,
            home,
            voucher_pdf,
            bitrefill_balance,
            hand_over,
            featured,
            other_offers,
            crypto_price,
            save_settings,
            export_codes,
            window_painted,
        )
    };
}
