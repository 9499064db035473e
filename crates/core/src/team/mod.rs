//! A shop's team: several desks on one shared book in the shop's PostgreSQL database (`store::TeamBook`).
//! The first desk creates the team and its key; another joins with a one-time join code shown on a desk
//! already in it; leaving takes the key off that desk and returns it to its own local book.
//!
//! Codes are sealed with the team's key, which only the desks' keyrings hold: the database keeps a digest
//! to tell a right key from a wrong one, and join codes' wrappings of it, never the key.

mod config;
mod join_code;
mod members;

use std::path::Path;

use base64::Engine;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use self::config::{split_password, TeamConfig};
pub use self::join_code::{JoinCode, JOIN_CODE_MINUTES};
pub use self::members::Member;
use crate::error::{Error, Result};
use crate::secrets::{Keyring, Sensitive};
use crate::store::{Store, TeamBook};
use crate::tr;
use crate::vault::{Sealer, TEAM_KEY_ENTRY};

/// The database password's keyring entry: never in `team.json`, never in a log.
pub const PASSWORD_ENTRY: &str = "team-database-password";

/// What `giftdesk team status` prints and Settings shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TeamStatus {
    /// `None` for a desk alone, on its own local book.
    #[ts(optional)]
    pub team: Option<TeamConfig>,
    pub reachable: bool,
    /// Why the database cannot be reached, in the reseller's words.
    #[ts(optional)]
    pub problem: Option<String>,
    pub members: Vec<Member>,
}

/// A new team: its status and the first join code for the next desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Created {
    pub status: TeamStatus,
    pub join_code: String,
}

/// Where the team's book is and how to reach it, as `team.json` and the keyring say; on the sandbox
/// (`sandbox`), the book apart that demo purchases keep on the same server.
pub async fn open_book(config_dir: &Path, keyring: &Keyring, sandbox: bool) -> Result<Option<TeamBook>> {
    let Some(config) = TeamConfig::load(config_dir)? else { return Ok(None) };
    let password = keyring.get(PASSWORD_ENTRY).await?;
    let password = password.as_ref().map(|p| p.expose().as_str());
    let book = TeamBook::connect_lazy(&config.database, password, &config.desk_id, sandbox)?;
    match book.migrate().await {
        Ok(()) => members::seen(&book).await,
        // The desk still opens, whatever kept the server from answering (down, a changed password, a
        // newer desk's schema): each use of the book then says why, and nothing is bought meanwhile.
        Err(error) => tracing::warn!(%error, "the team's database cannot be used"),
    }
    Ok(Some(book))
}

/// Makes this desk the first of a new team on the (empty) database at `url`.
pub async fn create(config_dir: &Path, keyring: &Keyring, url: &str, desk_name: &str) -> Result<Created> {
    let (book, config_url, password) = first_contact(config_dir, url).await?;
    let key = Sealer::random_key();
    let team_id = uuid::Uuid::new_v4().to_string();
    // The key is kept before the team exists: a team whose key was lost could never be joined.
    keep_secrets(keyring, &key, password).await?;
    if let Err(error) = members::found_team(&book, &team_id, &join_code::key_check(&key), desk_name).await {
        keyring.delete(TEAM_KEY_ENTRY).await?;
        keyring.delete(PASSWORD_ENTRY).await?;
        return Err(error);
    }
    let config = keep_config(config_dir, (&book, config_url, team_id, desk_name))?;
    let join_code = members::invite(&book, &key).await?;
    tracing::info!(team = %config.team_id, desk = %config.desk_id, "team created");
    Ok(Created { status: status(config_dir, keyring).await?, join_code })
}

/// Joins the team on the database at `url` with a join code shown on one of its desks.
pub async fn join(
    config_dir: &Path,
    keyring: &Keyring,
    url: &str,
    code: &str,
    desk_name: &str,
) -> Result<TeamStatus> {
    let code = JoinCode::parse(code)?;
    let (book, config_url, password) = first_contact(config_dir, url).await?;
    let (team_id, key) = members::take_join_code(&book, &code, desk_name).await?;
    keep_secrets(keyring, &key, password).await?;
    let config = keep_config(config_dir, (&book, config_url, team_id, desk_name))?;
    tracing::info!(team = %config.team_id, desk = %config.desk_id, "joined the team");
    status(config_dir, keyring).await
}

