//! Embedded, numbered migrations applied in one transaction, tracked in
//! `PRAGMA user_version`. Rules: never edit or remove a shipped migration, and
//! never make a backward-incompatible change.

use rusqlite::Connection;

use crate::error::{Error, Result};

const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../../migrations/sqlite/0001_init.sql")),
    ("0002_tokens", include_str!("../../../migrations/sqlite/0002_tokens.sql")),
    ("0003_counters", include_str!("../../../migrations/sqlite/0003_counters.sql")),
    ("0004_counter_names", include_str!("../../../migrations/sqlite/0004_counter_names.sql")),
    ("0005_host_counts", include_str!("../../../migrations/sqlite/0005_host_counts.sql")),
    ("0006_host_sums_with_counters", include_str!("../../../migrations/sqlite/0006_host_sums_with_counters.sql")),
    ("0007_lighter_counter_triggers", include_str!("../../../migrations/sqlite/0007_lighter_counter_triggers.sql")),
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn current_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the schema up to `LATEST_VERSION`; refuses a newer schema (exit 8).
pub fn migrate(conn: &Connection) -> Result<()> {
    let version = current_version(conn)?;
    if version > LATEST_VERSION {
        return Err(newer_schema(version).into());
    }
    if version == LATEST_VERSION {
        return Ok(());
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| -> Result<()> {
        // Another process may have migrated while we waited for the lock.
        let version = current_version(conn)?;
        if version > LATEST_VERSION {
            return Err(newer_schema(version).into());
        }
        for (name, sql) in &MIGRATIONS[version as usize..] {
            log::debug!("applying migration {name}");
            conn.execute_batch(sql)?;
        }
        conn.pragma_update(None, "user_version", LATEST_VERSION)?;
        Ok(())
    })();
    match result {
        Ok(()) => Ok(conn.execute_batch("COMMIT")?),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// For a database that cannot be written: its schema must be the latest,
/// since an older one cannot be migrated and this binary's queries need it.
pub fn require_latest(conn: &Connection) -> Result<()> {
    match current_version(conn)? {
        LATEST_VERSION => Ok(()),
        version if version > LATEST_VERSION => Err(newer_schema(version).into()),
        version => Err(Error::database(format!(
            "database schema version {version} is older than this partnerctl's ({LATEST_VERSION}) \
             and the storage is read-only, so it cannot be migrated"
        ))
        .hint("run partnerctl db migrate once where the database is writable")
        .into()),
    }
}

fn newer_schema(version: i64) -> Error {
    Error::database(format!(
        "database schema version {version} is newer than this partnerctl supports ({LATEST_VERSION})"
    ))
    .hint("upgrade partnerctl")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrate_twice_is_a_no_op() {
        let conn = Connection::open_in_memory().unwrap();
        migrate(&conn).unwrap();
        migrate(&conn).unwrap();
        assert_eq!(current_version(&conn).unwrap(), LATEST_VERSION);
    }

    #[test]
    fn newer_schema_is_refused() {
        let conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
        let err = Error::from(migrate(&conn).unwrap_err());
        assert_eq!(err.kind, partnerctl_core::error::Kind::Database(partnerctl_core::error::Fault::Other), "{err}");
    }
}
