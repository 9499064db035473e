//! `GET /invoices` and `GET /orders`: newest first, `start`, `limit` (at most 50), `after`, `before`, and
//! `meta._next` as a full URL while rows remain, so a client can list a whole time window page by page.
//!
//! Live (as Bitrefill's MCP server shows): times as `YYYY-MM-DD HH:MM:SS` UTC only (ISO 8601 is
//! `invalid_param`), invoices without their orders unless `include_orders=true`, unpaid invoices hidden
//! unless `only_paid=false`. Docs: both time forms, every invoice with its orders.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::products::urlencode;
use super::BrError;
use crate::dialect::parse_listing_time;
use crate::world::Shared;
use crate::Dialect;

type Params = BTreeMap<String, String>;

const MAX_LIMIT: usize = 50;

struct Window {
    start: usize,
    limit: usize,
    after: Option<u64>,
    before: Option<u64>,
}

fn window(dialect: Dialect, params: &Params) -> Result<Window, BrError> {
    let number = |name: &str, default: usize| {
        params.get(name).map_or(Ok(default), |v| {
            v.parse().map_err(|_| BrError::bad("invalid_param", format!("{name} must be a whole number")))
        })
    };
    let (start, limit) = (number("start", 0)?, number("limit", MAX_LIMIT)?);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(BrError::bad("invalid_param", format!("limit must be between 1 and {MAX_LIMIT}")));
    }
    let bound = |name: &str| {
        params.get(name).map(|v| {
            parse_listing_time(dialect, v).ok_or_else(|| {
                let form = if dialect.is_live() { "YYYY-MM-DD HH:MM:SS (UTC)" } else { "a time" };
                BrError::bad("invalid_param", format!("{name} must be {form}, got {v:?}"))
            })
        })
    };
    Ok(Window { start, limit, after: bound("after").transpose()?, before: bound("before").transpose()? })
}

fn flag(params: &Params, name: &str, default: bool) -> bool {
    params.get(name).map_or(default, |v| v != "false" && v != "0")
}

/// One page of `rows` (creation time, row), newest first within the window, with `_next` while more remain.
fn page(
    shared: &Shared,
    endpoint: &str,
    params: &Params,
    rows: Vec<(u64, Value)>,
) -> Result<Response, BrError> {
    let window = window(shared.dialect(), params)?;
    let mut rows: Vec<(u64, Value)> = rows
        .into_iter()
        .filter(|(t, _)| window.after.is_none_or(|a| *t > a) && window.before.is_none_or(|b| *t < b))
        .collect();
    // Ties keep creation order reversed, so pages are stable while the window does not move.
    rows.reverse();
    rows.sort_by_key(|row| std::cmp::Reverse(row.0));
    let total = rows.len();
    let data: Vec<Value> = rows.into_iter().skip(window.start).take(window.limit).map(|(_, v)| v).collect();
    let mut meta = json!({"_endpoint": endpoint, "start": window.start, "limit": window.limit});
    if window.start + window.limit < total {
        let mut next = params.clone();
        next.insert("start".into(), (window.start + window.limit).to_string());
        next.insert("limit".into(), window.limit.to_string());
        let query: Vec<String> = next.iter().map(|(k, v)| format!("{k}={}", urlencode(v))).collect();
        meta["_next"] = json!(format!("{}{endpoint}?{}", shared.urls().bitrefill, query.join("&")));
    }
    Ok(axum::Json(json!({"meta": meta, "data": data})).into_response())
}

pub async fn list(State(shared): State<Shared>, Query(params): Query<Params>) -> Result<Response, BrError> {
    let live = shared.dialect().is_live();
    let only_paid = live && flag(&params, "only_paid", true);
    let include_orders = flag(&params, "include_orders", false);
    let rows = shared.with_world(|w| {
        w.invoices
            .iter()
            .filter(|i| !only_paid || i.is_paid())
            .map(|i| (i.created_ms, i.listed_json(include_orders)))
            .collect::<Vec<_>>()
    });
    page(&shared, "/invoices", &params, rows)
}

pub async fn list_orders(
    State(shared): State<Shared>,
    Query(params): Query<Params>,
) -> Result<Response, BrError> {
    let rows = shared.with_world(|w| {
        w.invoices
            .iter()
            .flat_map(|i| i.orders.iter().map(move |o| (o.created_ms, o.listed_json(i))))
            .collect::<Vec<_>>()
    });
    page(&shared, "/orders", &params, rows)
}
