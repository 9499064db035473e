//! How a Bitrefill invoice lives: paid (from balance at once, in crypto after confirmation), orders
//! delivered one by one, the invoice status following a little later (it lags, as live), then the webhook.

use std::time::Duration;

use axum::http::StatusCode;
use serde_json::Value;

use super::model::redemption;
use super::BrError;
use crate::catalog::Delivery;
use crate::clock::now_ms;
use crate::world::{Outcome, Shared};

const CONFIRMATION: Duration = Duration::from_secs(2);
const DELIVERY: Duration = Duration::from_millis(1_000);
const BETWEEN_ORDERS: Duration = Duration::from_millis(200);
const STATUS_LAG: Duration = Duration::from_millis(500);
const EXPIRY: Duration = Duration::from_secs(180 * 60);

/// Called once an invoice is stored: pays it from balance if asked, and starts its expiry clock.
pub fn created(shared: &Shared, id: &str, auto_pay: bool) {
    if auto_pay {
        // Checked against the balance at creation; cannot fail here unless the balance moved meanwhile.
        let _ = pay(shared, id, 1.0, true);
        return;
    }
    let id_owned = id.to_owned();
    shared.after(EXPIRY, move |shared| expire(shared, &id_owned));
    let is_crypto = shared.with_world(|w| w.invoice_mut(id).is_some_and(|i| i.method != "balance"));
    if let (true, Some(delay)) = (is_crypto, shared.options().auto_pay_after) {
        let id = id.to_owned();
        let shared = shared.clone();
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            let _ = pay(&shared, &id, 1.0, false);
        });
    }
}

/// Pays `fraction` of an invoice: from the balance (`POST /invoices/{id}/pay`) or, for crypto, as a
/// transfer seen on chain (`POST /_sandbox/pay/{id}`). Returns the invoice as it now stands.
pub fn pay(shared: &Shared, id: &str, fraction: f64, from_balance_api: bool) -> Result<Value, BrError> {
    let not_found = || {
        BrError::new(StatusCode::NOT_FOUND, "not_found", format!("Invoice '{id}' not found or already paid"))
    };
    let (confirmed_now, needs_confirmation) = shared.with_world(|world| {
        let balance = world.balance;
        let invoice = world.invoice_mut(id).ok_or_else(not_found)?;
        if !matches!(invoice.payment_status.as_str(), "unpaid" | "partial_payment") {
            return Err(not_found());
        }
        if invoice.method == "balance" {
            if invoice.price > balance {
                return Err(BrError::new(
                    StatusCode::FORBIDDEN,
                    "balance_too_low",
                    format!("The balance ({balance} cents) is below the price ({} cents)", invoice.price),
                ));
            }
            invoice.paid = invoice.price;
            invoice.payment_status = "payment_confirmed".into();
            let price = invoice.price;
            world.balance -= price;
            return Ok((true, false));
        }
        if from_balance_api {
            return Err(BrError::bad(
                "invalid_param",
                "Only balance invoices are paid through this endpoint",
            ));
        }
        let add = (invoice.price as f64 * fraction.clamp(0.0, 1.0)).round() as u64;
        invoice.paid = (invoice.paid + add).min(invoice.price);
        if invoice.paid >= invoice.price {
            invoice.payment_status = "paid".into();
            Ok((false, true))
        } else {
            invoice.payment_status = "partial_payment".into();
            Ok((false, false))
        }
    })?;
    if confirmed_now {
        confirmed(shared, id);
    } else if needs_confirmation {
        let id = id.to_owned();
        shared.after(CONFIRMATION, move |shared| {
            shared.with_world(|w| {
                if let Some(invoice) = w.invoice_mut(&id) {
                    invoice.payment_status = "payment_confirmed".into();
                }
            });
            confirmed(shared, &id);
        });
    }
    Ok(shared.with_world(|w| w.invoice_mut(id).map(|i| i.json())).unwrap_or_default())
}

/// A confirmed payment starts the deliveries, unless the invoice is to be refused.
fn confirmed(shared: &Shared, id: &str) {
    let outcome = shared.with_world(|w| w.invoice_mut(id).map(|i| i.outcome));
    match outcome {
        Some(outcome @ (Outcome::Denied | Outcome::PaymentFailed)) => refuse(shared, id, outcome),
        Some(_) => start_deliveries(shared, id),
        None => {}
    }
}

