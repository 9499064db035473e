//! Cryptorefills in either dialect (see `sandbox/dialect.rs`): required headers, catalog, validations with
//! problems in a 200, orders with their payment window, the order stream, and (live) a rate limit.

mod catalog;
mod lifecycle;
pub mod model;
mod orders;
mod rules;
mod stream;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

pub use self::lifecycle::pay as pay_order;
use super::ratelimit::Group;
use super::world::Shared;

pub fn router(shared: Shared) -> Router {
    Router::new()
        .route("/v3/payment_vias", get(catalog::payment_vias))
        .route("/v2/brands", get(catalog::brands))
        .route("/v2/homepage", get(catalog::homepage))
        .route("/v5/products/country/{country}", get(catalog::products))
        .route("/v4/products/price", get(catalog::price))
        .route("/v5/orders/validations", post(orders::validate))
        .route("/v5/orders", post(orders::create))
        .route("/v5/orders/{id}", get(orders::one))
        .route("/v5/orders/{id}/subscribe", get(stream::subscribe))
        .fallback(|| async { CrError::new(StatusCode::NOT_FOUND, "NOT_FOUND", Value::Null) })
        .layer(middleware::from_fn_with_state(shared.clone(), rate_limit))
        .layer(middleware::from_fn(required_headers))
        .with_state(shared)
}

/// Every request carries the partner's headers. The older `X-Country-ISO-Code` stands in for
/// `X-Forwarded-For`, as in earlier versions of the API.
async fn required_headers(request: Request, next: Next) -> Response {
    let headers = request.headers();
    let has =
        |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).is_some_and(|v| !v.trim().is_empty());
    let mut missing: Vec<&str> = ["X-Cr-Application", "User-Agent"].into_iter().filter(|h| !has(h)).collect();
    if !has("X-Forwarded-For") && !has("X-Country-ISO-Code") {
        missing.push("X-Forwarded-For");
    }
    if !has("X-Cr-Version") && !has("X-Country-ISO-Code") {
        missing.push("X-Cr-Version");
    }
    if missing.is_empty() {
        return next.run(request).await;
    }
    let detail = format!("Missing required header: {}", missing.join(", "));
    CrError::new(StatusCode::BAD_REQUEST, &detail, json!({"missing_headers": missing})).into_response()
}

/// Live dialect only: about 120 requests a minute per partner ID (`X-Cr-Application`), announced in
/// `X-RateLimit-*` and refused with 429 and `Retry-After` past it. The docs publish no limits.
async fn rate_limit(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    if !shared.dialect().is_live() {
        return next.run(request).await;
    }
    let partner =
        request.headers().get("x-cr-application").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let verdict = shared
        .0
        .limiter
        .lock()
        .ok()
        .and_then(|mut limiter| limiter.check(&format!("cryptorefills:{partner}"), Group::Cryptorefills));
    let Some(verdict) = verdict else {
        return next.run(request).await;
    };
    let mut response = if verdict.allowed {
        next.run(request).await
    } else {
        shared.0.throttled.cryptorefills.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        CrError::new(StatusCode::TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS", Value::Null).into_response()
    };
    for (name, value) in verdict.x_headers() {
        if let Ok(value) = HeaderValue::from_str(&value) {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

/// `{status, detail, moreDetails?}`: Cryptorefills' HTTP-level errors.
#[derive(Debug)]
pub struct CrError {
    status: StatusCode,
    detail: String,
    more: Value,
}

impl CrError {
    pub fn new(status: StatusCode, detail: &str, more: Value) -> Self {
        Self { status, detail: detail.to_owned(), more }
    }

    pub fn bad(detail: &str) -> Self {
        Self::new(StatusCode::BAD_REQUEST, detail, Value::Null)
    }
}

impl IntoResponse for CrError {
    fn into_response(self) -> Response {
        let mut body = json!({"status": self.status.as_u16(), "detail": self.detail});
        if !self.more.is_null() {
            body["moreDetails"] = self.more;
        }
        (self.status, Json(body)).into_response()
    }
}
