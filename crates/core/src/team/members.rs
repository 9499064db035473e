//! The team's rows in the shared book: the team itself, its desks, and the join codes waiting to be used.
//! Always in `public`, whichever book (the shop's, or the sandbox's apart) the desk keeps.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::join_code::{key_check, JoinCode, JOIN_CODE_MINUTES};
use crate::error::{Error, Result};
use crate::store::TeamBook;
use crate::tr;

/// A desk of the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
pub struct Member {
    pub desk_id: String,
    pub name: String,
    pub joined_at: String,
    /// When the desk last opened the book.
    pub seen_at: String,
    #[sqlx(default)]
    pub this_desk: bool,
}

fn unreachable(error: sqlx::Error) -> Error {
    Error::Store(error).from_team()
}

/// The team's row and its first desk; refused on a database that already has a team (join that one).
pub(super) async fn found_team(book: &TeamBook, team_id: &str, check: &str, desk_name: &str) -> Result<()> {
    let mut tx = book.pool().begin().await.map_err(unreachable)?;
    // Two desks creating at once: the second waits here, then sees the first's team.
    sqlx::query("LOCK TABLE public.team IN EXCLUSIVE MODE").execute(&mut *tx).await.map_err(unreachable)?;
    let existing: Option<String> = sqlx::query_scalar("SELECT id FROM public.team")
        .fetch_optional(&mut *tx)
        .await
        .map_err(unreachable)?;
    if let Some(existing) = existing {
        return Err(Error::invalid("database", tr!("team-exists", team = existing)));
    }
    sqlx::query("INSERT INTO public.team (id, key_check) VALUES ($1, $2)")
        .bind(team_id)
        .bind(check)
        .execute(&mut *tx)
        .await
        .map_err(unreachable)?;
    add_desk(&mut tx, book.desk_id(), desk_name).await?;
    tx.commit().await.map_err(unreachable)
}

async fn add_desk(tx: &mut sqlx::PgConnection, desk_id: &str, name: &str) -> Result<()> {
    sqlx::query("INSERT INTO public.desks (id, name) VALUES ($1, $2)")
        .bind(desk_id)
        .bind(name)
        .execute(tx)
        .await
        .map_err(unreachable)?;
    Ok(())
}

/// A new join code for `key`, kept (sealed under the code's secret half) for an hour.
pub(super) async fn invite(book: &TeamBook, key: &[u8]) -> Result<String> {
    let code = JoinCode::new();
    sqlx::query(&format!(
        "INSERT INTO public.join_codes (id, wrapped_key, made_by, expires_at) \
         VALUES ($1, $2, $3, now() + interval '{JOIN_CODE_MINUTES} minutes')"
    ))
    .bind(&code.id)
    .bind(code.wrap(key)?)
    .bind(book.desk_id())
    .execute(book.pool())
    .await
    .map_err(unreachable)?;
    Ok(code.text())
}

/// Uses a join code once: the team's id and key, with this desk added to the team.
pub(super) async fn take_join_code(
    book: &TeamBook,
    code: &JoinCode,
    desk_name: &str,
) -> Result<(String, Vec<u8>)> {
    let refused = || Error::invalid("join_code", tr!("team-join-code-unknown"));
    let mut tx = book.pool().begin().await.map_err(unreachable)?;
    let wrapped: Option<Vec<u8>> = sqlx::query_scalar(
        "DELETE FROM public.join_codes WHERE id = $1 AND expires_at > now() RETURNING wrapped_key",
    )
    .bind(&code.id)
    .fetch_optional(&mut *tx)
    .await
    .map_err(unreachable)?;
    // A wrong secret half rolls the deletion back: a typo does not spend the code.
    let key = code.unwrap(&wrapped.ok_or_else(refused)?)?;
    let (team_id, check): (String, String) = sqlx::query_as("SELECT id, key_check FROM public.team")
        .fetch_one(&mut *tx)
        .await
        .map_err(unreachable)?;
    if check != key_check(&key) {
        return Err(refused());
    }
    add_desk(&mut tx, book.desk_id(), desk_name).await?;
    tx.commit().await.map_err(unreachable)?;
    Ok((team_id, key))
}

pub(super) async fn list(book: &TeamBook) -> Result<Vec<Member>> {
    let mut members: Vec<Member> = sqlx::query_as(
        "SELECT id AS desk_id, name, joined_at, seen_at FROM public.desks WHERE left_at IS NULL ORDER BY joined_at",
    )
    .fetch_all(book.pool())
    .await
    .map_err(unreachable)?;
    for member in &mut members {
        member.this_desk = member.desk_id == book.desk_id();
    }
    Ok(members)
}

/// Notes that the desk opened the book (best effort: a desk that cannot say so still works).
pub(super) async fn seen(book: &TeamBook) {
    let seen = sqlx::query("UPDATE public.desks SET seen_at = giftdesk_now() WHERE id = $1")
        .bind(book.desk_id())
        .execute(book.pool())
        .await;
    if let Err(error) = seen {
        tracing::warn!(%error, "could not note the desk as seen");
    }
}

pub(super) async fn left(book: &TeamBook) -> Result<()> {
    sqlx::query("UPDATE public.desks SET left_at = giftdesk_now() WHERE id = $1")
        .bind(book.desk_id())
        .execute(book.pool())
        .await
        .map_err(unreachable)?;
    Ok(())
}
