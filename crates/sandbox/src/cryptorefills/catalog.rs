//! Payment vias, brands per country, the homepage feed, products per country and prices.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

use super::rules::{coin_amount, money_label, network_info, COINS};
use super::CrError;
use crate::catalog::{Family, Kind};
use crate::countries::COUNTRIES;
use crate::world::Shared;

type Params = BTreeMap<String, String>;

pub async fn payment_vias(State(shared): State<Shared>) -> Json<Value> {
    let (coins, networks) = shared.with_world(|w| (w.suspended_coins.clone(), w.suspended_networks.clone()));
    let base = shared.urls().cryptorefills;
    let currencies: Vec<Value> = COINS
        .iter()
        .map(|coin| {
            let nets: Vec<Value> = coin
                .networks
                .iter()
                .map(|name| {
                    let info = network_info(name);
                    let suspended = networks.iter().any(|(c, n)| c == coin.name && n == name);
                    json!({
                        "name": name, "base_token": info.base_token, "threshold": coin.threshold, "is_suspended": suspended,
                        "chain_id": info.chain_id, "smart_contract_engine": info.engine,
                        "smart_contract": info.engine.map(|engine| json!({"engine": engine, "address": info.token_address, "decimals": coin.decimals, "symbol": coin.name})),
                    })
                })
                .collect();
            json!({"name": coin.name, "is_suspended": coins.iter().any(|c| c == coin.name), "threshold": coin.threshold,
                   "logo_url": format!("{base}/logos_v2/coin-{}.webp", coin.name.to_lowercase()), "networks": nets})
        })
        .collect();
    Json(json!([
        {"name": "USER_WALLET", "available": true, "logo_url": format!("{base}/logos_v2/wallet.webp"), "currencies": currencies},
        {"name": "GATE_PAY", "available": false, "logo_url": format!("{base}/logos_v2/gate-pay.webp"), "currencies": []},
    ]))
}

fn known_country(code: &str) -> Result<String, CrError> {
    let upper = code.to_ascii_uppercase();
    if COUNTRIES.iter().any(|(c, _)| *c == upper) {
        Ok(upper)
    } else {
        Err(CrError::new(StatusCode::BAD_REQUEST, "INVALID_COUNTRY_CODE", json!({"country_code": code})))
    }
}

pub fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::GiftCard => "giftcard",
        _ => "mobile_recharge",
    }
}

fn brand_json(family: &Family, in_stock: bool, base: &str) -> Value {
    let (min, max) = if family.kind == Kind::Esim {
        let labels: Vec<String> = family.esim_plans.iter().map(|p| p.label()).collect();
        (labels.first().cloned().unwrap_or_default(), labels.last().cloned().unwrap_or_default())
    } else {
        let values: Vec<u64> = family
            .range
            .iter()
            .flat_map(|r| [r.min, r.max])
            .chain(family.denominations.iter().copied())
            .collect();
        let (low, high) =
            (values.iter().min().copied().unwrap_or(0), values.iter().max().copied().unwrap_or(0));
        (money_label(low, family.currency), money_label(high, family.currency))
    };
    json!({
        "family": family.family_slug, "brand_id": family.brand_id, "brand": family.family,
        "logo_url": format!("{base}/logos_v2/{}.webp", family.logo_slug),
        "logo_base_url": format!("{base}/logos_v2/{}", family.logo_slug),
        "bg_color": family.bg_color, "min": min, "max": max, "category": family.category,
        "is_out_of_stock": !in_stock, "country_code": family.country, "additional_categories": [],
        "kind": kind_word(family.kind), "product_type": "digital", "brand_tags": if family.limited { json!(["limited"]) } else { json!([]) },
    })
}

/// The `country_code` query parameter, which the brand and homepage endpoints require.
fn country_param(params: &Params) -> Result<String, CrError> {
    known_country(params.get("country_code").map_or("", String::as_str))
}

/// Countries whose live answer carries both envelopes (`categories[].brands` and `all_brands`), as some do.
const BOTH_ENVELOPES: [&str; 1] = ["CA"];

