//! 64-bit FNV-1a: a stable hash of bytes, the same on every platform and
//! run, for rulebook digests, finding fingerprints and shingles.

/// The 64-bit FNV-1a offset basis: the hash of no bytes.
pub const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// The 64-bit FNV-1a prime.
pub const PRIME: u64 = 0x0100_0000_01b3;

/// `hash` continued over `bytes` (start from `OFFSET`).
pub fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(PRIME)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], expected: u64) {
        assert_eq!(fnv(OFFSET, bytes), expected, "{bytes:?}");
    }

    #[test]
    fn known_values_of_fnv1a_64() {
        check(b"", 0xcbf2_9ce4_8422_2325);
        check(b"a", 0xaf63_dc4c_8601_ec8c);
        check(b"foobar", 0x8594_4171_f739_67e8);
    }
}
