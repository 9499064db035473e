//! Partner credentials: in the OS keyring, or from `GIFTDESK_*` variables for headless use.
//!
//! Nothing here hands a secret to the web view: commands get a [`CredentialStatus`] with a masked hint.

mod credentials;
mod keyring;
mod sensitive;

pub use self::credentials::{
    default_app_version, BitrefillCredentialInput, BitrefillCredentials, CredentialMethod, CredentialSource,
    CredentialStatus, CryptorefillsCredentialInput, CryptorefillsCredentials,
};
pub use self::keyring::Keyring;
pub use self::sensitive::{masked_hint, Sensitive};

use self::credentials::{StoredBitrefill, StoredCryptorefills};
use crate::error::{Error, Result};
use crate::provider::Provider;
use crate::tr;

/// Credentials taken from the environment once, at start. They override the keyring and are never written.
#[derive(Debug, Clone, Default)]
pub struct EnvCredentials {
    bitrefill: Option<BitrefillCredentials>,
    cryptorefills: Option<CryptorefillsCredentials>,
}

impl EnvCredentials {
    pub const BITREFILL_API_KEY: &'static str = "GIFTDESK_BITREFILL_API_KEY";
    pub const BITREFILL_API_ID: &'static str = "GIFTDESK_BITREFILL_API_ID";
    pub const BITREFILL_API_SECRET: &'static str = "GIFTDESK_BITREFILL_API_SECRET";
    pub const CRYPTOREFILLS_PARTNER_ID: &'static str = "GIFTDESK_CRYPTOREFILLS_PARTNER_ID";
    pub const CRYPTOREFILLS_APP_VERSION: &'static str = "GIFTDESK_CRYPTOREFILLS_APP_VERSION";

    /// Reads the variables through `lookup` (the process environment in the app, a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self> {
        let var = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let bitrefill = match (var(Self::BITREFILL_API_KEY), var(Self::BITREFILL_API_ID)) {
            (Some(key), _) => Some(
                BitrefillCredentialInput::ApiKey { api_key: Sensitive::new(key) }
                    .validate()
                    .map_err(|e| rename_field(e, Self::BITREFILL_API_KEY))?,
            ),
            (None, Some(api_id)) => {
                let secret = var(Self::BITREFILL_API_SECRET).ok_or_else(|| {
                    let message = tr!(
                        "secrets-variable-needs-another",
                        set = Self::BITREFILL_API_ID,
                        missing = Self::BITREFILL_API_SECRET
                    );
                    Error::invalid(Self::BITREFILL_API_SECRET, message)
                })?;
                Some(
                    BitrefillCredentialInput::Basic { api_id, api_secret: Sensitive::new(secret) }
                        .validate()
                        .map_err(|e| rename_field(e, Self::BITREFILL_API_SECRET))?,
                )
            }
            (None, None) => None,
        };
        let cryptorefills = match var(Self::CRYPTOREFILLS_PARTNER_ID) {
            Some(partner_id) => Some(
                CryptorefillsCredentialInput {
                    partner_id: Sensitive::new(partner_id),
                    app_version: var(Self::CRYPTOREFILLS_APP_VERSION),
                }
                .validate()
                .map_err(|e| rename_field(e, Self::CRYPTOREFILLS_PARTNER_ID))?,
            ),
            None => None,
        };
        Ok(Self { bitrefill, cryptorefills })
    }

    pub fn from_process() -> Result<Self> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }
}

/// In the environment the field a person must fix is the variable, not the Settings field.
fn rename_field(error: Error, variable: &str) -> Error {
    match error {
        Error::InvalidInput { message, .. } => {
            Error::invalid(variable, tr!("secrets-variable-invalid", variable = variable, message = message))
        }
        other => other,
    }
}

#[derive(Debug, Clone)]
pub struct Secrets {
    keyring: Keyring,
    env: EnvCredentials,
}

impl Secrets {
    pub fn new(keyring: Keyring, env: EnvCredentials) -> Self {
        Self { keyring, env }
    }

    pub fn keyring(&self) -> &Keyring {
        &self.keyring
    }

    pub async fn bitrefill(&self) -> Result<Option<(BitrefillCredentials, CredentialSource)>> {
        if let Some(credentials) = &self.env.bitrefill {
            return Ok(Some((credentials.clone(), CredentialSource::Environment)));
        }
        let stored = self.read::<StoredBitrefill>(Provider::Bitrefill).await?;
        Ok(stored.map(|stored| (stored.into(), CredentialSource::Keyring)))
    }

