//! One error type for the core, and its wire form for the web view and `--json`.
//!
//! The UI and scripts match on [`ErrorCode`], never on prose: codes are stable, messages may improve.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::problem::{summary, Problem};
use crate::provider::Provider;
use crate::tr;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable, machine-readable error codes. Renaming one is a breaking change for the UI and for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A value the user gave was rejected before anything was sent or stored; `field` names it.
    InvalidInput,
    /// The OS keyring is locked, missing or refused access.
    KeyringUnavailable,
    /// The provider has no credentials yet.
    NotConfigured,
    /// The local database could not be opened, migrated or used.
    Store,
    /// A file or directory could not be read or written.
    Io,
    /// A provider could not be reached (after retries, where retrying is safe).
    Network,
    /// A provider answered with an error; `message` carries its words and what to do.
    ProviderError,
    /// The provider account's request allowance is spent for now: catalog work waits for the next window.
    RateBudget,
    /// A provider answered something Giftdesk cannot read.
    UnexpectedResponse,
    /// A provider refused a purchase; `problems` says why, item by item, with what to do.
    Rejected,
    /// A bug or an unexpected state; the message says what happened.
    Internal,
    /// The team's shared database cannot be reached: the desk shows what it last read and buys nothing.
    TeamUnreachable,
}

/// The core's error. Its words (`Display`) are in the reseller's language (`crate::i18n`); its code is not.
#[derive(Debug)]
pub enum Error {
    InvalidInput { field: String, message: String },
    KeyringUnavailable { detail: String },
    NotConfigured { provider: Provider },
    Store(sqlx::Error),
    Migrate(sqlx::migrate::MigrateError),
    Io { context: String, source: std::io::Error },
    Provider { provider: Provider, status: u16, code: Option<String>, message: String },
    UnexpectedResponse { provider: Provider, detail: String },
    Network { provider: Provider, detail: String },
    RateBudget { provider: Provider, wait_secs: u64 },
    Rejected { problems: Vec<Problem> },
    Internal(String),
    TeamUnreachable { detail: String },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::InvalidInput { message, .. } => message.clone(),
            Self::KeyringUnavailable { detail } => tr!("error-keyring-unavailable", detail = detail.as_str()),
            Self::NotConfigured { provider } => {
                tr!("error-not-configured", provider = provider.display_name(), id = provider.to_string())
            }
            Self::Store(error) => tr!("error-store", detail = error.to_string()),
            Self::Migrate(error) => tr!("error-migrate", detail = error.to_string()),
            Self::Io { context, source } => format!("{context}: {source}"),
            Self::Provider { provider, status, code: Some(code), message } => tr!(
                "error-provider-coded",
                provider = provider.display_name(),
                status = status.to_string(),
                code = code.as_str(),
                message = message.as_str()
            ),
            Self::Provider { provider, status, code: None, message } => tr!(
                "error-provider",
                provider = provider.display_name(),
                status = status.to_string(),
                message = message.as_str()
            ),
            Self::UnexpectedResponse { provider, detail } => {
                tr!("error-unexpected-response", provider = provider.display_name(), detail = detail.as_str())
            }
            Self::Network { provider, detail } => {
                tr!("error-network", provider = provider.display_name(), detail = detail.as_str())
            }
            Self::RateBudget { provider, wait_secs } => {
                tr!("error-rate-budget", provider = provider.display_name(), seconds = *wait_secs)
            }
            Self::Rejected { problems } => summary(problems),
            Self::Internal(message) => message.clone(),
            Self::TeamUnreachable { detail } => tr!("error-team-unreachable", detail = detail.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Store(error) => Some(error),
            Self::Migrate(error) => Some(error),
            Self::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<sqlx::Error> for Error {
    fn from(error: sqlx::Error) -> Self {
        Self::Store(error)
    }
}

impl From<sqlx::migrate::MigrateError> for Error {
    fn from(error: sqlx::migrate::MigrateError) -> Self {
        Self::Migrate(error)
    }
}

impl Error {
    /// A rejected input, naming the field and what would be accepted.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::InvalidInput { field: field.into(), message: message.into() }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Self::Io { context: context.into(), source }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidInput { .. } => ErrorCode::InvalidInput,
            Self::KeyringUnavailable { .. } => ErrorCode::KeyringUnavailable,
            Self::NotConfigured { .. } => ErrorCode::NotConfigured,
            Self::Store(_) | Self::Migrate(_) => ErrorCode::Store,
            Self::Io { .. } => ErrorCode::Io,
            Self::Network { .. } => ErrorCode::Network,
            Self::Provider { .. } => ErrorCode::ProviderError,
            Self::RateBudget { .. } => ErrorCode::RateBudget,
            Self::UnexpectedResponse { .. } => ErrorCode::UnexpectedResponse,
            Self::Rejected { .. } => ErrorCode::Rejected,
            Self::Internal(_) => ErrorCode::Internal,
            Self::TeamUnreachable { .. } => ErrorCode::TeamUnreachable,
        }
    }

