//! A QR code for a link, as a grid of dark and light modules for the shell to draw.
//! Level M (about 15% of the code can be damaged and still read), the smallest version
//! that holds the link, and never above version 25: larger codes are hard for phones.

use qrcode::{EcLevel, QrCode, Version};

/// Phones' camera apps read codes up to about this version reliably.
pub const MAX_VERSION: i16 = 25;

/// A QR code: `width` × `width` modules, row by row, `true` for dark.
#[derive(Clone, Debug, PartialEq)]
pub struct QrImage {
    pub version: i16,
    pub width: usize,
    pub dark: Vec<bool>,
}

/// Why a link has no QR code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    /// More than a version 25 code at level M can hold: use the link or the file.
    TooBig,
}

pub fn qr_for(text: &str) -> Result<QrImage, QrError> {
    let code =
        QrCode::with_error_correction_level(text, EcLevel::M).map_err(|_| QrError::TooBig)?;
    let version = match code.version() {
        Version::Normal(v) if v <= MAX_VERSION => v,
        _ => return Err(QrError::TooBig),
    };
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Ok(QrImage {
        version,
        width: code.width(),
        dark,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_smallest_version_that_holds_the_link() {
        let small = qr_for("https://example.org/coplan/#/open/p1.AAAA").unwrap();
        assert!(small.version <= 4, "{}", small.version);
        assert_eq!(small.width, 17 + 4 * small.version as usize);
        assert_eq!(small.dark.len(), small.width * small.width);
    }

    #[test]
    fn a_link_too_long_for_a_readable_code_says_so() {
        // Version 25 at level M holds 997 bytes of a link.
        assert_eq!(qr_for(&"a".repeat(997)).map(|q| q.version), Ok(25));
        assert_eq!(qr_for(&"a".repeat(998)), Err(QrError::TooBig));
    }
}
