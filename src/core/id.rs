//! Entity ids. Random (UUID v4 shape), never counters: two devices editing copies of
//! one plan must never mint the same id. The core reads no randomness itself; the
//! shell passes 16 random bytes from the browser's crypto source.

use super::json::{FromJson, JsonResult, Reader};
use serde::{Serialize, Serializer};
use std::fmt;
use std::rc::Rc;

/// Shared, not copied: a plan holds tens of thousands of ids (five years of check-ins
/// name a goal or step in every answer), and every change copies the plan, so copying
/// an id must not copy its text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(Rc<str>);

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Ids read from storage, files and links are checked like any other outside input.
impl FromJson for Id {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        let s = r.string()?;
        Id::parse(&s).ok_or_else(|| r.invalid("not a valid id"))
    }
}

/// An object whose keys are ids (what a device holds of each entry, say).
impl<V: FromJson> FromJson for std::collections::BTreeMap<Id, V> {
    fn read(r: &mut Reader) -> JsonResult<Self> {
        r.object()?;
        let (mut map, mut first) = (std::collections::BTreeMap::new(), true);
        while let Some(key) = r.key(&mut first)? {
            let id = Id::parse(&key).ok_or_else(|| r.invalid("not a valid id"))?;
            let value = V::read(r)?;
            map.insert(id, value);
        }
        Ok(map)
    }
}

impl Id {
    /// Formats 16 random bytes as a version-4 UUID.
    pub fn from_random_bytes(mut b: [u8; 16]) -> Self {
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
        Id(format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        )
        .into())
    }

    /// Accepts an id read from storage, a file or a link: short, and only characters
    /// that are safe in a storage key and a URL.
    pub fn parse(s: &str) -> Option<Self> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| Id(s.into()))
    }

    /// An id derived from another one, for migrations that must give the same answer
    /// on every device that migrates the same old document.
    pub fn derived(parent: &Id, part: &str, index: usize) -> Self {
        Id(format!("{}-{part}{index}", parent.0).into())
    }

    /// A UUID-shaped id that is a digest of `seed` (FNV-1a, two ways): the same seed
    /// gives the same id on every device, and different seeds practically never meet.
    pub fn digest(seed: &str) -> Self {
        let fnv = |offset: u64| {
            seed.bytes().fold(offset, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
            })
        };
        let (a, b) = (fnv(0xcbf2_9ce4_8422_2325), fnv(0x6c62_272e_07bb_0142));
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&a.to_be_bytes());
        bytes[8..].copy_from_slice(&b.to_be_bytes());
        Id::from_random_bytes(bytes)
    }

    /// A short digest of `seed` (16 hex digits, 64 bits of FNV-1a): an entry's version.
    /// Versions travel with every entry in files, links and QR codes, so they are kept
    /// short; telling apart the handful of versions of one entry needs no more.
    pub fn short_digest(seed: &str) -> Self {
        let h = seed.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
        Id(format!("{h:016x}").into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_bytes_make_a_version_4_uuid() {
        let id = Id::from_random_bytes([0xff; 16]);
        assert_eq!(id.as_str(), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = Id::from_random_bytes([0; 16]);
        assert_eq!(id.as_str(), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn parse_refuses_ids_unsafe_for_keys_and_links() {
        assert!(Id::parse("abc-123_x").is_some());
        assert!(Id::parse("").is_none());
        assert!(Id::parse("a b").is_none());
        assert!(Id::parse("<script>").is_none());
        assert!(Id::parse(&"a".repeat(65)).is_none());
    }
}
