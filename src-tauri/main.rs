use std::process::ExitCode;

use clap::Parser;
use giftdesk::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.verb {
        None => giftdesk::shell::run(),
        Some(verb) => giftdesk::cli::run(verb, cli.json),
    }
}
