//! An animated code: a message too big for one QR code, as an endless run of numbered
//! frames, each a small code, cycling on the sending screen while the receiving camera
//! collects them in any order.
//!
//! Fountain-coded, after Blockchain Commons' multi-part UR: the first frames each carry
//! one fragment of the message; every later frame carries several fragments XORed
//! together, chosen by a generator both sides seed alike. Any large enough set of frames
//! rebuilds the message, so a missed frame costs one more, never a full cycle. Unlike
//! UR, a frame is written in the QR characters `link` uses (5.5 bits a byte rather than
//! bytewords' 11), needs no CBOR or SHA-256 in the download, and carries its own
//! checksum, so a misread frame is skipped rather than spoiling the message (see
//! ARCHITECTURE.md). Every frame names its message by the message's checksum: a frame
//! of another message is never mixed in.

use super::link;

/// Marks a frame's text: version 1 of CoPlan's animated codes.
pub const PREFIX: &str = "CP1.";
/// Bytes of the message in one frame: its code stays near version 13 at level M, which
/// a webcam reads across a desk.
pub const FRAGMENT: usize = 280;
/// More fragments than this (a minute at five frames a second) is a file's work.
pub const MAX_FRAGMENTS: usize = 240;

/// What a frame says about its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The message's checksum: which message the frame belongs to.
    pub message: u32,
    /// Whether the message is sealed with a passphrase.
    pub sealed: bool,
    pub length: usize,
    pub fragments: usize,
    /// 1, 2, …: frames up to `fragments` carry one fragment each, later ones a mix.
    pub sequence: u32,
    pub data: Vec<u8>,
}

/// A message cut into frames: `frame(n)` for any n ≥ 1.
#[derive(Clone, Debug, PartialEq)]
pub struct Frames {
    message: Vec<u8>,
    checksum: u32,
    sealed: bool,
    fragments: usize,
}

/// Why a message cannot be an animated code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FramesError {
    /// More than a minute of frames: a file serves better.
    TooBig,
}

impl Frames {
    /// `message`: the bytes a link would carry (packed, or sealed).
    pub fn new(message: &[u8], sealed: bool) -> Result<Self, FramesError> {
        let fragments = message.len().div_ceil(FRAGMENT).max(1);
        if fragments > MAX_FRAGMENTS {
            return Err(FramesError::TooBig);
        }
        Ok(Frames {
            message: message.to_vec(),
            checksum: crc32(message),
            sealed,
            fragments,
        })
    }

    pub fn fragments(&self) -> usize {
        self.fragments
    }

    /// The text of frame `sequence` (1 and up), in QR characters.
    pub fn frame(&self, sequence: u32) -> String {
        let size = self.message.len().div_ceil(self.fragments);
        let mut data = vec![0u8; size];
        for i in chosen(self.checksum, sequence, self.fragments) {
            let from = i * size;
            let part =
                &self.message[from.min(self.message.len())..(from + size).min(self.message.len())];
            data.iter_mut().zip(part).for_each(|(d, p)| *d ^= p);
        }
        let frame = Frame {
            message: self.checksum,
            sealed: self.sealed,
            length: self.message.len(),
            fragments: self.fragments,
            sequence,
            data,
        };
        write(&frame)
    }
}

/// A frame's text for its bytes.
fn write(f: &Frame) -> String {
    let mut bytes = f.message.to_be_bytes().to_vec();
    bytes.push(u8::from(f.sealed));
    for n in [f.length as u64, f.fragments as u64, u64::from(f.sequence)] {
        varint(&mut bytes, n);
    }
    bytes.extend(&f.data);
    let check = crc32(&bytes);
    bytes.extend(check.to_be_bytes());
    let qr = link::encode_for_qr(&link::Payload::Packed(bytes));
    format!("{PREFIX}{}", &qr[link::QR_PREFIX.len()..])
}

