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
use giftdesk_core::i18n::{current, format_amount};
use giftdesk_core::tr;
use giftdesk_core::vault::Exported;

pub async fn customers(context: &Context, args: CustomersArgs, output: Output) -> VerbResult<ExitCode> {
    Ok(match args.action.unwrap_or(CustomersAction::List { search: None }) {
        CustomersAction::Add { name, email, phone, notes } => {
            let added = context.desk.add_customer(&NewCustomer { name, email, phone, notes }).await?;
            output
                .success(&added, |c| tr!("cli-customer-added", id = c.id.to_string(), name = c.name.as_str()))
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
        return tr!("cli-customers-none");
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
    let mut lines = vec![tr!(
        "cli-customer-history",
        name = history.customer.name.as_str(),
        purchases = history.purchases.len(),
        codes = history.codes.len()
    )];
    lines.extend(history.totals.iter().map(|t| {
        let total = tr!(
            "cli-customer-total",
            count = t.count,
            sales = format_amount(&t.sales, &t.currency, current()),
            cost = format_amount(&t.cost, "", current()),
            margin = format_amount(&t.margin, "", current())
        );
        format!("  {total}")
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
    let price = format_amount(&sold.sale.price, &sold.sale.currency.to_ascii_uppercase(), current());
    tr!("cli-code-sold", id = sold.code_id.to_string(), price = price)
}

/// `sales --json` prints the rows (`key`, `count`, `cost`, `sales`, `margin`, `currency`, `rates`) and the
/// codes that still need a rate.
pub async fn sales(context: &Context, args: SalesArgs) -> VerbResult<SalesReport> {
    let query = SalesQuery { from: args.from, to: args.to, by: args.by.parse()?, customer: None };
    if let Some(path) = &args.csv {
        let exported = context.desk.export_books(&query, path).await?;
        // On standard error, so `--json` output stays one document.
        eprintln!("{}", tr!("cli-sales-written", count = exported.count, path = exported.path.as_str()));
    }
    context.desk.sales(&query).await
}

pub fn render_sales(report: &SalesReport) -> String {
    let mut lines: Vec<String> = report
        .rows
        .iter()
        .map(|r| {
            let rates = match r.rates.is_empty() {
                true => String::new(),
                false => format!("  {}", tr!("cli-sales-rates", rates = r.rates.join("; "))),
            };
            let row = tr!(
                "cli-sales-row",
                key = format!("{:<24}", r.key),
                count = format!("{:>4}", r.count),
                sales = format_amount(&r.sales, &r.currency, current()),
                cost = format_amount(&r.cost, "", current()),
                margin = format_amount(&r.margin, "", current())
            );
            format!("{row}{rates}")
        })
        .collect();
    if lines.is_empty() {
        lines.push(tr!("cli-sales-none"));
    }
    if !report.needs_rate.is_empty() {
        let ids = report.needs_rate.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        lines.push(tr!("cli-sales-needs-rate", codes = ids));
    }
    lines.join("\n")
}

pub fn render_vouchers(made: &Exported) -> String {
    tr!("cli-vouchers-written", count = made.count, path = made.path.as_str())
}

/// `voucher`: several codes to a PDF, or one to a PNG card.
pub async fn voucher(context: &Context, args: VoucherArgs) -> VerbResult<Exported> {
    let (form, path) = match (args.pdf, args.png) {
        (Some(pdf), _) => (VoucherForm::Pdf, pdf),
        (None, Some(png)) => (VoucherForm::Png, png),
        (None, None) => return Err(Error::invalid("pdf", tr!("cli-voucher-where"))),
    };
    context.desk.voucher_file(&args.codes, (form, args.per_page), (&path, false)).await
}
