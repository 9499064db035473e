//! The backup's contents: the rows of the tables that hold what was bought, each as a JSON object of its
//! columns (SQLite's own `json_object`, so every value keeps its type), and each code opened.
//!
//! Column names are read from the schema, never from the file: a restore only writes columns this
//! version's tables have, and a file from a newer version is refused before this (see `restore`).

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sqlx::SqlitePool;

use super::BackupSummary;
use crate::clock;
use crate::error::{Error, Result};
use crate::tr;
use crate::vault::Sealer;

pub(super) const FORMAT: &str = "giftdesk-backup-1";

/// In the order a restore writes them: a row's references come before it. The bulk imports come along so a
/// sheet imported again after a restore is known, and never bought a second time.
const TABLES: [&str; 7] =
    ["purchases", "purchase_events", "customers", "codes", "bulk_batches", "bulk_rows", "bulk_parts"];

/// A code's sealed column travels opened, under this name.
const OPENED: &str = "opened";

#[derive(Serialize, Deserialize)]
pub(super) struct Document {
    pub format: String,
    /// The data version (highest migration) of the Giftdesk that wrote it.
    pub schema: i64,
    pub made_at: String,
    pub tables: BTreeMap<String, Vec<Map<String, Value>>>,
}

/// Never the rows: they hold every code, opened.
impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("format", &self.format)
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

impl Document {
    pub fn count(&self, table: &str) -> u32 {
        self.tables.get(table).map_or(0, |rows| u32::try_from(rows.len()).unwrap_or(u32::MAX))
    }
}

pub(super) async fn dump(pool: &SqlitePool, sealer: &Sealer, schema: i64) -> Result<Document> {
    let mut tables = BTreeMap::new();
    // One read transaction: the codes and their purchases are one moment's state.
    let mut tx = pool.begin().await?;
    for table in TABLES {
        let columns: Vec<String> =
            columns(&mut tx, table).await?.into_iter().filter(|c| c != "sealed").collect();
        let pairs: Vec<String> = columns.iter().map(|c| format!("'{c}', \"{c}\"")).collect();
        let sealed = if table == "codes" { "sealed" } else { "NULL" };
        let sql =
            format!("SELECT json_object({}), {sealed} FROM \"{table}\" ORDER BY rowid", pairs.join(", "));
        let rows: Vec<(String, Option<Vec<u8>>)> = sqlx::query_as(&sql).fetch_all(&mut *tx).await?;
        let mut objects = Vec::with_capacity(rows.len());
        for (json, sealed) in rows {
            let mut object: Map<String, Value> = serde_json::from_str(&json).map_err(|e| {
                Error::Internal(format!("a {table} row could not be read for the backup: {e}"))
            })?;
            if let Some(sealed) = sealed {
                let opened = String::from_utf8(sealer.open(&sealed)?)
                    .map_err(|_| Error::Internal("a code in the vault is not text".into()))?;
                object.insert(OPENED.into(), Value::String(opened));
            }
            objects.push(object);
        }
        tables.insert(table.to_owned(), objects);
    }
    tx.commit().await?;
    Ok(Document { format: FORMAT.into(), schema, made_at: clock::iso(clock::now_ms()), tables })
}

