//! One voucher as a card-shaped PNG (what the window previews and `voucher --png` writes): laid out as SVG,
//! rendered by resvg with the system's fonts, so any script they cover is drawn (the PDF's built-in fonts
//! stop at Latin-1). The code's QR code or barcode is the same PNG the PDF holds, scaled without smoothing.

use std::sync::{Arc, OnceLock};

use base64::Engine as _;
use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{fontdb, Options, Tree};

use super::{plain_lines, symbol, symbol_png, Symbol, Voucher};
use crate::error::{Error, Result};
use crate::tr;

const WIDTH: u32 = 1200;
const HEIGHT: u32 = 760;

/// The system's fonts, read once: generic families pointed at the first installed of the usual ones on each
/// platform (usvg's own defaults name fonts Linux rarely has).
fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            let installed = |names: &[&str]| -> Option<String> {
                names
                    .iter()
                    .find(|name| db.faces().any(|f| f.families.iter().any(|(n, _)| n == *name)))
                    .map(|name| (*name).to_owned())
            };
            let sans =
                installed(&["DejaVu Sans", "Noto Sans", "Liberation Sans", "Segoe UI", "Helvetica", "Arial"]);
            let mono = installed(&[
                "DejaVu Sans Mono",
                "Noto Sans Mono",
                "Liberation Mono",
                "Menlo",
                "Consolas",
                "Courier New",
            ]);
            if let Some(sans) = sans {
                db.set_sans_serif_family(sans);
            }
            if let Some(mono) = mono {
                db.set_monospace_family(mono);
            }
            Arc::new(db)
        })
        .clone()
}

