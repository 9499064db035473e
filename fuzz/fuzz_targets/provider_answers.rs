//! Any body a provider could send, for every answer the app reads (the first byte picks which).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| giftdesk_core::fuzzing::provider_answer(data));
