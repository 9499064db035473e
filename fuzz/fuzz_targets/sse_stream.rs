//! Any byte stream as an order's Server-Sent Events, split anywhere: it decodes, and the same however split.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| giftdesk_core::fuzzing::sse_input(data));
