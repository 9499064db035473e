//! Cryptorefills as the seed and the notes describe it: required headers, catalog, validations with
//! problems in a 200, orders with a 30-minute payment window, and the order stream.

mod catalog;
mod lifecycle;
pub mod model;
mod orders;
mod rules;
mod stream;

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

pub use self::lifecycle::pay as pay_order;
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
