//! What the window's screens read in one call: the cart with its totals, a purchase with its trail and
//! QR code, the coins to choose from, and the sandbox's "Simulate payment".

use serde::{Deserialize, Serialize};

use crate::providers::cryptorefills_answers::wallet_coins;
use ts_rs::TS;

use super::items::{items, ItemState};
use super::rules::decimal;
use super::Checkout;
use super::{
    cart::totals, ledger, qr_svg, CartItem, CartTotal, CheckoutOptions, CheckoutRequest, PaymentChoice,
    Purchase, PurchaseEvent,
};
use crate::environment::Environment;
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CartView {
    pub items: Vec<CartItem>,
    pub totals: Vec<CartTotal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PurchaseView {
    pub purchase: Purchase,
    pub events: Vec<PurchaseEvent>,
    /// Each item on its own, from the provider's latest answer: which card of several failed.
    pub items: Vec<ItemState>,
    /// The payment QR code as an SVG document, when there is something to pay to.
    #[ts(optional)]
    pub qr_svg: Option<String>,
    /// Whether "Simulate payment" applies (the sandbox, a crypto payment still open).
    pub can_simulate: bool,
}

/// What the confirmation of a balance payment shows: the Bitrefill balance now, the price, and what is left
/// after paying, all exact decimals worked out here (never in the window).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BalancePreview {
    pub balance: String,
    pub price: String,
    pub currency: String,
    /// The balance once paid; absent when the price is counted in another currency than the balance.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// False only when the balance is known not to cover the price (both in one currency); otherwise
    /// Bitrefill decides when paying, and says so if it does not.
    pub enough: bool,
}

/// One coin on one network, as the coin picker lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CoinChoice {
    pub coin: String,
    pub network: String,
    pub suspended: bool,
}

/// Checking out one provider's part of the cart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CartCheckout {
    pub provider: Provider,
    pub payment: PaymentChoice,
    #[serde(flatten)]
    pub options: CheckoutOptions,
}

impl Checkout {
    /// The balance before and after paying purchase `id` from it.
    pub async fn balance_preview(&self, id: &str) -> Result<BalancePreview> {
        let purchase = self.purchase(id).await?;
        let payment = purchase
            .payment
            .filter(|payment| payment.method == "balance")
            .ok_or_else(|| Error::invalid("purchase", tr!("checkout-not-balance-purchase")))?;
        let (balance, currency) = self.bitrefill_balance().await?;
        let (have, price) = (decimal("balance", &balance)?, decimal("price", &payment.amount)?);
        let same = payment.currency.eq_ignore_ascii_case(&currency);
        Ok(BalancePreview {
            after: same.then(|| (have - price).to_string()),
            enough: !same || have >= price,
            balance,
            price: payment.amount,
            currency,
        })
    }

    pub async fn cart_view(&self) -> Result<CartView> {
        let items = self.cart_items().await?;
        Ok(CartView { totals: totals(&items), items })
    }

    /// Checks out one provider's lines; they leave the cart once their purchases exist.
    pub async fn checkout_cart(&self, order: CartCheckout) -> Result<Vec<Purchase>> {
        let lines = self.cart_lines(order.provider).await?;
        let request = CheckoutRequest {
            provider: order.provider,
            lines,
            payment: order.payment,
            options: order.options,
        };
        let purchases = self.checkout(&request).await?;
        self.cart_clear(order.provider).await?;
        Ok(purchases)
    }

    pub async fn purchase_view(&self, id: &str) -> Result<PurchaseView> {
        let purchase = self.purchase(id).await?;
        let qr = purchase.payment.as_ref().and_then(|p| p.qr_text.as_deref()).and_then(qr_svg);
        let open = purchase.payment.as_ref().is_some_and(|p| !p.paid && p.address.is_some());
        let can_simulate = open
            && self.accounts.environment().is_sandbox()
            && purchase.state == super::PurchaseState::AwaitingPayment;
        let answer = ledger::latest_answer(&self.store, id).await?;
        let items =
            answer.map(|answer| items(purchase.provider, &answer, &purchase.lines)).unwrap_or_default();
        Ok(PurchaseView {
            events: self.purchase_events(id).await?,
            items,
            purchase,
            qr_svg: qr,
            can_simulate,
        })
    }

    /// The coins and networks Cryptorefills takes from a wallet, suspended ones marked.
    pub async fn coin_choices(&self) -> Result<Vec<CoinChoice>> {
        let vias = self.payment_vias(false).await?;
        let choices: Vec<CoinChoice> = wallet_coins(&vias)
            .into_iter()
            .map(|(coin, network, suspended)| CoinChoice { coin, network, suspended })
            .collect();
        Ok(choices)
    }

    /// Sandbox only: pays a crypto invoice or order as a wallet would, through the sandbox's control API.
    pub async fn simulate_payment(&self, id: &str) -> Result<PurchaseView> {
        let Environment::Sandbox { cryptorefills_url, .. } = self.accounts.environment() else {
            return Err(Error::invalid("purchase", tr!("checkout-simulate-sandbox-only")));
        };
        let purchase = self.purchase(id).await?;
        let reference = purchase
            .provider_ref
            .ok_or_else(|| Error::invalid("purchase", tr!("checkout-no-provider-ref")))?;
        let url = format!("{}/_sandbox/pay/{reference}", cryptorefills_url.trim_end_matches('/'));
        let provider = purchase.provider;
        let response = reqwest::Client::new().post(url).send().await.map_err(|e| Error::Network {
            provider,
            detail: if e.is_connect() {
                tr!("checkout-sandbox-not-running")
            } else {
                tr!("checkout-sandbox-no-answer")
            },
        })?;
        if !response.status().is_success() {
            return Err(Error::invalid("purchase", tr!("checkout-sandbox-refused")));
        }
        self.refresh_purchase(id).await?;
        self.purchase_view(id).await
    }

    /// Re-reads a purchase at its provider and records what changed (tracking does this continuously; the
    /// sandbox's "Simulate payment" wants the new state at once).
    pub async fn refresh_purchase(&self, id: &str) -> Result<Purchase> {
        let purchase = self.purchase(id).await?;
        let Some(reference) = purchase.provider_ref.as_deref() else { return Ok(purchase) };
        match purchase.provider {
            Provider::Bitrefill => {
                let invoice = self.accounts.bitrefill().await?.invoice(reference).await?;
                let refund = purchase.payment.as_ref().and_then(|p| p.refund_address.as_deref());
                let change = super::answers::invoice_change(&invoice, refund, &tr!("checkout-event-re-read"));
                Ok(self.record_if_moved(id, &change).await?.0)
            }
            Provider::Cryptorefills => {
                let order = self.accounts.cryptorefills().await?.order(reference).await?;
                let change = super::answers::order_change(&order, &tr!("checkout-event-re-read"));
                Ok(self.record_if_moved(id, &change).await?.0)
            }
        }
    }
}
