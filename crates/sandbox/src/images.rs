//! Deliverables that are only an image: an eSIM's activation QR code, a card's barcode. Served as real PNGs
//! (a QR code of the LPA string or the card code) so a client can fetch, seal and show them.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use qrcode::{Color, QrCode};

use super::catalog::Kind;
use super::world::Shared;

const MODULE_PX: usize = 6;
const QUIET_MODULES: usize = 4;

/// `GET /images/{qr|barcode}/{delivery_id}.png` on the Cryptorefills listener: no partner headers needed,
/// as the URL is handed to whoever shows the image.
pub async fn deliverable(
    State(shared): State<Shared>,
    Path((kind, file)): Path<(String, String)>,
) -> Response {
    let (Some(id), Some(kind)) = (file.strip_suffix(".png"), kind_of(&kind)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let payload = shared.with_world(|world| {
        world
            .cr_orders
            .iter()
            .flat_map(|o| o.deliveries.iter())
            .find(|d| d.id == id && (d.kind == Kind::Esim) == (kind == "qr"))
            .and_then(|d| d.image_payload.clone())
    });
    match payload.and_then(|text| qr_png(&text)) {
        Some(png) => ([(header::CONTENT_TYPE, "image/png")], png).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

fn kind_of(word: &str) -> Option<&'static str> {
    match word {
        "qr" => Some("qr"),
        "barcode" => Some("barcode"),
        _ => None,
    }
}

/// A PNG of the QR code encoding `text`, dark modules black on white with the standard quiet zone.
pub fn qr_png(text: &str) -> Option<Vec<u8>> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let side = (width + 2 * QUIET_MODULES) * MODULE_PX;
    let mut pixels = vec![255u8; side * side];
    for (index, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (mx, my) = (index % width + QUIET_MODULES, index / width + QUIET_MODULES);
        for y in my * MODULE_PX..(my + 1) * MODULE_PX {
            pixels[y * side + mx * MODULE_PX..y * side + (mx + 1) * MODULE_PX].fill(0);
        }
    }
    let image = image::GrayImage::from_raw(side as u32, side as u32, pixels)?;
    let mut png = std::io::Cursor::new(Vec::new());
    image.write_to(&mut png, image::ImageFormat::Png).ok()?;
    Some(png.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_png_holds_the_qr_code() {
        let text = "LPA:1$smdp.sandbox.example$ACTIVATION-CODE";
        let png = qr_png(text).unwrap();
        let decoded = image::load_from_memory_with_format(&png, image::ImageFormat::Png).unwrap().to_luma8();
        let (side, pixels) = (decoded.width() as usize, decoded.into_raw());
        let code = QrCode::new(text).unwrap();
        assert_eq!(side, (code.width() + 2 * QUIET_MODULES) * MODULE_PX);
        for (index, color) in code.to_colors().iter().enumerate() {
            let (x, y) = (index % code.width() + QUIET_MODULES, index / code.width() + QUIET_MODULES);
            let pixel = pixels[(y * MODULE_PX + 1) * side + x * MODULE_PX + 1];
            assert_eq!(pixel == 0, *color == Color::Dark);
        }
    }
}
