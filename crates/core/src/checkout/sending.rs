//! "Still sending, or died?": a process holds an OS file lock while a create request is in flight. The OS
//! drops the lock when the process ends, however it ends, on Windows, macOS and Linux alike, so another
//! process that can take the lock knows the sender is gone and the answer, if any, was lost. A desk in a
//! team also holds the team-wide lock of the same name (`TeamBook::try_lock`), which the server drops when
//! the desk dies: another desk reconciling the purchase waits while the sender lives.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::store::TeamBook;
use crate::tr;

pub struct SendLock {
    file: File,
    path: PathBuf,
    team: Option<(TeamBook, String)>,
}

fn team_key(purchase_id: &str) -> String {
    format!("sending:{purchase_id}")
}

fn lock_path(data_dir: &Path, purchase_id: &str) -> PathBuf {
    data_dir.join("sending").join(format!("{purchase_id}.lock"))
}

impl SendLock {
    /// Taken before the purchase row is written; held until the answer is recorded.
    pub async fn acquire(data_dir: &Path, purchase_id: &str, team: Option<&TeamBook>) -> Result<Self> {
        let mut lock = Self::acquire_here(data_dir, purchase_id)?;
        if let Some(team) = team {
            let key = team_key(purchase_id);
            // A new purchase's id: no one else can hold it.
            if !team.try_lock(&key).await? {
                return Err(Error::Internal(format!("purchase {purchase_id} is already being sent")));
            }
            lock.team = Some((team.clone(), key));
        }
        Ok(lock)
    }

    fn acquire_here(data_dir: &Path, purchase_id: &str) -> Result<Self> {
        let path = lock_path(data_dir, purchase_id);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(tr!("checkout-io-sending-directory"), e))?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(tr!("checkout-io-sending-lock-create"), e))?;
        file.lock().map_err(|e| Error::io(tr!("checkout-io-sending-lock-take"), e))?;
        Ok(Self { file, path, team: None })
    }
}

impl Drop for SendLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
        let _ = std::fs::remove_file(&self.path);
        if let Some((team, key)) = &self.team {
            team.unlock(key);
        }
    }
}

/// Whether a process (in a team: of any desk) is still sending this purchase (it holds the lock).
pub async fn still_sending(data_dir: &Path, purchase_id: &str, team: Option<&TeamBook>) -> Result<bool> {
    if sending_here(data_dir, purchase_id) {
        return Ok(true);
    }
    match team {
        Some(team) => team.is_locked(&team_key(purchase_id)).await,
        None => Ok(false),
    }
}

fn sending_here(data_dir: &Path, purchase_id: &str) -> bool {
    let path = lock_path(data_dir, purchase_id);
    let Ok(file) = OpenOptions::new().write(true).open(&path) else {
        return false;
    };
    match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            let _ = std::fs::remove_file(&path);
            false
        }
        Err(_) => true,
    }
}
