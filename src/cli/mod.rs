//! The command line: global options (SPEC §2.1), the command tree (§2.2),
//! and one `run` per group that parses, calls the service and renders.

mod access;
mod apply;
mod audit;
mod complete;
mod completions;
mod confirm;
mod db;
mod demo;
mod event;
mod import;
mod invite;
mod man;
mod member;
mod metrics;
mod partner;
mod plan;
mod serve;
mod tenant;
mod token;
mod user;
mod whoami;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::error::{Error, Result};
use crate::output::{Format, Output};
use crate::service::{Acting, Ctx};

pub use completions::{generate as generate_completions, SHELLS};

/// Admin CLI for the Partner Workspace: memberships, events, invites,
/// invite metrics and plan limits.
#[derive(Debug, Parser)]
#[command(name = "partnerctl", version, long_version = long_version(), about, propagate_version = true, max_term_width = 100)]
#[command(after_help = "Examples:\n  \
    partnerctl --db demo.db demo\n  \
    partnerctl --db demo.db partner list --as maya@demo.example\n  \
    partnerctl --db demo.db metrics event summer-jam\n\
    Every command's --help has examples; `partnerctl man` writes the man pages.")]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Under their own heading, after each command's own arguments and options.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// SQLite database file (a plain path; created, mode 0600, only by `tenant create`,
    /// `demo` and `db migrate`) or a postgres:// URL
    /// [default: $XDG_DATA_HOME/partnerctl/partnerctl.db]
    #[arg(long, global = true, env = "PARTNERCTL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Tenant slug or id; optional when the database holds exactly one tenant
    #[arg(long, global = true, env = "PARTNERCTL_TENANT", value_name = "SLUG", add = complete::tenants())]
    pub tenant: Option<String>,
    /// Act as this user (email or id); without it you act as the operator
    #[arg(long = "as", global = true, env = "PARTNERCTL_AS", value_name = "USER", add = complete::users())]
    pub acting_user: Option<String>,
    /// Output format
    #[arg(long, global = true, env = "PARTNERCTL_FORMAT", value_name = "FMT", value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,
    /// Print only the ids of created/affected records, one per line
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print only these fields, in this order (every format)
    #[arg(long, global = true, value_name = "F1,F2", value_delimiter = ',',
          value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub fields: Vec<String>,
    /// Tables: every column, ids and all timestamps included (cells are still cut to fit a terminal)
    #[arg(long, global = true)]
    pub wide: bool,
    /// No header row in table and csv output
    #[arg(long, global = true)]
    pub no_headers: bool,
    /// Write CSV cells untouched (no leading ' before =, +, @, tab, CR)
    #[arg(long, global = true)]
    pub csv_raw: bool,
    /// Skip confirmations (required for destructive commands without a TTY)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Wait for a locked database up to MS milliseconds
    #[arg(long, global = true, value_name = "MS", default_value_t = 5000)]
    pub busy_timeout: u64,
    /// More diagnostics on stderr
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Color on stderr
    #[arg(long, global = true, value_name = "WHEN", value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Jsonl,
    Csv,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Tenants (one per city app) and their settings
    #[command(subcommand)]
    Tenant(tenant::TenantCmd),
    /// Users of the tenant
    #[command(subcommand)]
    User(user::UserCmd),
    /// Partners: venues, artists, organizers…; `partner list` is the workspace home
    #[command(subcommand)]
    Partner(partner::PartnerCmd),
    /// Partner memberships: invitations, roles, permission flags
    #[command(subcommand)]
    Member(member::MemberCmd),
    /// Events and their managing partners
    #[command(subcommand)]
    Event(event::EventCmd),
    /// Event invites: send, respond, list, import
    #[command(subcommand)]
    Invite(invite::InviteCmd),
    /// Event invite metrics for managing partners
    #[command(subcommand)]
    Metrics(metrics::MetricsCmd),
    /// Plans and limits
    #[command(subcommand)]
    Plan(plan::PlanCmd),
    /// Explain permission decisions, and who holds a permission
    #[command(subcommand)]
    Access(access::AccessCmd),
    /// Who you act as: the actor, its tenant and its active memberships with their flags
    #[command(after_help = "Examples:\n  partnerctl whoami\n  partnerctl whoami --as maya@demo.example")]
    Whoami,
    /// The audit log of every mutation
    #[command(subcommand)]
    Audit(audit::AuditCmd),
    /// Database file: status, migrations, checks, backups
    #[command(subcommand)]
    Db(db::DbCmd),
    /// API tokens for the HTTP API (`serve`)
    #[command(subcommand)]
    Token(token::TokenCmd),
    /// Serve the HTTP API of the Partner Workspace (bearer tokens from `token create`)
    Serve(serve::ServeArgs),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// Write the man pages, one per command (partnerctl.1, partnerctl-member-invite.1, …)
    Man(man::ManArgs),
    /// Fill an empty database with a realistic demo tenant and show it
    Demo(demo::DemoArgs),
    /// Make the tenant look like a setup manifest (YAML or JSON), in one transaction
    Apply(apply::ApplyArgs),
}

