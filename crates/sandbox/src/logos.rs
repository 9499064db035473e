//! Brand logos in every documented variant, drawn here: the brand colour with its initials.
//! Cryptorefills: `/logos_v2/{slug}[_500x318|_300x190].{webp|jpg}`; Bitrefill: `/primg/{size}/{id}.webp`.

use std::collections::HashMap;
use std::io::Cursor;
use std::sync::Mutex;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use image::{ImageFormat, Rgb, RgbImage};

use super::world::Shared;

const FULL: (u32, u32) = (1000, 636);
const CACHE_LIMIT: usize = 512;

/// 5×7 glyphs for the initials, one row per string.
fn glyph(c: char) -> [&'static str; 7] {
    match c {
        'A' => [" ### ", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"],
        'B' => ["#### ", "#   #", "#   #", "#### ", "#   #", "#   #", "#### "],
        'C' => [" ####", "#    ", "#    ", "#    ", "#    ", "#    ", " ####"],
        'D' => ["#### ", "#   #", "#   #", "#   #", "#   #", "#   #", "#### "],
        'E' => ["#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"],
        'F' => ["#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#    "],
        'G' => [" ####", "#    ", "#    ", "#  ##", "#   #", "#   #", " ####"],
        'H' => ["#   #", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"],
        'I' => ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "#####"],
        'J' => ["  ###", "   # ", "   # ", "   # ", "#  # ", "#  # ", " ##  "],
        'K' => ["#   #", "#  # ", "# #  ", "##   ", "# #  ", "#  # ", "#   #"],
        'L' => ["#    ", "#    ", "#    ", "#    ", "#    ", "#    ", "#####"],
        'M' => ["#   #", "## ##", "# # #", "#   #", "#   #", "#   #", "#   #"],
        'N' => ["#   #", "##  #", "# # #", "#  ##", "#   #", "#   #", "#   #"],
        'O' => [" ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "],
        'P' => ["#### ", "#   #", "#   #", "#### ", "#    ", "#    ", "#    "],
        'Q' => [" ### ", "#   #", "#   #", "#   #", "# # #", "#  # ", " ## #"],
        'R' => ["#### ", "#   #", "#   #", "#### ", "# #  ", "#  # ", "#   #"],
        'S' => [" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "],
        'T' => ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "],
        'U' => ["#   #", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "],
        'V' => ["#   #", "#   #", "#   #", "#   #", "#   #", " # # ", "  #  "],
        'W' => ["#   #", "#   #", "#   #", "# # #", "# # #", "## ##", "#   #"],
        'X' => ["#   #", "#   #", " # # ", "  #  ", " # # ", "#   #", "#   #"],
        'Y' => ["#   #", "#   #", " # # ", "  #  ", "  #  ", "  #  ", "  #  "],
        'Z' => ["#####", "    #", "   # ", "  #  ", " #   ", "#    ", "#####"],
        _ => [" ### ", "#   #", "   # ", "  #  ", "  #  ", "     ", "  #  "],
    }
}

fn colour(hex: &str) -> Rgb<u8> {
    let value = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0x33_41_55);
    Rgb([(value >> 16) as u8, (value >> 8) as u8, value as u8])
}

pub fn initials(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.chars().next().is_some_and(char::is_alphabetic))
        .take(2)
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

pub fn draw(name: &str, bg: &str, (width, height): (u32, u32)) -> RgbImage {
    let mut image = RgbImage::from_pixel(width, height, colour(bg));
    let letters: Vec<char> = initials(name).chars().collect();
    let cell = (height / 14).max(1);
    let text_width = letters.len() as u32 * 6 * cell;
    let (left, top) = (width.saturating_sub(text_width) / 2, height.saturating_sub(7 * cell) / 2);
    for (index, letter) in letters.iter().enumerate() {
        for (row, bits) in glyph(*letter).iter().enumerate() {
            for (col, bit) in bits.chars().enumerate() {
                if bit != '#' {
                    continue;
                }
                let x0 = left + (index as u32 * 6 + col as u32) * cell;
                let y0 = top + row as u32 * cell;
                for y in y0..(y0 + cell).min(height) {
                    for x in x0..(x0 + cell).min(width) {
                        image.put_pixel(x, y, Rgb([255, 255, 255]));
                    }
                }
            }
        }
    }
    image
}

fn encode(image: &RgbImage, format: ImageFormat) -> Option<Vec<u8>> {
    let mut bytes = Cursor::new(Vec::new());
    image.write_to(&mut bytes, format).ok()?;
    Some(bytes.into_inner())
}

/// Generated files, kept so a grid of logos is drawn once.
#[derive(Debug, Default)]
pub struct LogoCache(Mutex<HashMap<String, Bytes>>);

fn serve(shared: &Shared, key: String, make: impl FnOnce() -> Option<(Vec<u8>, &'static str)>) -> Response {
    let cache = &shared.0.logos;
    if let Some(bytes) = cache.0.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return respond(bytes, if key.ends_with(".jpg") { "image/jpeg" } else { "image/webp" });
    }
    let Some((bytes, mime)) = make() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let bytes = Bytes::from(bytes);
    if let Ok(mut cache) = cache.0.lock() {
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key, bytes.clone());
    }
    respond(bytes, mime)
}

