//! The two partner APIs Giftdesk buys from.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    Bitrefill,
    Cryptorefills,
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
