//! `giftdesk sync` and `giftdesk search`.

use std::collections::BTreeMap;
use std::io::IsTerminal;

use super::{SearchArgs, SyncArgs, VerbResult};
use crate::catalog::{self, CatalogProduct, SearchQuery, SyncProgress, SyncReport};
use crate::context::Context;
use crate::error::Error;
use crate::providers::bitrefill::BitrefillClient;
use crate::providers::{bitrefill_base_url, Provider};

/// Per provider, as `{"bitrefill": {added, updated, gone, requests, throttled, seconds, …}}`.
pub async fn sync(context: &Context, args: SyncArgs) -> VerbResult<BTreeMap<Provider, SyncReport>> {
    let (credentials, _) =
        context.secrets.bitrefill().await?.ok_or(Error::NotConfigured { provider: Provider::Bitrefill })?;
    let client = BitrefillClient::new(&bitrefill_base_url(), &credentials)?;
    let terminal = std::io::stderr().is_terminal();
    let report =
        catalog::sync_bitrefill(&context.store, &client, args.include_test_products, |p| show(p, terminal))
            .await;
    if terminal {
        eprintln!();
    }
    Ok(BTreeMap::from([(Provider::Bitrefill, report?)]))
}

/// Progress on stderr: one line rewritten in place on a terminal, a line every ten pages otherwise.
fn show(progress: &SyncProgress, terminal: bool) {
    let line = format!(
        "{}: page {}, {} products, {:.0} s",
        progress.provider.display_name(),
        progress.pages,
        progress.products,
        progress.seconds
    );
    if terminal {
        eprint!("\r{line}");
    } else if progress.pages % 10 == 1 {
        eprintln!("{line}");
    }
}

pub fn render_sync(reports: &BTreeMap<Provider, SyncReport>) -> String {
    reports
        .values()
        .map(|r| {
            format!(
                "{}: {} products ({} added, {} updated, {} gone) in {:.1} s, {} requests, {} throttled",
                r.provider.display_name(),
                r.products,
                r.added,
                r.updated,
                r.gone,
                r.seconds,
                r.requests,
                r.throttled
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub async fn search(context: &Context, args: SearchArgs) -> VerbResult<Vec<CatalogProduct>> {
    if let Some(country) = &args.country {
        if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(Error::invalid(
                "country",
                format!("--country takes a two-letter code such as US or DE, not {country:?}"),
            ));
        }
    }
    let query = SearchQuery {
        text: args.query,
        provider: args.provider,
        country: args.country,
        limit: Some(args.limit),
        ..SearchQuery::default()
    };
    catalog::search(context.store.pool(), &query).await
}

pub fn render_search(products: &[CatalogProduct]) -> String {
    if products.is_empty() {
        return "No products match. Run `giftdesk sync` if the catalog is empty.".into();
    }
    products
        .iter()
        .map(|p| {
            let offer = match (&p.range, p.denominations.is_empty()) {
                (Some(range), _) => {
                    format!("{}–{} {}", range.min, range.max, p.currency.as_deref().unwrap_or(""))
                }
                (None, false) => {
                    p.denominations.iter().map(|d| d.value.as_str()).collect::<Vec<_>>().join(", ")
                }
                (None, true) => String::new(),
            };
            let stock = if p.in_stock { "" } else { "  (out of stock)" };
            format!(
                "{:<13} {:<28} {:<3} {offer}{stock}",
                p.provider.display_name(),
                p.id,
                p.country.as_deref().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
