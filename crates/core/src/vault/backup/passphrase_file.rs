//! The backup file itself: `age` encryption to a passphrase (scrypt, its work factor tuned by `age` to about
//! a second on the computer that writes it).

use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;

use crate::error::{Error, Result};
use crate::secrets::Sensitive;
use crate::tr;
use crate::vault::create_private;

/// Characters a new backup's passphrase needs at least: the file may travel, so guessing must stay hopeless.
pub const MIN_PASSPHRASE: usize = 12;

/// Only a new backup is held to the length rule: an old file opens with the passphrase it was made with.
pub fn check_new(passphrase: &Sensitive<String>) -> Result<()> {
    if passphrase.expose().chars().count() < MIN_PASSPHRASE {
        return Err(Error::invalid("passphrase", tr!("vault-backup-passphrase-short", min = MIN_PASSPHRASE)));
    }
    Ok(())
}

/// Encrypts `plaintext` into a new file at `path`; a half-written file is removed.
pub(super) fn write(path: &Path, plaintext: &[u8], passphrase: &Sensitive<String>) -> Result<()> {
    let file = create_private(path)?;
    let written = encrypt(file, plaintext, passphrase);
    if written.is_err() {
        let _ = std::fs::remove_file(path);
    }
    written.map_err(|source| Error::io(tr!("files-writing", path = path.display().to_string()), source))
}

fn encrypt(file: std::fs::File, plaintext: &[u8], passphrase: &Sensitive<String>) -> std::io::Result<()> {
    let encryptor = age::Encryptor::with_user_passphrase(SecretString::from(passphrase.expose().clone()));
    let mut writer = encryptor.wrap_output(std::io::BufWriter::new(file))?;
    writer.write_all(plaintext)?;
    let mut file = writer.finish()?;
    file.flush()?;
    file.into_inner().map_err(std::io::IntoInnerError::into_error)?.sync_all()
}

/// The plaintext of the backup at `path`; a wrong passphrase and a file that is not a backup are told apart.
pub(super) fn read(path: &Path, passphrase: &Sensitive<String>) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path)
        .map_err(|source| Error::io(tr!("files-opening", path = path.display().to_string()), source))?;
    let shown = path.display().to_string();
    let not_a_backup = || Error::invalid("from", tr!("vault-backup-not-age", path = shown.as_str()));
    let decryptor =
        age::Decryptor::new_buffered(std::io::BufReader::new(file)).map_err(|_| not_a_backup())?;
    if !decryptor.is_scrypt() {
        return Err(Error::invalid("from", tr!("vault-backup-key-not-passphrase", path = shown.as_str())));
    }
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.expose().clone()));
    let mut reader =
        decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(|error| match error {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                Error::invalid("passphrase", tr!("vault-backup-wrong-passphrase"))
            }
            other => Error::invalid(
                "from",
                tr!("vault-backup-cannot-open", path = shown.as_str(), detail = other.to_string()),
            ),
        })?;
    let mut plaintext = Vec::new();
    reader
        .read_to_end(&mut plaintext)
        .map_err(|_| Error::invalid("from", tr!("vault-backup-damaged", path = shown.as_str())))?;
    Ok(plaintext)
}
