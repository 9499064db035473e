//! A Bitrefill catalog larger than an hour's allowance (1000 products an hour, when products are what is
//! counted, as the sandbox's live form counts them): the sync keeps what it fetched, marks nothing gone, says
//! when it continues, and never pushes the account into a 429. Counted as requests (the docs' reading) the
//! same catalog syncs in one go.

pub mod common;

use common::apis::{fast_options, Apis};
use common::shop::sandbox_state;
use common::verbs::json_of;
use common::TestHome;
use giftdesk::sandbox::{Dialect, SandboxOptions};

/// An hour lasts two minutes here: longer than the sync waits for a window, as a real hour is.
fn options(dialect: Dialect) -> SandboxOptions {
    SandboxOptions { products: 2_000, rate_limit_scale: 30.0, dialect, ..fast_options() }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_catalog_past_the_hourly_product_allowance_is_synced_in_parts() {
    let (home, apis) = (TestHome::new(), Apis::start(options(Dialect::Live)).await);
    let first = json_of(&home, &apis, &["sync", "--provider", "bitrefill", "--json"]).await;
    let report = &first["bitrefill"];
    let covered = report["products"].as_u64().unwrap();
    assert!((950..=1_000).contains(&covered), "an hour's allowance, not more: {report}");
    assert!(report["continues_in_secs"].as_u64().is_some_and(|s| s > 0), "it says when it goes on: {report}");
    assert_eq!((report["added"].as_u64(), report["gone"].as_u64()), (Some(covered), Some(0)));

    // Asked again at once: the allowance is still spent, so nothing is fetched and nothing is lost.
    let again = json_of(&home, &apis, &["sync", "--provider", "bitrefill", "--json"]).await;
    assert_eq!(again["bitrefill"]["gone"], 0, "{again}");
    assert!(again["bitrefill"]["continues_in_secs"].as_u64().is_some(), "{again}");
    let found =
        json_of(&home, &apis, &["search", "a", "--provider", "bitrefill", "--limit", "5", "--json"]).await;
    assert!(!found.as_array().unwrap().is_empty(), "what the first part fetched is searchable");
    assert_eq!(sandbox_state(&apis).await["throttled"]["bitrefill"], 0, "never a 429");
}

#[tokio::test(flavor = "multi_thread")]
async fn counted_as_requests_the_same_catalog_syncs_whole() {
    let (home, apis) = (TestHome::new(), Apis::start(options(Dialect::Docs)).await);
    let synced = json_of(&home, &apis, &["sync", "--provider", "bitrefill", "--json"]).await;
    let report = &synced["bitrefill"];
    assert!(report["products"].as_u64().unwrap() > 2_000, "{report}");
    assert!(report["continues_in_secs"].is_null(), "{report}");
    assert_eq!(sandbox_state(&apis).await["throttled"]["bitrefill"], 0);
}
