//! Logos scaled down to the size they are shown at. Bitrefill's CDN pattern has one size, 720×432, and the
//! catalog shows it at 96×58: the web view would decode and keep 1.2 MiB of pixels per logo (a screen holds
//! dozens) to draw 22 KiB of them. A logo larger than its place is scaled once, the first time it is shown,
//! and the smaller copy is cached beside the original (`logos`).

use std::io::Cursor;

use image::codecs::webp::WebPEncoder;
use image::{DynamicImage, ImageReader, Limits};

/// Larger than any logo; a header claiming more is refused before anything is allocated for it.
const MAX_SIDE: u32 = 8192;
const MAX_ALLOC: u64 = 256 * 1024 * 1024;

/// Whether `bytes` is an image this build decodes that is larger than `bounds`: read from its header alone,
/// so a logo that already fits costs nothing more.
pub fn is_larger(bytes: &[u8], bounds: (u32, u32)) -> bool {
    let size = reader(bytes).and_then(|reader| reader.into_dimensions().ok());
    size.is_some_and(|(width, height)| width > bounds.0 || height > bounds.1)
}

/// `bytes` scaled to fit within `bounds`, proportions kept, as lossless WebP. `None` when the image already
/// fits, or is not one this build decodes (SVG, GIF): then the original is shown as it is.
pub fn fit(bytes: &[u8], bounds: (u32, u32)) -> Option<Vec<u8>> {
    if !is_larger(bytes, bounds) {
        return None;
    }
    let image = reader(bytes)?.decode().ok()?.thumbnail(bounds.0, bounds.1);
    // WebP takes 8-bit RGB or RGBA; alpha is kept only where the logo has it.
    let image = if image.color().has_alpha() {
        DynamicImage::ImageRgba8(image.to_rgba8())
    } else {
        DynamicImage::ImageRgb8(image.to_rgb8())
    };
    let mut out = Vec::new();
    image.write_with_encoder(WebPEncoder::new_lossless(&mut out)).ok()?;
    Some(out)
}

fn reader(bytes: &[u8]) -> Option<ImageReader<Cursor<&[u8]>>> {
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().ok()?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    Some(reader)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

    fn encoded(image: &DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, format).unwrap();
        out.into_inner()
    }

    fn dimensions(bytes: &[u8]) -> (u32, u32) {
        reader(bytes).unwrap().into_dimensions().unwrap()
    }

    #[test]
    fn a_bitrefill_sized_logo_shrinks_to_its_place_keeping_proportions_and_colour() {
        let logo = encoded(&RgbImage::from_pixel(720, 432, Rgb([200, 30, 40])).into(), ImageFormat::WebP);
        let scaled = fit(&logo, (300, 190)).expect("720×432 is larger than the grid");
        assert_eq!(dimensions(&scaled), (300, 180));
        let pixels = image::load_from_memory(&scaled).unwrap().to_rgb8();
        assert_eq!(pixels.get_pixel(150, 90), &Rgb([200, 30, 40]));
        let from_jpeg = encoded(&RgbImage::new(1000, 636).into(), ImageFormat::Jpeg);
        assert_eq!(dimensions(&fit(&from_jpeg, (500, 318)).unwrap()), (500, 318));
    }

    #[test]
    fn transparency_survives_and_small_or_unknown_images_are_left_alone() {
        let clear = encoded(&RgbaImage::from_pixel(600, 380, Rgba([0, 0, 0, 0])).into(), ImageFormat::WebP);
        let scaled = image::load_from_memory(&fit(&clear, (300, 190)).unwrap()).unwrap();
        assert!(scaled.color().has_alpha());
        assert_eq!(scaled.to_rgba8().get_pixel(10, 10)[3], 0);
        let small = encoded(&RgbImage::new(300, 190).into(), ImageFormat::WebP);
        assert_eq!(fit(&small, (300, 190)), None);
        assert_eq!(fit(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>", (300, 190)), None);
        assert_eq!(fit(b"RIFF\0\0\0\0WEBPVP8L", (300, 190)), None, "a truncated header");
    }
}
