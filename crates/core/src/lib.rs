//! Giftdesk's core: everything the window and the headless verbs share, knowing nothing of Tauri.
//!
//! Layers, from the ground up: the vocabulary (`provider`, `problem`, `product_kind`, `money`, `error`, `clock`, `paths`, `recipients`), then the providers,
//! the store and the secrets, then the domains (`catalog`, `checkout`, `tracking`, `vault`), wired by `context`.

pub mod bindings;
pub mod catalog;
pub mod checkout;
pub mod clock;
pub mod context;
pub mod error;
#[cfg(any(test, feature = "fuzzing"))]
pub mod fuzzing;
pub mod logs;
pub mod money;
pub mod paths;
pub mod problem;
pub mod product_kind;
pub mod provider;
pub mod providers;
pub mod recipients;
pub mod secrets;
pub mod settings;
pub mod store;
pub mod tracking;
pub mod vault;