/// A frame read from a code's text: `None` for anything else, or a damaged frame.
pub fn read(text: &str) -> Option<Frame> {
    let body = text.trim().strip_prefix(PREFIX)?;
    let Ok(link::Payload::Packed(bytes)) = link::read(&format!("{}{body}", link::QR_PREFIX)) else {
        return None;
    };
    let (content, check) = bytes.split_at(bytes.len().checked_sub(4)?);
    if crc32(content).to_be_bytes() != check {
        return None;
    }
    let (head, mut rest) = content.split_at_checked(5)?;
    let message = u32::from_be_bytes(head[..4].try_into().ok()?);
    let sealed = match head[4] {
        0 => false,
        1 => true,
        _ => return None,
    };
    let mut next = || read_varint(&mut rest);
    let (length, fragments, sequence) = (next()?, next()?, next()?);
    let fragments = usize::try_from(fragments).ok()?;
    let length = usize::try_from(length).ok()?;
    if fragments == 0 || fragments > MAX_FRAGMENTS || rest.len() != length.div_ceil(fragments) {
        return None;
    }
    Some(Frame {
        message,
        sealed,
        length,
        fragments,
        sequence: u32::try_from(sequence).ok()?,
        data: rest.to_vec(),
    })
}

/// The receiving side: frames in any order, until a message is whole. Frames of
/// different messages (another plan's code in view) are collected apart, never mixed;
/// the first message to be whole is the one opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Collector {
    messages: Vec<OneMessage>,
}

/// The frames of one message so far.
#[derive(Clone, Debug, PartialEq)]
struct OneMessage {
    key: (u32, bool, usize, usize),
    solved: Vec<Option<Vec<u8>>>,
    /// Frames that mix fragments not all known yet: which, and their XOR.
    mixed: Vec<(Vec<usize>, Vec<u8>)>,
    seen: std::collections::BTreeSet<u32>,
}

/// What a frame did for the collector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Collected {
    /// Part of the message most read so far: how many of its fragments are known.
    Progress { known: usize, of: usize },
    /// The whole message, checked: its bytes and whether it is sealed.
    Whole { message: Vec<u8>, sealed: bool },
}

/// At most this many messages are collected at once (a stray code or two in view).
const MAX_MESSAGES: usize = 4;

impl Collector {
    pub fn take(&mut self, frame: Frame) -> Collected {
        let key = (frame.message, frame.sealed, frame.length, frame.fragments);
        let at = match self.messages.iter().position(|m| m.key == key) {
            Some(at) => at,
            None => {
                if self.messages.len() >= MAX_MESSAGES {
                    self.messages.remove(0);
                }
                self.messages.push(OneMessage {
                    key,
                    solved: vec![None; frame.fragments],
                    mixed: vec![],
                    seen: Default::default(),
                });
                self.messages.len() - 1
            }
        };
        let one = &mut self.messages[at];
        if one.seen.insert(frame.sequence) {
            let which = chosen(frame.message, frame.sequence, frame.fragments);
            one.mixed.push((which, frame.data));
            one.reduce();
        }
        if one.solved.iter().all(Option::is_some) {
            let mut message: Vec<u8> = one.solved.iter().flatten().flatten().copied().collect();
            message.truncate(frame.length);
            if crc32(&message) == frame.message {
                return Collected::Whole {
                    message,
                    sealed: frame.sealed,
                };
            }
            // Cannot happen with checked frames; start this message again, never open damage.
            self.messages.remove(at);
        }
        let (known, of) = self
            .messages
            .iter()
            .map(|m| {
                (
                    m.solved.iter().filter(|s| s.is_some()).count(),
                    m.solved.len(),
                )
            })
            .max_by_key(|(known, _)| *known)
            .unwrap_or((0, frame.fragments));
        Collected::Progress { known, of }
    }

    /// Whether frames of more than one message were seen (one was left out).
    pub fn saw_another(&self) -> bool {
        self.messages.len() > 1
    }
}

impl OneMessage {
    /// Peels: takes known fragments out of every mixed frame; a frame left with one
    /// unknown fragment gives it; repeats until nothing changes.
    fn reduce(&mut self) {
        loop {
            let mut progress = false;
            for (which, data) in &mut self.mixed {
                which.retain(|i| match &self.solved[*i] {
                    Some(known) => {
                        data.iter_mut().zip(known).for_each(|(d, k)| *d ^= k);
                        false
                    }
                    None => true,
                });
                if let [only] = which.as_slice() {
                    self.solved[*only] = Some(data.clone());
                    which.clear();
                    progress = true;
                }
            }
            self.mixed.retain(|(which, _)| !which.is_empty());
            if !progress {
                return;
            }
        }
    }
}

