//! A voucher to hand over, as a PDF: the shop's name, the brand's logo, product and value, the code and PIN as
//! text and as a QR code or the barcode the provider names (Code 128, EAN-13), the claim link, expiry and
//! plain-text instructions. One voucher a page, or four on one A4 page. Built by printpdf from text and image
//! operations with the built-in Helvetica and Courier; the barcodes encoded by barcoders.

use std::io::{Cursor, Write};
use std::path::Path;

mod card;
mod pdf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Desk;
use crate::catalog::logos::LogoPlace;
use crate::error::{Error, Result};
use crate::i18n::format_amount;
use crate::qr::qr_png;
use crate::tr;
use crate::vault::{create_private, CodeEntry, CodeQuery, Exported, Redemption};

/// What the barcode area of a voucher shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Symbol {
    Qr(String),
    Code128(String),
    Ean13(String),
}

/// The provider's format when it names one Giftdesk can draw, else a QR code; of the barcode value, else the
/// code, else the claim link.
pub(super) fn symbol(redemption: &Redemption) -> Option<Symbol> {
    let value = [&redemption.barcode_value, &redemption.code, &redemption.link]
        .into_iter()
        .find_map(|v| v.as_deref().map(str::trim).filter(|v| !v.is_empty()))?
        .to_owned();
    let format: String = redemption
        .barcode_format
        .as_deref()
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_uppercase();
    let digits = value.bytes().all(|b| b.is_ascii_digit());
    Some(match format.as_str() {
        "CODE128" if value.is_ascii() => Symbol::Code128(value),
        "EAN13" if digits && (12..=13).contains(&value.len()) => Symbol::Ean13(value),
        _ => Symbol::Qr(value),
    })
}

/// A linear barcode's modules drawn as a PNG: `module_px` wide bars, a quiet zone of ten modules each side.
fn bars_png(modules: &[u8], module_px: u32, height: u32) -> Option<Vec<u8>> {
    let quiet = 10 * module_px;
    let width = u32::try_from(modules.len()).ok()? * module_px + 2 * quiet;
    let image = image::GrayImage::from_fn(width, height, |x, _| {
        let dark = x >= quiet && modules.get(((x - quiet) / module_px) as usize) == Some(&1);
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut png = Vec::new();
    image.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png).ok()?;
    Some(png)
}

pub(super) fn symbol_png(symbol: &Symbol) -> Option<Vec<u8>> {
    match symbol {
        Symbol::Qr(text) => qr_png(text, 360),
        // Character set B carries every printable ASCII character.
        Symbol::Code128(text) => {
            bars_png(&barcoders::sym::code128::Code128::new(format!("Ɓ{text}")).ok()?.encode(), 3, 120)
        }
        Symbol::Ean13(digits) => {
            let first12 = &digits[..12];
            bars_png(&barcoders::sym::ean13::EAN13::new(first12).ok()?.encode(), 3, 120)
        }
    }
}

/// The code's printed fields, each with its label in the reseller's language: code, PIN, serial.
/// `words` makes a label from its message id: the current language, or (the PDF) what its fonts can show.
pub(super) fn labelled(
    redemption: &Redemption,
    words: impl Fn(&str) -> String,
) -> [(String, &Option<String>); 3] {
    [
        (words("desk-voucher-code"), &redemption.code),
        (words("desk-voucher-pin"), &redemption.pin),
        (words("desk-voucher-serial"), &redemption.serial),
    ]
}

/// HTML instructions as plain lines of at most `width` characters (the PDF's built-in fonts take Latin-1).
pub(super) fn plain_lines(html: &str, width: usize) -> Vec<String> {
    let text = ammonia::Builder::empty()
        .clean(&html.replace("</p>", "\n").replace("<br>", "\n").replace("</li>", "\n"))
        .to_string();
    let text = text
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    let mut lines = Vec::new();
    for paragraph in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.len() + 1 + word.len() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// A new file at `path` (readable by its owner only), or with `replace` one written beside it and moved over
/// what is there, so a failed write never leaves half a voucher where the old file was.
fn write_file(path: &Path, replace: bool, bytes: &[u8]) -> Result<()> {
    let write = |at: &Path| {
        let mut file = create_private(at)?;
        file.write_all(bytes).map_err(|e| Error::io(tr!("files-writing", path = at.display().to_string()), e))
    };
    if !replace {
        return write(path);
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.giftdesk-part"));
    let _ = std::fs::remove_file(&temporary);
    write(&temporary)?;
    std::fs::rename(&temporary, path)
        .map_err(|e| Error::io(tr!("files-replacing", path = path.display().to_string()), e))
}

/// The file a voucher is made as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum VoucherForm {
    /// Any number of vouchers, one or four to an A4 page, text as text (Latin-1).
    Pdf,
    /// One voucher as a card, text in any script the system's fonts cover.
    Png,
}

impl VoucherForm {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
        }
    }
}

