//! How checked lines become purchases: Bitrefill eSIMs one a purchase (its endpoint sells one eSIM a
//! request), the rest packed in order into the fewest invoices or orders the provider's limit allows, a line
//! crossing the limit cut in two. Each line carries a tag (a bulk import's row number) that every part of it
//! keeps, so a result can be traced back to what was asked.

use super::rules::{BITREFILL_MAX_ITEMS, CRYPTOREFILLS_MAX_DELIVERIES};
use super::PurchaseLine;
use crate::catalog::Kind;
use crate::providers::Provider;

/// The most units one invoice (Bitrefill) or order (Cryptorefills) holds.
pub fn units_per_purchase(provider: Provider) -> u32 {
    match provider {
        Provider::Bitrefill => BITREFILL_MAX_ITEMS,
        Provider::Cryptorefills => CRYPTOREFILLS_MAX_DELIVERIES,
    }
}

/// The lines of one provider cut into purchases: eSIMs apart first, then the rest packed.
pub fn purchases_for<T: Clone>(
    provider: Provider,
    lines: Vec<(T, PurchaseLine)>,
) -> Vec<Vec<(T, PurchaseLine)>> {
    let (esims, rest): (Vec<_>, Vec<_>) =
        lines.into_iter().partition(|(_, line)| provider == Provider::Bitrefill && line.kind == Kind::Esim);
    let mut chunks: Vec<Vec<(T, PurchaseLine)>> = esims
        .into_iter()
        .flat_map(|(tag, line)| {
            (0..line.quantity).map(move |_| vec![(tag.clone(), PurchaseLine { quantity: 1, ..line.clone() })])
        })
        .collect();
    if !rest.is_empty() {
        chunks.extend(packed(units_per_purchase(provider), rest));
    }
    chunks
}

fn packed<T: Clone>(max: u32, lines: Vec<(T, PurchaseLine)>) -> Vec<Vec<(T, PurchaseLine)>> {
    let mut chunks: Vec<Vec<(T, PurchaseLine)>> = vec![Vec::new()];
    let mut room = max;
    for (tag, mut line) in lines {
        while line.quantity > 0 {
            if room == 0 {
                chunks.push(Vec::new());
                room = max;
            }
            let take = line.quantity.min(room);
            let part = PurchaseLine { quantity: take, ..line.clone() };
            chunks.last_mut().expect("there is always a chunk").push((tag.clone(), part));
            line.quantity -= take;
            room -= take;
        }
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(kind: Kind, quantity: u32) -> PurchaseLine {
        PurchaseLine {
            product_id: "steam-us".into(),
            product_name: "Steam".into(),
            kind,
            country: None,
            face: "20".into(),
            currency: Some("USD".into()),
            package_id: None,
            value: None,
            quantity,
            recipient: "a@example.com".into(),
            customer_ref: None,
            resale_price: None,
            unit_price: None,
            price_currency: None,
            plan: None,
            esim_id: None,
        }
    }

    fn sizes<T>(chunks: &[Vec<(T, PurchaseLine)>]) -> Vec<u32> {
        chunks.iter().map(|c| c.iter().map(|(_, l)| l.quantity).sum()).collect()
    }

    #[test]
    fn lines_are_cut_at_the_limit_into_the_fewest_purchases() {
        let chunks = purchases_for(Provider::Bitrefill, vec![(1, line(Kind::GiftCard, 45))]);
        assert_eq!(sizes(&chunks), [20, 20, 5]);
        let rows: Vec<u32> = (1..=42).collect();
        let many = rows.iter().map(|row| (*row, line(Kind::GiftCard, 1))).collect();
        let chunks = purchases_for(Provider::Bitrefill, many);
        assert_eq!(sizes(&chunks), [20, 20, 2]);
        assert_eq!(
            chunks[2].iter().map(|(row, _)| *row).collect::<Vec<_>>(),
            [41, 42],
            "rows keep their tags"
        );
        let deliveries = purchases_for(Provider::Cryptorefills, vec![((), line(Kind::GiftCard, 45))]);
        assert_eq!(deliveries.len(), 5);
    }

    #[test]
    fn bitrefill_esims_are_bought_one_a_purchase() {
        let lines = vec![("a", line(Kind::Esim, 2)), ("b", line(Kind::GiftCard, 3))];
        let chunks = purchases_for(Provider::Bitrefill, lines.clone());
        assert_eq!(sizes(&chunks), [1, 1, 3]);
        assert_eq!(sizes(&purchases_for(Provider::Cryptorefills, lines)), [5]);
    }
}