pub(super) async fn load(pool: &SqlitePool, sealer: &Sealer, document: &Document) -> Result<BackupSummary> {
    let mut summary =
        BackupSummary { path: String::new(), codes: 0, purchases: 0, customers: 0, already_here: 0 };
    // The backup's purchase ids, and the local purchase each stands for: itself, or the one already here
    // with the same provider reference (bought here, or restored before under another id).
    let mut purchases: HashMap<String, String> = HashMap::new();
    let mut new_purchases = HashSet::new();
    let mut tx = pool.begin().await?;
    for table in TABLES {
        let known: HashSet<String> = columns(&mut tx, table).await?.into_iter().collect();
        for row in document.tables.get(table).into_iter().flatten() {
            let text = |name: &str| row.get(name).and_then(Value::as_str).unwrap_or_default().to_owned();
            let mut row = row.clone();
            if let Some(local) = purchases.get(&text("purchase_id")) {
                row.insert("purchase_id".into(), Value::String(local.clone()));
            }
            let inserted = match table {
                "purchases" => {
                    let id = text("id");
                    let inserted = insert(&mut tx, table, &row, &known, Id::Keep, None).await?;
                    let local = if inserted {
                        new_purchases.insert(id.clone());
                        summary.purchases += 1;
                        id.clone()
                    } else {
                        local_purchase(&mut tx, &id, &text("provider"), row.get("provider_ref")).await?
                    };
                    purchases.insert(id, local);
                    inserted
                }
                // A purchase already here keeps its own trail; a new one gets its whole trail.
                "purchase_events" if !new_purchases.contains(&text("purchase_id")) => continue,
                "purchase_events" => insert(&mut tx, table, &row, &known, Id::Drop, None).await?,
                "customers" => {
                    let inserted = insert_keeping_id_if_free(&mut tx, table, &row, &known, None).await?;
                    summary.customers += u32::from(inserted);
                    inserted
                }
                "codes" => {
                    let opened = row
                        .get(OPENED)
                        .and_then(Value::as_str)
                        .ok_or_else(|| Error::invalid("from", tr!("vault-backup-code-without-contents")))?;
                    let sealed = sealer.seal(opened.as_bytes())?;
                    let inserted =
                        insert_keeping_id_if_free(&mut tx, table, &row, &known, Some(sealed)).await?;
                    summary.codes += u32::from(inserted);
                    inserted
                }
                _ => insert(&mut tx, table, &row, &known, Id::Keep, None).await?,
            };
            summary.already_here += u32::from(!inserted);
        }
    }
    tx.commit().await?;
    Ok(summary)
}

/// The id of the purchase already here that a backup's purchase is: the same id, or the same provider
/// reference under another id.
async fn local_purchase(
    tx: &mut sqlx::SqliteConnection,
    id: &str,
    provider: &str,
    provider_ref: Option<&Value>,
) -> Result<String> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT id FROM purchases WHERE id = ?1 OR (provider = ?2 AND provider_ref = ?3) LIMIT 1",
    )
    .bind(id)
    .bind(provider)
    .bind(provider_ref.and_then(Value::as_str))
    .fetch_optional(&mut *tx)
    .await?;
    found.ok_or_else(|| Error::invalid("from", tr!("vault-backup-purchase-clash", id = id)))
}

async fn columns(tx: &mut sqlx::SqliteConnection, table: &str) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
        .bind(table)
        .fetch_all(tx)
        .await?)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Id {
    Keep,
    Drop,
}

/// The row under its own id when that id is free here; under a new one when only the id is taken; not at all
/// when the row itself (by its unique columns) is already here.
async fn insert_keeping_id_if_free(
    tx: &mut sqlx::SqliteConnection,
    table: &str,
    row: &Map<String, Value>,
    known: &HashSet<String>,
    sealed: Option<Vec<u8>>,
) -> Result<bool> {
    if insert(tx, table, row, known, Id::Keep, sealed.clone()).await? {
        return Ok(true);
    }
    let id_taken: Option<i64> = sqlx::query_scalar(&format!("SELECT 1 FROM \"{table}\" WHERE id = ?"))
        .bind(row.get("id").and_then(Value::as_i64))
        .fetch_optional(&mut *tx)
        .await?;
    if id_taken.is_none() {
        return Ok(false);
    }
    insert(tx, table, row, known, Id::Drop, sealed).await
}

/// The row's columns that the table has, unless a row with the same key is already here (then false). Any
/// other refusal (a required value missing) fails the whole restore: nothing is skipped silently.
async fn insert(
    tx: &mut sqlx::SqliteConnection,
    table: &str,
    row: &Map<String, Value>,
    known: &HashSet<String>,
    id: Id,
    sealed: Option<Vec<u8>>,
) -> Result<bool> {
    let names: Vec<&String> = row
        .keys()
        .filter(|name| known.contains(*name) && *name != "sealed" && !(id == Id::Drop && *name == "id"))
        .collect();
    let mut columns: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    let mut values: Vec<String> =
        names.iter().map(|name| format!("json_extract(?1, '$.\"{name}\"')")).collect();
    if sealed.is_some() {
        columns.push("sealed".into());
        values.push("?2".into());
    }
    let sql = format!(
        "INSERT INTO \"{table}\" ({}) VALUES ({}) ON CONFLICT DO NOTHING",
        columns.join(", "),
        values.join(", ")
    );
    let row_json = Value::Object(row.clone()).to_string();
    let written = sqlx::query(&sql).bind(row_json).bind(sealed).execute(&mut *tx).await?.rows_affected();
    Ok(written == 1)
}
