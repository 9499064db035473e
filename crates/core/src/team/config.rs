//! `team.json` beside the settings: which database the desk's book is in and who the desk is. Never the
//! password (the keyring keeps it) and never the team key (the keyring too).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TeamConfig {
    /// The server's URL without its password (`postgres://giftdesk@db.example.com/shop`).
    pub database: String,
    pub team_id: String,
    pub desk_id: String,
    pub desk_name: String,
}

impl TeamConfig {
    pub fn file(config_dir: &Path) -> PathBuf {
        config_dir.join("team.json")
    }

    /// The desk's team, or `None` for a desk alone.
    pub fn load(config_dir: &Path) -> Result<Option<Self>> {
        let path = Self::file(config_dir);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => {
                return Err(Error::io(tr!("files-could-not-read", path = path.display().to_string()), error))
            }
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|error| Error::Internal(tr!("team-config-damaged", detail = error.to_string())))
    }

    /// Written whole (a temporary file renamed over the old one).
    pub fn save(&self, config_dir: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self)
            .map_err(|e| Error::Internal(format!("could not encode the team file: {e}")))?;
        crate::settings::write_whole(&Self::file(config_dir), &text)
    }

    pub fn remove(config_dir: &Path) -> Result<()> {
        let path = Self::file(config_dir);
        match std::fs::remove_file(&path) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                Err(Error::io(tr!("files-could-not-write", path = path.display().to_string()), error))
            }
            _ => Ok(()),
        }
    }
}

/// The URL split into what a file may keep and the password the keyring keeps.
pub fn split_password(url: &str) -> Result<(String, Option<String>)> {
    let mut parsed = url::Url::parse(url.trim()).map_err(|error| {
        Error::invalid("database", tr!("team-database-url-invalid", detail = error.to_string()))
    })?;
    if !matches!(parsed.scheme(), "postgres" | "postgresql") {
        return Err(Error::invalid(
            "database",
            tr!("team-database-url-invalid", detail = format!("scheme {}", parsed.scheme())),
        ));
    }
    // In the user part of a URL the password is percent-encoded (a `+` is a plus, not a space).
    let in_user_part =
        parsed.password().map(|p| percent_encoding::percent_decode_str(p).decode_utf8_lossy().into_owned());
    // The driver also takes `?password=…`: taken out of the kept URL all the same.
    let in_query =
        parsed.query_pairs().find(|(name, _)| name == "password").map(|(_, value)| value.into_owned());
    let kept: Vec<(String, String)> = parsed
        .query_pairs()
        .filter(|(name, _)| name != "password")
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    parsed.set_query(None);
    if !kept.is_empty() {
        parsed.query_pairs_mut().extend_pairs(kept);
    }
    // Url::set_password only fails for URLs that cannot have one, which the scheme check excluded.
    let _ = parsed.set_password(None);
    Ok((parsed.to_string(), in_user_part.or(in_query)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_is_taken_out_of_the_url() {
        let (url, password) = split_password("postgres://ana:s%40cr+et&1@db.example.com:5432/shop").unwrap();
        assert_eq!(url, "postgres://ana@db.example.com:5432/shop");
        assert_eq!(password.as_deref(), Some("s@cr+et&1"));
        let (url, password) =
            split_password("postgres://ana@db.example.com/shop?sslmode=require&password=p%2Bw").unwrap();
        assert_eq!(url, "postgres://ana@db.example.com/shop?sslmode=require");
        assert_eq!(password.as_deref(), Some("p+w"));
        assert_eq!(split_password("postgres://ana@localhost/shop").unwrap().1, None);
        let refused = split_password("mysql://ana@localhost/shop").unwrap_err();
        assert_eq!(refused.field(), Some("database"));
    }
}
