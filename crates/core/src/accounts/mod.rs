//! The provider accounts this process talks to: one client per account, made from the environment, the
//! keyring and the settings, and shared by sync, checkout, tracking and webhooks, so every request of an
//! account draws on one rate budget.

mod connection;

pub use self::connection::ConnectionCheck;

use std::sync::Arc;

use crate::environment::Environment;
use crate::error::{Error, Result};
use crate::providers::bitrefill::BitrefillClient;
use crate::providers::cryptorefills::{CryptorefillsClient, EndUser};
use crate::providers::{
    account_key, bitrefill_base_url, cryptorefills_base_url, locale_country, public_address, Provider,
};
use crate::secrets::{
    default_app_version, BitrefillCredentials, CryptorefillsCredentials, Secrets, Sensitive,
};
use crate::settings::SettingsFile;
use crate::store::Store;

#[derive(Debug, Clone)]
pub struct Accounts {
    environment: Environment,
    secrets: Secrets,
    settings: SettingsFile,
    /// Where each client keeps its budget's windows, so a restart does not forget what was spent.
    store: Store,
    clients: Arc<Clients>,
}

/// One client per provider per process, shared by sync, checkout, tracking and webhooks (and so one budget),
/// built on first use and built again when the credentials or the settings it was made from change.
#[derive(Debug, Default)]
struct Clients {
    bitrefill: Slot<BitrefillClient>,
    cryptorefills: Slot<CryptorefillsClient>,
}

type Slot<T> = tokio::sync::Mutex<Option<(String, Arc<T>)>>;

/// The client in `slot` if it was made from the same account and settings, else a new one in its place.
async fn reuse_or_build<T>(
    slot: &Slot<T>,
    made_from: String,
    build: impl FnOnce() -> Result<T>,
) -> Result<Arc<T>> {
    let mut cached = slot.lock().await;
    if let Some((_, client)) = cached.as_ref().filter(|(key, _)| *key == made_from) {
        return Ok(client.clone());
    }
    let client = Arc::new(build()?);
    *cached = Some((made_from, client.clone()));
    Ok(client)
}

impl Accounts {
    pub(crate) fn new(
        environment: Environment,
        secrets: Secrets,
        settings: SettingsFile,
        store: Store,
    ) -> Self {
        Self { environment, secrets, settings, store, clients: Default::default() }
    }

    pub fn environment(&self) -> &Environment {
        &self.environment
    }

    /// The Bitrefill client for this environment: the sandbox with its test key, or the configured service.
    pub async fn bitrefill(&self) -> Result<Arc<BitrefillClient>> {
        let (base, credentials) = match &self.environment {
            Environment::Sandbox { bitrefill_url, credentials, .. } => (
                bitrefill_url.clone(),
                BitrefillCredentials::ApiKey(Sensitive::new(credentials.bitrefill_api_key.clone())),
            ),
            Environment::Live => {
                let (credentials, _) = self
                    .secrets
                    .bitrefill()
                    .await?
                    .ok_or(Error::NotConfigured { provider: Provider::Bitrefill })?;
                (bitrefill_base_url(self.settings.read()?.bitrefill_url.as_deref()), credentials)
            }
        };
        let made_from = account_key(Provider::Bitrefill, &base, credentials.authorization().expose());
        reuse_or_build(&self.clients.bitrefill, made_from, || {
            BitrefillClient::with_windows(&base, &credentials, Arc::new(self.store.clone()))
        })
        .await
    }

    /// The Cryptorefills client for this environment, with the partner's headers.
    pub async fn cryptorefills(&self) -> Result<Arc<CryptorefillsClient>> {
        let settings = self.settings.read()?;
        let end_user = match public_address(settings.forwarded_for.as_deref()) {
            Some(address) => EndUser::Address(address),
            None => EndUser::Country(settings.markets.first().cloned().unwrap_or_else(locale_country)),
        };
        let (base, credentials) = match &self.environment {
            Environment::Sandbox { cryptorefills_url, credentials, .. } => (
                cryptorefills_url.clone(),
                CryptorefillsCredentials {
                    partner_id: Sensitive::new(credentials.cryptorefills_partner_id.clone()),
                    app_version: default_app_version(),
                },
            ),
            Environment::Live => {
                let (credentials, _) = self
                    .secrets
                    .cryptorefills()
                    .await?
                    .ok_or(Error::NotConfigured { provider: Provider::Cryptorefills })?;
                (cryptorefills_base_url(settings.cryptorefills_url.as_deref()), credentials)
            }
        };
        let account = account_key(Provider::Cryptorefills, &base, credentials.partner_id.expose());
        let made_from = format!("{account}|{}|{end_user:?}", credentials.app_version);
        reuse_or_build(&self.clients.cryptorefills, made_from, || {
            CryptorefillsClient::with_windows(&base, &credentials, &end_user, Arc::new(self.store.clone()))
        })
        .await
    }

    /// Which providers to sync: both on the sandbox; the configured ones when live.
    pub async fn providers_to_sync(&self) -> Result<Vec<Provider>> {
        if matches!(self.environment, Environment::Sandbox { .. }) {
            return Ok(Provider::ALL.to_vec());
        }
        let statuses = self.secrets.statuses().await?;
        Ok(statuses.into_iter().filter(|s| s.configured).map(|s| s.provider).collect())
    }
}
