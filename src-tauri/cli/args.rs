//! The command line: no verb opens the window; a verb does the same work headless.

use clap::{Args, Parser, Subcommand};

use giftdesk_core::i18n::Language;
use giftdesk_core::providers::Provider;

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
    /// Refresh the catalog from every configured provider into the local store
    Sync(SyncArgs),
    /// Search the local catalog as the Catalog screen does
    Search(SearchArgs),
    /// Who tops up a phone number: Bitrefill's operator for it (or its guesses), and Cryptorefills' top-up
    /// brands of the number's country, with their amounts
    Operator(OperatorArgs),
    /// eSIM plans for a destination from both providers: data, days, coverage, price and price per GB
    Esims(EsimsArgs),
    /// Check, create and (from balance) pay one purchase; prints the payment instructions
    Buy(Box<BuyArgs>),
    /// Pay a Bitrefill balance invoice created earlier (never twice)
    Pay(PurchaseArg),
    /// List every purchase, newest first, after looking up any whose answer was lost
    Purchases,
    /// Show one purchase with its audit trail
    Purchase(PurchaseArg),
    /// Link a Cryptorefills purchase whose answer was lost to the order id from Cryptorefills' email
    Lookup(LookupArgs),
    /// Follow purchases to their end, printing each change as it comes; exits when all are final
    Track(TrackArgs),
    /// List the codes in the vault (hidden unless --reveal)
    Codes(CodesArgs),
    /// The customers book: add one, list them, or show one's purchases, codes and totals
    Customers(CustomersArgs),
    /// Record what a code was sold for (and to whom): its price, currency and, if paid in another currency,
    /// the rate
    Sell(SellArgs),
    /// Sales, cost and margin of the codes sold, per day, week, month, brand, provider or customer
    Sales(SalesArgs),
    /// A voucher to hand over, as a PDF or PNG: logo, product, value, the code as text and as a QR code or
    /// barcode
    Voucher(VoucherArgs),
    /// Write every code with its purchase to one file encrypted with a passphrase (read from standard input
    /// or a hidden prompt): what a new computer needs to bring the vault back
    Backup(BackupArgs),
    /// Bring back the codes and purchases of a backup file, sealed under this computer's vault key
    Restore(RestoreArgs),
    /// Several desks on one book: create or join a team on the shop's PostgreSQL database, invite a desk, see
    /// the team's status, or leave it
    Team(super::TeamArgs),
    /// Serve both provider APIs locally, printing their base URLs as one JSON line, until killed
    Sandbox(SandboxArgs),
}

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Port for the Bitrefill API (0: any free port)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub bitrefill_port: u16,
    /// Port for the Cryptorefills API (0: any free port)
    #[arg(long, default_value_t = 0, value_name = "M")]
    pub cryptorefills_port: u16,
    /// Seed of the generated catalog: the same seed serves the same catalog
    #[arg(long, default_value_t = 42, value_name = "S")]
    pub seed: u64,
    /// Number of Bitrefill products (the test products come on top)
    #[arg(long, default_value_t = 2_000, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub products: u32,
    /// Delay added to every answer, in milliseconds
    #[arg(long, default_value_t = 0, value_name = "L")]
    pub latency_ms: u64,
    /// Multiplier for lifecycle times (payment windows, deliveries); 0.01 turns 30 minutes into 18 seconds
    #[arg(long, default_value_t = 1.0, value_name = "F")]
    pub time_scale: f64,
    /// Multiplier for Bitrefill's rate limits; 0 turns them off
    #[arg(long, default_value_t = 1.0, value_name = "F")]
    pub rate_limit_scale: f64,
    /// Pay crypto invoices and orders automatically this many seconds after creation (demo mode)
    #[arg(long, value_name = "SECONDS")]
    pub auto_pay_secs: Option<f64>,
    /// Answer as the providers' documents describe (docs) or as the live services do (live; default, or
    /// GIFTDESK_SANDBOX_DIALECT)
    #[arg(long, value_enum, value_name = "DIALECT")]
    pub dialect: Option<giftdesk_sandbox::Dialect>,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Which provider the credentials are for
    #[arg(value_parser = provider())]
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
    #[arg(value_parser = provider())]
    pub provider: Provider,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Only this provider (default: every configured one)
    #[arg(long, value_name = "P", value_parser = provider())]
    pub provider: Option<Provider>,
    /// Market countries, e.g. US,FR (default: Settings; for Cryptorefills else the OS locale's country, for a
    /// Bitrefill catalog too large for an hour's allowance else every country)
    #[arg(long, value_name = "CC,…", value_delimiter = ',')]
    pub markets: Vec<String>,
    /// Also list Bitrefill's test products (free, delivered in a second)
    #[arg(long)]
    pub include_test_products: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for; each matches the start of a word in the name, brand or category
    pub query: String,
    /// Only this country (ISO 3166 alpha-2, e.g. US)
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// Only this provider
    #[arg(long, value_name = "P", value_parser = provider())]
    pub provider: Option<Provider>,
    /// At most this many results
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=500))]
    pub limit: u32,
}

