//! The UI's browser tests play the core with answers it really gave: the catalog's search, ranked by the
//! core over a large catalog, is recorded here into `ui/tests/e2e/recorded/search.json`, so the mock never
//! ranks or filters by a rule of its own. `UPDATE_BINDINGS=1` rewrites the file; otherwise this fails when
//! the core's answers have moved away from what the UI's tests replay.

use std::path::Path;

use giftdesk_core::catalog::{
    apply_whole, search, CatalogEntry, CatalogProduct, Denomination, Kind, SearchQuery,
};
use giftdesk_core::providers::Provider;
use giftdesk_core::store::Store;
use serde_json::{json, Value};

const RECORDED: &str = "ui/tests/e2e/recorded/search.json";
const BRANDS: [&str; 10] =
    ["Amazon.com", "Steam", "Netflix", "Spotify", "Uber", "Airbnb", "Zalando", "IKEA", "Apple", "Xbox"];
const COUNTRIES: [&str; 10] = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "SE", "CA", "AU"];

/// The `n`th product of a large catalog: ten brands over ten countries, then numbered lines of each.
fn product(n: usize) -> CatalogProduct {
    let brand = BRANDS[n % BRANDS.len()];
    let country = COUNTRIES[(n / BRANDS.len()) % COUNTRIES.len()];
    CatalogProduct {
        provider: if n.is_multiple_of(3) { Provider::Cryptorefills } else { Provider::Bitrefill },
        id: format!("product-{n}"),
        brand: brand.to_owned(),
        name: format!("{brand} {country} #{n}"),
        kind: if n.is_multiple_of(7) { Kind::Esim } else { Kind::GiftCard },
        country: Some(country.to_owned()),
        currency: Some("USD".into()),
        categories: vec!["shopping".into()],
        denominations: [10u64, 25, 50, 100, 200]
            .iter()
            .map(|value| Denomination {
                id: format!("{n}-{value}"),
                value: value.to_string(),
                amount: Some(value.to_string()),
                price: Some(value * 100),
            })
            .collect(),
        range: None,
        price_currency: Some("USD".into()),
        in_stock: !n.is_multiple_of(11),
        logo: None,
    }
}

/// What the catalog screen asks while the e2e test scrolls and types (`ui/src/routes/catalog/query.ts`).
fn queries() -> Vec<Value> {
    let query = |text: &str, sort: &str, limit: u32| json!({"text": text, "in_stock_only": false, "sort": sort, "limit": limit});
    vec![
        query("", "name", 20),
        query("", "name", 60),
        query("steam DE", "relevance", 20),
        query("steam DE", "relevance", 60),
        query("no such brand", "relevance", 20),
    ]
}

async fn record() -> Value {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("giftdesk.sqlite3")).await.unwrap();
    for provider in Provider::ALL {
        let listing: Vec<_> = (0..5000)
            .map(product)
            .filter(|p| p.provider == provider)
            .map(|p| {
                let raw = serde_json::to_value(&p).unwrap();
                (p, raw)
            })
            .collect();
        apply_whole(store.pool(), provider, &listing).await.unwrap();
    }
    let mut answers = Vec::new();
    for query in queries() {
        let parsed: SearchQuery = serde_json::from_value(query.clone()).unwrap();
        let found: Vec<CatalogEntry> = search(store.pool(), &parsed)
            .await
            .unwrap()
            .into_iter()
            .map(|product| CatalogEntry { product, logo_url: None })
            .collect();
        answers.push(json!({"query": query, "answer": found}));
    }
    Value::Array(answers)
}

/// Keys in one order however serde_json was built: a workspace build turns on its `preserve_order` (for
/// another crate), which would otherwise write the same answers in another order.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(key, inner)| (key, sorted(inner))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

#[tokio::test]
async fn the_ui_tests_replay_the_cores_own_search_answers() {
    let recorded = record().await;
    // The test's own claims hold in the core's answers, so a recording can never make them true alone.
    let steam = &recorded[2]["answer"];
    assert_eq!(steam.as_array().unwrap().len(), 20);
    assert!(steam.as_array().unwrap().iter().all(|e| e["name"].as_str().unwrap().starts_with("Steam DE")));
    assert_eq!(recorded[4]["answer"], json!([]));

    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(RECORDED);
    let text = serde_json::to_string_pretty(&sorted(recorded)).unwrap() + "\n";
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &text).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == text, "{RECORDED} is stale: run `make bindings`");
}
