//! `/ping`, `/accounts/balance` and the product catalog.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Json;
use serde_json::{json, Value};

use super::{envelope, BrError};
use crate::catalog::{Kind, Product};
use crate::countries::COUNTRIES;
use crate::world::Shared;

const MAX_LIMIT: usize = 50;

pub async fn ping() -> Response {
    envelope("/ping", json!({"message": "pong"}))
}

pub async fn balance(State(shared): State<Shared>) -> Response {
    let (balance, currency) = shared.with_world(|w| (w.balance, w.account_currency));
    envelope("/accounts/balance", json!({"balance": balance, "currency": currency}))
}

/// Price in the account's minor units (US cents) of `amount` units of the product's currency.
pub fn account_price(product: &Product, amount: u64) -> u64 {
    if product.test {
        return 0;
    }
    let micros =
        u128::from(amount) * u128::from(product.usd_micros) * u128::from(10_000 - product.discount_bp)
            / 10_000;
    (micros / 10_000) as u64
}

pub fn country_name(code: &str) -> &'static str {
    COUNTRIES.iter().find(|(c, _)| *c == code).map(|(_, name)| *name).unwrap_or("International")
}

/// The live API names each product's `type` (the public clients show it); the docs' example does not.
pub fn product_json(product: &Product, in_stock: bool, index: usize, live: bool) -> Value {
    let packages: Vec<Value> = product
        .packages
        .iter()
        .map(|package| {
            json!({
                "id": format!("{}<&>{}", product.id, package.value),
                "value": package.value,
                "amount": package.amount,
                "price": account_price(product, package.amount),
            })
        })
        .collect();
    let mut value = json!({
        "id": product.id,
        "name": product.name,
        "country_code": product.country,
        "country_name": country_name(product.country),
        "currency": product.currency,
        "categories": [product.category],
        "created_time": crate::clock::iso(1_546_300_800_000 + index as u64 * 86_400_000 % 200_000_000_000),
        "recipient_type": if product.kind == Kind::PhoneRefill { "phone_number" } else { "none" },
        "image": product.id,
        "in_stock": in_stock,
        "packages": packages,
    });
    if live {
        value["type"] = json!(product.kind.bitrefill_type());
    }
    if let Some(range) = product.range {
        let rate = product.usd_micros as f64 * (10_000 - product.discount_bp) as f64 / 10_000.0 / 10_000.0;
        value["range"] = json!({"min": range.min, "max": range.max, "step": range.step, "price_rate": if product.test { 0.0 } else { rate }});
    }
    value
}

type Params = BTreeMap<String, String>;

fn page_bounds(params: &Params) -> Result<(usize, usize), BrError> {
    let number = |name: &str, default: usize| -> Result<usize, BrError> {
        match params.get(name) {
            None => Ok(default),
            Some(text) => text.parse().map_err(|_| {
                BrError::bad("invalid_param", format!("{name} must be a whole number, got {text:?}"))
            }),
        }
    };
    let limit = number("limit", MAX_LIMIT)?;
    if limit == 0 || limit > MAX_LIMIT {
        return Err(BrError::bad("invalid_param", format!("limit must be between 1 and {MAX_LIMIT}")));
    }
    Ok((number("start", 0)?, limit))
}

fn filtered<'a>(
    shared: &'a [Product],
    params: &'a Params,
) -> impl Iterator<Item = (usize, &'a Product)> + 'a {
    let include_test = params.get("include_test_products").is_some_and(|v| v == "true");
    let country = params.get("country").map(|c| c.to_ascii_uppercase());
    let kind = params.get("type").cloned();
    let category = params.get("category").cloned();
    shared.iter().enumerate().filter(move |(_, p)| {
        (include_test || !p.test)
            && country.as_deref().is_none_or(|c| p.country == c)
            && kind.as_deref().is_none_or(|k| p.kind.bitrefill_type() == k)
            && category.as_deref().is_none_or(|c| p.category == c)
    })
}

/// One page of `matches`, with `meta._next` as a full URL while more remain.
fn page(
    shared: &Shared,
    endpoint: &str,
    params: &Params,
    matching: impl Fn(&Product) -> bool,
) -> Result<Response, BrError> {
    let (start, limit) = page_bounds(params)?;
    let base = shared.urls().bitrefill;
    let live = shared.dialect().is_live();
    shared.with_world(|world| {
        let mut total = 0;
        let mut data = Vec::with_capacity(limit);
        for (index, product) in filtered(&world.catalog.products, params).filter(|(_, p)| matching(p)) {
            if total >= start && data.len() < limit {
                data.push(product_json(
                    product,
                    world.product_in_stock(&product.id, product.in_stock),
                    index,
                    live,
                ));
            }
            total += 1;
        }
        let mut meta = json!({
            "_endpoint": endpoint,
            "start": start,
            "limit": limit,
            "include_test_products": params.get("include_test_products").map_or("false", String::as_str),
        });
        if start + limit < total {
            let mut next: Params = params.clone();
            next.insert("start".into(), (start + limit).to_string());
            next.insert("limit".into(), limit.to_string());
            let query: Vec<String> = next.iter().map(|(k, v)| format!("{k}={}", urlencode(v))).collect();
            meta["_next"] = json!(format!("{base}{endpoint}?{}", query.join("&")));
        }
        let count = super::ProductCount(data.len() as u32);
        let mut response = Json(json!({"meta": meta, "data": data})).into_response();
        response.extensions_mut().insert(count);
        Ok(response)
    })
}

pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub async fn list(State(shared): State<Shared>, Query(params): Query<Params>) -> Result<Response, BrError> {
    page(&shared, "/products", &params, |_| true)
}

pub async fn search(State(shared): State<Shared>, Query(params): Query<Params>) -> Result<Response, BrError> {
    let query = params.get("q").map(|q| q.trim().to_lowercase()).unwrap_or_default();
    if query.is_empty() {
        return Err(BrError::bad("missing_param", "q is required: 1 to 100 characters"));
    }
    if query.chars().count() > 100 {
        return Err(BrError::bad("invalid_param", "q must be at most 100 characters"));
    }
    page(&shared, "/products/search", &params, |p| {
        p.name.to_lowercase().contains(&query) || p.id.contains(&query) || p.category.contains(&query)
    })
}

pub async fn one(State(shared): State<Shared>, Path(id): Path<String>) -> Result<Response, BrError> {
    let live = shared.dialect().is_live();
    shared.with_world(|world| {
        let (index, product) =
            world.catalog.products.iter().enumerate().find(|(_, p)| p.id == id).ok_or_else(|| {
                BrError::new(
                    axum::http::StatusCode::NOT_FOUND,
                    "not_found",
                    format!("Product '{id}' not found"),
                )
            })?;
        let value = product_json(product, world.product_in_stock(&product.id, product.in_stock), index, live);
        let mut response = envelope("/products/{id}", value);
        response.extensions_mut().insert(super::ProductCount(1));
        Ok(response)
    })
}

use axum::response::IntoResponse;
