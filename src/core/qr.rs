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
    Ok(image(&code, version))
}

/// A code for a link in two parts: the address up to the plan (any characters, 8 bits
/// each) and the plan in QR characters (`link::encode_for_qr`, 5.5 bits each), so a
/// plan a third larger fits the same code.
pub fn qr_for_parts(address: &str, qr_text: &str) -> Result<QrImage, QrError> {
    use qrcode::bits::Bits;
    for v in 1..=MAX_VERSION {
        let mut bits = Bits::new(Version::Normal(v));
        let fits = bits.push_byte_data(address.as_bytes()).is_ok()
            && bits.push_alphanumeric_data(qr_text.as_bytes()).is_ok()
            && bits.push_terminator(EcLevel::M).is_ok();
        // Only a fitting message may be handed on: qrcode asserts it, and a panic
        // would stop the app.
        if fits {
            if let Ok(code) = QrCode::with_bits(bits, EcLevel::M) {
                return Ok(image(&code, v));
            }
        }
    }
    Err(QrError::TooBig)
}

/// The smallest version (at level M, up to 40) that would hold a link in two parts, for
/// the benchmark and the tests: `None` beyond version 40.
pub fn version_for(address: &str, qr_text: &str) -> Option<i16> {
    use qrcode::bits::Bits;
    (1..=40).find(|v| {
        let mut bits = Bits::new(Version::Normal(*v));
        bits.push_byte_data(address.as_bytes()).is_ok()
            && bits.push_alphanumeric_data(qr_text.as_bytes()).is_ok()
            && bits.push_terminator(EcLevel::M).is_ok()
    })
}

fn image(code: &QrCode, version: i16) -> QrImage {
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    QrImage {
        version,
        width: code.width(),
        dark,
    }
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
    fn the_plan_in_qr_characters_fits_a_third_more() {
        let address = "https://example.org/coplan/#/open/";
        let bytes: Vec<u8> = (0..800u32).map(|i| (i * 37) as u8).collect();
        let base64 = format!("{address}{}", crate::core::link::encode(&bytes));
        let qr_text = crate::core::link::encode_for_qr(&crate::core::link::Payload::Packed(bytes));
        assert_eq!(
            qr_for(&base64).map(|q| q.version),
            Err(QrError::TooBig),
            "800 bytes as base64 do not fit"
        );
        let compact = qr_for_parts(address, &qr_text).unwrap();
        assert!(compact.version <= 25, "{}", compact.version);
    }

    #[test]
    fn a_plan_too_big_even_in_qr_characters_says_so_and_never_panics() {
        let bytes: Vec<u8> = (0..3000u32).map(|i| (i * 7) as u8).collect();
        let text = crate::core::link::encode_for_qr(&crate::core::link::Payload::Packed(bytes));
        assert_eq!(
            qr_for_parts("https://example.org/#/open/", &text).map(|q| q.version),
            Err(QrError::TooBig)
        );
    }

    #[test]
    fn a_link_too_long_for_a_readable_code_says_so() {
        // Version 25 at level M holds 997 bytes of a link.
        assert_eq!(qr_for(&"a".repeat(997)).map(|q| q.version), Ok(25));
        assert_eq!(qr_for(&"a".repeat(998)), Err(QrError::TooBig));
    }
}
