//! Where Giftdesk keeps its files, per OS, the same whether it runs as a window or as a verb.
//!
//! Tauri's path API needs a running app, and verbs never start one, so this follows the same conventions
//! with the `dirs` crate (which Tauri itself uses): data and config under the app identifier, logs where
//! each OS keeps them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// The app identifier: keyring service name and directory name. Must equal `identifier` in tauri.conf.json.
pub const APP_ID: &str = "net.giftdesk.desktop";

pub const DATA_DIR_VAR: &str = "GIFTDESK_DATA_DIR";
pub const LOG_DIR_VAR: &str = "GIFTDESK_LOG_DIR";
pub const CONFIG_DIR_VAR: &str = "GIFTDESK_CONFIG_DIR";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Paths {
    #[ts(type = "string")]
    pub data: PathBuf,
    #[ts(type = "string")]
    pub logs: PathBuf,
    #[ts(type = "string")]
    pub config: PathBuf,
}

impl Paths {
    /// `GIFTDESK_DATA_DIR` moves everything (logs and config go beneath it unless they have their own
    /// variable), which keeps a portable install or a test run in one folder.
    pub fn resolve(lookup: impl Fn(&str) -> Option<String>) -> Result<Self> {
        let var = |name: &str| lookup(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        let paths = match var(DATA_DIR_VAR) {
            Some(data) => Paths { logs: data.join("logs"), config: data.join("config"), data },
            None => Paths { data: os_data_dir()?, logs: os_log_dir()?, config: os_config_dir()? },
        };
        Ok(Paths {
            logs: var(LOG_DIR_VAR).unwrap_or(paths.logs),
            config: var(CONFIG_DIR_VAR).unwrap_or(paths.config),
            data: paths.data,
        })
    }

    pub fn from_process() -> Result<Self> {
        Self::resolve(|name| std::env::var(name).ok())
    }

    pub fn database(&self) -> PathBuf {
        self.data.join("giftdesk.sqlite3")
    }

    /// The sandbox's own database: demo purchases never sit beside real ones.
    pub fn sandbox_database(&self) -> PathBuf {
        self.data.join("giftdesk-sandbox.sqlite3")
    }

    pub fn create_all(&self) -> Result<()> {
        for dir in [&self.data, &self.logs, &self.config] {
            create_private_dir(dir)?;
        }
        Ok(())
    }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("could not create {}", dir.display()), e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| Error::io(format!("could not restrict {}", dir.display()), e))?;
    }
    Ok(())
}

fn missing(what: &str) -> Error {
    Error::Internal(format!("this system has no {what} directory; set {DATA_DIR_VAR} to choose one"))
}

fn os_data_dir() -> Result<PathBuf> {
    Ok(dirs::data_dir().ok_or_else(|| missing("data"))?.join(APP_ID))
}

fn os_config_dir() -> Result<PathBuf> {
    Ok(dirs::config_dir().ok_or_else(|| missing("config"))?.join(APP_ID))
}

/// The one per-OS difference: macOS keeps logs in ~/Library/Logs, the others beside local app data.
fn os_log_dir() -> Result<PathBuf> {
    #[cfg(target_os = "macos")]
    let base = dirs::home_dir().map(|home| home.join("Library/Logs").join(APP_ID));
    #[cfg(not(target_os = "macos"))]
    let base = dirs::data_local_dir().map(|dir| dir.join(APP_ID).join("logs"));
    base.ok_or_else(|| missing("log"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_override_moves_everything() {
        let paths = Paths::resolve(|name| (name == DATA_DIR_VAR).then(|| "/tmp/gd".to_owned())).unwrap();
        assert_eq!(paths.data, PathBuf::from("/tmp/gd"));
        assert_eq!(paths.logs, PathBuf::from("/tmp/gd/logs"));
        assert_eq!(paths.config, PathBuf::from("/tmp/gd/config"));
        assert_eq!(paths.database(), PathBuf::from("/tmp/gd/giftdesk.sqlite3"));
    }

    #[test]
    fn default_dirs_are_named_after_the_app() {
        let paths = Paths::resolve(|_| None).unwrap();
        assert!(paths.data.ends_with(APP_ID));
        assert!(paths.config.ends_with(APP_ID));
    }
}
