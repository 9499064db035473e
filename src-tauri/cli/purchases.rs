//! `giftdesk buy`, `pay`, `purchases`, `purchase` and `lookup`.

use serde::Serialize;

use super::{BuyArgs, VerbResult};
use giftdesk_core::checkout::{
    qr_svg, CheckoutOptions, CheckoutRequest, LineRequest, PayReceipt, PaymentChoice, Purchase, PurchaseEvent,
};
use giftdesk_core::context::Context;
use giftdesk_core::error::Error;
use giftdesk_core::i18n::{current, format_amount};
use giftdesk_core::providers::Provider;
use giftdesk_core::tr;

/// What `buy --json` prints: the purchase (or the first of several when split) and what paying did.
#[derive(Debug, Serialize)]
pub struct Bought {
    #[serde(flatten)]
    pub purchase: Purchase,
    /// The other purchases when the order was split over several invoices or orders.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub split_into: Vec<Purchase>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_before: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_currency: Option<String>,
}

/// What one `buy` names: the line's provider, product and recipient, and for eSIMs the plan and the eSIM
/// it tops up.
struct Chosen {
    provider: Provider,
    product: String,
    recipient: String,
    package: Option<String>,
    esim_id: Option<String>,
}

async fn chosen(context: &Context, args: &BuyArgs) -> VerbResult<Chosen> {
    // `--esim PRODUCT|PLAN`: the plan as `giftdesk esims` printed it.
    let plan = match args.esim.as_deref() {
        Some(plan_id) => Some(
            plan_id
                .rsplit_once('|')
                .ok_or_else(|| Error::invalid("esim", tr!("cli-buy-not-a-plan-id", plan = plan_id)))?,
        ),
        None => None,
    };
    if let Some(iccid) = args.esim_topup.as_deref() {
        let found = context.checkout.esim_top_up(iccid).await?;
        if args.provider.is_some_and(|p| p != found.provider) {
            let (iccid, provider) = (found.iccid.as_str(), found.provider.display_name());
            return Err(Error::invalid(
                "provider",
                tr!("cli-buy-esim-provider", iccid = iccid, provider = provider),
            ));
        }
        if let Some((product, _)) = plan.filter(|(product, _)| *product != found.product_id) {
            let (iccid, takes) = (found.iccid.as_str(), found.product_id.as_str());
            return Err(Error::invalid(
                "esim",
                tr!("cli-buy-esim-product", product = product, iccid = iccid, takes = takes),
            ));
        }
        let recipient = args.recipient.clone().or(found.recipient).unwrap_or_default();
        let package = plan.map(|(_, plan)| plan.to_owned()).or_else(|| args.package.clone());
        let esim_id = Some(found.iccid);
        return Ok(Chosen {
            provider: found.provider,
            product: found.product_id,
            recipient,
            package,
            esim_id,
        });
    }
    if let Some((product, plan)) = plan {
        let provider = match args.provider {
            Some(provider) => provider,
            None => provider_of(context, product).await?,
        };
        let recipient = args.recipient.clone().unwrap_or_default();
        let package = Some(plan.to_owned());
        return Ok(Chosen { provider, product: product.to_owned(), recipient, package, esim_id: None });
    }
    let (provider, product, recipient) = what_to_buy(context, args).await?;
    Ok(Chosen { provider, product, recipient, package: args.package.clone(), esim_id: None })
}

/// Which provider's catalog holds `product` (an eSIM plan id names no provider): the one that has it, and
/// when both or neither do, the reseller is asked to say.
async fn provider_of(context: &Context, product: &str) -> VerbResult<Provider> {
    let mut holding = Vec::new();
    for provider in Provider::ALL {
        if context.catalog.sellable_product(provider, product, false).await.is_ok() {
            holding.push(provider);
        }
    }
    match holding.as_slice() {
        [one] => Ok(*one),
        _ => Err(Error::invalid("provider", tr!("cli-buy-which-provider", product = product))),
    }
}