/// One voucher's content, ready to lay out.
pub(super) struct Voucher {
    pub(super) shop: Option<String>,
    pub(super) shop_logo: Option<Vec<u8>>,
    pub(super) brand: String,
    pub(super) value: String,
    pub(super) redemption: Redemption,
    pub(super) expires: Option<String>,
    pub(super) logo: Option<Vec<u8>>,
}

impl Desk {
    /// The vouchers of `code_ids`, opened from the vault, each with its purchase.
    async fn vouchers_of(&self, code_ids: &[i64]) -> Result<Vec<(Voucher, String)>> {
        if code_ids.is_empty() {
            return Err(Error::invalid("code", tr!("desk-voucher-none-chosen")));
        }
        let shop = self.settings.read()?.shop_name.filter(|s| !s.trim().is_empty());
        let shop_logo = self.shop_logo();
        let entries = self.vault.codes(&CodeQuery::default(), false).await?;
        let mut vouchers = Vec::new();
        for id in code_ids {
            let entry: &CodeEntry = entries
                .iter()
                .find(|e| e.id == *id)
                .ok_or_else(|| Error::invalid("code", tr!("vault-no-code", id = id.to_string())))?;
            let redemption = self.vault.reveal_code(*id).await?;
            let voucher = Voucher {
                shop: shop.clone(),
                shop_logo: shop_logo.clone(),
                brand: entry.brand.clone(),
                value: format_amount(
                    &entry.value,
                    entry.currency.as_deref().unwrap_or_default(),
                    crate::i18n::current(),
                )
                .trim()
                .to_owned(),
                expires: entry.expires_at.clone().or(redemption.expires_at.clone()),
                logo: self.logo_of(entry).await,
                redemption,
            };
            vouchers.push((voucher, entry.purchase_id.clone()));
        }
        Ok(vouchers)
    }

    /// Writes `bytes` to a new file at `path` (never over one), and notes on each purchase's audit trail
    /// that a voucher was made (never the code).
    async fn hand_out(
        &self,
        made: &[(Voucher, String)],
        ids: &[i64],
        (path, replace, bytes, form): (&Path, bool, &[u8], VoucherForm),
    ) -> Result<Exported> {
        write_file(path, replace, bytes)?;
        let form = form.extension().to_uppercase();
        for ((_, purchase), id) in made.iter().zip(ids) {
            let note = tr!("desk-voucher-made", id = id.to_string(), form = form.as_str());
            self.checkout.note(purchase, &note).await?;
        }
        tracing::info!(count = ids.len(), form, "vouchers made");
        Ok(Exported { path: path.display().to_string(), count: u32::try_from(ids.len()).unwrap_or(u32::MAX) })
    }

    /// Writes the vouchers of `code_ids` to a new PDF at `path`, `per_page` (1 or 4) to an A4 page. Only
    /// this file takes the codes out of the vault.
    pub async fn voucher_pdf(&self, code_ids: &[i64], per_page: u32, path: &Path) -> Result<Exported> {
        self.voucher_file(code_ids, (VoucherForm::Pdf, per_page), (path, false)).await
    }

    /// Writes one code's voucher to a new PNG at `path`, as the preview shows it.
    pub async fn voucher_png(&self, code_id: i64, path: &Path) -> Result<Exported> {
        self.voucher_file(&[code_id], (VoucherForm::Png, 1), (path, false)).await
    }

