//! `/invoices` and `/orders`: creation with every documented error, reading, unsealing, paying from balance.
//! Listings are in `listing.rs`.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::model::{hex_id, uuid, Invoice, Order};
use super::payment;
use super::products::account_price;
use super::{envelope, lifecycle, BrError};
use crate::catalog::{Kind, Product};
use crate::clock::now_ms;
use crate::recipients::is_e164;
use crate::world::{Outcome, Shared, World};

const MAX_ITEMS: u64 = 20;

fn field<'a>(item: &'a Value, name: &str) -> Option<&'a Value> {
    item.get(name).filter(|v| !v.is_null())
}

/// A number given as a number or as a string.
fn number(value: &Value) -> Option<f64> {
    value.as_f64().or_else(|| value.as_str().and_then(|s| s.trim().parse().ok()))
}

struct Line {
    product: Product,
    value: String,
    amount: u64,
    quantity: u64,
    phone_number: Option<String>,
}

fn check_item(world: &World, item: &Value) -> Result<Line, BrError> {
    let id = field(item, "product_id")
        .and_then(Value::as_str)
        .ok_or_else(|| BrError::bad("missing_param", "products[].product_id is required"))?;
    let product = world
        .catalog
        .product(id)
        .ok_or_else(|| {
            BrError::new(StatusCode::NOT_FOUND, "not_found", format!("Product '{id}' does not exist"))
        })?
        .clone();
    if !world.product_in_stock(&product.id, product.in_stock) {
        return Err(BrError::bad("out_of_stock", format!("Product '{id}' is currently out of stock")));
    }
    let quantity = match field(item, "quantity") {
        None => 1,
        Some(q) => match number(q) {
            Some(q) if q >= 1.0 && q.fract() == 0.0 => q as u64,
            _ => {
                return Err(BrError::bad(
                    "invalid_param",
                    "products[].quantity must be a whole number of at least 1",
                ))
            }
        },
    };
    let (value, amount) = if let Some(package_id) = field(item, "package_id").and_then(Value::as_str) {
        let package = product
            .packages
            .iter()
            .find(|p| format!("{}<&>{}", product.id, p.value) == package_id)
            .ok_or_else(|| {
                BrError::bad("invalid_param", format!("package_id '{package_id}' is not a package of '{id}'"))
            })?;
        (package.value.clone(), package.amount)
    } else if let Some(value) = field(item, "value") {
        let range = product.range.ok_or_else(|| {
            BrError::bad("invalid_param", format!("'{id}' has fixed packages: send package_id"))
        })?;
        let v = number(value)
            .ok_or_else(|| BrError::bad("invalid_param", "products[].value must be a number"))?;
        let whole = v as u64;
        if v.fract() != 0.0
            || whole < range.min
            || whole > range.max
            || !(whole - range.min).is_multiple_of(range.step)
        {
            return Err(BrError::bad(
                "invalid_param",
                format!("value must be between {} and {} in steps of {}", range.min, range.max, range.step),
            ));
        }
        (whole.to_string(), whole)
    } else {
        return Err(BrError::bad("missing_param", "products[].package_id or products[].value is required"));
    };
    let mut phone_number = None;
    if product.kind == Kind::PhoneRefill {
        let phone = field(item, "phone_number").and_then(Value::as_str).ok_or_else(|| {
            BrError::bad("missing_param", "products[].phone_number is required for top-ups")
        })?;
        if !is_e164(phone) {
            return Err(BrError::bad(
                "invalid_phone_number",
                format!("'{phone}' is not a phone number in international format"),
            ));
        }
        if phone.starts_with("+999") {
            return Err(BrError::bad("unsupported_operator", "The operator of this number is not supported"));
        }
        if phone.ends_with("0000") {
            return Err(BrError::bad("delivery_failed", "The operator rejected the top-up for this number"));
        }
        phone_number = Some(phone.to_owned());
    }
    Ok(Line { product, value, amount, quantity, phone_number })
}

