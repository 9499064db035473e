//! Wall-clock time as providers and the store write it: epoch milliseconds and `2026-11-20T09:15:02.118Z`.
//!
//! Providers send times in several forms (RFC 3339 with `Z` or an offset such as `+01:00`, Bitrefill's
//! listing form `2026-11-20 09:15:02`, epoch seconds or milliseconds); the `time` crate reads them all, so an
//! offset is never mistaken for UTC.

use std::time::{SystemTime, UNIX_EPOCH};

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

fn from_ms(ms: u64) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()
}

/// `2026-11-20T09:15:02.118Z`, the form Bitrefill uses and the store keeps.
pub fn iso(ms: u64) -> String {
    let format = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
    from_ms(ms).and_then(|t| t.format(format).ok()).unwrap_or_else(|| "9999-12-31T23:59:59.999Z".into())
}

/// `2026-11-20 09:15:02` in UTC: the form Bitrefill's listings take for `after` and `before`.
pub fn listing_time(ms: u64) -> String {
    let format = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    from_ms(ms).and_then(|t| t.format(format).ok()).unwrap_or_default()
}

/// Any time a provider sends, as epoch milliseconds: RFC 3339 with `Z` or an offset, the same without a zone
/// or with a space for `T` (read as UTC, as the listings mean it), or a bare number of milliseconds.
pub fn parse_time(text: &str) -> Option<u64> {
    let text = text.trim();
    if let Ok(ms) = text.parse::<u64>() {
        return Some(ms);
    }
    let at = OffsetDateTime::parse(text, &Rfc3339).ok().or_else(|| {
        let spaced = format_description!(
            version = 2,
            "[year]-[month]-[day][first [T][ ]][hour]:[minute]:[second][optional [.[subsecond]]]"
        );
        PrimitiveDateTime::parse(text.trim_end_matches('Z'), spaced)
            .ok()
            .map(|t| t.assume_offset(UtcOffset::UTC))
    })?;
    u64::try_from(at.unix_timestamp_nanos() / 1_000_000).ok()
}

/// Epoch seconds as Cryptorefills sends `created_at` (a number or a string, maybe with a fraction), as
/// milliseconds; `None` for anything negative, not finite, or past what a calendar holds.
pub fn epoch_seconds_ms(text: &str) -> Option<u64> {
    const YEAR_10000_MS: f64 = 253_402_300_800_000.0;
    let secs = text.trim().parse::<f64>().ok().filter(|s| s.is_finite() && *s >= 0.0)?;
    let ms = secs * 1000.0;
    (ms < YEAR_10000_MS).then_some(ms as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_iso_times() {
        assert_eq!(iso(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso(1_795_345_200_118), "2026-11-22T11:00:00.118Z");
        assert_eq!(parse_time("2026-11-22T11:00:00.118Z"), Some(1_795_345_200_118));
        assert_eq!(parse_time("1795345200118"), Some(1_795_345_200_118));
        assert_eq!(parse_time("yesterday"), None);
    }

    #[test]
    fn an_offset_is_not_read_as_utc() {
        // 12:00 in a zone one hour ahead of UTC is 11:00 UTC.
        assert_eq!(parse_time("2026-11-22T12:00:00.118+01:00"), Some(1_795_345_200_118));
        assert_eq!(parse_time("2026-11-22T06:00:00-05:00"), Some(1_795_345_200_000));
    }

    #[test]
    fn the_listing_form_round_trips_in_utc() {
        assert_eq!(listing_time(1_795_345_200_118), "2026-11-22 11:00:00");
        assert_eq!(parse_time("2026-11-22 11:00:00"), Some(1_795_345_200_000));
        assert_eq!(parse_time("2026-11-22T11:00:00"), Some(1_795_345_200_000));
    }

    #[test]
    fn epoch_seconds_come_as_numbers_or_strings() {
        assert_eq!(epoch_seconds_ms("1795345244"), Some(1_795_345_244_000));
        assert_eq!(epoch_seconds_ms("1795345244.5"), Some(1_795_345_244_500));
        assert_eq!(epoch_seconds_ms("1e300"), None);
        assert_eq!(epoch_seconds_ms("-5"), None);
    }
}
