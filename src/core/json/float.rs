//! Fractions between text and `f64` by exact decimal arithmetic, without the standard
//! library's fast paths: their tables (10 KB of powers of five to read, 1.3 KB of powers
//! of ten to write) and code were 12 KB of the first screen's download, for numbers a plan
//! never holds (its numbers are whole; a fraction comes only in a file's field this version
//! does not know). This is the exact method the fast paths fall back on (Go's `strconv`
//! decimal: a number as up to 800 decimal digits, multiplied and divided by powers of two),
//! slower but correctly rounded: read as the standard library reads, written as serde_json
//! writes (tested against both).

/// At most this many significant digits are kept; any further ones only mark the number
/// as a little more than its digits (`truncated`), which is all rounding needs.
const MAX_DIGITS: usize = 800;

/// A non-negative number `0.d₁d₂… × 10^point`, its digits 0–9 without trailing zeros.
#[derive(Debug, Default)]
struct Decimal {
    digits: Vec<u8>,
    point: i32,
    /// Nonzero digits were dropped past `MAX_DIGITS`.
    truncated: bool,
}

impl Decimal {
    fn whole(mut n: u64) -> Decimal {
        let mut digits = vec![];
        while n > 0 {
            digits.push((n % 10) as u8);
            n /= 10;
        }
        digits.reverse();
        let mut d = Decimal {
            point: digits.len() as i32,
            digits,
            truncated: false,
        };
        d.trim();
        d
    }

    fn trim(&mut self) {
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        if self.digits.is_empty() {
            self.point = 0;
        }
    }

    /// Keeps the digit unless there are already `MAX_DIGITS`.
    fn push(&mut self, digit: u8) {
        if self.digits.len() < MAX_DIGITS {
            self.digits.push(digit);
        } else if digit != 0 {
            self.truncated = true;
        }
    }

    /// Multiplies by `2^k` (`k` above zero) or divides by `2^-k`, exactly but for digits
    /// past `MAX_DIGITS`.
    fn shift(&mut self, mut k: i32) {
        const MOST: i32 = 60;
        while k != 0 && !self.digits.is_empty() {
            let step = k.clamp(-MOST, MOST);
            if step > 0 {
                self.double(step as u32);
            } else {
                self.halve((-step) as u32);
            }
            k -= step;
        }
    }

    fn double(&mut self, k: u32) {
        let mut reversed = Vec::with_capacity(self.digits.len() + 19);
        let mut carry = 0u64;
        for &d in self.digits.iter().rev() {
            let n = (u64::from(d) << k) + carry;
            reversed.push((n % 10) as u8);
            carry = n / 10;
        }
        while carry > 0 {
            reversed.push((carry % 10) as u8);
            carry /= 10;
            self.point += 1;
        }
        self.digits.clear();
        for d in reversed.into_iter().rev() {
            self.push(d);
        }
        self.trim();
    }

    /// Long division by `2^k`: it always ends, each step taking one factor of two away.
    fn halve(&mut self, k: u32) {
        let digits = std::mem::take(&mut self.digits);
        let mask = (1u64 << k) - 1;
        let mut rest = 0u64;
        let mut at = 0;
        loop {
            let d = match digits.get(at) {
                Some(&d) => d,
                None if rest == 0 => break,
                None => 0,
            };
            at += 1;
            rest = rest * 10 + u64::from(d);
            let q = (rest >> k) as u8;
            rest &= mask;
            if self.digits.is_empty() && q == 0 {
                self.point -= 1;
            } else {
                self.push(q);
            }
        }
        self.trim();
    }

    /// Whether rounding to `n` digits goes up: above half, or exactly half and the digit
    /// before odd (to even), or half with dropped digits (a little above half).
    fn rounds_up(&self, n: i32) -> bool {
        let Ok(at) = usize::try_from(n) else {
            return false;
        };
        match self.digits.get(at) {
            None => false,
            Some(5) if at + 1 == self.digits.len() => {
                self.truncated || (at > 0 && self.digits[at - 1] % 2 == 1)
            }
            Some(&d) => d >= 5,
        }
    }

    /// Whether `n` digits are fewer than there are (else rounding leaves the number be).
    fn fewer(&self, n: i32) -> bool {
        0 <= n && (n as usize) < self.digits.len()
    }