fn crypto_price(cents: u64, decimals: u32, cents_per_coin: u64) -> u64 {
    (u128::from(cents) * 10u128.pow(decimals) / u128::from(cents_per_coin)) as u64
}

fn address(rng: &mut fastrand::Rng, method: &str) -> String {
    match method {
        "bitcoin" => format!("bc1q{}", hex_id(rng, 38)),
        "lightning" => format!("lnbc{}n1p{}", rng.u32(1..99_999), hex_id(rng, 90)),
        "usdc_solana" => (0..44)
            .map(|_| b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"[rng.usize(..58)] as char)
            .collect(),
        _ => format!("0x{}", hex_id(rng, 40)),
    }
}

/// Whether a request names a `create-fail.test` address: the top-level `email`, or (older clients) an
/// item's, which is otherwise ignored.
fn fails_on_create(body: &Value, items: &[Value]) -> bool {
    let fails =
        |v: Option<&Value>| v.and_then(Value::as_str).is_some_and(|e| e.ends_with("@create-fail.test"));
    fails(body.get("email")) || items.iter().any(|item| fails(item.get("email")))
}

pub async fn create(State(shared): State<Shared>, body: Bytes) -> Result<Response, BrError> {
    let body: Value = serde_json::from_slice(&body)
        .map_err(|e| BrError::bad("parse_error", format!("The request body is not valid JSON: {e}")))?;
    Ok(envelope("/invoices", open_invoice(&shared, &body, None)?))
}

/// Creates the invoice `body` asks for (the `POST /invoices` form) and answers it as read now. `esim_id`:
/// its one order tops up that eSIM rather than delivering a new one.
pub(super) fn open_invoice(shared: &Shared, body: &Value, esim_id: Option<&str>) -> Result<Value, BrError> {
    let items = body
        .get("products")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
        .ok_or_else(|| BrError::bad("missing_param", "products is required"))?;
    let method = body.get("payment_method").and_then(Value::as_str).unwrap_or("balance").to_owned();
    let pay_method = payment::find(&method).ok_or_else(|| {
        BrError::bad("unsupported_payment_method", format!("payment_method '{method}' is not supported"))
    })?;
    let auto_pay = body.get("auto_pay").and_then(Value::as_bool).unwrap_or(false);
    let email = body.get("email").and_then(Value::as_str).map(str::to_owned);
    let refund_address = body.get("refund_address").and_then(Value::as_str).map(str::to_owned);
    let webhook_url = body.get("webhook_url").and_then(Value::as_str).map(str::to_owned);
    let total_items: u64 =
        items.iter().map(|i| i.get("quantity").and_then(number).unwrap_or(1.0).max(1.0) as u64).sum();
    if total_items > MAX_ITEMS {
        return Err(BrError::bad(
            "too_many_items",
            format!("An invoice holds at most {MAX_ITEMS} items; this one has {total_items}"),
        ));
    }
    // Lightning payments cannot be refunded, so they need no refund address.
    if !matches!(method.as_str(), "balance" | "lightning") && refund_address.is_none() {
        return Err(BrError::bad("missing_param", "refund_address is required for crypto payments"));
    }
    if auto_pay && method != "balance" {
        return Err(BrError::bad("invalid_param", "auto_pay works only with payment_method balance"));
    }
    if fails_on_create(body, items) {
        return Err(BrError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "create_invoice_failed",
            "The invoice could not be created, try again",
        ));
    }
    let dialect = shared.dialect();
    let invoice = shared.with_world(|world| -> Result<Invoice, BrError> {
        let lines = items.iter().map(|item| check_item(world, item)).collect::<Result<Vec<_>, _>>()?;
        let cents: u64 = lines.iter().map(|l| account_price(&l.product, l.amount) * l.quantity).sum();
        if method == "balance" && auto_pay && cents > world.balance {
            return Err(BrError::bad(
                "balance_too_low",
                format!("The balance ({} cents) is below the price ({cents} cents)", world.balance),
            ));
        }
        let in_pay_units = |cents: u64| {
            if method == "balance" {
                cents
            } else {
                crypto_price(cents, pay_method.decimals, pay_method.cents_per_coin)
            }
        };
        let created_ms = now_ms();
        let mut orders = Vec::new();
        for line in &lines {
            for _ in 0..line.quantity {
                orders.push(Order {
                    id: hex_id(&mut world.rng, 24),
                    product_id: line.product.id.clone(),
                    name: line.product.name.clone(),
                    value: line.value.clone(),
                    currency: line.product.currency.to_owned(),
                    kind: line.product.kind,
                    delivery: line.product.delivery,
                    created_ms,
                    status: "created".into(),
                    delivered_ms: None,
                    redemption: Value::Null,
                    phone_number: line.phone_number.clone(),
                    price: in_pay_units(account_price(&line.product, line.amount)),
                    esim_id: esim_id.map(str::to_owned),
                    esim_top_up: esim_id.is_some(),
                });
            }
        }
        let outcome = world.take_next_outcome().unwrap_or(Outcome::Delivered);
        let price = in_pay_units(cents);
        let address = (method != "balance").then(|| address(&mut world.rng, &method));
        let details = address
            .as_deref()
            .map(|a| payment::details(&method, a, price, pay_method.decimals))
            .unwrap_or_default();
        let invoice = Invoice {
            id: uuid(&mut world.rng),
            created_ms,
            completed_ms: None,
            status: "not_delivered".into(),
            address,
            pay_currency: pay_method.currency.to_owned(),
            decimals: pay_method.decimals,
            price,
            method: method.clone(),
            paid: 0,
            payment_status: "unpaid".into(),
            denied: false,
            email: email.clone(),
            request: body.clone(),
            refund_address: refund_address.clone(),
            webhook_url: webhook_url.clone(),
            details,
            orders,
            outcome,
            dialect,
        };
        world.invoices.push(invoice.clone());
        Ok(invoice)
    })?;
    lifecycle::created(shared, &invoice.id, auto_pay);
    Ok(shared.with_world(|w| w.invoice_mut(&invoice.id).map(|i| i.json())).unwrap_or_default())
}

