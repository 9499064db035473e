//! `giftdesk login` and `giftdesk logout`.

use std::io::{IsTerminal, Read};

use super::{LoginArgs, LogoutArgs, VerbResult};
use giftdesk_core::context::Context;
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;
use giftdesk_core::secrets::{
    BitrefillCredentialInput, CredentialStatus, CryptorefillsCredentialInput, Sensitive,
};
use giftdesk_core::tr;

pub async fn login(context: &Context, args: LoginArgs) -> VerbResult<CredentialStatus> {
    let secrets = &context.secrets;
    match (args.provider, args.api_id) {
        (Provider::Bitrefill, None) => {
            let api_key = read_secret(&tr!("cli-prompt-bitrefill-api-key"), "api_key")?;
            secrets.set_bitrefill(BitrefillCredentialInput::ApiKey { api_key }).await
        }
        (Provider::Bitrefill, Some(api_id)) => {
            let api_secret = read_secret(&tr!("cli-prompt-bitrefill-api-secret"), "api_secret")?;
            secrets.set_bitrefill(BitrefillCredentialInput::Basic { api_id, api_secret }).await
        }
        (Provider::Cryptorefills, None) => {
            let partner_id = read_secret(&tr!("cli-prompt-cryptorefills-partner-id"), "partner_id")?;
            let input = CryptorefillsCredentialInput { partner_id, app_version: args.app_version };
            secrets.set_cryptorefills(input).await
        }
        (Provider::Cryptorefills, Some(_)) => {
            Err(Error::invalid("api_id", tr!("cli-login-api-id-not-for-cryptorefills")))
        }
    }
}

pub async fn logout(context: &Context, args: LogoutArgs) -> VerbResult<CredentialStatus> {
    context.secrets.clear(args.provider).await
}

/// From a terminal: a prompt with echo off (`prompt`, then a space). From a pipe: all of standard input,
/// trailing newline removed.
pub(super) fn read_secret(prompt: &str, field: &str) -> VerbResult<Sensitive<String>> {
    let value = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("{prompt} ")).map_err(|e| Error::io(tr!("cli-io-terminal"), e))?
    } else {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| Error::io(tr!("cli-io-stdin"), e))?;
        text
    };
    let value = Sensitive::new(value.trim_end_matches(['\r', '\n']).to_owned());
    if value.expose().trim().is_empty() {
        return Err(Error::invalid(field, tr!("cli-nothing-read", field = field)));
    }
    Ok(value)
}
