//! A plan in a link: the saved document in its compact wire form (`wire`), compressed
//! (by the shell), in the URL fragment — which browsers never send to the host. This
//! module is the pure half: the text form of the bytes and every way a link can be wrong.

/// Marks the link format, so a later CoPlan can change it and an old one can say so.
/// 2: the plan in the wire form; links marked 1 (JSON inside) are still read.
pub const PREFIX: &str = "p2.";
/// A link whose plan is sealed with a passphrase (compressed, then encrypted).
pub const SEALED_PREFIX: &str = "e2.";
/// The same two, written for QR codes: in characters a QR code packs in its compact
/// alphanumeric mode (5.5 bits a character rather than 8), and safe in an address.
pub const QR_PREFIX: &str = "Q2.";
pub const QR_SEALED_PREFIX: &str = "S2.";
/// The marks of every link format this version reads, and what each holds.
const READS: [(&str, bool, bool); 8] = [
    // (mark, in QR characters, sealed)
    ("p1.", false, false),
    ("e1.", false, true),
    ("Q1.", true, false),
    ("S1.", true, true),
    (PREFIX, false, false),
    (SEALED_PREFIX, false, true),
    (QR_PREFIX, true, false),
    (QR_SEALED_PREFIX, true, true),
];
/// QR alphanumeric characters that are also safe in a URL fragment and in a route
/// (no space, no `%`, no `/`): 42 of them.
const QR_ABC: &[u8; 42] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-.:";
/// The largest plan (in bytes, once unpacked) a link may carry.
pub const MAX_UNPACKED: usize = super::saved::MAX_DOCUMENT_BYTES;
/// Longer links are cut by some email and text-message apps.
pub const SHORT_ENOUGH: usize = 2_000;
/// Beyond this, a file is the better way.
pub const TOO_LONG: usize = 32_000;

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not a CoPlan plan link, or from a newer CoPlan's link format.
    NotALink,
    /// Cut short or changed on the way (by an app, or by hand).
    Damaged,
}

/// What a link holds: a compressed plan, or one sealed with a passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Payload {
    Packed(Vec<u8>),
    Sealed(Vec<u8>),
}

/// The link's text for compressed bytes: base64url, no padding.
pub fn encode(packed: &[u8]) -> String {
    format!("{PREFIX}{}", super::base64::encode(packed))
}

/// The link's text for bytes sealed with a passphrase.
pub fn encode_sealed(sealed: &[u8]) -> String {
    format!("{SEALED_PREFIX}{}", super::base64::encode(sealed))
}

/// A link's text for a QR code: the same bytes in the QR code's compact characters.
pub fn encode_for_qr(payload: &Payload) -> String {
    let (prefix, bytes) = match payload {
        Payload::Packed(b) => (QR_PREFIX, b),
        Payload::Sealed(b) => (QR_SEALED_PREFIX, b),
    };
    let mut out = String::with_capacity(prefix.len() + bytes.len() * 3 / 2 + 2);
    out.push_str(prefix);
    for pair in bytes.chunks(2) {
        let (n, digits) = match pair {
            [a, b] => (u32::from(*a) << 8 | u32::from(*b), 3),
            [a] => (u32::from(*a), 2),
            _ => unreachable!("chunks of two"), // ok: chunks(2) yields one or two
        };
        let mut n = n;
        for _ in 0..digits {
            out.push(QR_ABC[(n % 42) as usize] as char);
            n /= 42;
        }
    }
    out
}

fn from_qr_text(body: &str) -> Result<Vec<u8>, LinkError> {
    if body.len() > MAX_UNPACKED || body.len() % 3 == 1 {
        return Err(LinkError::Damaged);
    }
    let digit = |c: u8| {
        QR_ABC
            .iter()
            .position(|x| *x == c)
            .map(|p| p as u32)
            .ok_or(LinkError::Damaged)
    };
    let mut out = Vec::with_capacity(body.len() * 2 / 3);
    for group in body.as_bytes().chunks(3) {
        let mut n = 0u32;
        for (i, c) in group.iter().enumerate() {
            n += digit(*c)? * 42u32.pow(i as u32);
        }
        match group.len() {
            3 if n <= 0xFFFF => out.extend([(n >> 8) as u8, n as u8]),
            2 if n <= 0xFF => out.push(n as u8),
            _ => return Err(LinkError::Damaged),
        }
    }
    Ok(out)
}

/// The compressed bytes a plain link's text holds.
pub fn decode(text: &str) -> Result<Vec<u8>, LinkError> {
    match read(text)? {
        Payload::Packed(bytes) => Ok(bytes),
        Payload::Sealed(_) => Err(LinkError::NotALink),
    }
}

/// What a link's text holds.
pub fn read(text: &str) -> Result<Payload, LinkError> {
    let text = text.trim();
    let (body, qr, sealed) = READS
        .iter()
        .find_map(|(mark, qr, sealed)| text.strip_prefix(mark).map(|b| (b, *qr, *sealed)))
        .ok_or(LinkError::NotALink)?;
    let bytes = if qr {
        from_qr_text(body)?
    } else {
        from_base64url(body)?
    };
    Ok(if sealed {
        Payload::Sealed(bytes)
    } else {
        Payload::Packed(bytes)
    })
}

/// The bytes base64url text holds, if no longer than a link may be.
fn from_base64url(body: &str) -> Result<Vec<u8>, LinkError> {
    if body.len() > MAX_UNPACKED {
        return Err(LinkError::Damaged);
    }
    super::base64::decode(body).ok_or(LinkError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_survive_the_link_text() {
        for len in 0..70 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = encode(&bytes);
            assert!(text[PREFIX.len()..]
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
            assert_eq!(decode(&text), Ok(bytes), "length {len}");
        }
    }

    #[test]
    fn bytes_survive_the_qr_text() {
        for len in 0..70 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 151 + 7) as u8).collect();
            for payload in [
                Payload::Packed(bytes.clone()),
                Payload::Sealed(bytes.clone()),
            ] {
                let text = encode_for_qr(&payload);
                assert!(text.bytes().all(|c| QR_ABC.contains(&c)));
                assert_eq!(read(&text), Ok(payload), "length {len}");
            }
        }
        assert_eq!(read("Q2.:::"), Err(LinkError::Damaged), "beyond two bytes");
        assert_eq!(
            read("Q2.a"),
            Err(LinkError::Damaged),
            "lower case is not QR text"
        );
    }

    #[test]
    fn wrong_links_say_why() {
        assert_eq!(decode("hello"), Err(LinkError::NotALink));
        assert_eq!(
            decode("p3.AAAA"),
            Err(LinkError::NotALink),
            "a newer format"
        );
        assert_eq!(decode("p1.AAAA"), Ok(vec![0, 0, 0]), "the older format");
        assert_eq!(read("S1.000"), Ok(Payload::Sealed(vec![0, 0])));
        assert_eq!(decode("p2.AB<C"), Err(LinkError::Damaged));
        assert_eq!(decode("p2.A"), Err(LinkError::Damaged), "cut mid-byte");
        assert_eq!(
            decode("p2.AB=="),
            Err(LinkError::Damaged),
            "padding from another encoder"
        );
        assert_eq!(
            read(&encode_sealed(&[1, 2, 3])),
            Ok(Payload::Sealed(vec![1, 2, 3]))
        );
        assert_eq!(decode(&encode_sealed(&[1, 2, 3])), Err(LinkError::NotALink));
    }
}
