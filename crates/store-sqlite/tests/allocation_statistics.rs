//! The store turns SQLite's allocation statistics off before its first
//! connection (a global mutex on every allocation otherwise). A process of
//! its own, so that nothing else has initialised SQLite first.

use std::time::Duration;

use partnerctl_store_sqlite::{Missing, SqliteStore};

#[test]
fn sqlite_keeps_no_allocation_statistics_once_the_store_opened() {
    let dir = tempfile::tempdir().unwrap();
    let _store = SqliteStore::open(&dir.path().join("test.db"), Duration::from_secs(1), Missing::Create).unwrap();
    // With statistics on, this counts the schema the open just parsed.
    assert_eq!(unsafe { rusqlite::ffi::sqlite3_memory_used() }, 0);
}
