//! A voucher to hand over, as a PDF: the shop's name, the brand's logo, product and value, the code and PIN as
//! text and as a QR code or the barcode the provider names (Code 128, EAN-13), the claim link, expiry and
//! plain-text instructions. One voucher a page, or four on one A4 page. Built by printpdf from text and image
//! operations with the built-in Helvetica and Courier; the barcodes encoded by barcoders.

use std::io::{Cursor, Write};
use std::path::Path;

use printpdf::{
    BuiltinFont, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, RawImage, TextItem,
    XObjectTransform,
};

use super::Desk;
use crate::catalog::logos::LogoPlace;
use crate::error::{Error, Result};
use crate::qr::qr_png;
use crate::vault::{create_private, CodeEntry, CodeQuery, Exported, Redemption};

const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;

/// What the barcode area of a voucher shows.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Symbol {
    Qr(String),
    Code128(String),
    Ean13(String),
}

/// The provider's format when it names one Giftdesk can draw, else a QR code; of the barcode value, else the
/// code, else the claim link.
fn symbol(redemption: &Redemption) -> Option<Symbol> {
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

fn symbol_png(symbol: &Symbol) -> Option<Vec<u8>> {
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

/// HTML instructions as plain lines of at most `width` characters (the PDF's built-in fonts take Latin-1).
fn plain_lines(html: &str, width: usize) -> Vec<String> {
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

/// Latin-1 only: what the built-in fonts can show; anything else becomes `?`.
fn latin1(text: &str) -> String {
    text.chars().map(|c| if (c as u32) < 256 { c } else { '?' }).collect()
}

/// One voucher's content, ready to lay out.
struct Voucher {
    shop: Option<String>,
    brand: String,
    value: String,
    redemption: Redemption,
    expires: Option<String>,
    logo: Option<Vec<u8>>,
}

/// A page's operations for the vouchers in `cells` (1 or 4 a page), with their images added to `doc`.
fn page_ops(doc: &mut PdfDocument, vouchers: &[Voucher], per_page: usize) -> Vec<Op> {
    let mut ops = Vec::new();
    let (cols, scale) = if per_page == 1 { (1, 1.0) } else { (2, 0.5) };
    for (index, voucher) in vouchers.iter().enumerate() {
        let (col, row) = (index % cols, index / cols);
        let (x0, top) = (col as f32 * PAGE_W * scale, PAGE_H - row as f32 * PAGE_H * scale);
        let at =
            |x: f32, y_down: f32| Point { x: Mm(x0 + x * scale).into(), y: Mm(top - y_down * scale).into() };
        let text = |ops: &mut Vec<Op>, (x, y): (f32, f32), font: BuiltinFont, size: f32, line: &str| {
            ops.push(Op::StartTextSection);
            ops.push(Op::SetFont { font: PdfFontHandle::Builtin(font), size: Pt(size * scale.max(0.6)) });
            ops.push(Op::SetTextCursor { pos: at(x, y) });
            ops.push(Op::ShowText { items: vec![TextItem::Text(latin1(line))] });
            ops.push(Op::EndTextSection);
        };
        let image = |ops: &mut Vec<Op>,
                     doc: &mut PdfDocument,
                     bytes: &[u8],
                     (x, y_bottom): (f32, f32),
                     width_mm: f32| {
            let mut warnings = Vec::new();
            let Ok(raw) = RawImage::decode_from_bytes(bytes, &mut warnings) else { return 0.0 };
            let (px_w, px_h) = (raw.width as f32, raw.height as f32);
            let dpi = px_w / (width_mm * scale / 25.4);
            let id = doc.add_image(&raw);
            let pos = at(x, y_bottom);
            ops.push(Op::UseXobject {
                id,
                transform: XObjectTransform {
                    translate_x: Some(pos.x),
                    translate_y: Some(pos.y),
                    dpi: Some(dpi),
                    ..Default::default()
                },
            });
            width_mm * px_h / px_w
        };
        let r = &voucher.redemption;
        if let Some(shop) = &voucher.shop {
            text(&mut ops, (15.0, 18.0), BuiltinFont::Helvetica, 11.0, shop);
        }
        if let Some(logo) = &voucher.logo {
            image(&mut ops, doc, logo, (15.0, 62.0), 55.0);
        }
        text(&mut ops, (15.0, 75.0), BuiltinFont::HelveticaBold, 22.0, &voucher.brand);
        text(&mut ops, (15.0, 86.0), BuiltinFont::Helvetica, 16.0, &voucher.value);
        let mut y = 102.0;
        for (label, value) in [("Code", &r.code), ("PIN", &r.pin), ("Serial", &r.serial)] {
            if let Some(value) = value {
                text(&mut ops, (15.0, y), BuiltinFont::Helvetica, 10.0, label);
                text(&mut ops, (40.0, y), BuiltinFont::CourierBold, 16.0, value);
                y += 10.0;
            }
        }
        if let Some(png) = symbol(r).as_ref().and_then(symbol_png) {
            let height = image(&mut ops, doc, &png, (15.0, y + 60.0), 60.0);
            y += height.max(20.0) + 6.0;
        }
        if let Some(link) = &r.link {
            text(&mut ops, (15.0, y), BuiltinFont::Helvetica, 9.0, &format!("Claim at: {link}"));
            y += 7.0;
        }
        if let Some(expires) = &voucher.expires {
            text(&mut ops, (15.0, y), BuiltinFont::Helvetica, 9.0, &format!("Valid until {expires}"));
            y += 7.0;
        }
        for line in r.instructions.as_deref().map(|h| plain_lines(h, 95)).unwrap_or_default().iter().take(12)
        {
            text(&mut ops, (15.0, y), BuiltinFont::Helvetica, 9.0, line);
            y += 5.0;
        }
    }
    ops
}

impl Desk {
    /// Writes the vouchers of `code_ids` to a new PDF at `path`, `per_page` (1 or 4) to an A4 page. Only
    /// this file takes the codes out of the vault; each purchase's audit trail records that a voucher was
    /// made (never the code).
    pub async fn voucher_pdf(&self, code_ids: &[i64], per_page: u32, path: &Path) -> Result<Exported> {
        if code_ids.is_empty() {
            return Err(Error::invalid("code", "Choose at least one code to make a voucher of"));
        }
        if !matches!(per_page, 1 | 4) {
            return Err(Error::invalid("per_page", "One voucher a page, or four on one A4 page"));
        }
        let shop = self.settings.read()?.shop_name.filter(|s| !s.trim().is_empty());
        let entries = self.vault.codes(&CodeQuery::default(), false).await?;
        let mut vouchers = Vec::new();
        for id in code_ids {
            let entry: &CodeEntry = entries
                .iter()
                .find(|e| e.id == *id)
                .ok_or_else(|| Error::invalid("code", format!("There is no code {id} in the vault")))?;
            let redemption = self.vault.reveal_code(*id).await?;
            vouchers.push(Voucher {
                shop: shop.clone(),
                brand: entry.brand.clone(),
                value: format!("{} {}", entry.value, entry.currency.as_deref().unwrap_or_default())
                    .trim()
                    .to_owned(),
                expires: entry.expires_at.clone().or(redemption.expires_at.clone()),
                logo: self.logo_of(entry).await,
                redemption,
            });
        }
        let mut doc = PdfDocument::new("Giftdesk vouchers");
        let per_page = per_page as usize;
        let pages: Vec<PdfPage> = vouchers
            .chunks(per_page)
            .map(|chunk| PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), page_ops(&mut doc, chunk, per_page)))
            .collect();
        let bytes = doc.with_pages(pages).save(&PdfSaveOptions::default(), &mut Vec::new());
        let mut file = create_private(path)?;
        file.write_all(&bytes).map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        for (id, entry) in
            code_ids.iter().filter_map(|id| entries.iter().find(|e| e.id == *id).map(|e| (id, e)))
        {
            self.checkout.note(&entry.purchase_id, &format!("Voucher made for code {id} (PDF)")).await?;
        }
        tracing::info!(count = code_ids.len(), "vouchers made");
        Ok(Exported { path: path.display().to_string(), count: code_ids.len() as u32 })
    }

    /// The brand's logo as a raster image the PDF can hold; none when only the drawn placeholder exists.
    async fn logo_of(&self, entry: &CodeEntry) -> Option<Vec<u8>> {
        let purchase = self.checkout.purchase(&entry.purchase_id).await.ok()?;
        let line =
            purchase.lines.iter().find(|l| l.product_name == entry.brand).or(purchase.lines.first())?;
        let logo = self.catalog.logo(entry.provider, &line.product_id, LogoPlace::Detail).await.ok()?;
        (logo.content_type != "image/svg+xml").then_some(logo.bytes)
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
        assert_eq!(
            plain_lines("<p>Go to <b>the shop</b> &amp; pay</p><p>Then enter it</p>", 12),
            ["Go to the", "shop & pay", "Then enter", "it"]
        );
    }
}
