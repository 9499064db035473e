//! Partner credentials: what the user enters, how it is checked, and how it is stored.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::sensitive::{masked_hint, Sensitive};
use crate::error::{Error, Result};
use crate::provider::Provider;
use crate::tr;

/// Bitrefill credentials as entered in Settings.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum BitrefillCredentialInput {
    /// A personal account's API key, sent as `Authorization: Bearer`.
    ApiKey {
        #[ts(type = "string")]
        api_key: Sensitive<String>,
    },
    /// A business account's API ID and secret, sent as `Authorization: Basic`.
    Basic {
        api_id: String,
        #[ts(type = "string")]
        api_secret: Sensitive<String>,
    },
}

/// Cryptorefills credentials as entered in Settings.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct CryptorefillsCredentialInput {
    /// Sent as `X-Cr-Application`; it attributes commission to the reseller.
    #[ts(type = "string")]
    pub partner_id: Sensitive<String>,
    /// Sent as `X-Cr-Version`; defaults to Giftdesk's own version.
    #[ts(optional)]
    pub app_version: Option<String>,
}

/// Validated Bitrefill credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BitrefillCredentials {
    ApiKey(Sensitive<String>),
    Basic { api_id: String, api_secret: Sensitive<String> },
}

/// Validated Cryptorefills credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CryptorefillsCredentials {
    pub partner_id: Sensitive<String>,
    pub app_version: String,
}

/// Where a provider's credentials come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CredentialSource {
    Keyring,
    /// `GIFTDESK_*` variables, which override the keyring and are never written anywhere.
    Environment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CredentialMethod {
    ApiKey,
    Basic,
    PartnerId,
}

/// What the UI and `giftdesk config` may know about a provider's credentials: never the secret itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CredentialStatus {
    pub provider: Provider,
    pub configured: bool,
    pub source: Option<CredentialSource>,
    pub method: Option<CredentialMethod>,
    /// The last characters of the secret, e.g. `…x7Qe`.
    pub hint: Option<String>,
}

impl CredentialStatus {
    pub fn unconfigured(provider: Provider) -> Self {
        Self { provider, configured: false, source: None, method: None, hint: None }
    }
}

impl BitrefillCredentialInput {
    pub fn validate(self) -> Result<BitrefillCredentials> {
        match self {
            Self::ApiKey { api_key } => Ok(BitrefillCredentials::ApiKey(checked_token(
                "api_key",
                tr!("secrets-label-api-key"),
                api_key.expose(),
            )?)),
            Self::Basic { api_id, api_secret } => {
                let api_id = checked_token("api_id", tr!("secrets-label-api-id"), &api_id)?.expose().clone();
                let api_secret =
                    checked_token("api_secret", tr!("secrets-label-api-secret"), api_secret.expose())?;
                Ok(BitrefillCredentials::Basic { api_id, api_secret })
            }
        }
    }
}

impl CryptorefillsCredentialInput {
    pub fn validate(self) -> Result<CryptorefillsCredentials> {
        let partner_id =
            checked_token("partner_id", tr!("secrets-label-partner-id"), self.partner_id.expose())?;
        let app_version = match self.app_version.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()) {
            None => default_app_version(),
            Some(version) => {
                checked_token("app_version", tr!("secrets-label-app-version"), &version)?.expose().clone()
            }
        };
        Ok(CryptorefillsCredentials { partner_id, app_version })
    }
}

pub fn default_app_version() -> String {
    format!("giftdesk-{}", env!("CARGO_PKG_VERSION"))
}

/// Credentials travel in HTTP headers: they must be one printable ASCII token, no spaces, of sane length.
/// The message never echoes the value.
fn checked_token(field: &str, label: String, value: &str) -> Result<Sensitive<String>> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid(field, tr!("secrets-token-empty", label = label)));
    }
    if trimmed.len() > 512 {
        return Err(Error::invalid(field, tr!("secrets-token-too-long", label = label, max = 512)));
    }
    if !trimmed.chars().all(|c| c.is_ascii_graphic()) {
        return Err(Error::invalid(field, tr!("secrets-token-characters", label = label)));
    }
    Ok(Sensitive::new(trimmed.to_owned()))
}

impl BitrefillCredentials {
    /// The `Authorization` header value: Bearer for a personal key, Basic for an API ID and secret.
    pub fn authorization(&self) -> Sensitive<String> {
        use base64::Engine;
        Sensitive::new(match self {
            Self::ApiKey(key) => format!("Bearer {}", key.expose()),
            Self::Basic { api_id, api_secret } => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{api_id}:{}", api_secret.expose()))
            ),
        })
    }

    pub fn status(&self, source: CredentialSource) -> CredentialStatus {
        let (method, secret) = match self {
            Self::ApiKey(key) => (CredentialMethod::ApiKey, key.expose()),
            Self::Basic { api_secret, .. } => (CredentialMethod::Basic, api_secret.expose()),
        };
        CredentialStatus {
            provider: Provider::Bitrefill,
            configured: true,
            source: Some(source),
            method: Some(method),
            hint: Some(masked_hint(secret)),
        }
    }
}

