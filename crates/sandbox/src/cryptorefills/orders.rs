//! `/v5/orders/validations`, `/v5/orders`, `/v5/orders/{id}`, and how an order lives once created.
//! `brand_name` must be a brand's exact name, in both dialects.

use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

use super::model::{CrDelivery, CrOrder};
use super::rules::{self, account_problems, coin, format_coin, network_name, payment_problems, problem};
use super::{lifecycle, CrError};
use crate::bitrefill::model::{hex_id, uuid};
use crate::catalog::{Family, Kind};
use crate::recipients::{is_e164, is_email};
use crate::world::{Outcome, Shared, World};
use crate::Dialect;

/// The docs' payment window, for every network.
const DOCS_WINDOW: Duration = Duration::from_secs(30 * 60);
/// Live, per Cryptorefills' agent skills: Lightning invoices are short-lived, on-chain windows longer.
const LIVE_LIGHTNING_WINDOW: Duration = Duration::from_secs(15 * 60);
const LIVE_ONCHAIN_WINDOW: Duration = Duration::from_secs(60 * 60);

pub fn payment_window(dialect: Dialect, network: &str) -> Duration {
    match (dialect, network) {
        (Dialect::Docs, _) => DOCS_WINDOW,
        (Dialect::Live, "Lightning") => LIVE_LIGHTNING_WINDOW,
        (Dialect::Live, _) => LIVE_ONCHAIN_WINDOW,
    }
}
const MAX_DELIVERIES: usize = 10;
const MAX_ORDER_CENTS: u128 = 500_000;

/// A delivery as requested, resolved against the catalog.
struct Resolved {
    family: Option<Family>,
    label: String,
    localized: String,
    face: u64,
    beneficiary: String,
    brand: String,
    country: String,
}

struct Checked {
    coin: &'static rules::Coin,
    network: &'static str,
    email: String,
    lang: String,
    deliveries: Vec<Resolved>,
    problems: Vec<Value>,
    cents: u128,
    original_cents: u128,
}

/// Cryptorefills' ten languages; anything else gets English, as the live API does.
fn delivery_language(body: &Value) -> String {
    const LANGS: [&str; 10] = ["en", "es", "fr", "de", "it", "pt", "zh", "tr", "vi", "tl"];
    text(body, "lang").filter(|lang| LANGS.contains(lang)).unwrap_or("en").to_owned()
}

fn text<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
}

fn resolve(world: &World, delivery: &Value) -> Resolved {
    let brand = text(delivery, "brand_name").unwrap_or_default().to_owned();
    let country = text(delivery, "country_code").unwrap_or_default().to_ascii_uppercase();
    // The exact brand name only: a family slug (`claro`) or a loose spelling (`airbnb`) names no product.
    let family = world.catalog.brand(&country, &brand).cloned();
    let wanted = text(delivery, "denomination").unwrap_or_default();
    let (label, localized, face) = match &family {
        None => (wanted.to_owned(), wanted.to_owned(), 0),
        Some(family) if wanted.eq_ignore_ascii_case("range") => {
            let value = delivery
                .get("product_value")
                .and_then(|v| v.as_f64().or_else(|| v.as_str()?.parse().ok()))
                .unwrap_or(0.0);
            let face = value.max(0.0) as u64;
            (format!("{face} {}", family.currency), rules::money_label(face, family.currency), face)
        }
        Some(family) => {
            let plan = family.esim_plans.iter().find(|p| p.label().eq_ignore_ascii_case(wanted));
            let fixed = family
                .denominations
                .iter()
                .find(|d| format!("{d} {}", family.currency).eq_ignore_ascii_case(wanted));
            match (plan, fixed) {
                (Some(plan), _) => (plan.label(), plan.label(), plan.price),
                (None, Some(face)) => {
                    (format!("{face} {}", family.currency), rules::money_label(*face, family.currency), *face)
                }
                // Live behaviour: an amount the product does not have falls back to its default denomination.
                (None, None) => match (family.esim_plans.first(), family.denominations.first()) {
                    (Some(plan), _) => (plan.label(), plan.label(), plan.price),
                    (None, Some(face)) => (
                        format!("{face} {}", family.currency),
                        rules::money_label(*face, family.currency),
                        *face,
                    ),
                    (None, None) => (wanted.to_owned(), wanted.to_owned(), 0),
                },
            }
        }
    };
    let beneficiary = text(delivery, "beneficiary_account").unwrap_or_default().to_owned();
    Resolved { family, label, localized, face, beneficiary, brand, country }
}