    /// The vouchers of `code_ids` in `form`: a PDF of them all (`per_page` to an A4 page), or one code's
    /// PNG card. A file at `path` is replaced only when `replace` says the reseller agreed (the OS save
    /// dialog asked); else only a new file is written.
    pub async fn voucher_file(
        &self,
        code_ids: &[i64],
        (form, per_page): (VoucherForm, u32),
        (path, replace): (&Path, bool),
    ) -> Result<Exported> {
        if form == VoucherForm::Pdf && !matches!(per_page, 1 | 4) {
            return Err(Error::invalid("per_page", tr!("desk-voucher-per-page")));
        }
        if form == VoucherForm::Png && code_ids.len() > 1 {
            return Err(Error::invalid("png", tr!("desk-voucher-png-one")));
        }
        let made = self.vouchers_of(code_ids).await?;
        let bytes = match form {
            VoucherForm::Pdf => {
                pdf::vouchers_pdf(&made.iter().map(|(v, _)| v).collect::<Vec<_>>(), per_page as usize)
            }
            VoucherForm::Png => card::card_png(&made[0].0)?,
        };
        self.hand_out(&made, code_ids, (path, replace, &bytes, form)).await
    }

    /// One code's voucher as a PNG for the window to show before it is saved or printed (no file is
    /// written; the code is shown as the Codes screen's "Reveal" shows it).
    pub async fn voucher_preview(&self, code_id: i64) -> Result<Vec<u8>> {
        let made = self.vouchers_of(&[code_id]).await?;
        card::card_png(&made[0].0)
    }

    /// The brand's logo as a raster image the PDF and the card can hold (a vector logo drawn to PNG).
    async fn logo_of(&self, entry: &CodeEntry) -> Option<Vec<u8>> {
        let purchase = self.checkout.purchase(&entry.purchase_id).await.ok()?;
        let line =
            purchase.lines.iter().find(|l| l.product_name == entry.brand).or(purchase.lines.first())?;
        let logo = self.catalog.logo(entry.provider, &line.product_id, LogoPlace::Detail).await.ok()?;
        if logo.content_type == "image/svg+xml" {
            return card::svg_logo_png(&logo.bytes, 560);
        }
        // WebP and JPEG logos as PNG: one format for the card's data URL and the PDF's image.
        let decoded = image::load_from_memory(&logo.bytes).ok()?;
        let mut png = Vec::new();
        decoded.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png).ok()?;
        Some(png)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_providers_format_is_drawn_when_it_can_be() {
        let with = |format: &str, value: &str| Redemption {
            barcode_format: Some(format.into()),
            barcode_value: Some(value.into()),
            ..Redemption::default()
        };
        assert_eq!(symbol(&with("CODE_128", "ABC-123")), Some(Symbol::Code128("ABC-123".into())));
        assert_eq!(symbol(&with("EAN13", "4006381333931")), Some(Symbol::Ean13("4006381333931".into())));
        assert_eq!(symbol(&with("EAN13", "not digits")), Some(Symbol::Qr("not digits".into())));
        assert_eq!(
            symbol(&Redemption { code: Some("X1".into()), ..Redemption::default() }),
            Some(Symbol::Qr("X1".into()))
        );
        assert!(symbol_png(&Symbol::Code128("ABC-123".into())).is_some());
        assert!(symbol_png(&Symbol::Ean13("4006381333931".into())).is_some());
        for (drawn, text, format) in [
            (Symbol::Code128("ABC-123".into()), "ABC-123", rxing::BarcodeFormat::CODE_128),
            (Symbol::Ean13("4006381333931".into()), "4006381333931", rxing::BarcodeFormat::EAN_13),
        ] {
            // Read back by a barcode reader (rxing, a port of ZXing), as a shop's scanner would.
            let image = image::load_from_memory(&symbol_png(&drawn).unwrap()).unwrap().to_luma8();
            let (width, height) = image.dimensions();
            let read = rxing::helpers::detect_in_luma(image.into_raw(), width, height, Some(format)).unwrap();
            assert_eq!(read.getText(), text, "{drawn:?}");
        }
        assert_eq!(
            plain_lines("<p>Go to <b>the shop</b> &amp; pay</p><p>Then enter it</p>", 12),
            ["Go to the", "shop & pay", "Then enter", "it"]
        );
    }
}
