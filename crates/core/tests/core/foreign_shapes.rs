//! The providers' answers in every shape known of them — the payloads in `../shared/examples/` (live shapes)
//! and the variants the notes list (the docs' form, fields missing or null, numbers as strings, offsets,
//! `all_brands`, image-only deliverables) — read as the app reads them, each checked for what the reseller
//! would see: the purchase's state, the amount and QR code to pay, the code that goes to the vault.

use std::path::PathBuf;

use giftdesk_core::checkout::{invoice_change, order_change, PurchaseState};
use giftdesk_core::providers::bitrefill::page_from;
use giftdesk_core::providers::bitrefill_answers::{ListedInvoice, ListedOrder, Listing, Order};
use giftdesk_core::providers::bitrefill_orders::invoice_from;
use giftdesk_core::providers::cryptorefills::brands_from;
use giftdesk_core::providers::cryptorefills_answers::{Deliverable, Validation};
use giftdesk_core::providers::cryptorefills_orders::order_from;
use giftdesk_core::vault::Redemption;
use serde_json::{json, Value};

fn example(path: &str) -> Value {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples").join(path);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_balance_invoice_paid_with_its_order_delivered_reads_as_delivered() {
    let invoice = invoice_from(example("bitrefill/invoice-balance-paid.json")).unwrap();
    let change = invoice_change(&invoice, None, "read");
    assert_eq!(change.state, Some(PurchaseState::Delivered));
    assert_eq!(change.provider_ref.as_deref(), Some("9a7e3f10-2c4b-4d8e-a1f2-0b3c4d5e6f70"));
    let payment = change.payment.unwrap();
    assert_eq!(
        (payment.amount.as_str(), payment.currency.as_str(), payment.paid),
        ("0.0008242", "BTC", true)
    );
}

#[test]
fn a_usdc_invoice_shows_the_exact_amount_and_no_qr_of_a_bare_token_address() {
    let invoice = invoice_from(example("bitrefill/invoice-created-crypto.json")).unwrap();
    let change = invoice_change(&invoice, Some("0xrefund"), "read");
    assert_eq!(change.state, Some(PurchaseState::AwaitingPayment));
    let payment = change.payment.unwrap();
    assert_eq!(payment.amount, "50.25");
    assert_eq!(payment.address.as_deref(), Some("0x6f1A0c4D9b2E3a7F8c5D1e2B3a4C5d6E7f8A9b0C"));
    assert_eq!(payment.qr_text, None, "a wallet scanning a bare address would send ETH, not USDC");
    assert_eq!(payment.expires_at.as_deref(), Some("2026-11-20T12:15:02.118Z"));
}

#[test]
fn the_docs_form_invoice_is_followed_by_its_top_level_status() {
    // No payment.status, the lifecycle at the top level, a decimal price, a time with an offset.
    let docs = json!({"data": {"id": "inv-docs", "status": "unpaid", "created_time": "2026-11-20T10:15:02.118+01:00",
        "payment": {"method": "bitcoin", "address": "bc1qdocs", "currency": "BTC", "price": 0.00123456},
        "orders": [{"id": "o1", "status": "created", "product": {"id": "amazon-us"}}]}});
    let invoice = invoice_from(docs).unwrap();
    let change = invoice_change(&invoice, Some("bc1qrefund"), "read");
    assert_eq!(change.state, Some(PurchaseState::AwaitingPayment));
    let payment = change.payment.unwrap();
    assert_eq!(payment.amount, "0.00123456");
    assert_eq!(payment.qr_text.as_deref(), Some("bitcoin:bc1qdocs?amount=0.00123456"));
    // 10:15 at +01:00 is 09:15 UTC; the invoice lives 180 minutes.
    assert_eq!(payment.expires_at.as_deref(), Some("2026-11-20T12:15:02.118Z"));
    let denied = invoice_from(json!({"id": "inv-docs", "status": "denied",
        "orders": [{"id": "o1", "status": "created"}]}))
    .unwrap();
    assert_eq!(invoice_change(&denied, None, "read").state, Some(PurchaseState::Failed));
}

#[test]
fn a_delivered_order_gives_its_code_and_a_sealed_one_asks_to_be_unsealed() {
    let order: Order =
        serde_json::from_value(example("bitrefill/order-delivered.json")["data"].clone()).unwrap();
    assert!(order.has_code());
    let redemption = Redemption::from_bitrefill(&order.redemption());
    assert_eq!(redemption.code.as_deref(), Some("AQ7K-93LM-PX2D"));
    assert_eq!(redemption.instructions.as_deref(), Some("Redeem at amazon.com/redeem."));
    let sealed: Order = serde_json::from_value(json!({"id": "o1", "status": "delivered",
        "redemption_info": {"instructions": "Redeem at amazon.com/redeem."}}))
    .unwrap();
    assert!(
        !sealed.has_code() && !sealed.is_top_up(),
        "no code, no phone: a gift card to unseal, not a top-up"
    );
    let unsealed: Order = serde_json::from_value(json!({"id": "o1", "status": "delivered",
        "code": "AQ7K-93LM-PX2D", "pin_code": "4321", "redemption_info": {"instructions": "Redeem"}}))
    .unwrap();
    assert_eq!(Redemption::from_bitrefill(&unsealed.redemption()).code.as_deref(), Some("AQ7K-93LM-PX2D"));
    let bare: Order =
        serde_json::from_value(json!({"redemption_info": "https://claim.example/abc"})).unwrap();
    assert_eq!(bare.redemption().link.as_deref(), Some("https://claim.example/abc"));
}