    fn round(&mut self, n: i32) {
        if self.rounds_up(n) {
            self.round_up(n);
        } else {
            self.round_down(n);
        }
    }

    fn round_down(&mut self, n: i32) {
        if self.fewer(n) {
            self.digits.truncate(n as usize);
            self.trim();
        }
    }

    fn round_up(&mut self, n: i32) {
        if !self.fewer(n) {
            return;
        }
        let mut at = n as usize;
        self.digits.truncate(at);
        while at > 0 {
            if self.digits[at - 1] < 9 {
                self.digits[at - 1] += 1;
                self.digits.truncate(at);
                return;
            }
            at -= 1;
        }
        // All nines: 999 → 1000.
        self.digits = vec![1];
        self.point += 1;
    }

    /// The whole part, rounded to nearest (half to even); for at most 20 digits.
    fn rounded_whole(&self) -> u64 {
        if self.point > 20 {
            return u64::MAX;
        }
        let mut n = 0u64;
        for at in 0..self.point.max(0) as usize {
            n = n * 10 + u64::from(self.digits.get(at).copied().unwrap_or(0));
        }
        n + u64::from(self.rounds_up(self.point))
    }
}

const MANTISSA_BITS: i32 = 52;
const BIAS: i32 = -1023;

/// Reads the text of a JSON number (already checked as one) as the nearest `f64`, to
/// even on a tie; too large for an `f64` is infinite.
pub fn parse(text: &str) -> f64 {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (number, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    };
    let mut d = Decimal::default();
    let mut point = None;
    let mut seen = 0i32;
    for b in number.bytes() {
        if b == b'.' {
            point = Some(seen);
            continue;
        }
        seen = seen.saturating_add(1);
        let digit = b - b'0';
        if d.digits.is_empty() && digit == 0 {
            // A leading zero moves the point, counts for nothing.
            d.point -= 1;
            continue;
        }
        d.push(digit);
    }
    // The exponent with where the point falls among the digits, in a wide type: a long
    // run of digits and an exponent that undoes it (1 and 100,400 zeros, e-100400) is 1.
    let e = exponent
        .strip_prefix('+')
        .unwrap_or(exponent)
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold(0i64, |e, b| (e * 10 + i64::from(b - b'0')).min(1 << 40));
    let e = if exponent.starts_with('-') { -e } else { e };
    let point = i64::from(d.point) + i64::from(point.unwrap_or(seen)) + e;
    // (Past ±100,000 it is zero or infinite all the same.)
    d.point = point.clamp(-100_000, 100_000) as i32;
    d.trim();
    let bits = to_bits(&mut d);
    f64::from_bits(bits | (u64::from(negative) << 63))
}

/// The bits of the `f64` nearest `d` (positive), infinity if too large.
fn to_bits(d: &mut Decimal) -> u64 {
    const INFINITY: u64 = 0x7ff << MANTISSA_BITS;
    if d.digits.is_empty() || d.point < -330 {
        return 0;
    }
    if d.point > 310 {
        return INFINITY;
    }
    // How far to shift to move the point by `n` digits without passing it.
    const STEPS: [i32; 9] = [1, 3, 6, 9, 13, 16, 19, 23, 26];
    let step = |n: i32| STEPS.get(n as usize).copied().unwrap_or(27);
    // Into [0.5, 1), counting the powers of two.
    let mut exp = 0;
    while d.point > 0 {
        let n = step(d.point);
        d.shift(-n);
        exp += n;
    }
    while d.point < 0 || (d.point == 0 && d.digits[0] < 5) {
        let n = step(-d.point);
        d.shift(n);
        exp -= n;
    }
    // [0.5, 1) is [1, 2) one power lower.
    exp -= 1;
    // Below the least exponent: a subnormal number, its digits moved down.
    if exp < BIAS + 1 {
        let n = BIAS + 1 - exp;
        d.shift(-n);
        exp += n;
    }
    if exp - BIAS >= 0x7ff {
        return INFINITY;
    }
    d.shift(1 + MANTISSA_BITS);
    let mut mantissa = d.rounded_whole();
    // Rounding up may have carried into one more bit.
    if mantissa == 2 << MANTISSA_BITS {
        mantissa >>= 1;
        exp += 1;
        if exp - BIAS >= 0x7ff {
            return INFINITY;
        }
    }
    if mantissa & (1 << MANTISSA_BITS) == 0 {
        exp = BIAS;
    }
    (mantissa & ((1 << MANTISSA_BITS) - 1)) | (((exp - BIAS) as u64 & 0x7ff) << MANTISSA_BITS)
}

