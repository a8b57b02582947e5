//! TestEnv: a temp dir with its own database, and a runner for the real
//! binary with a fixed clock (`PARTNERCTL_NOW`).
//!
//! The database is a SQLite file in the temp dir, or with
//! `PARTNERCTL_TEST_BACKEND=postgres` a fresh database on the test
//! PostgreSQL server (`partnerctl_store_postgres::testing`), which
//! `PARTNERCTL_DB` then names: the same tests run on both backends.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
pub use partnerctl_store_postgres::testing::on_postgres;
use partnerctl_store_postgres::testing::Server;
use serde_json::Value;

pub const NOW: &str = "2026-11-24T10:00:00Z";

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    /// The SQLite file (absent on PostgreSQL).
    pub db: PathBuf,
    /// The PostgreSQL database's URL, when the suite runs on PostgreSQL.
    pub pg: Option<String>,
    pub now: String,
}

/// Whether to skip a test of what only a SQLite file has (its bytes, its
/// permissions, its WAL, the backup API, SQLite SQL): true on PostgreSQL.
pub fn sqlite_only() -> bool {
    let skip = on_postgres();
    if skip {
        eprintln!("skipped on PostgreSQL: the test is about SQLite files");
    }
    skip
}

/// The test server; the suite cannot run on PostgreSQL without one.
fn pg_server() -> &'static Server {
    Server::get().expect("PARTNERCTL_TEST_BACKEND=postgres needs a PostgreSQL server")
}

/// The result of one run: exit code, stdout, stderr.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(Output { status, stdout, stderr }: Output) -> Run {
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}\nstderr: {}", self.stdout, self.stderr))
    }
    /// The JSON error object printed on stderr with --format json.
    pub fn error_json(&self) -> Value {
        serde_json::from_str(self.stderr.trim()).unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {}", self.stderr))
    }
    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(self.code, 0, "expected success\nstdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }
    #[track_caller]
    pub fn code(self, expected: i32) -> Run {
        assert_eq!(self.code, expected, "unexpected exit code\nstdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }
}

/// Each test's PostgreSQL databases go with it: a suite that kept them
/// all until the process ended held gigabytes (a database and its forks
/// per test) and could fill the disk.
impl Drop for TestEnv {
    fn drop(&mut self) {
        // A failing test keeps its database to look at; the next test
        // process drops it with the other leftovers of ended processes.
        if let (Some(url), false) = (&self.pg, std::thread::panicking()) {
            pg_server().drop_database(url);
        }
    }
}

impl TestEnv {
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("test.db");
        let pg = on_postgres().then(|| pg_server().database());
        TestEnv { dir, db, pg, now: NOW.to_string() }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A command for the binary with the test database and clock; no TTY.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// `cmd` as a plain std Command, for spawning processes that run at once.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("partnerctl"));
        self.set_env(&mut cmd);
        cmd
    }

    /// `sh -c SCRIPT` with `$0` the binary and the test's environment, for
    /// running it under shell limits (`ulimit`, `trap`): end SCRIPT with
    /// `exec "$0" "$@"` and add the arguments.
    pub fn sh(&self, script: &str) -> Command {
        let mut cmd = std::process::Command::new("sh");
        cmd.arg("-c").arg(script).arg(assert_cmd::cargo::cargo_bin("partnerctl"));
        self.set_env(&mut cmd).env("PATH", std::env::var_os("PATH").unwrap_or_default());
        Command::from_std(cmd)
    }

    /// `PROGRAM -c SCRIPT` (sh, bash, zsh, fish) with `partnerctl` on PATH,
    /// as an installed binary is, and the test's environment.
    pub fn shell(&self, program: &str, script: &str) -> std::process::Command {
        let bin = self.path("bin");
        if !bin.exists() {
            std::fs::create_dir(&bin).expect("bin dir");
            std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("partnerctl"), bin.join("partnerctl"))
                .expect("link partnerctl into the bin dir");
        }
        let mut path = std::ffi::OsString::from(bin);
        path.push(":");
        path.push(std::env::var_os("PATH").unwrap_or_default());
        let mut cmd = std::process::Command::new(program);
        cmd.arg("-c").arg(script);
        self.set_env(&mut cmd).env("PATH", path);
        cmd
    }

    fn set_env<'c>(&self, cmd: &'c mut std::process::Command) -> &'c mut std::process::Command {
        cmd.env_clear()
            .env("PARTNERCTL_DB", self.pg.as_ref().map_or(self.db.as_os_str(), |url| url.as_ref()))
            .env("PARTNERCTL_NOW", &self.now)
            .env("USER", "tester")
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("NO_COLOR", "1")
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_cmd(self.cmd().args(args))
    }

    /// Runs with `--as USER`.
    pub fn run_as(&self, user: &str, args: &[&str]) -> Run {
        self.run_cmd(self.cmd().arg("--as").arg(user).args(args))
    }

    /// Runs with `--format json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        self.run_cmd(self.cmd().args(["--format", "json"]).args(args)).ok().json()
    }

    pub fn run_cmd(&self, cmd: &mut Command) -> Run {
        Run::from(cmd.output().expect("run partnerctl"))
    }

    /// Creates tenant `acme` (timezone `tz`) with users alice (later owner of
    /// `blue-note`), bob, carol and landlord lena.
    pub fn seed(&self, tz: &str) {
        self.run(&["tenant", "create", "acme", "--name", "Acme City", "--timezone", tz]).ok();
        self.add_users(&[(ALICE, "Alice"), (BOB, "Bob"), (CAROL, "Carol")]);
        self.run(&["user", "add", LENA, "--name", "Lena", "--landlord"]).ok();
        self.run(&["partner", "create", "blue-note", "--name", "Blue Note", "--kind", "venue", "--owner", ALICE]).ok();
    }

    /// Every row of every table, for "nothing was written" checks.
    pub fn dump(&self) -> String {
        match &self.pg {
            Some(url) => dump_pg(url),
            None => dump_db(&self.db),
        }
    }
}

