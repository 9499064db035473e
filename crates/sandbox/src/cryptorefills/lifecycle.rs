//! How a Cryptorefills order lives once created: a wallet to pay, payment seen, received, delivered or
//! failed as its outcome says, or expired when the 30-minute window passes unpaid. Every step bumps the
//! order's version and wakes its streams.

use std::time::Duration;

use axum::http::StatusCode;
use serde_json::{json, Value};

use super::model::{CrDelivery, CrOrder};
use super::rules::coin;
use super::CrError;
use crate::bitrefill::model::{code, hex_id};
use crate::catalog::Kind;
use crate::world::{Outcome, Shared};

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
        // A Bitrefill-style denial is a failed payment here.
        if order.outcome == Outcome::Denied {
            order.outcome = Outcome::PaymentFailed;
        }
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
        let live = order.dialect.is_live();
        for (index, delivery) in order.deliveries.iter_mut().enumerate() {
            let fails =
                outcome == Outcome::PermanentFailure || (outcome == Outcome::PartialDelivery && index > 0);
            if fails {
                delivery.state = "Failed".into();
                delivery.deliverable = json!({"failure_reason": "SUPPLIER_REJECTED", "error_description": "The supplier could not fulfil this card; it will be refunded."});
                continue;
            }
            deliverable(delivery, rng, &base, live);
        }
        let any_done = order.deliveries.iter().any(|d| d.deliverable.get("failure_reason").is_none());
        order.set_state(if any_done { "Done" } else { "Refunded" }, Some("PaymentCompleted"));
    });
}

/// A done delivery's codes. Docs: `Done`, eSIMs with their activation string beside the QR image, every
/// card with a PIN. Live: top-ups `Succeeded`, eSIMs `Completed` with the QR image only, and barcode-only
/// brands with no PIN at all. Images are real PNGs served under `/images/`.
fn deliverable(delivery: &mut CrDelivery, rng: &mut fastrand::Rng, base: &str, live: bool) {
    let image = |kind: &str| format!("{base}/images/{kind}/{}.png", delivery.id);
    let (state, value) = match delivery.kind {
        Kind::PhoneRefill => (
            if live { "Succeeded" } else { "Done" },
            json!({"operator_reference": format!("OP-{}", hex_id(rng, 10).to_uppercase())}),
        ),
        Kind::Esim => {
            let lpa = format!("LPA:1$smdp.sandbox.example${}", code(rng, 4).replace('-', ""));
            let iccid = format!("8901{:015}", rng.u64(..1_000_000_000_000_000));
            let mut value = json!({"qr_image_url": image("qr"), "iccid": iccid, "how_to_redeem": "<p>Scan the QR code in your eSIM settings.</p>"});
            if !live {
                value["activation_code"] = json!(lpa);
            }
            delivery.image_payload = Some(lpa);
            (if live { "Completed" } else { "Done" }, value)
        }
        Kind::GiftCard => {
            let pin = code(rng, 4);
            let instructions =
                "<ol><li>Go to the brand's site</li><li>Enter the code</li></ol><script>alert(1)</script>";
            let value = if live && delivery.barcode_only {
                json!({"barcode_image_url": image("barcode"), "redeem_instructions": "<p>Show the barcode at the till.</p>"})
            } else {
                json!({"pin_code": pin, "pin_serial": format!("{:09}", rng.u32(0..1_000_000_000)),
                       "security_code": if rng.bool() { json!(format!("{:04}", rng.u32(0..10_000))) } else { Value::Null },
                       "barcode_image_url": image("barcode"), "redeem_instructions": instructions})
            };
            delivery.image_payload = Some(pin);
            ("Done", value)
        }
    };
    delivery.state = state.into();
    delivery.deliverable = value;
}

pub fn expire(shared: &Shared, id: &str) {
    change(shared, id, |order, _| match order.order_state.as_str() {
        "WaitingForPayment" => order.set_state("Expired", Some("Expired")),
        "PartialPaymentStarted" => order.set_state("Expired", Some("ExpiredAfterPaymentDetection")),
        _ => {}
    });
}
