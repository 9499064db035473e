//! Tolerant decoding, as the notes demand: numbers that arrive as strings (and the reverse), fields that
//! are missing or null, enums with values nobody documented. Nothing here fails on a surprise; money stays
//! exact (integers of minor units, or decimal strings), never a float.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::Provider;
use crate::tr;

/// A string, whether it came as a string or as a number; `None` when missing or null.
pub fn opt_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::String(text)) => Some(text),
        Some(Value::Number(number)) => Some(number.to_string()),
        Some(Value::Bool(flag)) => Some(flag.to_string()),
        _ => None,
    })
}

/// A whole number given as a number or a string (`"82420"`); anything else is `None`.
pub fn opt_u64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::Number(number)) => number
            .as_u64()
            .or_else(|| number.as_f64().filter(|f| f.fract() == 0.0 && *f >= 0.0).map(|f| f as u64)),
        Some(Value::String(text)) => text.trim().parse().ok(),
        _ => None,
    })
}

/// An exact decimal as text (`25`, `25.0` → `"25"`, `"12.50"` → `"12.5"`), from a number or a string.
pub fn opt_decimal<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(opt_string(deserializer)?.and_then(|text| normalise_decimal(&text)))
}

pub fn normalise_decimal(text: &str) -> Option<String> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let fraction = fraction.trim_end_matches('0');
    Some(if fraction.is_empty() { whole.to_owned() } else { format!("{whole}.{fraction}") })
}

/// A flag given as a boolean, `"true"`/`"false"`, or 0/1; missing means `default`.
pub fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::Bool(flag)) => Some(flag),
        Some(Value::String(text)) => match text.trim() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        },
        Some(Value::Number(number)) => number.as_u64().map(|n| n != 0),
        _ => None,
    })
}

/// A list that may be missing or null.
pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

/// A list whose entries are read one by one: an entry of another shape is left out of the typed list (the
/// raw answer kept beside it still holds it), never a failure of the whole answer.
pub fn entries<'de, D: Deserializer<'de>, T: DeserializeOwned>(deserializer: D) -> Result<Vec<T>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::Array(items)) => {
            items.into_iter().filter_map(|item| serde_json::from_value(item).ok()).collect()
        }
        _ => Vec::new(),
    })
}

/// A nested object that may be missing, null, or of another shape (then `None`).
pub fn object<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(value @ Value::Object(_)) => serde_json::from_value(value).ok(),
        _ => None,
    })
}

/// A provider answer decoded into its type, with the JSON it came from kept beside it for the audit trail:
/// nothing a provider returned is lost, and everything else reads the typed fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer<T> {
    pub value: T,
    pub raw: Value,
}

impl<T: DeserializeOwned> Answer<T> {
    /// Every answer type has only optional fields, so an object always decodes; anything else (an array, a
    /// bare string) where an object belongs is an unexpected answer.
    pub fn decode(raw: Value, provider: Provider, what: &str) -> crate::error::Result<Self> {
        if !raw.is_object() {
            return Err(crate::error::Error::UnexpectedResponse {
                provider,
                detail: tr!("providers-expected-an-object", what = what),
            });
        }
        let value = serde_json::from_value(raw.clone()).map_err(|e| {
            crate::error::Error::UnexpectedResponse { provider, detail: format!("{what}: {e}") }
        })?;
        Ok(Self { value, raw })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_exact_and_normalised() {
        assert_eq!(normalise_decimal("25.0").as_deref(), Some("25"));
        assert_eq!(normalise_decimal("012.50").as_deref(), Some("12.5"));
        assert_eq!(normalise_decimal("0.000001").as_deref(), Some("0.000001"));
        assert_eq!(normalise_decimal("1e3"), None);
        assert_eq!(normalise_decimal("-5"), None);
    }
}
