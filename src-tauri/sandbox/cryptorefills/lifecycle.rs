//! How a Cryptorefills order lives once created: a wallet to pay, payment seen, received, delivered or
//! failed as its outcome says, or expired when the 30-minute window passes unpaid. Every step bumps the
//! order's version and wakes its streams.

use std::time::Duration;

use axum::http::StatusCode;
use serde_json::{json, Value};

use super::model::CrOrder;
use super::rules::coin;
use super::CrError;
use crate::sandbox::bitrefill::model::{code, hex_id};
use crate::sandbox::catalog::Kind;
use crate::sandbox::world::{Outcome, Shared};

pub fn wallet(rng: &mut fastrand::Rng, network: &str, amount: &str) -> (String, String, Option<String>) {
    const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let base58 = |rng: &mut fastrand::Rng, n: usize| {
        (0..n).map(|_| BASE58[rng.usize(..58)] as char).collect::<String>()
    };
    match network {
        "Solana" => {
            let address = base58(rng, 44);
            (
                address.clone(),
                format!(
                    "solana:{address}?amount={amount}&spl-token=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"
                ),
                None,
            )
        }
        "Lightning" => {
            let invoice = format!("lnbc{}n1p{}", amount.replace('.', ""), hex_id(rng, 100));
            (invoice.clone(), format!("lightning:{invoice}"), None)
        }
        "Bitcoin" => {
            let address = format!("bc1q{}", hex_id(rng, 38));
            (address.clone(), format!("bitcoin:{address}?amount={amount}"), None)
        }
        "Tron" => {
            let address = format!("T{}", base58(rng, 33));
            (address.clone(), format!("tron:{address}?amount={amount}"), None)
        }
        "Stellar" => {
            let address = format!("G{}", base58(rng, 55).to_uppercase());
            let memo = rng.u32(100_000..999_999).to_string();
            (
                address.clone(),
                format!("web+stellar:pay?destination={address}&amount={amount}&asset_code=USDC&memo={memo}"),
                Some(memo),
            )
        }
        _ => {
            let address = format!("0x{}", hex_id(rng, 40));
            (address.clone(), format!("ethereum:{address}?amount={amount}"), None)
        }
    }
}

fn change(shared: &Shared, id: &str, step: impl FnOnce(&mut CrOrder, &mut fastrand::Rng)) {
    shared.with_world(|world| {
        let mut rng = fastrand::Rng::with_seed(world.rng.u64(..));
        if let Some(order) = world.cr_order_mut(id) {
            if !order.is_terminal() {
                step(order, &mut rng);
            }
        }
        world.notify_cr();
    });
}

/// A transfer of `fraction` of the amount due, seen on chain.
pub fn pay(shared: &Shared, id: &str, fraction: f64) -> Result<Value, CrError> {
    let complete = shared.with_world(|world| {
        let order = world
            .cr_order_mut(id)
            .ok_or_else(|| CrError::new(StatusCode::NOT_FOUND, "ORDER_NOT_FOUND", json!({"order_id": id})))?;
        if !matches!(order.order_state.as_str(), "WaitingForPayment" | "PartialPaymentStarted") {
            return Err(CrError::new(
                StatusCode::CONFLICT,
                "ORDER_NOT_AWAITING_PAYMENT",
                json!({"order_state": order.order_state}),
            ));
        }
        order.sent_units = (order.sent_units
            + (order.due_units as f64 * fraction.clamp(0.0, 1.0)).round() as u64)
            .min(order.due_units);
        let shown = coin(&order.coin).map_or(2, |c| c.shown);
        order.sent_coin_amount =
            format!("{:.*}", shown as usize, order.sent_units as f64 / 10f64.powi(shown as i32));
        let complete = order.sent_units >= order.due_units;
        order.set_state(
            if complete { "PaymentStarted" } else { "PartialPaymentStarted" },
            Some("PaymentRequested"),
        );
        world.notify_cr();
        Ok(complete)
    })?;
    if complete {
        let id = id.to_owned();
        shared.after(Duration::from_secs(2), move |shared| received(shared, &id));
    }
    Ok(shared.with_world(|w| w.cr_order_mut(id).map(|o| o.json())).unwrap_or_default())
}

