//! Checkout: from a cart to a created, paid purchase, with every provider rule checked before anything is
//! sent, and no way to lose a purchase or pay twice.
//!
//! Money safety, in one place:
//! - a purchase row with its exact request is committed before the request that creates it is sent, and a
//!   lock file is held while it is in flight, so a later process can tell "still sending" from "died";
//! - a create that gets no answer is `unknown` and is never sent again by itself: [`reconcile`] finds out
//!   what the provider did;
//! - a Bitrefill balance payment re-reads the invoice, then claims the payment in the store (one process,
//!   one task wins), and only then sends it;
//! - every change is appended to `purchase_events` with the provider's answer.

mod amount;
pub(crate) mod answers;
mod bitrefill;
mod buy;
mod cart;
mod chunks;
mod cryptorefills;
mod esim;
pub(crate) mod items;
mod ledger;
pub(crate) mod payment;
pub mod problems;
mod reconcile;
mod rules;
mod sending;
pub mod states;
mod top_up;
mod window;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::accounts::Accounts;
use crate::catalog::Catalog;
use crate::settings::SettingsFile;
use crate::store::Store;
use crate::vault::Vault;

/// Carts, checks, invoices and orders, payments and the ledger of purchases.
#[derive(Debug, Clone)]
pub struct Checkout {
    store: Store,
    accounts: Accounts,
    /// What is sold, read again before anything is sent.
    catalog: Catalog,
    /// Where an eSIM bought before is found by its ICCID, for a top-up.
    vault: Vault,
    settings: SettingsFile,
    /// Where the lock files of creates in flight live.
    data_dir: PathBuf,
}

impl Checkout {
    pub(crate) fn new(
        store: Store,
        accounts: Accounts,
        (catalog, vault): (Catalog, Vault),
        settings: SettingsFile,
        data_dir: PathBuf,
    ) -> Self {
        Self { store, accounts, catalog, vault, settings, data_dir }
    }
}

pub use self::amount::check_amount;
pub use self::answers::{invoice_change, order_change};
pub use self::bitrefill::PayReceipt;
pub use self::cart::{line_totals, totals, CartItem, CartTotal};
pub use self::chunks::{purchases_for, units_per_purchase};
pub use self::esim::EsimTopUp;
pub use self::items::{ItemState, TopUpReceipt};
pub use self::ledger::{BatchLink, Change, PurchaseEvent};
pub use self::payment::PaymentDetails;
pub use self::problems::Problem;
pub use self::rules::BITREFILL_CRYPTO_METHODS;
pub use self::states::PurchaseState;
pub use self::window::{BalancePreview, CartCheckout, CartView, CoinChoice, PurchaseView};
use crate::catalog::Kind;
use crate::providers::Provider;
pub use crate::qr::qr_svg;

/// One thing to buy: what the cart holds and `giftdesk buy` builds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LineRequest {
    pub provider: Provider,
    pub product_id: String,
    /// A fixed denomination: Bitrefill's package id, Cryptorefills' denomination label ("25 USD").
    #[serde(default)]
    #[ts(optional)]
    pub package_id: Option<String>,
    /// An open amount, an exact decimal in the product's currency.
    #[serde(default)]
    #[ts(optional)]
    pub value: Option<String>,
    pub quantity: u32,
    /// An email for gift cards and eSIMs, an E.164 phone number for top-ups.
    pub recipient: String,
    /// The customer's name or reference, for the reseller's own records.
    #[serde(default)]
    #[ts(optional)]
    pub customer_ref: Option<String>,
    /// What the reseller charges the customer, an exact decimal in the product's currency.
    #[serde(default)]
    #[ts(optional)]
    pub resale_price: Option<String>,
    /// eSIMs: the ICCID of an eSIM bought before, to top it up with this plan instead of buying a new one.
    #[serde(default)]
    #[ts(optional)]
    pub esim_id: Option<String>,
}

