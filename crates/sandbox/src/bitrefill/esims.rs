//! `GET /products/esims[?country=CC]` and `/products/esims/{id}`: the eSIM products whose coverage holds
//! the country, each with its plans. An eSIM product covers its own country and the next two markets of the
//! catalog (a small region). The live form names each plan's data and days beside its `value`; the other
//! form gives `value` and `price` alone, and coverage as `{country_code, name}` objects, so a client must
//! read either.
//!
//! `POST /esims` sells one plan as an invoice of one order (a new eSIM, or with `esim_id` a top-up of one
//! delivered before); `GET /esims[/{iccid}]` lists the account's eSIMs with the plans they hold. The live
//! form answers the invoice itself and names an eSIM by `id` and `order: {id}`; the other wraps the invoice
//! as `invoice` and names `iccid` and `order_id`.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};

use super::invoices::open_invoice;
use super::model::{Invoice, Order};
use super::products::{account_price, country_name};
use super::{envelope, BrError};
use crate::catalog::{esim_plans, EsimPlan, Kind, Product};
use crate::markets::{denominations_for, market, MARKETS};
use crate::world::Shared;

fn coverage(product: &Product) -> Vec<&'static str> {
    let at = MARKETS.iter().position(|m| m.code == product.country).unwrap_or(0);
    (0..3).map(|step| MARKETS[(at + step) % MARKETS.len()].code).collect()
}

/// The plans behind the product's packages, in the order the catalog made them.
fn plans(product: &Product) -> Vec<EsimPlan> {
    let unit = market(product.country).map_or(5, |m| denominations_for(m)[0]) / 5;
    esim_plans(unit)
}

fn plan_value(plan: &EsimPlan) -> String {
    if plan.gigabytes < 0 {
        format!("Unlimited, {} Days", plan.days)
    } else {
        format!("{}GB, {} Days", plan.gigabytes, plan.days)
    }
}

pub fn product_esim_json(product: &Product, live: bool) -> Value {
    let covered = coverage(product);
    let plans: Vec<Value> = plans(product)
        .iter()
        .map(|plan| {
            let mut value = json!({"value": plan_value(plan), "price": account_price(product, plan.price)});
            if live {
                value["data_gb"] = if plan.gigabytes < 0 { Value::Null } else { json!(plan.gigabytes) };
                value["unlimited"] = json!(plan.gigabytes < 0);
                value["duration_days"] = json!(plan.days);
            }
            value
        })
        .collect();
    let coverage: Value = if live {
        json!(covered)
    } else {
        covered.iter().map(|c| json!({"country_code": c, "name": country_name(c)})).collect()
    };
    json!({"id": product.id, "name": product.name, "country_code": product.country, "coverage": coverage, "plans": plans})
}

pub async fn list(
    State(shared): State<Shared>,
    Query(params): Query<BTreeMap<String, String>>,
) -> Result<Response, BrError> {
    let country = params.get("country").map(|c| c.to_ascii_uppercase());
    let live = shared.dialect().is_live();
    Ok(shared.with_world(|world| {
        let data: Vec<Value> = world
            .catalog
            .products
            .iter()
            .filter(|p| p.kind == Kind::Esim && !p.test)
            .filter(|p| country.as_deref().is_none_or(|c| coverage(p).contains(&c)))
            .map(|p| product_esim_json(p, live))
            .collect();
        envelope("/products/esims", Value::Array(data))
    }))
}

/// `GET /products/esims/{id}`: one eSIM product with its plans and coverage.
pub async fn product(State(shared): State<Shared>, Path(id): Path<String>) -> Result<Response, BrError> {
    let live = shared.dialect().is_live();
    let found = shared.with_world(|world| {
        world.catalog.product(&id).filter(|p| p.kind == Kind::Esim).map(|p| product_esim_json(p, live))
    });
    let product = found.ok_or_else(|| not_found("eSIM product", &id))?;
    Ok(envelope("/products/esims/{id}", product))
}

fn not_found(what: &str, id: &str) -> BrError {
    BrError::new(StatusCode::NOT_FOUND, "not_found", format!("{what} '{id}' not found"))
}

/// Gigabytes (`-1` unlimited) and days from a plan's wording: "3GB, 30 Days", "3 GB 30 days", "Unlimited 7 days".
fn plan_terms(value: &str) -> Option<(i64, u64)> {
    let lower = value.to_ascii_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| c == ',' || c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    let mut numbers = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            continue;
        }
        let unit = match &word[digits.len()..] {
            "" => words.get(index + 1).copied().unwrap_or(""),
            rest => rest,
        };
        numbers.push((digits.parse::<i64>().ok()?, unit.to_owned()));
    }
    let find = |unit: &str| numbers.iter().find(|(_, u)| u.starts_with(unit)).map(|(n, _)| *n);
    let data = if lower.contains("unlimited") { Some(-1) } else { find("gb") };
    Some((data?, u64::try_from(find("day")?).ok()?))
}

