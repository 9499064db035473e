//! Brand logos, cached on disk so the catalog looks the same offline. Each product has a chain of addresses
//! to try — Cryptorefills: the variant sized for its place as `.webp`, then `.jpg`, then the brand's
//! `logo_url`; Bitrefill: the image id in the CDN pattern — and, when none answers, a placeholder drawn
//! from the brand's initials on its `bg_color`. An image larger than its place is scaled to fit it
//! (`thumbnail`), and that copy is cached beside the original.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::thumbnail;
use super::Catalog;
use crate::environment::Environment;
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::tr;

/// Bitrefill's image CDN convention (not a documented field; public clients use it).
pub const LIVE_BITREFILL_LOGO: &str = "https://cdn.bitrefill.com/primg/w720h432/{image}.webp";
/// A logo is small; a slow one must not hold up a screen of them.
const FETCH_TIMEOUT: Duration = Duration::from_secs(8);
const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Where the logo is shown, which picks the Cryptorefills variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LogoPlace {
    /// The catalog grid: `_300x190`.
    Grid,
    /// The product view: `_500x318`.
    Detail,
    /// Large: the full-size image.
    Full,
}

impl LogoPlace {
    pub fn parse(text: &str) -> Self {
        match text {
            "detail" => Self::Detail,
            "full" => Self::Full,
            _ => Self::Grid,
        }
    }

    /// The largest image worth sending for this place, in pixels: twice its size on screen, for HiDPI.
    /// The sizes of Cryptorefills' variants, which already fit; `None` for the full-size image.
    fn bounds(self) -> Option<(u32, u32)> {
        match self {
            Self::Grid => Some((300, 190)),
            Self::Detail => Some((500, 318)),
            Self::Full => None,
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Self::Grid => "_300x190",
            Self::Detail => "_500x318",
            Self::Full => "",
        }
    }
}

/// A logo ready to show: the image bytes and their type.
#[derive(Debug, Clone)]
pub struct Logo {
    pub bytes: Vec<u8>,
    pub content_type: String,
    /// The address it came from; `None` for the drawn placeholder.
    pub source: Option<String>,
}

/// What the product row knows about its logo.
#[derive(Debug)]
pub struct LogoFacts<'a> {
    pub provider: Provider,
    /// Bitrefill: the image id; Cryptorefills: `logo_base_url` (or `logo_url` when there is no base).
    pub logo: Option<&'a str>,
    /// Cryptorefills' `logo_url`, the last address to try.
    pub logo_url: Option<&'a str>,
    pub bitrefill_pattern: &'a str,
}

/// The addresses to try, best first.
pub fn candidates(facts: &LogoFacts<'_>, place: LogoPlace) -> Vec<String> {
    let mut urls = Vec::new();
    match facts.provider {
        Provider::Bitrefill => {
            if let Some(image) = facts.logo.filter(|i| !i.is_empty()) {
                urls.push(facts.bitrefill_pattern.replace("{image}", image));
            }
        }
        Provider::Cryptorefills => {
            // A base has no extension; a bare `logo_url` stored in its place does.
            if let Some(base) = facts.logo.filter(|b| !b.is_empty() && !has_extension(b)) {
                urls.push(format!("{base}{}.webp", place.suffix()));
                urls.push(format!("{base}{}.jpg", place.suffix()));
            }
            for url in [facts.logo_url, facts.logo.filter(|b| has_extension(b))].into_iter().flatten() {
                if !url.is_empty() && !urls.iter().any(|u| u == url) {
                    urls.push(url.to_owned());
                }
            }
        }
    }
    urls
}

fn has_extension(url: &str) -> bool {
    let last = url.rsplit('/').next().unwrap_or_default();
    [".webp", ".jpg", ".jpeg", ".png", ".svg", ".gif"]
        .iter()
        .any(|ext| last.to_ascii_lowercase().ends_with(ext))
}

