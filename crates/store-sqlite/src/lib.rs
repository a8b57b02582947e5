//! SQLite implementation of the store: connection set-up, transactions, and
//! one file of SQL per entity.

mod audit;
mod busy;
mod check;
mod counts;
mod error;
mod event;
mod import;
mod invite;
mod limits;
mod member;
mod metrics;
mod migrate;
mod partner;
mod plan;
mod portable;
mod tenant;
mod token;
mod user;

use std::cell::Cell;
use std::os::raw::c_int;
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{sql, Constraint, CoreResult, Error, Fault, Result, SqlError};
use crate::store::{DbStatus, Store, Tx};
use partnerctl_core::error::Kind;
pub(crate) use partnerctl_core::{model, names, store, time};

pub use migrate::LATEST_VERSION;

/// The version of the SQLite library compiled into this store.
pub fn sqlite_version() -> &'static str {
    rusqlite::version()
}

pub struct SqliteStore {
    conn: Connection,
    /// `conn`'s busy handler reads this; declared after `conn`, so that it
    /// is dropped after the connection is closed.
    #[allow(dead_code, reason = "read by SQLite, through the handler's pointer")]
    busy: Option<Box<busy::BusyWait>>,
    path: PathBuf,
    /// Opened read-only because the file or its directory is not writable.
    read_only: bool,
    /// A `command` transaction is open: `read`/`write` nest as savepoints.
    in_command: Cell<bool>,
}

/// What `SqliteStore::open` does when the file does not exist (SPEC §2.1:
/// only the commands that start a database create one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// Create it, mode 0600.
    Create,
    /// Fail with `not_found` naming the path, leaving no file behind.
    Refuse,
}

impl SqliteStore {
    /// Opens and migrates the database (a missing file as `missing` says);
    /// on read-only storage opens it read-only and as it is.
    pub fn open(path: &Path, busy_timeout: Duration, missing: Missing) -> Result<SqliteStore> {
        SqliteStore::open_as(path, busy_timeout, missing, false)
    }

    /// Opens an existing database read-only and as it is, whatever the
    /// storage allows: for shell completion, which must never write (no
    /// file, no migration) and fails on a schema that is not the latest.
    pub fn open_read_only(path: &Path, busy_timeout: Duration) -> Result<SqliteStore> {
        SqliteStore::open_as(path, busy_timeout, Missing::Refuse, true)
    }

    fn open_as(path: &Path, busy_timeout: Duration, missing: Missing, read_only: bool) -> Result<SqliteStore> {
        if path.is_dir() {
            return Err(Error::database_fault(
                Fault::Unavailable,
                format!("{} is a directory, not a database file", path.display()),
            )
            .into());
        }
        // The bundled SQLite is built with SQLITE_USE_URI, so a name that
        // begins with `file:` would be parsed as a URI; an absolute path never
        // is, and `--db` is always a plain path (SPEC §2.1).
        let file = std::path::absolute(path)
            .map_err(|e| Error::database_fault(Fault::Unavailable, format!("cannot open {}: {e}", path.display())))?;
        if !file.exists() {
            match missing {
                Missing::Create => create_private_file(&file)?,
                Missing::Refuse => {
                    return Err(Error::not_found("database file", &path.display().to_string())
                        .hint("check --db; `partnerctl tenant create` starts a new database")
                        .into())
                }
            }
        }
        let read_only = read_only || storage_read_only(&file);
        let conn =
            if read_only { open_read_only(&file) } else { open_read_write(&file) }.map_err(|e| open_error(path, e))?;
        let busy = busy::BusyWait::install(&conn, busy_timeout)?;
        // Built at once, so that any failure below drops `conn` before `busy`.
        let store = SqliteStore { conn, busy, path: path.to_path_buf(), read_only, in_command: Cell::new(false) };
        let conn = &store.conn;
        if read_only {
            first_read(conn, path, &file)?;
            configure(conn, true).map_err(|e| open_error(path, e))?;
            migrate::require_latest(conn)?;
        } else {
            configure(conn, false).map_err(|e| open_error(path, e))?;
            migrate::migrate(conn)?;
        }
        Ok(store)
    }