#[derive(Debug, Args)]
pub struct BuyArgs {
    /// Which provider sells it (with --phone and no --product: Bitrefill, which finds the operator; with
    /// --esim: the one whose catalog holds the plan's product; with --esim-topup: the eSIM's)
    #[arg(long, value_name = "P", value_parser = provider(), required_unless_present_any = ["phone", "esim", "esim_topup", "from_csv"])]
    pub provider: Option<Provider>,
    /// The product id, as `giftdesk search` or `giftdesk operator` prints it
    #[arg(long, value_name = "ID", required_unless_present_any = ["phone", "esim", "esim_topup", "from_csv"])]
    pub product: Option<String>,
    /// An eSIM plan, by the plan_id `giftdesk esims` prints (PRODUCT|PLAN)
    #[arg(long, value_name = "PLAN_ID", conflicts_with_all = ["product", "phone", "package", "value"])]
    pub esim: Option<String>,
    /// Top up the eSIM with this ICCID (as `giftdesk codes` shows it) with the plan --esim or --package names
    #[arg(long = "esim-topup", value_name = "ICCID", conflicts_with_all = ["product", "phone"])]
    pub esim_topup: Option<String>,
    /// A top-up: the mobile number (+E164) to top up; its operator is found for you unless --product names it
    #[arg(long, value_name = "+E164", conflicts_with = "recipient")]
    pub phone: Option<String>,
    /// A fixed denomination: its package id, or its value as listed (an eSIM's plan: "3GB, 30 Days")
    #[arg(long, value_name = "ID", conflicts_with = "value", required_unless_present_any = ["value", "esim", "from_csv"])]
    pub package: Option<String>,
    /// An open amount within the product's range, on its step
    #[arg(long, value_name = "V")]
    pub value: Option<String>,
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub quantity: u32,
    /// An email for gift cards and eSIMs, an E.164 phone number (+14155551234) for top-ups (an eSIM top-up:
    /// where the eSIM went, unless given)
    #[arg(long, value_name = "R", required_unless_present_any = ["phone", "esim_topup", "from_csv"])]
    pub recipient: Option<String>,
    /// balance (create, then pay), auto (Bitrefill pays on creation), a Bitrefill method (bitcoin,
    /// usdc_base…), or COIN:NETWORK for Cryptorefills (USDC:Solana); with --from-csv, once per provider
    #[arg(long, value_name = "HOW", required_unless_present = "from_csv")]
    pub pay: Vec<String>,
    /// Buy every row of a CSV file (columns: provider, product, package, value, quantity, recipient, customer,
    /// sale_price); prints the preview and buys nothing without --yes. The same file again resumes its import
    #[arg(long = "from-csv", value_name = "FILE", conflicts_with_all = ["provider", "product", "phone", "esim", "esim_topup", "package", "value", "recipient"])]
    pub from_csv: Option<std::path::PathBuf>,
    /// With --from-csv: buy the rows the preview accepts
    #[arg(long, requires = "from_csv")]
    pub yes: bool,
    /// With --from-csv: buy a file imported before once more, instead of resuming its import
    #[arg(long, requires = "from_csv")]
    pub again: bool,
    /// Bitrefill crypto payments: your address for refunds
    #[arg(long, value_name = "A")]
    pub refund_address: Option<String>,
    /// Your customer's name or reference
    #[arg(long, value_name = "REF")]
    pub customer: Option<String>,
    /// What you charge your customer (for margins)
    #[arg(long, value_name = "PRICE")]
    pub resale_price: Option<String>,
    /// Cryptorefills: the buyer's email (default: the recipient when it is an email)
    #[arg(long, value_name = "E")]
    pub email: Option<String>,
    /// Cryptorefills coupon
    #[arg(long, value_name = "CODE")]
    pub promo_code: Option<String>,
    /// Cryptorefills: the language of the customer's delivery email (en, es, fr, de, it, pt, zh, tr, vi, tl);
    /// default: yours
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
    pub customer_language: Option<Language>,
    /// Over 20 items (Bitrefill) or 10 deliveries (Cryptorefills): split into several purchases
    #[arg(long)]
    pub split: bool,
}

#[derive(Debug, Args)]
pub struct EsimsArgs {
    /// The destination country (ISO alpha-2: JP, DE, US)
    #[arg(long, value_name = "CC")]
    pub country: String,
}

#[derive(Debug, Args)]
pub struct OperatorArgs {
    /// The mobile number, in international format (+4915123456789)
    #[arg(value_name = "+E164", allow_hyphen_values = true)]
    pub phone: String,
}

