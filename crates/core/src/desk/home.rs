//! The Home screen's figures: today's and this month's sales and margin, the codes bought but not yet handed
//! over, the purchases still in flight, and bulk imports left unfinished.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{BatchSummary, Desk, GroupBy, SalesQuery, SalesRow};
use crate::checkout::Purchase;
use crate::clock;
use crate::error::Result;
use crate::store::on_book;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HomeSummary {
    /// Today (UTC), one row per currency.
    pub today: Vec<SalesRow>,
    /// This month so far, one row per currency.
    pub this_month: Vec<SalesRow>,
    /// Sold codes left out of those figures until a rate is given.
    pub needs_rate: u32,
    /// Codes in the vault not yet handed over to a customer.
    pub not_handed_over: u32,
    /// Purchases not yet final, newest first (each with its payment deadline when it has one).
    pub in_flight: Vec<Purchase>,
    /// Bulk imports stopped before their end (a crash, a closed window, a lost answer), to resume.
    pub unfinished_imports: Vec<BatchSummary>,
}

impl Desk {
    pub async fn home(&self) -> Result<HomeSummary> {
        let today: String = clock::iso(clock::now_ms()).chars().take(10).collect();
        let month_start = format!("{}-01", &today[..7]);
        let day = SalesQuery { from: Some(today.clone()), to: Some(today.clone()), ..SalesQuery::default() };
        let month =
            SalesQuery { from: Some(month_start), to: Some(today), by: GroupBy::Month, customer: None };
        let (today, this_month) = (self.sales(&day).await?, self.sales(&month).await?);
        let not_handed_over: i64 = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query_scalar("SELECT COUNT(*) FROM codes WHERE handed_over_at IS NULL")
                .fetch_one(pool)
                .await?)
        })?;
        let in_flight =
            self.checkout.purchases().await?.into_iter().filter(|p| !p.state.is_final()).collect();
        let unfinished_imports = self.bulk_batches().await?.into_iter().filter(|b| !b.finished).collect();
        Ok(HomeSummary {
            today: today.rows,
            needs_rate: this_month.needs_rate.len() as u32,
            this_month: this_month.rows,
            not_handed_over: u32::try_from(not_handed_over).unwrap_or(u32::MAX),
            in_flight,
            unfinished_imports,
        })
    }
}
