//! The two forms each provider API can answer in: the one its own documents describe (`docs`) and the one
//! public clients recorded from the live service (`live`, see `shared/api-notes.md`). A client tested against
//! only one form learns the sandbox's reading, not the API; the sandbox serves either so both get tested.

use serde::{Deserialize, Serialize};

use crate::clock::{iso, parse_time};

/// Which form of each API the sandbox speaks. `live` by default: it is what a real account meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    /// As the providers' documents (the seeds) describe.
    Docs,
    /// As public clients of the live services recorded.
    #[default]
    Live,
}

/// Chooses the dialect for `SandboxOptions::default()`, so the window's demo mode can be pointed at either.
pub const DIALECT_ENV: &str = "GIFTDESK_SANDBOX_DIALECT";

impl Dialect {
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::Docs => "docs",
            Dialect::Live => "live",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "docs" => Some(Dialect::Docs),
            "live" => Some(Dialect::Live),
            _ => None,
        }
    }

    /// `GIFTDESK_SANDBOX_DIALECT` when it names a dialect, else the default (`live`).
    pub fn from_env() -> Self {
        std::env::var(DIALECT_ENV).ok().and_then(|v| Self::parse(&v)).unwrap_or_default()
    }

    pub fn is_live(self) -> bool {
        self == Dialect::Live
    }
}

/// The live API sometimes writes times with a UTC offset instead of `Z` (the same instant):
/// `2026-12-02T15:04:05.123+01:00`. Clients that cut off the zone would be an hour wrong.
pub fn iso_with_offset(ms: u64) -> String {
    let local = iso(ms + 3_600_000);
    format!("{}+01:00", local.trim_end_matches('Z'))
}

/// `YYYY-MM-DD HH:MM:SS` in UTC: the form the live listings take for `after` and `before`.
pub fn listing_time(ms: u64) -> String {
    iso(ms)[..19].replace('T', " ")
}

/// Reads a listing's `after`/`before`. Live takes only `YYYY-MM-DD HH:MM:SS`; docs also take ISO 8601
/// (with `T`, `Z` or an offset) and epoch milliseconds.
pub fn parse_listing_time(dialect: Dialect, text: &str) -> Option<u64> {
    let text = text.trim();
    let plain = text.len() == 19
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b' ',
            13 | 16 => b == b':',
            _ => b.is_ascii_digit(),
        });
    if plain {
        return parse_time(text);
    }
    if dialect.is_live() {
        return None;
    }
    // Any ISO 8601 form, `Z` or an offset, read to the same instant.
    parse_time(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_both_forms() {
        assert_eq!(iso_with_offset(1_795_345_200_118), "2026-11-22T12:00:00.118+01:00");
        assert_eq!(listing_time(1_795_345_200_118), "2026-11-22 11:00:00");
        let plain = "2026-11-22 11:00:00";
        assert_eq!(parse_listing_time(Dialect::Live, plain), Some(1_795_345_200_000));
        assert_eq!(parse_listing_time(Dialect::Live, "2026-11-22T11:00:00Z"), None);
        assert_eq!(parse_listing_time(Dialect::Docs, "2026-11-22T11:00:00Z"), Some(1_795_345_200_000));
        assert_eq!(parse_listing_time(Dialect::Docs, "2026-11-22T12:00:00+01:00"), Some(1_795_345_200_000));
        assert_eq!(Dialect::parse("DOCS"), Some(Dialect::Docs));
    }
}