#[derive(Debug, Args)]
pub struct PurchaseArg {
    /// The purchase id `buy` or `purchases` printed
    pub purchase: String,
}

#[derive(Debug, Args)]
pub struct LookupArgs {
    pub purchase: String,
    /// The Cryptorefills order id
    pub order_id: String,
}

#[derive(Debug, Args)]
pub struct TrackArgs {
    /// Every purchase that is not final (the default)
    #[arg(long, conflicts_with = "purchase")]
    pub all: bool,
    /// Only this purchase
    pub purchase: Option<String>,
}

#[derive(Debug, Args)]
pub struct CodesArgs {
    /// Show the codes themselves (they are printed on standard output)
    #[arg(long)]
    pub reveal: bool,
    /// Only codes whose brand, value, recipient or customer contain these words
    #[arg(long, value_name = "WORDS")]
    pub search: Option<String>,
    #[arg(long, value_name = "P", value_parser = provider())]
    pub provider: Option<Provider>,
    /// Write the matching codes, opened, to a new CSV file (readable by you only); never overwrites
    #[arg(long, value_name = "FILE")]
    pub csv: Option<std::path::PathBuf>,
}

/// A provider by its slug, with both listed in `--help` and in the error for any other word.
fn provider() -> impl clap::builder::TypedValueParser<Value = Provider> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(Provider::ALL.map(Provider::slug))
        .try_map(|slug| slug.parse::<Provider>())
}

#[derive(Debug, Args)]
pub struct CustomersArgs {
    #[command(subcommand)]
    pub action: Option<CustomersAction>,
}

#[derive(Debug, Subcommand)]
pub enum CustomersAction {
    /// Add a customer to the book
    Add {
        /// Their name: what purchases and codes name as their customer (`--customer` of `buy`)
        #[arg(long, value_name = "NAME")]
        name: String,
        #[arg(long, value_name = "E")]
        email: Option<String>,
        /// A mobile number in international form (+4915123456789)
        #[arg(long, value_name = "+E164", allow_hyphen_values = true)]
        phone: Option<String>,
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
    },
    /// List the book (the default), optionally only those matching every word
    List {
        #[arg(long, value_name = "WORDS")]
        search: Option<String>,
    },
    /// One customer's purchases, codes handed over and totals
    Show {
        /// The customer's id, as `giftdesk customers list` prints it
        #[arg(value_name = "ID")]
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct SellArgs {
    /// The code's id, as `giftdesk codes --json` prints it
    #[arg(value_name = "CODE_ID")]
    pub code: i64,
    /// What the customer paid, an exact decimal
    #[arg(long, value_name = "P")]
    pub price: String,
    /// Its currency (EUR, USD, USDC…)
    #[arg(long, value_name = "C")]
    pub currency: String,
    /// When the code was paid in another currency: how many of --currency one unit paid is worth
    #[arg(long, value_name = "R")]
    pub rate: Option<String>,
    /// Who bought it
    #[arg(long, value_name = "NAME")]
    pub customer: Option<String>,
}

#[derive(Debug, Args)]
pub struct SalesArgs {
    /// First day counted (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day counted (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// day, week, month, brand, provider or customer
    #[arg(long, default_value = "day", value_name = "BY")]
    pub by: String,
    /// Also write the period's sold items, one a line with sale, cost and margin, to this new CSV file
    #[arg(long, value_name = "FILE")]
    pub csv: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct VoucherArgs {
    /// The codes' ids, as `giftdesk codes --json` prints them
    #[arg(value_name = "CODE_ID", required = true)]
    pub codes: Vec<i64>,
    /// The new PDF file to write (never over an existing one)
    #[arg(long, value_name = "FILE", required_unless_present = "png", conflicts_with = "png")]
    pub pdf: Option<std::path::PathBuf>,
    /// Or a new PNG file: one code's voucher as a card, its text in any script the system's fonts cover
    #[arg(long, value_name = "FILE")]
    pub png: Option<std::path::PathBuf>,
    /// Vouchers on one A4 page: 1 or 4
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub per_page: u32,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The new backup file (never over an existing one); `.age` is the usual ending
    #[arg(long, value_name = "FILE")]
    pub to: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup file made by `giftdesk backup` or Backup… in the Codes screen
    #[arg(long, value_name = "FILE")]
    pub from: std::path::PathBuf,
}

/// A language code Giftdesk speaks, named in the error when it is not one.
fn parse_language(code: &str) -> Result<Language, String> {
    Language::from_tag(code).filter(|l| *l != Language::Pseudo).ok_or_else(|| {
        let codes: Vec<_> = giftdesk_core::i18n::LANGUAGES.iter().map(|(l, _)| l.code()).collect();
        format!("{code} is not one of {}", codes.join(", "))
    })
}
