//! "Top up a phone": the reseller types a number; it is read with libphonenumber, Bitrefill is asked which
//! operator serves it (`check_phone_number`), and Cryptorefills' top-up brands of the number's country are
//! offered beside it from the catalog. The amounts are the products' own packages or range.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::service::CatalogEntry;
use super::{
    apply, from_bitrefill, product, search, Catalog, CatalogProduct, Coverage, Kind, SearchQuery, SortOrder,
};
use crate::error::{Error, Result};
use crate::providers::bitrefill::Product;
use crate::providers::Provider;
use crate::recipients::mobile_number;
use crate::tr;

/// Who can top up a number, from both providers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperatorLookup {
    /// The number in E.164 form.
    pub number: String,
    /// Its country (ISO alpha-2).
    pub country: String,
    /// Bitrefill's top-up product for the number, when it recognised the operator.
    #[ts(optional)]
    pub operator: Option<CatalogEntry>,
    /// Bitrefill's guesses when it could not tell: the reseller picks one.
    pub candidates: Vec<CatalogEntry>,
    /// Why Bitrefill offers nothing, for a person (not set up, no operator for this number, no answer).
    #[ts(optional)]
    pub bitrefill_note: Option<String>,
    /// Cryptorefills' top-up brands of the number's country, from the catalog.
    pub cryptorefills: Vec<CatalogEntry>,
}

impl Catalog {
    /// Checks the number, then asks both providers who tops it up. A number that is not a mobile number is
    /// refused here, naming `phone`, before anything is sent.
    pub async fn operator_for(&self, phone: &str) -> Result<OperatorLookup> {
        let number = mobile_number(phone).map_err(|why| Error::invalid("phone", why))?;
        let (mut operator, mut candidates, mut bitrefill_note) = (None, Vec::new(), None);
        match self.bitrefill_operator(&number.e164).await {
            Ok((found, guesses)) => {
                operator = found;
                candidates = guesses;
                if operator.is_none() && candidates.is_empty() {
                    bitrefill_note = Some(tr!("catalog-bitrefill-no-operator"));
                }
            }
            Err(Error::NotConfigured { .. }) => {
                bitrefill_note = Some(tr!("catalog-bitrefill-not-set-up"));
            }
            Err(Error::Provider { code: Some(code), .. }) if code == "unsupported_operator" => {
                bitrefill_note = Some(tr!("catalog-bitrefill-unsupported-operator"));
            }
            Err(Error::Provider { status: 404, .. }) => {
                bitrefill_note = Some(tr!("catalog-bitrefill-unknown-operator"));
            }
            Err(error) => {
                bitrefill_note = Some(tr!("catalog-bitrefill-not-asked", error = error.to_string()));
            }
        }
        let local = SearchQuery {
            provider: Some(Provider::Cryptorefills),
            country: Some(number.country.clone()),
            kind: Some(Kind::TopUp),
            sort: SortOrder::Name,
            limit: Some(100),
            ..SearchQuery::default()
        };
        let cryptorefills = search(self.store.pool(), &local).await?;
        Ok(OperatorLookup {
            number: number.e164,
            country: number.country,
            operator: operator.map(|p| self.with_logo_urls(vec![p]).remove(0)),
            candidates: self.with_logo_urls(candidates),
            bitrefill_note,
            cryptorefills: self.with_logo_urls(cryptorefills),
        })
    }

    async fn bitrefill_operator(&self, e164: &str) -> Result<(Option<CatalogProduct>, Vec<CatalogProduct>)> {
        let check = self.accounts.bitrefill().await?.check_phone_number(e164).await?;
        let operator = match check.operator.filter(|_| check.operator_found) {
            Some((found, raw)) => Some(self.as_listed(&found, &raw).await?),
            None => None,
        };
        let mut candidates = Vec::new();
        for (candidate, raw) in &check.candidates {
            candidates.push(self.as_listed(candidate, raw).await?);
        }
        Ok((operator, candidates))
    }

    /// The product as the catalog holds it (its synced packages and prices); one the catalog does not hold
    /// yet (a sync that has not reached it) is written in as Bitrefill just described it, so it can be bought.
    async fn as_listed(&self, answer: &Product, raw: &serde_json::Value) -> Result<CatalogProduct> {
        if let Some((listed, _)) = product(self.store.pool(), Provider::Bitrefill, &answer.id).await? {
            return Ok(listed);
        }
        let currency: Option<String> = sqlx::query_scalar(
            "SELECT price_currency FROM products WHERE provider = 'bitrefill' AND price_currency IS NOT NULL LIMIT 1",
        )
        .fetch_optional(self.store.pool())
        .await?
        .flatten();
        let described = from_bitrefill(answer, currency.as_deref().unwrap_or("USD"));
        let listing = [(described.clone(), raw.clone())];
        apply(self.store.pool(), Provider::Bitrefill, &listing, Coverage::Part { continues_in_secs: 0 })
            .await?;
        Ok(described)
    }
}
