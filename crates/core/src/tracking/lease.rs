//! Leases on following a purchase, shared by every process on the data folder: whoever holds a purchase's
//! lease follows it at the provider; the others watch the store, where the holder records every change.
//!
//! A lease is an exclusive lock on a small file per purchase (`trackers/<purchase id>.lock` in the data
//! folder), taken with the standard library's `File::try_lock` (flock on Unix, LockFileEx on Windows). The
//! OS drops it when its process ends, however it ends, so a watcher takes over the moment a holder dies —
//! no expiry to wait out, no renewal to miss. A desk in a team takes its leases from the team's database
//! instead (advisory locks: `TeamBook::try_lock`), so one desk follows each purchase across the whole team.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};
use crate::store::TeamBook;
use crate::tr;

#[derive(Debug, Clone)]
pub(super) struct Leases {
    dir: PathBuf,
    /// The locked files of the purchases this process follows (`None` for a team's lock); dropping one
    /// releases its lease.
    held: Arc<Mutex<HashMap<String, Option<File>>>>,
    team: Option<TeamBook>,
}

impl Leases {
    pub fn new(data_dir: &std::path::Path, team: Option<TeamBook>) -> Self {
        Self { dir: data_dir.join("trackers"), held: Arc::default(), team }
    }

    /// The purchase's lease unless another process (or desk) holds it, given up when the returned guard is
    /// dropped (the follow ended, failed or was cancelled). Where locks cannot be taken it follows anyway,
    /// as before leases: one process may then read the provider twice, never pay twice.
    pub async fn take(&self, purchase_id: &str) -> Option<Lease> {
        let taken = match &self.team {
            Some(team) => self.try_take_in_team(team, purchase_id).await,
            None => self.try_take(purchase_id),
        };
        match taken {
            Ok(true) => Some(Lease { leases: self.clone(), purchase_id: purchase_id.to_owned() }),
            Ok(false) => None,
            Err(error) => {
                tracing::warn!(purchase = %purchase_id, %error, "could not lock the purchase for tracking; following it anyway");
                Some(Lease { leases: self.clone(), purchase_id: purchase_id.to_owned() })
            }
        }
    }

    async fn try_take_in_team(&self, team: &TeamBook, purchase_id: &str) -> Result<bool> {
        // Claimed in this process first (another task may follow it), then at the server.
        if !self.hold(purchase_id, None) {
            return Ok(false);
        }
        let locked = team.try_lock(&lock_key(purchase_id)).await;
        if !matches!(locked, Ok(true)) {
            self.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(purchase_id);
        }
        locked
    }

    /// Notes the purchase as followed here; false when a task of this process already follows it.
    fn hold(&self, purchase_id: &str, file: Option<File>) -> bool {
        let mut held = self.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if held.contains_key(purchase_id) {
            return false;
        }
        held.insert(purchase_id.to_owned(), file);
        true
    }

    fn try_take(&self, purchase_id: &str) -> Result<bool> {
        let mut held = self.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // Another task of this process follows it (the in-process claim makes this rare): not free.
        if held.contains_key(purchase_id) {
            return Ok(false);
        }
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| Error::io(tr!("files-creating", path = self.dir.display().to_string()), e))?;
        let path = self.dir.join(format!("{}.lock", file_name(purchase_id)));
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(tr!("files-opening", path = path.display().to_string()), e))?;
        match file.try_lock() {
            Ok(()) => {
                held.insert(purchase_id.to_owned(), Some(file));
                Ok(true)
            }
            Err(std::fs::TryLockError::WouldBlock) => Ok(false),
            Err(std::fs::TryLockError::Error(error)) => {
                Err(Error::io(tr!("files-locking", path = path.display().to_string()), error))
            }
        }
    }

    /// Gives the lease up (closing the file unlocks it), so a watcher takes over at once.
    fn release(&self, purchase_id: &str) {
        self.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(purchase_id);
        if let Some(team) = &self.team {
            team.unlock(&lock_key(purchase_id));
        }
    }
}

/// A purchase's lease while held; dropping it gives the lease up.
#[derive(Debug)]
pub(super) struct Lease {
    leases: Leases,
    purchase_id: String,
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.leases.release(&self.purchase_id);
    }
}

/// The team-wide lock of following a purchase.
fn lock_key(purchase_id: &str) -> String {
    format!("follow:{purchase_id}")
}

/// Purchase ids are uuids; anything else is kept to letters, digits and dashes so it can only name a file here.
fn file_name(purchase_id: &str) -> String {
    purchase_id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_holder_at_a_time_and_the_lease_is_free_once_released() {
        let dir = tempfile::tempdir().unwrap();
        let (first, second) = (Leases::new(dir.path(), None), Leases::new(dir.path(), None));
        let held = first.take("p-1").await.expect("free");
        assert!(second.take("p-1").await.is_none(), "held by the other");
        let _other = second.take("p-2").await.expect("another purchase is free");
        drop(held);
        assert!(second.take("p-1").await.is_some(), "free once its guard is dropped");
    }
}
