//! The sandbox's clock: epoch milliseconds, written as the providers write times, and the times clients send
//! read back. Its own, so the sandbox and the core's clients never share one reading of a date.

use std::time::{SystemTime, UNIX_EPOCH};

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// `2026-11-20T09:15:02.118Z`.
pub fn iso(ms: u64) -> String {
    let format = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| t.format(format).ok())
        .unwrap_or_else(|| "9999-12-31T23:59:59.999Z".into())
}

/// A time a client sent: RFC 3339 (`Z` or an offset), the same without a zone or with a space for `T` (UTC),
/// or epoch milliseconds.
pub fn parse_time(text: &str) -> Option<u64> {
    let text = text.trim();
    if let Ok(ms) = text.parse::<u64>() {
        return Some(ms);
    }
    let at = OffsetDateTime::parse(text, &Rfc3339).ok().or_else(|| {
        // Without a zone (read as UTC), with `T` or a space, with or without a fraction.
        let plain = format_description!(
            version = 2,
            "[year]-[month]-[day][first [T][ ]][hour]:[minute]:[second][optional [.[subsecond]]]"
        );
        PrimitiveDateTime::parse(text.trim_end_matches('Z'), plain)
            .ok()
            .map(|t| t.assume_offset(UtcOffset::UTC))
    })?;
    u64::try_from(at.unix_timestamp_nanos() / 1_000_000).ok()
}
