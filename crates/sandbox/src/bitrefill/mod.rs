//! Bitrefill API v2 in either dialect (see `sandbox/dialect.rs`): envelope, auth, rate limits, statuses.

mod esims;
mod invoices;
mod lifecycle;
mod listing;
pub mod model;
mod payment;
mod phones;
mod products;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use serde_json::{json, Value};

pub use self::lifecycle::pay as pay_invoice;
use super::ratelimit::Group;
use super::world::Shared;

pub const API_KEY: &str = "sandbox-key";
pub const API_ID: &str = "sandbox-id";
pub const API_SECRET: &str = "sandbox-secret";
/// A key that authenticates but has no API access: 403.
pub const FORBIDDEN_KEY: &str = "sandbox-no-access";

pub fn router(shared: Shared) -> Router {
    let api = Router::new()
        .route("/ping", get(products::ping))
        .route("/accounts/balance", get(products::balance))
        .route("/check_phone_number", get(phones::check))
        .route("/products", get(products::list))
        .route("/products/search", get(products::search))
        .route("/products/esims", get(esims::list))
        .route("/products/esims/{id}", get(esims::product))
        .route("/esims", get(esims::owned).post(esims::create))
        .route("/esims/{id}", get(esims::owned_one))
        .route("/products/{id}", get(products::one))
        .route("/invoices", get(listing::list).post(invoices::create))
        .route("/invoices/{id}", get(invoices::one))
        .route("/invoices/{id}/pay", post(invoices::pay))
        .route("/orders", get(listing::list_orders))
        .route("/orders/{id}", get(invoices::order))
        .route("/orders/{id}/unseal", get(invoices::unseal))
        .fallback(|| async { BrError::new(StatusCode::NOT_FOUND, "not_found", "No such endpoint") })
        .layer(middleware::from_fn_with_state(shared.clone(), rate_limit))
        .layer(middleware::from_fn(authenticate))
        .layer(middleware::from_fn(edge));
    Router::new().nest("/v2", api).with_state(shared)
}

/// The edge in front of the API refuses requests without a real User-Agent.
async fn edge(request: Request, next: Next) -> Response {
    let agent = request.headers().get("user-agent").and_then(|v| v.to_str().ok()).unwrap_or("");
    if agent.trim().is_empty() {
        return (StatusCode::FORBIDDEN, "Forbidden: a User-Agent header is required").into_response();
    }
    next.run(request).await
}

async fn authenticate(request: Request, next: Next) -> Response {
    match check_authorization(request.headers()) {
        Ok(()) => next.run(request).await,
        Err(error) => error.into_response(),
    }
}

fn check_authorization(headers: &HeaderMap) -> Result<(), BrError> {
    let value = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("");
    let unauthorized =
        || BrError::new(StatusCode::UNAUTHORIZED, "unauthorized", "Invalid or missing API credentials");
    if let Some(key) = value.strip_prefix("Bearer ") {
        return match key.trim() {
            API_KEY => Ok(()),
            FORBIDDEN_KEY => {
                Err(BrError::new(StatusCode::FORBIDDEN, "forbidden", "This account has no API access"))
            }
            _ => Err(unauthorized()),
        };
    }
    if let Some(encoded) = value.strip_prefix("Basic ") {
        let decoded =
            base64::engine::general_purpose::STANDARD.decode(encoded.trim()).map_err(|_| unauthorized())?;
        if decoded == format!("{API_ID}:{API_SECRET}").as_bytes() {
            return Ok(());
        }
    }
    Err(unauthorized())
}

/// How many products an answer carried, for the live dialect's products-per-hour window.
#[derive(Debug, Clone, Copy)]
pub struct ProductCount(pub u32);

/// Limits per account: the Authorization header names it, so two clients or two processes of one account
/// share a budget, as they do live.
async fn rate_limit(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let group = Group::of(request.uri().path());
    let account =
        request.headers().get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let verdict = shared.0.limiter.lock().ok().and_then(|mut limiter| limiter.check(&account, group));
    let Some(mut verdict) = verdict else {
        return next.run(request).await;
    };
    let mut response = if verdict.allowed {
        next.run(request).await
    } else {
        shared.0.throttled.bitrefill.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        BrError::new(StatusCode::TOO_MANY_REQUESTS, "too_many_requests", "Rate limit exceeded, retry later")
            .into_response()
    };
    if let Some(ProductCount(count)) = response.extensions().get::<ProductCount>().copied() {
        let counted = shared
            .0
            .limiter
            .lock()
            .ok()
            .and_then(|mut limiter| limiter.record_products(&account, group, count));
        verdict = counted.unwrap_or(verdict);
    }
    for (name, value) in verdict.headers() {
        if let Ok(value) = HeaderValue::from_str(&value) {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

/// `{"meta": {"_endpoint": …}, "data": …}`
pub fn envelope(endpoint: &str, data: Value) -> Response {
    let mut body = json!({"meta": {"_endpoint": endpoint}});
    body["data"] = data;
    Json(body).into_response()
}

/// `{"meta": {"_endpoint": …}, "message": …, "error_code": …}` with its status.
#[derive(Debug)]
pub struct BrError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl BrError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self { status, code, message: message.into() }
    }

    pub fn bad(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }
}

impl IntoResponse for BrError {
    fn into_response(self) -> Response {
        let body = json!({"meta": {"_endpoint": ""}, "message": self.message, "error_code": self.code});
        (self.status, Json(body)).into_response()
    }
}
