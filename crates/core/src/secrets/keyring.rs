//! The OS keyring (Secret Service, macOS Keychain, Windows Credential Manager) through the `keyring` crate.

use super::sensitive::Sensitive;
use crate::error::{Error, Result};

/// Entries live under one service name, the app identifier, so they are easy to find and remove.
#[derive(Debug, Clone)]
pub struct Keyring {
    service: String,
}

impl Keyring {
    pub fn new(service: impl Into<String>) -> Self {
        Self { service: service.into() }
    }

    pub fn service(&self) -> &str {
        &self.service
    }

    /// Reads an entry; a missing entry is `None`, not an error.
    pub async fn get(&self, name: &str) -> Result<Option<Sensitive<String>>> {
        let entry = self.entry(name);
        blocking(move || match entry?.get_password() {
            Ok(value) => Ok(Some(Sensitive::new(value))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(keyring_error(error)),
        })
        .await
    }

    pub async fn set(&self, name: &str, value: Sensitive<String>) -> Result<()> {
        let entry = self.entry(name);
        blocking(move || entry?.set_password(value.expose()).map_err(keyring_error)).await
    }

    /// Removes an entry; returns whether there was one.
    pub async fn delete(&self, name: &str) -> Result<bool> {
        let entry = self.entry(name);
        blocking(move || match entry?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(error) => Err(keyring_error(error)),
        })
        .await
    }

    fn entry(&self, name: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(&self.service, name).map_err(keyring_error)
    }
}

/// Keyring back ends block (D-Bus round trips, possibly an unlock prompt): keep them off the async runtime.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|join| Error::Internal(format!("keyring task failed: {join}")))?
}

/// The keyring crate's messages carry no secret values, only what went wrong with the store.
fn keyring_error(error: keyring::Error) -> Error {
    match error {
        keyring::Error::NoStorageAccess(inner) => Error::KeyringUnavailable { detail: inner.to_string() },
        keyring::Error::PlatformFailure(inner) => Error::KeyringUnavailable { detail: inner.to_string() },
        other => Error::KeyringUnavailable { detail: other.to_string() },
    }
}
