//! Desks in a team for the tests: each a home of its own (data folder, keyring), joined to one database on
//! the test PostgreSQL server through the real `giftdesk team` verbs.

use super::apis::Apis;
use super::verbs::{command, json_of};
use super::{assert_success, run_with_input, stdout_json, TestHome};

/// A team of `count` desks on a new database: the first creates it, each other joins with a join code the
/// first shows. Returns the database URL (with its password, as pasted) and the desks.
pub async fn team_of(apis: &Apis, count: usize) -> (String, Vec<TestHome>) {
    let url = giftdesk_testkit::team::new_database().await;
    let (url, desks) = team_on(apis, url, count).await;
    (url, desks)
}

pub async fn team_on(apis: &Apis, url: String, count: usize) -> (String, Vec<TestHome>) {
    let first = TestHome::new();
    let created =
        json_of(&first, apis, &["team", "create", "--database", &url, "--name", "Desk 1", "--json"]).await;
    assert_eq!(created["status"]["members"].as_array().unwrap().len(), 1, "{created}");
    let mut desks = vec![first];
    for n in 2..=count {
        let code = json_of(&desks[0], apis, &["team", "invite", "--json"]).await["join_code"]
            .as_str()
            .unwrap()
            .to_owned();
        let home = TestHome::new();
        let name = format!("Desk {n}");
        let mut join = command(&home, apis, &["team", "join", "--database", &url, "--name", &name, "--json"]);
        let joined = tokio::task::spawn_blocking(move || run_with_input(&mut join, &code)).await.unwrap();
        assert_success(&joined);
        assert_eq!(stdout_json(&joined)["members"].as_array().unwrap().len(), n);
        desks.push(home);
    }
    (url, desks)
}

/// The desk's id in its team.
pub async fn desk_id(home: &TestHome, apis: &Apis) -> String {
    json_of(home, apis, &["team", "status", "--json"]).await["team"]["desk_id"].as_str().unwrap().to_owned()
}
