//! Everything a verb or a window command needs, opened once per process. Knows nothing of Tauri.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::paths::{Paths, APP_ID};
use crate::secrets::{CredentialStatus, EnvCredentials, Keyring, Secrets};
use crate::settings::Settings;
use crate::store::Store;

/// Lets tests (and a second profile) use their own keyring entries instead of the user's.
pub const KEYRING_SERVICE_VAR: &str = "GIFTDESK_KEYRING_SERVICE";

/// Which providers the app talks to. Sandbox data lives in a database of its own, so the two never mix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Environment {
    Live,
    Sandbox {
        bitrefill_url: String,
        cryptorefills_url: String,
        reason: SandboxReason,
        /// The sandbox's test credentials, handed over by whoever started it; never sent to the window.
        #[serde(skip)]
        #[ts(skip)]
        credentials: SandboxCredentials,
    },
}

/// The credentials a sandbox takes: the core never names the sandbox, so its starter says what they are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SandboxCredentials {
    pub bitrefill_api_key: String,
    pub cryptorefills_partner_id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SandboxReason {
    /// Chosen in Settings.
    Chosen,
    /// No provider has credentials yet: the first launch runs on the sandbox.
    NoCredentials,
}

#[derive(Debug, Clone)]
pub struct Context {
    pub paths: Paths,
    pub store: Store,
    pub secrets: Secrets,
    pub environment: Environment,
    /// Held while a catalog sync runs.
    pub sync_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// The vault's cipher, made from the keyring's key on first use.
    pub vault: std::sync::Arc<tokio::sync::OnceCell<crate::vault::Sealer>>,
    /// Which purchases are being followed, so each has one tracker.
    pub trackers: crate::tracking::Trackers,
    /// One client per provider for the whole process: one budget per account.
    pub clients: std::sync::Arc<crate::catalog::Clients>,
}

/// The keyring service, overridable so tests and second profiles keep their own entries.
pub fn secrets_from_process() -> Result<Secrets> {
    let service = std::env::var(KEYRING_SERVICE_VAR).unwrap_or_else(|_| APP_ID.to_owned());
    Ok(Secrets::new(Keyring::new(service), EnvCredentials::from_process()?))
}

impl Context {
    pub async fn open(paths: Paths, secrets: Secrets, environment: Environment) -> Result<Self> {
        paths.create_all()?;
        let store = Store::open(&Self::database_for(&paths, &environment)).await?;
        let sandbox = matches!(environment, Environment::Sandbox { .. });
        tracing::info!(data = %paths.data.display(), sandbox, "giftdesk context opened");
        Ok(Self {
            paths,
            store,
            secrets,
            environment,
            sync_lock: Default::default(),
            vault: Default::default(),
            trackers: Default::default(),
            clients: Default::default(),
        })
    }

    fn database_for(paths: &Paths, environment: &Environment) -> std::path::PathBuf {
        match environment {
            Environment::Live => paths.database(),
            Environment::Sandbox { .. } => paths.sandbox_database(),
        }
    }

    /// What `giftdesk config` prints and Settings shows: paths and providers, never a secret.
    pub async fn overview(&self) -> Result<Overview> {
        Ok(Overview {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            paths: self.paths.clone(),
            database: match self.environment {
                Environment::Live => self.paths.database(),
                Environment::Sandbox { .. } => self.paths.sandbox_database(),
            }
            .display()
            .to_string(),
            environment: self.environment.clone(),
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
    pub environment: Environment,
    #[ts(type = "number")]
    pub schema_version: i64,
    pub keyring_service: String,
    pub providers: Vec<CredentialStatus>,
}

impl Context {
    pub fn settings(&self) -> Result<Settings> {
        Settings::load(&self.paths.config)
    }

    /// Checked whole, then saved; a refused value leaves the saved settings as they were.
    pub fn save_settings(&self, settings: Settings) -> Result<Settings> {
        let settings = settings.tidied();
        settings.check()?;
        settings.save(&self.paths.config)?;
        tracing::info!("settings saved");
        Ok(settings)
    }

    /// Saved now; the window switches environment when it next starts.
    pub fn set_use_sandbox(&self, use_sandbox: bool) -> Result<Settings> {
        let mut settings = self.settings()?;
        settings.use_sandbox = use_sandbox;
        settings.save(&self.paths.config)?;
        tracing::info!(use_sandbox, "settings saved");
        Ok(settings)
    }
}
