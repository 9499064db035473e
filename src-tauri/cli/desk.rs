//! `giftdesk customers`, `sell` and `sales`: the reseller's side of the desk.

use std::process::ExitCode;

use serde::Serialize;

use super::output::Output;
use super::{CustomersAction, CustomersArgs, SalesArgs, SellArgs, VerbResult, VoucherArgs};
use giftdesk_core::context::Context;
use giftdesk_core::desk::{
    Customer, CustomerHistory, NewCustomer, Sale, SalesQuery, SalesReport, VoucherForm,
};
use giftdesk_core::error::Error;
use giftdesk_core::vault::Exported;

pub async fn customers(context: &Context, args: CustomersArgs, output: Output) -> VerbResult<ExitCode> {
    Ok(match args.action.unwrap_or(CustomersAction::List { search: None }) {
        CustomersAction::Add { name, email, phone, notes } => {
            let added = context.desk.add_customer(&NewCustomer { name, email, phone, notes }).await?;
            output.success(&added, |c| format!("Added customer {}: {}", c.id, c.name))
        }
        CustomersAction::List { search } => {
            let book = context.desk.customers(search.as_deref().unwrap_or_default()).await?;
            output.success(&book, |book| render_book(book))
        }
        CustomersAction::Show { id } => {
            let history = context.desk.customer_history(id).await?;
            output.success(&history, render_history)
        }
    })
}

fn render_book(book: &[Customer]) -> String {
    if book.is_empty() {
        return "No customers yet: `giftdesk customers add --name NAME`.".into();
    }
    book.iter()
        .map(|c| {
            let reach =
                [c.email.as_deref(), c.phone.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
            format!("{:>4}  {}  {reach}", c.id, c.name)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_history(history: &CustomerHistory) -> String {
    let mut lines = vec![format!(
        "{}: {} purchase(s), {} code(s)",
        history.customer.name,
        history.purchases.len(),
        history.codes.len()
    )];
    lines.extend(history.totals.iter().map(|t| {
        format!("  {} sold for {} {}, cost {}, margin {}", t.count, t.sales, t.currency, t.cost, t.margin)
    }));
    lines.join("\n")
}

/// What `sell` prints: the code and the sale as kept.
#[derive(Debug, Serialize)]
pub struct Sold {
    pub code_id: i64,
    #[serde(flatten)]
    pub sale: Sale,
}

pub async fn sell(context: &Context, args: SellArgs) -> VerbResult<Sold> {
    let sale = Sale { price: args.price, currency: args.currency, rate: args.rate, customer: args.customer };
    context.desk.set_sale(args.code, &sale).await?;
    Ok(Sold { code_id: args.code, sale })
}

pub fn render_sold(sold: &Sold) -> String {
    format!("Code {} sold for {} {}", sold.code_id, sold.sale.price, sold.sale.currency.to_ascii_uppercase())
}

/// `sales --json` prints the rows (`key`, `count`, `cost`, `sales`, `margin`, `currency`, `rates`) and the
/// codes that still need a rate.
pub async fn sales(context: &Context, args: SalesArgs) -> VerbResult<SalesReport> {
    let query = SalesQuery { from: args.from, to: args.to, by: args.by.parse()?, customer: None };
    if let Some(path) = &args.csv {
        let exported = context.desk.export_books(&query, path).await?;
        // On standard error, so `--json` output stays one document.
        eprintln!("Wrote {} sold item(s) to {}.", exported.count, exported.path);
    }
    context.desk.sales(&query).await
}

pub fn render_sales(report: &SalesReport) -> String {
    let mut lines: Vec<String> = report
        .rows
        .iter()
        .map(|r| {
            let rates =
                if r.rates.is_empty() { String::new() } else { format!("  (at {})", r.rates.join("; ")) };
            format!(
                "{:<24} {:>4}  sales {} {}  cost {}  margin {}{rates}",
                r.key, r.count, r.sales, r.currency, r.cost, r.margin
            )
        })
        .collect();
    if lines.is_empty() {
        lines.push(
            "No sales in this period: `giftdesk sell CODE_ID --price P --currency C` records one.".into(),
        );
    }
    if !report.needs_rate.is_empty() {
        let ids = report.needs_rate.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        lines.push(format!("Left out until a rate is given (`giftdesk sell … --rate R`): codes {ids}"));
    }
    lines.join("\n")
}

/// `voucher`: several codes to a PDF, or one to a PNG card.
pub async fn voucher(context: &Context, args: VoucherArgs) -> VerbResult<Exported> {
    let (form, path) = match (args.pdf, args.png) {
        (Some(pdf), _) => (VoucherForm::Pdf, pdf),
        (None, Some(png)) => (VoucherForm::Png, png),
        (None, None) => {
            return Err(Error::invalid("pdf", "Say where to write the voucher: --pdf FILE or --png FILE"))
        }
    };
    context.desk.voucher_file(&args.codes, (form, args.per_page), (&path, false)).await
}
