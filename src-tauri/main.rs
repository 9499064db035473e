use std::process::ExitCode;

use clap::Parser;
use giftdesk::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.verb {
        None => {
            // Still one thread here: the web view's process settings go first.
            giftdesk::shell::paint_on_the_cpu();
            giftdesk::shell::run()
        }
        Some(verb) => giftdesk::cli::run(verb, cli.json),
    }
}
