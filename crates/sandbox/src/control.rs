//! `/_sandbox/…`: make payments happen and set faults, on either listener.

use std::sync::atomic::Ordering;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use super::faults::Fault;
use super::world::{Outcome, Shared};
use super::{bitrefill, cryptorefills};

pub fn router() -> Router<Shared> {
    Router::new()
        .route("/_sandbox/pay/{id}", post(pay))
        .route("/_sandbox/faults", get(faults).post(add_fault).delete(clear_faults))
        .route("/_sandbox/stock", post(stock))
        .route("/_sandbox/outcome", post(outcome))
        .route("/_sandbox/balance", post(balance))
        .route("/_sandbox/state", get(state))
        .route("/_sandbox/invoices/{id}", get(invoice))
        .route("/_sandbox/orders/{id}", get(order))
}

#[derive(Debug, Deserialize)]
struct PayRequest {
    #[serde(default = "one")]
    fraction: f64,
}

fn one() -> f64 {
    1.0
}

/// Pays a Bitrefill invoice or a Cryptorefills order, whichever has this id.
async fn pay(
    State(shared): State<Shared>,
    Path(id): Path<String>,
    body: Option<Json<PayRequest>>,
) -> Response {
    let fraction = body.map_or(1.0, |Json(b)| b.fraction);
    if !(fraction > 0.0 && fraction <= 1.0) {
        return (StatusCode::BAD_REQUEST, Json(json!({"error": "fraction must be above 0 and at most 1"})))
            .into_response();
    }
    let is_invoice = shared.with_world(|w| w.invoice_mut(&id).is_some());
    if is_invoice {
        return match bitrefill::pay_invoice(&shared, &id, fraction, false) {
            Ok(invoice) => Json(invoice).into_response(),
            Err(error) => error.into_response(),
        };
    }
    match cryptorefills::pay_order(&shared, &id, fraction) {
        Ok(order) => Json(order).into_response(),
        Err(error) => error.into_response(),
    }
}

async fn faults(State(shared): State<Shared>) -> Json<Vec<Fault>> {
    Json(shared.with_world(|w| w.faults.clone()))
}

async fn add_fault(State(shared): State<Shared>, Json(fault): Json<Fault>) -> Json<Vec<Fault>> {
    Json(shared.with_world(|w| {
        w.faults.push(fault);
        w.faults.clone()
    }))
}

async fn clear_faults(State(shared): State<Shared>) -> StatusCode {
    shared.with_world(|w| w.faults.clear());
    StatusCode::NO_CONTENT
}

#[derive(Debug, Deserialize)]
struct StockRequest {
    /// A Bitrefill product id or a Cryptorefills family name.
    id: String,
    in_stock: bool,
}

async fn stock(State(shared): State<Shared>, Json(request): Json<StockRequest>) -> StatusCode {
    shared.with_world(|w| w.stock.insert(request.id, request.in_stock));
    StatusCode::NO_CONTENT
}

#[derive(Debug, Deserialize)]
struct OutcomeRequest {
    /// An invoice or order id, or `"next"` for the next one created.
    id: String,
    outcome: Outcome,
}

async fn outcome(State(shared): State<Shared>, Json(request): Json<OutcomeRequest>) -> Response {
    let applied = shared.with_world(|w| {
        if request.id == "next" {
            w.outcomes.insert("next".into(), request.outcome);
            return true;
        }
        if let Some(invoice) = w.invoice_mut(&request.id) {
            invoice.outcome = request.outcome;
            return true;
        }
        w.cr_order_mut(&request.id).map(|order| order.outcome = request.outcome).is_some()
    });
    if applied {
        StatusCode::NO_CONTENT.into_response()
    } else {
        StatusCode::NOT_FOUND.into_response()
    }
}

#[derive(Debug, Deserialize)]
struct BalanceRequest {
    /// Minor units of the account currency.
    balance: u64,
}

async fn balance(State(shared): State<Shared>, Json(request): Json<BalanceRequest>) -> StatusCode {
    shared.with_world(|w| w.balance = request.balance);
    StatusCode::NO_CONTENT
}

async fn state(State(shared): State<Shared>) -> Json<Value> {
    let throttled = &shared.0.throttled;
    let throttled = json!({"bitrefill": throttled.bitrefill.load(Ordering::Relaxed),
                           "cryptorefills": throttled.cryptorefills.load(Ordering::Relaxed)});
    let dialect = shared.dialect().as_str();
    Json(shared.with_world(|w| {
        json!({"balance": w.balance, "invoices": w.invoices.len(), "cryptorefills_orders": w.cr_orders.len(),
               "products": w.catalog.products.len(), "faults": w.faults.len(), "requests": w.requests, "pay_attempts": w.pay_attempts,
               "dialect": dialect, "throttled": throttled})
    }))
}

/// What a Cryptorefills order was created with: the buyer's email and the language of its delivery email.
async fn order(State(shared): State<Shared>, Path(id): Path<String>) -> Response {
    let found = shared.with_world(|w| {
        w.cr_orders
            .iter()
            .find(|o| o.order_id == id)
            .map(|o| json!({"id": o.order_id, "email": o.email, "lang": o.lang}))
    });
    match found {
        Some(value) => Json(value).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// What a Bitrefill invoice was created with: the top-level `email` (where the end user's mail goes) and
/// the request body as received, so a test can check which field a client filled.
async fn invoice(State(shared): State<Shared>, Path(id): Path<String>) -> Response {
    let found = shared.with_world(|w| {
        w.invoice_mut(&id).map(|i| {
            json!({"id": i.id, "email": i.email, "request": i.request,
                   "phone_numbers": i.orders.iter().map(|o| o.phone_number.clone()).collect::<Vec<_>>()})
        })
    });
    match found {
        Some(value) => Json(value).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
