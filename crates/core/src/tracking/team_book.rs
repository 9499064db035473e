//! A desk in a team follows the team's book: every change any desk records is announced by the database
//! (LISTEN/NOTIFY on `giftdesk_book`), shown here at once, and an unfinished purchase is followed here too,
//! under the team-wide lease, so exactly one desk reads the provider and the others watch.

use std::sync::Arc;
use std::time::Duration;

use super::{Sink, TrackEvent, Tracking};
use crate::error::{Error, Result};

/// How long to wait before listening again after the database was lost.
const LISTEN_AGAIN: Duration = Duration::from_secs(5);

impl Tracking {
    /// "Codes arrived" is told on the desk that made the purchase; any other desk following it (holding
    /// its lease) shows the change without announcing it.
    pub(super) fn own_announcements(&self, sink: &Sink) -> Sink {
        let Some(desk) = self.store.team().map(|team| team.desk_id().to_owned()) else {
            return sink.clone();
        };
        let inner = sink.clone();
        Arc::new(move |event| match event {
            TrackEvent::CodesArrived { purchase, .. }
                if purchase.desk_id.as_deref() != Some(desk.as_str()) =>
            {
                inner(TrackEvent::Changed { purchase });
            }
            other => inner(other),
        })
    }

    /// Runs for as long as the desk is open (a desk alone returns at once): each purchase another desk
    /// announces reaches `sink`, and one still moving is followed (or watched) here as well.
    pub async fn follow_team_book(&self, sink: Sink) -> Result<()> {
        let Some(book) = self.store.team() else { return Ok(()) };
        loop {
            let mut listener = match book.listen().await {
                Ok(listener) => listener,
                Err(error) => {
                    tracing::warn!(%error, "cannot listen to the team's book; trying again");
                    tokio::time::sleep(LISTEN_AGAIN).await;
                    continue;
                }
            };
            loop {
                let notification = match listener.recv().await {
                    Ok(notification) => notification,
                    Err(error) => {
                        tracing::warn!(%error, "lost the team's book; listening again");
                        break;
                    }
                };
                self.announced(notification.payload(), &sink).await;
            }
            tokio::time::sleep(LISTEN_AGAIN).await;
        }
    }

    async fn announced(&self, id: &str, sink: &Sink) {
        let purchase = match self.checkout.purchase(id).await {
            Ok(purchase) => purchase,
            // The other book's (sandbox beside live, or the other way round).
            Err(Error::InvalidInput { .. }) => return,
            Err(error) => {
                tracing::warn!(purchase = %id, %error, "an announced purchase could not be read");
                return;
            }
        };
        let unfinished = !purchase.state.is_final() && purchase.provider_ref.is_some();
        sink(TrackEvent::Changed { purchase });
        if unfinished {
            self.spawn_follow(id.to_owned(), sink.clone());
        }
    }
}
