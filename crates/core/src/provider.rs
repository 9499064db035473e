//! The two partner APIs Giftdesk buys from, by name: the vocabulary every layer shares.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
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

    /// From a store column holding [`Provider::slug`]; the store writes no other word, and Bitrefill was the
    /// first provider, so anything else reads as Bitrefill.
    pub fn from_slug(slug: &str) -> Self {
        if slug == Provider::Cryptorefills.slug() {
            Provider::Cryptorefills
        } else {
            Provider::Bitrefill
        }
    }

    pub fn display_name(self) -> &'static str {
        match self {
            Provider::Bitrefill => "Bitrefill",
            Provider::Cryptorefills => "Cryptorefills",
        }
    }
}

impl std::str::FromStr for Provider {
    type Err = String;

    /// The slug, in any case (`bitrefill`, `Cryptorefills`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Provider::ALL
            .into_iter()
            .find(|provider| provider.slug().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| format!("{text:?} is not a provider: use bitrefill or cryptorefills"))
    }
}

impl std::fmt::Display for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}
