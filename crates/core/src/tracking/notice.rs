//! What a native notification says about a purchase: its codes arrived, or it failed, expired or was only
//! partly delivered. Brand and value, never the code. The window only shows it.

use super::TrackEvent;
use crate::checkout::{Purchase, PurchaseState};
use crate::tr;

/// A notification's words, in the reseller's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
}

/// What to tell the reseller about `event`, if it is worth a notification.
pub fn notice(event: &TrackEvent) -> Option<Notice> {
    match event {
        TrackEvent::CodesArrived { brand, value, count, .. } => Some(Notice {
            title: tr!("notice-codes-ready", count = *count),
            body: tr!("notice-codes-ready-body", brand = brand.as_str(), value = value.as_str()),
        }),
        TrackEvent::Changed { purchase } => purchase_notice(purchase),
    }
}

/// A purchase that ended badly, or only partly well; `None` for every other state.
pub fn purchase_notice(purchase: &Purchase) -> Option<Notice> {
    let what = purchase.lines.first().map(|l| format!("{} {}", l.product_name, l.face)).unwrap_or_default();
    let what = what.as_str();
    let (title, body) = match purchase.state {
        PurchaseState::Failed => (tr!("notice-failed"), tr!("notice-failed-body", what = what)),
        PurchaseState::Expired => (tr!("notice-expired"), tr!("notice-expired-body", what = what)),
        PurchaseState::PartlyDelivered => {
            (tr!("notice-partly-delivered"), tr!("notice-partly-delivered-body", what = what))
        }
        _ => return None,
    };
    Some(Notice { title, body })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkout::PurchaseLine;
    use crate::product_kind::Kind;
    use crate::providers::Provider;

    fn purchase(state: PurchaseState) -> Purchase {
        let line = PurchaseLine {
            product_id: "amazon-us".into(),
            product_name: "Amazon.com".into(),
            kind: Kind::GiftCard,
            country: Some("US".into()),
            face: "50".into(),
            currency: Some("USD".into()),
            package_id: None,
            value: None,
            quantity: 1,
            recipient: String::new(),
            customer_ref: None,
            resale_price: None,
            unit_price: None,
            price_currency: None,
            plan: None,
            esim_id: None,
        };
        Purchase {
            purchase_id: "p1".into(),
            provider: Provider::Bitrefill,
            state,
            provider_ref: Some("inv1".into()),
            provider_state: None,
            payment_method: "balance".into(),
            lines: vec![line],
            payment: None,
            customer_ref: None,
            created_at: String::new(),
            updated_at: String::new(),
            note: None,
            desk_id: None,
        }
    }

    fn arrived(count: u32) -> TrackEvent {
        let purchase = purchase(PurchaseState::Delivered);
        TrackEvent::CodesArrived { purchase, brand: "Amazon.com".into(), value: "50".into(), count }
    }

    #[test]
    fn codes_arriving_are_announced_by_brand_and_value() {
        let one = notice(&arrived(1)).unwrap();
        assert_eq!(one.title, "Code ready");
        assert_eq!(one.body, "Amazon.com 50 is ready in Giftdesk");
        assert_eq!(notice(&arrived(3)).unwrap().title, "3 codes ready");
    }

    #[test]
    fn only_purchases_that_end_badly_are_announced() {
        let said = |state| purchase_notice(&purchase(state)).map(|n| (n.title, n.body));
        assert_eq!(
            said(PurchaseState::Failed),
            Some(("Purchase failed".into(), "Amazon.com 50: the provider could not deliver it".into()))
        );
        assert_eq!(
            said(PurchaseState::Expired),
            Some(("Payment window closed".into(), "Amazon.com 50: no payment arrived in time".into()))
        );
        assert_eq!(
            said(PurchaseState::PartlyDelivered),
            Some(("Partly delivered".into(), "Amazon.com 50: some items failed".into()))
        );
        assert_eq!(said(PurchaseState::Delivered), None);
        assert_eq!(said(PurchaseState::AwaitingPayment), None);
    }
}
