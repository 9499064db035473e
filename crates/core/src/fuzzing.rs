//! Entry points for the fuzz targets in `fuzz/`: every decoder a provider's bytes reach, fed as the app feeds
//! them. Built with the `fuzzing` feature (the fuzz crate) and in unit tests, which replay the committed
//! corpora so a crash found once stays fixed.

use std::convert::Infallible;

use futures_util::StreamExt;
use serde_json::Value;

use crate::catalog::{apply_family, from_bitrefill, from_cryptorefills};
use crate::checkout::{answers, items, payment, problems};
use crate::error::{Error, IpcError};
use crate::providers::cryptorefills_families::{featured_brands, Family};
use crate::providers::{
    bitrefill, bitrefill_answers, bitrefill_orders, cryptorefills, cryptorefills_answers,
    cryptorefills_orders, Provider,
};
use crate::tracking::sse::{decode, SseEvent};
use crate::vault::redemption::{redacted, sanitise, Redemption};

/// Every answer the app reads from a provider. The first input byte picks one; the rest is the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    BitrefillProducts,
    BitrefillBalance,
    BitrefillInvoice,
    BitrefillOrder,
    BitrefillError,
    CryptorefillsBrands,
    CryptorefillsFamily,
    CryptorefillsOrder,
    CryptorefillsError,
    CryptorefillsFeed,
    CryptorefillsPrice,
}

impl Answer {
    pub const ALL: [Answer; 11] = [
        Self::BitrefillProducts,
        Self::BitrefillBalance,
        Self::BitrefillInvoice,
        Self::BitrefillOrder,
        Self::BitrefillError,
        Self::CryptorefillsBrands,
        Self::CryptorefillsFamily,
        Self::CryptorefillsOrder,
        Self::CryptorefillsError,
        Self::CryptorefillsFeed,
        Self::CryptorefillsPrice,
    ];

    pub fn from_byte(byte: u8) -> Self {
        Self::ALL[usize::from(byte) % Self::ALL.len()]
    }
}

/// A provider answer, decoded every way the app decodes that answer. Panics only on a bug.
pub fn provider_answer(data: &[u8]) {
    let Some((&selector, body)) = data.split_first() else { return };
    // Bodies that are not JSON stop at the HTTP layer with an error naming the provider.
    let Ok(body) = serde_json::from_slice::<Value>(body) else { return };
    let status = 400 + u16::from(selector % 100);
    match Answer::from_byte(selector) {
        Answer::BitrefillProducts => {
            let page = bitrefill::page_from(body);
            for (product, _) in &page.products {
                let _ = from_bitrefill(product, "USD");
            }
        }
        Answer::BitrefillBalance => {
            let _ = bitrefill::balance_from(&body);
        }
        Answer::BitrefillInvoice => {
            let change = answers::created_change(Provider::Bitrefill, &body, Some("refund-address"));
            let _ = change.state.map(|state| (state.label(), state.is_final()));
            if let Ok(invoice) = bitrefill_orders::invoice_from(body.clone()) {
                let _ = answers::invoice_change(&invoice, None, "fuzz");
                let _ = payment::from_bitrefill(&invoice.value, None);
            }
            let _ = items::items(Provider::Bitrefill, &body, &[]);
            let _ = bitrefill_answers::Listing::<bitrefill_answers::ListedInvoice>::from_body(&body);
            let _ = bitrefill_answers::Listing::<bitrefill_answers::ListedOrder>::from_body(&body);
        }
        Answer::BitrefillOrder => {
            let order = body.get("data").cloned().unwrap_or(body);
            if let Ok(order) = serde_json::from_value::<bitrefill_answers::Order>(order) {
                let _ = (order.has_code(), order.is_top_up());
                read_redemption(&Redemption::from_bitrefill(&order.redemption()));
            }
        }
        Answer::BitrefillError => {
            describe(bitrefill::error_from(status, &body));
            let found = answers::refusal(Provider::Bitrefill, status, &body);
            let _ = problems::summary(&found);
        }
        Answer::CryptorefillsBrands => {
            for (brand, _) in cryptorefills::brands_from(&body) {
                let _ = from_cryptorefills(&brand, "US");
            }
        }
        Answer::CryptorefillsFamily => {
            let bare: cryptorefills::Brand = serde_json::from_value(serde_json::json!({"family": "Fuzz"}))
                .expect("a brand needs only a family");
            if let Ok(family) = serde_json::from_value::<Family>(body.clone()) {
                apply_family(&mut from_cryptorefills(&bare, "US"), &family);
            }
        }
        Answer::CryptorefillsOrder => {
            let _ = answers::created_change(Provider::Cryptorefills, &body, None);
            if let Ok(order) = cryptorefills_orders::order_from(body.clone()) {
                let _ = answers::order_change(&order, "fuzz");
                let _ = payment::from_cryptorefills(&order.value);
                for delivery in &order.value.deliveries {
                    if let Some(deliverable) = &delivery.deliverable {
                        let _ = (deliverable.has_something_to_hand_over(), deliverable.image_url());
                        read_redemption(&Redemption::from_cryptorefills(deliverable));
                    }
                }
            }
            let _ = items::items(Provider::Cryptorefills, &body, &[]);
            let _ = redacted(&body);
        }
        Answer::CryptorefillsError => {
            describe(cryptorefills::error_from(status, &body));
            let found = answers::refusal(Provider::Cryptorefills, status, &body);
            let _ = problems::summary(&found);
            if let Some(list) = cryptorefills_answers::ErrorAnswer::from_body(&body).problems() {
                let _ = answers::cryptorefills_problems(&list);
            }
            if let Ok(validation) = serde_json::from_value::<cryptorefills_answers::Validation>(body.clone())
            {
                let _ = answers::cryptorefills_problems(&validation.problems);
            }
        }
        Answer::CryptorefillsFeed => {
            let _ = featured_brands(&body);
        }
        Answer::CryptorefillsPrice => {
            let _ = serde_json::from_value::<cryptorefills_answers::Price>(body.clone());
            let vias = cryptorefills_answers::payment_vias_from(&body);
            let _ = cryptorefills_answers::wallet_coins(&vias);
        }
    }
}

