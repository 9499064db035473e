//! Tauri commands: thin translations between the web view and the core. No logic lives here.

use tauri::State;

use crate::context::{Context, Overview};
use crate::error::IpcError;
use crate::providers::Provider;
use crate::secrets::{BitrefillCredentialInput, CredentialStatus, CryptorefillsCredentialInput};
use crate::settings::Settings;

type Reply<T> = Result<T, IpcError>;

#[tauri::command]
pub async fn overview(context: State<'_, Context>) -> Reply<Overview> {
    Ok(context.overview().await?)
}

#[tauri::command]
pub async fn credential_statuses(context: State<'_, Context>) -> Reply<Vec<CredentialStatus>> {
    Ok(context.secrets.statuses().await?)
}

#[tauri::command]
pub async fn set_bitrefill_credentials(
    context: State<'_, Context>,
    input: BitrefillCredentialInput,
) -> Reply<CredentialStatus> {
    Ok(context.secrets.set_bitrefill(input).await?)
}

#[tauri::command]
pub async fn set_cryptorefills_credentials(
    context: State<'_, Context>,
    input: CryptorefillsCredentialInput,
) -> Reply<CredentialStatus> {
    Ok(context.secrets.set_cryptorefills(input).await?)
}

#[tauri::command]
pub async fn clear_credentials(context: State<'_, Context>, provider: Provider) -> Reply<CredentialStatus> {
    Ok(context.secrets.clear(provider).await?)
}

#[tauri::command]
pub async fn settings(context: State<'_, Context>) -> Reply<Settings> {
    Ok(context.settings()?)
}

#[tauri::command]
pub async fn set_use_sandbox(context: State<'_, Context>, use_sandbox: bool) -> Reply<Settings> {
    Ok(context.set_use_sandbox(use_sandbox)?)
}