    /// An in-memory database, for unit tests of the service rules.
    pub fn open_in_memory() -> Result<SqliteStore> {
        without_allocation_statistics();
        let conn = Connection::open_in_memory()?;
        configure(&conn, false)?;
        migrate::migrate(&conn)?;
        Ok(SqliteStore {
            conn,
            busy: None,
            path: PathBuf::from(":memory:"),
            read_only: false,
            in_command: Cell::new(false),
        })
    }

    fn require_writable(&self) -> Result<()> {
        if self.read_only {
            return Err(Error::database_fault(
                Fault::ReadOnly,
                format!(
                    "{} is on read-only storage (the file or its directory is not writable); nothing was written",
                    self.path.display()
                ),
            )
            .into());
        }
        Ok(())
    }

    /// `begin` opens a transaction of its own, or a savepoint inside an
    /// open `command` transaction (which already holds the write lock).
    fn begin(&self, begin: &str) -> Result<Box<dyn Tx + '_>> {
        let span = if self.in_command.get() { Span::Savepoint } else { Span::Transaction };
        self.conn.execute_batch(if span == Span::Savepoint { "SAVEPOINT nested" } else { begin })?;
        Ok(Box::new(SqliteTx {
            conn: &self.conn,
            span,
            in_command: &self.in_command,
            open: true,
            import: Default::default(),
        }))
    }
}

/// Turns SQLite's allocation statistics off before its first use in the
/// process. With them on, every allocation takes a global mutex to keep
/// `sqlite3_memory_used()` current, which partnerctl never reads, and a
/// process that opens a file allocates thousands of times to parse the
/// schema: an `invite send` spent 11 % of its instructions there.
fn without_allocation_statistics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: sqlite3_config must not run beside other SQLite calls;
        // the Once makes this its only call, before the store's first
        // connection. If SQLite was already initialised (a caller that
        // used it directly), it returns SQLITE_MISUSE and changes nothing,
        // so the result is ignored: the statistics then stay on.
        unsafe { rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MEMSTATUS, 0 as c_int) };
    });
}

fn open_read_write(file: &Path) -> rusqlite::Result<Connection> {
    without_allocation_statistics();
    Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
}

/// A read-only open. Without a write-ahead log the main file holds every
/// commit, so it is opened immutable: SQLite then needs no -shm file and no
/// locks, which a read-only directory or mount cannot give it. A -wal with
/// content may hold commits the main file lacks, so it is read through
/// (immutable would silently miss them).
fn open_read_only(file: &Path) -> rusqlite::Result<Connection> {
    without_allocation_statistics();
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if wal_has_content(file) {
        Connection::open_with_flags(file, flags)
    } else {
        Connection::open_with_flags(immutable_uri(file), flags | OpenFlags::SQLITE_OPEN_URI)
    }
}

fn wal_has_content(file: &Path) -> bool {
    let mut wal = file.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0)
}

/// The first statement on a read-only open (even the pragmas of
/// `configure` read): SQLite opens the -wal here and needs its -shm. Without
/// one the log cannot be read, and the main file alone may be stale, so
/// this fails, saying why.
fn first_read(conn: &Connection, path: &Path, file: &Path) -> Result<()> {
    conn.query_row("PRAGMA schema_version", [], |_| Ok(())).map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::CannotOpen) if wal_has_content(file) => Error::database_fault(
            Fault::ReadOnly,
            format!(
                "{}: the storage is read-only and its write-ahead log ({}-wal) cannot be read without its -shm file",
                path.display(),
                path.display()
            ),
        )
        .hint("open the database once where it is writable, so that the log is folded into the file")
        .into(),
        _ => open_error(path, e).into(),
    })
}

/// `file:` URI of an absolute path, every byte outside the unreserved set
/// percent-encoded so that `?`, `#` and `%` in the path stay part of it.
fn immutable_uri(file: &Path) -> String {
    let mut uri = String::from("file:");
    for &b in file.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri + "?mode=ro&immutable=1"
}

/// Whether the file, or its directory (where SQLite keeps -wal and -shm),
/// refuses writes: permissions, a read-only mount.
fn storage_read_only(file: &Path) -> bool {
    !writable(file) || file.parent().is_some_and(|dir| !writable(dir))
}

#[cfg(unix)]
fn writable(path: &Path) -> bool {
    rustix::fs::access(path, rustix::fs::Access::WRITE_OK).is_ok()
}