/// A new one-time join code, from a desk of the team.
pub async fn invite(store: &Store, keyring: &Keyring) -> Result<String> {
    let book = store.team().ok_or_else(not_in_team)?;
    members::invite(book, &team_key(keyring).await?).await
}

pub async fn status(config_dir: &Path, keyring: &Keyring) -> Result<TeamStatus> {
    let Some(book) = open_book(config_dir, keyring, false).await? else {
        return Ok(TeamStatus { team: None, reachable: true, problem: None, members: Vec::new() });
    };
    let team = TeamConfig::load(config_dir)?;
    let (reachable, problem, members) = match members::list(&book).await {
        Ok(members) => (true, None, members),
        Err(error) => (false, Some(error.to_string()), Vec::new()),
    };
    book.close().await;
    Ok(TeamStatus { team, reachable, problem, members })
}

/// Takes this desk out of its team: the key and password leave its keyring, and it returns to its own
/// local book. The team's book is untouched (the other desks keep everything).
pub async fn leave(config_dir: &Path, keyring: &Keyring) -> Result<()> {
    let config = TeamConfig::load(config_dir)?.ok_or_else(not_in_team)?;
    if let Ok(Some(book)) = open_book(config_dir, keyring, false).await {
        if let Err(error) = members::left(&book).await {
            tracing::warn!(%error, "could not mark the desk as gone in the team's database");
        }
        book.close().await;
    }
    keyring.delete(TEAM_KEY_ENTRY).await?;
    keyring.delete(PASSWORD_ENTRY).await?;
    TeamConfig::remove(config_dir)?;
    tracing::info!(team = %config.team_id, desk = %config.desk_id, "left the team");
    Ok(())
}

/// The shared book at `url`, reached and migrated, for a desk not yet in a team.
async fn first_contact(config_dir: &Path, url: &str) -> Result<(TeamBook, String, Option<String>)> {
    if let Some(config) = TeamConfig::load(config_dir)? {
        return Err(Error::invalid("database", tr!("team-already-in", team = config.team_id)));
    }
    let (config_url, password) = split_password(url)?;
    let desk_id = uuid::Uuid::new_v4().to_string();
    let book = TeamBook::connect_lazy(&config_url, password.as_deref(), &desk_id, false)?;
    book.migrate().await?;
    Ok((book, config_url, password))
}

/// Key and password into the keyring, before `team.json` names the team: the file never points at secrets
/// not kept.
async fn keep_secrets(keyring: &Keyring, key: &[u8], password: Option<String>) -> Result<()> {
    let engine = base64::engine::general_purpose::STANDARD;
    keyring.set(TEAM_KEY_ENTRY, Sensitive::new(engine.encode(key))).await?;
    match password {
        Some(password) => keyring.set(PASSWORD_ENTRY, Sensitive::new(password)).await,
        None => keyring.delete(PASSWORD_ENTRY).await.map(|_| ()),
    }
}

fn keep_config(
    config_dir: &Path,
    (book, database, team_id, desk_name): (&TeamBook, String, String, &str),
) -> Result<TeamConfig> {
    let config =
        TeamConfig { database, team_id, desk_id: book.desk_id().to_owned(), desk_name: desk_name.to_owned() };
    config.save(config_dir)?;
    Ok(config)
}

async fn team_key(keyring: &Keyring) -> Result<Vec<u8>> {
    let stored =
        keyring.get(TEAM_KEY_ENTRY).await?.ok_or_else(|| Error::Internal(tr!("team-key-missing")))?;
    base64::engine::general_purpose::STANDARD
        .decode(stored.expose())
        .map_err(|_| Error::Internal(tr!("vault-key-damaged")))
}

fn not_in_team() -> Error {
    Error::invalid("team", tr!("team-not-in-team"))
}
