//! `giftdesk track` (follows purchases, a line per change, until all are final) and `giftdesk codes`.

use std::io::Write;
use std::sync::Arc;

use serde::Serialize;

use super::{CodesArgs, TrackArgs, VerbResult};
use giftdesk_core::checkout::Purchase;
use giftdesk_core::context::Context;
use giftdesk_core::error::Error;
use giftdesk_core::tr;
use giftdesk_core::tracking::{Sink, TrackEvent};
use giftdesk_core::vault::{CodeEntry, CodeQuery};

pub async fn track(context: &Context, args: TrackArgs, json: bool) -> VerbResult<Vec<Purchase>> {
    // Lines as changes come; with --json stdout keeps its one document and the lines go nowhere.
    let sink: Sink = Arc::new(move |event| {
        if json {
            return;
        }
        let line = match &event {
            TrackEvent::Changed { purchase } => format!(
                "{}  {}  {}{}",
                giftdesk_core::clock::iso(giftdesk_core::clock::now_ms()),
                purchase.purchase_id,
                purchase.state.label(),
                purchase.provider_state.as_deref().map(|s| format!(" ({s})")).unwrap_or_default()
            ),
            TrackEvent::CodesArrived { purchase, brand, value, count } => tr!(
                "cli-track-codes-ready",
                at = giftdesk_core::clock::iso(giftdesk_core::clock::now_ms()),
                purchase = purchase.purchase_id.as_str(),
                count = *count,
                brand = brand.as_str(),
                value = value.as_str()
            ),
        };
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    });
    // With webhooks on, they shorten the wait while this runs.
    let _listener = context.tracking.listen_if_configured().await;
    match (args.all, args.purchase) {
        (true, _) | (false, None) => context.tracking.follow_all(&sink).await,
        (false, Some(id)) => {
            for (failed, error) in context.checkout.reconcile().await?.failed {
                eprintln!(
                    "{}",
                    tr!("cli-warning-lookup-failed", purchase = failed, error = error.to_string())
                );
            }
            let purchase = context.checkout.purchase(&id).await?;
            if purchase.provider_ref.is_none() {
                let state = purchase.state.label();
                return Err(Error::invalid(
                    "purchase",
                    tr!("cli-track-no-provider-id", id = id.as_str(), state = state),
                ));
            }
            Ok(vec![context.tracking.follow(&id, &sink).await?])
        }
    }
}

pub fn render_tracked(purchases: &[Purchase]) -> String {
    if purchases.is_empty() {
        return tr!("cli-track-nothing");
    }
    tr!("cli-track-all-final", count = purchases.len())
}

/// `codes --json`: each entry with the code itself on top when revealed.
#[derive(Debug, Serialize)]
pub struct CodeLine {
    #[serde(flatten)]
    pub entry: CodeEntry,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// An eSIM's activation string, when revealed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lpa: Option<String>,
}

pub async fn codes(context: &Context, args: CodesArgs) -> VerbResult<Vec<CodeLine>> {
    let query =
        CodeQuery { text: args.search.unwrap_or_default(), provider: args.provider, handed_over: None };
    if let Some(path) = &args.csv {
        let exported = context.vault.export_codes(&query, path).await?;
        // On standard error, so `--json` output stays one document.
        let path = exported.path.as_str();
        eprintln!("{}", tr!("cli-codes-written", count = exported.count, path = path));
    }
    let entries = context.vault.codes(&query, args.reveal).await?;
    Ok(entries
        .into_iter()
        .map(|entry| {
            let code = entry
                .redemption
                .as_ref()
                .and_then(|r| r.code.clone().or_else(|| r.link.clone()).or_else(|| r.barcode_value.clone()));
            let lpa = entry.redemption.as_ref().and_then(|r| r.lpa()).map(str::to_owned);
            CodeLine { entry, code, lpa }
        })
        .collect())
}

pub fn render_codes(codes: &[CodeLine]) -> String {
    if codes.is_empty() {
        return tr!("cli-codes-none");
    }
    codes
        .iter()
        .map(|c| {
            let shown = c.code.clone().unwrap_or_else(|| tr!("cli-code-hidden"));
            let pin = c
                .entry
                .redemption
                .as_ref()
                .and_then(|r| r.pin.clone())
                .map(|pin| format!(" {}", tr!("cli-code-pin", pin = pin)))
                .unwrap_or_default();
            let iccid = c
                .entry
                .iccid
                .as_deref()
                .map(|iccid| format!("  {}", tr!("cli-code-iccid", iccid = iccid)))
                .unwrap_or_default();
            format!(
                "{}  {} {} {}  {shown}{pin}{iccid}",
                c.entry.purchase_id,
                c.entry.brand,
                c.entry.value,
                c.entry.currency.as_deref().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
