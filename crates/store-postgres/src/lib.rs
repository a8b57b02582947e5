//! PostgreSQL implementation of the store (SPEC §3.2): connection set-up,
//! transactions and locking, and one file of SQL per entity, each query
//! mirroring `partnerctl-store-sqlite`'s semantics and order.
//!
//! Locking: a write transaction runs at READ COMMITTED and locks the row of
//! its tenant `FOR UPDATE` when it resolves the tenant (`find_tenant` /
//! `list_tenants`), which every use case does before any rule check. So
//! writers of one tenant are serialised as `BEGIN IMMEDIATE` serialises
//! them on SQLite, every later statement of the holder's successor sees
//! what the holder committed (each READ COMMITTED statement takes a fresh
//! snapshot), and writers of other tenants run beside them. It is a plain
//! row lock, so it holds on CockroachDB and YugabyteDB too (no advisory
//! locks). Unique indexes back uniqueness and credited acceptance.

mod audit;
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
mod stream;
mod tenant;
#[doc(hidden)]
pub mod testing;
mod tls;
mod token;
mod url;
mod user;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::time::Duration;

use postgres::types::{ToSql, Type};
use postgres::{Client, Row, Statement};

use crate::error::{sql, CoreResult, Error, Fault, Result};
use partnerctl_core::model::Named;
pub(crate) use partnerctl_core::{model, store, time};
use store::{DbStatus, Store, Tx};

pub use migrate::LATEST_VERSION;
pub use url::is_postgres_url;

/// A parameter of a query.
pub(crate) type Param<'a> = &'a (dyn ToSql + Sync);

pub struct PgStore {
    client: RefCell<Client>,
    /// The statements run on this connection, by their text: prepared from
    /// their second use (`None` after the first).
    statements: RefCell<HashMap<String, Option<Statement>>>,
    /// The URL without its password, for `db status` and messages.
    display: String,
    /// A `command` transaction is open: `read`/`write` nest as savepoints.
    in_command: Cell<bool>,
}

impl PgStore {
    /// Connects to the server of `url` (SPEC §3.2) and migrates its schema.
    /// `busy_timeout` bounds every lock wait (`lock_timeout`).
    pub fn open(url: &str, busy_timeout: Duration) -> CoreResult<PgStore> {
        let store = PgStore::connect(url, busy_timeout)?;
        sql(|| migrate::migrate(&mut store.client.borrow_mut()))?;
        Ok(store)
    }

    /// Connects without migrating, for shell completion, which must never
    /// write: a schema that is not the latest is an error.
    pub fn open_as_is(url: &str, busy_timeout: Duration) -> CoreResult<PgStore> {
        let store = PgStore::connect(url, busy_timeout)?;
        let version = sql(|| migrate::current_version(&mut store.client.borrow_mut()))?;
        if version != Some(migrate::LATEST_VERSION) {
            return Err(partnerctl_core::error::Error::database(format!(
                "database schema version {version:?} is not this partnerctl's ({})",
                migrate::LATEST_VERSION
            )));
        }
        Ok(store)
    }

    fn connect(url: &str, busy_timeout: Duration) -> CoreResult<PgStore> {
        let target = url::parse(url)?;
        // PostgreSQL reads lock_timeout = 0 as "wait forever"; SQLite's 0 fails at once.
        let lock_ms = busy_timeout.as_millis().clamp(1, i32::MAX as u128);
        let mut config = target.config.clone();
        config.options(&format!("-c lock_timeout={lock_ms}"));
        let client = target.connect(&config)?;
        let store = PgStore {
            client: RefCell::new(client),
            statements: RefCell::default(),
            display: target.display.clone(),
            in_command: Cell::new(false),
        };
        Ok(store)
    }

    fn begin(&self, begin: &str, writes: bool) -> Result<Box<dyn Tx + '_>> {
        let span = if self.in_command.get() { Span::Savepoint } else { Span::Transaction };
        self.client.borrow_mut().batch_execute(if span == Span::Savepoint { "SAVEPOINT nested" } else { begin })?;
        Ok(Box::new(PgTx { store: self, span, writes, open: true, import: Default::default() }))
    }
}

