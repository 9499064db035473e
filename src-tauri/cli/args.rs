//! The command line: no verb opens the window; a verb does the same work headless.

use clap::{Args, Parser, Subcommand};

use crate::providers::Provider;

#[derive(Debug, Parser)]
#[command(
    name = "giftdesk",
    version,
    about = "Buy gift cards, mobile top-ups and eSIMs from Bitrefill and Cryptorefills, and keep the codes safe.",
    long_about = None,
    after_help = "Run `giftdesk` with no verb to open the window. Every verb works without a display."
)]
pub struct Cli {
    /// Print one JSON document on standard output instead of text
    #[arg(long, global = true)]
    pub json: bool,

    #[command(subcommand)]
    pub verb: Option<Verb>,
}

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Show where Giftdesk keeps its data, logs and settings, and which providers are configured
    Config,
    /// Store a provider's credentials in the OS keyring, read from standard input or a hidden prompt
    Login(LoginArgs),
    /// Remove a provider's credentials from the OS keyring
    Logout(LogoutArgs),
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Which provider the credentials are for
    pub provider: Provider,

    /// Bitrefill business accounts: the API ID (the API secret is then read instead of a personal key)
    #[arg(long, value_name = "ID")]
    pub api_id: Option<String>,

    /// Cryptorefills: the version sent as X-Cr-Version (default: Giftdesk's own)
    #[arg(long, value_name = "VERSION")]
    pub app_version: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    pub provider: Provider,
}
