//! Redemption info from either provider, in one shape: Bitrefill's `redemption_info` (an object or a bare
//! string) and Cryptorefills' done `deliverable`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Redemption {
    #[ts(optional)]
    pub code: Option<String>,
    #[ts(optional)]
    pub pin: Option<String>,
    #[ts(optional)]
    pub link: Option<String>,
    #[ts(optional)]
    pub serial: Option<String>,
    #[ts(optional)]
    pub security_code: Option<String>,
    /// `QRCODE`, `CODE128`…, with its value (eSIM activation strings come this way).
    #[ts(optional)]
    pub barcode_format: Option<String>,
    #[ts(optional)]
    pub barcode_value: Option<String>,
    #[ts(optional)]
    pub barcode_image_url: Option<String>,
    /// Sanitised HTML: safe to show as is.
    #[ts(optional)]
    pub instructions: Option<String>,
    #[ts(optional)]
    pub expires_at: Option<String>,
    /// Top-ups: the operator's reference.
    #[ts(optional)]
    pub reference: Option<String>,
}

fn text(value: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| match value.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

/// Only harmless markup survives: no scripts, no handlers, no remote images; links open nothing by themselves.
pub fn sanitise(html: &str) -> String {
    ammonia::Builder::default().rm_tags(["img"]).link_rel(Some("noopener noreferrer")).clean(html).to_string()
}

impl Redemption {
    pub fn is_empty(&self) -> bool {
        self == &Redemption::default()
    }

    /// `redemption_info` of a delivered Bitrefill order.
    pub fn from_bitrefill(info: &Value) -> Self {
        if let Value::String(single) = info {
            let is_link = single.starts_with("http://") || single.starts_with("https://");
            return Self {
                link: is_link.then(|| single.clone()),
                code: (!is_link).then(|| single.clone()),
                ..Self::default()
            };
        }
        Self {
            code: text(info, &["code"]),
            pin: text(info, &["pin"]),
            link: text(info, &["link"]),
            serial: text(info, &["serial", "serial_number"]),
            security_code: text(info, &["security_code", "cvv"]),
            barcode_format: text(info, &["barcode_format"]),
            barcode_value: text(info, &["barcode_value"]),
            barcode_image_url: None,
            instructions: text(info, &["instructions"]).map(|h| sanitise(&h)),
            expires_at: text(info, &["expiration_date"]),
            reference: text(info, &["other"]),
        }
    }

    /// A done Cryptorefills delivery's `deliverable`. `pin_code` may be a URL (a claim link).
    pub fn from_cryptorefills(deliverable: &Value) -> Self {
        let pin = text(deliverable, &["pin_code"]);
        let is_link = pin.as_deref().is_some_and(|p| p.starts_with("http://") || p.starts_with("https://"));
        Self {
            code: pin.clone().filter(|_| !is_link),
            pin: None,
            link: pin.filter(|_| is_link).or_else(|| text(deliverable, &["redeem_url", "link"])),
            serial: text(deliverable, &["pin_serial"]),
            security_code: text(deliverable, &["security_code"]),
            barcode_format: text(deliverable, &["qr_image_url"]).map(|_| "QRCODE".into()),
            barcode_value: text(deliverable, &["activation_code", "lpa"]),
            barcode_image_url: text(deliverable, &["barcode_image_url", "qr_image_url"]),
            instructions: text(deliverable, &["redeem_instructions", "how_to_redeem"]).map(|h| sanitise(&h)),
            expires_at: text(deliverable, &["expiration_date", "expires_at"]),
            reference: text(deliverable, &["operator_reference"]),
        }
    }
}

/// Keys whose values are codes: replaced in anything kept outside the vault (the audit trail, logs).
const SECRET_KEYS: [&str; 16] = [
    "redemption_info",
    "code",
    "pin",
    "link",
    "pin_code",
    "pin_serial",
    "security_code",
    "barcode_value",
    "barcode_image_url",
    "qr_image_url",
    "redeem_instructions",
    "activation_code",
    "lpa",
    "redeem_url",
    "serial",
    "cvv",
];

/// A copy of a provider answer with every code replaced: the audit trail keeps the shape, the vault the codes.
pub fn redacted(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let secret = SECRET_KEYS.contains(&k.as_str()) && !v.is_null();
                    (k.clone(), if secret { Value::String("[in the vault]".into()) } else { redacted(v) })
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redacted).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn both_shapes_and_bare_strings_are_read() {
        let bitrefill = Redemption::from_bitrefill(
            &json!({"code": "ABCD-EFGH", "pin": "1234", "instructions": "<p onclick=\"x()\">Go <script>alert(1)</script><b>now</b></p>"}),
        );
        assert_eq!((bitrefill.code.as_deref(), bitrefill.pin.as_deref()), (Some("ABCD-EFGH"), Some("1234")));
        assert_eq!(bitrefill.instructions.as_deref(), Some("<p>Go <b>now</b></p>"));
        let link = Redemption::from_bitrefill(&json!("https://redeem.example/xyz"));
        assert_eq!(link.link.as_deref(), Some("https://redeem.example/xyz"));
        let cryptorefills = Redemption::from_cryptorefills(
            &json!({"pin_code": "https://claim.example/1", "pin_serial": "S1"}),
        );
        assert_eq!(
            (cryptorefills.link.as_deref(), cryptorefills.serial.as_deref()),
            (Some("https://claim.example/1"), Some("S1"))
        );
    }

    #[test]
    fn redaction_leaves_no_code() {
        let order = json!({"deliveries": [{"deliverable": {"pin_code": "SECRET-1", "denomination": "25 USD"}}], "redemption_info": {"code": "SECRET-2"}});
        let text = redacted(&order).to_string();
        assert!(!text.contains("SECRET"), "{text}");
        assert!(text.contains("25 USD"));
    }
}
