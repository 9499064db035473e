//! "Test connection" in Settings: one cheap, read-only call per provider, answered in plain words.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Accounts;
use crate::error::Result;
use crate::money::format_minor;
use crate::providers::Provider;

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
                        format!("Connected. Balance: {}.", format_minor(units, &currency))
                    }
                    _ => "Connected. The balance was not reported.".to_owned(),
                }
            }
            Provider::Cryptorefills => {
                let (vias, _) = self.cryptorefills().await?.payment_vias().await?;
                let coins: usize = vias.iter().map(|via| via.currencies.len()).sum();
                format!("Connected. {coins} coins accepted for payment.")
            }
        };
        Ok(ConnectionCheck { provider, summary })
    }
}