/// What the vault and the window do with redemption info: sanitise its instructions, show it.
fn read_redemption(redemption: &Redemption) {
    let _ = redemption.is_empty();
    if let Some(instructions) = &redemption.instructions {
        let _ = sanitise(instructions);
    }
    let _ = serde_json::to_string(redemption);
}

/// What the window and the terminal show of an error.
fn describe(error: Error) {
    let _ = error.to_string();
    let _ = serde_json::to_value(IpcError::from(error));
}

/// The SSE target's input: three cut points, then the stream.
pub fn sse_input(data: &[u8]) {
    if data.len() < 3 {
        return;
    }
    let cuts: Vec<usize> = data[..3].iter().map(|&b| usize::from(b)).collect();
    sse_stream(&data[3..], &cuts);
}

/// Decodes `stream` delivered in the chunks `cuts` makes, and checks the events do not depend on the cuts:
/// the network splits a stream anywhere.
pub fn sse_stream(stream: &[u8], cuts: &[usize]) -> Vec<Result<SseEvent, String>> {
    let whole = decode_chunks(vec![stream.to_vec()]);
    let mut points: Vec<usize> = cuts.iter().map(|cut| cut % (stream.len() + 1)).collect();
    points.sort_unstable();
    let mut chunks = Vec::new();
    let mut start = 0;
    for point in points.into_iter().chain([stream.len()]) {
        chunks.push(stream[start..point].to_vec());
        start = point;
    }
    let split = decode_chunks(chunks);
    assert_eq!(whole, split, "the same stream decoded differently when split");
    whole
}

fn decode_chunks(chunks: Vec<Vec<u8>>) -> Vec<Result<SseEvent, String>> {
    let stream =
        futures_util::stream::iter(chunks.into_iter().map(|c| Ok::<_, Infallible>(bytes::Bytes::from(c))));
    futures_util::future::FutureExt::now_or_never(decode(stream).collect::<Vec<_>>())
        .expect("decoding an in-memory stream never waits")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn corpus(target: &str) -> Vec<Vec<u8>> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus").join(target);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        entries.map(|entry| std::fs::read(entry.unwrap().path()).unwrap()).collect()
    }

    #[test]
    fn the_provider_answers_corpus_replays_without_a_crash() {
        let inputs = corpus("provider_answers");
        assert!(inputs.len() >= Answer::ALL.len(), "a seed for every answer");
        inputs.iter().for_each(|input| provider_answer(input));
    }

    #[test]
    fn the_sse_corpus_replays_the_same_however_split() {
        let inputs = corpus("sse_stream");
        assert!(!inputs.is_empty());
        for input in inputs {
            sse_input(&input);
        }
    }
}