fn check(world: &World, body: &Value) -> Result<Checked, CrError> {
    let payment = body.get("payment").ok_or_else(|| CrError::bad("payment is required"))?;
    let coin_name = text(payment, "coin").ok_or_else(|| CrError::bad("payment.coin is required"))?;
    let via = text(payment, "payment_via").unwrap_or("USER_WALLET");
    let wanted_network = text(payment, "network");
    if world.suspended_coins.iter().any(|c| c.eq_ignore_ascii_case(coin_name)) {
        return Err(CrError::new(StatusCode::BAD_REQUEST, "SUSPENDED_COIN", json!({"coin": coin_name})));
    }
    if let Some(network) = wanted_network {
        if world
            .suspended_networks
            .iter()
            .any(|(c, n)| c.eq_ignore_ascii_case(coin_name) && n.eq_ignore_ascii_case(network))
        {
            return Err(CrError::new(
                StatusCode::BAD_REQUEST,
                "SUSPENDED_NETWORK",
                json!({"network": network}),
            ));
        }
    }
    let deliveries = body
        .get("deliveries")
        .and_then(Value::as_array)
        .filter(|d| !d.is_empty())
        .ok_or_else(|| CrError::bad("deliveries must hold at least one delivery"))?;
    // The seed's range example has no email: the first beneficiary stands in for it.
    let email = text(body, "email")
        .or_else(|| body.get("user").and_then(|u| text(u, "email")))
        .or_else(|| deliveries.first().and_then(|d| text(d, "beneficiary_account")))
        .ok_or_else(|| CrError::bad("email is required"))?
        .to_owned();

    let mut problems = payment_problems(via, coin_name, wanted_network);
    problems.extend(account_problems(&email, text(body, "promo_code")));
    if deliveries.len() > MAX_DELIVERIES {
        problems.push(problem("PRODUCT_COUNT_EXCEEDED"));
    }
    let resolved: Vec<Resolved> = deliveries.iter().map(|d| resolve(world, d)).collect();
    let mut limited = 0;
    let (mut cents, mut original_cents) = (0u128, 0u128);
    for delivery in &resolved {
        let Some(family) = &delivery.family else {
            let elsewhere = world.catalog.families.values().flatten().any(|f| f.family == delivery.brand);
            problems.push(problem(if elsewhere { "PRODUCT_NOT_AVAILABLE" } else { "NOT_AVAILABLE_PRODUCT" }));
            continue;
        };
        if !world.family_in_stock(family) {
            problems.push(problem("OUT_OF_STOCK"));
        }
        if family.inactive {
            problems.push(problem("NOT_ACTIVE"));
        }
        if family.emoney {
            problems.push(problem("LOGIN_REQUIRED"));
        }
        limited += usize::from(family.limited);
        let valid_beneficiary = if family.kind == Kind::PhoneRefill {
            is_e164(&delivery.beneficiary)
        } else {
            is_email(&delivery.beneficiary)
        };
        if !valid_beneficiary {
            problems.push(json!({"problem": "INVALID_BENEFICIARY_ACCOUNT", "moreDetails": {"beneficiary_account": delivery.beneficiary}}));
        }
        if let Some(range) = family.range.filter(|_| {
            !family.denominations.iter().any(|d| format!("{d} {}", family.currency) == delivery.label)
        }) {
            if delivery.face < range.min {
                problems.push(problem("AMOUNT_LESS_THEN_MINIMUM_ALLOWED"));
            } else if delivery.face > range.max {
                problems.push(problem("MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED"));
            }
        }
        let original = u128::from(delivery.face) * u128::from(family.usd_micros) / 10_000;
        original_cents += original;
        cents += original * u128::from(10_000 - family.discount_bp) / 10_000;
    }
    if limited > 1 {
        problems.push(problem("MULTIPLE_LIMITED_PRODUCT_SAME_ORDER"));
    }
    if original_cents > MAX_ORDER_CENTS {
        problems.push(problem("MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED"));
    }
    problems.dedup();
    let coin = coin(coin_name).unwrap_or(&rules::COINS[0]);
    let network = wanted_network.and_then(|n| network_name(coin, n)).unwrap_or(coin.networks[0]);
    Ok(Checked {
        coin,
        network,
        email,
        lang: delivery_language(body),
        deliveries: resolved,
        problems,
        cents,
        original_cents,
    })
}

fn parse(body: &Bytes) -> Result<Value, CrError> {
    serde_json::from_slice(body)
        .map_err(|e| CrError::bad(&format!("The request body is not valid JSON: {e}")))
}

