//! The sandbox's tests, one binary: each provider API over real HTTP, its faults, and the order stream.

mod bitrefill;
mod cryptorefills;
mod esims;
mod faults;
mod phones;
mod stream;
