//! A provider's refusal in the reseller's words: part of the vocabulary, so errors can carry it without knowing
//! checkout (which makes them from the providers' codes, in `checkout/problems.rs`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::provider::Provider;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Problem {
    pub provider: Provider,
    /// The provider's code, e.g. `out_of_stock` or `KYC_PENDING`.
    pub code: String,
    pub message: String,
    /// The next step for the reseller.
    pub action: String,
    /// `moreDetails` made readable: the allowed payment vias, the supported coin and network pairs…
    pub details: Vec<String>,
    /// Which line of the purchase it is about, when the provider says (0-based).
    #[ts(optional)]
    pub line: Option<u32>,
}

/// A whole set of problems as one sentence for logs and terminals.
pub fn summary(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| {
            let details =
                if p.details.is_empty() { String::new() } else { format!(" ({})", p.details.join("; ")) };
            format!("{} {}{details} [{}]", p.message, p.action, p.code)
        })
        .collect::<Vec<_>>()
        .join(" ")
}
