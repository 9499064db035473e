//! `GET /products/esims[?country=CC]`: the eSIM products whose coverage holds the country, each with its
//! plans. An eSIM product covers its own country and the next two markets of the catalog (a small region).
//! The live form names each plan's data and days beside its `value`; the other form gives `value` and
//! `price` alone, and coverage as `{country_code, name}` objects, so a client must read either.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::response::Response;
use serde_json::{json, Value};

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