/// The fragments frame `sequence` carries: one each for the first frames, then a
/// random few (fewer more often, as in UR), the same on both sides.
fn chosen(checksum: u32, sequence: u32, fragments: usize) -> Vec<usize> {
    let n = sequence as usize;
    if (1..=fragments).contains(&n) {
        return vec![n - 1];
    }
    let mut rng = Rng::new(u64::from(checksum) << 32 | u64::from(sequence));
    // Degree d with weight 1/d.
    let total: f64 = (1..=fragments).map(|d| 1.0 / d as f64).sum();
    let mut pick = rng.unit() * total;
    let mut degree = fragments;
    for d in 1..=fragments {
        pick -= 1.0 / d as f64;
        if pick <= 0.0 {
            degree = d;
            break;
        }
    }
    let mut all: Vec<usize> = (0..fragments).collect();
    for i in 0..degree {
        let j = i + (rng.next() % (fragments - i) as u64) as usize;
        all.swap(i, j);
    }
    all.truncate(degree);
    all
}

/// SplitMix64: small, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// CRC-32 (IEEE), bit by bit: frames are small.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn read_varint(bytes: &mut &[u8]) -> Option<u64> {
    let mut n = 0u64;
    for shift in (0..35).step_by(7) {
        let (b, rest) = bytes.split_first()?;
        *bytes = rest;
        n |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(len: usize, seed: u8) -> Vec<u8> {
        (0..len)
            .map(|i| (i * 131 + usize::from(seed)) as u8)
            .collect()
    }

    #[test]
    fn crc32_is_the_standard_one() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn all_first_frames_in_any_order_rebuild_the_message() {
        let m = message(1_000, 1);
        let frames = Frames::new(&m, false).unwrap();
        assert_eq!(frames.fragments(), 4);
        let mut c = Collector::default();
        let mut last = None;
        for n in [3, 1, 4, 2] {
            last = Some(c.take(read(&frames.frame(n)).unwrap()));
        }
        assert_eq!(
            last,
            Some(Collected::Whole {
                message: m,
                sealed: false
            })
        );
    }

    #[test]
    fn missed_frames_are_made_up_by_later_ones() {
        let m = message(5_000, 2);
        let frames = Frames::new(&m, true).unwrap();
        let k = frames.fragments() as u32;
        let mut c = Collector::default();
        // Every third frame is missed, the first cycle included.
        let mut read_frames = 0;
        for n in (1..10 * k).filter(|n| n % 3 != 0) {
            read_frames += 1;
            match c.take(read(&frames.frame(n)).unwrap()) {
                Collected::Whole { message, sealed } => {
                    assert_eq!((message, sealed), (m, true));
                    assert!(read_frames < 3 * k, "{read_frames} frames for {k}");
                    return;
                }
                Collected::Progress { known, of } => assert!(known <= of),
            }
        }
        panic!("never whole");
    }

    #[test]
    fn a_frame_of_another_message_is_ignored_and_a_damaged_one_skipped() {
        let m = message(700, 3);
        let frames = Frames::new(&m, false).unwrap();
        let other = Frames::new(&message(700, 4), false).unwrap();
        let mut c = Collector::default();
        // The other message's frame comes first: it is collected apart, never mixed in.
        c.take(read(&other.frame(2)).unwrap());
        c.take(read(&frames.frame(1)).unwrap());
        assert!(c.saw_another());
        let text = frames.frame(2);
        let damaged: String = text
            .char_indices()
            .map(|(i, ch)| {
                if i == 20 {
                    if ch == 'A' {
                        'B'
                    } else {
                        'A'
                    }
                } else {
                    ch
                }
            })
            .collect();
        assert_eq!(
            read(&damaged),
            None,
            "a changed character fails the frame's check"
        );
        assert_eq!(
            read("https://example.org/#/open/Q2.AAA"),
            None,
            "a link is not a frame"
        );
        c.take(read(&frames.frame(2)).unwrap());
        assert_eq!(
            c.take(read(&frames.frame(3)).unwrap()),
            Collected::Whole {
                message: m,
                sealed: false
            }
        );
    }

    #[test]
    fn a_frame_fits_a_code_a_webcam_reads_and_too_much_is_refused() {
        let frames = Frames::new(&message(20_000, 5), false).unwrap();
        let text = frames.frame(frames.fragments() as u32 + 5);
        let code = crate::core::qr::qr_for(&text).unwrap();
        assert!(code.version <= 14, "version {}", code.version);
        assert_eq!(
            Frames::new(&message(FRAGMENT * MAX_FRAGMENTS + 1, 6), false),
            Err(FramesError::TooBig)
        );
    }
}
