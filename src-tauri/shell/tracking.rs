//! What the window does with tracking: every change becomes a `purchase-changed` app event; codes arriving,
//! and purchases failing or expiring, become native notifications (brand and value, never the code).

use std::sync::Arc;

use tauri::{AppHandle, Emitter, Manager};

use super::notify::{self, Note};
use giftdesk_core::context::Context;
use giftdesk_core::tracking::notice::{notice, Notice};
use giftdesk_core::tracking::{Sink, TrackEvent};

pub const PURCHASE_EVENT: &str = "purchase-changed";

pub fn sink(app: &AppHandle) -> Sink {
    let app = app.clone();
    Arc::new(move |event: TrackEvent| {
        if let Err(error) = app.emit(PURCHASE_EVENT, &event) {
            tracing::warn!(%error, "could not tell the window about a purchase");
        }
        // The words are the core's (`tracking::notice`), in the reseller's language.
        let Some(Notice { title, body }) = notice(&event) else { return };
        let purchase_id = match &event {
            TrackEvent::CodesArrived { purchase, .. } | TrackEvent::Changed { purchase } => {
                &purchase.purchase_id
            }
        };
        notify::show(&app, Note { title, body, purchase_id: purchase_id.clone() });
    })
}

/// Follows a purchase in the background (once, however often it is asked).
pub fn follow(app: &AppHandle, purchase_id: &str) {
    let context = app.state::<Context>();
    context.tracking.spawn_follow(purchase_id.to_owned(), sink(app));
}

/// At start: listen for webhooks if Settings asks, look up lost answers, then follow every purchase that is
/// not final; in a team, follow the team's book too (other desks' purchases show at once).
pub fn resume(app: AppHandle) {
    let (tracking, team_sink) = (app.state::<Context>().tracking.clone(), sink(&app));
    tauri::async_runtime::spawn(async move {
        if let Err(error) = tracking.follow_team_book(team_sink).await {
            tracing::warn!(%error, "stopped following the team's book");
        }
    });
    tauri::async_runtime::spawn(async move {
        let context = app.state::<Context>();
        if let Some(listener) = context.tracking.listen_if_configured().await {
            app.manage(listener);
        }
        if let Err(error) = context.checkout.reconcile().await {
            tracing::warn!(%error, "could not reconcile purchases at start; will retry on the next start");
        }
        follow_unfinished(&app).await;
    });
}

/// Every purchase that is not final, followed (each once, however often asked).
pub async fn follow_unfinished(app: &AppHandle) {
    match app.state::<Context>().tracking.unfinished_purchases().await {
        Ok(unfinished) => unfinished.iter().for_each(|p| follow(app, &p.purchase_id)),
        Err(error) => tracing::warn!(%error, "could not list purchases to follow"),
    }
}