/// One value of a dump; text as a quoted string so dumps can be searched.
fn cell_text(value: rusqlite::types::ValueRef) -> String {
    match value {
        rusqlite::types::ValueRef::Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
        other => format!("{other:?}"),
    }
}

/// A deterministic text dump of every table, for before/after comparisons.
pub fn dump_db(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).expect("open db");
    let mut out = String::new();
    let mut tables = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap();
    let names: Vec<String> = tables.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    for name in names {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {name} ORDER BY 1")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| Ok((0..n).map(|i| cell_text(r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|")))
            .unwrap();
        for row in rows {
            out.push_str(&format!("{name}: {}\n", row.unwrap()));
        }
    }
    out
}

/// `dump_db` of a PostgreSQL database: every row of every table, text quoted.
fn dump_pg(url: &str) -> String {
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connect to the test database");
    let tables: Vec<String> = client
        .query("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1", &[])
        .expect("list tables")
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut out = String::new();
    for name in tables {
        for message in client.simple_query(&format!("SELECT * FROM {name} ORDER BY 1")).expect("dump a table") {
            if let postgres::SimpleQueryMessage::Row(row) = message {
                let cells: Vec<String> = (0..row.len()).map(|i| format!("{:?}", row.get(i))).collect();
                out.push_str(&format!("{name}: {}\n", cells.join("|")));
            }
        }
    }
    out
}

/// The rows of `sql` on a PostgreSQL database as `query` prints SQLite's:
/// columns joined by `|`, NULL empty, booleans 0/1.
fn query_pg(url: &str, sql: &str) -> Vec<String> {
    use postgres::types::Type;
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connect to the test database");
    let rows = client.query(sql, &[]).unwrap_or_else(|e| panic!("query failed: {e}: {sql}"));
    let cell = |row: &postgres::Row, i: usize| -> String {
        match *row.columns()[i].type_() {
            Type::BOOL => row.get::<_, Option<bool>>(i).map_or(String::new(), |b| u8::from(b).to_string()),
            Type::INT8 => row.get::<_, Option<i64>>(i).map_or(String::new(), |v| v.to_string()),
            Type::INT4 => row.get::<_, Option<i32>>(i).map_or(String::new(), |v| v.to_string()),
            _ => row.get::<_, Option<String>>(i).unwrap_or_default(),
        }
    };
    rows.iter().map(|row| (0..row.len()).map(|i| cell(row, i)).collect::<Vec<_>>().join("|")).collect()
}

impl TestEnv {
    /// Runs with the clock set to `now`.
    pub fn run_at(&self, now: &str, args: &[&str]) -> Run {
        self.run_cmd(self.cmd().env("PARTNERCTL_NOW", now).args(args))
    }

