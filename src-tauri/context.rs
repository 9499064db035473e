//! Everything a verb or a window command needs, opened once per process. Knows nothing of Tauri.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::paths::{Paths, APP_ID};
use crate::secrets::{CredentialStatus, EnvCredentials, Keyring, Secrets};
use crate::store::Store;

/// Lets tests (and a second profile) use their own keyring entries instead of the user's.
pub const KEYRING_SERVICE_VAR: &str = "GIFTDESK_KEYRING_SERVICE";

#[derive(Debug, Clone)]
pub struct Context {
    pub paths: Paths,
    pub store: Store,
    pub secrets: Secrets,
}

impl Context {
    pub async fn open(paths: Paths) -> Result<Self> {
        paths.create_all()?;
        let store = Store::open(&paths.database()).await?;
        let service = std::env::var(KEYRING_SERVICE_VAR).unwrap_or_else(|_| APP_ID.to_owned());
        let secrets = Secrets::new(Keyring::new(service), EnvCredentials::from_process()?);
        tracing::info!(data = %paths.data.display(), "giftdesk context opened");
        Ok(Self {
            paths,
            store,
            secrets,
        })
    }

    /// What `giftdesk config` prints and Settings shows: paths and providers, never a secret.
    pub async fn overview(&self) -> Result<Overview> {
        Ok(Overview {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            paths: self.paths.clone(),
            database: self.paths.database().display().to_string(),
            schema_version: self.store.schema_version().await?,
            keyring_service: self.secrets.keyring().service().to_owned(),
            providers: self.secrets.statuses().await?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Overview {
    pub version: String,
    pub paths: Paths,
    pub database: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    pub keyring_service: String,
    pub providers: Vec<CredentialStatus>,
}
