//! Which providers the app talks to: the live services, or a sandbox someone started and handed over.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which providers the app talks to. Sandbox data lives in a database of its own, so the two never mix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Environment {
    Live,
    Sandbox {
        bitrefill_url: String,
        cryptorefills_url: String,
        reason: SandboxReason,
        /// The sandbox's test credentials, handed over by whoever started it; never sent to the window.
        #[serde(skip)]
        #[ts(skip)]
        credentials: SandboxCredentials,
    },
}

/// The credentials a sandbox takes: the core never names the sandbox, so its starter says what they are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SandboxCredentials {
    pub bitrefill_api_key: String,
    pub cryptorefills_partner_id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SandboxReason {
    /// Chosen in Settings.
    Chosen,
    /// No provider has credentials yet: the first launch runs on the sandbox.
    NoCredentials,
}

impl Environment {
    pub fn is_sandbox(&self) -> bool {
        matches!(self, Self::Sandbox { .. })
    }
}
