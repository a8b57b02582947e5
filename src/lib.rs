//! partnerctl: the command line of the Partner Workspace.
//!
//! Layers, each a crate: this front-end (`cli` parses and calls, `output`
//! renders, `import` reads files, `demo` generates a tenant) → the core
//! (`partnerctl-core`: rules, permissions, transactions, store traits) →
//! a store (`partnerctl-store-sqlite` for a file, `partnerctl-store-postgres`
//! for a `postgres://` URL: all SQL).

pub mod cli;
pub mod demo;
mod diagnostics;
pub mod error;
pub mod http;
pub mod import;
pub mod manifest;
pub mod output;
pub mod reference;

pub use partnerctl_core::{model, service, store, time};

use std::io::IsTerminal;
use std::time::Duration;

use crate::cli::{Cli, ColorArg, Env};
use crate::error::Result;
use crate::output::{Format, Layout, Output, Selection};
use crate::service::{Acting, Ctx};
use partnerctl_store_postgres::{is_postgres_url, PgStore};
use partnerctl_store_sqlite::{Missing, SqliteStore};

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let g = &cli.global;
    let out = output_for(&cli);
    // Neither needs a database.
    match &cli.command {
        cli::Command::Completions(args) => return args.run(),
        cli::Command::Man(args) => return args.run(),
        _ => {}
    }
    let missing = if cli.command.starts_database() { Missing::Create } else { Missing::Refuse };
    let path = match &g.db {
        Some(p) => p.clone(),
        None => {
            let p = cli::default_db_path()?;
            if let (Some(dir), Missing::Create) = (p.parent(), missing) {
                std::fs::create_dir_all(dir).map_err(|e| {
                    error::Error::database(format!("cannot create data directory {}: {e}", dir.display()))
                })?;
            }
            p
        }
    };
    diagnostics::enable(g.verbose > 0 || std::env::var_os("PARTNERCTL_LOG").is_some_and(|v| !v.is_empty()));
    let busy_timeout = Duration::from_millis(g.busy_timeout);
    if let cli::Command::Serve(args) = &cli.command {
        let options = args.options(g.tenant.clone())?;
        return http::serve(options, move || open_store(&path, busy_timeout, missing));
    }
    let store = open_store(&path, busy_timeout, missing)?;
    // Without --as the operator acts; the core never assumes it.
    let operator = Acting::Operator { name: operator_name() };
    let actor = g.acting_user.clone().map_or_else(|| operator.clone(), Acting::User);
    let ctx = Ctx { store: &*store, now: time::now_from_env()?, tenant: g.tenant.clone(), actor: Some(actor) };
    let yes = g.yes;
    let db = g.db.clone().filter(|p| cli::default_db_path().ok().as_ref() != Some(p));
    cli.command.run(&Env { ctx, operator, out, yes, busy_timeout, db })
}

/// The store of `--db` (or of `db copy --to`): a PostgreSQL server for a
/// `postgres://` URL, else a SQLite file.
pub fn open_store(db: &std::path::Path, busy_timeout: Duration, missing: Missing) -> Result<Box<dyn store::Store>> {
    Ok(match db.to_str().filter(|p| is_postgres_url(p)) {
        // The URL may hold a password: it is never logged.
        Some(url) => Box::new(PgStore::open(url, busy_timeout)?),
        None => {
            log::debug!("database {}", db.display());
            Box::new(SqliteStore::open(db, busy_timeout, missing)?)
        }
    })
}

/// The output settings, also used to print errors.
pub fn output_for(cli: &Cli) -> Output {
    let g = &cli.global;
    Output {
        selection: Selection::new(g.fields.clone()),
        headers: !g.no_headers,
        csv_raw: g.csv_raw,
        layout: Layout::of_stdout(g.wide),
        ..Output::new(Format::from(g.format), g.quiet, color_enabled(g.color))
    }
}

fn color_enabled(when: ColorArg) -> bool {
    match when {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal(),
    }
}

/// The OS account the process runs as (its effective user), which `USER`
/// cannot fake; the environment only where the system has no account name
/// (e.g. a uid without a passwd entry in a container).
fn operator_name() -> String {
    whoami::username()
        .ok()
        .filter(|name| !name.is_empty())
        .or_else(|| {
            ["USER", "LOGNAME", "USERNAME"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        })
        .unwrap_or_else(|| "unknown".into())
}
