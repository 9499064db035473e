//! Sales, cost and margin of the items sold, grouped by day, week, month, brand, provider or customer, each
//! row in one currency (never summed across currencies).

use std::collections::BTreeMap;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::margin::{cost_in, unit_cost, Conversion};
use super::Desk;
use crate::checkout::{PaymentDetails, PurchaseLine};
use crate::error::{Error, Result};
use crate::product_kind::Kind;
use crate::providers::Provider;
use crate::store::{json_column, on_book};
use crate::tr;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    #[default]
    Day,
    Week,
    Month,
    Brand,
    Provider,
    Customer,
}

impl FromStr for GroupBy {
    type Err = Error;
    fn from_str(text: &str) -> Result<Self> {
        Ok(match text.trim().to_ascii_lowercase().as_str() {
            "day" => Self::Day,
            "week" => Self::Week,
            "month" => Self::Month,
            "brand" => Self::Brand,
            "provider" => Self::Provider,
            "customer" => Self::Customer,
            _ => return Err(Error::invalid("by", tr!("desk-sales-group-by"))),
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SalesQuery {
    /// First day counted, `YYYY-MM-DD` (UTC).
    #[serde(default)]
    #[ts(optional)]
    pub from: Option<String>,
    /// Last day counted, `YYYY-MM-DD` (UTC).
    #[serde(default)]
    #[ts(optional)]
    pub to: Option<String>,
    #[serde(default)]
    pub by: GroupBy,
    /// Only this customer's sales.
    #[serde(default)]
    #[ts(optional)]
    pub customer: Option<String>,
}

/// One group in one currency. Amounts are exact decimals in `currency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SalesRow {
    /// The day (`2026-12-03`), ISO week (`2026-W49`), month (`2026-12`), brand, provider or customer.
    pub key: String,
    pub currency: String,
    pub count: u32,
    pub cost: String,
    pub sales: String,
    pub margin: String,
    /// The rates used to bring costs into `currency` ("0.92 per USDC", "provider price"), as kept.
    pub rates: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SalesReport {
    pub rows: Vec<SalesRow>,
    /// Items sold in another currency than paid, with no provider price in it and no rate entered: left out
    /// of the rows until a rate is given (by code id).
    #[ts(type = "Array<number>")]
    pub needs_rate: Vec<i64>,
}

#[derive(sqlx::FromRow)]
struct SoldRow {
    /// The code's id; none for a top-up, which has no code.
    id: Option<i64>,
    /// Items the row stands for: one code, or a top-up line's quantity.
    units: i64,
    purchase_id: String,
    provider: String,
    product_name: String,
    face: String,
    customer_ref: Option<String>,
    purchase_customer: Option<String>,
    day: String,
    sale_price: Option<String>,
    sale_currency: Option<String>,
    sale_rate: Option<String>,
    lines: String,
    payment: Option<String>,
}

/// The group an item falls in: its day, ISO week or month (from `YYYY-MM-DD`), brand, provider or customer.
fn key_of(by: GroupBy, item: &SoldItem) -> String {
    let day = item.day.as_str();
    match by {
        GroupBy::Day => day.to_owned(),
        GroupBy::Month => day.get(..7).unwrap_or(day).to_owned(),
        GroupBy::Week => time::Date::parse(day, time::macros::format_description!("[year]-[month]-[day]"))
            .map(|date| {
                let (year, week, _) = date.to_iso_week_date();
                format!("{year}-W{week:02}")
            })
            .unwrap_or_else(|_| day.to_owned()),
        GroupBy::Brand => item.brand.clone(),
        GroupBy::Provider => item.provider.display_name().to_owned(),
        GroupBy::Customer => item.customer.clone(),
    }
}

fn checked_day(field: &str, day: Option<&str>) -> Result<Option<String>> {
    let Some(day) = day.map(str::trim).filter(|d| !d.is_empty()) else { return Ok(None) };
    time::Date::parse(day, time::macros::format_description!("[year]-[month]-[day]"))
        .map(|_| Some(day.to_owned()))
        .map_err(|_| Error::invalid(field, tr!("desk-sales-day-format", day = day)))
}

#[derive(Default)]
struct Sums {
    count: u32,
    cost: Decimal,
    sales: Decimal,
    rates: Vec<String>,
}

/// One sold item as the books list it: its sale and its cost in the sale's currency, exact.
#[derive(Debug, Clone)]
pub(super) struct SoldItem {
    /// None for a top-up (sold at checkout, it has no code in the vault).
    pub code_id: Option<i64>,
    pub day: String,
    pub provider: Provider,
    pub brand: String,
    pub value: String,
    pub customer: String,
    pub currency: String,
    pub sale: Decimal,
    /// What this item's share of the payment was, in the currency paid.
    pub paid: Decimal,
    pub paid_in: String,
    /// That cost in the sale's currency.
    pub cost: Decimal,
    /// How the cost was brought into `currency`, in words, when it was.
    pub rate: Option<String>,
}

impl Desk {
    /// The sold items (a sale price set at checkout or later) of the period, and the codes left out for
    /// want of a rate. An item counts on the day it was handed over, else the day it arrived.
    pub(super) async fn sold_items(&self, query: &SalesQuery) -> Result<(Vec<SoldItem>, Vec<i64>)> {
        let from = checked_day("from", query.from.as_deref())?;
        let to = checked_day("to", query.to.as_deref())?;
        // Codes, each with its sale; and delivered top-ups, which have no code, with the resale price their
        // line was bought with (counted on the day the purchase last moved: its delivery).
        let mut rows: Vec<SoldRow> = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query_as(
                "SELECT c.id, CAST(1 AS BIGINT) AS units, c.purchase_id, c.provider, c.product_name, c.face, \
                 c.customer_ref, p.customer_ref AS purchase_customer, \
                 substr(COALESCE(c.handed_over_at, c.added_at), 1, 10) AS day, \
                 c.sale_price, c.sale_currency, c.sale_rate, p.lines, p.payment \
                 FROM codes c JOIN purchases p ON p.id = c.purchase_id",
            )
            .fetch_all(pool)
            .await?)
        })?;
        rows.extend(self.sold_top_ups().await?);
        // Day by day; within a day the top-ups (no code) first, then codes as they arrived.
        rows.sort_by(|a, b| (&a.day, a.id).cmp(&(&b.day, b.id)));
        let (mut items, mut needs_rate) = (Vec::new(), Vec::new());
        for row in rows {
            let day = row.day.clone();
            if from.as_deref().is_some_and(|f| day.as_str() < f)
                || to.as_deref().is_some_and(|t| day.as_str() > t)
            {
                continue;
            }
            let customer = row.customer_ref.clone().or(row.purchase_customer.clone()).unwrap_or_default();
            if query.customer.as_deref().is_some_and(|c| !c.trim().eq_ignore_ascii_case(&customer)) {
                continue;
            }
            let lines: Vec<PurchaseLine> =
                json_column(&row.lines, &format!("Purchase {}", row.purchase_id), "lines")?;
            let index = lines
                .iter()
                .position(|l| l.product_name == row.product_name && l.face == row.face)
                .unwrap_or(0);
            let Some(line) = lines.get(index) else { continue };
            // The sale: set on the item, else the line's resale price in the product's currency.
            let sale = match (&row.sale_price, &row.sale_currency) {
                (Some(price), Some(currency)) => Some((price.clone(), currency.clone())),
                _ => line.resale_price.clone().zip(line.currency.clone()),
            };
            let Some((price, currency)) = sale else { continue };
            let Ok(price) = Decimal::from_str(&price) else { continue };
            let payment: Option<PaymentDetails> = row
                .payment
                .as_deref()
                .map(|p| json_column(p, &format!("Purchase {}", row.purchase_id), "payment"))
                .transpose()?;
            let paid = payment
                .as_ref()
                .and_then(|p| Some((unit_cost(&p.amount, &lines, index)?, p.currency.as_str())));
            let Some(((cost, how), (paid, paid_in))) = paid.and_then(|paid| {
                Some((cost_in(paid, line, &currency, row.sale_rate.as_deref())?, (paid.0, paid.1.to_owned())))
            }) else {
                // A top-up has no code to give a rate to: it waits for the provider's own price.
                needs_rate.extend(row.id);
                continue;
            };
            let rate = match how {
                Conversion::Same => None,
                Conversion::ProviderPrice => Some(tr!("desk-sales-provider-price")),
                Conversion::Rate(rate) => Some(tr!(
                    "desk-sales-rate",
                    rate = rate.normalize().to_string(),
                    currency = paid_in.as_str()
                )),
            };
            let item = SoldItem {
                code_id: row.id,
                day,
                provider: Provider::from_slug(&row.provider),
                brand: row.product_name.clone(),
                value: row.face.clone(),
                customer,
                currency: currency.to_ascii_uppercase(),
                sale: price,
                paid,
                paid_in,
                cost,
                rate,
            };
            items.extend(std::iter::repeat_n(item, usize::try_from(row.units).unwrap_or(1)));
        }
        Ok((items, needs_rate))
    }

    /// The sold items of the period grouped, one row per group and currency.
    pub async fn sales(&self, query: &SalesQuery) -> Result<SalesReport> {
        let (items, needs_rate) = self.sold_items(query).await?;
        let mut groups: BTreeMap<(String, String), Sums> = BTreeMap::new();
        for item in items {
            let key = key_of(query.by, &item);
            let sums = groups.entry((key, item.currency.clone())).or_default();
            sums.count += 1;
            sums.cost += item.cost;
            sums.sales += item.sale;
            if let Some(rate) = item.rate.filter(|r| !sums.rates.contains(r)) {
                sums.rates.push(rate);
            }
        }
        let rows = groups
            .into_iter()
            .map(|((key, currency), sums)| SalesRow {
                key,
                currency,
                count: sums.count,
                cost: sums.cost.normalize().to_string(),
                sales: sums.sales.normalize().to_string(),
                margin: (sums.sales - sums.cost).normalize().to_string(),
                rates: sums.rates,
            })
            .collect();
        Ok(SalesReport { rows, needs_rate })
    }
}

impl Desk {
    /// Delivered top-ups sold at a resale price: they have no code, so each line is a row of its own,
    /// counted on the day the purchase last moved (its delivery).
    async fn sold_top_ups(&self) -> Result<Vec<SoldRow>> {
        type Delivered = (String, String, Option<String>, String, String, Option<String>);
        let delivered: Vec<Delivered> = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query_as(
                "SELECT id, provider, customer_ref, substr(updated_at, 1, 10), lines, payment \
                 FROM purchases WHERE state = 'delivered'",
            )
            .fetch_all(pool)
            .await?)
        })?;
        let mut rows = Vec::new();
        for (purchase_id, provider, purchase_customer, day, text, payment) in delivered {
            let lines: Vec<PurchaseLine> = json_column(&text, &format!("Purchase {purchase_id}"), "lines")?;
            for line in lines.into_iter().filter(|l| l.kind == Kind::TopUp && l.resale_price.is_some()) {
                rows.push(SoldRow {
                    id: None,
                    units: i64::from(line.quantity),
                    purchase_id: purchase_id.clone(),
                    provider: provider.clone(),
                    product_name: line.product_name,
                    face: line.face,
                    customer_ref: line.customer_ref,
                    purchase_customer: purchase_customer.clone(),
                    day: day.clone(),
                    sale_price: None,
                    sale_currency: None,
                    sale_rate: None,
                    lines: text.clone(),
                    payment: payment.clone(),
                });
            }
        }
        Ok(rows)
    }
}