    /// `add_member` (role staff) in tenant `tenant` of a database with several.
    pub fn add_member_in(&self, tenant: &str, partner: &str, email: &str) {
        self.run(&["--tenant", tenant, "member", "invite", partner, email]).ok();
        self.run(&["--tenant", tenant, "member", "accept", partner, email]).ok();
    }

    /// Adds an ACTIVE membership of `email` in `partner` with the role's
    /// default flags, through `member invite` + `member accept` (operator).
    pub fn add_member(&self, partner: &str, email: &str, role: &str) {
        self.run(&["member", "invite", partner, email, "--role", role]).ok();
        self.run(&["member", "accept", partner, email]).ok();
    }

    /// Spawns one process per argument list, all at once, then waits for all.
    pub fn run_parallel(&self, arg_lists: &[Vec<String>]) -> Vec<Run> {
        let children: Vec<_> = arg_lists
            .iter()
            .map(|args| {
                self.std_cmd()
                    .args(args)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn partnerctl")
            })
            .collect();
        children.into_iter().map(|child| Run::from(child.wait_with_output().expect("wait for partnerctl"))).collect()
    }

    /// A new environment holding a copy of this one's database, so one
    /// fixture built once can serve many independent cases.
    pub fn fork(&self) -> TestEnv {
        if let Some(url) = &self.pg {
            let dir = tempfile::tempdir().expect("temp dir");
            let db = dir.path().join("test.db");
            return TestEnv { dir, db, pg: Some(pg_server().copy(url)), now: self.now.clone() };
        }
        let copy = TestEnv::new();
        std::fs::copy(&self.db, &copy.db).expect("copy db");
        let wal = |db: &Path| PathBuf::from(format!("{}-wal", db.display()));
        if wal(&self.db).exists() {
            std::fs::copy(wal(&self.db), wal(&copy.db)).expect("copy wal");
        }
        copy
    }

    /// Runs `args` with `--format json`, expects exit `code` and checks that
    /// nothing was written.
    #[track_caller]
    pub fn refused(&self, args: &[&str], code: i32) -> Run {
        let before = self.dump();
        let run = self.run_cmd(self.cmd().args(["--format", "json"]).args(args)).code(code);
        assert_eq!(before, self.dump(), "refused command wrote to the database: {args:?}");
        run
    }

    /// `refused`, returning the `error` object of the JSON error on stderr.
    #[track_caller]
    pub fn refused_with(&self, args: &[&str], code: i32) -> Value {
        self.refused(args, code).error_json()["error"].clone()
    }

    /// Adds user `name@example.com` and returns the email.
    pub fn add_user(&self, name: &str) -> String {
        let email = format!("{name}@example.com");
        self.run(&["user", "add", &email, "--name", name]).ok();
        email
    }

    /// Runs SQL straight against the test database (fixtures for rows no
    /// command of this branch writes yet).
    pub fn sql(&self, batch: &str) {
        if let Some(url) = &self.pg {
            let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connect to the test database");
            client.batch_execute(batch).unwrap_or_else(|e| panic!("fixture SQL failed: {e}: {:?}", e.as_db_error()));
            return;
        }
        let conn = rusqlite::Connection::open(&self.db).expect("open db");
        conn.execute_batch(batch).unwrap_or_else(|e| panic!("fixture SQL failed: {e}"));
    }

    /// Creates event `slug` hosted by `host` (operator); returns its id.
    pub fn create_event(&self, slug: &str, host: &str, starts_at: &str, ends_at: &str) -> String {
        let event = self.json(&event_args(slug, host, slug, starts_at, &["--ends-at", ends_at]));
        event["id"].as_str().expect("event id").to_string()
    }

    /// Rows of a read-only SQL query, each as its columns joined by `|`.
    pub fn query(&self, sql: &str) -> Vec<String> {
        if let Some(url) = &self.pg {
            return query_pg(url, sql);
        }
        let conn = rusqlite::Connection::open(&self.db).expect("open db");
        let mut stmt = conn.prepare(sql).expect("prepare");
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| match r.get_ref(i).unwrap() {
                        rusqlite::types::ValueRef::Null => String::new(),
                        rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                        rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                        other => format!("{other:?}"),
                    })
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .expect("query");
        rows.map(Result::unwrap).collect()
    }

    /// Writes a file into the test directory and returns its path as a string.
    pub fn write_file(&self, name: &str, contents: &[u8]) -> String {
        let path = self.path(name);
        std::fs::write(&path, contents).expect("write file");
        path.display().to_string()
    }
}