#[cfg(not(unix))]
fn writable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
}

fn configure(conn: &Connection, read_only: bool) -> rusqlite::Result<()> {
    if !read_only {
        // WAL lets readers run beside the single writer; FULL makes each commit durable.
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
            log::debug!("journal_mode stays {mode}");
        }
    }
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")
}

fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    let base = Error::from(SqlError::from(e));
    match base.kind {
        Kind::Database(fault) => Error::database_fault(fault, format!("{}: {}", path.display(), base.message)),
        _ => Error::database_fault(Fault::Unavailable, format!("cannot open {}: {}", path.display(), base.message)),
    }
}

fn create_private_file(path: &Path) -> Result<()> {
    use std::fs::OpenOptions;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => {
            Err(Error::database_fault(Fault::Unavailable, format!("cannot create {}: {e}", path.display())).into())
        }
    }
}

impl Store for SqliteStore {
    fn read(&self) -> CoreResult<Box<dyn Tx + '_>> {
        sql(|| self.begin("BEGIN DEFERRED"))
    }

    fn write(&self) -> CoreResult<Box<dyn Tx + '_>> {
        sql(|| {
            self.require_writable()?;
            self.begin("BEGIN IMMEDIATE")
        })
    }

    fn command(&self) -> CoreResult<Box<dyn Tx + '_>> {
        sql(|| {
            self.require_writable()?;
            if self.in_command.get() {
                return Err(Error::internal("a command transaction is already open").into());
            }
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            self.in_command.set(true);
            let tx: Box<dyn Tx + '_> = Box::new(SqliteTx {
                conn: &self.conn,
                span: Span::Command,
                in_command: &self.in_command,
                open: true,
                import: Default::default(),
            });
            Ok(tx)
        })
    }

    fn in_command(&self) -> bool {
        self.in_command.get()
    }

    fn export(&self) -> CoreResult<Box<dyn partnerctl_core::portable::Export + '_>> {
        sql(|| Ok(Box::new(portable::SqliteExport::begin(&self.conn)?) as Box<_>))
    }

    fn import(&self) -> CoreResult<Box<dyn partnerctl_core::portable::Import + '_>> {
        sql(|| {
            self.require_writable()?;
            Ok(Box::new(portable::SqliteImport::begin(&self.conn)?) as Box<_>)
        })
    }

    fn status(&self) -> CoreResult<DbStatus> {
        sql(|| {
            let count = |table: &str| -> Result<i64> {
                Ok(self.conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
            };
            Ok(DbStatus {
                backend: "sqlite".into(),
                path: self.path.display().to_string(),
                schema_version: migrate::current_version(&self.conn)?,
                latest_version: LATEST_VERSION,
                journal_mode: self.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
                size_bytes: std::fs::metadata(&self.path).map(|m| m.len()).unwrap_or(0),
                tenants: count("tenants")?,
                users: count("users")?,
                partners: count("partners")?,
                memberships: count("partner_memberships")?,
                events: count("events")?,
                invites: count("invites")?,
                audit_entries: count("audit_log")?,
                server_version: None,
                tls: None,
            })
        })
    }

    fn integrity_problems(&self) -> CoreResult<Vec<String>> {
        sql(|| {
            let mut problems = Vec::new();
            let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
            for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
                match row {
                    Ok(line) if line == "ok" => {}
                    Ok(line) => problems.push(format!("integrity_check: {line}")),
                    // On a damaged page SQLite may give up part-way: keep what it found.
                    Err(e) if !problems.is_empty() => {
                        problems.push(format!("integrity_check: {e}"));
                        return Ok(problems);
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?, r.get::<_, String>(2)?)))?;
            for row in rows {
                let (table, rowid, parent) = row?;
                problems.push(format!("foreign_key_check: {table} row {rowid:?} references a missing {parent}"));
            }
            Ok(problems)
        })
    }

    /// `VACUUM INTO` copies the snapshot of one read transaction in one
    /// statement, so writers beside it neither block it nor make it start
    /// over (the backup API restarts on every write from another process).
    /// The copy is built in a 0600 temp file next to DEST, synced, and only
    /// then linked in under DEST, never replacing anything there: a failure
    /// leaves no DEST and no temp file.
    fn backup(&self, dest: &Path) -> CoreResult<()> {
        sql(|| {
            let conflict =
                // The file's path is all the identity it has.
                || {
                    Error::conflict(Constraint::Other, format!("{} already exists; choose a new file", dest.display()))
                        .detail("existing_id", dest.display().to_string())
                };
            // Any entry at DEST, a dangling symlink included, is not ours to fill.
            if dest.symlink_metadata().is_ok() {
                return Err(conflict().into());
            }
            let failed = |cause: &dyn std::fmt::Display| {
                Error::database(format!("backup to {} failed: {cause}", dest.display()))
            };
            let target = std::path::absolute(dest).map_err(|e| failed(&e))?;
            let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
                return Err(failed(&"not a file name").into());
            };
            let mut prefix = std::ffi::OsString::from(".");
            prefix.push(name);
            prefix.push(".");
            let temp = tempfile::Builder::new().prefix(&prefix).suffix(".partial").tempfile_in(dir).map_err(|e| {
                // tempfile names the temp file in its error; the user never named that file.
                let cause =
                    e.get_ref().and_then(|inner| inner.source()).map_or_else(|| e.to_string(), |c| c.to_string());
                failed(&format!("cannot create a file in {}: {cause}", dir.display()))
            })?;
            // Absolute, so SQLite takes it as a file name, never as a URI.
            let temp_name = temp.path().to_str().ok_or_else(|| failed(&"the path is not valid UTF-8"))?;
            self.conn.execute("VACUUM INTO ?1", [temp_name]).map_err(|e| failed(&e))?;
            temp.as_file().sync_all().map_err(|e| failed(&e))?;
            temp.persist_noclobber(&target).map_err(|e| match e.error.kind() {
                std::io::ErrorKind::AlreadyExists => conflict(),
                _ => failed(&e.error),
            })?;
            // The new directory entry must survive a crash too.
            Ok(std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(|e| failed(&e))?)
        })
    }
}