const BEGIN_WRITE: &str = "BEGIN ISOLATION LEVEL READ COMMITTED";

impl Store for PgStore {
    fn read(&self) -> CoreResult<Box<dyn Tx + '_>> {
        // One snapshot for the whole read, as SQLite's read transaction
        // gives; READ ONLY, so it runs on a standby too and never takes locks.
        sql(|| self.begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", false))
    }

    fn read_one(&self) -> CoreResult<Box<dyn Tx + '_>> {
        if self.in_command.get() {
            return self.read();
        }
        // The statement runs in a transaction of its own (autocommit).
        Ok(Box::new(PgTx {
            store: self,
            span: Span::Statement,
            writes: false,
            open: false,
            import: Default::default(),
        }))
    }

    fn write(&self) -> CoreResult<Box<dyn Tx + '_>> {
        sql(|| self.begin(BEGIN_WRITE, true))
    }

    fn command(&self) -> CoreResult<Box<dyn Tx + '_>> {
        sql(|| {
            if self.in_command.get() {
                return Err(Error::internal("a command transaction is already open").into());
            }
            self.client.borrow_mut().batch_execute(BEGIN_WRITE)?;
            self.in_command.set(true);
            let tx: Box<dyn Tx + '_> = Box::new(PgTx {
                store: self,
                span: Span::Command,
                writes: true,
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
        sql(|| Ok(Box::new(portable::PgExport::begin(&self.client)?) as Box<_>))
    }

    fn import(&self) -> CoreResult<Box<dyn partnerctl_core::portable::Import + '_>> {
        sql(|| Ok(Box::new(portable::PgImport::begin(&self.client)?) as Box<_>))
    }

    fn status(&self) -> CoreResult<DbStatus> {
        sql(|| {
            let mut client = self.client.borrow_mut();
            let row = client.query_one(
                "SELECT current_setting('server_version'), pg_database_size(current_database()),
                    (SELECT count(*) FROM tenants), (SELECT count(*) FROM users), (SELECT count(*) FROM partners),
                    (SELECT count(*) FROM partner_memberships), (SELECT count(*) FROM events),
                    (SELECT count(*) FROM invites), (SELECT count(*) FROM audit_log),
                    (SELECT CASE WHEN ssl THEN version ELSE 'off' END FROM pg_stat_ssl WHERE pid = pg_backend_pid())",
                &[],
            )?;
            let server_version: String = row.try_get(0)?;
            Ok(DbStatus {
                backend: "postgresql".into(),
                path: self.display.clone(),
                schema_version: migrate::current_version(&mut client)?.unwrap_or(0),
                latest_version: LATEST_VERSION,
                journal_mode: "postgresql".into(),
                size_bytes: u64::try_from(row.try_get::<_, i64>(1)?).unwrap_or(0),
                tenants: row.try_get(2)?,
                users: row.try_get(3)?,
                partners: row.try_get(4)?,
                memberships: row.try_get(5)?,
                events: row.try_get(6)?,
                invites: row.try_get(7)?,
                audit_entries: row.try_get(8)?,
                server_version: Some(server_version),
                tls: row.try_get(9)?,
            })
        })
    }

    /// The server enforces foreign keys and keeps its own pages; there is
    /// no `PRAGMA integrity_check` to run.
    fn integrity_problems(&self) -> CoreResult<Vec<String>> {
        Ok(Vec::new())
    }

    fn backup(&self, _dest: &std::path::Path) -> CoreResult<()> {
        Err(Error::usage("db backup copies SQLite files; this database is on a PostgreSQL server")
            .hint("use pg_dump (e.g. pg_dump -Fc -f partnerctl.dump DBNAME)"))
    }
}

/// What a `PgTx` opened, and so how it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    Transaction,
    /// SAVEPOINT inside a command transaction.
    Savepoint,
    /// The command transaction itself (`Store::command`).
    Command,
    /// No transaction: each statement is its own (`Store::read_one`).
    Statement,
}

/// One open transaction (or savepoint) on the store's connection.
pub struct PgTx<'s> {
    store: &'s PgStore,
    span: Span,
    /// A write transaction: resolving the tenant locks its row.
    writes: bool,
    open: bool,
    import: import::RunningImport,
}