    /// An error met on the team's shared database: one that means the server cannot be reached (refused,
    /// timed out, the connection lost) becomes [`Self::TeamUnreachable`]; the rest stay as they were.
    pub fn from_team(self) -> Self {
        match self {
            Self::Store(
                error @ (sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
                | sqlx::Error::Protocol(_)
                | sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::WorkerCrashed),
            ) => Self::TeamUnreachable { detail: error.to_string() },
            // The server answered but will not serve this desk: a connection refused (08), a password or
            // role it no longer takes (28), a database gone (3D), the server shutting down (57) or out of
            // room for connections (53).
            Self::Store(sqlx::Error::Database(error))
                if error.code().is_some_and(|code| {
                    ["08", "28", "3D", "57", "53"].iter().any(|c| code.starts_with(c))
                }) =>
            {
                Self::TeamUnreachable { detail: error.to_string() }
            }
            other => other,
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            Self::InvalidInput { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// The error as it crosses the IPC boundary and as `--json` prints it: `{code, message, field?}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
    /// For `rejected`: each of the provider's reasons with what to do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<Problem>>", optional)]
    pub problems: Vec<Problem>,
}

impl From<Error> for IpcError {
    fn from(error: Error) -> Self {
        let problems = match &error {
            Error::Rejected { problems } => problems.clone(),
            _ => Vec::new(),
        };
        Self {
            code: error.code(),
            message: error.to_string(),
            field: error.field().map(str::to_owned),
            problems,
        }
    }
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wire_format_is_pinned() {
        let invalid: IpcError = Error::invalid("api_key", "must not be empty").into();
        assert_eq!(
            serde_json::to_value(&invalid).unwrap(),
            json!({"code": "invalid_input", "message": "must not be empty", "field": "api_key"})
        );

        let missing: IpcError = Error::NotConfigured { provider: Provider::Bitrefill }.into();
        let value = serde_json::to_value(&missing).unwrap();
        assert_eq!(value["code"], "not_configured");
        assert!(value.get("field").is_none(), "field is omitted when there is none: {value}");
        assert!(value["message"].as_str().unwrap().contains("giftdesk login bitrefill"));
    }

    /// The names come from the enum itself (the declaration ts-rs derives for the UI), so a new code cannot be
    /// missed here; each must be pinned below, since renaming one breaks the UI and scripts.
    #[test]
    fn every_code_has_a_stable_name() {
        let declaration = <ErrorCode as TS>::decl(&ts_rs::Config::default());
        let names: Vec<&str> = declaration.split('"').skip(1).step_by(2).collect();
        assert_eq!(
            names,
            [
                "invalid_input",
                "keyring_unavailable",
                "not_configured",
                "store",
                "io",
                "network",
                "provider_error",
                "rate_budget",
                "unexpected_response",
                "rejected",
                "internal",
                "team_unreachable"
            ],
            "{declaration}"
        );
        for name in names {
            let code: ErrorCode = serde_json::from_value(json!(name)).unwrap();
            assert_eq!(serde_json::to_value(code).unwrap(), json!(name), "{name} reads back as itself");
        }
    }

    #[test]
    fn wire_format_round_trips() {
        let text = r#"{"code":"keyring_unavailable","message":"locked"}"#;
        let error: IpcError = serde_json::from_str(text).unwrap();
        assert_eq!(error.code, ErrorCode::KeyringUnavailable);
        assert_eq!(serde_json::to_string(&error).unwrap(), text);
    }
}
