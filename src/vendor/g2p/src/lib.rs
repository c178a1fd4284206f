//! Galois fields GF(2^n), n ≤ 8, by logarithm tables: what rqrr needs of g2p.

use core::iter::{Product, Sum};
use core::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Sub, SubAssign};

/// A finite field of characteristic 2, as g2p's trait of the same name.
pub trait GaloisField:
    Add<Output = Self>
    + AddAssign
    + Sum
    + Sub<Output = Self>
    + SubAssign
    + Neg<Output = Self>
    + Mul<Output = Self>
    + MulAssign
    + Product
    + Div<Output = Self>
    + DivAssign
    + Copy
    + PartialEq
    + Eq
{
    const SIZE: usize;
    const ZERO: Self;
    const ONE: Self;
    /// The element x (2), which generates the field's nonzero elements.
    const GENERATOR: Self;

    fn pow(self, p: usize) -> Self {
        let mut val = Self::ONE;
        let mut base = self;
        let mut p = p;
        while p > 0 {
            if p & 1 == 1 {
                val *= base;
            }
            base *= base;
            p >>= 1;
        }
        val
    }
}

/// Powers of x and their logarithms in GF(2^bits) modulo `modulus`.
pub const fn tables(bits: u32, modulus: u32) -> ([u8; 256], [u8; 256]) {
    let size = 1u32 << bits;
    let mut exp = [0u8; 256];
    let mut log = [0u8; 256];
    let mut x = 1u32;
    let mut i = 0;
    while i < size - 1 {
        exp[i as usize] = x as u8;
        log[x as usize] = i as u8;
        x <<= 1;
        if x & size != 0 {
            x ^= modulus;
        }
        i += 1;
    }
    (exp, log)
}

/// A field type `$name(pub u8)` of `2^$bits` elements, as g2p's macro makes it.
#[macro_export]
macro_rules! g2p {
    ($name:ident, $bits:literal, modulus: $modulus:literal) => {
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name(pub u8);

        impl $name {
            const ORDER: usize = (1usize << $bits) - 1;
            const TABLES: ([u8; 256], [u8; 256]) = $crate::tables($bits, $modulus);
        }

        impl $crate::GaloisField for $name {
            const SIZE: usize = 1 << $bits;
            const ZERO: Self = $name(0);
            const ONE: Self = $name(1);
            const GENERATOR: Self = $name(2);
        }

        impl ::core::ops::Add for $name {
            type Output = Self;
            fn add(self, o: Self) -> Self {
                $name(self.0 ^ o.0)
            }
        }
        impl ::core::ops::AddAssign for $name {
            fn add_assign(&mut self, o: Self) {
                self.0 ^= o.0;
            }
        }
        impl ::core::ops::Sub for $name {
            type Output = Self;
            fn sub(self, o: Self) -> Self {
                $name(self.0 ^ o.0)
            }
        }
        impl ::core::ops::SubAssign for $name {
            fn sub_assign(&mut self, o: Self) {
                self.0 ^= o.0;
            }
        }
        impl ::core::ops::Neg for $name {
            type Output = Self;
            fn neg(self) -> Self {
                self
            }
        }
        impl ::core::ops::Mul for $name {
            type Output = Self;
            fn mul(self, o: Self) -> Self {
                if self.0 == 0 || o.0 == 0 {
                    return $name(0);
                }
                let (exp, log) = &Self::TABLES;
                let l = usize::from(log[usize::from(self.0)]) + usize::from(log[usize::from(o.0)]);
                $name(exp[l % Self::ORDER])
            }
        }
        impl ::core::ops::MulAssign for $name {
            fn mul_assign(&mut self, o: Self) {
                *self = *self * o;
            }
        }
        impl ::core::ops::Div for $name {
            type Output = Self;
            fn div(self, o: Self) -> Self {
                assert!(o.0 != 0, "division by zero in a Galois field");
                if self.0 == 0 {
                    return $name(0);
                }
                let (exp, log) = &Self::TABLES;
                let l = usize::from(log[usize::from(self.0)]) + Self::ORDER
                    - usize::from(log[usize::from(o.0)]);
                $name(exp[l % Self::ORDER])
            }
        }
        impl ::core::ops::DivAssign for $name {
            fn div_assign(&mut self, o: Self) {
                *self = *self / o;
            }
        }
        impl ::core::iter::Sum for $name {
            fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
                iter.fold($name(0), |a, b| a + b)
            }
        }
        impl ::core::iter::Product for $name {
            fn product<I: Iterator<Item = Self>>(iter: I) -> Self {
                iter.fold($name(1), |a, b| a * b)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::GaloisField;

    g2p!(GF16, 4, modulus: 0b1_0011);
    g2p!(GF256, 8, modulus: 0b1_0001_1101);

    /// Multiplication the long way: carry-less product reduced by the modulus.
    fn slow_mul(a: u8, b: u8, bits: u32, modulus: u32) -> u8 {
        let (mut a, mut b, mut r) = (u32::from(a), u32::from(b), 0u32);
        while b > 0 {
            if b & 1 == 1 {
                r ^= a;
            }
            b >>= 1;
            a <<= 1;
            if a & (1 << bits) != 0 {
                a ^= modulus;
            }
        }
        r as u8
    }

    #[test]
    fn products_and_quotients_agree_with_the_long_way() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let p = GF256(a) * GF256(b);
                assert_eq!(p.0, slow_mul(a, b, 8, 0x11D), "{a} × {b}");
                if b != 0 {
                    assert_eq!(p / GF256(b), GF256(a), "({a} × {b}) ÷ {b}");
                }
            }
        }
        for a in 0..16u8 {
            for b in 0..16u8 {
                assert_eq!((GF16(a) * GF16(b)).0, slow_mul(a, b, 4, 0b1_0011));
            }
        }
    }

    #[test]
    fn x_generates_every_nonzero_element() {
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..255 {
            seen.insert(GF256::GENERATOR.pow(i).0);
        }
        assert_eq!(seen.len(), 255);
        assert_eq!(GF256::GENERATOR.pow(255), GF256::ONE);
        assert_eq!(GF16::GENERATOR.pow(15), GF16::ONE);
    }
}
