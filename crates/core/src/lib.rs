//! Giftdesk's core: everything the window and the headless verbs share, knowing nothing of Tauri.
//!
//! Floors, from the ground up (`tests/core/layers.rs` holds the sources to them):
//! 1. the vocabulary: `provider`, `problem`, `product_kind`, `money`, `i18n`, `error`, `clock`, `paths`, `recipients`,
//!    `environment`, `logs`, `qr`, `release`;
//! 2. what the domains stand on: `providers`, `store`, `secrets`, `settings`, `clipboard`;
//! 3. `accounts`: one client per provider account, so one rate budget;
//! 4. the domains, each a type holding what it needs: `catalog` and `vault`, then `checkout`, then `tracking` and `desk`;
//! 5. `context`, which opens the store and wires the domains, and `bindings` (the TypeScript export).

pub mod accounts;
pub mod bindings;
pub mod catalog;
pub mod checkout;
pub mod clipboard;
pub mod clock;
pub mod context;
pub mod desk;
pub mod diagnostics;
pub mod environment;
pub mod error;
#[cfg(any(test, feature = "fuzzing"))]
pub mod fuzzing;
pub mod i18n;
pub mod logs;
pub mod money;
pub mod paths;
pub mod problem;
pub mod product_kind;
pub mod provider;
pub mod providers;
pub mod qr;
pub mod recipients;
pub mod release;
pub mod secrets;
pub mod settings;
pub mod store;
pub mod team;
pub mod tracking;
pub mod vault;
