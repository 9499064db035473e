//! The core's tests, one binary (one link step): each module a capability, against the sandbox over real
//! HTTP, a real SQLite file and the OS keyring, through the core's API alone (no window, no binary).

mod bindings;
mod catalog_offers;
mod checkout;
mod clipboard;
mod desk;
mod dialects;
mod esim_activation;
mod esims;
mod fault_drill;
mod foreign_shapes;
mod layers;
mod logos;
mod lost_answers;
mod messages;
mod provider_http;
mod recorded;
mod store;
mod top_ups;
mod tracking;
mod voucher;
mod webhook;
