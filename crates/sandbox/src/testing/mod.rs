//! For tests of any crate: the sandbox started on port 0 with a client that speaks to it as the providers'
//! clients would (auth, headers, the control API), and a reader of its event streams. Here rather than in a
//! test crate so the sandbox's own tests need nothing of the core.

pub mod apis;
pub mod sse;