impl CryptorefillsCredentials {
    pub fn status(&self, source: CredentialSource) -> CredentialStatus {
        CredentialStatus {
            provider: Provider::Cryptorefills,
            configured: true,
            source: Some(source),
            method: Some(CredentialMethod::PartnerId),
            hint: Some(masked_hint(self.partner_id.expose())),
        }
    }
}

/// The keyring holds one JSON document per provider. These mirror the credential types with plain strings:
/// building one is the single, deliberate place where secrets are exposed for storage.
#[derive(Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub(super) enum StoredBitrefill {
    ApiKey { api_key: String },
    Basic { api_id: String, api_secret: String },
}

#[derive(Serialize, Deserialize)]
pub(super) struct StoredCryptorefills {
    partner_id: String,
    app_version: String,
}

impl From<&BitrefillCredentials> for StoredBitrefill {
    fn from(credentials: &BitrefillCredentials) -> Self {
        match credentials {
            BitrefillCredentials::ApiKey(key) => Self::ApiKey { api_key: key.expose().clone() },
            BitrefillCredentials::Basic { api_id, api_secret } => {
                Self::Basic { api_id: api_id.clone(), api_secret: api_secret.expose().clone() }
            }
        }
    }
}

impl From<StoredBitrefill> for BitrefillCredentials {
    fn from(stored: StoredBitrefill) -> Self {
        match stored {
            StoredBitrefill::ApiKey { api_key } => Self::ApiKey(Sensitive::new(api_key)),
            StoredBitrefill::Basic { api_id, api_secret } => {
                Self::Basic { api_id, api_secret: Sensitive::new(api_secret) }
            }
        }
    }
}

impl From<&CryptorefillsCredentials> for StoredCryptorefills {
    fn from(credentials: &CryptorefillsCredentials) -> Self {
        Self {
            partner_id: credentials.partner_id.expose().clone(),
            app_version: credentials.app_version.clone(),
        }
    }
}

impl From<StoredCryptorefills> for CryptorefillsCredentials {
    fn from(stored: StoredCryptorefills) -> Self {
        Self { partner_id: Sensitive::new(stored.partner_id), app_version: stored.app_version }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api_key(value: &str) -> BitrefillCredentialInput {
        BitrefillCredentialInput::ApiKey { api_key: Sensitive::new(value.to_owned()) }
    }

    #[test]
    fn api_key_is_trimmed_and_accepted() {
        let credentials = api_key("  bfk_0123456789x7Qe\n").validate().unwrap();
        assert_eq!(credentials, BitrefillCredentials::ApiKey(Sensitive::new("bfk_0123456789x7Qe".into())));
        let status = credentials.status(CredentialSource::Keyring);
        assert_eq!(status.hint.as_deref(), Some("…x7Qe"));
        assert_eq!(status.method, Some(CredentialMethod::ApiKey));
    }

    #[test]
    fn bad_values_name_their_field_and_never_echo_the_value() {
        let error = api_key("   ").validate().unwrap_err();
        assert_eq!(error.field(), Some("api_key"));

        let error = api_key("has a space").validate().unwrap_err();
        assert_eq!(error.field(), Some("api_key"));
        assert!(!error.to_string().contains("has a space"));

        let basic = BitrefillCredentialInput::Basic {
            api_id: "id".into(),
            api_secret: Sensitive::new("secret\twith tab".into()),
        };
        assert_eq!(basic.validate().unwrap_err().field(), Some("api_secret"));
    }

    #[test]
    fn authorization_is_bearer_or_basic() {
        let key = BitrefillCredentials::ApiKey(Sensitive::new("k".into()));
        assert_eq!(key.authorization().expose(), "Bearer k");
        let basic = BitrefillCredentials::Basic {
            api_id: "sandbox-id".into(),
            api_secret: Sensitive::new("sandbox-secret".into()),
        };
        assert_eq!(basic.authorization().expose(), "Basic c2FuZGJveC1pZDpzYW5kYm94LXNlY3JldA==");
    }

    #[test]
    fn cryptorefills_defaults_its_app_version() {
        let input = CryptorefillsCredentialInput {
            partner_id: Sensitive::new("partner-123456".into()),
            app_version: Some("  ".into()),
        };
        let credentials = input.validate().unwrap();
        assert_eq!(credentials.app_version, default_app_version());
    }

    #[test]
    fn input_decodes_from_the_web_view_shape() {
        let input: BitrefillCredentialInput =
            serde_json::from_str(r#"{"method":"basic","api_id":"acct","api_secret":"s3cr3t-value"}"#)
                .unwrap();
        assert!(matches!(input.validate().unwrap(), BitrefillCredentials::Basic { .. }));
    }
}