/// How to pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PaymentChoice {
    /// Bitrefill balance: create, then pay after an explicit confirm.
    Balance,
    /// Bitrefill balance, paid by Bitrefill as the invoice is created (`auto_pay`).
    AutoPay,
    /// A Bitrefill crypto method (`bitcoin`, `lightning`, `usdc_base`…).
    BitrefillCrypto { method: String },
    /// A Cryptorefills coin on a network (USDC on Solana…).
    Coin { coin: String, network: String },
}

impl PaymentChoice {
    pub fn label(&self) -> String {
        match self {
            Self::Balance => "balance".into(),
            Self::AutoPay => "balance (auto-pay)".into(),
            Self::BitrefillCrypto { method } => method.clone(),
            Self::Coin { coin, network } => format!("{coin} on {network}"),
        }
    }
}

/// A checkout: lines of one provider, how to pay, and what that payment needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckoutRequest {
    pub provider: Provider,
    pub lines: Vec<LineRequest>,
    pub payment: PaymentChoice,
    #[serde(flatten)]
    pub options: CheckoutOptions,
}

/// What a checkout may add to its lines and payment (the cart's checkout form sends the same).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckoutOptions {
    /// Bitrefill crypto payments: where an over- or under-payment is returned.
    #[serde(default)]
    #[ts(optional)]
    pub refund_address: Option<String>,
    /// Cryptorefills: the buyer's email (default: the first email recipient).
    #[serde(default)]
    #[ts(optional)]
    pub email: Option<String>,
    /// Cryptorefills coupon.
    #[serde(default)]
    #[ts(optional)]
    pub promo_code: Option<String>,
    /// Over the per-invoice or per-order maximum: split into several purchases instead of refusing.
    #[serde(default)]
    pub split: bool,
    /// Cryptorefills: the language of the customer's delivery email; unset means the reseller's own.
    #[serde(default)]
    #[ts(optional)]
    pub customer_language: Option<crate::i18n::Language>,
}

/// One line of a purchase as bought: enough to show it years later without the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PurchaseLine {
    pub product_id: String,
    pub product_name: String,
    pub kind: Kind,
    #[ts(optional)]
    pub country: Option<String>,
    /// The face value as shown: "50", "$25", "3 GB 30 days".
    pub face: String,
    #[ts(optional)]
    pub currency: Option<String>,
    #[ts(optional)]
    pub package_id: Option<String>,
    #[ts(optional)]
    pub value: Option<String>,
    pub quantity: u32,
    pub recipient: String,
    #[ts(optional)]
    pub customer_ref: Option<String>,
    #[ts(optional)]
    pub resale_price: Option<String>,
    /// Price per unit in minor units of `price_currency`, when the catalog knows it.
    #[ts(optional, type = "number")]
    pub unit_price: Option<u64>,
    #[ts(optional)]
    pub price_currency: Option<String>,
    /// eSIMs: the plan as the reseller chose it ("3GB, 30 Days"), what Bitrefill's `POST /esims` names.
    #[serde(default)]
    #[ts(optional)]
    pub plan: Option<String>,
    /// eSIM top-ups: the ICCID of the eSIM this plan is added to.
    #[serde(default)]
    #[ts(optional)]
    pub esim_id: Option<String>,
}

/// A purchase as the store keeps it: one Bitrefill invoice or one Cryptorefills order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Purchase {
    /// Giftdesk's id, what later verbs take.
    pub purchase_id: String,
    pub provider: Provider,
    pub state: PurchaseState,
    /// The invoice or order id, once the provider answered.
    #[ts(optional)]
    pub provider_ref: Option<String>,
    /// The provider's own word for the state, shown beside ours.
    #[ts(optional)]
    pub provider_state: Option<String>,
    pub payment_method: String,
    pub lines: Vec<PurchaseLine>,
    #[ts(optional)]
    pub payment: Option<PaymentDetails>,
    #[ts(optional)]
    pub customer_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The last step in words ("Bitrefill refused: …", "Found at Bitrefill by reconciliation").
    #[ts(optional)]
    pub note: Option<String>,
    /// In a team, the desk that made it: the one told when its codes arrive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub desk_id: Option<String>,
}
