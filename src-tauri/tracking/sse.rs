//! Server-Sent Events, decoded by `eventsource-stream` (a maintained parser: LF and CRLF line ends,
//! comments, multi-line `data`, `id`, `retry`), wrapped so the tracker sees plain events.

use std::time::Duration;

use eventsource_stream::Eventsource;
use futures_util::{Stream, StreamExt};

/// One event as the tracker needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    /// `message` when the server named none.
    pub event: String,
    pub data: String,
    pub id: Option<String>,
    pub retry: Option<Duration>,
}

/// Decodes a byte stream into events; a transport error or malformed stream ends it with `Err`.
pub fn decode<S, B, E>(bytes: S) -> impl Stream<Item = Result<SseEvent, String>>
where
    S: Stream<Item = Result<B, E>> + Unpin,
    B: AsRef<[u8]>,
    E: std::fmt::Display,
{
    bytes.eventsource().map(|item| {
        item.map(|event| SseEvent {
            event: if event.event.is_empty() { "message".into() } else { event.event },
            data: event.data,
            id: Some(event.id).filter(|id| !id.is_empty()),
            retry: event.retry,
        })
        .map_err(|error| error.to_string())
    })
}
