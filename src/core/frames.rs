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
/// For a message of more than [`SMALL_PARTS`] such frames, frames twice the size (near
/// version 20, the largest the issue allows), so a five-year plan takes half the time.
pub const LARGE_FRAGMENT: usize = 600;
pub const SMALL_PARTS: usize = 40;
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
        let mut fragments = message.len().div_ceil(FRAGMENT).max(1);
        if fragments > SMALL_PARTS {
            fragments = message.len().div_ceil(LARGE_FRAGMENT);
        }
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

/// The frames of one message so far, as rows of a system over XOR: each row names the
/// parts it mixes (lowest first, its pivot) and their XOR. Solving by elimination rather
/// than peeling alone, any set of frames whose parts span the message rebuilds it —
/// usually two or three more frames than parts.
#[derive(Clone, Debug, PartialEq)]
struct OneMessage {
    key: (u32, bool, usize, usize),
    /// By pivot: the row whose lowest part is this one.
    rows: Vec<Option<(Vec<u64>, Vec<u8>)>>,
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
                    rows: vec![None; frame.fragments],
                    seen: Default::default(),
                });
                self.messages.len() - 1
            }
        };
        let one = &mut self.messages[at];
        if one.seen.insert(frame.sequence) {
            let which = chosen(frame.message, frame.sequence, frame.fragments);
            one.add(&which, frame.data);
        }
        if let Some(mut message) = one.solve() {
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
            .map(|m| (m.rows.iter().flatten().count(), m.rows.len()))
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
    /// Adds a frame: reduced by the rows there are, it becomes a new row unless it
    /// tells nothing new.
    fn add(&mut self, which: &[usize], mut data: Vec<u8>) {
        let mut mask = vec![0u64; self.rows.len().div_ceil(64)];
        for i in which {
            mask[i / 64] ^= 1 << (i % 64);
        }
        for col in 0..self.rows.len() {
            if mask[col / 64] >> (col % 64) & 1 == 0 {
                continue;
            }
            match &self.rows[col] {
                Some((m, d)) => {
                    mask.iter_mut().zip(m).for_each(|(a, b)| *a ^= b);
                    data.iter_mut().zip(d).for_each(|(a, b)| *a ^= b);
                }
                None => {
                    self.rows[col] = Some((mask, data));
                    return;
                }
            }
        }
    }

    /// The message's parts in order, once every part has its row: each row, highest
    /// first, cleared of the parts above its own.
    fn solve(&mut self) -> Option<Vec<u8>> {
        if self.rows.iter().any(Option::is_none) {
            return None;
        }
        for col in (0..self.rows.len()).rev() {
            let (mut mask, mut data) = self.rows[col].take()?;
            for above in col + 1..self.rows.len() {
                if mask[above / 64] >> (above % 64) & 1 == 1 {
                    let (m, d) = self.rows[above].as_ref()?;
                    mask.iter_mut().zip(m).for_each(|(a, b)| *a ^= b);
                    data.iter_mut().zip(d).for_each(|(a, b)| *a ^= b);
                }
            }
            self.rows[col] = Some((mask, data));
        }
        Some(
            self.rows
                .iter()
                .flatten()
                .flat_map(|(_, d)| d.clone())
                .collect(),
        )
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
                    assert!(read_frames <= k + 8, "{read_frames} frames for {k} parts");
                    return;
                }
                Collected::Progress { known, of } => assert!(known <= of),
            }
        }
        panic!("never whole");
    }

    #[test]
    fn a_few_frames_more_than_parts_rebuild_any_message_whatever_is_missed() {
        let mut rng = Rng::new(42);
        for (len, seed) in [(300, 1u8), (1_400, 2), (2_661, 3), (11_000, 4), (69_611, 5)] {
            let m = message(len, seed);
            let frames = Frames::new(&m, false).unwrap();
            let k = frames.fragments();
            let mut c = Collector::default();
            let mut taken = 0;
            let mut n = 0u32;
            let whole = loop {
                n += 1;
                // A third of the frames are missed, the first cycle's included.
                if rng.next() % 3 == 0 {
                    continue;
                }
                taken += 1;
                if let Collected::Whole { message, .. } = c.take(read(&frames.frame(n)).unwrap()) {
                    break message;
                }
                assert!(
                    taken <= k + 10 + k / 5,
                    "{len} bytes: {taken} frames for {k} parts"
                );
            };
            assert_eq!(whole, m);
        }
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
        let version = |len: usize| {
            let frames = Frames::new(&message(len, 5), false).unwrap();
            let text = frames.frame(frames.fragments() as u32 + 5);
            (
                crate::core::qr::qr_for(&text).unwrap().version,
                frames.fragments(),
            )
        };
        let (small, parts) = version(FRAGMENT * SMALL_PARTS);
        assert!(
            small <= 14 && parts == SMALL_PARTS,
            "version {small}, {parts} parts"
        );
        let (large, parts) = version(FRAGMENT * SMALL_PARTS + 1);
        assert!(
            large <= 20 && parts < SMALL_PARTS,
            "version {large}, {parts} parts"
        );
        let (largest, parts) = version(LARGE_FRAGMENT * MAX_FRAGMENTS);
        assert!(largest <= 20 && parts == MAX_FRAGMENTS, "version {largest}");
        assert_eq!(
            Frames::new(&message(LARGE_FRAGMENT * MAX_FRAGMENTS + 1, 6), false),
            Err(FramesError::TooBig)
        );
    }
}
