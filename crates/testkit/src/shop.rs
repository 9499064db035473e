//! A Giftdesk context on the sandbox, as the window opens it in demo mode, with a synced catalog.

use std::path::Path;

use giftdesk_core::catalog::{Kind, SearchQuery, SortOrder};
use giftdesk_core::checkout::{CheckoutOptions, CheckoutRequest, LineRequest, PaymentChoice, Purchase};
use giftdesk_core::context::{Context, Environment, SandboxCredentials, SandboxReason};
use giftdesk_core::paths::Paths;
use giftdesk_core::providers::Provider;
use giftdesk_core::secrets::{EnvCredentials, Keyring, Secrets};
use giftdesk_core::settings::Settings;
use giftdesk_core::tracking::{Sink, TrackEvent};
use giftdesk_sandbox::{Sandbox, SandboxOptions};
use reqwest::Method;
use serde_json::Value;

use super::apis::{fast_options, Apis};
use super::TestHome;

/// Rate-limit headers on, so the paced client syncs at full speed.
pub fn shop_options() -> SandboxOptions {
    SandboxOptions { rate_limit_scale: 1.0, ..fast_options() }
}

pub async fn context(home: &TestHome, apis: &Apis) -> Context {
    open(home.data_dir(), &home.keyring_service, &apis.sandbox).await
}

/// A context in `data_dir` with its own keyring `service`, on `sandbox` with its test credentials.
pub async fn open(data_dir: &Path, service: &str, sandbox: &Sandbox) -> Context {
    let data = data_dir.to_str().unwrap().to_owned();
    let paths = Paths::resolve(|name| (name == "GIFTDESK_DATA_DIR").then(|| data.clone())).unwrap();
    let secrets = Secrets::new(Keyring::new(service), EnvCredentials::from_lookup(|_| None).unwrap());
    // The same tests on the team's book: each home a desk in a team of its own.
    if crate::team::team_book() && !giftdesk_core::team::TeamConfig::file(&paths.config).exists() {
        paths.create_all().unwrap();
        Box::pin(crate::team::found_team(&paths.config, secrets.keyring(), "Test desk")).await;
    }
    let environment = Environment::Sandbox {
        bitrefill_url: sandbox.urls.bitrefill.clone(),
        cryptorefills_url: sandbox.urls.cryptorefills.clone(),
        reason: SandboxReason::Chosen,
        credentials: SandboxCredentials {
            bitrefill_api_key: giftdesk_sandbox::BITREFILL_API_KEY.into(),
            cryptorefills_partner_id: giftdesk_sandbox::CRYPTOREFILLS_PARTNER_ID.into(),
        },
    };
    Context::open(paths, secrets, environment).await.unwrap()
}

/// A context with both providers synced (Bitrefill with its test products).
pub async fn synced_context(home: &TestHome, apis: &Apis) -> Context {
    let context = context(home, apis).await;
    for provider in Provider::ALL {
        context.catalog.sync(provider, |_| {}).await.unwrap();
    }
    context
}

pub fn line(
    provider: Provider,
    product: &str,
    package: Option<&str>,
    value: Option<&str>,
    recipient: &str,
) -> LineRequest {
    LineRequest {
        provider,
        product_id: product.into(),
        package_id: package.map(Into::into),
        value: value.map(Into::into),
        quantity: 1,
        recipient: recipient.into(),
        customer_ref: None,
        resale_price: None,
        esim_id: None,
    }
}

pub fn request(lines: Vec<LineRequest>, payment: PaymentChoice) -> CheckoutRequest {
    CheckoutRequest { provider: lines[0].provider, lines, payment, options: CheckoutOptions::default() }
}

/// The sandbox's own view: balance, counts, requests received by `"METHOD /path"`.
pub async fn sandbox_state(apis: &Apis) -> Value {
    apis.control(Method::GET, "/state", Value::Null).await.json().await.unwrap()
}