impl PgTx<'_> {
    fn end(&mut self, commit: bool) -> Result<()> {
        if self.span == Span::Statement {
            return Ok(());
        }
        let sql = match (self.span, commit) {
            (Span::Savepoint, true) => "RELEASE nested",
            (Span::Savepoint, false) => "ROLLBACK TO nested; RELEASE nested",
            (_, true) => "COMMIT",
            (_, false) => "ROLLBACK",
        };
        self.open = false;
        self.batch(sql)
    }

    /// The prepared statement for `sql` from its second use on this
    /// connection; `None` the first time, when it runs unnamed with its
    /// parameters' types declared: one round trip instead of two (prepare,
    /// then execute). A CLI process runs most statements once, and a send
    /// runs about twenty in its tenant's lock.
    fn prepared(&self, sql: &str) -> Result<Option<Statement>> {
        let seen = match self.store.statements.borrow().get(sql) {
            Some(Some(stmt)) => return Ok(Some(stmt.clone())),
            Some(None) => true,
            None => false,
        };
        if !seen {
            self.store.statements.borrow_mut().insert(sql.to_string(), None);
            return Ok(None);
        }
        let stmt = self.store.client.borrow_mut().prepare(sql)?;
        self.store.statements.borrow_mut().insert(sql.to_string(), Some(stmt.clone()));
        Ok(Some(stmt))
    }

    fn query(&self, sql: &str, params: &[Param]) -> Result<Vec<Row>> {
        let stmt = self.prepared(sql)?;
        let mut client = self.store.client.borrow_mut();
        Ok(match stmt {
            Some(stmt) => client.query(&stmt, params)?,
            None => client.query_typed(sql, &typed(params))?,
        })
    }

    fn query_opt(&self, sql: &str, params: &[Param]) -> Result<Option<Row>> {
        let stmt = self.prepared(sql)?;
        let mut client = self.store.client.borrow_mut();
        Ok(match stmt {
            Some(stmt) => client.query_opt(&stmt, params)?,
            None => client.query_typed_opt(sql, &typed(params))?,
        })
    }

    fn query_one(&self, sql: &str, params: &[Param]) -> Result<Row> {
        let stmt = self.prepared(sql)?;
        let mut client = self.store.client.borrow_mut();
        Ok(match stmt {
            Some(stmt) => client.query_one(&stmt, params)?,
            None => client.query_typed_one(sql, &typed(params))?,
        })
    }

    fn batch(&self, sql: &str) -> Result<()> {
        Ok(self.store.client.borrow_mut().batch_execute(sql)?)
    }

    fn count(&self, sql: &str, params: &[Param]) -> Result<i64> {
        Ok(self.query_one(sql, params)?.try_get(0)?)
    }

    fn execute(&self, sql: &str, params: &[Param]) -> Result<u64> {
        let stmt = self.prepared(sql)?;
        let mut client = self.store.client.borrow_mut();
        Ok(match stmt {
            Some(stmt) => client.execute(&stmt, params)?,
            None => client.execute_typed(sql, &typed(params))?,
        })
    }

    /// Runs a query and hands each row to `each` as it arrives, so memory stays flat.
    fn stream(&self, sql: &str, params: &[Param], each: &mut dyn FnMut(&Row) -> Result<()>) -> Result<()> {
        let stmt = self.prepared(sql)?;
        let mut client = self.store.client.borrow_mut();
        let mut rows = match stmt {
            Some(stmt) => client.query_raw(&stmt, params.iter().copied())?,
            None => client.query_typed_raw(sql, typed(params))?,
        };
        while let Some(row) = postgres::fallible_iterator::FallibleIterator::next(&mut rows)? {
            each(&row)?;
        }
        Ok(())
    }

    /// `FOR UPDATE` in a write transaction: see the module comment.
    fn lock_clause(&self) -> &'static str {
        if self.writes {
            " FOR UPDATE"
        } else {
            ""
        }
    }
}

impl Tx for PgTx<'_> {
    fn commit(mut self: Box<Self>) -> CoreResult<()> {
        sql(|| self.end(true))
    }
}

impl Drop for PgTx<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.end(false);
        }
        if self.span == Span::Command {
            self.store.in_command.set(false);
        }
    }
}

