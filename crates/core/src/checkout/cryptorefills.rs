//! Cryptorefills: validate, then create the order; payment vias checked against the provider's list.

use serde_json::{json, Value};

use crate::providers::cryptorefills_answers::{payment_vias_from, wallet_coins, PaymentVia};

use super::answers::{cryptorefills_problems, order_change};
use super::ledger::{self, BatchLink, When};
use super::Checkout;
use super::{CheckoutRequest, PaymentChoice, Purchase, PurchaseLine, PurchaseState};
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::recipients::is_email;
use crate::tr;

/// How long the payment vias list is trusted before it is fetched again.
const VIAS_FRESH_SECS: f64 = 3600.0;

/// The buyer's email: given, else the first email among the recipients.
pub fn buyer_email(request: &CheckoutRequest, lines: &[PurchaseLine]) -> Result<String> {
    let email = request
        .options
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_owned)
        .or_else(|| lines.iter().map(|l| l.recipient.clone()).find(|r| is_email(r)))
        .ok_or_else(|| Error::invalid("email", tr!("checkout-buyer-email-needed")))?;
    if !is_email(&email) {
        return Err(Error::invalid("email", tr!("checkout-buyer-email-invalid", email = email.as_str())));
    }
    Ok(email)
}

/// The `POST /v5/orders` body (also what is validated first): one delivery per unit.
pub fn order_body(request: &CheckoutRequest, lines: &[PurchaseLine], email: &str) -> Value {
    let (coin, network) = match &request.payment {
        PaymentChoice::Coin { coin, network } => (coin.clone(), network.clone()),
        _ => (String::new(), String::new()),
    };
    let deliveries: Vec<Value> = lines
        .iter()
        .flat_map(|line| {
            // Catalog ids are `CC/<exact brand>`: Cryptorefills wants the exact `brand` as `brand_name`
            // ("Claro Credits", not the family "claro").
            let (country, brand) = line.product_id.split_once('/').unwrap_or(("", &line.product_id));
            let mut delivery =
                json!({"beneficiary_account": line.recipient, "brand_name": brand, "country_code": country});
            match (&line.package_id, &line.value) {
                (Some(label), _) => delivery["denomination"] = json!(label),
                (None, Some(value)) => {
                    delivery["denomination"] = json!("range");
                    delivery["product_value"] =
                        value.parse::<f64>().map_or_else(|_| json!(value), |v| json!(v));
                }
                (None, None) => {}
            }
            std::iter::repeat_n(delivery, line.quantity as usize)
        })
        .collect();
    let mut body = json!({
        "email": email,
        "user": {"email": email, "has_accepted_newsletter": false},
        "payment": {"type": "via", "payment_via": "USER_WALLET", "coin": coin, "network": network},
        "deliveries": deliveries,
        "lang": request.options.customer_language.unwrap_or_else(crate::i18n::current).provider_code(),
    });
    if let Some(code) = request.options.promo_code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        body["promo_code"] = json!(code);
    }
    body
}

impl Checkout {
    pub(super) async fn create_order(
        &self,
        request: &CheckoutRequest,
        lines: &[PurchaseLine],
        link: Option<&BatchLink>,
    ) -> Result<Purchase> {
        let email = buyer_email(request, lines)?;
        let body = order_body(request, lines, &email);
        let client = self.accounts.cryptorefills().await?;
        let validation = client.validate(&body).await?;
        if !validation.value.problems.is_empty() {
            return Err(Error::Rejected { problems: cryptorefills_problems(&validation.value.problems) });
        }
        self.send_create(
            Provider::Cryptorefills,
            &request.payment.label(),
            &body,
            lines,
            || client.create_order(&body),
            (None, link),
        )
        .await
    }

    /// The payment vias list, cached for an hour (it also feeds the coin picker).
    pub async fn payment_vias(&self, refresh: bool) -> Result<Vec<PaymentVia>> {
        let pool = self.store.pool();
        let cached: Option<(String, f64)> = sqlx::query_as(
            "SELECT value, (julianday('now') - julianday(updated_at)) * 86400 FROM app_meta WHERE key = 'cryptorefills_payment_vias'",
        )
        .fetch_optional(pool)
        .await?;
        // A cache: one that no longer reads is asked for again, never taken for "no payment methods".
        let fresh = cached.filter(|(_, age)| !refresh && *age < VIAS_FRESH_SECS).and_then(|(text, _)| {
            serde_json::from_str(&text)
                .inspect_err(
                    |error| tracing::warn!(%error, "cached payment methods unreadable; asking again"),
                )
                .ok()
        });
        if let Some(cached) = fresh {
            return Ok(payment_vias_from(&cached));
        }
        let (vias, raw) = self.accounts.cryptorefills().await?.payment_vias().await?;
        self.store.set_meta("cryptorefills_payment_vias", Some(&raw.to_string())).await?;
        Ok(vias)
    }

    /// The coin and network exist for USER_WALLET and are not suspended.
    pub(super) async fn check_coin(&self, payment: &PaymentChoice) -> Result<()> {
        let PaymentChoice::Coin { coin, network } = payment else { return Ok(()) };
        let mut offered = Vec::new();
        for (currency, net, suspended) in wallet_coins(&self.payment_vias(false).await?) {
            let pair = format!("{currency}:{net}");
            if currency.eq_ignore_ascii_case(coin) && net.eq_ignore_ascii_case(network) {
                if suspended {
                    return Err(Error::invalid("pay", tr!("checkout-coin-suspended", pair = pair)));
                }
                return Ok(());
            }
            if !suspended {
                offered.push(pair);
            }
        }
        Err(Error::invalid(
            "pay",
            tr!(
                "checkout-coin-not-taken",
                coin = coin.as_str(),
                network = network.as_str(),
                offered = offered.join(", ")
            ),
        ))
    }

    /// Links a purchase left `unknown` to the order the reseller found (Cryptorefills cannot list orders).
    pub async fn lookup_order(&self, purchase_id: &str, order_id: &str) -> Result<Purchase> {
        let pool = &self.store;
        let purchase = ledger::get(pool, purchase_id).await?;
        if purchase.provider != Provider::Cryptorefills || purchase.state != PurchaseState::Unknown {
            return Err(Error::invalid("purchase", tr!("checkout-lookup-not-unknown")));
        }
        if ledger::is_linked(pool, Provider::Cryptorefills, order_id).await? {
            return Err(Error::invalid("order_id", tr!("checkout-order-already-linked")));
        }
        let order = self.accounts.cryptorefills().await?.order(order_id).await.map_err(|e| match e {
            Error::Provider { status: 404, .. } => {
                Error::invalid("order_id", tr!("checkout-no-such-order", order = order_id))
            }
            other => other,
        })?;
        let change = order_change(&order, &tr!("checkout-event-found-by-order-id"));
        ledger::record(pool, purchase_id, &change, When::From(PurchaseState::Unknown)).await?;
        ledger::get(pool, purchase_id).await
    }
}
