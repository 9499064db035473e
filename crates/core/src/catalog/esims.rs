//! eSIMs by destination: every plan both providers sell for one country, side by side, with its data
//! (unlimited said as such), days, coverage, price and price per GB worked out in exact decimals.
//! Bitrefill through its eSIM endpoints; Cryptorefills through its e-sim brands and their plans' `benefits`.

use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{search, Catalog, CatalogProduct, Kind, SearchQuery, SortOrder};
use crate::error::{Error, Result};
use crate::money::minor_to_decimal;
use crate::providers::cryptorefills_families::FamilyProduct;
use crate::providers::Provider;
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EsimPlan {
    pub provider: Provider,
    /// The product and the plan as the provider names it, `PRODUCT|PLAN`: unique within one answer.
    pub plan_id: String,
    pub product_id: String,
    /// The product as its provider names it ("Roam eSIM DE").
    pub name: String,
    /// The plan as its provider names it ("3GB, 30 Days").
    pub plan: String,
    /// Gigabytes, an exact decimal; absent when unlimited (or not said).
    #[ts(optional)]
    pub data_gb: Option<String>,
    pub unlimited: bool,
    #[ts(optional)]
    pub days: Option<u32>,
    /// The countries it works in (ISO alpha-2).
    pub coverage: Vec<String>,
    /// An exact decimal in `currency`.
    pub price: String,
    pub currency: String,
    /// Price divided by gigabytes, to two places; absent when unlimited.
    #[ts(optional)]
    pub price_per_gb: Option<String>,
}

/// Data, unlimited, days from a plan's name: "3GB, 30 Days", "Unlimited 15 days", "500 MB 7 days".
pub fn read_plan_name(name: &str) -> (Option<String>, bool, Option<u32>) {
    let lower = name.to_ascii_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| c == ',' || c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    // A number and its unit, written together ("3gb") or apart ("3 gb").
    let mut amounts = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let digits: String = word.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
        if digits.is_empty() {
            continue;
        }
        let unit = match &word[digits.len()..] {
            "" => words.get(index + 1).copied().unwrap_or(""),
            rest => rest,
        };
        amounts.push((digits, unit.to_owned()));
    }
    let number = |unit: &str| amounts.iter().find(|(_, u)| u.starts_with(unit)).map(|(n, _)| n.clone());
    let data = number("gb").or_else(|| {
        number("mb")
            .and_then(|mb| Decimal::from_str(&mb).ok())
            .map(|mb| (mb / Decimal::from(1000)).normalize().to_string())
    });
    let days = number("day").and_then(|d| d.parse().ok());
    (data, lower.contains("unlimited"), days)
}

/// What a plan is, as read from its provider: its data (`None` when unlimited or not said) and days.
struct Reading {
    data_gb: Option<String>,
    unlimited: bool,
    days: Option<u32>,
}

impl EsimPlan {
    /// A plan of `product`, its id and price per GB made here, the same way for both providers.
    fn of(
        provider: Provider,
        product: (&str, &str),
        plan: String,
        reading: Reading,
        (price, currency): (String, String),
        coverage: Vec<String>,
    ) -> Self {
        let (product_id, name) = product;
        let data_gb = if reading.unlimited { None } else { reading.data_gb };
        Self {
            provider,
            plan_id: format!("{product_id}|{plan}"),
            product_id: product_id.to_owned(),
            name: name.to_owned(),
            plan,
            price_per_gb: per_gb(&price, data_gb.as_deref()),
            data_gb,
            unlimited: reading.unlimited,
            days: reading.days,
            coverage,
            price,
            currency,
        }
    }
}

