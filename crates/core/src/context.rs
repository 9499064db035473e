//! Everything a verb or a window command needs, opened once per process. Knows nothing of Tauri.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::accounts::Accounts;
use crate::catalog::Catalog;
use crate::checkout::Checkout;
use crate::clipboard::Clipboard;
use crate::desk::Desk;
pub use crate::environment::{Environment, SandboxCredentials, SandboxReason};
use crate::error::Result;
use crate::i18n::Language;
use crate::paths::{Paths, APP_ID};
use crate::secrets::{CredentialStatus, EnvCredentials, Keyring, Secrets};
use crate::settings::{Settings, SettingsFile};
use crate::store::Store;
use crate::tracking::Tracking;
use crate::vault::Vault;

/// Lets tests (and a second profile) use their own keyring entries instead of the user's.
pub const KEYRING_SERVICE_VAR: &str = "GIFTDESK_KEYRING_SERVICE";

/// Opens the store and wires the domains to what each needs; it holds no rule of its own.
#[derive(Debug, Clone)]
pub struct Context {
    pub paths: Paths,
    pub store: Store,
    pub secrets: Secrets,
    pub settings_file: SettingsFile,
    pub accounts: Accounts,
    pub catalog: Catalog,
    pub checkout: Checkout,
    pub vault: Vault,
    pub tracking: Tracking,
    pub desk: Desk,
    /// Codes copied in the window, cleared after Settings' delay.
    pub clipboard: Clipboard,
}

/// The keyring service, overridable so tests and second profiles keep their own entries.
pub fn secrets_from_process() -> Result<Secrets> {
    let service = std::env::var(KEYRING_SERVICE_VAR).unwrap_or_else(|_| APP_ID.to_owned());
    Ok(Secrets::new(Keyring::new(service), EnvCredentials::from_process()?))
}

impl Context {
    pub async fn open(paths: Paths, secrets: Secrets, environment: Environment) -> Result<Self> {
        paths.create_all()?;
        crate::settings::adopt_language(&paths.config);
        let store = Store::open(&Self::database_for(&paths, &environment)).await?;
        // A desk in a team keeps its book in the shop's database; the catalog cache stays in the local file.
        // Boxed: reaching a server is a large future, and every verb and test awaits this one.
        let store = match Box::pin(crate::team::open_book(
            &paths.config,
            secrets.keyring(),
            environment.is_sandbox(),
        ))
        .await?
        {
            Some(book) => store.with_team(book),
            None => store,
        };
        tracing::info!(data = %paths.data.display(), sandbox = environment.is_sandbox(), "giftdesk context opened");
        let settings = SettingsFile::new(&paths.config);
        let accounts = Accounts::new(environment, secrets.clone(), settings.clone(), store.clone());
        let catalog = Catalog::new(store.clone(), accounts.clone(), settings.clone(), paths.data.clone());
        let vault = Vault::new(store.clone(), secrets.keyring().clone());
        let checkout = Checkout::new(
            store.clone(),
            accounts.clone(),
            (catalog.clone(), vault.clone()),
            settings.clone(),
            paths.data.clone(),
        );
        let tracking = Tracking::new(
            store.clone(),
            accounts.clone(),
            checkout.clone(),
            vault.clone(),
            settings.clone(),
            &paths.data,
        );
        let desk =
            Desk::new(store.clone(), (checkout.clone(), vault.clone()), catalog.clone(), settings.clone());
        let clipboard = Clipboard::new(settings.clone());
        Ok(Self {
            clipboard,
            paths,
            store,
            secrets,
            settings_file: settings,
            accounts,
            catalog,
            checkout,
            vault,
            tracking,
            desk,
        })
    }

    pub fn environment(&self) -> &Environment {
        self.accounts.environment()
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
            database: Self::database_for(&self.paths, self.environment()).display().to_string(),
            environment: self.environment().clone(),
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
        self.settings_file.read()
    }

    /// Checked whole, then saved; a refused value leaves the saved settings as they were.
    pub fn save_settings(&self, settings: Settings) -> Result<Settings> {
        let settings = settings.tidied();
        settings.check()?;
        self.settings_file.write(&settings)?;
        crate::i18n::set_current(Language::chosen(settings.language));
        tracing::info!("settings saved");
        Ok(settings)
    }

    /// Saved now; the window switches environment when it next starts.
    pub fn set_use_sandbox(&self, use_sandbox: bool) -> Result<Settings> {
        let mut settings = self.settings()?;
        settings.use_sandbox = use_sandbox;
        self.settings_file.write(&settings)?;
        tracing::info!(use_sandbox, "settings saved");
        Ok(settings)
    }
}
