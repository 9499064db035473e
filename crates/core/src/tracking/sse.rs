//! Server-Sent Events, decoded by `sse-stream` (a maintained parser: LF, CR and CRLF line ends, comments,
//! multi-line `data`, `id`, `retry`), wrapped so the tracker sees plain events.

use std::time::Duration;

use bytes::Buf;
use futures_util::{Stream, StreamExt, TryStream};
use sse_stream::{Sse, SseByteStream};

/// One event block as the tracker needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    /// `message` when the server named none.
    pub event: String,
    /// Empty for a block that only sets `retry:`.
    pub data: String,
    pub id: Option<String>,
    pub retry: Option<Duration>,
}

impl SseEvent {
    /// A block with neither data nor a name only carries metadata (`retry:`); nothing to dispatch.
    pub fn is_metadata_only(&self) -> bool {
        self.event == "message" && self.data.is_empty()
    }
}

fn plain(block: Sse) -> Option<SseEvent> {
    if block.event.is_none() && block.data.is_none() && block.retry.is_none() {
        return None; // A bare `id:` or an unknown field: nothing the tracker acts on.
    }
    Some(SseEvent {
        event: block.event.filter(|name| !name.is_empty()).unwrap_or_else(|| "message".into()),
        data: block.data.unwrap_or_default(),
        id: block.id.filter(|id| !id.is_empty()),
        retry: block.retry.map(Duration::from_millis),
    })
}

/// Decodes a byte stream into events; a transport error or malformed stream ends it with `Err`.
pub fn decode<S>(bytes: S) -> impl Stream<Item = Result<SseEvent, String>>
where
    S: TryStream,
    S::Ok: Buf,
    S::Error: std::error::Error + Send + Sync + 'static,
{
    SseByteStream::new(bytes).filter_map(|item| async move {
        match item {
            Ok(block) => plain(block).map(Ok),
            Err(error) => Some(Err(error.to_string())),
        }
    })
}
