//! The two partner APIs Giftdesk buys from, and the HTTP layer their clients share.

pub mod bitrefill;
pub mod decode;
pub mod http;
pub mod pacing;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    Bitrefill,
    Cryptorefills,
}

/// Where the Bitrefill API is: `GIFTDESK_BITREFILL_URL` (the sandbox, a proxy) or the live service.
pub const BITREFILL_URL_VAR: &str = "GIFTDESK_BITREFILL_URL";

pub fn bitrefill_base_url() -> String {
    std::env::var(BITREFILL_URL_VAR)
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| bitrefill::LIVE_URL.to_owned())
}

impl Provider {
    pub const ALL: [Provider; 2] = [Provider::Bitrefill, Provider::Cryptorefills];

    /// The identifier used in URLs, keyring entries and the CLI.
    pub fn slug(self) -> &'static str {
        match self {
            Provider::Bitrefill => "bitrefill",
            Provider::Cryptorefills => "cryptorefills",
        }
    }

    pub fn display_name(self) -> &'static str {
        match self {
            Provider::Bitrefill => "Bitrefill",
            Provider::Cryptorefills => "Cryptorefills",
        }
    }
}

impl std::fmt::Display for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}