/// The shortest digits that read back as `n` (finite and not negative), and where the
/// point goes: `n` is close to `0.d₁d₂… × 10^point`. Of two as short, the nearer to `n`,
/// to even on a tie, as serde_json chooses (the standard library's `{:e}` rounds such a
/// tie up: 1658206780088562.25 is …562.2 here and there, …562.3 in `{:e}`). Zero is
/// `([0], 1)`.
pub fn shortest(n: f64) -> (Vec<u8>, i32) {
    let bits = n.to_bits();
    let mut exp = ((bits >> MANTISSA_BITS) & 0x7ff) as i32;
    let mut mantissa = bits & ((1 << MANTISSA_BITS) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mantissa |= 1 << MANTISSA_BITS;
    }
    exp += BIAS;
    if mantissa == 0 {
        return (vec![0], 1);
    }
    let mut d = Decimal::whole(mantissa);
    d.shift(exp - MANTISSA_BITS);
    round_shortest(&mut d, mantissa, exp);
    (d.digits, d.point)
}

/// Rounds `d`, exactly `mantissa × 2^(exp − 52)`, to the fewest digits that still lie
/// between the halfway points to its neighbours (on them only when the mantissa is even,
/// as reading rounds a tie to even).
fn round_shortest(d: &mut Decimal, mantissa: u64, exp: i32) {
    let least = BIAS + 1;
    // A whole number with enough trailing zeros is already shortest.
    if exp > least && 332 * (d.point - d.digits.len() as i32) >= 100 * (exp - MANTISSA_BITS) {
        return;
    }
    let mut upper = Decimal::whole(mantissa * 2 + 1);
    upper.shift(exp - MANTISSA_BITS - 1);
    let (below, below_exp) = if mantissa > 1 << MANTISSA_BITS || exp == least {
        (mantissa - 1, exp)
    } else {
        (mantissa * 2 - 1, exp - 1)
    };
    let mut lower = Decimal::whole(below * 2 + 1);
    lower.shift(below_exp - MANTISSA_BITS - 1);
    let inclusive = mantissa % 2 == 0;
    let digit = |d: &Decimal, at: i32| {
        usize::try_from(at)
            .ok()
            .and_then(|at| d.digits.get(at).copied())
            .unwrap_or(0)
    };
    // How far rounding `d` up at the current digit stays below `upper`: 0 not at all
    // yet, 1 by one in this digit (so far), 2 clearly.
    let mut up_room = 0u8;
    let mut ui = 0i32;
    loop {
        let mi = ui - upper.point + d.point;
        if mi >= d.digits.len() as i32 {
            return;
        }
        let li = ui - upper.point + lower.point;
        let (l, m, u) = (digit(&lower, li), digit(d, mi), digit(&upper, ui));
        let down_ok = l != m || (inclusive && li + 1 == lower.digits.len() as i32);
        up_room = match up_room {
            0 if m + 1 < u => 2,
            0 if m != u => 1,
            1 if m != 9 || u != 0 => 2,
            room => room,
        };
        let up_ok = up_room > 0 && (inclusive || up_room > 1 || ui + 1 < upper.digits.len() as i32);
        match (down_ok, up_ok) {
            (true, true) => return d.round(mi + 1),
            (true, false) => return d.round_down(mi + 1),
            (false, true) => return d.round_up(mi + 1),
            (false, false) => ui += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, shortest, Decimal};

    /// A fixed sequence of 64-bit numbers (xorshift), so every run tests the same ones.
    fn numbers(mut seed: u64) -> impl Iterator<Item = u64> {
        std::iter::from_fn(move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            Some(seed)
        })
    }

    #[test]
    fn written_as_serde_json_writes_them() {
        let special = [
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::EPSILON,
            5e-324,
            1e23,
            0.1,
            0.3,
            -0.0,
            2.0f64.powi(-1074) * 3.0,
            9007199254740993.0,
            // The largest subnormal number.
            f64::from_bits(0x000f_ffff_ffff_ffff),
            123456789012345680.0,
            1e21,
            1e22,
            1.25e-5,
            // 1658206780088562.25: two candidates as short and as near, .2 and .3 (to even).
            f64::from_bits(0x4317_9085_685d_83c9),
        ];
        let random = numbers(0x9e37_79b9_7f4a_7c15)
            .take(25_000)
            .map(f64::from_bits);
        let small = numbers(7)
            .take(20_000)
            .map(|n| (n % 100_000) as f64 / 1000.0);
        let near_whole = numbers(8).take(20_000).map(|n| (n >> 11) as f64 / 4.0);
        for n in special
            .into_iter()
            .chain(random)
            .chain(small)
            .chain(near_whole)
        {
            let ours = crate::core::json::to_string(&n);
            let theirs = serde_json::to_string(&n).unwrap();
            assert_eq!(ours, theirs, "{:#x}", n.to_bits());
        }
        assert_eq!(shortest(0.0), (vec![0], 1));
    }

    #[test]
    fn reading_gives_the_standard_librarys_nearest_number() {
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "0.0",
            "1",
            "1.5",
            "-2.5e-3",
            "1e23",
            "8.98846567431158e307",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "1e400",
            "9007199254740993",
            "9007199254740992.5",
            "9007199254740993.0000000000000001",
            "0.000000000000000000000000000000000000000000001e45",
            "123456789012345678901234567890",
            "1E+2",
            "1e-0",
            "100000000000000000000000000000000000000000e-40",
            "7.2057594037927933e16",
            "3.0517578125e-05",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Exactly halfway to the next number up, written out in full (a tie: to even),
        // and one digit's worth either side of it.
        let mut seeds = numbers(99);
        let mut halves = vec![1.0f64, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1e22];
        halves.extend((0..2_000).map(|_| f64::from_bits(seeds.next().unwrap() >> 1)));
        for n in halves
            .into_iter()
            .filter(|n| n.is_finite() && *n < f64::MAX)
        {
            let bits = n.to_bits();
            let (exp, mantissa) = match (bits >> 52) as i32 {
                0 => (1, bits),
                e => (e, bits & ((1 << 52) - 1) | 1 << 52),
            };
            let mut half = Decimal::whole(mantissa * 2 + 1);
            half.shift(exp - 1023 - 53);
            let digits: String = half.digits.iter().map(|d| char::from(b'0' + d)).collect();
            texts.push(format!("0.{digits}e{}", half.point));
            texts.push(format!("0.{digits}1e{}", half.point));
            let below = &digits[..digits.len() - 1];
            texts.push(format!("0.{below}4999999999e{}", half.point));
        }
        // The same digits far past 800, with a 1 at the end deciding the rounding.
        texts.push(format!("9007199254740992.5{}1", "0".repeat(900)));
        texts.push(format!("9007199254740992.5{}", "0".repeat(900)));
        texts.push(format!("0.{}1", "0".repeat(100_000)));
        // Many digits and an exponent that undoes them.
        texts.push(format!("1{}e-100400", "0".repeat(100_400)));
        texts.push(format!("0.{}1e100400", "0".repeat(100_400)));
        let mut seeds = numbers(42);
        for _ in 0..12_000 {
            let n = f64::from_bits(seeds.next().unwrap()).abs();
            if n.is_finite() {
                texts.push(format!("{n:e}"));
                texts.push(format!("{:.25e}", n));
            }
            let digits = seeds.next().unwrap() % 1_000_000_000_000_000_000;
            let exponent = (seeds.next().unwrap() % 700) as i32 - 350;
            texts.push(format!("{digits}e{exponent}"));
            texts.push(format!("0.{digits:019}{digits}e{exponent}"));
        }
        for text in texts {
            let ours = parse(&text);
            let theirs: f64 = text.parse().unwrap();
            assert_eq!(ours.to_bits(), theirs.to_bits(), "{text}");
        }
    }
}
