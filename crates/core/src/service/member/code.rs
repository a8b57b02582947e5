//! One-time membership invite codes: printed once by `member invite`, stored
//! only as a SHA-256 hash so a database copy cannot be used to join partners.

use sha2::{Digest, Sha256};

/// Marks a string as a partnerctl membership invite code.
const PREFIX: &str = "pmi_";

/// A fresh code (122 random bits of a UUID v4) and its stored hash.
pub fn issue() -> (String, String) {
    let code = format!("{PREFIX}{}", uuid::Uuid::new_v4().simple());
    let stored = hash(&code);
    (code, stored)
}

/// The stored form of a code: lower-case hex SHA-256.
pub fn hash(code: &str) -> String {
    format!("{:x}", Sha256::digest(code.trim().as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_hashes_are_64_hex() {
        let (a, hash_a) = issue();
        let (b, hash_b) = issue();
        assert_ne!(a, b);
        assert!(a.starts_with(PREFIX) && a.len() == PREFIX.len() + 32, "{a}");
        assert_eq!(hash_a, hash(&a));
        assert_eq!(hash(&format!(" {a}\n")), hash_a, "surrounding whitespace is ignored");
        assert_ne!(hash_a, hash_b);
        assert!(hash_a.len() == 64 && hash_a.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    }
}
