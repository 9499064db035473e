//! Giftdesk: with no verb it opens the window; a verb (`giftdesk sync`, `giftdesk buy`, …) does the same work
//! headless.

// A release build on Windows is a GUI program: no console window opens beside the app. A verb then writes to
// the console it was started from by attaching to it (see `cli::attach_to_parent_console`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

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
        Some(verb) => {
            cli::attach_to_parent_console();
            cli::run(verb, cli.json)
        }
    }
}
