//! A wrapper for values that must never reach a log, a file or the web view.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Holds a secret. `Debug` prints a placeholder and `Serialize` fails, so a secret cannot leak through
/// `tracing` fields, error messages or IPC responses by accident; reading it takes an explicit `expose()`.
#[derive(Clone, PartialEq, Eq)]
pub struct Sensitive<T>(T);

impl<T> Sensitive<T> {
    pub fn new(value: T) -> Self {
        Self(value)
    }

    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Sensitive<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl<T> std::fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sensitive(<redacted>)")
    }
}

impl<T> Serialize for Sensitive<T> {
    fn serialize<S: Serializer>(&self, _serializer: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("refusing to serialize a sensitive value"))
    }
}

/// Secrets arrive from the web view (Settings) and from the keyring, so they deserialize normally.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sensitive<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Self)
    }
}

/// A hint that lets a person recognise which secret is stored (`…x7Qe`) without revealing it.
/// Short secrets get no characters at all: four of eight would give too much away.
pub fn masked_hint(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() < 10 {
        return "…".to_owned();
    }
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let secret = Sensitive::new("super-secret-key".to_owned());
        assert_eq!(format!("{secret:?}"), "Sensitive(<redacted>)");
        assert!(!format!("{:?}", Some(&secret)).contains("super"));
    }

    #[test]
    fn serialize_is_refused() {
        let secret = Sensitive::new("super-secret-key".to_owned());
        let error = serde_json::to_string(&secret).unwrap_err();
        assert!(error.to_string().contains("refusing"));
    }

    #[test]
    fn deserializes_transparently() {
        let secret: Sensitive<String> = serde_json::from_str("\"abc\"").unwrap();
        assert_eq!(secret.expose(), "abc");
    }

    #[test]
    fn hint_shows_only_the_tail_of_long_secrets() {
        assert_eq!(masked_hint("bfk_live_0123456789x7Qe"), "…x7Qe");
        assert_eq!(masked_hint("short"), "…");
        assert_eq!(masked_hint("ünïcödé-kéy"), "…-kéy");
    }
}
