//! `giftdesk team create|join|invite|status|leave`: several desks on the shop's PostgreSQL book. The
//! database password is taken out of the URL into the keyring; the join code is read from standard input
//! (or a hidden prompt), never from an argument the process list would show.

use clap::{Args, Subcommand};

use super::credentials::read_secret;
use super::output::Output;
use giftdesk_core::context::Context;
use giftdesk_core::error::Result;
use giftdesk_core::team::{self, Created, TeamStatus};
use giftdesk_core::tr;

#[derive(Debug, Args)]
pub struct TeamArgs {
    #[command(subcommand)]
    pub action: TeamAction,
}

#[derive(Debug, Subcommand)]
pub enum TeamAction {
    /// Start a team on an empty PostgreSQL database: purchases from now on go to the team's book (this desk's
    /// own book stays in its local file, back after `team leave`), and a join code for the next desk is printed
    Create(DatabaseArgs),
    /// Join the team on a PostgreSQL database with a join code (read from standard input or a hidden prompt)
    /// shown on one of its desks
    Join(DatabaseArgs),
    /// A new one-time join code for another desk (valid for an hour)
    Invite,
    /// The team, its desks, and whether its database can be reached
    Status,
    /// Take this desk out of the team: its team key leaves the keyring and it returns to its own book
    Leave,
}

#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// The server, as `postgres://user:password@host:5432/database` (add `?sslmode=require` for a server
    /// beyond this network); the password goes to the keyring. The role must own the database
    #[arg(long, value_name = "URL")]
    pub database: String,
    /// This desk's name, as the others see it (default: the computer's name)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

pub async fn run(context: &Context, args: TeamArgs, output: Output) -> Result<std::process::ExitCode> {
    let (config, keyring) = (&context.paths.config, context.secrets.keyring());
    Ok(match args.action {
        TeamAction::Create(args) => {
            let name = desk_name(args.name);
            let created = team::create(config, keyring, &args.database, &name).await?;
            output.success(&created, render_created)
        }
        TeamAction::Join(args) => {
            let code = read_secret(&tr!("cli-prompt-join-code"), "join_code")?;
            let name = desk_name(args.name);
            let status = team::join(config, keyring, &args.database, code.expose(), &name).await?;
            output.success(&status, render_status)
        }
        TeamAction::Invite => {
            let code = team::invite(&context.store, keyring).await?;
            output.success(&serde_json::json!({ "join_code": code }), |_| {
                tr!("cli-team-invite", code = code.as_str(), minutes = team::JOIN_CODE_MINUTES)
            })
        }
        TeamAction::Status => output.success(&team::status(config, keyring).await?, render_status),
        TeamAction::Leave => {
            team::leave(config, keyring).await?;
            output.success(&team::status(config, keyring).await?, |_| tr!("cli-team-left"))
        }
    })
}

fn desk_name(given: Option<String>) -> String {
    given
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok().or_else(|| std::env::var("COMPUTERNAME").ok()))
        .unwrap_or_else(|| "Desk".to_owned())
}

fn render_created(created: &Created) -> String {
    format!(
        "{}\n{}",
        render_status(&created.status),
        tr!("cli-team-invite", code = created.join_code.as_str(), minutes = team::JOIN_CODE_MINUTES)
    )
}

fn render_status(status: &TeamStatus) -> String {
    let Some(team) = &status.team else { return tr!("cli-team-alone") };
    let mut lines = vec![tr!(
        "cli-team-status",
        team = team.team_id.as_str(),
        desk = team.desk_name.as_str(),
        database = team.database.as_str()
    )];
    match &status.problem {
        Some(problem) => lines.push(problem.clone()),
        None => lines.extend(status.members.iter().map(|member| {
            let marker = if member.this_desk { "*" } else { " " };
            tr!(
                "cli-team-member",
                marker = marker,
                name = member.name.as_str(),
                seen = member.seen_at.as_str()
            )
        })),
    }
    lines.join("\n")
}