fn not_found(what: &str, id: &str) -> BrError {
    BrError::new(StatusCode::NOT_FOUND, "not_found", format!("{what} '{id}' not found"))
}

pub async fn one(State(shared): State<Shared>, Path(id): Path<String>) -> Result<Response, BrError> {
    let invoice = shared
        .with_world(|w| w.invoice_mut(&id).map(|i| i.json()))
        .ok_or_else(|| not_found("Invoice", &id))?;
    Ok(envelope("/invoices/{id}", invoice))
}

pub async fn pay(State(shared): State<Shared>, Path(id): Path<String>) -> Result<Response, BrError> {
    shared.with_world(|world| *world.pay_attempts.entry(id.clone()).or_default() += 1);
    let invoice = lifecycle::pay(&shared, &id, 1.0, true)?;
    Ok(envelope("/invoices/{id}/pay", invoice))
}

pub async fn order(State(shared): State<Shared>, Path(id): Path<String>) -> Result<Response, BrError> {
    let order = shared.with_world(|w| {
        w.invoices.iter().find_map(|i| i.orders.iter().find(|o| o.id == id).map(|o| o.full_json(i)))
    });
    Ok(envelope("/orders/{id}", order.ok_or_else(|| not_found("Order", &id))?))
}

/// "Reveal codes and PINs": the order with `code`, `pin`, `pin_code`, `link` and `phone_number` beside its
/// full `redemption_info`.
pub async fn unseal(State(shared): State<Shared>, Path(id): Path<String>) -> Result<Response, BrError> {
    let order = shared.with_world(|w| {
        w.invoices.iter().find_map(|i| i.orders.iter().find(|o| o.id == id).map(|o| o.unsealed_json(i)))
    });
    Ok(envelope("/orders/{id}/unseal", order.ok_or_else(|| not_found("Order", &id))?))
}