/// The provider, product and recipient: as given, or for `--phone` alone, the operator Bitrefill finds for
/// the number (its guesses listed when it cannot tell, so the reseller names one with `--product`).
async fn what_to_buy(context: &Context, args: &BuyArgs) -> VerbResult<(Provider, String, String)> {
    let Some(phone) = args.phone.as_deref() else {
        let (Some(provider), Some(product), Some(recipient)) =
            (args.provider, &args.product, &args.recipient)
        else {
            return Err(Error::invalid("recipient", tr!("cli-buy-what")));
        };
        return Ok((provider, product.clone(), recipient.clone()));
    };
    // A product named: that one (Bitrefill's unless --provider says otherwise).
    if let Some(product) = &args.product {
        return Ok((args.provider.unwrap_or(Provider::Bitrefill), product.clone(), phone.to_owned()));
    }
    if args.provider == Some(Provider::Cryptorefills) {
        return Err(Error::invalid("product", tr!("cli-buy-cryptorefills-top-up-brand")));
    }
    let found = context.catalog.operator_for(phone).await?;
    match (found.operator, found.candidates.as_slice()) {
        (Some(operator), _) => Ok((Provider::Bitrefill, operator.product.id, found.number)),
        (None, []) => {
            let note = found.bitrefill_note.unwrap_or_else(|| tr!("cli-buy-no-operator-found"));
            Err(Error::invalid("phone", tr!("cli-buy-no-operator", note = note)))
        }
        (None, guesses) => {
            let guesses = guesses.iter().map(|g| g.product.id.as_str()).collect::<Vec<_>>().join(", ");
            let number = found.number.as_str();
            Err(Error::invalid("product", tr!("cli-buy-operator-unsure", number = number, guesses = guesses)))
        }
    }
}

/// `balance`, `auto`, a Bitrefill method, or `COIN:NETWORK` for Cryptorefills.
pub(super) fn payment_choice(provider: Provider, pay: &str) -> VerbResult<PaymentChoice> {
    let pay = pay.trim();
    Ok(match (provider, pay) {
        (Provider::Bitrefill, "balance") => PaymentChoice::Balance,
        (Provider::Bitrefill, "auto") => PaymentChoice::AutoPay,
        (Provider::Bitrefill, method) => {
            PaymentChoice::BitrefillCrypto { method: method.to_ascii_lowercase() }
        }
        (Provider::Cryptorefills, pair) => match pair.split_once(':') {
            Some((coin, network)) => PaymentChoice::Coin {
                coin: coin.trim().to_ascii_uppercase(),
                network: network.trim().to_owned(),
            },
            None => return Err(Error::invalid("pay", tr!("cli-pay-cryptorefills-coin"))),
        },
    })
}

pub async fn buy(context: &Context, args: BuyArgs) -> VerbResult<Bought> {
    let [pay] = args.pay.as_slice() else {
        return Err(Error::invalid("pay", tr!("cli-pay-once")));
    };
    let Chosen { provider, product, recipient, package, esim_id } = chosen(context, &args).await?;
    let request = CheckoutRequest {
        provider,
        lines: vec![LineRequest {
            provider,
            product_id: product,
            package_id: package,
            value: args.value,
            quantity: args.quantity,
            recipient,
            customer_ref: args.customer.clone(),
            resale_price: args.resale_price,
            esim_id,
        }],
        payment: payment_choice(provider, pay)?,
        options: CheckoutOptions {
            refund_address: args.refund_address,
            email: args.email,
            promo_code: args.promo_code,
            customer_language: args.customer_language,
            split: args.split,
        },
    };
    let mut purchases = context.checkout.checkout(&request).await?.into_iter();
    let first = purchases.next().ok_or_else(|| Error::Internal("the checkout created nothing".into()))?;
    let mut bought = Bought {
        purchase: first,
        split_into: purchases.collect(),
        balance_before: None,
        balance_after: None,
        balance_currency: None,
    };
    // `--pay balance` on the command line is the explicit confirmation: pay each invoice now.
    if request.payment == PaymentChoice::Balance {
        for purchase in std::iter::once(&mut bought.purchase).chain(bought.split_into.iter_mut()) {
            if purchase.provider_ref.is_none() {
                continue;
            }
            let receipt = context.checkout.pay(&purchase.purchase_id).await?;
            bought.balance_before = bought.balance_before.take().or(receipt.balance_before);
            bought.balance_after = receipt.balance_after;
            bought.balance_currency = receipt.balance_currency;
            *purchase = receipt.purchase;
        }
    }
    Ok(bought)
}

pub fn render_bought(bought: &Bought) -> String {
    let mut text = render_purchase(&bought.purchase);
    for other in &bought.split_into {
        text.push_str("\n\n");
        text.push_str(&render_purchase(other));
    }
    if let (Some(before), Some(after)) = (&bought.balance_before, &bought.balance_after) {
        text.push('\n');
        text.push_str(&balance(before, after, bought.balance_currency.as_deref()));
    }
    text
}

/// "Balance: 50.00 USD before, 25.00 USD after", amounts in the reseller's locale.
fn balance(before: &str, after: &str, currency: Option<&str>) -> String {
    let currency = currency.unwrap_or("");
    let before = format_amount(before, currency, current());
    let after = format_amount(after, currency, current());
    tr!("cli-balance", before = before, after = after)
}

