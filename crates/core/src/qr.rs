//! QR codes drawn here, so what a phone scans is exactly the text Giftdesk holds: a payment URI, or an
//! eSIM's activation string redrawn at a size a phone camera reads from a screen.

use std::io::Cursor;

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white around the code, as the QR standard asks.
const QUIET_MODULES: u32 = 4;

/// The code as SVG (for payment addresses and URIs), at least 220 px a side.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(220, 220)
            .quiet_zone(true)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
}

/// The code as a PNG at least `min_side` pixels square, each module a whole number of pixels, black on white
/// with its quiet zone: sharp at any zoom (the window scales it without smoothing) and decodable by any reader.
pub fn qr_png(text: &str, min_side: u32) -> Option<Vec<u8>> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = u32::try_from(code.width()).ok()?;
    let colors = code.to_colors();
    let module_px = min_side.div_ceil(width + 2 * QUIET_MODULES).max(1);
    let side = (width + 2 * QUIET_MODULES) * module_px;
    let image = image::GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (x / module_px, y / module_px);
        let inside = (QUIET_MODULES..QUIET_MODULES + width).contains(&mx)
            && (QUIET_MODULES..QUIET_MODULES + width).contains(&my);
        let dark =
            inside && colors[((my - QUIET_MODULES) * width + (mx - QUIET_MODULES)) as usize] == Color::Dark;
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut png = Vec::new();
    image.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png).ok()?;
    Some(png)
}

/// The text of the QR code in an image (PNG, JPEG or WebP), if one can be read.
pub fn read_qr(bytes: &[u8]) -> Option<String> {
    let grey = image::load_from_memory(bytes).ok()?.to_luma8();
    let (width, height) = (grey.width() as usize, grey.height() as usize);
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        grey.get_pixel(x as u32, y as u32)[0]
    });
    prepared.detect_grids().iter().find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawn_code_reads_back_as_its_text() {
        let lpa = "LPA:1$smdp.example.com$K2-ABCDEF-123456";
        let png = qr_png(lpa, 300).unwrap();
        assert_eq!(read_qr(&png).as_deref(), Some(lpa));
        assert!(qr_svg(lpa).unwrap().starts_with("<?xml"));
    }
}
