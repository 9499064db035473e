//! Giftdesk: a desktop app for resellers of gift cards, top-ups and eSIMs.
//!
//! The core (everything but `shell`) knows nothing of Tauri: the window's commands and the headless verbs
//! call the same functions.

pub mod bindings;
pub mod catalog;
pub mod checkout;
pub mod cli;
pub mod clock;
pub mod context;
pub mod error;
#[cfg(any(test, feature = "fuzzing"))]
pub mod fuzzing;
pub mod logs;
pub mod paths;
pub mod providers;
pub mod recipients;
pub mod sandbox;
pub mod secrets;
pub mod settings;
#[cfg(feature = "desktop")]
pub mod shell;
pub mod store;
pub mod tracking;
pub mod vault;
