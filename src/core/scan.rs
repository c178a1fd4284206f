//! What a camera picture holds: the QR codes in a grey picture, and what each one
//! means to CoPlan — a plan's link, a frame of an animated code, or nothing of ours.
//! Pure, so the decoding is tested on the host with codes the app itself draws.

use super::frames::{self, Frame};

/// A code read from the camera.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seen {
    /// A link to a plan: its part after `#/open/`, as a tapped link would give it.
    Link(String),
    /// One frame of an animated code.
    Frame(Frame),
    /// A code, but not one of CoPlan's (a web address, a ticket…).
    Other,
}

/// The largest picture decoded (the shell scales the camera's picture to fit).
pub const MAX_PIXELS: usize = 1280 * 960;

/// The texts of the QR codes in a grey picture (one byte a pixel, row by row).
pub fn read_codes(grey: &[u8], width: usize, height: usize) -> Vec<String> {
    if width == 0 || height == 0 || width * height > MAX_PIXELS || grey.len() < width * height {
        return vec![];
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// What a code's text means to CoPlan.
pub fn seen(text: &str) -> Seen {
    if let Some(frame) = frames::read(text) {
        return Seen::Frame(frame);
    }
    match text.split_once("#/open/") {
        Some((_, payload)) if super::link::read(payload).is_ok() => Seen::Link(payload.to_string()),
        _ => Seen::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::qr::{qr_for, QrImage};

    /// The code drawn as a camera might see it: `scale` pixels a module, a quiet zone,
    /// on a grey background, a little off white and black.
    pub(crate) fn picture(code: &QrImage, scale: usize) -> (Vec<u8>, usize, usize) {
        let side = (code.width + 8) * scale + 40;
        let mut grey = vec![200u8; side * side];
        for y in 0..code.width * scale {
            for x in 0..code.width * scale {
                let dark = code.dark[(y / scale) * code.width + x / scale];
                grey[(y + 20 + 4 * scale) * side + x + 20 + 4 * scale] =
                    if dark { 30 } else { 230 };
            }
        }
        (grey, side, side)
    }

    #[test]
    fn a_code_the_app_draws_is_read_back() {
        let text = "https://example.org/#/open/Q2.ABC";
        let (grey, w, h) = picture(&qr_for(text).unwrap(), 4);
        assert_eq!(read_codes(&grey, w, h), vec![text.to_string()]);
        assert_eq!(seen(text), Seen::Link("Q2.ABC".into()));
    }

    #[test]
    fn a_frame_is_read_back_as_a_frame() {
        let frames = frames::Frames::new(&[7u8; 900], false).unwrap();
        let text = frames.frame(5);
        let (grey, w, h) = picture(&qr_for(&text).unwrap(), 4);
        let read = read_codes(&grey, w, h);
        assert_eq!(read, vec![text.clone()]);
        assert!(matches!(seen(&read[0]), Seen::Frame(f) if f.sequence == 5));
    }

    #[test]
    fn other_codes_and_pictures_are_nothing_of_ours() {
        assert_eq!(seen("https://example.org/tickets/42"), Seen::Other);
        assert_eq!(seen("https://example.org/#/open/p9.AAAA"), Seen::Other);
        assert!(read_codes(&vec![128u8; 100 * 100], 100, 100).is_empty());
        assert!(
            read_codes(&[0u8; 10], 100, 100).is_empty(),
            "too few pixels"
        );
    }
}

#[cfg(test)]
mod damaged {
    use super::*;
    use crate::core::qr::qr_for;

    #[test]
    fn a_code_with_half_its_dark_modules_gone_reads_as_nothing_and_quickly() {
        let frames = frames::Frames::new(&[9u8; 3000], false).unwrap();
        let mut code = qr_for(&frames.frame(2)).unwrap();
        let mut n = 0;
        for d in code.dark.iter_mut().filter(|d| **d) {
            n += 1;
            if n % 2 == 1 {
                *d = false;
            }
        }
        let (grey, w, h) = tests::picture(&code, 4);
        let started = std::time::Instant::now();
        let read = read_codes(&grey, w, h);
        assert!(read.iter().all(|t| frames::read(t).is_none()), "{read:?}");
        assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
    }
}

#[cfg(test)]
mod corrected {
    use super::*;
    use crate::core::qr::qr_for;

    /// A code with some modules wrong (a smudge, a reflection) is still read: rqrr's
    /// error correction, through the Galois fields CoPlan gives it (src/vendor/g2p).
    #[test]
    fn a_code_with_a_few_wrong_modules_is_corrected() {
        let text = "https://example.org/#/open/Q2.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let mut code = qr_for(text).unwrap();
        let w = code.width;
        // A small blot in the lower right, away from the finder patterns.
        for y in w - 12..w - 9 {
            for x in w - 12..w - 9 {
                let d = &mut code.dark[y * w + x];
                *d = !*d;
            }
        }
        let (grey, pw, ph) = tests::picture(&code, 4);
        assert_eq!(read_codes(&grey, pw, ph), vec![text.to_string()]);
    }
}

#[cfg(test)]
mod odd_pictures {
    use super::*;

    /// A finder pattern (the three squares in a code's corners) drawn at `(x, y)`.
    fn finder(grey: &mut [u8], w: usize, x: usize, y: usize, (mx, my): (usize, usize)) {
        for dy in 0..7 * my {
            for dx in 0..7 * mx {
                let (i, j) = (dx / mx, dy / my);
                let ring = i.min(j).min(6 - i).min(6 - j);
                let dark = ring != 1;
                if let Some(p) = grey.get_mut((y + dy) * w + x + dx) {
                    *p = if dark { 20 } else { 235 };
                }
            }
        }
    }

    /// Camera pictures hold all sorts: three corner squares in a line, on top of each
    /// other, of different sizes, at the edges. Reading them finds nothing, and never
    /// panics (a panic stops the whole app, camera on).
    #[test]
    fn odd_arrangements_of_corner_squares_never_stop_the_app() {
        let (w, h) = (240, 200);
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..300 {
            let mut grey = vec![200u8; w * h];
            for _ in 0..3 + next(3) {
                // Squashed, stretched or square, as a tilted screen may show them.
                let m = (1 + next(6), 1 + next(6));
                let (x, y) = (next(w), next(h));
                finder(&mut grey, w, x.min(w - 7 * m.0), y.min(h - 7 * m.1), m);
            }
            let _ = read_codes(&grey, w, h);
        }
    }
}