/// Docs: brands inside `categories[].brands`. Live: every brand in a top-level `all_brands`, and the
/// categories naming themselves with empty `brands` (so a client reading only `categories` sees nothing).
pub async fn brands(
    State(shared): State<Shared>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, CrError> {
    let country = country_param(&params)?;
    let base = shared.urls().cryptorefills;
    let live = shared.dialect().is_live();
    let nested = !live || BOTH_ENVELOPES.contains(&country.as_str());
    Ok(Json(shared.with_world(|world| {
        let mut categories: BTreeMap<(&str, &str), Vec<Value>> = BTreeMap::new();
        for family in world.catalog.families_in(&country) {
            categories.entry((kind_word(family.kind), family.category)).or_default().push(brand_json(family, world.family_in_stock(family), &base));
        }
        let all: Vec<Value> = categories.values().flatten().cloned().collect();
        let categories: Vec<Value> = categories
            .into_iter()
            .map(|((kind, category), brands)| {
                let popular: Vec<Value> = if nested { brands.iter().take(3).cloned().collect() } else { Vec::new() };
                let brands = if nested { brands } else { Vec::new() };
                json!({"kind": kind, "category": category, "brands": brands, "popular_brands": popular})
            })
            .collect();
        let mut answer = json!({"country_code": country, "categories": categories, "suggestions": [], "last_user_purchases": []});
        if live {
            answer["popular_brands"] = json!(all.iter().take(6).cloned().collect::<Vec<_>>());
            answer["all_brands"] = json!(all);
        }
        answer
    })))
}

pub async fn homepage(
    State(shared): State<Shared>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, CrError> {
    let country = country_param(&params)?;
    let base = shared.urls().cryptorefills;
    Ok(Json(shared.with_world(|world| {
        let families = world.catalog.families_in(&country);
        let pick = |skip: usize| -> Vec<Value> {
            families
                .iter()
                .filter(|f| !f.inactive && !f.emoney)
                .skip(skip)
                .step_by(3)
                .take(8)
                .map(|f| brand_json(f, world.family_in_stock(f), &base))
                .collect()
        };
        json!({"country_code": country, "sections": [
            {"id": "featured", "title": "Featured", "brands": pick(0)},
            {"id": "trending", "title": "Trending now", "brands": pick(1)},
        ]})
    })))
}

/// A stable product id from what the product is.
pub fn product_id(family: &Family, what: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in format!("{}|{}|{what}", family.country, family.family).bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    let h = format!("{hash:016x}{:016x}", hash.rotate_left(29) ^ 0x5bd1_e995);
    format!("{}-{}-4{}-8{}-{}", &h[0..8], &h[8..12], &h[13..16], &h[17..20], &h[20..32])
}

pub fn products_json(family: &Family, coin: &str) -> Vec<Value> {
    let delivery_type = if family.kind == Kind::PhoneRefill { "by_phone" } else { "by_email" };
    let mut products = Vec::new();
    let fixed = |label: String, localized: String, face: u64, extra: Value| {
        let (amount, original) = coin_amount(face, family.usd_micros, family.discount_bp, coin);
        let mut product = json!({
            "product_id": product_id(family, &label), "is_dynamic": false, "denomination": label,
            "localized_denomination": localized, "coin_amount": amount, "original_coin_amount": original, "coin": coin,
            "payment_method": coin, "delivery_type": delivery_type, "points": (face / 10).to_string(), "product_type": "digital",
            "face_value": {"currency_code": family.currency, "amount": {"type": "fixed", "price": face}},
        });
        if let (Value::Object(target), Value::Object(extra)) = (&mut product, extra) {
            target.extend(extra);
        }
        product
    };
    for plan in &family.esim_plans {
        let benefits = json!({"benefits": [{"type": "data", "amount": plan.gigabytes, "unit": "GB"}, {"type": "validity", "amount": plan.days, "unit": "days"}]});
        products.push(fixed(plan.label(), plan.label(), plan.price, benefits));
    }
    for face in &family.denominations {
        products.push(fixed(
            format!("{face} {}", family.currency),
            money_label(*face, family.currency),
            *face,
            Value::Null,
        ));
    }
    if let Some(range) = family.range {
        products.push(json!({
            "product_id": product_id(family, "range"), "is_dynamic": true,
            "range": {"min": range.min as f64, "max": range.max as f64, "currency": family.currency, "step_size": range.step as f64, "default": format!("{:.1}", ((range.min + range.max) / 2 / range.step * range.step) as f64)},
            "coin": coin, "payment_method": coin, "delivery_type": delivery_type, "points": "4", "product_type": "digital",
            "face_value": {"currency_code": family.currency, "amount": {"type": "range", "min": {"amount": range.min, "currency": family.currency}, "max": {"amount": range.max, "currency": family.currency}}},
        }));
    }
    products
}

pub async fn products(
    State(shared): State<Shared>,
    Path(country): Path<String>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, CrError> {
    let country = known_country(&country)?;
    let family_name = params.get("family_name").map(|f| f.to_lowercase());
    let category = params.get("category").cloned();
    if family_name.is_none() && category.is_none() {
        return Err(CrError::new(
            StatusCode::BAD_REQUEST,
            "A filter is required: family_name or category",
            json!({"filters": ["family_name", "category"]}),
        ));
    }
    let coin = params.get("coin").cloned().unwrap_or_else(|| "USDC".into());
    Ok(Json(shared.with_world(|world| {
        let rows: Vec<Value> = world
            .catalog
            .families_in(&country)
            .iter()
            // A family slug names every brand in the family; a brand's own name (any case) still finds it.
            .filter(|f| family_name.as_ref().is_none_or(|n| f.family_slug == *n || f.family.to_lowercase() == *n || f.logo_slug == *n))
            .filter(|f| category.as_ref().is_none_or(|c| f.category == c))
            .map(|family| {
                json!({
                    "country_code": family.country, "category": family.category, "additional_categories": [],
                    "kind": kind_word(family.kind), "default_denomination": family.denominations.first().map(|d| format!("{d} {}", family.currency)),
                    "family": family.family_slug, "brand_id": family.brand_id, "brand": family.family, "is_out_of_stock": !world.family_in_stock(family),
                    "logo_url": format!("{}/logos_v2/{}.webp", shared.urls().cryptorefills, family.logo_slug),
                    "product_tc": "Terms apply.", "redeem_method": ["online"],
                    "rich_description": {"description": format!("<p>{} gift card.</p>", family.family), "how_to_redeem": "<ol><li>Open the brand's site</li><li>Enter the code</li></ol>",
                                          "term_and_conditions": "<p>Non-refundable.</p>", "note": "", "brand_url": "https://brand.sandbox.invalid", "locale": params.get("lang").map_or("en", String::as_str)},
                    "products": products_json(family, &coin),
                })
            })
            .collect();
        json!(rows)
    })))
}

pub async fn price(
    State(shared): State<Shared>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, CrError> {
    let country = country_param(&params)?;
    let brand = params.get("brand_name").ok_or_else(|| CrError::bad("brand_name is required"))?;
    let face: f64 = params
        .get("face_value")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| CrError::bad("face_value must be a number"))?;
    let coin = params.get("coin").cloned().unwrap_or_else(|| "USDC".into());
    if shared.with_world(|w| w.suspended_coins.contains(&coin)) {
        return Err(CrError::new(StatusCode::BAD_REQUEST, "SUSPENDED_COIN", json!({"coin": coin})));
    }
    shared.with_world(|world| {
        let family = world.catalog.family(&country, brand).ok_or_else(|| CrError::new(StatusCode::BAD_REQUEST, "NOT_AVAILABLE_PRODUCT", json!({"brand_name": brand})))?;
        let face_units = face as u64;
        let valid = family.denominations.contains(&face_units)
            || family.esim_plans.iter().any(|p| p.price == face_units)
            || family.range.is_some_and(|r| face_units >= r.min && face_units <= r.max && (face_units - r.min).is_multiple_of(r.step));
        if !valid || face.fract() != 0.0 {
            return Err(CrError::new(StatusCode::BAD_REQUEST, "INVALID_FACE_VALUE", json!({"face_value": face})));
        }
        let (amount, original) = coin_amount(face_units, family.usd_micros, family.discount_bp, &coin);
        let dynamic = !family.denominations.contains(&face_units) && family.range.is_some();
        Ok(Json(json!({
            "product_id": product_id(family, if dynamic { "range".into() } else { format!("{face_units} {}", family.currency) }.as_str()),
            "is_dynamic": dynamic, "coin_amount": amount, "coin": coin, "original_coin_amount": original, "payment_method": coin,
            "delivery_type": if family.kind == Kind::PhoneRefill { "by_phone" } else { "by_email" }, "points": (face_units / 10).to_string(), "product_type": "digital",
        })))
    })
}
