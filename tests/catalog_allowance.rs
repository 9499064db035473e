//! A Bitrefill catalog larger than an hour's allowance (1000 products an hour, when products are what is
//! counted, as the sandbox's live form counts them): the sync keeps what it fetched, marks nothing gone, says
//! when it continues, and never pushes the account into a 429. Counted as requests (the docs' reading) the
//! same catalog syncs in one go. Once it has outgrown the hour, a sync lists only the markets chosen.

pub mod common;

use common::apis::{fast_options, Apis};
use common::shop::sandbox_state;
use common::verbs::json_of;
use common::TestHome;
use giftdesk_core::store::Store;
use giftdesk_sandbox::{Dialect, SandboxOptions};

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

#[tokio::test(flavor = "multi_thread")]
async fn once_the_catalog_outgrows_the_hour_only_the_chosen_markets_are_listed() {
    let home = TestHome::new();
    let first_hour = Apis::start(options(Dialect::Live)).await;
    let first = json_of(&home, &first_hour, &["sync", "--provider", "bitrefill", "--json"]).await;
    let covered = first["bitrefill"]["products"].as_u64().unwrap();
    assert!(first["bitrefill"]["continues_in_secs"].as_u64().is_some(), "{first}");

    // A new hour (a fresh account's allowance), and markets chosen: only Germany is listed, whole, at once.
    let next_hour = Apis::start(options(Dialect::Live)).await;
    let narrowed =
        json_of(&home, &next_hour, &["sync", "--provider", "bitrefill", "--markets", "DE", "--json"]).await;
    let report = &narrowed["bitrefill"];
    assert_eq!(report["countries"], serde_json::json!(["DE"]), "it says what it covered: {report}");
    assert!(report["continues_in_secs"].is_null(), "the market fits in the hour: {report}");
    assert_eq!(report["gone"], 0, "{report}");
    let germany = report["products"].as_u64().unwrap();
    assert!((10..500).contains(&germany), "{report}");
    assert!(
        report["requests"].as_u64().unwrap() <= germany.div_ceil(50) + 1,
        "only Germany's pages: {report}"
    );

    let store = Store::open(&home.data_dir().join("giftdesk.sqlite3")).await.unwrap();
    let (live, german): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(country = 'DE'), 0) FROM products WHERE provider = 'bitrefill' AND gone_at IS NULL",
    )
    .fetch_one(store.pool())
    .await
    .unwrap();
    store.close().await;
    assert_eq!(german as u64, germany, "every German product is there");
    assert!(live as u64 >= covered, "what other countries had is kept, not marked gone: {live} < {covered}");
    assert_eq!(sandbox_state(&next_hour).await["throttled"]["bitrefill"], 0);
}
