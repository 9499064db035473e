//! `giftdesk login` and `giftdesk logout`.

use std::io::{IsTerminal, Read};

use super::{LoginArgs, LogoutArgs, VerbResult};
use giftdesk_core::context::Context;
use giftdesk_core::error::Error;
use giftdesk_core::providers::Provider;
use giftdesk_core::secrets::{
    BitrefillCredentialInput, CredentialStatus, CryptorefillsCredentialInput, Sensitive,
};

pub async fn login(context: &Context, args: LoginArgs) -> VerbResult<CredentialStatus> {
    let secrets = &context.secrets;
    match (args.provider, args.api_id) {
        (Provider::Bitrefill, None) => {
            let api_key = read_secret("Bitrefill API key: ", "api_key")?;
            secrets.set_bitrefill(BitrefillCredentialInput::ApiKey { api_key }).await
        }
        (Provider::Bitrefill, Some(api_id)) => {
            let api_secret = read_secret("Bitrefill API secret: ", "api_secret")?;
            secrets.set_bitrefill(BitrefillCredentialInput::Basic { api_id, api_secret }).await
        }
        (Provider::Cryptorefills, None) => {
            let partner_id = read_secret("Cryptorefills partner ID: ", "partner_id")?;
            let input = CryptorefillsCredentialInput { partner_id, app_version: args.app_version };
            secrets.set_cryptorefills(input).await
        }
        (Provider::Cryptorefills, Some(_)) => Err(Error::invalid(
            "api_id",
            "--api-id is for Bitrefill business accounts; Cryptorefills needs only a partner ID",
        )),
    }
}

pub async fn logout(context: &Context, args: LogoutArgs) -> VerbResult<CredentialStatus> {
    context.secrets.clear(args.provider).await
}

/// From a terminal: a prompt with echo off. From a pipe: all of standard input, trailing newline removed.
pub(super) fn read_secret(prompt: &str, field: &str) -> VerbResult<Sensitive<String>> {
    let value = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(prompt).map_err(|e| Error::io("could not read from the terminal", e))?
    } else {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::io("could not read standard input", e))?;
        text
    };
    let value = Sensitive::new(value.trim_end_matches(['\r', '\n']).to_owned());
    if value.expose().trim().is_empty() {
        return Err(Error::invalid(
            field,
            format!("nothing was read for {field}: pipe it in or type it at the prompt"),
        ));
    }
    Ok(value)
}
