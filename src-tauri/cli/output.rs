//! How verbs report: text for people, one JSON document for scripts, errors on stderr with a non-zero exit.

use std::process::ExitCode;

use serde::Serialize;

use giftdesk_core::error::{Error, IpcError};

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub json: bool,
}

impl Output {
    /// Prints a verb's result: `value` as JSON, or the text `human` renders.
    pub fn success<T: Serialize>(self, value: &T, human: impl FnOnce(&T) -> String) -> ExitCode {
        if self.json {
            match serde_json::to_string_pretty(value) {
                Ok(text) => println!("{text}"),
                Err(error) => {
                    return self.failure(Error::Internal(format!("could not encode the result: {error}")))
                }
            }
        } else {
            let text = human(value);
            if !text.is_empty() {
                println!("{text}");
            }
        }
        ExitCode::SUCCESS
    }

    /// The message on stderr always; with `--json` also `{"error": {code, message, field?}}` on stdout.
    pub fn failure(self, error: Error) -> ExitCode {
        tracing::debug!(code = ?error.code(), "verb failed");
        let wire = IpcError::from(error);
        eprintln!("giftdesk: {}", wire.message);
        if self.json {
            println!("{}", serde_json::json!({ "error": wire }));
        }
        ExitCode::FAILURE
    }
}
