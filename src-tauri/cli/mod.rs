//! Headless verbs: the same core as the window, for scripts, cron and tests. Never starts GTK.

mod args;
mod backup;
mod bulk;
mod catalog;
mod credentials;
mod desk;
mod follow;
mod output;
mod purchases;
mod sandbox;
mod team;

use std::process::ExitCode;

pub use self::args::{
    BackupArgs, BuyArgs, Cli, CodesArgs, CustomersAction, CustomersArgs, LoginArgs, LogoutArgs, RestoreArgs,
    SalesArgs, SandboxArgs, SearchArgs, SellArgs, SyncArgs, TrackArgs, Verb, VoucherArgs,
};
use self::output::Output;
pub use self::team::TeamArgs;
use giftdesk_core::context::{Context, Overview};
use giftdesk_core::error::Result;
use giftdesk_core::logs::{self, Face};
use giftdesk_core::paths::Paths;
use giftdesk_core::secrets::CredentialStatus;
use giftdesk_core::tr;

/// On Windows a GUI-subsystem program starts without a console: a verb attaches to the one of the terminal it
/// was started from, so its output and `--json` reach the user and scripts. Elsewhere there is nothing to do.
#[cfg(all(windows, not(debug_assertions)))]
#[expect(
    unsafe_code,
    reason = "one Win32 call with no pointer arguments; it fails harmlessly without a parent console"
)]
pub fn attach_to_parent_console() {
    use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
    // SAFETY: AttachConsole takes a process id and touches no memory of ours.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(all(windows, not(debug_assertions))))]
pub fn attach_to_parent_console() {}

pub fn run(verb: Verb, json: bool) -> ExitCode {
    let output = Output { json };
    // The OS locale's words until the settings are found (then the reseller's choice, below).
    giftdesk_core::i18n::set_current(giftdesk_core::i18n::Language::system());
    let paths = match Paths::from_process().and_then(|paths| paths.create_all().map(|()| paths)) {
        Ok(paths) => paths,
        Err(error) => return output.failure(error),
    };
    // The reseller's language before anything else can speak (the context adopts it again when it opens).
    giftdesk_core::settings::adopt_language(&paths.config);
    let _guard = match logs::init(&paths.logs, Face::Verb) {
        Ok(guard) => guard,
        Err(error) => return output.failure(error),
    };
    logs::log_panics(&paths.logs);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => return output.failure(giftdesk_core::error::Error::io(tr!("cli-io-runtime"), error)),
    };
    // The sandbox stands alone: it needs neither the store nor the keyring.
    if let Verb::Sandbox(args) = verb {
        return runtime.block_on(sandbox::serve(args, output));
    }
    runtime.block_on(async move {
        let opened = match giftdesk_core::context::secrets_from_process() {
            Ok(secrets) => Context::open(paths, secrets, giftdesk_core::context::Environment::Live).await,
            Err(error) => Err(error),
        };
        let context = match opened {
            Ok(context) => context,
            Err(error) => return output.failure(error),
        };
        let code = dispatch(&context, verb, output).await;
        context.store.close().await;
        code
    })
}

async fn dispatch(context: &Context, verb: Verb, output: Output) -> ExitCode {
    let result = match verb {
        Verb::Config => context.overview().await.map(|overview| output.success(&overview, render_overview)),
        Verb::Login(args) => {
            credentials::login(context, args).await.map(|s| output.success(&s, render_status))
        }
        Verb::Logout(args) => {
            credentials::logout(context, args).await.map(|s| output.success(&s, render_status))
        }
        Verb::Sync(args) => {
            catalog::sync(context, args).await.map(|r| output.success(&r, catalog::render_sync))
        }
        Verb::Search(args) => {
            catalog::search(context, args).await.map(|r| output.success(&r, |r| catalog::render_search(r)))
        }
        Verb::Operator(args) => context
            .catalog
            .operator_for(&args.phone)
            .await
            .map(|found| output.success(&found, catalog::render_operators)),
        Verb::Esims(args) => context
            .catalog
            .esim_plans(&args.country)
            .await
            .map(|plans| output.success(&plans, |plans| catalog::render_esims(plans))),
        Verb::Buy(args) if args.from_csv.is_some() => bulk::buy_from_csv(context, *args, output).await,
        Verb::Buy(args) => {
            purchases::buy(context, *args).await.map(|b| output.success(&b, purchases::render_bought))
        }
        Verb::Pay(args) => {
            context.checkout.pay(&args.purchase).await.map(|r| output.success(&r, purchases::render_receipt))
        }
        Verb::Purchases => {
            purchases::list(context).await.map(|l| output.success(&l, |l| purchases::render_list(l)))
        }
        Verb::Purchase(args) => purchases::show(context, &args.purchase)
            .await
            .map(|d| output.success(&d, purchases::render_detailed)),
        Verb::Lookup(args) => context
            .checkout
            .lookup_order(&args.purchase, &args.order_id)
            .await
            .map(|p| output.success(&p, purchases::render_purchase)),
        Verb::Track(args) => follow::track(context, args, output.json)
            .await
            .map(|t| output.success(&t, |t| follow::render_tracked(t))),
        Verb::Codes(args) => {
            follow::codes(context, args).await.map(|c| output.success(&c, |c| follow::render_codes(c)))
        }
        Verb::Customers(args) => desk::customers(context, args, output).await,
        Verb::Sell(args) => desk::sell(context, args).await.map(|s| output.success(&s, desk::render_sold)),
        Verb::Sales(args) => desk::sales(context, args).await.map(|r| output.success(&r, desk::render_sales)),
        Verb::Voucher(args) => {
            desk::voucher(context, args).await.map(|made| output.success(&made, desk::render_vouchers))
        }
        Verb::Backup(args) => {
            backup::back_up(context, args).await.map(|s| output.success(&s, backup::render_backup))
        }
        Verb::Restore(args) => {
            backup::restore(context, args).await.map(|s| output.success(&s, backup::render_restore))
        }
        Verb::Team(args) => team::run(context, args, output).await,
        Verb::Sandbox(_) => {
            Err(giftdesk_core::error::Error::Internal("the sandbox verb runs without a context".into()))
        }
    };
    result.unwrap_or_else(|error| output.failure(error))
}

fn render_overview(overview: &Overview) -> String {
    let mut lines = vec![tr!(
        "cli-overview",
        version = overview.version.as_str(),
        data = overview.paths.data.display().to_string(),
        database = overview.database.as_str(),
        schema = overview.schema_version.to_string(),
        logs = overview.paths.logs.display().to_string(),
        config = overview.paths.config.display().to_string(),
        keyring = overview.keyring_service.as_str()
    )];
    lines.extend(overview.providers.iter().map(render_status));
    lines.join("\n")
}

fn render_status(status: &CredentialStatus) -> String {
    let provider = format!("{:<13}", status.provider.display_name());
    let hint = status.hint.as_deref().unwrap_or("…");
    match (status.configured, status.source) {
        (false, _) => tr!("cli-credential-not-configured", provider = provider),
        (true, Some(giftdesk_core::secrets::CredentialSource::Environment)) => {
            tr!("cli-credential-from-environment", provider = provider, hint = hint)
        }
        (true, _) => tr!("cli-credential-in-keyring", provider = provider, hint = hint),
    }
}

pub(crate) type VerbResult<T> = Result<T>;
