//! "Copy diagnostics": what a bug report needs — versions, the platform, where things are, which providers
//! are set up (yes or no, never a credential or its hint), and the last warnings and errors of the log.

use crate::context::Context;
use crate::error::Result;
use crate::logs;

/// How many of the log's last warnings and errors a report carries.
const LAST_PROBLEMS: usize = 20;

impl Context {
    pub async fn diagnostics(&self) -> Result<String> {
        let overview = self.overview().await?;
        let mut lines = vec![
            format!("Giftdesk {} on {} {}", overview.version, std::env::consts::OS, std::env::consts::ARCH),
            format!("environment: {}", if overview.environment.is_sandbox() { "sandbox" } else { "live" }),
            format!("data: {}", overview.paths.data.display()),
            format!("database: {} (schema {})", overview.database, overview.schema_version),
            format!("logs: {}", overview.paths.logs.display()),
            format!("config: {}", overview.paths.config.display()),
        ];
        lines.extend(overview.providers.iter().map(|status| {
            format!(
                "{}: {}",
                status.provider.display_name(),
                if status.configured { "configured" } else { "not configured" }
            )
        }));
        let problems = logs::recent_problems(&overview.paths.logs, LAST_PROBLEMS);
        lines.push(format!("last warnings and errors ({}):", problems.len()));
        lines.extend(problems);
        Ok(lines.join("\n"))
    }
}
