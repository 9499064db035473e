//! `GET /v5/orders/{id}/subscribe`: Server-Sent Events. A `message` event carries the order on every
//! change, comments keep the connection alive, `stop` ends it at a terminal state. Written as raw bytes so
//! that faults can drop the connection mid-event, repeat events or send them out of order.

use std::convert::Infallible;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use tokio::sync::mpsc;

use super::CrError;
use crate::faults::Fault;
use crate::world::Shared;

const KEEP_ALIVE: Duration = Duration::from_secs(15);
const RETRY_MS: u64 = 3_000;

/// One event in SSE framing. Every other event splits its JSON over two `data:` lines, as servers may.
fn event(version: u64, data: &str) -> String {
    let lines = match data.find(",\"") {
        Some(split) if version.is_multiple_of(2) => {
            format!("data: {}\ndata: {}\n", &data[..=split], &data[split + 1..])
        }
        _ => format!("data: {data}\n"),
    };
    format!("id: {version}\nevent: message\n{lines}\n")
}

fn stream_fault(shared: &Shared, path: &str) -> Option<Fault> {
    shared.with_world(|world| {
        let index = world.faults.iter().position(|f| f.is_stream_fault() && f.matches("GET", path))?;
        let fault = world.faults[index].clone();
        match &mut world.faults[index].remaining {
            Some(0 | 1) => {
                world.faults.remove(index);
            }
            Some(n) => *n -= 1,
            None => {}
        }
        Some(fault)
    })
}

pub async fn subscribe(State(shared): State<Shared>, Path(id): Path<String>) -> Response {
    if shared.with_world(|w| w.cr_order_mut(&id).is_none()) {
        return CrError::new(StatusCode::NOT_FOUND, "ORDER_NOT_FOUND", json!({"order_id": id}))
            .into_response();
    }
    let fault = stream_fault(&shared, &format!("/v5/orders/{id}/subscribe")).unwrap_or_default();
    let (sender, receiver) = mpsc::channel::<Result<Bytes, Infallible>>(16);
    tokio::spawn(feed(shared, id, fault, sender));
    let body = Body::from_stream(tokio_stream::wrappers::ReceiverStream::new(receiver));
    (
        [
            (header::CONTENT_TYPE, "text/event-stream"),
            (header::CACHE_CONTROL, "no-cache, no-transform"),
            (header::HeaderName::from_static("x-accel-buffering"), "no"),
        ],
        body,
    )
        .into_response()
}

/// Writes the stream until the order is final, the fault says to drop, or the client goes away.
async fn feed(shared: Shared, id: String, fault: Fault, sender: mpsc::Sender<Result<Bytes, Infallible>>) {
    let send = |text: String| {
        let sender = sender.clone();
        async move { sender.send(Ok(Bytes::from(text))).await.is_ok() }
    };
    if !send(format!(": order {id}\nretry: {RETRY_MS}\n\n")).await {
        return;
    }
    let mut changes = shared.subscribe_cr();
    let keep_alive = shared.scaled(KEEP_ALIVE).max(Duration::from_millis(20));
    let mut last_sent = 0;
    let mut previous: Option<(u64, String)> = None;
    let mut events = 0;
    loop {
        let Some((version, data, terminal)) = shared
            .with_world(|w| w.cr_order_mut(&id).map(|o| (o.version, o.json().to_string(), o.is_terminal())))
        else {
            return;
        };
        if version != last_sent {
            let framed = event(version, &data);
            events += 1;
            if fault.sse_drop_after.is_some_and(|limit| events > limit) {
                // Drop: optionally mid-event, and never a `stop`.
                if fault.sse_cut_mid_event {
                    let _ = send(framed[..framed.len() / 2].to_owned()).await;
                }
                return;
            }
            if !send(framed.clone()).await {
                return;
            }
            if fault.sse_duplicate && !send(framed).await {
                return;
            }
            if let (true, Some((old_version, old_data))) = (fault.sse_out_of_order, &previous) {
                if !send(event(*old_version, old_data)).await {
                    return;
                }
            }
            previous = Some((version, data));
            last_sent = version;
        }
        if terminal {
            if !fault.sse_no_stop {
                let _ = send("event: stop\ndata:\n\n".to_owned()).await;
            }
            return;
        }
        tokio::select! {
            changed = changes.changed() => if changed.is_err() { return },
            () = tokio::time::sleep(keep_alive) => if !send(": keep-alive\n\n".to_owned()).await { return },
            () = sender.closed() => return,
        }
    }
}
