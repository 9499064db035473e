//! An eSIM's activation as a phone takes it: the QR code, drawn here from the activation string at a size
//! a camera reads off a screen, and the same values split out for typing them in by hand.

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Redemption;
use crate::qr::qr_png;

/// At least this many pixels a side (8 or more per module for a typical activation string): phone cameras
/// read that from a laptop screen at arm's length.
const QR_SIDE_PX: u32 = 360;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EsimActivation {
    /// The whole activation string, `LPA:1$SM-DP+ address$activation code`.
    pub lpa: String,
    /// What "Enter details manually" asks for first.
    #[ts(optional)]
    pub smdp_address: Option<String>,
    /// The matching ID the phone asks for second.
    #[ts(optional)]
    pub activation_code: Option<String>,
    /// The carrier asks for a confirmation code too (given separately by the seller).
    pub confirmation_code_required: bool,
    #[ts(optional)]
    pub iccid: Option<String>,
    /// A PNG of the QR code, black on white, `qr_side_px` square.
    pub qr_png_base64: String,
    pub qr_side_px: u32,
}

impl EsimActivation {
    /// The activation of a delivered eSIM, when its redemption holds an activation string.
    pub fn of(redemption: &Redemption) -> Option<Self> {
        let lpa = redemption.lpa()?.trim().to_owned();
        // SGP.22: LPA:1$<SM-DP+ address>$<matching ID>[$<SM-DP+ OID>[$<confirmation code required: 1>]]
        let parts: Vec<&str> = lpa.get(4..).unwrap_or_default().split('$').collect();
        let part =
            |index: usize| parts.get(index).map(|p| p.trim()).filter(|p| !p.is_empty()).map(str::to_owned);
        let png = qr_png(&lpa, QR_SIDE_PX)?;
        let side = image::load_from_memory(&png).ok().map_or(0, |image| image.width());
        Some(Self {
            smdp_address: part(1),
            activation_code: part(2),
            confirmation_code_required: part(4).as_deref() == Some("1"),
            iccid: redemption.iccid.clone(),
            qr_png_base64: base64::engine::general_purpose::STANDARD.encode(png),
            qr_side_px: side,
            lpa,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_activation_string_is_split_for_manual_entry() {
        let redemption = Redemption {
            barcode_format: Some("QRCODE".into()),
            barcode_value: Some("LPA:1$smdp.example.com$K2-ABC-123$$1".into()),
            iccid: Some("8944500102198304826".into()),
            ..Redemption::default()
        };
        let activation = EsimActivation::of(&redemption).unwrap();
        assert_eq!(activation.smdp_address.as_deref(), Some("smdp.example.com"));
        assert_eq!(activation.activation_code.as_deref(), Some("K2-ABC-123"));
        assert!(activation.confirmation_code_required);
        assert!(activation.qr_side_px >= 300, "{}", activation.qr_side_px);
        let png = base64::engine::general_purpose::STANDARD.decode(&activation.qr_png_base64).unwrap();
        assert_eq!(crate::qr::read_qr(&png).as_deref(), Some(redemption.barcode_value.as_deref().unwrap()));
        assert_eq!(EsimActivation::of(&Redemption { code: Some("X".into()), ..Redemption::default() }), None);
    }
}