/// How the audit log names the operator: `operator:` and the OS account this
/// test runs as (asked of `id`, not of `$USER`, which the binary ignores).
pub fn operator() -> String {
    let out = std::process::Command::new("id").arg("-un").output().expect("run id -un");
    format!("operator:{}", String::from_utf8_lossy(&out.stdout).trim())
}

/// `prefix1@example.com` … `prefixN@example.com`.
pub fn emails(prefix: &str, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{prefix}{i}@example.com")).collect()
}

impl TestEnv {
    /// Adds every user of `emails` (display name = local part) with one `user import`.
    pub fn import_users(&self, emails: &[String]) {
        let rows: String = emails.iter().map(|e| format!("{e},{}\n", e.split('@').next().unwrap())).collect();
        let file = self.write_file("users.csv", format!("email,display_name\n{rows}").as_bytes());
        self.run(&["user", "import", &file]).ok();
    }

    /// The number a `SELECT count(*) …` query returns.
    pub fn count(&self, sql: &str) -> usize {
        self.query(sql)[0].parse().expect("a count")
    }
}

/// The users `TestEnv::seed` adds (lena is the landlord).
pub const ALICE: &str = "alice@example.com";
pub const BOB: &str = "bob@example.com";
pub const CAROL: &str = "carol@example.com";
pub const LENA: &str = "lena@example.com";
/// Users many fixtures add on top of the seed.
pub const DAVE: &str = "dave@example.com";
pub const ERIN: &str = "erin@example.com";
pub const FRANK: &str = "frank@example.com";

/// `event create SLUG --partner HOST --title TITLE --starts-at STARTS_AT`, then `extra`.
pub fn event_args<'a>(
    slug: &'a str,
    host: &'a str,
    title: &'a str,
    starts_at: &'a str,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec!["event", "create", slug, "--partner", host, "--title", title, "--starts-at", starts_at];
    args.extend(extra);
    args
}

/// The `id` of every record of a JSON list.
pub fn ids(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect()
}

/// `--as WHO --busy-timeout 30000 --format json ARGS…`, for `run_parallel`.
pub fn racing_as(who: &str, args: &[&str]) -> Vec<String> {
    ["--as", who, "--busy-timeout", "30000", "--format", "json"].iter().chain(args).map(|s| s.to_string()).collect()
}

impl TestEnv {
    /// Adds every `(email, display name)` with `user add`.
    pub fn add_users(&self, users: &[(&str, &str)]) {
        for (email, name) in users {
            self.run(&["user", "add", email, "--name", name]).ok();
        }
    }

    /// The audit rows of `action`, oldest first.
    pub fn audit(&self, action: &str) -> Vec<Value> {
        self.json(&["audit", "list", "--reverse", "--action", action]).as_array().unwrap().clone()
    }

    /// `invite send EVENT RECEIVER` as `who` at `now`, with --format json.
    pub fn send_at(&self, now: &str, who: &str, event: &str, receiver: &str, extra: &[&str]) -> Run {
        let mut args = vec!["--as", who, "--format", "json", "invite", "send", event, receiver];
        args.extend(extra);
        self.run_at(now, &args)
    }

    /// `send_at` at the test clock.
    pub fn send(&self, who: &str, event: &str, receiver: &str, extra: &[&str]) -> Run {
        self.send_at(&self.now, who, event, receiver, extra)
    }
}

impl TestEnv {
    /// How many audit rows the database holds.
    pub fn audit_rows(&self) -> usize {
        self.count("SELECT count(*) FROM audit_log")
    }
}

impl TestEnv {
    /// Runs the binary on a pseudo-terminal `columns` wide (util-linux
    /// `script`; `stty` sets the size the binary reads). stdout and stderr
    /// both reach the terminal; line ends come back as `\n`.
    pub fn on_terminal(&self, columns: u16, args: &[&str]) -> Run {
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        let line = format!("stty cols {columns} rows 50; exec \"$BIN\" {}", quoted.join(" "));
        let mut cmd = std::process::Command::new("script");
        cmd.args(["-qec", &line, "/dev/null"]);
        self.set_env(&mut cmd)
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("SHELL", "/bin/sh")
            .env("BIN", assert_cmd::cargo::cargo_bin("partnerctl"));
        let mut run = self.run_cmd(&mut Command::from_std(cmd));
        run.stdout = run.stdout.replace("\r\n", "\n");
        run
    }
}