/// Positional parameters of a query built clause by clause.
#[derive(Default)]
pub(crate) struct Args(Vec<Box<dyn ToSql + Sync>>);

impl Args {
    /// Binds `value`, returning its placeholder.
    fn bind(&mut self, value: impl ToSql + Sync + 'static) -> String {
        self.0.push(Box::new(value));
        format!("${}", self.0.len())
    }

    fn params(&self) -> Vec<Param<'_>> {
        self.0.iter().map(|p| &**p as Param).collect()
    }
}

/// Reads a time column; text other than `time::fmt`'s is a corrupt database.
// Enums and times are read in place (`&str`): they are parsed, not kept,
// so a copy per cell would be wasted on long streams.
fn stamp(row: &Row, idx: usize) -> Result<time::Timestamp> {
    Ok(time::parse_stored(row.try_get::<_, &str>(idx)?)?)
}

fn opt_stamp(row: &Row, idx: usize) -> Result<Option<time::Timestamp>> {
    Ok(row.try_get::<_, Option<&str>>(idx)?.map(time::parse_stored).transpose()?)
}

/// Parses an enum column; a bad value means a corrupt database.
fn named<T: Named>(row: &Row, idx: usize) -> Result<T> {
    let s: &str = row.try_get(idx)?;
    T::parse(s).map_err(|e| {
        Error::database_fault(Fault::Corrupt, format!("stored value {s:?} is malformed: {}", e.message)).into()
    })
}

fn opt_named<T: Named>(row: &Row, idx: usize) -> Result<Option<T>> {
    match row.try_get::<_, Option<String>>(idx)? {
        None => Ok(None),
        Some(_) => named(row, idx).map(Some),
    }
}

/// `time::fmt` of an optional time, as a parameter.
fn opt_fmt(t: Option<time::Timestamp>) -> Option<String> {
    t.map(time::fmt)
}

/// The types parameters are declared with when a statement runs unnamed:
/// the schema's column types (timestamps are text).
const DECLARED_TYPES: [Type; 4] = [Type::TEXT, Type::INT8, Type::BOOL, Type::TEXT_ARRAY];

/// `params` with the first of `DECLARED_TYPES` each accepts. A `dyn ToSql`
/// tells what it accepts only by encoding, so each is encoded once to try
/// (a parameter is an id, a name or a number: a few bytes). A value of any
/// other type is declared `unknown`, and the server's error names it.
fn typed<'a>(params: &[Param<'a>]) -> Vec<(Param<'a>, Type)> {
    let mut scratch = bytes::BytesMut::new();
    params
        .iter()
        .map(|&param| {
            let declared = DECLARED_TYPES.iter().find(|ty| {
                scratch.clear();
                param.to_sql_checked(ty, &mut scratch).is_ok()
            });
            (param, declared.cloned().unwrap_or(Type::UNKNOWN))
        })
        .collect()
}

