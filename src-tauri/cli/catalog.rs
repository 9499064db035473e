//! `giftdesk sync` and `giftdesk search`.

use std::collections::BTreeMap;
use std::io::IsTerminal;

use super::{SearchArgs, SyncArgs, VerbResult};
use giftdesk_core::catalog::{
    self, CatalogProduct, EsimPlan, OperatorLookup, SearchQuery, SyncProgress, SyncReport,
};
use giftdesk_core::context::Context;
use giftdesk_core::error::Error;
use giftdesk_core::i18n::{current, format_amount};
use giftdesk_core::providers::Provider;
use giftdesk_core::tr;

/// Per provider, as `{"bitrefill": {added, updated, gone, requests, throttled, seconds, …}, "cryptorefills": …}`.
pub async fn sync(context: &Context, args: SyncArgs) -> VerbResult<BTreeMap<Provider, SyncReport>> {
    for market in &args.markets {
        if market.len() != 2 || !market.chars().all(|c| c.is_ascii_alphabetic()) {
            let market = format!("{market:?}");
            return Err(Error::invalid("markets", tr!("cli-sync-markets", market = market)));
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
    let (provider, pages, products) = (progress.provider.display_name(), progress.pages, progress.products);
    let seconds = format!("{:.0}", progress.seconds);
    let line = match progress.seconds_left {
        Some(left) => {
            let left = format!("{left:.0}");
            tr!(
                "cli-sync-progress-left",
                provider = provider,
                pages = pages,
                products = products,
                seconds = seconds,
                left = left
            )
        }
        None => tr!(
            "cli-sync-progress",
            provider = provider,
            pages = pages,
            products = products,
            seconds = seconds
        ),
    };
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
            let report = tr!(
                "cli-sync-report",
                provider = r.provider.display_name(),
                products = r.products,
                added = r.added,
                updated = r.updated,
                gone = r.gone,
                seconds = format_amount(&format!("{:.1}", r.seconds), "", current()),
                requests = r.requests,
                throttled = r.throttled
            );
            format!("{report}{said}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub async fn search(context: &Context, args: SearchArgs) -> VerbResult<Vec<CatalogProduct>> {
    if let Some(country) = &args.country {
        if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
            let country = format!("{country:?}");
            return Err(Error::invalid("country", tr!("cli-search-country", country = country)));
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
        return tr!("cli-search-none");
    }
    products
        .iter()
        .map(|p| {
            let offer = match (&p.range, p.denominations.is_empty()) {
                (Some(range), _) => {
                    let min = format_amount(&range.min, "", current());
                    format!(
                        "{min}–{}",
                        format_amount(&range.max, p.currency.as_deref().unwrap_or(""), current())
                    )
                }
                (None, false) => {
                    p.denominations.iter().map(|d| d.value.as_str()).collect::<Vec<_>>().join(", ")
                }
                (None, true) => String::new(),
            };
            let stock =
                if p.in_stock { String::new() } else { format!("  {}", tr!("cli-search-out-of-stock")) };
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
            lines.push(tr!("cli-operator-found"));
            lines.push(render_search(std::slice::from_ref(&operator.product)));
        }
        (None, false) => {
            lines.push(tr!("cli-operator-unsure"));
            let guesses: Vec<_> = found.candidates.iter().map(|c| c.product.clone()).collect();
            lines.push(render_search(&guesses));
        }
        (None, true) => lines.push(found.bitrefill_note.clone().unwrap_or_default()),
    }
    let country = found.country.as_str();
    if found.cryptorefills.is_empty() {
        lines.push(tr!("cli-operator-cryptorefills-none", country = country));
    } else {
        lines.push(tr!("cli-operator-cryptorefills", country = country));
        let brands: Vec<_> = found.cryptorefills.iter().map(|c| c.product.clone()).collect();
        lines.push(render_search(&brands));
    }
    lines.join("\n")
}

/// `giftdesk esims`: one line a plan, cheapest per GB first.
pub fn render_esims(plans: &[EsimPlan]) -> String {
    if plans.is_empty() {
        return tr!("cli-esims-none");
    }
    plans
        .iter()
        .map(|plan| {
            let data = if plan.unlimited {
                tr!("cli-esims-unlimited")
            } else {
                plan.data_gb
                    .as_deref()
                    .map_or("?".to_owned(), |gb| tr!("cli-esims-data", gb = format_amount(gb, "", current())))
            };
            let days = plan.days.map_or(String::new(), |days| tr!("cli-esims-days", days = days));
            let per_gb = plan.price_per_gb.as_deref().map_or(String::new(), |p| {
                format!("  {}", tr!("cli-esims-per-gb", price = format_amount(p, "", current())))
            });
            format!(
                "{:<13} {data:<10} {days:<8} {:>10} {}{per_gb}  {}  {}",
                plan.provider.display_name(),
                format_amount(&plan.price, "", current()),
                plan.currency,
                plan.name,
                plan.plan_id
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
