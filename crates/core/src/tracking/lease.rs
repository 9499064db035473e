//! Leases on following a purchase, shared by every process on the data folder: whoever holds a purchase's
//! lease follows it at the provider; the others watch the store, where the holder records every change.
//!
//! A lease is an exclusive lock on a small file per purchase (`trackers/<purchase id>.lock` in the data
//! folder), taken with the standard library's `File::try_lock` (flock on Unix, LockFileEx on Windows). The
//! OS drops it when its process ends, however it ends, so a watcher takes over the moment a holder dies —
//! no expiry to wait out, no renewal to miss.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};

#[derive(Debug, Clone)]
pub(super) struct Leases {
    dir: PathBuf,
    /// The locked files of the purchases this process follows; dropping one releases its lease.
    held: Arc<Mutex<HashMap<String, File>>>,
}

impl Leases {
    pub fn new(data_dir: &std::path::Path) -> Self {
        Self { dir: data_dir.join("trackers"), held: Arc::default() }
    }

    /// Takes the purchase's lease unless another process holds it; true when this process holds it now.
    pub fn take(&self, purchase_id: &str) -> Result<bool> {
        let mut held = self.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if held.contains_key(purchase_id) {
            return Ok(true);
        }
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| Error::io(format!("creating {}", self.dir.display()), e))?;
        let path = self.dir.join(format!("{}.lock", file_name(purchase_id)));
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
        match file.try_lock() {
            Ok(()) => {
                held.insert(purchase_id.to_owned(), file);
                Ok(true)
            }
            Err(std::fs::TryLockError::WouldBlock) => Ok(false),
            Err(std::fs::TryLockError::Error(error)) => {
                Err(Error::io(format!("locking {}", path.display()), error))
            }
        }
    }

    /// Gives the lease up (closing the file unlocks it), so a watcher takes over at once.
    pub fn release(&self, purchase_id: &str) {
        self.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(purchase_id);
    }
}

/// Purchase ids are uuids; anything else is kept to letters, digits and dashes so it can only name a file here.
fn file_name(purchase_id: &str) -> String {
    purchase_id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_the_lease_is_free_once_released() {
        let dir = tempfile::tempdir().unwrap();
        let (first, second) = (Leases::new(dir.path()), Leases::new(dir.path()));
        assert!(first.take("p-1").unwrap());
        assert!(first.take("p-1").unwrap(), "already ours");
        assert!(!second.take("p-1").unwrap(), "held by the other");
        assert!(second.take("p-2").unwrap(), "another purchase is free");
        first.release("p-1");
        assert!(second.take("p-1").unwrap(), "free once released");
    }
}
