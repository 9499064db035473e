//! `giftdesk buy --from-csv FILE`: the preview, and with `--yes` the import, part by part.

use std::process::ExitCode;

use super::output::Output;
use super::purchases::payment_choice;
use super::{BuyArgs, VerbResult};
use giftdesk_core::checkout::{CheckoutOptions, PurchaseState};
use giftdesk_core::context::Context;
use giftdesk_core::desk::{Batch, BulkPayments, BulkPreview, BulkProgress};
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;

/// Exit status of a preview without `--yes`: nothing was bought, on purpose.
const PREVIEW_ONLY: u8 = 2;

/// Each `--pay` goes to the provider it fits: `COIN:NETWORK` to Cryptorefills, the rest to Bitrefill.
fn payments(args: &BuyArgs) -> VerbResult<BulkPayments> {
    let mut payments = BulkPayments {
        options: CheckoutOptions {
            refund_address: args.refund_address.clone(),
            email: args.email.clone(),
            promo_code: args.promo_code.clone(),
            split: true,
        },
        ..BulkPayments::default()
    };
    for pay in &args.pay {
        let provider = if pay.contains(':') { Provider::Cryptorefills } else { Provider::Bitrefill };
        let slot = match provider {
            Provider::Bitrefill => &mut payments.bitrefill,
            Provider::Cryptorefills => &mut payments.cryptorefills,
        };
        if slot.is_some() {
            return Err(Error::invalid(
                "pay",
                format!("--pay names two ways to pay {}; give one per provider", provider.display_name()),
            ));
        }
        *slot = Some(payment_choice(provider, pay)?);
    }
    Ok(payments)
}

pub async fn buy_from_csv(context: &Context, args: BuyArgs, output: Output) -> VerbResult<ExitCode> {
    let path = args.from_csv.clone().unwrap_or_default();
    let bytes = std::fs::read(&path)
        .map_err(|e| Error::invalid("from-csv", format!("{} cannot be read: {e}", path.display())))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::invalid(
            "from-csv",
            "The file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"",
        )
    })?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if !args.yes {
        let preview = context.desk.bulk_preview(&file_name, &text).await?;
        output.success(&preview, render_preview);
        return Ok(ExitCode::from(PREVIEW_ONLY));
    }
    let payments = payments(&args)?;
    let json = output.json;
    // `--again` buys once more the import this order last was, and only that one (two runs racing buy once).
    let again_of = match args.again {
        true => context.desk.bulk_earlier(&text).await?.map(|earlier| earlier.batch_id),
        false => None,
    };
    let batch = context
        .desk
        .bulk_start((&file_name, &text), &payments, again_of.as_deref(), |progress| {
            if !json {
                println!("{}", render_progress(progress));
            }
        })
        .await?;
    Ok(output.success(&batch, render_batch))
}

fn render_preview(preview: &BulkPreview) -> String {
    let mut lines = Vec::new();
    for row in &preview.rows {
        match (&row.line, &row.error) {
            (Some(line), _) => lines.push(format!(
                "row {:>4}  ok      {} × {} {} → {}",
                row.row, line.quantity, line.product_name, line.face, line.recipient
            )),
            (None, Some(error)) => {
                lines.push(format!("row {:>4}  ERROR   {}: {}", row.row, error.field, error.message));
            }
            (None, None) => {}
        }
    }
    for plan in &preview.plans {
        let what = if plan.provider == Provider::Bitrefill { "invoice(s)" } else { "order(s)" };
        lines.push(format!(
            "{}: {} item(s) in {} {what}",
            plan.provider.display_name(),
            plan.items,
            plan.purchases
        ));
    }
    for total in &preview.totals {
        let face = if total.face_value { " (face value)" } else { "" };
        lines.push(format!("  total {} {}{face}", total.amount, total.currency));
    }
    let refused = preview.rows.iter().filter(|r| r.error.is_some()).count();
    if let Some(earlier) = &preview.earlier {
        lines.push(format!(
            "This file was imported on {} ({}): --yes resumes that import; --again buys it once more.",
            earlier.created_at, earlier.batch_id
        ));
    }
    lines.push(format!(
        "Nothing was bought. {refused} row(s) would be skipped; run again with --yes to buy the others."
    ));
    lines.join("\n")
}

fn render_progress(progress: &BulkProgress) -> String {
    let part = &progress.part;
    format!(
        "part {}/{}: {} × {} item(s), rows {} — {}",
        progress.done,
        progress.total,
        part.provider.display_name(),
        part.items,
        part.rows.iter().map(u32::to_string).collect::<Vec<_>>().join(","),
        part.state.map_or("not sent yet", |s| s.label())
    )
}

fn render_batch(batch: &Batch) -> String {
    let mut lines = Vec::new();
    for row in &batch.rows {
        let result = match (&row.error, row.state) {
            (Some(error), _) => format!("skipped: {}: {}", error.field, error.message),
            (None, Some(state)) => format!("{} ({})", state.label(), row.purchases.join(", ")),
            (None, None) => "not sent yet".into(),
        };
        lines.push(format!("row {:>4}  {}  {result}", row.row, row.product));
    }
    let summary = &batch.summary;
    lines.push(format!(
        "Bulk import {}: {} of {} purchase(s) sent{}",
        summary.batch_id,
        summary.parts_sent,
        summary.parts,
        if summary.finished {
            "."
        } else {
            "; run `giftdesk buy --from-csv FILE --yes` (without --again) to resume: a purchase whose answer was lost is looked up first, never resent."
        }
    ));
    if batch.parts.iter().any(|p| p.state == Some(PurchaseState::AwaitingPayment)) {
        lines.push("Some purchases await payment: `giftdesk purchases` shows where to pay each.".into());
    }
    lines.join("\n")
}
