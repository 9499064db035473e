//! `giftdesk buy --from-csv FILE`: the preview, and with `--yes` the import, part by part.

use std::process::ExitCode;

use super::output::Output;
use super::purchases::payment_choice;
use super::{BuyArgs, VerbResult};
use giftdesk_core::checkout::{CheckoutOptions, PurchaseState};
use giftdesk_core::context::Context;
use giftdesk_core::desk::{Batch, BulkPayments, BulkPreview, BulkProgress};
use giftdesk_core::error::Error;
use giftdesk_core::i18n::{current, format_amount};
use giftdesk_core::providers::Provider;
use giftdesk_core::tr;

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
            customer_language: args.customer_language,
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
            let provider = provider.display_name();
            return Err(Error::invalid("pay", tr!("cli-bulk-pay-twice", provider = provider)));
        }
        *slot = Some(payment_choice(provider, pay)?);
    }
    Ok(payments)
}

pub async fn buy_from_csv(context: &Context, args: BuyArgs, output: Output) -> VerbResult<ExitCode> {
    let path = args.from_csv.clone().unwrap_or_default();
    let bytes = std::fs::read(&path).map_err(|e| {
        let (path, error) = (path.display().to_string(), e.to_string());
        Error::invalid("from-csv", tr!("cli-bulk-unreadable", path = path, error = error))
    })?;
    let text = String::from_utf8(bytes).map_err(|_| Error::invalid("from-csv", tr!("cli-bulk-not-utf8")))?;
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
        let at = format!("{:>4}", row.row);
        match (&row.line, &row.error) {
            (Some(line), _) => lines.push(tr!(
                "cli-bulk-row-ok",
                row = at,
                quantity = line.quantity,
                product = line.product_name.as_str(),
                face = line.face.as_str(),
                recipient = line.recipient.as_str()
            )),
            (None, Some(error)) => lines.push(tr!(
                "cli-bulk-row-error",
                row = at,
                field = error.field.as_str(),
                message = error.message.as_str()
            )),
            (None, None) => {}
        }
    }
    for plan in &preview.plans {
        let provider = plan.provider.display_name();
        let (items, purchases) = (plan.items, plan.purchases);
        lines.push(match plan.provider {
            Provider::Bitrefill => {
                tr!("cli-bulk-plan-invoices", provider = provider, items = items, purchases = purchases)
            }
            Provider::Cryptorefills => {
                tr!("cli-bulk-plan-orders", provider = provider, items = items, purchases = purchases)
            }
        });
    }
    for total in &preview.totals {
        let amount = format_amount(&total.amount, &total.currency, current());
        lines.push(match total.face_value {
            true => format!("  {}", tr!("cli-bulk-total-face-value", amount = amount)),
            false => format!("  {}", tr!("cli-bulk-total", amount = amount)),
        });
    }
    let refused = preview.rows.iter().filter(|r| r.error.is_some()).count();
    if let Some(earlier) = &preview.earlier {
        let (at, batch) = (earlier.created_at.as_str(), earlier.batch_id.as_str());
        lines.push(tr!("cli-bulk-imported-before", at = at, batch = batch));
    }
    lines.push(tr!("cli-bulk-nothing-bought", refused = refused));
    lines.join("\n")
}

fn render_progress(progress: &BulkProgress) -> String {
    let part = &progress.part;
    tr!(
        "cli-bulk-progress",
        done = progress.done,
        total = progress.total,
        provider = part.provider.display_name(),
        items = part.items,
        rows = part.rows.iter().map(u32::to_string).collect::<Vec<_>>().join(","),
        state = part.state.map_or_else(|| tr!("cli-bulk-not-sent-yet"), |s| s.label().to_owned())
    )
}

fn render_batch(batch: &Batch) -> String {
    let mut lines = Vec::new();
    for row in &batch.rows {
        let result = match (&row.error, row.state) {
            (Some(error), _) => {
                tr!("cli-bulk-skipped", field = error.field.as_str(), message = error.message.as_str())
            }
            (None, Some(state)) => format!("{} ({})", state.label(), row.purchases.join(", ")),
            (None, None) => tr!("cli-bulk-not-sent-yet"),
        };
        let at = format!("{:>4}", row.row);
        lines.push(tr!("cli-bulk-batch-row", row = at, product = row.product.as_str(), result = result));
    }
    let summary = &batch.summary;
    let (batch_id, sent, parts) = (summary.batch_id.as_str(), summary.parts_sent, summary.parts);
    lines.push(match summary.finished {
        true => tr!("cli-bulk-sent", batch = batch_id, sent = sent, parts = parts),
        false => tr!("cli-bulk-sent-resume", batch = batch_id, sent = sent, parts = parts),
    });
    if batch.parts.iter().any(|p| p.state == Some(PurchaseState::AwaitingPayment)) {
        lines.push(tr!("cli-bulk-awaiting-payment"));
    }
    lines.join("\n")
}
