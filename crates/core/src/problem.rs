//! A provider's refusal in the reseller's words: part of the vocabulary, so errors can carry it without knowing
//! checkout (which makes them from the providers' codes, in `checkout/problems.rs`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::provider::Provider;
use crate::tr;

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
            let (message, action, code) = (p.message.as_str(), p.action.as_str(), p.code.as_str());
            if p.details.is_empty() {
                return tr!("problem-summary", message = message, action = action, code = code);
            }
            let details = p.details.join(&tr!("problem-summary-details-separator"));
            tr!(
                "problem-summary-with-details",
                message = message,
                action = action,
                details = details,
                code = code
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}
