//! A Giftdesk context on the sandbox, as the window opens it in demo mode, with a synced catalog.

use giftdesk::checkout::{CheckoutOptions, CheckoutRequest, LineRequest, PaymentChoice};
use giftdesk::context::{Context, Environment, SandboxReason};
use giftdesk::paths::Paths;
use giftdesk::providers::Provider;
use giftdesk::sandbox::SandboxOptions;
use giftdesk::secrets::{EnvCredentials, Keyring, Secrets};
use reqwest::Method;
use serde_json::Value;

use super::apis::{fast_options, Apis};
use super::TestHome;

/// Rate-limit headers on, so the paced client syncs at full speed.
pub fn shop_options() -> SandboxOptions {
    SandboxOptions { rate_limit_scale: 1.0, ..fast_options() }
}

pub async fn context(home: &TestHome, apis: &Apis) -> Context {
    let data = home.data_dir().to_str().unwrap().to_owned();
    let paths = Paths::resolve(|name| (name == "GIFTDESK_DATA_DIR").then(|| data.clone())).unwrap();
    let secrets = Secrets::new(
        Keyring::new(home.keyring_service.clone()),
        EnvCredentials::from_lookup(|_| None).unwrap(),
    );
    let environment = Environment::Sandbox {
        bitrefill_url: apis.sandbox.urls.bitrefill.clone(),
        cryptorefills_url: apis.sandbox.urls.cryptorefills.clone(),
        reason: SandboxReason::Chosen,
    };
    Context::open(paths, secrets, environment).await.unwrap()
}

/// A context with both providers synced (Bitrefill with its test products).
pub async fn synced_context(home: &TestHome, apis: &Apis) -> Context {
    let context = context(home, apis).await;
    for provider in Provider::ALL {
        context.sync_provider(provider, |_| {}).await.unwrap();
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
    }
}

pub fn request(lines: Vec<LineRequest>, payment: PaymentChoice) -> CheckoutRequest {
    CheckoutRequest { provider: lines[0].provider, lines, payment, options: CheckoutOptions::default() }
}

/// The sandbox's own view: balance, counts, requests received by `"METHOD /path"`.
pub async fn sandbox_state(apis: &Apis) -> Value {
    apis.control(Method::GET, "/state", Value::Null).await.json().await.unwrap()
}
