//! What a product is (a gift card, a top-up, an eSIM): the vocabulary the catalog, checkout and Settings share.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A product's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    GiftCard,
    TopUp,
    Esim,
    Other,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::GiftCard => "gift_card",
            Kind::TopUp => "top_up",
            Kind::Esim => "esim",
            Kind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Kind {
        match text {
            "gift_card" => Kind::GiftCard,
            "top_up" => Kind::TopUp,
            "esim" => Kind::Esim,
            _ => Kind::Other,
        }
    }
}
