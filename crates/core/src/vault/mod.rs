//! The codes vault: every code bought, sealed at rest, revealed only on request.

mod backup;
mod esim;
mod export;
pub(crate) mod redemption;
mod rows;
mod seal;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use ts_rs::TS;

pub use self::backup::{check_new_passphrase, BackupStatus, BackupSummary, MIN_PASSPHRASE};
pub use self::esim::EsimActivation;
pub(crate) use self::export::create_private;
pub use self::export::{
    default_export_path, export_dir, export_file, export_path, spreadsheet_text, write_over, Exported,
};
pub use self::redemption::{redacted, sanitise, Redemption, RedemptionImage};
pub use self::rows::plain_iccid;
use self::rows::{Row, SELECT_ROW};
pub use self::seal::{Sealer, TEAM_KEY_ENTRY};
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::secrets::Keyring;
use crate::store::{on_book, Store};
use crate::tr;

/// One delivered item in the vault. `redemption` is filled only when revealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CodeEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub purchase_id: String,
    pub provider: Provider,
    /// The Bitrefill order id or Cryptorefills delivery id.
    pub item_ref: String,
    /// The brand or product, as bought.
    pub brand: String,
    /// The face value as shown ("50", "$25").
    pub value: String,
    #[ts(optional)]
    pub currency: Option<String>,
    #[ts(optional)]
    pub recipient: Option<String>,
    #[ts(optional)]
    pub customer_ref: Option<String>,
    #[ts(optional)]
    pub expires_at: Option<String>,
    pub added_at: String,
    #[ts(optional)]
    pub handed_over_at: Option<String>,
    /// eSIMs: the card's ICCID (not a secret: the phone shows it), what a top-up names.
    #[ts(optional)]
    pub iccid: Option<String>,
    /// What it was sold for (see the desk), an exact decimal in `sale_currency`.
    #[ts(optional)]
    pub sale_price: Option<String>,
    #[ts(optional)]
    pub sale_currency: Option<String>,
    #[ts(optional)]
    pub redemption: Option<Redemption>,
}

/// What a tracker hands the vault for one delivered item.
#[derive(Debug)]
pub struct NewCode<'a> {
    pub purchase_id: &'a str,
    pub provider: Provider,
    pub item_ref: &'a str,
    pub brand: &'a str,
    pub value: &'a str,
    pub currency: Option<&'a str>,
    pub recipient: Option<&'a str>,
    pub customer_ref: Option<&'a str>,
    pub redemption: Redemption,
    /// The provider's answer with the codes, kept whole but sealed: nothing it returned is lost.
    pub raw: &'a Value,
}

/// Filters for the Codes screen and `giftdesk codes`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CodeQuery {
    /// Words in the brand, value, recipient or customer reference.
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    #[ts(optional)]
    pub provider: Option<Provider>,
    /// `Some(false)`: only codes not yet handed over.
    #[serde(default)]
    #[ts(optional)]
    pub handed_over: Option<bool>,
}

/// The codes vault: sealed rows in the store, and the cipher whose key is in the OS keyring.
#[derive(Debug, Clone)]
pub struct Vault {
    store: Store,
    keyring: Keyring,
    /// Made from the keyring's key on first use, once per process.
    sealer: std::sync::Arc<tokio::sync::OnceCell<Sealer>>,
}

impl Vault {
    pub(crate) fn new(store: Store, keyring: Keyring) -> Self {
        Self { store, keyring, sealer: Default::default() }
    }

    /// The vault's cipher, its key read from (or made in) the OS keyring once per process: in a team, the
    /// team's key, so a code sealed on one desk opens on every other.
    pub async fn sealer(&self) -> Result<Sealer> {
        let in_team = self.store.team().is_some();
        self.sealer
            .get_or_try_init(|| async {
                match in_team {
                    true => Sealer::from_team_keyring(&self.keyring).await,
                    false => Sealer::from_keyring(&self.keyring).await,
                }
            })
            .await
            .cloned()
    }

