//! Giftdesk: with no verb it opens the window; a verb (`giftdesk sync`, `giftdesk buy`, …) does the same work
//! headless.

mod cli;
mod demo;
mod shell;

use std::process::ExitCode;

use clap::Parser;
use cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.verb {
        None => {
            // Still one thread here: the web view's process settings go first.
            shell::paint_on_the_cpu();
            shell::run()
        }
        Some(verb) => cli::run(verb, cli.json),
    }
}
