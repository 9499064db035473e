//! Helpers shared by the tests of every crate and by the benchmarks. Each test gets a home of its own, talks
//! real HTTP to a sandbox on port 0, and opens a real core context (SQLite file, OS keyring) in that home.

mod home;
pub mod shop;
pub mod team;

pub use giftdesk_sandbox::testing::{apis, sse};

pub use self::home::TestHome;
