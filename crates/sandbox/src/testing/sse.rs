//! Reads a Server-Sent Events body into events, for the sandbox tests. (The app's own decoder, built on a
//! maintained SSE crate, comes with order tracking; this one only has to read what the sandbox writes.)

use futures_util::StreamExt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub event: String,
    pub data: String,
    pub id: Option<String>,
}

/// Collects events until the body ends; also returns whether it ended mid-event and the comments seen.
pub async fn read_all(response: reqwest::Response) -> (Vec<Event>, bool, usize) {
    let mut body = response.bytes_stream();
    let mut buffer = String::new();
    let (mut events, mut comments) = (Vec::new(), 0);
    while let Some(Ok(chunk)) = body.next().await {
        buffer.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buffer.find("\n\n") {
            let block: String = buffer.drain(..end + 2).collect();
            let (mut event, mut data, mut id) = ("message".to_owned(), Vec::new(), None);
            for line in block.lines() {
                if line.starts_with(':') {
                    comments += 1;
                } else if let Some(value) = line.strip_prefix("event:") {
                    event = value.trim().to_owned();
                } else if let Some(value) = line.strip_prefix("data:") {
                    data.push(value.strip_prefix(' ').unwrap_or(value).to_owned());
                } else if let Some(value) = line.strip_prefix("id:") {
                    id = Some(value.trim().to_owned());
                }
            }
            if !data.is_empty() || event != "message" {
                events.push(Event { event, data: data.join("\n"), id });
            }
        }
    }
    (events, !buffer.trim().is_empty(), comments)
}