/// A `--limit` as SQL's LIMIT (a 64-bit signed integer in both backends).
pub(crate) fn sql_limit(limit: u64) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Constraint, PgError};
    use crate::testing::Server;
    use partnerctl_core::error::Kind;

    /// A server keeps a store per worker thread or in a pool.
    const _: () = {
        const fn send<T: Send>() {}
        send::<PgStore>();
    };

    fn open(url: &str) -> PgStore {
        PgStore::open(url, Duration::from_secs(10)).unwrap()
    }

    fn raw(url: &str) -> Client {
        Client::connect(url, postgres::NoTls).unwrap()
    }

    #[test]
    fn every_unique_key_of_the_schema_is_named_or_deliberately_other() {
        let Some(server) = Server::get() else { return };
        let url = server.database();
        let mut client = raw(&url);
        let keys: Vec<String> = client
            .query(
                "SELECT i.relname::text FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                 JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                 WHERE x.indisunique AND n.nspname = 'public' AND t.relname <> 'partnerctl_schema' ORDER BY 1",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        for key in &keys {
            let named = error::UNIQUE_KEYS.iter().any(|(k, _)| k == key);
            assert!(named != error::OTHER_KEYS.contains(&key.as_str()), "{key}: name it in UNIQUE_KEYS or OTHER_KEYS");
        }
        for (key, _) in error::UNIQUE_KEYS {
            assert!(keys.contains(&key.to_string()), "{key} is no unique key of the schema");
        }
    }

    #[test]
    fn a_violation_names_its_constraint() {
        let Some(server) = Server::get() else { return };
        let url = server.database();
        let mut client = raw(&url);
        client
            .batch_execute(
                "INSERT INTO tenants VALUES ('t', 'acme', 'Acme', 'UTC', 'x');
                 INSERT INTO users (id, tenant_id, email, display_name, created_at) VALUES
                     ('r', 't', 'r@b.c', 'R', 'x'), ('u', 't', 'u@b.c', 'U', 'x');
                 INSERT INTO plans VALUES ('t', 'free', 'Free', 'x');
                 INSERT INTO partners VALUES ('p1', 't', 'p1', 'P1', 'venue', 'free', 'active', 'x', 'x'),
                     ('p2', 't', 'p2', 'P2', 'venue', 'free', 'active', 'x', 'x'),
                     ('p3', 't', 'p3', 'P3', 'venue', 'free', 'active', 'x', 'x');
                 INSERT INTO events (id, tenant_id, slug, title, starts_at, ends_at, host_partner_id, created_at, updated_at)
                     VALUES ('e', 't', 'e', 'E', 'a', 'b', 'p1', 'x', 'x');",
            )
            .unwrap();
        let invite = |id: &str, inviter: &str, credited: bool| {
            let status = if credited { "accepted" } else { "pending" };
            format!(
                "INSERT INTO invites (id, tenant_id, event_id, receiver_user_id, inviter_kind, inviter_id,
                     issued_by_user_id, status, credited_acceptance, created_at, updated_at)
                 VALUES ('{id}', 't', 'e', 'r', 'partner', '{inviter}', 'u', '{status}', {credited}, 'x', 'x')"
            )
        };
        client.batch_execute(&invite("i1", "p1", true)).unwrap();
        let cases = [
            (invite("i1", "p2", false), Constraint::Id),
            (invite("i2", "p1", false), Constraint::InvitePerInviter),
            (invite("i2", "p2", true), Constraint::CreditedAcceptance),
            ("INSERT INTO users (id, tenant_id, email, display_name, created_at) VALUES ('u2', 't', 'u@b.c', 'U', 'x')"
                .to_string(), Constraint::UserEmail),
            (invite("i3", "p3", false).replace("'r'", "'u'"), Constraint::Other),
        ];
        for (sql, constraint) in cases {
            let err = Error::from(PgError::from(client.batch_execute(&sql).unwrap_err()));
            assert_eq!(err.kind, Kind::Conflict(constraint), "{err}");
            assert!(err.message.starts_with("the change conflicts with existing data: "), "{err}");
        }
    }

    #[test]
    fn processes_opening_an_empty_database_at_once_migrate_it_once() {
        let Some(server) = Server::get() else { return };
        let url = server.empty_database();
        let opened: Vec<_> = (0..8)
            .map(|_| {
                let url = url.clone();
                std::thread::spawn(move || PgStore::open(&url, Duration::from_secs(30)).map(|s| s.status().unwrap()))
            })
            .collect();
        for handle in opened {
            let status = handle.join().unwrap().unwrap();
            assert_eq!(status.schema_version, LATEST_VERSION);
        }
        let rows = raw(&url).query("SELECT version FROM partnerctl_schema", &[]).unwrap();
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let Some(server) = Server::get() else { return };
        let url = server.database();
        raw(&url).execute("UPDATE partnerctl_schema SET version = $1", &[&(LATEST_VERSION + 1)]).unwrap();
        let err = PgStore::open(&url, Duration::from_secs(1)).err().unwrap();
        assert_eq!(err.kind, Kind::Database(Fault::Other), "{err}");
        assert!(err.message.contains("newer"), "{err}");
    }

    #[test]
    fn a_refused_login_or_an_unreachable_server_names_the_host_and_never_the_password() {
        let Some(server) = Server::get() else { return };
        let host = server.host().to_string();
        let wrong = format!("postgres://nobody:hunter2-secret@{host}/postgres?sslmode=disable");
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let unreachable = format!("postgres://u:hunter2-secret@127.0.0.1:{port}/db?sslmode=disable");
        for (bad, names) in [(wrong, host), (unreachable, format!("127.0.0.1:{port}"))] {
            let err = PgStore::open(&bad, Duration::from_secs(1)).err().unwrap();
            assert_eq!(err.kind, Kind::Database(Fault::Unavailable), "{err}");
            assert!(err.message.contains(&names), "{err}");
            assert!(!format!("{err:?}").contains("hunter2"), "{err:?}");
        }
    }

    fn rows(client: &mut Client) -> Vec<i64> {
        client.query("SELECT x FROM t ORDER BY x", &[]).unwrap().iter().map(|r| r.get(0)).collect()
    }

    /// A write inside a command: committed into it, or undone alone.
    fn write(store: &PgStore, x: i64, commit: bool) {
        let tx = store.write().unwrap();
        store.client.borrow_mut().execute("INSERT INTO t VALUES ($1)", &[&x]).unwrap();
        if commit {
            tx.commit().unwrap();
        }
    }

    #[test]
    fn a_command_commits_or_rolls_back_its_nested_transactions_as_one() {
        let Some(server) = Server::get() else { return };
        let url = server.database();
        let store = open(&url);
        let mut other = raw(&url);
        other.batch_execute("CREATE TABLE t (x BIGINT)").unwrap();
        {
            let _command = store.command().unwrap();
            write(&store, 1, true);
            assert!(store.command().is_err(), "commands do not nest");
        }
        assert_eq!(rows(&mut other), Vec::<i64>::new(), "dropping the command undoes its committed parts");
        let command = store.command().unwrap();
        write(&store, 2, true);
        write(&store, 3, false);
        drop(store.read().unwrap());
        write(&store, 4, true);
        command.commit().unwrap();
        assert_eq!(rows(&mut other), [2, 4], "a part rolled back alone");
        write(&store, 5, true);
        write(&store, 6, false);
        assert_eq!(rows(&mut other), [2, 4, 5]);
    }

    /// Whether two statements on the connection run in one transaction
    /// (`now()` is the transaction's start; autocommit starts one each).
    fn in_transaction(store: &PgStore) -> bool {
        let mut client = store.client.borrow_mut();
        let mut now = || client.query_one("SELECT now()::text", &[]).unwrap().get::<_, String>(0);
        now() == now()
    }

    #[test]
    fn read_one_begins_no_transaction_unless_a_command_is_open() {
        let Some(server) = Server::get() else { return };
        let store = open(&server.database());
        let one = store.read_one().unwrap();
        assert!(!in_transaction(&store), "read_one spares BEGIN and ROLLBACK");
        one.commit().unwrap();
        let read = store.read().unwrap();
        assert!(in_transaction(&store), "read keeps its snapshot");
        drop(read);
        let command = store.command().unwrap();
        let one = store.read_one().unwrap();
        assert!(in_transaction(&store), "inside a command, read_one is part of it");
        drop(one);
        drop(command);
        assert!(!in_transaction(&store), "every span ended");
    }

    #[test]
    fn a_write_waits_for_the_tenant_lock_at_most_the_busy_timeout() {
        let Some(server) = Server::get() else { return };
        let url = server.database();
        let mut holder = raw(&url);
        holder
            .batch_execute("INSERT INTO tenants VALUES ('t', 'acme', 'Acme', 'UTC', '2026-11-24T10:00:00Z')")
            .unwrap();
        holder.batch_execute("BEGIN; SELECT 1 FROM tenants FOR UPDATE").unwrap();
        let store = PgStore::open(&url, Duration::from_millis(50)).unwrap();
        assert!(store.read().unwrap().find_tenant("acme").unwrap().is_some(), "readers do not wait");
        let tx = store.write().unwrap();
        let err = tx.find_tenant("acme").unwrap_err();
        assert_eq!(err.kind, Kind::Database(Fault::Busy), "{err}");
        drop(tx);
        holder.batch_execute("COMMIT").unwrap();
        let tx = store.write().unwrap();
        assert!(tx.find_tenant("acme").unwrap().is_some(), "the lock is free again");
    }
}
