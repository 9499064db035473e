//! The ten languages Giftdesk speaks: Cryptorefills' `lang` values, which its descriptions and the delivery
//! emails a customer receives come in.

use fluent_templates::{langid, LanguageIdentifier};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
    #[serde(rename = "fr")]
    French,
    #[serde(rename = "de")]
    German,
    #[serde(rename = "it")]
    Italian,
    #[serde(rename = "pt")]
    Portuguese,
    #[serde(rename = "zh")]
    Chinese,
    #[serde(rename = "tr")]
    Turkish,
    #[serde(rename = "vi")]
    Vietnamese,
    #[serde(rename = "tl")]
    Tagalog,
    /// Lengthened, accented English for the layout tests (`LANG=en_XA`); never offered to a reseller.
    #[serde(rename = "en-XA")]
    Pseudo,
}

/// Every language a reseller can pick, with its name in itself, in the order Settings lists them.
pub const LANGUAGES: &[(Language, &str)] = &[
    (Language::English, "English"),
    (Language::Spanish, "Español"),
    (Language::French, "Français"),
    (Language::German, "Deutsch"),
    (Language::Italian, "Italiano"),
    (Language::Portuguese, "Português"),
    (Language::Chinese, "中文"),
    (Language::Turkish, "Türkçe"),
    (Language::Vietnamese, "Tiếng Việt"),
    (Language::Tagalog, "Tagalog"),
];

const ALL: [Language; 11] = [
    Language::English,
    Language::Spanish,
    Language::French,
    Language::German,
    Language::Italian,
    Language::Portuguese,
    Language::Chinese,
    Language::Turkish,
    Language::Vietnamese,
    Language::Tagalog,
    Language::Pseudo,
];

impl Language {
    pub(super) fn from_index(index: u8) -> Self {
        ALL.get(usize::from(index)).copied().unwrap_or_default()
    }

    /// The code on the wire (`lang`, settings, the window): `de`, or `en-XA` for the pseudo-locale.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Spanish => "es",
            Self::French => "fr",
            Self::German => "de",
            Self::Italian => "it",
            Self::Portuguese => "pt",
            Self::Chinese => "zh",
            Self::Turkish => "tr",
            Self::Vietnamese => "vi",
            Self::Tagalog => "tl",
            Self::Pseudo => "en-XA",
        }
    }

    /// Cryptorefills' `lang`: the pseudo-locale is English to it.
    pub fn provider_code(self) -> &'static str {
        match self {
            Self::Pseudo => "en",
            other => other.code(),
        }
    }

    /// A locale tag as the OS or a person writes it (`de_DE.UTF-8`, `zh-Hans-CN`, `fil`, `pt-BR`), if we speak it.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let tag = tag.split(['.', '@']).next()?.replace('_', "-").to_ascii_lowercase();
        if tag == "en-xa" {
            return Some(Self::Pseudo);
        }
        let primary = tag.split('-').next()?;
        let primary = if primary == "fil" { "tl" } else { primary };
        ALL.into_iter().find(|language| *language != Self::Pseudo && language.code() == primary)
    }

    /// The OS locale's language (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` on Linux), else English.
    pub fn system() -> Self {
        sys_locale::get_locales().find_map(|tag| Self::from_tag(&tag)).unwrap_or_default()
    }

    /// The reseller's choice in Settings if any, else the OS locale's.
    pub fn chosen(setting: Option<Self>) -> Self {
        setting.unwrap_or_else(Self::system)
    }

    pub(super) fn messages_tag(self) -> &'static LanguageIdentifier {
        static TAGS: [LanguageIdentifier; 10] = [
            langid!("en"),
            langid!("es"),
            langid!("fr"),
            langid!("de"),
            langid!("it"),
            langid!("pt"),
            langid!("zh"),
            langid!("tr"),
            langid!("vi"),
            langid!("tl"),
        ];
        let index = if self == Self::Pseudo { 0 } else { self as usize };
        &TAGS[index]
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locale_tags_find_their_language() {
        assert_eq!(Language::from_tag("de_DE.UTF-8"), Some(Language::German));
        assert_eq!(Language::from_tag("zh-Hans-CN"), Some(Language::Chinese));
        assert_eq!(Language::from_tag("fil_PH"), Some(Language::Tagalog));
        assert_eq!(Language::from_tag("pt-BR"), Some(Language::Portuguese));
        assert_eq!(Language::from_tag("en_XA"), Some(Language::Pseudo));
        assert_eq!(Language::from_tag("ja_JP.UTF-8"), None);
        assert_eq!(Language::from_tag("C"), None);
    }

    #[test]
    fn codes_read_back_as_their_language() {
        for (language, _) in LANGUAGES {
            assert_eq!(Language::from_tag(language.code()), Some(*language));
            assert_eq!(serde_json::to_value(language).unwrap(), language.code());
        }
    }
}
