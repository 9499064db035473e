//! What the window says about a new release of Giftdesk. Finding, checking and installing it is the Tauri
//! updater's work (src-tauri/shell/updates.rs); these are its words for the window.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A newer release the update server offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UpdateOffer {
    /// This installation's version.
    pub current: String,
    pub version: String,
    #[ts(optional)]
    pub notes: Option<String>,
    /// When it was published (RFC 3339), as the server says.
    #[ts(optional)]
    pub published_at: Option<String>,
}
