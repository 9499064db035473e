//! Sealing and opening: ChaCha20-Poly1305 with a random 96-bit nonce per code, under one 256-bit data key
//! that lives only in the OS keyring (and in memory while the app runs).

use crate::tr;
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};

use crate::error::{Error, Result};
use crate::secrets::{Keyring, Sensitive};

const KEY_ENTRY: &str = "vault-key";
/// The team's key, in the keyring of each desk of the team (and nowhere else).
pub const TEAM_KEY_ENTRY: &str = "team-key";
const NONCE_LEN: usize = 12;

#[derive(Clone)]
pub struct Sealer {
    cipher: ChaCha20Poly1305,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(…)")
    }
}

impl Sealer {
    /// The vault's key from the keyring, made on first use.
    pub async fn from_keyring(keyring: &Keyring) -> Result<Self> {
        let engine = base64::engine::general_purpose::STANDARD;
        let key = match keyring.get(KEY_ENTRY).await? {
            Some(stored) => engine
                .decode(stored.expose())
                .ok()
                .filter(|k| k.len() == 32)
                .ok_or_else(|| Error::Internal(tr!("vault-key-damaged")))?,
            None => {
                let key = ChaCha20Poly1305::generate_key(&mut OsRng).to_vec();
                keyring.set(KEY_ENTRY, Sensitive::new(engine.encode(&key))).await?;
                key
            }
        };
        Ok(Self::from_key(&key))
    }

    /// 32 bytes from the OS's random source: a new key (a team's, a join code's secret).
    pub fn random_key() -> Vec<u8> {
        ChaCha20Poly1305::generate_key(&mut OsRng).to_vec()
    }

    /// The team's key from this desk's keyring, put there when the desk created or joined the team.
    pub async fn from_team_keyring(keyring: &Keyring) -> Result<Self> {
        let engine = base64::engine::general_purpose::STANDARD;
        let stored =
            keyring.get(TEAM_KEY_ENTRY).await?.ok_or_else(|| Error::Internal(tr!("team-key-missing")))?;
        let key = engine
            .decode(stored.expose())
            .ok()
            .filter(|k| k.len() == 32)
            .ok_or_else(|| Error::Internal(tr!("vault-key-damaged")))?;
        Ok(Self::from_key(&key))
    }

    pub fn from_key(key: &[u8]) -> Self {
        Self { cipher: ChaCha20Poly1305::new(Key::from_slice(key)) }
    }

    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>> {
        let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
        let mut sealed = nonce.to_vec();
        sealed.extend(
            self.cipher
                .encrypt(&nonce, plaintext)
                .map_err(|_| Error::Internal("a code could not be sealed".into()))?,
        );
        Ok(sealed)
    }

    /// Fails when the data was changed or sealed under another key (the cipher is authenticated).
    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>> {
        if sealed.len() < NONCE_LEN {
            return Err(Error::Internal("a sealed code is cut short".into()));
        }
        let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
        self.cipher.decrypt(Nonce::from_slice(nonce), ciphertext).map_err(|_| {
            Error::Internal(
                "a code could not be opened: the vault key does not match or the data was altered".into(),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_codes_open_only_unaltered_and_under_their_key() {
        let sealer = Sealer::from_key(&[7; 32]);
        let sealed = sealer.seal(b"ABCD-EFGH-JKLM").unwrap();
        assert!(!sealed.windows(4).any(|w| w == b"ABCD"));
        assert_eq!(sealer.open(&sealed).unwrap(), b"ABCD-EFGH-JKLM");
        let mut altered = sealed.clone();
        *altered.last_mut().unwrap() ^= 1;
        assert!(sealer.open(&altered).is_err());
        assert!(Sealer::from_key(&[8; 32]).open(&sealed).is_err());
        assert_ne!(sealer.seal(b"same").unwrap(), sealer.seal(b"same").unwrap(), "a fresh nonce each time");
    }
}
