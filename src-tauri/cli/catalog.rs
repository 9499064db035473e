//! `giftdesk sync` and `giftdesk search`.

use std::collections::BTreeMap;
use std::io::IsTerminal;

use super::{SearchArgs, SyncArgs, VerbResult};
use giftdesk_core::catalog::{
    self, CatalogProduct, EsimPlan, OperatorLookup, SearchQuery, SyncProgress, SyncReport,
};
use giftdesk_core::context::Context;
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;

/// Per provider, as `{"bitrefill": {added, updated, gone, requests, throttled, seconds, …}, "cryptorefills": …}`.
pub async fn sync(context: &Context, args: SyncArgs) -> VerbResult<BTreeMap<Provider, SyncReport>> {
    for market in &args.markets {
        if market.len() != 2 || !market.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(Error::invalid(
                "markets",
                format!("--markets takes two-letter country codes such as US,FR, not {market:?}"),
            ));
        }
    }
    let providers = match args.provider {
        Some(provider) => vec![provider],
        None => context.accounts.providers_to_sync().await?,
    };
    if providers.is_empty() {
        return Err(Error::NotConfigured { provider: Provider::Bitrefill });
    }
    let terminal = std::io::stderr().is_terminal();
    let mut reports = BTreeMap::new();
    for provider in providers {
        let report = match provider {
            Provider::Bitrefill => {
                let client = context.accounts.bitrefill().await?;
                let mut chosen = catalog::Scope::chosen_in(&context.settings()?);
                if !args.markets.is_empty() {
                    chosen.countries = args.markets.iter().map(|m| m.to_ascii_uppercase()).collect();
                }
                catalog::sync_bitrefill(&context.store, &client, args.include_test_products, &chosen, |p| {
                    show(p, terminal);
                })
                .await
            }
            Provider::Cryptorefills => {
                let client = context.accounts.cryptorefills().await?;
                let markets = if args.markets.is_empty() {
                    context.settings()?.markets_or_locale()
                } else {
                    args.markets.clone()
                };
                catalog::sync_cryptorefills(&context.store, &client, &markets, |p| show(p, terminal)).await
            }
        };
        if terminal {
            eprintln!();
        }
        reports.insert(provider, report?);
    }
    Ok(reports)
}

/// Progress on stderr: one line rewritten in place on a terminal, a line every ten pages otherwise.
fn show(progress: &SyncProgress, terminal: bool) {
    let left = progress.seconds_left.map(|s| format!(", about {s:.0} s left")).unwrap_or_default();
    let line = format!(
        "{}: page {}, {} products, {:.0} s{left}",
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
            let said = catalog::said(r).map(|said| format!("; {said}")).unwrap_or_default();
            format!(
                "{}: {} products ({} added, {} updated, {} gone) in {:.1} s, {} requests, {} throttled{said}",
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

/// `giftdesk operator`: the number, then who tops it up, each line as `search` prints a product.
pub fn render_operators(found: &OperatorLookup) -> String {
    let mut lines = vec![format!("{} ({})", found.number, found.country)];
    match (&found.operator, found.candidates.is_empty()) {
        (Some(operator), _) => {
            lines.push("Bitrefill found the operator:".into());
            lines.push(render_search(std::slice::from_ref(&operator.product)));
        }
        (None, false) => {
            lines.push("Bitrefill could not tell the operator; one of these (buy with --product):".into());
            let guesses: Vec<_> = found.candidates.iter().map(|c| c.product.clone()).collect();
            lines.push(render_search(&guesses));
        }
        (None, true) => lines.push(found.bitrefill_note.clone().unwrap_or_default()),
    }
    if found.cryptorefills.is_empty() {
        lines.push(format!("Cryptorefills: no top-ups of {} in the catalog.", found.country));
    } else {
        lines.push(format!("Cryptorefills' top-ups of {}:", found.country));
        let brands: Vec<_> = found.cryptorefills.iter().map(|c| c.product.clone()).collect();
        lines.push(render_search(&brands));
    }
    lines.join("\n")
}

/// `giftdesk esims`: one line a plan, cheapest per GB first.
pub fn render_esims(plans: &[EsimPlan]) -> String {
    if plans.is_empty() {
        return "No eSIM plans for this destination. Run `giftdesk sync` if the catalog is empty.".into();
    }
    plans
        .iter()
        .map(|plan| {
            let data = if plan.unlimited {
                "unlimited".to_owned()
            } else {
                plan.data_gb.as_deref().map_or("?".to_owned(), |gb| format!("{gb} GB"))
            };
            let days = plan.days.map_or(String::new(), |d| format!("{d} days"));
            let per_gb = plan.price_per_gb.as_deref().map_or(String::new(), |p| format!("  ({p}/GB)"));
            format!(
                "{:<13} {:<10} {:<8} {:>10} {}{per_gb}  {}  {}",
                plan.provider.display_name(),
                data,
                days,
                plan.price,
                plan.currency,
                plan.name,
                plan.plan_id
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