    /// Seals and stores one delivered item; returns false when it was already there (a restarted tracker).
    pub async fn store_code(&self, code: NewCode<'_>) -> Result<bool> {
        let sealer = self.sealer().await?;
        let plaintext = json!({"redemption": code.redemption, "raw": code.raw}).to_string();
        let sealed = sealer.seal(plaintext.as_bytes())?;
        let inserted = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query(
                "INSERT INTO codes (purchase_id, provider, item_ref, product_name, face, currency, recipient, \
                 customer_ref, expires_at, iccid, sealed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                 ON CONFLICT (provider, item_ref) DO NOTHING",
            )
            .bind(code.purchase_id)
            .bind(code.provider.slug())
            .bind(code.item_ref)
            .bind(code.brand)
            .bind(code.value)
            .bind(code.currency)
            .bind(code.recipient)
            .bind(code.customer_ref)
            .bind(code.redemption.expires_at.as_deref())
            .bind(code.redemption.iccid.as_deref().map(plain_iccid))
            .bind(&sealed)
            .execute(pool)
            .await?
            .rows_affected())
        })?;
        Ok(inserted == 1)
    }

    /// Brand and value of each item of a purchase in the vault, in the order they arrived.
    pub async fn delivered_items(&self, purchase_id: &str) -> Result<Vec<(String, String)>> {
        on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query_as("SELECT product_name, face FROM codes WHERE purchase_id = $1 ORDER BY id")
                .bind(purchase_id)
                .fetch_all(pool)
                .await?)
        })
    }

    pub async fn has_code(&self, provider: Provider, item_ref: &str) -> Result<bool> {
        let found: Option<i64> = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query_scalar("SELECT id FROM codes WHERE provider = $1 AND item_ref = $2")
                .bind(provider.slug())
                .bind(item_ref)
                .fetch_optional(pool)
                .await?)
        })?;
        Ok(found.is_some())
    }

    /// Newest first; with `reveal`, each code is opened (an explicit request, never the default).
    pub async fn codes(&self, query: &CodeQuery, reveal: bool) -> Result<Vec<CodeEntry>> {
        let rows: Vec<Row> = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query_as(&format!("{SELECT_ROW} ORDER BY id DESC")).fetch_all(pool).await?)
        })?;
        let words: Vec<String> = query.text.split_whitespace().map(str::to_lowercase).collect();
        let sealer = if reveal { Some(self.sealer().await?) } else { None };
        let mut entries = Vec::new();
        for row in rows {
            let haystack = format!(
                "{} {} {} {} {}",
                row.product_name,
                row.face,
                row.recipient.as_deref().unwrap_or_default(),
                row.customer_ref.as_deref().unwrap_or_default(),
                row.iccid.as_deref().unwrap_or_default()
            )
            .to_lowercase();
            let provider = row.provider();
            if !words.iter().all(|w| haystack.contains(w))
                || query.provider.is_some_and(|p| p != provider)
                || query.handed_over.is_some_and(|h| h != row.handed_over_at.is_some())
            {
                continue;
            }
            let redemption = match &sealer {
                Some(sealer) => Some(open(sealer, &row.sealed)?),
                None => None,
            };
            entries.push(row.entry(redemption));
        }
        Ok(entries)
    }

    /// One code, opened: the "Reveal" button.
    pub async fn reveal_code(&self, id: i64) -> Result<Redemption> {
        let sealed: Option<Vec<u8>> = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query_scalar("SELECT sealed FROM codes WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?)
        })?;
        let sealed =
            sealed.ok_or_else(|| Error::invalid("code", tr!("vault-no-code", id = id.to_string())))?;
        tracing::info!(code = id, "code revealed");
        open(&self.sealer().await?, &sealed)
    }

    /// A delivered eSIM's activation: its QR code drawn at a scannable size, and the values for manual entry.
    pub async fn esim_activation(&self, id: i64) -> Result<EsimActivation> {
        EsimActivation::of(&self.reveal_code(id).await?)
            .ok_or_else(|| Error::invalid("code", tr!("vault-not-an-esim", id = id.to_string())))
    }

    /// The vault entry of the eSIM with this ICCID (as printed or as sent: see [`plain_iccid`]).
    pub async fn esim_by_iccid(&self, iccid: &str) -> Result<CodeEntry> {
        let row: Option<Row> = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query_as(&format!("{SELECT_ROW} WHERE iccid = $1 ORDER BY id LIMIT 1"))
                .bind(plain_iccid(iccid))
                .fetch_optional(pool)
                .await?)
        })?;
        row.map(|row| row.entry(None))
            .ok_or_else(|| Error::invalid("esim_id", tr!("vault-no-esim-with-iccid")))
    }

    /// Marks a code handed over to a customer (or back, with `None`).
    pub async fn hand_over(&self, id: i64, customer_ref: Option<&str>, handed: bool) -> Result<()> {
        let customer_ref = customer_ref.map(str::trim).filter(|r| !r.is_empty());
        let changed = on_book!(self.store, |pool, dialect| {
            Ok(sqlx::query(&format!(
                "UPDATE codes SET handed_over_at = CASE WHEN $1 THEN {} END, \
                 customer_ref = COALESCE($2, customer_ref) WHERE id = $3",
                dialect.now()
            ))
            .bind(handed)
            .bind(customer_ref)
            .bind(id)
            .execute(pool)
            .await?
            .rows_affected())
        })?;
        if changed == 0 {
            return Err(Error::invalid("code", tr!("vault-no-code", id = id.to_string())));
        }
        Ok(())
    }
}

fn open(sealer: &Sealer, sealed: &[u8]) -> Result<Redemption> {
    let plaintext = sealer.open(sealed)?;
    // Sealed by us, so it always reads; if it does not, say so rather than show an empty code.
    #[derive(serde::Deserialize)]
    struct Sealed {
        redemption: Redemption,
    }
    serde_json::from_slice::<Sealed>(&plaintext)
        .map(|sealed| sealed.redemption)
        .map_err(|error| Error::Internal(tr!("vault-code-unreadable", detail = error.to_string())))
}
