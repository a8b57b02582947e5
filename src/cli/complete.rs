//! Names that complete from the database (clap_complete's dynamic
//! completion, `COMPLETE=SHELL partnerctl -- WORDS…`): partners, events,
//! users, plans and tenants. The database is found as the command would
//! find it (`--db` on the line, else PARTNERCTL_DB, else the default path;
//! `--tenant` on the line, else PARTNERCTL_TENANT, else the only tenant),
//! opened read-only and as it is; any error offers no names.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::time::Duration;

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::error::Result;
use crate::service::names::{self, Names};
use crate::service::{Acting, Ctx};
use crate::store::Store;
use partnerctl_store_postgres::{is_postgres_url, PgStore};
use partnerctl_store_sqlite::SqliteStore;

/// Completion runs on a key press: a locked database is not waited for long.
const BUSY_TIMEOUT: Duration = Duration::from_millis(200);

pub fn partners() -> ArgValueCompleter {
    of_tenant(Names::Partners)
}

pub fn events() -> ArgValueCompleter {
    of_tenant(Names::Events)
}

pub fn users() -> ArgValueCompleter {
    of_tenant(Names::Users)
}

pub fn plans() -> ArgValueCompleter {
    of_tenant(Names::Plans)
}

pub fn tenants() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| offer(|ctx| names::tenants(ctx, &current.to_string_lossy())))
}

fn of_tenant(kind: Names) -> ArgValueCompleter {
    ArgValueCompleter::new(move |current: &OsStr| offer(|ctx| names::of_tenant(ctx, kind, &current.to_string_lossy())))
}

/// An inviter principal: `partner:SLUG` or `user:EMAIL` (the kind first,
/// then the names of that kind).
pub fn principals() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let current = current.to_string_lossy();
        offer(|ctx| {
            let kinds = [("partner:", Names::Partners), ("user:", Names::Users)];
            let Some((kind, names)) = kinds.iter().find(|(kind, _)| current.starts_with(kind)) else {
                return Ok(kinds
                    .iter()
                    .map(|(kind, _)| kind.to_string())
                    .filter(|k| k.starts_with(&*current))
                    .collect());
            };
            let found = names::of_tenant(ctx, *names, &current[kind.len()..])?;
            Ok(found.into_iter().map(|name| format!("{kind}{name}")).collect())
        })
    })
}

/// The names `list` reads, or none when anything fails: completion never
/// prints an error into the user's command line.
fn offer(list: impl Fn(&Ctx) -> Result<Vec<String>>) -> Vec<CompletionCandidate> {
    let (db, tenant) = from_line(std::env::args_os());
    let read = || -> Result<Vec<String>> {
        let store = open(db)?;
        let operator = Acting::Operator { name: String::new() };
        let ctx = Ctx { store: &*store, now: crate::time::now_from_env()?, tenant, actor: Some(operator) };
        list(&ctx)
    };
    read().unwrap_or_default().into_iter().map(CompletionCandidate::new).collect()
}

/// The database `--db` (or PARTNERCTL_DB, or the default path) names,
/// read-only: a missing file stays missing, a schema stays as it is.
fn open(db: Option<PathBuf>) -> Result<Box<dyn Store>> {
    let db = match db.or_else(|| std::env::var_os("PARTNERCTL_DB").filter(|v| !v.is_empty()).map(PathBuf::from)) {
        Some(db) => db,
        None => super::default_db_path()?,
    };
    Ok(match db.to_str().filter(|p| is_postgres_url(p)) {
        Some(url) => Box::new(PgStore::open_as_is(url, BUSY_TIMEOUT)?),
        None => Box::new(SqliteStore::open_read_only(&db, BUSY_TIMEOUT)?),
    })
}

/// `--db` and `--tenant` of the line being completed: the words after the
/// `--` of `partnerctl -- partnerctl WORDS…` (the last one given wins, as
/// clap would have it); the tenant falls back to PARTNERCTL_TENANT.
fn from_line(args: impl IntoIterator<Item = OsString>) -> (Option<PathBuf>, Option<String>) {
    let words: Vec<String> = args.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let line = words.iter().position(|w| w == "--").map_or(&words[..0], |i| &words[i + 1..]);
    let (mut db, mut tenant) = (None, None);
    for (i, word) in line.iter().enumerate() {
        let next = || line.get(i + 1).cloned();
        match word.split_once('=') {
            Some(("--db", value)) => db = Some(value.to_string()),
            Some(("--tenant", value)) => tenant = Some(value.to_string()),
            _ if word == "--db" => db = next().or(db),
            _ if word == "--tenant" => tenant = next().or(tenant),
            _ => {}
        }
    }
    let tenant = tenant.or_else(|| std::env::var("PARTNERCTL_TENANT").ok()).filter(|t| !t.is_empty());
    (db.filter(|d| !d.is_empty()).map(|d| home_expanded(&d)), tenant)
}

/// `~/…` as the shell would expand it when running the command (the
/// completion script gets the word as typed).
fn home_expanded(word: &str) -> PathBuf {
    match (word.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(words: &[&str]) -> (Option<PathBuf>, Option<String>) {
        from_line(words.iter().map(OsString::from))
    }

    #[test]
    fn the_database_and_tenant_come_from_the_line_being_completed() {
        let (db, tenant) = line(&["partnerctl", "--", "partnerctl", "--db", "/tmp/a.db", "--tenant=demo", "x"]);
        assert_eq!(db, Some(PathBuf::from("/tmp/a.db")));
        assert_eq!(tenant.as_deref(), Some("demo"));
        let (db, _) = line(&["partnerctl", "--", "partnerctl", "--db=/tmp/b.db", "--db", "/tmp/c.db", ""]);
        assert_eq!(db, Some(PathBuf::from("/tmp/c.db")), "the last --db wins");
        let (db, _) = line(&["partnerctl", "--db", "/tmp/not-the-line.db", "--", "partnerctl", "partner", ""]);
        assert_eq!(db, None, "only the words after -- are the line");
        let (db, _) = line(&["partnerctl", "--", "partnerctl", "--db", "~/x.db", ""]);
        assert!(db.is_some_and(|d| !d.starts_with("~") && d.ends_with("x.db")), "~/ is the home directory");
    }
}
