use std::process::ExitCode;

use clap::Parser;
use giftdesk::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.verb {
        None => {
            // Still one thread here: the window's process settings go first.
            giftdesk::shell::draw_without_gpu_compositing();
            giftdesk::shell::run()
        }
        Some(verb) => giftdesk::cli::run(verb, cli.json),
    }
}