fn respond(bytes: Bytes, mime: &'static str) -> Response {
    ([(header::CONTENT_TYPE, mime), (header::CACHE_CONTROL, "public, max-age=86400")], bytes).into_response()
}

/// `/logos_v2/{slug}.webp`, `{slug}_500x318.jpg`, …
pub async fn cryptorefills(State(shared): State<Shared>, Path(file): Path<String>) -> Response {
    let Some((stem, extension)) = file.rsplit_once('.') else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let format = match extension {
        "webp" => (ImageFormat::WebP, "image/webp"),
        "jpg" | "jpeg" => (ImageFormat::Jpeg, "image/jpeg"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let (slug, size) = match stem.rsplit_once('_') {
        Some((slug, "500x318")) => (slug, (500, 318)),
        Some((slug, "300x190")) => (slug, (300, 190)),
        _ => (stem, FULL),
    };
    let found = shared.with_world(|w| {
        w.catalog
            .families
            .values()
            .flatten()
            .find(|f| f.logo_slug == slug)
            .map(|f| (f.family.clone(), f.bg_color))
    });
    let (name, bg) = found.unwrap_or_else(|| (slug.replace('-', " "), "#334155"));
    serve(&shared, file.clone(), || encode(&draw(&name, bg, size), format.0).map(|b| (b, format.1)))
}

/// Bitrefill's CDN convention: `/primg/w720h432/{image}.webp`.
pub async fn bitrefill(
    State(shared): State<Shared>,
    Path((_size, file)): Path<(String, String)>,
) -> Response {
    let Some(id) = file.strip_suffix(".webp") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(name) = shared.with_world(|w| w.catalog.product(id).map(|p| p.brand.clone())) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let bg = super::markets::BRAND_COLOURS[name.len() % super::markets::BRAND_COLOURS.len()];
    serve(&shared, format!("primg/{file}"), || {
        encode(&draw(&name, bg, (720, 432)), ImageFormat::WebP).map(|b| (b, "image/webp"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_come_from_the_first_two_words() {
        assert_eq!(initials("Nova Market"), "NM");
        assert_eq!(initials("eSIM"), "E");
        assert_eq!(initials("PayWallet US"), "PU");
    }

    #[test]
    fn draws_white_initials_on_the_brand_colour() {
        let image = draw("Nova Market", "#0f766e", (300, 190));
        assert_eq!(image.dimensions(), (300, 190));
        assert_eq!(*image.get_pixel(0, 0), Rgb([0x0f, 0x76, 0x6e]));
        assert!(image.pixels().any(|p| *p == Rgb([255, 255, 255])));
        assert!(encode(&image, ImageFormat::WebP).is_some_and(|b| b.starts_with(b"RIFF")));
        assert!(encode(&image, ImageFormat::Jpeg).is_some_and(|b| b.starts_with(&[0xff, 0xd8])));
    }
}
