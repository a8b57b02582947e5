//! Waiting for another process's lock (`--busy-timeout`). SQLite's built-in
//! handler backs off to sleeps of 25 to 100 ms, so a waiting writer slept
//! on long after a ~3 ms transaction had released the lock: with 4
//! processes sending invites at once, p99 latency was ~110 ms. Retrying
//! every millisecond until the deadline keeps waits as short as the lock
//! is held; each retry is one failed lock attempt.
//!
//! Each connection has its own timeout: rusqlite's `busy_handler` takes a
//! plain `fn` with no context, so the handler is installed through
//! `sqlite3_busy_handler` with a pointer to the connection's `BusyWait`.
//! (The `busy_timeout` pragma is per connection but is SQLite's backing-off
//! handler; retrying in the store instead would miss the locks taken by
//! reads, opens and checkpoints.)

use std::cell::Cell;
use std::ffi::{c_int, c_void};
use std::time::{Duration, Instant};

use rusqlite::{ffi, Connection};

const RETRY_EVERY: Duration = Duration::from_millis(1);

/// How long one connection waits for a lock.
#[derive(Debug)]
pub struct BusyWait {
    timeout: Duration,
    /// When the current wait began (a connection runs one statement at a time).
    since: Cell<Option<Instant>>,
}

impl BusyWait {
    /// Makes `conn` wait up to `timeout` for a lock; zero fails at once
    /// (and needs no `BusyWait`). SQLite keeps a pointer to the returned
    /// wait, so it must live as long as `conn`.
    pub fn install(conn: &Connection, timeout: Duration) -> rusqlite::Result<Option<Box<BusyWait>>> {
        if timeout.is_zero() {
            conn.busy_handler(None)?;
            return Ok(None);
        }
        let wait = Box::new(BusyWait { timeout, since: Cell::new(None) });
        let context = std::ptr::from_ref::<BusyWait>(&wait).cast_mut().cast::<c_void>();
        // SAFETY: the handle is the open connection's; `retry` reads `context`
        // only while the connection runs a statement, and the caller keeps the
        // box (whose heap address does not move) as long as the connection.
        let rc = unsafe { ffi::sqlite3_busy_handler(conn.handle(), Some(retry), context) };
        if rc != ffi::SQLITE_OK {
            return Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None));
        }
        Ok(Some(wait))
    }

    /// Whether retry number `attempt` of the current wait, at `now`, is
    /// still within the timeout.
    fn within_timeout(&self, attempt: c_int, now: Instant) -> bool {
        if attempt == 0 {
            self.since.set(Some(now));
        }
        let since = self.since.get().unwrap_or(now);
        now.duration_since(since) < self.timeout
    }
}

/// SQLite's busy callback: `attempt` counts the retries of this wait.
unsafe extern "C" fn retry(context: *mut c_void, attempt: c_int) -> c_int {
    // SAFETY: `context` is the `BusyWait` installed with this handler, alive
    // as long as its connection (see `BusyWait::install`).
    let wait = unsafe { &*context.cast::<BusyWait>() };
    if !wait.within_timeout(attempt, Instant::now()) {
        return 0;
    }
    std::thread::sleep(RETRY_EVERY);
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_held_past_the_timeout_is_busy_and_a_free_one_is_taken() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("busy.db");
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x); BEGIN IMMEDIATE;").unwrap();
        let waiter = Connection::open(&path).unwrap();

        let wait = BusyWait::install(&waiter, Duration::from_millis(20)).unwrap();
        let err = waiter.execute_batch("BEGIN IMMEDIATE").unwrap_err();
        assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy));
        assert!(wait.is_some());

        assert!(BusyWait::install(&waiter, Duration::ZERO).unwrap().is_none());
        let err = waiter.execute_batch("BEGIN IMMEDIATE").unwrap_err();
        assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy));

        holder.execute_batch("COMMIT").unwrap();
        let _wait = BusyWait::install(&waiter, Duration::from_millis(20)).unwrap();
        waiter.execute_batch("BEGIN IMMEDIATE; COMMIT").unwrap();
    }

    #[test]
    fn two_stores_in_one_process_keep_their_own_timeouts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("two.db");
        let patient = crate::SqliteStore::open(&path, Duration::from_secs(60), crate::Missing::Create).unwrap();
        let hasty = crate::SqliteStore::open(&path, Duration::from_millis(10), crate::Missing::Create).unwrap();
        let (patient, hasty) = (patient.busy.as_deref().unwrap(), hasty.busy.as_deref().unwrap());
        let start = Instant::now();
        let later = start + Duration::from_secs(1);
        for wait in [patient, hasty] {
            assert!(wait.within_timeout(0, start));
        }
        assert!(patient.within_timeout(5, later), "the later, shorter timeout is not the patient store's");
        assert!(!hasty.within_timeout(5, later));
    }
}
