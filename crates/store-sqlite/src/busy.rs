//! Waiting for another process's lock (`--busy-timeout`). SQLite's built-in
//! handler backs off to sleeps of 25 to 100 ms, so a waiting writer slept
//! on long after a ~3 ms transaction had released the lock: with 4
//! processes sending invites at once, p99 latency was ~110 ms. Retrying
//! every millisecond until the deadline keeps waits as short as the lock
//! is held; each retry is one failed lock attempt.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rusqlite::Connection;

const RETRY_EVERY: Duration = Duration::from_millis(1);

/// The process's `--busy-timeout` (one per command line).
static TIMEOUT_MS: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// When the current wait began (SQLite calls the handler on the
    /// thread that runs the statement).
    static WAITING_SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Makes `conn` wait up to `timeout` for a lock; zero fails at once.
pub fn wait_up_to(conn: &Connection, timeout: Duration) -> rusqlite::Result<()> {
    if timeout.is_zero() {
        return conn.busy_handler(None);
    }
    TIMEOUT_MS.store(u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX), Ordering::Relaxed);
    conn.busy_handler(Some(retry))
}

/// SQLite's busy callback: `attempt` counts the retries of this wait.
fn retry(attempt: i32) -> bool {
    let now = Instant::now();
    if attempt == 0 {
        WAITING_SINCE.set(Some(now));
    }
    let since = WAITING_SINCE.get().unwrap_or(now);
    if now.duration_since(since) >= Duration::from_millis(TIMEOUT_MS.load(Ordering::Relaxed)) {
        return false;
    }
    std::thread::sleep(RETRY_EVERY);
    true
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

        wait_up_to(&waiter, Duration::from_millis(20)).unwrap();
        let err = waiter.execute_batch("BEGIN IMMEDIATE").unwrap_err();
        assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy));

        wait_up_to(&waiter, Duration::ZERO).unwrap();
        let err = waiter.execute_batch("BEGIN IMMEDIATE").unwrap_err();
        assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy));

        holder.execute_batch("COMMIT").unwrap();
        wait_up_to(&waiter, Duration::from_millis(20)).unwrap();
        waiter.execute_batch("BEGIN IMMEDIATE; COMMIT").unwrap();
    }
}
