//! The shop's own logo, printed on its vouchers: chosen in Settings, kept beside the settings as a PNG at
//! most 600 px wide. It is decoded and drawn again before it is kept, so a file that is not an image (or one
//! too large to be a logo) is refused naming `shop_logo`, and what is kept is always a plain PNG.

use std::io::Cursor;

use super::Desk;
use crate::error::{Error, Result};
use crate::tr;

const FILE: &str = "shop-logo.png";
const MAX_BYTES: usize = 5 * 1024 * 1024;
const MAX_WIDTH: u32 = 600;

impl Desk {
    /// Keeps `image` (PNG, JPEG or WebP) as the shop's logo, or with `None` removes it.
    pub fn set_shop_logo(&self, image: Option<&[u8]>) -> Result<()> {
        let path = self.settings.beside(FILE);
        let Some(bytes) = image else {
            return match std::fs::remove_file(&path) {
                Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                    Err(Error::io(tr!("files-could-not-remove", path = path.display().to_string()), error))
                }
                _ => Ok(()),
            };
        };
        if bytes.len() > MAX_BYTES {
            return Err(Error::invalid("shop_logo", tr!("desk-logo-too-large")));
        }
        let decoded = image::load_from_memory(bytes)
            .map_err(|_| Error::invalid("shop_logo", tr!("desk-logo-not-image")))?;
        let fitted = if decoded.width() > MAX_WIDTH {
            decoded.resize(MAX_WIDTH, u32::MAX, image::imageops::FilterType::Lanczos3)
        } else {
            decoded
        };
        let mut png = Vec::new();
        fitted
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .map_err(|e| Error::Internal(format!("the logo could not be encoded: {e}")))?;
        let temporary = path.with_extension("png.tmp");
        std::fs::write(&temporary, &png).map_err(|e| {
            Error::io(tr!("files-could-not-write", path = temporary.display().to_string()), e)
        })?;
        std::fs::rename(&temporary, &path)
            .map_err(|e| Error::io(tr!("files-could-not-replace", path = path.display().to_string()), e))
    }

    /// The shop's logo as kept (a PNG), when there is one.
    pub fn shop_logo(&self) -> Option<Vec<u8>> {
        std::fs::read(self.settings.beside(FILE)).ok()
    }
}
