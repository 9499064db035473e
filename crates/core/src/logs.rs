//! Logging: a daily rolling file in the OS log directory, and stderr; level from `GIFTDESK_LOG`.
//!
//! Secrets stay out by construction: they are `Sensitive` (redacted in Debug) and no request headers or
//! redemption codes are ever passed to `tracing`. The log-leak test proves it on the files written.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{fmt, EnvFilter, Layer};

use crate::error::{Error, Result};
use crate::tr;

pub const LEVEL_VAR: &str = "GIFTDESK_LOG";
const KEEP_DAYS: usize = 14;

/// Keeps the background log writer alive; dropping it flushes the file.
#[derive(Debug)]
#[must_use = "logs stop being written when the guard is dropped"]
pub struct LogGuard {
    _file: WorkerGuard,
}

/// How the process presents itself: a window logs its lifecycle to stderr, while a verb keeps stderr for
/// what the user asked for and only warns there unless `GIFTDESK_LOG` says otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Window,
    Verb,
}

pub fn init(log_dir: &Path, face: Face) -> Result<LogGuard> {
    let level = std::env::var(LEVEL_VAR).ok().filter(|level| !level.trim().is_empty());
    // PostgreSQL's notices ("relation already exists, skipping" at every migration check) say nothing to
    // a reseller or a bug report.
    let file_filter = filter(level.as_deref().unwrap_or("info,sqlx::postgres::notice=warn"))?;
    let stderr_default = match face {
        Face::Window => "info,sqlx::postgres::notice=warn",
        Face::Verb => "warn",
    };
    let stderr_filter = filter(level.as_deref().unwrap_or(stderr_default))?;

    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix("giftdesk")
        .filename_suffix("log")
        .max_log_files(KEEP_DAYS)
        .build(log_dir)
        .map_err(|e| {
            Error::Internal(tr!(
                "logs-not-opened",
                dir = log_dir.display().to_string(),
                detail = e.to_string()
            ))
        })?;
    let (writer, guard) = tracing_appender::non_blocking(appender);

    tracing_subscriber::registry()
        .with(fmt::layer().with_writer(writer).with_ansi(false).with_filter(file_filter))
        .with(fmt::layer().with_writer(std::io::stderr).with_target(false).with_filter(stderr_filter))
        .try_init()
        .map_err(|e| Error::Internal(format!("logging was already set up: {e}")))?;
    Ok(LogGuard { _file: guard })
}

fn filter(directives: &str) -> Result<EnvFilter> {
    EnvFilter::try_new(directives).map_err(|e| {
        Error::invalid(LEVEL_VAR, tr!("logs-level-invalid", variable = LEVEL_VAR, detail = e.to_string()))
    })
}

/// Panics reach the log file (with where they happened and a backtrace) before the default report on stderr,
/// so a crash in a window nobody watched from a terminal still leaves its cause behind.
///
/// The log file is written by a background thread, which a release build (`panic = "abort"`) never lets
/// finish: the panic also goes, synchronously, to `panics.log` beside it, which diagnostics read too.
pub fn log_panics(log_dir: &Path) {
    let previous = std::panic::take_hook();
    let panics = log_dir.join(PANICS_FILE);
    std::panic::set_hook(Box::new(move |info| {
        let backtrace = std::backtrace::Backtrace::force_capture();
        tracing::error!(panic = %info, %backtrace, "giftdesk panicked");
        let line = format!(
            "{} ERROR giftdesk panicked: {}\n{backtrace}\n",
            crate::clock::iso(crate::clock::now_ms()),
            info
        );
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&panics)
            .and_then(|mut file| std::io::Write::write_all(&mut file, line.as_bytes()));
        if let Err(error) = written {
            eprintln!("giftdesk could not write {}: {error}", panics.display());
        }
        previous(info);
    }));
}

const PANICS_FILE: &str = "panics.log";

/// The last `max` warnings and errors of the newest log file, for "Copy diagnostics". The log holds no
/// secret and no code (see the module's note), so neither does this.
pub fn recent_problems(log_dir: &Path, max: usize) -> Vec<String> {
    let newest = std::fs::read_dir(log_dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.file_name().to_string_lossy().starts_with("giftdesk."))
        .max_by_key(|entry| entry.file_name());
    let text = newest.and_then(|entry| std::fs::read_to_string(entry.path()).ok()).unwrap_or_default();
    let panics = std::fs::read_to_string(log_dir.join(PANICS_FILE)).unwrap_or_default();
    let problems: Vec<&str> = panics
        .lines()
        .chain(text.lines())
        .filter(|line| line.contains(" WARN ") || line.contains(" ERROR "))
        .collect();
    problems[problems.len().saturating_sub(max)..].iter().map(|line| (*line).to_owned()).collect()
}
