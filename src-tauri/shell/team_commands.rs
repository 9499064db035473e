//! Settings → Team: the desk's team, and creating, joining, inviting and leaving. A change of team takes
//! effect when the window next starts (the book is chosen as the app opens), as the environment does.

use tauri::State;

use giftdesk_core::context::Context;
use giftdesk_core::error::IpcError;
use giftdesk_core::team::{self, Created, TeamStatus};

type Reply<T> = Result<T, IpcError>;

#[tauri::command]
pub async fn team_status(context: State<'_, Context>) -> Reply<TeamStatus> {
    Ok(team::status(&context.paths.config, context.secrets.keyring()).await?)
}

/// `database` may carry the password: it goes to the keyring, and is never echoed back.
#[tauri::command]
pub async fn team_create(context: State<'_, Context>, database: String, name: String) -> Reply<Created> {
    Ok(team::create(&context.paths.config, context.secrets.keyring(), &database, name.trim()).await?)
}

#[tauri::command]
pub async fn team_join(
    context: State<'_, Context>,
    database: String,
    code: String,
    name: String,
) -> Reply<TeamStatus> {
    Ok(team::join(&context.paths.config, context.secrets.keyring(), &database, &code, name.trim()).await?)
}

#[tauri::command]
pub async fn team_invite(context: State<'_, Context>) -> Reply<String> {
    Ok(team::invite(&context.store, context.secrets.keyring()).await?)
}

#[tauri::command]
pub async fn team_leave(context: State<'_, Context>) -> Reply<TeamStatus> {
    team::leave(&context.paths.config, context.secrets.keyring()).await?;
    Ok(team::status(&context.paths.config, context.secrets.keyring()).await?)
}