/// The provider's own list, through its API, page by page (each listed invoice is whole). Throttled like any
/// client when the sandbox enforces rate limits: waits `Retry-After` and asks again.
pub async fn provider_invoices(apis: &Apis) -> Vec<Value> {
    let mut invoices = Vec::new();
    for start in (0..).step_by(50) {
        // Unpaid ones and their orders too: the live listing hides both unless asked.
        let path = format!("/invoices?limit=50&start={start}&only_paid=false&include_orders=true");
        let page = loop {
            let response = apis.bitrefill(Method::GET, &path).send().await.unwrap();
            if response.status() == reqwest::StatusCode::TOO_MANY_REQUESTS {
                let wait = response.headers()["retry-after"].to_str().unwrap().parse().unwrap_or(1);
                tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
                continue;
            }
            let (status, text) = (response.status(), response.text().await.unwrap());
            break serde_json::from_str::<Value>(&text).unwrap_or_else(|_| panic!("{status}: {text}"));
        };
        let listed = page["data"].as_array().cloned().unwrap_or_default();
        if listed.is_empty() {
            break;
        }
        invoices.extend(listed);
    }
    invoices
}

/// The money check of the drills: no invoice got two payments through to the API, and the balance moved by
/// exactly the price of the invoices that are paid.
pub async fn assert_paid_once_each(apis: &Apis, invoices: &[Value], balance_before: u64) {
    let state = sandbox_state(apis).await;
    let mut paid_total = 0;
    for invoice in invoices {
        let id = invoice["id"].as_str().unwrap();
        // Payments that reached the API (one the limiter refused, or a kill cut before it arrived, did not).
        let pays = state["pay_attempts"][id].as_u64().unwrap_or(0);
        assert!(pays <= 1, "invoice {id} paid {pays} times");
        // The live form says it in `payment.status`; the docs' form in the invoice's own status.
        let status = invoice["payment"]["status"].as_str().or(invoice["status"].as_str()).unwrap_or_default();
        if matches!(status, "paid" | "payment_confirmed" | "pending" | "complete") {
            paid_total += invoice["payment"]["price"].as_u64().unwrap();
        }
    }
    let moved = balance_before - state["balance"].as_u64().unwrap();
    assert_eq!(moved, paid_total, "charged exactly once per paid invoice");
}

/// A destination Bitrefill sells an eSIM for (from the synced catalog), with Cryptorefills' brands of it
/// synced too (they come with its market): where both providers' plans can be compared.
pub async fn esim_destination(shop: &Context) -> String {
    let query = SearchQuery {
        provider: Some(Provider::Bitrefill),
        kind: Some(Kind::Esim),
        sort: SortOrder::Name,
        ..SearchQuery::default()
    };
    let esim = shop.catalog.search(&query).await.unwrap();
    let country = esim.first().and_then(|e| e.product.country.clone()).expect("Bitrefill sells an eSIM");
    shop.save_settings(Settings { markets: vec![country.clone()], ..Settings::default() }).unwrap();
    shop.catalog.sync(Provider::Cryptorefills, |_| {}).await.unwrap();
    country
}

/// A Bitrefill top-up operator the synced catalog sells, and a mobile number of its country (one priced in
/// US dollars first, the account's currency, when the sandbox sells one).
pub async fn bitrefill_top_up(shop: &Context) -> (giftdesk_core::catalog::CatalogProduct, &'static str) {
    for number in
        ["+12015550123", "+447400123456", "+4915123456789", "+33612345678", "+34612345678", "+31612345678"]
    {
        if let Some(operator) = shop.catalog.operator_for(number).await.ok().and_then(|found| found.operator)
        {
            return (operator.product, number);
        }
    }
    panic!("the sandbox sells top-ups in one of the countries tried")
}

/// Buys `line` alone, pays it the way its provider is paid (auto-pay from balance; Cryptorefills through the
/// sandbox's payment control), and follows it to its end.
pub async fn buy_and_follow(shop: &Context, apis: &Apis, line: LineRequest) -> Purchase {
    let payment = match line.provider {
        Provider::Bitrefill => PaymentChoice::AutoPay,
        Provider::Cryptorefills => PaymentChoice::Coin { coin: "USDC".into(), network: "Solana".into() },
    };
    let purchase = shop.checkout.checkout(&request(vec![line], payment)).await.unwrap().remove(0);
    if purchase.provider == Provider::Cryptorefills {
        let reference = purchase.provider_ref.clone().unwrap();
        apis.control(Method::POST, &format!("/pay/{reference}"), serde_json::json!({})).await;
    }
    let quiet: Sink = std::sync::Arc::new(|_: TrackEvent| {});
    let follow = shop.tracking.follow(&purchase.purchase_id, &quiet);
    tokio::time::timeout(std::time::Duration::from_secs(60), follow).await.unwrap().unwrap()
}