fn per_gb(price: &str, data_gb: Option<&str>) -> Option<String> {
    let (price, data) = (Decimal::from_str(price).ok()?, Decimal::from_str(data_gb?).ok()?);
    // Always two places, so a column of them lines up ("3.00", not "3").
    (!data.is_zero()).then(|| {
        format!("{:.2}", (price / data).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    })
}

impl Catalog {
    /// Every eSIM plan for `country`, by currency, then cheapest per GB first (unlimited plans after,
    /// cheapest first). A provider that cannot be asked is left out; only when neither answers is it an error.
    pub async fn esim_plans(&self, country: &str) -> Result<Vec<EsimPlan>> {
        let country = country.trim().to_ascii_uppercase();
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(Error::invalid("country", tr!("catalog-esim-destination")));
        }
        let (bitrefill, cryptorefills) =
            (self.bitrefill_esims(&country).await, self.cryptorefills_esims(&country).await);
        let mut plans = match (bitrefill, cryptorefills) {
            (Err(error), Err(_)) => return Err(error),
            (bitrefill, cryptorefills) => {
                for failed in [&bitrefill, &cryptorefills].into_iter().filter_map(|r| r.as_ref().err()) {
                    tracing::warn!(error = %failed, %country, "eSIM plans of one provider left out");
                }
                [bitrefill.unwrap_or_default(), cryptorefills.unwrap_or_default()].concat()
            }
        };
        let key = |plan: &EsimPlan| {
            let per = plan.price_per_gb.as_deref().and_then(|p| Decimal::from_str(p).ok());
            // Prices in different currencies are never compared with each other.
            (
                plan.currency.clone(),
                plan.unlimited,
                per.unwrap_or(Decimal::MAX),
                Decimal::from_str(&plan.price).unwrap_or(Decimal::MAX),
            )
        };
        plans.sort_by_key(key);
        Ok(plans)
    }

    async fn bitrefill_esims(&self, country: &str) -> Result<Vec<EsimPlan>> {
        let client = self.accounts.bitrefill().await?;
        let products = match client.esims(country).await {
            Ok(products) => products,
            // The eSIM list draws on the products' hourly allowance, which a sync may have spent: the synced
            // catalog's eSIMs of the country stand in (their plans, without the wider coverage).
            Err(error @ (Error::RateBudget { .. } | Error::Provider { status: 429, .. })) => {
                tracing::info!(%error, %country, "Bitrefill eSIMs read from the synced catalog");
                return self.synced_bitrefill_esims(country).await;
            }
            Err(error) => return Err(error),
        };
        let currency = client.balance().await?.currency.unwrap_or_else(|| "USD".into());
        let mut plans = Vec::new();
        for product in products {
            let name = product.name.clone().unwrap_or_else(|| product.id.clone());
            for answer in &product.plans {
                let (Some(plan), Some(price)) = (answer.value.clone(), answer.price) else { continue };
                let (data, unlimited, days) = read_plan_name(&plan);
                let reading = Reading {
                    data_gb: answer.data_gb.clone().or(data),
                    unlimited: answer.unlimited.unwrap_or(unlimited),
                    days: answer.duration_days.and_then(|d| u32::try_from(d).ok()).or(days),
                };
                plans.push(EsimPlan::of(
                    Provider::Bitrefill,
                    (&product.id, &name),
                    plan,
                    reading,
                    (minor_to_decimal(price, &currency), currency.clone()),
                    product.coverage.clone(),
                ));
            }
        }
        Ok(plans)
    }

    /// A provider's eSIM products of `country` in the synced catalog.
    async fn synced_esims(&self, provider: Provider, country: &str) -> Result<Vec<CatalogProduct>> {
        let query = SearchQuery {
            provider: Some(provider),
            country: Some(country.to_owned()),
            kind: Some(Kind::Esim),
            sort: SortOrder::Name,
            limit: Some(50),
            ..SearchQuery::default()
        };
        search(self.store.pool(), &query).await
    }

    async fn synced_bitrefill_esims(&self, country: &str) -> Result<Vec<EsimPlan>> {
        let mut plans = Vec::new();
        for product in self.synced_esims(Provider::Bitrefill, country).await? {
            let currency = product.price_currency.clone().unwrap_or_else(|| "USD".into());
            for package in &product.denominations {
                let Some(price) = package.price else { continue };
                let (data_gb, unlimited, days) = read_plan_name(&package.value);
                plans.push(EsimPlan::of(
                    Provider::Bitrefill,
                    (&product.id, &product.name),
                    package.value.clone(),
                    Reading { data_gb, unlimited, days },
                    (minor_to_decimal(price, &currency), currency.clone()),
                    product.country.iter().cloned().collect(),
                ));
            }
        }
        Ok(plans)
    }

    async fn cryptorefills_esims(&self, country: &str) -> Result<Vec<EsimPlan>> {
        let mut plans = Vec::new();
        for brand in self.synced_esims(Provider::Cryptorefills, country).await? {
            // One brand that cannot be read is left out (and logged); the others are still compared.
            let family = match self.family_of(&brand, false).await {
                Ok(family) => family,
                Err(error) => {
                    tracing::warn!(%error, brand = %brand.name, "eSIM brand left out of the comparison");
                    continue;
                }
            };
            plans.extend(family.products.iter().filter_map(|item| cryptorefills_plan(&brand, item)));
        }
        Ok(plans)
    }
}