/// What a `SqliteTx` opened, and so how it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    /// BEGIN … COMMIT | ROLLBACK.
    Transaction,
    /// SAVEPOINT inside a command transaction … RELEASE | ROLLBACK TO + RELEASE:
    /// its changes become part of the command, or are undone alone.
    Savepoint,
    /// The command transaction itself (`Store::command`).
    Command,
}

/// One open transaction (or savepoint) on the store's connection.
pub struct SqliteTx<'c> {
    conn: &'c Connection,
    span: Span,
    in_command: &'c Cell<bool>,
    open: bool,
    import: import::RunningImport,
}

impl SqliteTx<'_> {
    fn end(&mut self, commit: bool) -> Result<()> {
        let sql = match (self.span, commit) {
            (Span::Savepoint, true) => "RELEASE nested",
            (Span::Savepoint, false) => "ROLLBACK TO nested; RELEASE nested",
            (_, true) => "COMMIT",
            (_, false) => "ROLLBACK",
        };
        self.conn.execute_batch(sql)?;
        self.open = false;
        Ok(())
    }
}

impl Tx for SqliteTx<'_> {
    fn commit(mut self: Box<Self>) -> CoreResult<()> {
        sql(|| self.end(true))
    }
}

impl Drop for SqliteTx<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.end(false);
        }
        if self.span == Span::Command {
            self.in_command.set(false);
        }
    }
}

/// Page cache of imports: on 1M invites the default 2 MiB thrashed (37 s,
/// half of it in the kernel), 16 MiB was fastest (28 s; 32 and 64 MiB were
/// no faster and doubled the peak RSS). Streams of invites do without: they
/// keep the names they print themselves (`invite::Names`).
const LARGE_CACHE_KIB: i64 = 16 * 1024;

impl SqliteTx<'_> {
    /// Raises the page cache for the rest of this connection (one command).
    fn use_large_cache(&self) -> Result<()> {
        Ok(self.conn.execute_batch(&format!("PRAGMA cache_size = -{LARGE_CACHE_KIB}"))?)
    }
}