/// Ends a paid invoice without delivering: `denied` (docs) or `payment_error` in both forms, its orders
/// left `created`. A balance payment goes back to the balance.
fn refuse(shared: &Shared, id: &str, outcome: Outcome) {
    let hook = shared.with_world(|world| {
        let invoice = world.invoice_mut(id)?;
        invoice.denied = outcome == Outcome::Denied;
        invoice.status = "all_error".into();
        invoice.payment_status = "payment_error".into();
        invoice.completed_ms = Some(now_ms());
        let refund = if invoice.method == "balance" { invoice.paid } else { 0 };
        let hook = invoice.webhook_url.clone().map(|url| (url, invoice.json()));
        world.balance += refund;
        hook
    });
    send_webhook(shared, hook);
}

fn start_deliveries(shared: &Shared, id: &str) {
    let count = shared.with_world(|w| w.invoice_mut(id).map_or(0, |i| i.orders.len()));
    for index in 0..count {
        let id = id.to_owned();
        shared.after(DELIVERY + BETWEEN_ORDERS * index as u32, move |shared| {
            deliver(shared, &id, index);
        });
    }
}

fn deliver(shared: &Shared, id: &str, index: usize) {
    let all_final = shared.with_world(|world| {
        let rng_seed = world.rng.u64(..);
        let Some(invoice) = world.invoice_mut(id) else {
            return false;
        };
        let outcome = invoice.outcome;
        let Some(order) = invoice.orders.get_mut(index) else {
            return false;
        };
        let fails = order.delivery == Delivery::Fails
            || outcome == Outcome::PermanentFailure
            || (outcome == Outcome::PartialDelivery && index > 0);
        if fails {
            order.status = "permanent_failure".into();
        } else {
            order.status = "delivered".into();
            order.delivered_ms = Some(now_ms());
            order.redemption = redemption(&mut fastrand::Rng::with_seed(rng_seed), order);
            if let Some(iccid) = order.redemption.get("iccid").and_then(Value::as_str) {
                order.esim_id = Some(iccid.to_owned());
            }
        }
        invoice.orders.iter().all(|o| o.is_final())
    });
    if all_final {
        let id = id.to_owned();
        shared.after(STATUS_LAG, move |shared| finish(shared, &id));
    }
}

/// The invoice catches up with its orders, and the webhook (if any) receives it.
fn finish(shared: &Shared, id: &str) {
    let hook = shared.with_world(|world| {
        let invoice = world.invoice_mut(id)?;
        let delivered = invoice.orders.iter().filter(|o| o.status == "delivered").count();
        invoice.status = match delivered {
            0 => "all_error",
            n if n == invoice.orders.len() => "all_delivered",
            _ => "partial_delivery",
        }
        .into();
        invoice.payment_status = "complete".into();
        invoice.completed_ms = Some(now_ms());
        invoice.webhook_url.clone().map(|url| (url, invoice.json()))
    });
    send_webhook(shared, hook);
}

fn expire(shared: &Shared, id: &str) {
    let hook = shared.with_world(|world| {
        let invoice = world.invoice_mut(id)?;
        if !matches!(invoice.payment_status.as_str(), "unpaid" | "partial_payment") {
            return None;
        }
        invoice.payment_status = "expired".into();
        invoice.status = "expired".into();
        invoice.completed_ms = Some(now_ms());
        invoice.webhook_url.clone().map(|url| (url, invoice.json()))
    });
    send_webhook(shared, hook);
}

/// Webhooks go only to this machine: the sandbox never sends traffic anywhere else, whatever URL it is given.
pub fn is_loopback_url(url: &str) -> bool {
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return false;
    };
    match parsed.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

fn send_webhook(shared: &Shared, hook: Option<(String, Value)>) {
    let Some((url, invoice)) = hook else { return };
    if !is_loopback_url(&url) {
        tracing::info!("sandbox webhook not sent: only loopback addresses receive sandbox webhooks");
        return;
    }
    let client = shared.0.http().clone();
    tokio::spawn(async move {
        if let Err(error) = client.post(&url).json(&invoice).send().await {
            tracing::warn!(%error, "sandbox webhook delivery failed");
        }
    });
}