/// Two initials on the brand colour, as SVG: what a grid shows when no image can be had.
pub fn placeholder_svg(name: &str, bg_color: Option<&str>) -> String {
    let initials: String = name
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_alphanumeric())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    let colour = bg_color
        .map(|c| c.trim().trim_start_matches('#'))
        .filter(|c| c.len() == 6 && c.chars().all(|d| d.is_ascii_hexdigit()))
        .unwrap_or("334155");
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 190\" width=\"300\" height=\"190\">\
         <rect width=\"300\" height=\"190\" fill=\"#{colour}\"/><text x=\"150\" y=\"95\" dy=\"0.35em\" \
         text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"72\" font-weight=\"700\" \
         fill=\"#ffffff\">{}</text></svg>",
        if initials.is_empty() { "?".to_owned() } else { initials }
    )
}

/// A cache file per image address. The host is left out so the sandbox, on a new port each run, reuses it.
fn cache_file(dir: &Path, url: &str) -> PathBuf {
    let key = reqwest::Url::parse(url)
        .map(|u| format!("{}?{}", u.path(), u.query().unwrap_or("")))
        .unwrap_or_default();
    let digest = Sha256::digest(key.as_bytes());
    let name: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    dir.join(name)
}

fn content_type_of(bytes: &[u8]) -> &'static str {
    match bytes {
        [0xFF, 0xD8, ..] => "image/jpeg",
        [0x89, b'P', b'N', b'G', ..] => "image/png",
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => "image/webp",
        [b'G', b'I', b'F', ..] => "image/gif",
        _ => "image/svg+xml",
    }
}

impl Catalog {
    fn logo_dir(&self) -> PathBuf {
        let environment = if self.accounts.environment().is_sandbox() { "sandbox" } else { "live" };
        self.data_dir.join("logos").join(environment)
    }

    /// The Bitrefill CDN pattern for this environment.
    pub fn bitrefill_logo_pattern(&self) -> String {
        match self.accounts.environment() {
            Environment::Sandbox { bitrefill_url, .. } => {
                format!("{}/primg/w720h432/{{image}}.webp", bitrefill_url.trim_end_matches("/v2"))
            }
            Environment::Live => LIVE_BITREFILL_LOGO.to_owned(),
        }
    }

    /// The product's logo for `place`: from the disk cache, else the first address that answers with an image
    /// (then cached), else the placeholder.
    pub async fn logo(&self, provider: Provider, product_id: &str, place: LogoPlace) -> Result<Logo> {
        let row: Option<(String, Option<String>, String)> =
            sqlx::query_as("SELECT name, logo, raw FROM products WHERE provider = ? AND product_id = ?")
                .bind(provider.slug())
                .bind(product_id)
                .fetch_optional(self.store.pool())
                .await?;
        let (name, logo, raw) =
            row.ok_or_else(|| Error::invalid("product", tr!("catalog-no-product", id = product_id)))?;
        let raw: Value = crate::store::json_column(&raw, &format!("Catalog product {product_id}"), "answer")?;
        let text = |key: &str| raw.get(key).and_then(Value::as_str).map(str::to_owned);
        let pattern = self.bitrefill_logo_pattern();
        let logo_url = text("logo_url");
        let facts = LogoFacts {
            provider,
            logo: logo.as_deref(),
            logo_url: logo_url.as_deref(),
            bitrefill_pattern: &pattern,
        };
        let dir = self.logo_dir();
        let urls = candidates(&facts, place);
        for url in &urls {
            if let Ok(bytes) = tokio::fs::read(scaled_file(&dir, url, place)).await {
                return Ok(Logo::from(bytes, url));
            }
            if let Ok(bytes) = tokio::fs::read(cache_file(&dir, url)).await {
                return Ok(Logo::from(scaled(&dir, url, place, bytes).await, url));
            }
        }
        for url in &urls {
            if let Some(bytes) = fetch_image(url).await {
                store(&cache_file(&dir, url), &bytes).await;
                return Ok(Logo::from(scaled(&dir, url, place, bytes).await, url));
            }
        }
        let svg = placeholder_svg(&name, text("bg_color").as_deref());
        Ok(Logo { bytes: svg.into_bytes(), content_type: "image/svg+xml".into(), source: None })
    }
}

