//! Faults on demand: set through `POST /_sandbox/faults`, matched per route, applied by a middleware
//! (or, for streams, by the stream itself).

use std::time::Duration;

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::world::Shared;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Fault {
    /// `"METHOD /path"` or `"/path"`; `*` matches one path segment and a trailing `*` the rest.
    pub route: String,
    /// Delay before answering.
    pub latency_ms: u64,
    /// Chance (0 to 1) that a request gets `error_status` (default 503) instead of its answer.
    pub error_rate: f64,
    pub error_status: Option<u16>,
    /// The next N matching requests get 429 with `Retry-After: retry_after_secs` (default 1).
    pub burst_429: u32,
    pub retry_after_secs: Option<u64>,
    /// Never answer (the connection stays open until the client gives up).
    pub hang: bool,
    /// Do the work (create the invoice, the order) but never answer: "the answer was lost".
    pub hold_after_commit: bool,
    /// Send only the first half of the body.
    pub truncate: bool,
    /// Streams: close after this many events, without `stop`.
    pub sse_drop_after: Option<u32>,
    /// Streams: when dropping, cut the last event in the middle.
    pub sse_cut_mid_event: bool,
    /// Streams: send every event twice.
    pub sse_duplicate: bool,
    /// Streams: replay the previous state after each new one.
    pub sse_out_of_order: bool,
    /// Streams: never send `stop`, just close at the end.
    pub sse_no_stop: bool,
    /// Applies to this many matching requests, then is removed; unset means until cleared.
    pub remaining: Option<u32>,
    /// Lets this many matching requests through untouched first (a sync that fails halfway).
    pub after: u32,
}

impl Fault {
    pub fn matches(&self, method: &str, path: &str) -> bool {
        let (want_method, pattern) = match self.route.split_once(' ') {
            Some((method, pattern)) => (Some(method), pattern),
            None => (None, self.route.as_str()),
        };
        if want_method.is_some_and(|m| !m.eq_ignore_ascii_case(method)) {
            return false;
        }
        pattern_matches(pattern, path)
    }

    pub fn is_stream_fault(&self) -> bool {
        self.sse_drop_after.is_some() || self.sse_duplicate || self.sse_out_of_order || self.sse_no_stop
    }
}

fn pattern_matches(pattern: &str, path: &str) -> bool {
    if pattern == "*" {
        return true;
    }
    let want: Vec<&str> = pattern.trim_matches('/').split('/').collect();
    let have: Vec<&str> = path.trim_matches('/').split('/').collect();
    for (index, segment) in want.iter().enumerate() {
        let Some(actual) = have.get(index) else {
            return false;
        };
        match *segment {
            // A trailing `*` takes the rest of the path; elsewhere it stands for one segment.
            "*" if index == want.len() - 1 => return true,
            "*" => {}
            literal if literal != *actual => return false,
            _ => {}
        }
    }
    want.len() == have.len()
}

/// What the middleware must do for one request, decided under the lock.
#[derive(Debug, Default)]
struct Plan {
    latency: Duration,
    error: Option<StatusCode>,
    too_many: Option<u64>,
    hang: bool,
    hold: bool,
    truncate: bool,
}

pub async fn apply(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let method = request.method().as_str().to_owned();
    let path = request.uri().path().to_owned();
    if path.starts_with("/_sandbox") {
        return next.run(request).await;
    }
    let plan = shared.with_world(|world| {
        *world.requests.entry(format!("{method} {path}")).or_default() += 1;
        let mut plan = Plan { latency: shared.options().latency, ..Plan::default() };
        let rng = &mut world.rng;
        world.faults.retain_mut(|fault| {
            if !fault.matches(&method, &path) || fault.is_stream_fault() {
                return true;
            }
            if fault.after > 0 {
                fault.after -= 1;
                return true;
            }
            plan.latency = plan.latency.max(Duration::from_millis(fault.latency_ms));
            if fault.burst_429 > 0 {
                fault.burst_429 -= 1;
                plan.too_many = Some(fault.retry_after_secs.unwrap_or(1));
            } else if fault.error_rate > 0.0 && rng.f64() < fault.error_rate {
                plan.error = StatusCode::from_u16(fault.error_status.unwrap_or(503)).ok();
            }
            plan.hang |= fault.hang;
            plan.hold |= fault.hold_after_commit;
            plan.truncate |= fault.truncate;
            match &mut fault.remaining {
                Some(0 | 1) => false,
                Some(n) => {
                    *n -= 1;
                    true
                }
                None => true,
            }
        });
        plan
    });
    if !plan.latency.is_zero() {
        tokio::time::sleep(plan.latency).await;
    }
    if plan.hang {
        std::future::pending::<()>().await;
    }
    if let Some(retry_after) = plan.too_many {
        let mut response = (
            StatusCode::TOO_MANY_REQUESTS,
            axum::Json(serde_json::json!({"message": "Too many requests (sandbox fault)", "error_code": "rate_limited"})),
        )
            .into_response();
        response.headers_mut().insert("retry-after", HeaderValue::from(retry_after));
        return response;
    }
    if let Some(status) = plan.error {
        let body =
            serde_json::json!({"message": "Upstream error (sandbox fault)", "error_code": "server_error"});
        return (status, axum::Json(body)).into_response();
    }
    let response = next.run(request).await;
    if plan.hold {
        std::future::pending::<()>().await;
    }
    if plan.truncate {
        let (parts, body) = response.into_parts();
        let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
        let half = bytes.slice(..bytes.len() / 2);
        let mut parts = parts;
        parts.headers.remove("content-length");
        return Response::from_parts(parts, Body::from(half));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(route: &str) -> Fault {
        Fault { route: route.into(), ..Fault::default() }
    }

    #[test]
    fn routes_match_by_method_and_segments() {
        assert!(fault("POST /v2/invoices").matches("POST", "/v2/invoices"));
        assert!(!fault("POST /v2/invoices").matches("GET", "/v2/invoices"));
        assert!(fault("/v5/orders/*/subscribe").matches("GET", "/v5/orders/abc/subscribe"));
        assert!(!fault("/v5/orders/*/subscribe").matches("GET", "/v5/orders/abc"));
        assert!(fault("/v2/products/*").matches("GET", "/v2/products/search"));
        assert!(fault("*").matches("GET", "/anything"));
    }
}
