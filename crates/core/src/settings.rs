//! Preferences that are not secrets, in `settings.json` in the config directory.
//! Written atomically (a temporary file renamed over the old one) so a crash never leaves half a file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Language;

use crate::error::{Error, Result};
use crate::product_kind::Kind;
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Settings {
    /// Run on the built-in sandbox even when credentials are configured.
    pub use_sandbox: bool,
    /// Market countries (ISO alpha-2): Cryptorefills' catalog, and Bitrefill's once its catalog outgrows an
    /// hour's allowance; empty means the OS locale's country for Cryptorefills and every country for Bitrefill.
    pub markets: Vec<String>,
    /// The kinds kept fresh once the Bitrefill catalog outgrows an hour's allowance; empty means every kind.
    pub product_kinds: Vec<Kind>,
    /// `X-Forwarded-For` for Cryptorefills; unset means this machine's primary address.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forwarded_for: Option<String>,
    /// Another Bitrefill API address (a proxy); unset means the live service. `GIFTDESK_BITREFILL_URL` wins.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bitrefill_url: Option<String>,
    /// Likewise for Cryptorefills; `GIFTDESK_CRYPTOREFILLS_URL` wins.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cryptorefills_url: Option<String>,
    /// How often the window refreshes the catalog in the background: 15 minutes to 24 hours.
    pub sync_every_minutes: u32,
    /// Off unless set: Bitrefill invoice webhooks. A webhook only makes Giftdesk re-read the invoice at once.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook: Option<WebhookSettings>,
    /// The reseller's shop, printed on the vouchers they hand over.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shop_name: Option<String>,
    /// Seconds after "Copy" that the clipboard is emptied, if it still holds what was copied.
    pub clear_clipboard_after_seconds: u32,
    /// Closing the window keeps Giftdesk in the tray, following purchases and notifying; off: closing quits.
    pub close_to_tray: bool,
    /// The window's and the messages' language, and Cryptorefills' `lang`; unset follows the OS locale.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "known_language")]
    pub language: Option<Language>,
}

/// Where Giftdesk listens (`127.0.0.1:8787`), and the public address a tunnel or proxy forwards to it,
/// which is what Bitrefill is given as `webhook_url`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WebhookSettings {
    pub listen: String,
    pub public_url: String,
}

impl WebhookSettings {
    /// Names the field at fault and what it accepts.
    pub fn check(&self) -> Result<std::net::SocketAddr> {
        let listen = self.listen.trim().parse::<std::net::SocketAddr>().map_err(|_| {
            Error::invalid(
                "webhook.listen",
                tr!("settings-listen-invalid", listen = format!("{:?}", self.listen)),
            )
        })?;
        // Plain http only to this machine (the sandbox calls back on loopback).
        let acceptable = |url: &reqwest::Url| match (url.scheme(), url.host_str()) {
            ("https", Some(_)) => true,
            ("http", Some(host)) => matches!(host, "127.0.0.1" | "localhost" | "[::1]"),
            _ => false,
        };
        if !reqwest::Url::parse(self.public_url.trim()).is_ok_and(|url| acceptable(&url)) {
            let message = tr!("settings-public-url-invalid", url = format!("{:?}", self.public_url));
            return Err(Error::invalid("webhook.public_url", message));
        }
        Ok(listen)
    }
}

pub const SYNC_EVERY_DEFAULT: u32 = 60;
pub const SYNC_EVERY_RANGE: std::ops::RangeInclusive<u32> = 15..=24 * 60;
pub const CLEAR_CLIPBOARD_DEFAULT: u32 = 60;
/// The delays Settings offers (seconds); the window lists these (`labels.ts`), the check accepts only these.
pub const CLEAR_CLIPBOARD_CHOICES: [u32; 7] = [5, 15, 30, 60, 120, 300, 600];

impl Default for Settings {
    fn default() -> Self {
        Self {
            use_sandbox: false,
            markets: Vec::new(),
            product_kinds: Vec::new(),
            forwarded_for: None,
            bitrefill_url: None,
            cryptorefills_url: None,
            sync_every_minutes: SYNC_EVERY_DEFAULT,
            webhook: None,
            shop_name: None,
            clear_clipboard_after_seconds: CLEAR_CLIPBOARD_DEFAULT,
            close_to_tray: true,
            language: None,
        }
    }
}

fn check_url(field: &str, url: Option<&str>) -> Result<()> {
    let Some(url) = url else { return Ok(()) };
    match reqwest::Url::parse(url) {
        Ok(parsed) if matches!(parsed.scheme(), "https" | "http") && parsed.host_str().is_some() => Ok(()),
        _ => Err(Error::invalid(field, tr!("settings-url-invalid", url = format!("{url:?}")))),
    }
}

