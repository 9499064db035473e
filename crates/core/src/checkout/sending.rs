//! "Still sending, or died?": a process holds an OS file lock while a create request is in flight. The OS
//! drops the lock when the process ends, however it ends, on Windows, macOS and Linux alike, so another
//! process that can take the lock knows the sender is gone and the answer, if any, was lost.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::tr;

pub struct SendLock {
    file: File,
    path: PathBuf,
}

fn lock_path(data_dir: &Path, purchase_id: &str) -> PathBuf {
    data_dir.join("sending").join(format!("{purchase_id}.lock"))
}

impl SendLock {
    /// Taken before the purchase row is written; held until the answer is recorded.
    pub fn acquire(data_dir: &Path, purchase_id: &str) -> Result<Self> {
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
        Ok(Self { file, path })
    }
}

impl Drop for SendLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether a process is still sending this purchase (it holds the lock).
pub fn still_sending(data_dir: &Path, purchase_id: &str) -> bool {
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
