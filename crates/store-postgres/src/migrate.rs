//! Embedded, numbered migrations applied in one transaction, tracked in the
//! one-row table `partnerctl_schema`. Processes starting at once on an empty
//! database migrate it once: each creates the table if missing and locks it
//! (ACCESS EXCLUSIVE) before reading the version, so the others wait for the
//! first one's commit and then find the schema current.

use postgres::error::SqlState;
use postgres::Client;

use crate::error::{Error, PgError, Result};

const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../../migrations/postgres/0001_init.sql")),
    ("0002_tokens", include_str!("../../../migrations/postgres/0002_tokens.sql")),
    ("0003_counters", include_str!("../../../migrations/postgres/0003_counters.sql")),
    ("0004_counts_deferred", include_str!("../../../migrations/postgres/0004_counts_deferred.sql")),
    ("0005_counter_names", include_str!("../../../migrations/postgres/0005_counter_names.sql")),
    ("0006_lean_invite_indexes", include_str!("../../../migrations/postgres/0006_lean_invite_indexes.sql")),
    ("0007_host_counts", include_str!("../../../migrations/postgres/0007_host_counts.sql")),
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// How often a migration that lost the race to create the version table starts over.
const CREATE_RACES: usize = 5;

/// The schema version, `None` before the first migration. Every process
/// asks once, unnamed: one round trip, where a prepared statement takes two.
pub fn current_version(client: &mut Client) -> Result<Option<i64>> {
    match client.query_typed_opt("SELECT version FROM partnerctl_schema", &[]) {
        Ok(row) => Ok(row.map(|r| r.try_get(0)).transpose()?),
        Err(e) if e.code() == Some(&SqlState::UNDEFINED_TABLE) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Brings the schema up to `LATEST_VERSION`; refuses a newer schema (exit 8).
pub fn migrate(client: &mut Client) -> Result<()> {
    match current_version(client)? {
        Some(v) if v > LATEST_VERSION => return Err(newer_schema(v).into()),
        Some(LATEST_VERSION) => return Ok(()),
        _ => {}
    }
    let mut attempt = 0;
    loop {
        attempt += 1;
        client.batch_execute("BEGIN")?;
        match apply(client) {
            Ok(()) => return Ok(client.batch_execute("COMMIT")?),
            Err(e) => {
                let _ = client.batch_execute("ROLLBACK");
                // Two CREATE TABLE IF NOT EXISTS at once: the later one fails
                // on the catalog's unique index once the first commits.
                let raced = matches!(&e, PgError::Pg(pg) if pg.code() == Some(&SqlState::UNIQUE_VIOLATION)
                    || pg.code() == Some(&SqlState::DUPLICATE_TABLE));
                if !raced || attempt == CREATE_RACES {
                    return Err(e);
                }
            }
        }
    }
}

fn apply(client: &mut Client) -> Result<()> {
    client.batch_execute(
        "CREATE TABLE IF NOT EXISTS partnerctl_schema (
             one      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
             version  BIGINT NOT NULL
         );
         LOCK TABLE partnerctl_schema IN ACCESS EXCLUSIVE MODE",
    )?;
    // Another process may have migrated while we waited for the lock.
    let version = current_version(client)?.unwrap_or(0);
    if version > LATEST_VERSION {
        return Err(newer_schema(version).into());
    }
    for (name, sql) in &MIGRATIONS[version as usize..] {
        log::debug!("applying migration {name}");
        client.batch_execute(sql)?;
    }
    client.execute(
        "INSERT INTO partnerctl_schema (one, version) VALUES (TRUE, $1)
         ON CONFLICT (one) DO UPDATE SET version = excluded.version",
        &[&LATEST_VERSION],
    )?;
    Ok(())
}

fn newer_schema(version: i64) -> Error {
    Error::database(format!(
        "database schema version {version} is newer than this partnerctl supports ({LATEST_VERSION})"
    ))
    .hint("upgrade partnerctl")
}