impl Settings {
    /// Every field, checked before anything is saved: the first fault names its field and what it accepts.
    pub fn check(&self) -> Result<()> {
        if self.shop_name.as_deref().is_some_and(|name| name.chars().count() > 80) {
            return Err(Error::invalid("shop_name", tr!("settings-shop-name-too-long")));
        }
        if !SYNC_EVERY_RANGE.contains(&self.sync_every_minutes) {
            let message = tr!("settings-sync-out-of-range", minutes = self.sync_every_minutes);
            return Err(Error::invalid("sync_every_minutes", message));
        }
        if !CLEAR_CLIPBOARD_CHOICES.contains(&self.clear_clipboard_after_seconds) {
            let message = tr!(
                "settings-clipboard-not-offered",
                seconds = self.clear_clipboard_after_seconds,
                choices = format!("{CLEAR_CLIPBOARD_CHOICES:?}")
            );
            return Err(Error::invalid("clear_clipboard_after_seconds", message));
        }
        if let Some(bad) =
            self.markets.iter().find(|m| m.len() != 2 || !m.chars().all(|c| c.is_ascii_alphabetic()))
        {
            return Err(Error::invalid(
                "markets",
                tr!("settings-market-invalid", market = format!("{bad:?}")),
            ));
        }
        if self.product_kinds.contains(&Kind::Other) {
            return Err(Error::invalid("product_kinds", tr!("settings-kinds-other")));
        }
        if let Some(address) = &self.forwarded_for {
            let Ok(ip) = address.parse::<std::net::IpAddr>() else {
                let message = tr!("settings-forwarded-for-invalid", address = format!("{address:?}"));
                return Err(Error::invalid("forwarded_for", message));
            };
            if !crate::providers::is_public(&ip) {
                let message = tr!("settings-forwarded-for-private", address = address.as_str());
                return Err(Error::invalid("forwarded_for", message));
            }
        }
        check_url("bitrefill_url", self.bitrefill_url.as_deref())?;
        check_url("cryptorefills_url", self.cryptorefills_url.as_deref())?;
        if let Some(webhook) = &self.webhook {
            webhook.check()?;
        }
        Ok(())
    }

    /// Empty text fields mean "not set"; country codes in capitals.
    pub fn tidied(mut self) -> Self {
        let tidy = |value: Option<String>| value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        self.forwarded_for = tidy(self.forwarded_for);
        self.bitrefill_url = tidy(self.bitrefill_url);
        self.cryptorefills_url = tidy(self.cryptorefills_url);
        self.markets =
            self.markets.iter().map(|m| m.trim().to_ascii_uppercase()).filter(|m| !m.is_empty()).collect();
        self.webhook =
            self.webhook.filter(|w| !w.listen.trim().is_empty() || !w.public_url.trim().is_empty());
        self
    }

    pub fn sync_every(&self) -> std::time::Duration {
        std::time::Duration::from_secs(u64::from(self.sync_every_minutes.clamp(15, 24 * 60)) * 60)
    }

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
                Error::Internal(tr!(
                    "settings-file-damaged",
                    path = path.display().to_string(),
                    detail = e.to_string()
                ))
            }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(error) => {
                Err(Error::io(tr!("files-could-not-read", path = path.display().to_string()), error))
            }
        }
    }

    pub fn save(&self, config_dir: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self)
            .map_err(|e| Error::Internal(format!("could not encode settings: {e}")))?;
        write_whole(&Self::file(config_dir), &text)
    }
}

/// Writes `text` to `path` whole: a temporary file renamed over the old one, so a crash never leaves half a
/// file (the settings, the team file).
pub fn write_whole(path: &Path, text: &str) -> Result<()> {
    let temporary = path.with_extension("json.tmp");
    std::fs::write(&temporary, text)
        .map_err(|e| Error::io(tr!("files-could-not-write", path = temporary.display().to_string()), e))?;
    std::fs::rename(&temporary, path)
        .map_err(|e| Error::io(tr!("files-could-not-replace", path = path.display().to_string()), e))
}

/// A language this version does not speak (a newer Giftdesk's choice) reads as "as the system", rather than
/// making the whole file unreadable.
fn known_language<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Language>, D::Error> {
    let code = Option::<String>::deserialize(deserializer)?;
    Ok(code.as_deref().and_then(Language::from_tag))
}

/// Messages from now on in the language chosen in the settings under `config_dir`, else the OS locale's
/// (a settings file that cannot be read leaves that to the error it gives later).
pub fn adopt_language(config_dir: &Path) {
    let choice = Settings::load(config_dir).ok().and_then(|settings| settings.language);
    crate::i18n::set_current(Language::chosen(choice));
}

/// Where the settings live, handed to each domain that reads them, so a change saved in Settings is seen
/// by the next request of every domain without a restart.
#[derive(Debug, Clone)]
pub struct SettingsFile {
    config_dir: PathBuf,
}

impl SettingsFile {
    pub fn new(config_dir: &Path) -> Self {
        Self { config_dir: config_dir.to_owned() }
    }

    pub fn read(&self) -> Result<Settings> {
        Settings::load(&self.config_dir)
    }

    pub fn write(&self, settings: &Settings) -> Result<()> {
        settings.save(&self.config_dir)
    }

    /// A file kept beside the settings (the shop's logo).
    pub fn beside(&self, name: &str) -> PathBuf {
        self.config_dir.join(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_this_version_does_not_speak_reads_as_the_system_s() {
        let settings: Settings = serde_json::from_str(r#"{"language": "ja", "shop_name": "Ana's"}"#).unwrap();
        assert_eq!((settings.language, settings.shop_name.as_deref()), (None, Some("Ana's")));
        let settings: Settings = serde_json::from_str(r#"{"language": "de"}"#).unwrap();
        assert_eq!(settings.language, Some(Language::German));
        let back: Settings = serde_json::from_str(&serde_json::to_string(&settings).unwrap()).unwrap();
        assert_eq!(back.language, Some(Language::German));
    }

    #[test]
    fn webhook_settings_name_the_field_at_fault() {
        let good =
            WebhookSettings { listen: "127.0.0.1:8787".into(), public_url: "https://h.example.com/x".into() };
        assert_eq!(good.check().unwrap().port(), 8787);
        let bad_listen = WebhookSettings { listen: "8787".into(), ..good.clone() };
        assert!(bad_listen.check().unwrap_err().to_string().contains("127.0.0.1:8787"));
        let plain = WebhookSettings { public_url: "http://h.example.com/x".into(), ..good.clone() };
        assert!(
            matches!(plain.check(), Err(Error::InvalidInput { field, .. }) if field == "webhook.public_url")
        );
        let local = WebhookSettings { public_url: "http://127.0.0.1:9/hook".into(), ..good };
        assert!(local.check().is_ok());
    }

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
