//! Redemption info from either provider, in one shape: Bitrefill's `redemption_info` (an object or a bare
//! string) and Cryptorefills' done `deliverable`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::providers::bitrefill_answers::{is_link, RedemptionInfo};
use crate::providers::cryptorefills_answers::Deliverable;

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
    /// eSIMs: the card's ICCID, what a later top-up names.
    #[ts(optional)]
    pub iccid: Option<String>,
    /// An image that is itself the thing to hand over (an eSIM's QR code, a card's barcode), fetched and
    /// sealed here since its address may expire.
    #[ts(optional)]
    pub image: Option<RedemptionImage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RedemptionImage {
    /// `image/png`, `image/jpeg`…, from the bytes themselves.
    pub media_type: String,
    pub data_base64: String,
}

impl RedemptionImage {
    /// The bytes as an image the window can show; `None` when they are not an image format it knows.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        use base64::Engine as _;
        let format = image::guess_format(bytes).ok()?;
        Some(Self {
            media_type: format.to_mime_type().to_owned(),
            data_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        })
    }
}

fn present(text: &Option<String>) -> Option<String> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned)
}

/// Only harmless markup survives: no scripts, no handlers, no remote images; links open nothing by themselves.
pub fn sanitise(html: &str) -> String {
    ammonia::Builder::default().rm_tags(["img"]).link_rel(Some("noopener noreferrer")).clean(html).to_string()
}

impl Redemption {
    pub fn is_empty(&self) -> bool {
        self == &Redemption::default()
    }

    /// A delivered Bitrefill order's redemption, with any unsealed codes already folded in.
    pub fn from_bitrefill(info: &RedemptionInfo) -> Self {
        Self {
            code: present(&info.code),
            pin: present(&info.pin),
            link: present(&info.link),
            serial: present(&info.serial),
            security_code: present(&info.security_code),
            barcode_format: present(&info.barcode_format),
            barcode_value: present(&info.barcode_value),
            barcode_image_url: None,
            instructions: present(&info.instructions).map(|h| sanitise(&h)),
            expires_at: present(&info.expiration_date),
            reference: present(&info.other),
            iccid: present(&info.iccid),
            image: None,
        }
    }

    /// A done Cryptorefills delivery's `deliverable`. `pin_code` may be a URL (a claim link).
    pub fn from_cryptorefills(deliverable: &Deliverable) -> Self {
        let pin = present(&deliverable.pin_code);
        let is_link = pin.as_deref().is_some_and(is_link);
        Self {
            code: pin.clone().filter(|_| !is_link),
            pin: None,
            link: pin.filter(|_| is_link).or_else(|| present(&deliverable.link)),
            serial: present(&deliverable.pin_serial),
            security_code: present(&deliverable.security_code),
            barcode_format: present(&deliverable.qr_image_url).map(|_| "QRCODE".into()),
            barcode_value: present(&deliverable.activation_code),
            barcode_image_url: deliverable.image_url().map(str::to_owned),
            instructions: present(&deliverable.redeem_instructions).map(|h| sanitise(&h)),
            expires_at: present(&deliverable.expiration_date),
            reference: present(&deliverable.operator_reference),
            iccid: present(&deliverable.iccid),
            image: None,
        }
    }
}

impl Redemption {
    /// An eSIM's activation string (`LPA:1$SM-DP+ address$activation code`), whichever way it came.
    pub fn lpa(&self) -> Option<&str> {
        self.barcode_value
            .as_deref()
            .filter(|value| value.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("LPA:")))
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

    /// `redemption_info` as an order carries it, read the way the providers layer reads it.
    fn info(value: &Value) -> RedemptionInfo {
        let order: crate::providers::bitrefill_answers::Order =
            serde_json::from_value(json!({"redemption_info": value})).unwrap();
        order.redemption()
    }

    #[test]
    fn both_shapes_and_bare_strings_are_read() {
        let bitrefill = Redemption::from_bitrefill(&info(
            &json!({"code": "ABCD-EFGH", "pin": "1234", "instructions": "<p onclick=\"x()\">Go <script>alert(1)</script><b>now</b></p>"}),
        ));
        assert_eq!((bitrefill.code.as_deref(), bitrefill.pin.as_deref()), (Some("ABCD-EFGH"), Some("1234")));
        assert_eq!(bitrefill.instructions.as_deref(), Some("<p>Go <b>now</b></p>"));
        let link = Redemption::from_bitrefill(&info(&json!("https://redeem.example/xyz")));
        assert_eq!(link.link.as_deref(), Some("https://redeem.example/xyz"));
        let cryptorefills = Redemption::from_cryptorefills(
            &serde_json::from_value(json!({"pin_code": "https://claim.example/1", "pin_serial": "S1"}))
                .unwrap(),
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