/// Reads a 0/1 column as bool.
fn flag(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<bool> {
    Ok(row.get::<_, i64>(idx)? != 0)
}

/// Reads a time column; text other than `time::fmt`'s is a corrupt
/// database (exit 8: `classify` passes the core's error through).
fn stamp(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<time::Timestamp> {
    parse_stamp(idx, borrowed_text(row, idx)?)
}

/// `stamp` of a nullable column.
fn opt_stamp(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<Option<time::Timestamp>> {
    let value = row.get_ref(idx)?;
    let text = value.as_str_or_null().map_err(|e| from_sql(row, idx, value, e))?;
    text.map(|s| parse_stamp(idx, s)).transpose()
}

fn parse_stamp(idx: usize, s: &str) -> rusqlite::Result<time::Timestamp> {
    time::parse_stored(s)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

/// Parses an enum column; a bad value means a corrupt database.
fn named<T: crate::model::Named>(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<T> {
    T::parse(borrowed_text(row, idx)?)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

/// A text column read in place: enums and times are parsed, not kept, so
/// a copy per cell would be wasted on long streams.
fn borrowed_text<'r>(row: &'r rusqlite::Row, idx: usize) -> rusqlite::Result<&'r str> {
    let value = row.get_ref(idx)?;
    value.as_str().map_err(|e| from_sql(row, idx, value, e))
}

/// The error `row.get` gives for the same cell.
fn from_sql(
    row: &rusqlite::Row,
    idx: usize,
    value: rusqlite::types::ValueRef,
    e: rusqlite::types::FromSqlError,
) -> rusqlite::Error {
    match e {
        rusqlite::types::FromSqlError::InvalidType => rusqlite::Error::InvalidColumnType(
            idx,
            row.as_ref().column_name(idx).unwrap_or_default().to_string(),
            value.data_type(),
        ),
        other => rusqlite::Error::FromSqlConversionFailure(idx, value.data_type(), Box::new(other)),
    }
}

/// A `--limit` as SQL's LIMIT (a 64-bit signed integer in both backends).
pub(crate) fn sql_limit(limit: u64) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server keeps a store per worker thread or in a pool.
    const _: () = {
        const fn send<T: Send>() {}
        send::<SqliteStore>();
    };

    #[test]
    fn a_store_moves_to_another_thread() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("send.db"), Duration::from_millis(10), Missing::Create).unwrap();
        let status = std::thread::spawn(move || store.status().unwrap()).join().unwrap();
        assert_eq!(status.schema_version, LATEST_VERSION);
    }

    fn rows(store: &SqliteStore) -> Vec<i64> {
        let mut stmt = store.conn.prepare("SELECT x FROM t ORDER BY x").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    }

    /// A write inside a command: committed into it, or undone alone.
    fn write(store: &SqliteStore, x: i64, commit: bool) {
        let tx = store.write().unwrap();
        store.conn.execute("INSERT INTO t VALUES (?1)", [x]).unwrap();
        if commit {
            tx.commit().unwrap();
        }
    }

    #[test]
    fn a_malformed_stored_time_is_a_database_error() {
        let store = SqliteStore::open_in_memory().unwrap();
        store
            .conn
            .execute_batch(
                "INSERT INTO tenants (id, slug, name, timezone, created_at)
                 VALUES ('t', 'acme', 'Acme', 'UTC', '2026-11-24 10:00')",
            )
            .unwrap();
        let err = store.read().unwrap().list_tenants().unwrap_err();
        assert!(matches!(err.kind, Kind::Database(_)), "{err:?}");
        assert!(err.message.contains("\"2026-11-24 10:00\""), "{}", err.message);
    }

    #[test]
    fn a_command_commits_or_rolls_back_its_nested_transactions_as_one() {
        let store = SqliteStore::open_in_memory().unwrap();
        store.conn.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
        {
            let _command = store.command().unwrap();
            write(&store, 1, true);
            assert!(store.command().is_err(), "commands do not nest");
        }
        assert_eq!(rows(&store), Vec::<i64>::new(), "dropping the command undoes its committed parts");

        let command = store.command().unwrap();
        write(&store, 2, true);
        write(&store, 3, false);
        drop(store.read().unwrap());
        write(&store, 4, true);
        assert_eq!(rows(&store), [2, 4], "a part rolled back alone");
        command.commit().unwrap();
        assert_eq!(rows(&store), [2, 4]);

        // Afterwards transactions are their own again.
        write(&store, 5, true);
        write(&store, 6, false);
        assert_eq!(rows(&store), [2, 4, 5]);
    }
}