/// One of a Cryptorefills e-sim brand's plans, read from its `benefits` (data `-1` is unlimited), else
/// from its name.
fn cryptorefills_plan(brand: &CatalogProduct, item: &FamilyProduct) -> Option<EsimPlan> {
    let plan = item.denomination.clone()?;
    let (price, currency) = (item.face_value.amount.clone()?, item.face_value.currency.clone()?);
    // An amount in its unit: data in GB (MB divided by 1000), validity in days (weeks and months counted out).
    let benefit = |kind: &str| {
        let found = item.benefits.iter().find(|b| b.kind.as_deref() == Some(kind))?;
        let amount = found.amount.clone()?;
        let unit = found.unit.as_deref().unwrap_or_default().to_ascii_lowercase();
        let scaled = |by: Decimal, divide: bool| {
            let value = Decimal::from_str(&amount).ok()?;
            Some((if divide { value / by } else { value * by }).normalize().to_string())
        };
        match unit.as_str() {
            "mb" if !amount.starts_with('-') => scaled(Decimal::from(1000), true),
            "week" | "weeks" => scaled(Decimal::from(7), false),
            "month" | "months" => scaled(Decimal::from(30), false),
            _ => Some(amount),
        }
    };
    let (read_data, read_unlimited, read_days) = read_plan_name(&plan);
    let data = benefit("data");
    let reading = Reading {
        unlimited: data.as_deref().map(|d| d.trim().starts_with('-')).unwrap_or(read_unlimited),
        data_gb: data.or(read_data),
        days: benefit("validity").and_then(|d| d.parse().ok()).or(read_days),
    };
    Some(EsimPlan::of(
        Provider::Cryptorefills,
        (&brand.id, &brand.name),
        plan,
        reading,
        (price, currency),
        brand.country.iter().cloned().collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_name_says_its_data_and_days() {
        assert_eq!(read_plan_name("3GB, 30 Days"), (Some("3".into()), false, Some(30)));
        assert_eq!(read_plan_name("10 GB 30 days"), (Some("10".into()), false, Some(30)));
        assert_eq!(read_plan_name("Unlimited, 15 Days"), (None, true, Some(15)));
        assert_eq!(read_plan_name("500MB 7 days"), (Some("0.5".into()), false, Some(7)));
        assert_eq!(per_gb("12.00", Some("3")).as_deref(), Some("4.00"));
        assert_eq!(per_gb("10", Some("3")).as_deref(), Some("3.33"));
        assert_eq!(per_gb("30", Some("10")).as_deref(), Some("3.00"));
        assert_eq!(per_gb("0.25", Some("2")).as_deref(), Some("0.13"), "halves round away from zero");
        assert_eq!(per_gb("10", None), None);
    }
}