/// One address, once: an image answer or nothing (a logo never retries; the next address is the fallback).
async fn fetch_image(url: &str) -> Option<Vec<u8>> {
    static CLIENT: std::sync::OnceLock<Option<reqwest::Client>> = std::sync::OnceLock::new();
    let client = CLIENT
        .get_or_init(|| {
            reqwest::Client::builder()
                .user_agent(crate::providers::http::user_agent())
                .timeout(FETCH_TIMEOUT)
                .build()
                .ok()
        })
        .as_ref()?;
    let response = client.get(url).send().await.ok()?;
    let is_image = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("image/"));
    if !response.status().is_success() || !is_image {
        return None;
    }
    let bytes = response.bytes().await.ok()?;
    (bytes.len() <= MAX_BYTES && !bytes.is_empty()).then(|| bytes.to_vec())
}

impl Logo {
    fn from(bytes: Vec<u8>, url: &str) -> Self {
        Self { content_type: content_type_of(&bytes).into(), bytes, source: Some(url.to_owned()) }
    }
}

/// The logo as its place shows it: scaled down once when it is larger (`thumbnail`), the copy cached beside
/// the original, which is kept; the original itself when it fits or cannot be read.
async fn scaled(dir: &Path, url: &str, place: LogoPlace, original: Vec<u8>) -> Vec<u8> {
    let Some(bounds) = place.bounds().filter(|&bounds| thumbnail::is_larger(&original, bounds)) else {
        return original;
    };
    let input = original.clone();
    match tokio::task::spawn_blocking(move || thumbnail::fit(&input, bounds)).await.ok().flatten() {
        Some(scaled) => {
            store(&scaled_file(dir, url, place), &scaled).await;
            scaled
        }
        None => original,
    }
}

/// Where the copy of `url`'s image scaled for `place` is cached.
fn scaled_file(dir: &Path, url: &str, place: LogoPlace) -> PathBuf {
    let mut name = cache_file(dir, url).into_os_string();
    name.push(format!("-{place:?}").to_ascii_lowercase());
    name.into()
}

/// Written beside, then renamed: a crash never leaves half an image in the cache.
async fn store(file: &Path, bytes: &[u8]) {
    let partial = file.with_extension("part");
    let written = async {
        if let Some(dir) = file.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        tokio::fs::write(&partial, bytes).await?;
        tokio::fs::rename(&partial, file).await
    };
    if let Err(error) = written.await {
        tracing::info!(%error, "logo not cached");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(provider: Provider, logo: Option<&'a str>, logo_url: Option<&'a str>) -> LogoFacts<'a> {
        LogoFacts { provider, logo, logo_url, bitrefill_pattern: "https://cdn/{image}.webp" }
    }

    #[test]
    fn cryptorefills_tries_the_sized_webp_then_jpg_then_logo_url() {
        let f = facts(
            Provider::Cryptorefills,
            Some("https://x/logos_v2/airbnb"),
            Some("https://x/logos_v2/airbnb.webp"),
        );
        assert_eq!(
            candidates(&f, LogoPlace::Grid),
            [
                "https://x/logos_v2/airbnb_300x190.webp",
                "https://x/logos_v2/airbnb_300x190.jpg",
                "https://x/logos_v2/airbnb.webp"
            ]
        );
        assert_eq!(candidates(&f, LogoPlace::Detail)[0], "https://x/logos_v2/airbnb_500x318.webp");
        // Full size: the sized variants are the full ones, and logo_url is not tried twice.
        assert_eq!(
            candidates(&f, LogoPlace::Full),
            ["https://x/logos_v2/airbnb.webp", "https://x/logos_v2/airbnb.jpg"]
        );
        let bare = facts(Provider::Cryptorefills, Some("https://x/a.png"), None);
        assert_eq!(candidates(&bare, LogoPlace::Grid), ["https://x/a.png"]);
    }

    #[test]
    fn bitrefill_fills_the_pattern_and_the_placeholder_draws_initials() {
        assert_eq!(
            candidates(&facts(Provider::Bitrefill, Some("amazon-us"), None), LogoPlace::Grid),
            ["https://cdn/amazon-us.webp"]
        );
        assert!(candidates(&facts(Provider::Bitrefill, None, None), LogoPlace::Grid).is_empty());
        let svg = placeholder_svg("Google Play", Some("#01875F"));
        assert!(svg.contains(">GP</text>") && svg.contains("fill=\"#01875F\""), "{svg}");
        assert!(placeholder_svg("", Some("red")).contains("#334155"), "a bad colour falls back");
    }
}