/// `POST /esims`: `product_id`, `value` (a plan), payment as for invoices, and `esim_id` for a top-up.
pub async fn create(State(shared): State<Shared>, body: Bytes) -> Result<Response, BrError> {
    let body: Value = serde_json::from_slice(&body)
        .map_err(|e| BrError::bad("parse_error", format!("The request body is not valid JSON: {e}")))?;
    let text = |name: &str| body.get(name).and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty());
    let id = text("product_id").ok_or_else(|| BrError::bad("missing_param", "product_id is required"))?;
    let value = text("value").ok_or_else(|| BrError::bad("missing_param", "value (the plan) is required"))?;
    let esim_id = text("esim_id").map(str::to_owned);
    let package = shared.with_world(|world| -> Result<String, BrError> {
        let product = world
            .catalog
            .product(id)
            .filter(|p| p.kind == Kind::Esim)
            .ok_or_else(|| not_found("eSIM product", id))?;
        let wanted = plan_terms(value);
        let package =
            product.packages.iter().find(|p| wanted.is_some() && plan_terms(&p.value) == wanted).ok_or_else(
                || {
                    let plans: Vec<String> = plans(product).iter().map(plan_value).collect();
                    BrError::bad(
                        "invalid_param",
                        format!("value '{value}' is not a plan of '{id}': {}", plans.join("; ")),
                    )
                },
            )?;
        if let Some(iccid) = &esim_id {
            let owned = new_esims(world.invoices.iter())
                .any(|(_, order)| order.esim_id.as_deref() == Some(iccid.as_str()) && order.product_id == id);
            if !owned {
                return Err(not_found("eSIM", iccid));
            }
        }
        Ok(format!("{}<&>{}", product.id, package.value))
    })?;
    let mut invoice_body = json!({"products": [{"product_id": id, "package_id": package, "quantity": 1}]});
    for key in ["payment_method", "auto_pay", "email", "refund_address", "webhook_url"] {
        if let Some(value) = body.get(key) {
            invoice_body[key] = value.clone();
        }
    }
    let invoice = open_invoice(&shared, &invoice_body, esim_id.as_deref())?;
    let answer =
        if shared.dialect().is_live() { invoice } else { json!({"invoice": invoice, "esim_id": esim_id}) };
    Ok(envelope("/esims", answer))
}

/// Every delivered new eSIM (not a top-up), with its invoice.
fn new_esims<'a>(
    invoices: impl Iterator<Item = &'a Invoice>,
) -> impl Iterator<Item = (&'a Invoice, &'a Order)> {
    invoices.flat_map(|invoice| {
        invoice
            .orders
            .iter()
            .filter(|o| o.kind == Kind::Esim && !o.esim_top_up && o.esim_id.is_some())
            .map(move |o| (invoice, o))
    })
}

fn owned_json(world: &crate::world::World, invoice: &Invoice, order: &Order, live: bool) -> Value {
    let iccid = order.esim_id.clone().unwrap_or_default();
    // The plans it holds: its own, then each delivered top-up.
    let plans: Vec<&str> = std::iter::once(order.value.as_str())
        .chain(
            world
                .invoices
                .iter()
                .flat_map(|i| i.orders.iter())
                .filter(|o| {
                    o.esim_top_up && o.status == "delivered" && o.esim_id.as_deref() == Some(iccid.as_str())
                })
                .map(|o| o.value.as_str()),
        )
        .collect();
    let mut value = json!({"product_id": order.product_id, "status": "active", "plans": plans});
    if live {
        value["id"] = json!(iccid);
        value["order"] = json!({"id": order.id});
        value["invoice"] = json!({"id": invoice.id});
    } else {
        value["iccid"] = json!(iccid);
        value["order_id"] = json!(order.id);
        value["invoice_id"] = json!(invoice.id);
    }
    value
}

/// `GET /esims`: the account's eSIMs.
pub async fn owned(State(shared): State<Shared>) -> Result<Response, BrError> {
    let live = shared.dialect().is_live();
    let list = shared.with_world(|world| {
        new_esims(world.invoices.iter())
            .map(|(invoice, order)| owned_json(world, invoice, order, live))
            .collect::<Vec<_>>()
    });
    Ok(envelope("/esims", Value::Array(list)))
}

/// `GET /esims/{iccid}`: one of them, with the plans it holds.
pub async fn owned_one(State(shared): State<Shared>, Path(iccid): Path<String>) -> Result<Response, BrError> {
    let live = shared.dialect().is_live();
    let found = shared.with_world(|world| {
        new_esims(world.invoices.iter())
            .find(|(_, order)| order.esim_id.as_deref() == Some(iccid.as_str()))
            .map(|(invoice, order)| owned_json(world, invoice, order, live))
    });
    Ok(envelope("/esims/{id}", found.ok_or_else(|| not_found("eSIM", &iccid))?))
}
