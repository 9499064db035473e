//! A large catalog for a benchmark's store, and what is typed to search it. The catalog is the sandbox's
//! seeded products, fetched unpaced with its limits off: setup, never what is measured.

use giftdesk_core::catalog::CatalogProduct;
use giftdesk_sandbox::{Sandbox, SandboxOptions};

/// What a reseller types over it, letter by letter: prefixes of brands, kinds and countries.
pub const TYPED: [&str; 20] = [
    "n", "no", "nov", "nova", "pi", "pix", "gold", "st", "sta", "ama", "e", "es", "esim", "air", "lyc", "tr",
    "trav", "gam", "m", "mar",
];

pub async fn sandbox_listing(count: usize) -> Vec<(CatalogProduct, serde_json::Value)> {
    let sandbox = Sandbox::start(SandboxOptions {
        products: count,
        rate_limit_scale: 0.0,
        ..SandboxOptions::default()
    })
    .await
    .unwrap();
    let http = reqwest::Client::builder().user_agent("bench").build().unwrap();
    let mut listing = Vec::new();
    let mut next = Some(format!("{}/products?limit=50", sandbox.urls.bitrefill));
    while let Some(url) = next.take() {
        let page: serde_json::Value =
            http.get(&url).bearer_auth("sandbox-key").send().await.unwrap().json().await.unwrap();
        for raw in page["data"].as_array().unwrap() {
            let product: giftdesk_core::providers::bitrefill::Product =
                serde_json::from_value(raw.clone()).unwrap();
            listing.push((giftdesk_core::catalog::from_bitrefill(&product, "USD"), raw.clone()));
        }
        next = page["meta"]["_next"].as_str().map(str::to_owned);
    }
    listing
}