pub async fn validate(State(shared): State<Shared>, body: Bytes) -> Result<Json<Value>, CrError> {
    let body = parse(&body)?;
    shared.with_world(|world| {
        let checked = check(world, &body)?;
        let deliveries: Vec<Value> = checked
            .deliveries
            .iter()
            .map(|d| json!({"id": hex_id(&mut world.rng, 8), "delivery_state": "Created", "kind": d.family.as_ref().map_or("giftcard", |f| super::catalog::kind_word(f.kind)),
                           "deliverable": {"denomination": d.label, "original_price": format!("{}.00", d.face), "currency_code": d.family.as_ref().map_or("USD", |f| f.currency)}}))
            .collect();
        Ok(Json(json!({
            "coin": checked.coin.name, "coin_amount": format_coin(checked.cents, checked.coin),
            "original_coin_amount": format_coin(checked.original_cents, checked.coin),
            "coupon_code": text(&body, "promo_code"), "loyalty_summary": null, "deliveries": deliveries,
            "problems": if checked.problems.is_empty() { Value::Null } else { json!(checked.problems) },
        })))
    })
}

pub async fn create(State(shared): State<Shared>, body: Bytes) -> Result<Json<Value>, CrError> {
    let body = parse(&body)?;
    let order = shared.with_world(|world| -> Result<CrOrder, CrError> {
        let checked = check(world, &body)?;
        if let Some(first) = checked.problems.first() {
            let code = first["problem"].as_str().unwrap_or("VALIDATION_FAILED");
            let status = if code == "LOGIN_REQUIRED" {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::BAD_REQUEST
            };
            return Err(CrError::new(status, code, json!(checked.problems)));
        }
        let amount = format_coin(checked.cents, checked.coin);
        let (wallet_address, qr_text, memo) = lifecycle::wallet(&mut world.rng, checked.network, &amount);
        let deliveries = checked
            .deliveries
            .iter()
            .filter_map(|d| {
                let family = d.family.as_ref()?;
                let share = u128::from(d.face) * u128::from(family.usd_micros) / 10_000
                    * u128::from(10_000 - family.discount_bp)
                    / 10_000;
                Some(CrDelivery {
                    id: uuid(&mut world.rng),
                    state: "WaitingForPayment".into(),
                    kind: family.kind,
                    family: family.family.clone(),
                    family_slug: family.family_slug.clone(),
                    barcode_only: family.barcode_only,
                    image_payload: None,
                    country: d.country.clone(),
                    denomination: d.label.clone(),
                    localized: d.localized.clone(),
                    beneficiary: d.beneficiary.clone(),
                    currency: family.currency.to_owned(),
                    coin_amount: format_coin(share, checked.coin),
                    deliverable: Value::Null,
                })
            })
            .collect();
        let outcome = world.take_next_outcome().unwrap_or(Outcome::Delivered);
        let order = CrOrder {
            order_id: uuid(&mut world.rng),
            created_at: crate::clock::now_ms() / 1000,
            email: checked.email.clone(),
            lang: checked.lang.clone(),
            coin: checked.coin.name.into(),
            network: checked.network.into(),
            payment_method: format!(
                "{}-{}",
                checked.coin.name,
                checked.network.to_uppercase().replace(' ', "_")
            ),
            wallet_address,
            memo,
            qr_text,
            due_units: (checked.cents * 10u128.pow(checked.coin.shown) / u128::from(checked.coin.cents))
                as u64,
            sent_units: 0,
            coin_amount: amount,
            sent_coin_amount: "0".into(),
            payment_state: "WalletCreated".into(),
            order_state: "WaitingForPayment".into(),
            deliveries,
            outcome,
            version: 1,
            dialect: shared.dialect(),
        };
        world.cr_orders.push(order.clone());
        world.notify_cr();
        Ok(order)
    })?;
    let id = order.order_id.clone();
    let window = payment_window(shared.dialect(), &order.network);
    shared.after(window, move |shared| lifecycle::expire(shared, &id));
    if let Some(delay) = shared.options().auto_pay_after {
        let (shared, id) = (shared.clone(), order.order_id.clone());
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            let _ = lifecycle::pay(&shared, &id, 1.0);
        });
    }
    Ok(Json(order.json()))
}

pub async fn one(State(shared): State<Shared>, Path(id): Path<String>) -> Result<Json<Value>, CrError> {
    shared
        .with_world(|w| w.cr_order_mut(&id).map(|o| o.json()))
        .map(Json)
        .ok_or_else(|| CrError::new(StatusCode::NOT_FOUND, "ORDER_NOT_FOUND", json!({"order_id": id})))
}
