//! The customers book: who the reseller sells to, searchable, each with what they were sold.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Desk;
use crate::error::{Error, Result};
use crate::recipients::{is_email, mobile_number};
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
pub struct Customer {
    #[ts(type = "number")]
    pub id: i64,
    /// What purchases and codes name as their customer.
    pub name: String,
    #[ts(optional)]
    pub email: Option<String>,
    #[ts(optional)]
    pub phone: Option<String>,
    #[ts(optional)]
    pub notes: Option<String>,
    pub created_at: String,
}

/// A customer as typed in the book's form or `giftdesk customers add`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewCustomer {
    pub name: String,
    #[serde(default)]
    #[ts(optional)]
    pub email: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub phone: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub notes: Option<String>,
}

fn given(text: &Option<String>) -> Option<String> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned)
}

impl NewCustomer {
    /// Every field checked, each failure naming it; the phone kept in E.164.
    fn checked(&self) -> Result<Self> {
        let name = self.name.trim().to_owned();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(Error::invalid("name", tr!("desk-customer-name-required")));
        }
        let email = given(&self.email);
        if let Some(email) = email.as_deref().filter(|e| !is_email(e)) {
            return Err(Error::invalid("email", tr!("desk-customer-email-invalid", email = email)));
        }
        let phone = match given(&self.phone) {
            Some(phone) => Some(
                mobile_number(&phone)
                    .map_err(|why| Error::invalid("phone", tr!("desk-customer-phone-invalid", reason = why)))?
                    .e164,
            ),
            None => None,
        };
        Ok(Self { name, email, phone, notes: given(&self.notes) })
    }
}

const COLUMNS: &str = "SELECT id, name, email, phone, notes, created_at FROM customers";

impl Desk {
    /// Adds a customer; a name already in the book (whatever its case) is refused, naming `name`.
    pub async fn add_customer(&self, new: &NewCustomer) -> Result<Customer> {
        let new = new.checked()?;
        let added = sqlx::query_as(
            "INSERT INTO customers (name, email, phone, notes) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING \
             RETURNING id, name, email, phone, notes, created_at"
        )
        .bind(&new.name)
        .bind(&new.email)
        .bind(&new.phone)
        .bind(&new.notes)
        .fetch_optional(self.store.pool())
        .await?;
        added.ok_or_else(|| Error::invalid("name", tr!("desk-customer-exists", name = new.name.as_str())))
    }

    /// By name; `text` narrows to customers whose name, email, phone or notes hold every word.
    pub async fn customers(&self, text: &str) -> Result<Vec<Customer>> {
        let all: Vec<Customer> = sqlx::query_as(&format!("{COLUMNS} ORDER BY name COLLATE NOCASE"))
            .fetch_all(self.store.pool())
            .await?;
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        Ok(all
            .into_iter()
            .filter(|c| {
                let haystack = [Some(&c.name), c.email.as_ref(), c.phone.as_ref(), c.notes.as_ref()]
                    .into_iter()
                    .flatten()
                    .map(|t| t.to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" ");
                words.iter().all(|w| haystack.contains(w))
            })
            .collect())
    }

    pub async fn customer(&self, id: i64) -> Result<Customer> {
        sqlx::query_as(&format!("{COLUMNS} WHERE id = ?"))
            .bind(id)
            .fetch_optional(self.store.pool())
            .await?
            .ok_or_else(|| Error::invalid("customer", tr!("desk-customer-unknown", id = id.to_string())))
    }
}