pub fn render_purchase(purchase: &Purchase) -> String {
    let mut lines = vec![format!(
        "{} {} — {}{}",
        purchase.provider.display_name(),
        purchase.provider_ref.clone().unwrap_or_else(|| tr!("cli-purchase-no-provider-id")),
        purchase.state.label(),
        purchase.provider_state.as_deref().map(|s| format!(" ({s})")).unwrap_or_default()
    )];
    lines.push(tr!("cli-purchase-id", id = purchase.purchase_id.as_str()));
    for line in &purchase.lines {
        lines.push(format!(
            "  {} × {} {}{} → {}",
            line.quantity,
            line.product_name,
            line.face,
            line.currency.as_deref().map(|c| format!(" {c}")).unwrap_or_default(),
            line.recipient
        ));
    }
    if let Some(payment) = &purchase.payment {
        // Exactly as the provider asks for it: this is what is typed into a wallet, where `1.234` in a
        // German grouping would read as one and a bit.
        let amount = format!("{} {}", payment.amount, payment.currency);
        if let Some(address) = payment.address.as_deref() {
            lines.push(match payment.network.as_deref() {
                Some(network) => tr!("cli-pay-to-on", amount = amount, network = network, address = address),
                None => tr!("cli-pay-to", amount = amount, address = address),
            });
            if let Some(memo) = payment.memo.as_deref() {
                lines.push(tr!("cli-pay-memo", memo = memo));
            }
            if let Some(expires) = payment.expires_at.as_deref() {
                lines.push(tr!("cli-pay-before", expires = expires));
            }
            if let Some(qr) = payment.qr_text.as_deref().and_then(terminal_qr) {
                lines.push(qr);
            }
        } else {
            lines.push(tr!("cli-pay-from-balance", amount = amount));
        }
    }
    if let Some(note) = purchase.note.as_deref() {
        lines.push(tr!("cli-purchase-last-step", note = note));
    }
    lines.join("\n")
}

/// The payment QR code drawn with block characters, for a terminal.
fn terminal_qr(text: &str) -> Option<String> {
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return None;
    }
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    Some(code.render::<qrcode::render::unicode::Dense1x2>().quiet_zone(true).build())
}

pub fn render_receipt(receipt: &PayReceipt) -> String {
    let mut text = render_purchase(&receipt.purchase);
    if !receipt.paid_now {
        text.push('\n');
        text.push_str(&tr!("cli-pay-nothing-sent"));
    }
    if let (Some(before), Some(after)) = (&receipt.balance_before, &receipt.balance_after) {
        text.push('\n');
        text.push_str(&balance(before, after, receipt.balance_currency.as_deref()));
    }
    text
}

/// Every purchase, newest first, after looking up the ones whose answer was lost.
/// A lookup that fails is said on stderr and in the purchase's trail; the list is shown all the same.
pub async fn list(context: &Context) -> VerbResult<Vec<Purchase>> {
    for (id, error) in context.checkout.reconcile().await?.failed {
        eprintln!("{}", tr!("cli-warning-lookup-failed", purchase = id, error = error.to_string()));
    }
    context.checkout.purchases().await
}

pub fn render_list(purchases: &[Purchase]) -> String {
    if purchases.is_empty() {
        return tr!("cli-purchases-none");
    }
    purchases
        .iter()
        .map(|p| {
            let what = p
                .lines
                .iter()
                .map(|l| format!("{}× {} {}", l.quantity, l.product_name, l.face))
                .collect::<Vec<_>>();
            format!(
                "{}  {:<10} {:<18} {}",
                p.purchase_id,
                p.provider.slug(),
                p.state.as_str(),
                what.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One purchase with its audit trail (and its QR code as SVG, for scripts that render it).
#[derive(Debug, Serialize)]
pub struct Detailed {
    #[serde(flatten)]
    pub purchase: Purchase,
    pub events: Vec<PurchaseEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qr_svg: Option<String>,
}

pub async fn show(context: &Context, purchase_id: &str) -> VerbResult<Detailed> {
    let purchase = context.checkout.purchase(purchase_id).await?;
    let qr = purchase.payment.as_ref().and_then(|p| p.qr_text.as_deref()).and_then(qr_svg);
    Ok(Detailed { events: context.checkout.purchase_events(purchase_id).await?, purchase, qr_svg: qr })
}

pub fn render_detailed(detailed: &Detailed) -> String {
    let mut text = render_purchase(&detailed.purchase);
    for event in &detailed.events {
        text.push_str(&format!("\n  {}  {:<18} {}", event.at, event.state.as_str(), event.detail));
    }
    text
}
