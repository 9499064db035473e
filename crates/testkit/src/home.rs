//! An isolated home for one test: a data directory and keyring service of its own, removed afterwards.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

#[derive(Debug)]
pub struct TestHome {
    pub dir: tempfile::TempDir,
    pub keyring_service: String,
}

impl Default for TestHome {
    fn default() -> Self {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
            keyring_service: format!("giftdesk-test-{}-{n}", std::process::id()),
        }
    }
}

impl TestHome {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    /// Every file under the data directory (which holds the logs and config too), recursively.
    pub fn files_written(&self) -> Vec<PathBuf> {
        let mut files = Vec::new();
        walk(self.dir.path(), &mut files);
        files
    }
}

impl Drop for TestHome {
    fn drop(&mut self) {
        for name in ["bitrefill", "cryptorefills", "vault-key"] {
            if let Ok(entry) = keyring::Entry::new(&self.keyring_service, name) {
                let _ = entry.delete_credential();
            }
        }
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files);
        } else {
            files.push(path);
        }
    }
}