    pub async fn cryptorefills(&self) -> Result<Option<(CryptorefillsCredentials, CredentialSource)>> {
        if let Some(credentials) = &self.env.cryptorefills {
            return Ok(Some((credentials.clone(), CredentialSource::Environment)));
        }
        let stored = self.read::<StoredCryptorefills>(Provider::Cryptorefills).await?;
        Ok(stored.map(|stored| (stored.into(), CredentialSource::Keyring)))
    }

    pub async fn status(&self, provider: Provider) -> Result<CredentialStatus> {
        Ok(match provider {
            Provider::Bitrefill => self.bitrefill().await?.map(|(c, source)| c.status(source)),
            Provider::Cryptorefills => self.cryptorefills().await?.map(|(c, source)| c.status(source)),
        }
        .unwrap_or_else(|| CredentialStatus::unconfigured(provider)))
    }

    pub async fn statuses(&self) -> Result<Vec<CredentialStatus>> {
        let mut statuses = Vec::with_capacity(Provider::ALL.len());
        for provider in Provider::ALL {
            statuses.push(self.status(provider).await?);
        }
        Ok(statuses)
    }

    /// Validates, then stores in the keyring. Returns the status the UI shows next.
    pub async fn set_bitrefill(&self, input: BitrefillCredentialInput) -> Result<CredentialStatus> {
        let credentials = input.validate()?;
        self.write(Provider::Bitrefill, &StoredBitrefill::from(&credentials)).await?;
        tracing::info!(provider = "bitrefill", "credentials stored in the keyring");
        self.status(Provider::Bitrefill).await
    }

    pub async fn set_cryptorefills(&self, input: CryptorefillsCredentialInput) -> Result<CredentialStatus> {
        let credentials = input.validate()?;
        self.write(Provider::Cryptorefills, &StoredCryptorefills::from(&credentials)).await?;
        tracing::info!(provider = "cryptorefills", "credentials stored in the keyring");
        self.status(Provider::Cryptorefills).await
    }

    /// Removes the keyring entry. Environment variables, if set, still apply afterwards, and the status says so.
    pub async fn clear(&self, provider: Provider) -> Result<CredentialStatus> {
        let existed = self.keyring.delete(provider.slug()).await?;
        tracing::info!(provider = provider.slug(), existed, "credentials removed from the keyring");
        self.status(provider).await
    }

    async fn read<T: serde::de::DeserializeOwned>(&self, provider: Provider) -> Result<Option<T>> {
        let Some(raw) = self.keyring.get(provider.slug()).await? else {
            return Ok(None);
        };
        // serde_json's message names the position, never the content, so the secret stays out of it.
        serde_json::from_str(raw.expose()).map(Some).map_err(|error| {
            Error::Internal(tr!(
                "secrets-entry-unreadable",
                provider = provider.display_name(),
                detail = error.to_string()
            ))
        })
    }

    async fn write<T: serde::Serialize>(&self, provider: Provider, stored: &T) -> Result<()> {
        let raw = serde_json::to_string(stored)
            .map_err(|error| Error::Internal(format!("could not encode credentials: {error}")))?;
        self.keyring.set(provider.slug(), Sensitive::new(raw)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn lookup(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| ((*k).into(), (*v).into())).collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn api_key_variable_wins_over_basic() {
        let env = EnvCredentials::from_lookup(lookup(&[
            (EnvCredentials::BITREFILL_API_KEY, "env-key-0123456789"),
            (EnvCredentials::BITREFILL_API_ID, "id"),
        ]))
        .unwrap();
        assert!(matches!(env.bitrefill, Some(BitrefillCredentials::ApiKey(_))));
        assert!(env.cryptorefills.is_none());
    }

    #[test]
    fn api_id_without_secret_names_the_missing_variable() {
        let error =
            EnvCredentials::from_lookup(lookup(&[(EnvCredentials::BITREFILL_API_ID, "id")])).unwrap_err();
        assert_eq!(error.field(), Some(EnvCredentials::BITREFILL_API_SECRET));
    }

    #[test]
    fn bad_variable_names_the_variable() {
        let error = EnvCredentials::from_lookup(lookup(&[(EnvCredentials::CRYPTOREFILLS_PARTNER_ID, "a b")]))
            .unwrap_err();
        assert_eq!(error.field(), Some(EnvCredentials::CRYPTOREFILLS_PARTNER_ID));
    }
}
