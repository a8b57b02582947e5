//! TestEnv: a temp dir with its own database file, and a runner for the real
//! binary with a fixed clock (`PARTNERCTL_NOW`).

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

pub const NOW: &str = "2026-11-24T10:00:00Z";

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub now: String,
}

/// The result of one run: exit code, stdout, stderr.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
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

impl TestEnv {
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("test.db");
        TestEnv { dir, db, now: NOW.to_string() }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A command for the binary with the test database and clock; no TTY.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("partnerctl").expect("binary");
        cmd.env_clear()
            .env("PARTNERCTL_DB", &self.db)
            .env("PARTNERCTL_NOW", &self.now)
            .env("USER", "tester")
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("NO_COLOR", "1");
        cmd
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
        let Output { status, stdout, stderr } = cmd.output().expect("run partnerctl");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    /// Creates tenant `acme` (timezone `tz`) with users alice (later owner of
    /// `blue-note`), bob, carol and landlord lena.
    pub fn seed(&self, tz: &str) {
        self.run(&["tenant", "create", "acme", "--name", "Acme City", "--timezone", tz]).ok();
        for (email, name) in
            [("alice@example.com", "Alice"), ("bob@example.com", "Bob"), ("carol@example.com", "Carol")]
        {
            self.run(&["user", "add", email, "--name", name]).ok();
        }
        self.run(&["user", "add", "lena@example.com", "--name", "Lena", "--landlord"]).ok();
        self.run(&[
            "partner",
            "create",
            "blue-note",
            "--name",
            "Blue Note",
            "--kind",
            "venue",
            "--owner",
            "alice@example.com",
        ])
        .ok();
    }

    /// Every row of every table, for "nothing was written" checks.
    pub fn dump(&self) -> String {
        dump_db(&self.db)
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
            .query_map([], |r| Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|")))
            .unwrap();
        for row in rows {
            out.push_str(&format!("{name}: {}\n", row.unwrap()));
        }
    }
    out
}

impl TestEnv {
    /// Inserts an event hosted by partner `host` (slug) with plain SQL and
    /// returns its id. Temporary: import tests need events before
    /// `event create` is available on every branch.
    pub fn insert_event(&self, slug: &str, host: &str, starts_at: &str, ends_at: &str) -> String {
        let conn = rusqlite::Connection::open(&self.db).expect("open db");
        let id = format!("ev-{slug}");
        conn.execute(
            "INSERT INTO events (id, tenant_id, slug, title, starts_at, ends_at, host_partner_id, created_at, updated_at)
             SELECT ?1, p.tenant_id, ?2, ?2, ?3, ?4, p.id, ?5, ?5 FROM partners p WHERE p.slug = ?6",
            rusqlite::params![id, slug, starts_at, ends_at, self.now, host],
        )
        .expect("insert event");
        id
    }

    /// Rows of a read-only SQL query, each as its columns joined by `|`.
    pub fn query(&self, sql: &str) -> Vec<String> {
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