// `--limit N` of every list command (SPEC §2.2). Not a doc comment: clap
// would make it the `about` of the commands that flatten it, since their
// own is set before their deferred arguments are added.
#[derive(Debug, Clone, Copy, Args)]
pub struct Limit {
    /// At most N rows: the first N in the list's order
    #[arg(long = "limit", value_name = "N")]
    pub n: Option<u64>,
}

impl Limit {
    /// The first N of a short list that the store returns whole (tenants,
    /// plans, a partner's members, the workspace home).
    pub fn first<T>(self, mut rows: Vec<T>) -> Vec<T> {
        if let Some(n) = self.n {
            rows.truncate(usize::try_from(n).unwrap_or(usize::MAX));
        }
        rows
    }
}

/// Everything a command group needs: the service context and the printer.
pub struct Env<'a> {
    pub ctx: Ctx<'a>,
    /// The operator, for commands that act as it whatever `--as` says (`demo`).
    pub operator: Acting,
    pub out: Output,
    pub yes: bool,
    /// `--busy-timeout`, for a second database (`db copy --to`).
    pub busy_timeout: std::time::Duration,
    /// `--db` when it is not the default database, for the commands the
    /// demo suggests.
    pub db: Option<PathBuf>,
}

impl Command {
    /// Whether the command starts a database, and so may create a missing
    /// SQLite file (SPEC §2.1); every other command needs an existing one.
    /// `db copy` creates its target itself, never the source.
    pub fn starts_database(&self) -> bool {
        matches!(
            self,
            Command::Tenant(tenant::TenantCmd::Create { .. }) | Command::Demo(_) | Command::Db(db::DbCmd::Migrate)
        )
    }

    pub fn run(self, env: &Env) -> Result<()> {
        match self {
            Command::Tenant(c) => c.run(env),
            Command::User(c) => c.run(env),
            Command::Partner(c) => c.run(env),
            Command::Member(c) => c.run(env),
            Command::Event(c) => c.run(env),
            Command::Invite(c) => c.run(env),
            Command::Metrics(c) => c.run(env),
            Command::Plan(c) => c.run(env),
            Command::Access(c) => c.run(env),
            Command::Whoami => whoami::run(env),
            Command::Audit(c) => c.run(env),
            Command::Db(c) => c.run(env),
            Command::Token(c) => c.run(env),
            // It needs the database's address, not one open store.
            Command::Serve(_) => Err(Error::internal("serve is started by partnerctl::run, before any store opens")),
            Command::Completions(c) => c.run(),
            Command::Man(c) => c.run(),
            Command::Demo(c) => c.run(env),
            Command::Apply(c) => c.run(env),
        }
    }
}

/// `--version`: the release, the commit it was built from, the schema
/// versions it reads and writes, and the bundled SQLite.
fn long_version() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        format!(
            "{}\ncommit: {}\nschema: sqlite {}, postgresql {}\nsqlite: {} (bundled)",
            env!("CARGO_PKG_VERSION"),
            env!("PARTNERCTL_GIT_COMMIT"),
            partnerctl_store_sqlite::LATEST_VERSION,
            partnerctl_store_postgres::LATEST_VERSION,
            partnerctl_store_sqlite::sqlite_version(),
        )
    })
}

/// clap value parser for the closed name sets of `model` (roles, flags…),
/// listing the choices in help and completions.
pub fn named<T: crate::model::Named + Send + Sync + Clone>() -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(T::names()).map(|s| T::parse(&s).expect("value was checked by clap"))
}

/// Where the database lives without `--db`: `$XDG_DATA_HOME/partnerctl/`.
pub fn default_db_path() -> Result<PathBuf> {
    let base = match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => {
            let home = std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .ok_or_else(|| Error::usage("cannot find the data directory: set --db, XDG_DATA_HOME or HOME"))?;
            PathBuf::from(home).join(".local/share")
        }
    };
    Ok(base.join("partnerctl").join("partnerctl.db"))
}
