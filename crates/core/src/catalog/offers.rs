//! Comparing offers: the same brand in the same country at the other provider, and what a Cryptorefills card
//! of a given face value costs in a coin right now.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Catalog;
use super::{search, CatalogEntry, SearchQuery, SortOrder};
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::tr;

/// What a Cryptorefills card costs in one coin (`GET /v4/products/price`); amounts are exact decimals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CryptoPrice {
    pub face_value: String,
    pub coin: String,
    pub coin_amount: String,
    /// Before any discount, when the provider says.
    #[ts(optional)]
    pub original_coin_amount: Option<String>,
}

/// "Amazon.com" and "Amazon", "Google Play" and "google-play": one brand.
fn brand_key(brand: &str) -> String {
    let head = brand.split('.').next().unwrap_or(brand);
    head.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// The brand a row is sold as: Cryptorefills rows keep the family slug in `brand` and the exact brand as
/// their name.
fn sold_as(product: &super::CatalogProduct) -> &str {
    match product.provider {
        Provider::Cryptorefills => &product.name,
        Provider::Bitrefill => &product.brand,
    }
}

impl Catalog {
    /// The other provider's products for the same brand in the same country.
    pub async fn same_brand_elsewhere(&self, provider: Provider, id: &str) -> Result<Vec<CatalogEntry>> {
        let Some((product, _)) = super::product(self.store.pool(), provider, id).await? else {
            return Ok(Vec::new());
        };
        let Some(country) = product.country.clone() else { return Ok(Vec::new()) };
        let other = match provider {
            Provider::Bitrefill => Provider::Cryptorefills,
            Provider::Cryptorefills => Provider::Bitrefill,
        };
        let key = brand_key(sold_as(&product));
        let query = SearchQuery {
            text: String::new(),
            provider: Some(other),
            country: Some(country),
            kind: Some(product.kind),
            category: None,
            currency: None,
            in_stock_only: false,
            sort: SortOrder::Name,
            limit: Some(500),
        };
        let matches = search(self.store.pool(), &query)
            .await?
            .into_iter()
            .filter(|candidate| !key.is_empty() && brand_key(sold_as(candidate)) == key)
            .collect();
        Ok(self.with_logo_urls(matches))
    }

    /// The live price of a Cryptorefills card of `face_value` in `coin`. The value is checked here first.
    pub async fn crypto_price(&self, product_id: &str, face_value: &str, coin: &str) -> Result<CryptoPrice> {
        let face = face_value.trim();
        if face.parse::<rust_decimal::Decimal>().map_or(true, |d| d <= rust_decimal::Decimal::ZERO) {
            return Err(Error::invalid(
                "value",
                tr!("catalog-value-not-an-amount", value = format!("{face:?}")),
            ));
        }
        let coin = coin.trim().to_ascii_uppercase();
        if coin.is_empty() || !coin.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(Error::invalid("coin", tr!("catalog-coin-invalid", coin = format!("{coin:?}"))));
        }
        // Catalog ids are `CC/<exact brand>`, and the price is asked for the exact brand.
        let Some((country, brand)) = product_id.split_once('/') else {
            let message = tr!("catalog-not-a-cryptorefills-product", product = format!("{product_id:?}"));
            return Err(Error::invalid("product", message));
        };
        let client = self.accounts.cryptorefills().await?;
        let answer = client.price(brand, country, face, &coin).await?;
        Ok(CryptoPrice {
            face_value: face.to_owned(),
            coin: answer.coin.unwrap_or(coin),
            coin_amount: answer.coin_amount.unwrap_or_default(),
            original_coin_amount: answer.original_coin_amount,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::brand_key;

    #[test]
    fn one_brand_however_each_provider_spells_it() {
        assert_eq!(brand_key("Amazon.com"), brand_key("Amazon"));
        assert_eq!(brand_key("Google Play"), brand_key("google-play"));
        assert_ne!(brand_key("Steam"), brand_key("Uber"));
    }
}
