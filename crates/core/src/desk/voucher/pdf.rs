//! Vouchers as a PDF: printpdf text and image operations with the built-in Helvetica and Courier, one
//! voucher to an A4 page or four.

use printpdf::{
    BuiltinFont, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, RawImage, TextItem,
    XObjectTransform,
};

use super::{labelled, plain_lines, symbol, symbol_png, Voucher};
use crate::i18n::{fluent_value, text, text_in, Arg, Language};

const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;

/// The document's bytes: `per_page` (1 or 4) vouchers to an A4 page.
pub(super) fn vouchers_pdf(vouchers: &[&Voucher], per_page: usize) -> Vec<u8> {
    let mut doc = PdfDocument::new(&printable("desk-voucher-pdf-title", &[]));
    let pages: Vec<PdfPage> = vouchers
        .chunks(per_page)
        .map(|chunk| PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), page_ops(&mut doc, chunk, per_page)))
        .collect();
    doc.with_pages(pages).save(&PdfSaveOptions::default(), &mut Vec::new())
}

/// A label of ours as the PDF's built-in fonts can show it (Latin-1): in English when the reseller's
/// language needs more (Chinese, Vietnamese), rather than as question marks. The PNG card shows every script.
fn printable(id: &str, args: &[Arg<'_>]) -> String {
    let words = text(id, args);
    if words.chars().all(|c| u32::from(c) < 256) {
        words
    } else {
        text_in(Language::English, id, args)
    }
}

/// Latin-1 only: what the built-in fonts can show; anything else becomes `?`.
fn latin1(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            // Grouping spaces of French and others (narrow no-break, thin): a plain space prints the same.
            '\u{202F}' | '\u{2009}' => ' ',
            c if (c as u32) < 256 => c,
            _ => '?',
        })
        .collect()
}

/// A page's operations for the vouchers in `cells` (1 or 4 a page), with their images added to `doc`.
fn page_ops(doc: &mut PdfDocument, vouchers: &[&Voucher], per_page: usize) -> Vec<Op> {
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
        let mut shop_x = 15.0;
        if let Some(logo) = &voucher.shop_logo {
            // 18 mm wide: even a square logo stays below the page's top edge.
            image(&mut ops, doc, logo, (15.0, 24.0), 18.0);
            shop_x = 38.0;
        }
        if let Some(shop) = &voucher.shop {
            text(&mut ops, (shop_x, 18.0), BuiltinFont::Helvetica, 11.0, shop);
        }
        if let Some(logo) = &voucher.logo {
            image(&mut ops, doc, logo, (15.0, 62.0), 55.0);
        }
        text(&mut ops, (15.0, 75.0), BuiltinFont::HelveticaBold, 22.0, &voucher.brand);
        text(&mut ops, (15.0, 86.0), BuiltinFont::Helvetica, 16.0, &voucher.value);
        let mut y = 102.0;
        for (label, value) in labelled(r, |id| printable(id, &[])) {
            if let Some(value) = value {
                text(&mut ops, (15.0, y), BuiltinFont::Helvetica, 10.0, &label);
                text(&mut ops, (40.0, y), BuiltinFont::CourierBold, 16.0, value);
                y += 10.0;
            }
        }
        if let Some(png) = symbol(r).as_ref().and_then(symbol_png) {
            let height = image(&mut ops, doc, &png, (15.0, y + 60.0), 60.0);
            y += height.max(20.0) + 6.0;
        }
        if let Some(link) = &r.link {
            text(
                &mut ops,
                (15.0, y),
                BuiltinFont::Helvetica,
                9.0,
                &printable("desk-voucher-claim-at", &[("link", fluent_value(link.as_str()))]),
            );
            y += 7.0;
        }
        if let Some(expires) = &voucher.expires {
            text(
                &mut ops,
                (15.0, y),
                BuiltinFont::Helvetica,
                9.0,
                &printable("desk-voucher-valid-until", &[("date", fluent_value(expires.as_str()))]),
            );
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