fn received(shared: &Shared, id: &str) {
    let mut outcome = Outcome::Delivered;
    change(shared, id, |order, _| {
        outcome = order.outcome;
        if outcome == Outcome::PaymentFailed {
            order.set_state("PaymentFailed", Some("PaymentFailed"));
        } else {
            order.set_state("PaymentReceived", Some("PaymentReceived"));
        }
    });
    if outcome == Outcome::PaymentFailed {
        return;
    }
    let id = id.to_owned();
    shared.after(Duration::from_secs(1), move |shared| {
        change(shared, &id, |order, _| match order.outcome {
            Outcome::Refunded => order.set_state("Refunded", Some("PaymentCompleted")),
            Outcome::ManualAction => order.set_state("WaitingForManualAction", Some("PaymentCompleted")),
            _ => {
                order.deliveries.iter_mut().for_each(|d| d.state = "WaitingForDelivery".into());
                order.set_state("WaitingForDelivery", Some("PaymentCompleted"));
            }
        });
        let manual = shared
            .with_world(|w| w.cr_order_mut(&id).is_some_and(|o| o.order_state == "WaitingForManualAction"));
        let delay = if manual { Duration::from_secs(5) } else { Duration::from_secs(2) };
        shared.after(delay, move |shared| deliver(shared, &id));
    });
}

fn deliver(shared: &Shared, id: &str) {
    let base = shared.urls().cryptorefills;
    shared.with_world(|w| w.done_at.insert(id.to_owned(), std::time::Instant::now()));
    change(shared, id, |order, rng| {
        let outcome = order.outcome;
        for (index, delivery) in order.deliveries.iter_mut().enumerate() {
            let fails =
                outcome == Outcome::PermanentFailure || (outcome == Outcome::PartialDelivery && index > 0);
            if fails {
                delivery.state = "Failed".into();
                delivery.deliverable = json!({"failure_reason": "SUPPLIER_REJECTED", "error_description": "The supplier could not fulfil this card; it will be refunded."});
                continue;
            }
            delivery.state = "Done".into();
            delivery.deliverable = match delivery.kind {
                Kind::PhoneRefill => {
                    json!({"operator_reference": format!("OP-{}", hex_id(rng, 10).to_uppercase())})
                }
                Kind::Esim => {
                    json!({"pin_code": format!("LPA:1$smdp.sandbox.invalid${}", code(rng, 4).replace('-', "")),
                                     "qr_image_url": format!("{base}/logos_v2/esim.webp"), "how_to_redeem": "<p>Scan the QR code in your eSIM settings.</p>"})
                }
                Kind::GiftCard => {
                    json!({"pin_code": code(rng, 4), "pin_serial": format!("{:09}", rng.u32(0..1_000_000_000)),
                                         "security_code": if rng.bool() { json!(format!("{:04}", rng.u32(0..10_000))) } else { Value::Null },
                                         "barcode_image_url": format!("{base}/logos_v2/barcode.webp"),
                                         "redeem_instructions": "<ol><li>Go to the brand's site</li><li>Enter the code</li></ol><script>alert(1)</script>"})
                }
            };
        }
        let any_done = order.deliveries.iter().any(|d| d.state == "Done");
        order.set_state(if any_done { "Done" } else { "Refunded" }, Some("PaymentCompleted"));
    });
}

pub fn expire(shared: &Shared, id: &str) {
    change(shared, id, |order, _| match order.order_state.as_str() {
        "WaitingForPayment" => order.set_state("Expired", Some("Expired")),
        "PartialPaymentStarted" => order.set_state("Expired", Some("ExpiredAfterPaymentDetection")),
        _ => {}
    });
}
