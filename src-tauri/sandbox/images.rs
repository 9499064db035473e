//! Deliverables that are only an image: an eSIM's activation QR code, a card's barcode. Served as real PNGs
//! (a QR code of the LPA string or the card code) so a client can fetch, seal and show them.
//!
//! The `image` crate is built here without PNG support, so the PNG is written by hand: 8-bit greyscale in
//! stored (uncompressed) deflate blocks, which every decoder reads. QR codes are small; size does not matter.

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
    Some(grey_png(side as u32, side as u32, &pixels))
}

/// Encodes 8-bit greyscale rows as a PNG.
pub fn grey_png(width: u32, height: u32, pixels: &[u8]) -> Vec<u8> {
    let mut raw = Vec::with_capacity(pixels.len() + height as usize);
    for row in pixels.chunks(width as usize) {
        raw.push(0); // filter: none
        raw.extend_from_slice(row);
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&width.to_be_bytes());
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 0, 0, 0, 0]); // depth 8, greyscale, deflate, no filter set, no interlace
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &zlib_stored(&raw));
    chunk(&mut png, b"IEND", &[]);
    png
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = png.len();
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let crc = crc32(&png[start..]);
    png.extend_from_slice(&crc.to_be_bytes());
}

/// A zlib stream of stored deflate blocks (at most 65,535 bytes each) and its Adler-32.
fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = if data.is_empty() { vec![&[][..]] } else { data.chunks(65_535).collect() };
    for (index, block) in blocks.iter().enumerate() {
        out.push(u8::from(index + 1 == blocks.len()));
        let len = block.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for byte in data {
        a = (a + u32::from(*byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    out.extend_from_slice(&((b << 16) | a).to_be_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for byte in data {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads back what `grey_png` wrote (stored blocks only): the modules must be the QR code's.
    fn decode(png: &[u8]) -> (usize, Vec<u8>) {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap()) as usize;
        let idat_len = u32::from_be_bytes(png[33..37].try_into().unwrap()) as usize;
        assert_eq!(&png[37..41], b"IDAT");
        let zlib = &png[41..41 + idat_len];
        let (mut at, mut raw) = (2, Vec::new());
        loop {
            let last = zlib[at] & 1 == 1;
            let len = u16::from_le_bytes([zlib[at + 1], zlib[at + 2]]) as usize;
            raw.extend_from_slice(&zlib[at + 5..at + 5 + len]);
            at += 5 + len;
            if last {
                break;
            }
        }
        let pixels = raw.chunks(width + 1).flat_map(|row| row[1..].to_vec()).collect();
        (width, pixels)
    }

    #[test]
    fn the_png_holds_the_qr_code() {
        let text = "LPA:1$smdp.sandbox.example$ACTIVATION-CODE";
        let png = qr_png(text).unwrap();
        let (side, pixels) = decode(&png);
        let code = QrCode::new(text).unwrap();
        assert_eq!(side, (code.width() + 2 * QUIET_MODULES) * MODULE_PX);
        for (index, color) in code.to_colors().iter().enumerate() {
            let (x, y) = (index % code.width() + QUIET_MODULES, index / code.width() + QUIET_MODULES);
            let pixel = pixels[(y * MODULE_PX + 1) * side + x * MODULE_PX + 1];
            assert_eq!(pixel == 0, *color == Color::Dark);
        }
        assert_eq!(crc32(b"IEND"), 0xae42_6082, "the well-known CRC of an empty IEND chunk");
    }
}