/// Text as SVG holds it: markup characters escaped, characters XML forbids (controls) left out.
fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Lines of at most `width` characters, broken at spaces, and inside a word (a code, a link) only when it is
/// longer than a line: nothing a customer must type is ever cut off.
fn wrapped(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut rest: Vec<char> = word.chars().collect();
        while !rest.is_empty() {
            let room = if line.is_empty() { width } else { width.saturating_sub(line.chars().count() + 1) };
            if rest.len() <= room {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.extend(rest.drain(..));
            } else if line.is_empty() {
                line.extend(rest.drain(..width));
                lines.push(std::mem::take(&mut line));
            } else {
                lines.push(std::mem::take(&mut line));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// At most `max` characters, an ellipsis marking a cut.
fn clipped(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    text.chars().take(max - 1).chain(std::iter::once('…')).collect()
}

fn data_url(bytes: &[u8]) -> String {
    format!("data:image/png;base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// A line of text at (`x`, `y`): `style` is `size weight family`.
fn text(x: u32, y: u32, (size, bold, mono): (u32, bool, bool), fill: &str, content: &str) -> String {
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{}\" font-family=\"{}\" fill=\"{fill}\">{}</text>\n",
        if bold { "bold" } else { "normal" },
        if mono { "monospace" } else { "sans-serif" },
        escape(content)
    )
}

fn image(x: u32, y: u32, (width, height): (u32, u32), png: &[u8], crisp: bool) -> String {
    format!(
        "<image x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" preserveAspectRatio=\"xMinYMin meet\"{} href=\"{}\"/>\n",
        if crisp { " image-rendering=\"optimizeSpeed\"" } else { "" },
        data_url(png)
    )
}

/// The card as SVG.
pub(super) fn card_svg(voucher: &Voucher) -> String {
    const INK: &str = "#14181f";
    const MUTED: &str = "#4a5565";
    let r = &voucher.redemption;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\n\
         <rect x=\"4\" y=\"4\" width=\"{}\" height=\"{}\" rx=\"32\" fill=\"#ffffff\" stroke=\"#cfd6df\" stroke-width=\"4\"/>\n",
        WIDTH - 8,
        HEIGHT - 8
    );
    // The shop's logo at the top left, its name beside it.
    let mut shop_x = 60;
    if let Some(logo) = &voucher.shop_logo {
        svg += &image(60, 36, (180, 64), logo, false);
        shop_x = 260;
    }
    if let Some(shop) = &voucher.shop {
        svg += &text(shop_x, 80, (30, false, false), MUTED, &clipped(shop, 34));
    }
    if let Some(logo) = &voucher.logo {
        svg += &image(860, 40, (280, 120), logo, false);
    }
    svg += &text(60, 190, (60, true, false), INK, &clipped(&voucher.brand, 30));
    svg += &text(60, 255, (42, false, false), INK, &clipped(&voucher.value, 36));
    let symbol = symbol(r);
    let qr = matches!(symbol, Some(Symbol::Qr(_)));
    // A QR code stands at the right; a linear barcode needs the width, below the codes.
    let width = if qr { 27 } else { 40 };
    let mut y = 335;
    for (label, value) in super::labelled(r, |id| crate::i18n::text(id, &[])) {
        if let Some(value) = value {
            svg += &text(60, y, (24, false, false), MUTED, &label);
            for line in wrapped(value, width) {
                svg += &text(170, y, (38, true, true), INK, &line);
                y += 46;
            }
            y += 12;
        }
    }
    if let Some(png) = symbol.as_ref().and_then(symbol_png) {
        if qr {
            svg += &image(830, 290, (310, 310), &png, true);
        } else {
            svg += &image(60, y - 20, (640, 120), &png, true);
            y += 130;
        }
    }
    let mut small = Vec::new();
    if let Some(link) = &r.link {
        small.push(tr!("desk-voucher-claim-at", link = link.as_str()));
    }
    if let Some(expires) = &voucher.expires {
        small.push(tr!("desk-voucher-valid-until", date = expires.as_str()));
    }
    small.extend(r.instructions.as_deref().map(|h| plain_lines(h, 70)).unwrap_or_default());
    let lines = small.iter().flat_map(|line| wrapped(line, if qr { 62 } else { 90 }));
    // The link and expiry first: the instructions' last lines are what gives way on a crowded card.
    for line in lines.take(usize::try_from(HEIGHT.saturating_sub(40 + y) / 30).unwrap_or(0)) {
        svg += &text(60, y, (22, false, false), MUTED, &line);
        y += 30;
    }
    svg + "</svg>\n"
}

/// Options that read images from `data:` URLs only: a provider's SVG logo is not trusted to name files.
fn options() -> Options<'static> {
    let mut options = Options { fontdb: fonts(), ..Options::default() };
    options.image_href_resolver.resolve_string = Box::new(|_, _| None);
    options
}

/// The card rendered to PNG.
pub(super) fn card_png(voucher: &Voucher) -> Result<Vec<u8>> {
    let svg = card_svg(voucher);
    let options = options();
    let tree = Tree::from_str(&svg, &options)
        .map_err(|e| Error::Internal(format!("the voucher's layout could not be read: {e}")))?;
    let mut pixmap =
        Pixmap::new(WIDTH, HEIGHT).ok_or_else(|| Error::Internal("no room to draw the voucher".into()))?;
    resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| Error::Internal(format!("the voucher could not be encoded as PNG: {e}")))
}

/// A vector logo (from the provider: untrusted) drawn as a PNG `width` pixels wide (the PDF holds raster images only).
pub(super) fn svg_logo_png(svg: &[u8], width: u32) -> Option<Vec<u8>> {
    let tree = Tree::from_data(svg, &options()).ok()?;
    let size = tree.size();
    let scale = width as f32 / size.width();
    // A logo is wider than tall; an absurd shape is cut at four times the width rather than allocated.
    let height = ((size.height() * scale).ceil() as u32).min(width * 4);
    let mut pixmap = Pixmap::new(width, height.max(1))?;
    resvg::render(&tree, Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_codes_and_links_wrap_and_are_never_cut() {
        assert_eq!(wrapped("ABCDEFGHIJ", 4), ["ABCD", "EFGH", "IJ"]);
        assert_eq!(
            wrapped("Claim at: https://x.example/abcdef", 12),
            ["Claim at:", "https://x.ex", "ample/abcdef"]
        );
        let text = "Claim at: https://redeem.example/0123456789abcdef0123456789abcdef";
        assert_eq!(wrapped(text, 20).concat().replace(' ', ""), text.replace(' ', ""));
        assert_eq!(escape("A\u{1}B & <C>"), "AB &amp; &lt;C&gt;");
    }
}
