//! Preferences that are not secrets, in `settings.json` in the config directory.
//! Written atomically (a temporary file renamed over the old one) so a crash never leaves half a file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Settings {
    /// Run on the built-in sandbox even when credentials are configured.
    pub use_sandbox: bool,
    /// Cryptorefills market countries (ISO alpha-2); empty means the OS locale's country.
    pub markets: Vec<String>,
    /// `X-Forwarded-For` for Cryptorefills; unset means this machine's primary address.
    #[ts(optional)]
    pub forwarded_for: Option<String>,
}

impl Settings {
    pub fn markets_or_locale(&self) -> Vec<String> {
        if self.markets.is_empty() {
            vec![crate::providers::locale_country()]
        } else {
            self.markets.iter().map(|m| m.to_ascii_uppercase()).collect()
        }
    }
}

impl Settings {
    pub fn file(config_dir: &Path) -> PathBuf {
        config_dir.join("settings.json")
    }

    /// A missing file means defaults; a damaged one is an error naming the file, never silently reset.
    pub fn load(config_dir: &Path) -> Result<Self> {
        let path = Self::file(config_dir);
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                Error::Internal(format!(
                    "{} is damaged ({e}); fix or delete it to start from defaults",
                    path.display()
                ))
            }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(error) => Err(Error::io(format!("could not read {}", path.display()), error)),
        }
    }

    pub fn save(&self, config_dir: &Path) -> Result<()> {
        let path = Self::file(config_dir);
        let temporary = path.with_extension("json.tmp");
        let text = serde_json::to_string_pretty(self)
            .map_err(|e| Error::Internal(format!("could not encode settings: {e}")))?;
        std::fs::write(&temporary, text)
            .map_err(|e| Error::io(format!("could not write {}", temporary.display()), e))?;
        std::fs::rename(&temporary, &path)
            .map_err(|e| Error::io(format!("could not replace {}", path.display()), e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_loads_and_refuses_damaged_files() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), Settings::default());
        Settings { use_sandbox: true, ..Settings::default() }.save(dir.path()).unwrap();
        assert!(Settings::load(dir.path()).unwrap().use_sandbox);
        std::fs::write(Settings::file(dir.path()), "{oops").unwrap();
        assert!(Settings::load(dir.path()).unwrap_err().to_string().contains("damaged"));
    }
}
