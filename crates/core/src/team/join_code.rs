//! One-time join codes: `<id>-<secret>`, shown on a desk already in the team and typed on the new one. The
//! database keeps the team key sealed under a key made from the secret half, which only the screen shows;
//! the joining desk takes (deletes) the row, so the code works once.

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::tr;
use crate::vault::Sealer;

/// How long a join code can be used.
pub const JOIN_CODE_MINUTES: u32 = 60;

pub struct JoinCode {
    pub id: String,
    secret: [u8; 16],
}

/// Only the id half: the secret half never reaches a log.
impl std::fmt::Debug for JoinCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "JoinCode({}-…)", self.id)
    }
}

impl Default for JoinCode {
    fn default() -> Self {
        Self::new()
    }
}

impl JoinCode {
    /// A new code, its halves from the OS's random source.
    pub fn new() -> Self {
        let random = Sealer::random_key();
        let mut secret = [0; 16];
        secret.copy_from_slice(&random[..16]);
        Self { id: hex(&random[16..21]), secret }
    }

    /// What the reseller reads out or copies: `3f9a1c0b7e-<32 hex digits>`.
    pub fn text(&self) -> String {
        format!("{}-{}", self.id, hex(&self.secret))
    }

    /// Reads a typed code, forgiving spaces and case.
    pub fn parse(text: &str) -> Result<Self> {
        let text: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
        let refused = || Error::invalid("join_code", tr!("team-join-code-invalid"));
        let (id, secret) = text.split_once('-').ok_or_else(refused)?;
        let bytes = unhex(secret).filter(|b| b.len() == 16).ok_or_else(refused)?;
        if id.len() != 10 || unhex(id).is_none() {
            return Err(refused());
        }
        let mut secret = [0; 16];
        secret.copy_from_slice(&bytes);
        Ok(Self { id: id.to_owned(), secret })
    }

    fn sealer(&self) -> Sealer {
        let key = Sha256::new().chain_update(b"giftdesk join code\0").chain_update(self.secret).finalize();
        Sealer::from_key(&key)
    }

    pub fn wrap(&self, team_key: &[u8]) -> Result<Vec<u8>> {
        self.sealer().seal(team_key)
    }

    /// The team key, or a refusal when the code's secret half is not the one it was made with.
    pub fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>> {
        self.sealer().open(wrapped).map_err(|_| Error::invalid("join_code", tr!("team-join-code-invalid")))
    }
}

/// What the team row keeps to tell the right key from a wrong one, without the key.
pub fn key_check(team_key: &[u8]) -> String {
    hex(&Sha256::new().chain_update(b"giftdesk team key check\0").chain_update(team_key).finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_opens_only_its_own_wrapping() {
        let key = Sealer::random_key();
        let code = JoinCode::new();
        let wrapped = code.wrap(&key).unwrap();
        let typed = JoinCode::parse(&format!("  {} ", code.text().to_uppercase())).unwrap();
        assert_eq!(typed.unwrap(&wrapped).unwrap(), key);
        assert!(JoinCode::new().unwrap(&wrapped).is_err(), "another code's secret opens nothing");
        assert_eq!(JoinCode::parse("12-34").unwrap_err().field(), Some("join_code"));
        assert_ne!(key_check(&key), key_check(&Sealer::random_key()));
    }
}
