//! "Test connection" in Settings: one cheap, read-only call per provider, answered in plain words.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Accounts;
use crate::error::Result;
use crate::i18n::format_minor_amount;
use crate::providers::Provider;
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConnectionCheck {
    pub provider: Provider,
    /// What the provider said, for a person: "Connected. Balance: 5000.00 USD."
    pub summary: String,
}

impl Accounts {
    /// Bitrefill: ping, then the balance. Cryptorefills: the payment methods. Errors say what failed.
    pub async fn test_connection(&self, provider: Provider) -> Result<ConnectionCheck> {
        let summary = match provider {
            Provider::Bitrefill => {
                let client = self.bitrefill().await?;
                client.ping().await?;
                let balance = client.balance().await?;
                match (balance.balance, balance.currency) {
                    (Some(units), Some(currency)) => {
                        tr!("accounts-connected-balance", balance = balance_shown(units, &currency))
                    }
                    _ => tr!("accounts-connected-no-balance"),
                }
            }
            Provider::Cryptorefills => {
                let (vias, _) = self.cryptorefills().await?.payment_vias().await?;
                let coins: usize = vias.iter().map(|via| via.currencies.len()).sum();
                tr!("accounts-connected-coins", count = coins)
            }
        };
        Ok(ConnectionCheck { provider, summary })
    }
}

/// A balance in the reseller's locale, with every place its currency has ("5,000.00 USD", not "5,000 USD").
fn balance_shown(units: u64, currency: &str) -> String {
    format_minor_amount(units, currency, crate::i18n::current())
}