#[test]
fn listings_carry_no_orders_and_name_their_invoice() {
    let invoices: Listing<ListedInvoice> = Listing::from_body(&json!({"meta": {"_next": null},
        "data": [{"id": "inv-1", "created_time": "2026-11-20 09:15:02", "status": "not_delivered",
                  "payment": {"method": "balance", "status": "unpaid"}}]}));
    assert_eq!(invoices.items[0].created_ms(), Some(1_795_166_102_000));
    assert_eq!(invoices.next, None);
    let orders: Listing<ListedOrder> = Listing::from_body(
        &json!({"meta": {"_next": "https://x/v2/orders?start=50"},
        "data": [{"id": "o1", "status": "created", "product": {"id": "amazon-us"}, "invoice": {"id": "inv-1"}}]}),
    );
    assert_eq!(orders.items[0].invoice_id(), Some("inv-1"));
    assert!(orders.next.is_some());
}

#[test]
fn a_products_page_follows_next_and_keeps_money_exact() {
    let page = page_from(example("bitrefill/products-page.json"));
    assert!(!page.products.is_empty());
    assert!(page.next.as_deref().is_some_and(|n| n.contains("start=50")));
    let last = page_from(example("bitrefill/products-last-page.json"));
    assert_eq!(last.next, None);
}

#[test]
fn a_cryptorefills_order_reads_its_payment_then_its_code() {
    let created = order_from(example("cryptorefills/order-created.json")).unwrap();
    let change = order_change(&created, "read");
    assert_eq!(change.state, Some(PurchaseState::AwaitingPayment));
    let payment = change.payment.unwrap();
    assert_eq!(payment.amount, "99.12");
    assert!(payment.qr_text.unwrap().starts_with("solana:9WzD"));
    assert_eq!(payment.expires_at.as_deref(), Some("2026-11-22T11:30:00.000Z"));
    let done = order_from(example("cryptorefills/order-done.json")).unwrap();
    assert_eq!(order_change(&done, "read").state, Some(PurchaseState::Delivered));
    let deliverable = done.value.deliveries[0].deliverable.clone().unwrap();
    assert_eq!(Redemption::from_cryptorefills(&deliverable).code.as_deref(), Some("ABNB-7Q2W-K9ZX"));
}

#[test]
fn an_esim_whose_only_deliverable_is_a_qr_image_is_not_taken_for_a_top_up() {
    let deliverable: Deliverable =
        serde_json::from_value(json!({"qr_image_url": "https://cdn.example/esim/qr.png",
        "brand": "Airalo Japan", "denomination": "3 GB 30 days"}))
        .unwrap();
    assert!(deliverable.has_something_to_hand_over());
    let redemption = Redemption::from_cryptorefills(&deliverable);
    assert_eq!(redemption.barcode_format.as_deref(), Some("QRCODE"));
    assert_eq!(redemption.barcode_image_url.as_deref(), Some("https://cdn.example/esim/qr.png"));
    let top_up: Deliverable = serde_json::from_value(json!({"operator_reference": "OP-77"})).unwrap();
    assert!(!top_up.has_something_to_hand_over());
}

#[test]
fn brands_come_from_categories_all_brands_or_both_each_once() {
    let categories = brands_from(&example("cryptorefills/brands-US.json"));
    assert!(!categories.is_empty());
    let all_only = json!({"country_code": "US", "categories": [{"category": "travel", "brands": []}],
        "all_brands": [{"family": "claro", "brand": "Claro Credits"}, {"family": "claro", "brand": "Claro Data"}]});
    let names: Vec<String> = brands_from(&all_only).into_iter().filter_map(|(b, _)| b.brand).collect();
    assert_eq!(names, ["Claro Credits", "Claro Data"], "one row per brand of the family");
    let both = json!({"all_brands": [{"family": "airbnb", "brand": "Airbnb"}],
        "categories": [{"brands": [{"family": "airbnb", "brand": "Airbnb"}]}]});
    assert_eq!(brands_from(&both).len(), 1);
    assert!(brands_from(&json!({"categories": []})).is_empty());
}

#[test]
fn validation_problems_arrive_in_a_200_each_with_its_details() {
    let validation: Validation =
        serde_json::from_value(example("cryptorefills/validation-problems.json")).unwrap();
    let codes: Vec<_> = validation.problems.iter().filter_map(|p| p.problem.as_deref()).collect();
    assert_eq!(codes, ["OUT_OF_STOCK", "NOT_ALLOWED_PAYMENT_VIA", "UNSUPPORTED_PROTOCOL_COIN_COMBINATION"]);
    let ok: Validation = serde_json::from_value(example("cryptorefills/validation-ok.json")).unwrap();
    assert!(ok.problems.is_empty());
}
