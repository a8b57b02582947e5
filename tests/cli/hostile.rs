//! A corpus of hostile input, one table: each case gets its documented exit
//! code, a one-line message (plus an optional hint line), no panic, and the
//! database unchanged.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use crate::support::*;

/// A tenant `acme` with users, partner blue-note, event `gig` and one
/// invite, plus a second tenant `other` whose records must stay invisible.
fn fixture() -> TestEnv {
    let env = TestEnv::new();
    env.seed("Europe/Berlin");
    env.run(&["event", "create", "gig", "--partner", "blue-note", "--title", "Gig", "--starts-at", "2026-12-05"]).ok();
    env.run(&["--as", "alice@example.com", "invite", "send", "gig", "bob@example.com"]).ok();
    env.run(&["tenant", "create", "other", "--name", "Other"]).ok();
    let other = |args: &[&str]| env.run_cmd(env.cmd().args(["--tenant", "other"]).args(args)).ok();
    other(&["user", "add", "stranger@other.example", "--name", "Stranger"]);
    other(&["partner", "create", "far-away", "--name", "Far Away", "--owner", "stranger@other.example"]);
    other(&["event", "create", "far-gig", "--partner", "far-away", "--title", "Far", "--starts-at", "2026-12-05"]);
    env
}

/// Checks one refused run: code, message shape, no panic, nothing written.
#[track_caller]
fn assert_refused(env: &TestEnv, before: &str, run: Run, expected: i32, case: &str) {
    assert_eq!(run.code, expected, "{case}: exit code\nstderr: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{case}: panic\n{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert!(!lines.is_empty(), "{case}: no message");
    assert!(
        lines[0].starts_with("error: ") || lines[0].starts_with("error:"),
        "{case}: first line is not an error: {}",
        run.stderr
    );
    if expected != 2 {
        // clap's own usage errors print a usage block; ours are one line + hint.
        assert!(lines.len() <= 2 && (lines.len() == 1 || lines[1].starts_with("hint: ")), "{case}: {}", run.stderr);
    }
    assert_eq!(before, env.dump(), "{case}: the database changed");
}

#[test]
fn hostile_arguments_are_refused_cleanly() {
    let env = fixture();
    let long_name = "x".repeat(100_000);
    let long_slug = "a".repeat(64);
    let cases: &[(&str, &[&str], i32)] = &[
        (
            "time: words",
            &["event", "create", "e1", "--partner", "blue-note", "--title", "T", "--starts-at", "tomorrow"],
            2,
        ),
        (
            "time: month 13",
            &["event", "create", "e1", "--partner", "blue-note", "--title", "T", "--starts-at", "2026-13-01"],
            2,
        ),
        (
            "time: end before start",
            &[
                "event",
                "create",
                "e1",
                "--partner",
                "blue-note",
                "--title",
                "T",
                "--starts-at",
                "2026-12-05",
                "--ends-at",
                "2026-12-04",
            ],
            2,
        ),
        ("time: audit since", &["audit", "list", "--since", "last week"], 2),
        ("time: metrics until", &["metrics", "event", "gig", "--until", "2026-02-30"], 2),
        ("duration: words", &["member", "invite", "blue-note", "bob@example.com", "--expires-in", "7 days"], 2),
        ("duration: zero", &["member", "invite", "blue-note", "bob@example.com", "--expires-in", "0d"], 2),
        ("duration: unit", &["member", "invite", "blue-note", "bob@example.com", "--expires-in", "3y"], 2),
        (
            "duration: overflow",
            &["member", "invite", "blue-note", "bob@example.com", "--expires-in", "99999999999999999999d"],
            2,
        ),
        ("enum: kind", &["partner", "create", "p1", "--name", "P", "--kind", "castle"], 2),
        ("enum: role", &["member", "invite", "blue-note", "bob@example.com", "--role", "emperor"], 2),
        ("enum: flag", &["member", "set-perms", "blue-note", "alice@example.com", "--grant", "can_fly"], 2),
        (
            "enum: channel",
            &["--as", "carol@example.com", "invite", "send", "gig", "bob@example.com", "--channel", "pigeon"],
            2,
        ),
        ("enum: status", &["invite", "list", "--status", "lost"], 2),
        ("enum: group by", &["metrics", "event", "gig", "--by", "color"], 2),
        ("enum: sort key", &["metrics", "event", "gig", "--sort", "vibes"], 2),
        ("enum: permission", &["access", "check", "can_fly", "--partner", "blue-note", "--as", "bob@example.com"], 2),
        ("enum: format", &["--format", "yaml", "partner", "list"], 2),
        ("enum: setting", &["tenant", "settings", "set", "colour", "blue"], 2),
        ("limit: words", &["tenant", "settings", "set", "invites_per_day_per_user", "lots"], 2),
        ("limit: fraction", &["plan", "update", "pro", "--limit", "invites_per_day_per_user=1.5"], 2),
        ("limit: negative", &["plan", "update", "pro", "--limit", "members_per_partner=-3"], 2),
        ("email: no at", &["user", "add", "not-an-email", "--name", "X"], 2),
        ("email: two ats", &["user", "add", "a@@b.example", "--name", "X"], 2),
        ("email: spaces", &["user", "add", "a b@c.example", "--name", "X"], 2),
        ("email: empty", &["user", "add", "", "--name", "X"], 2),
        ("name: empty", &["user", "add", "new@example.com", "--name", ""], 2),
        ("name: control char", &["user", "add", "new@example.com", "--name", "a\nb"], 2),
        ("name: enormous", &["partner", "create", "p1", "--name", &long_name], 2),
        ("slug: upper case", &["partner", "create", "UPPER", "--name", "P"], 2),
        ("slug: leading dash", &["partner", "create", "-lead", "--name", "P"], 2),
        ("slug: too long", &["partner", "create", &long_slug, "--name", "P"], 2),
        (
            "slug: unicode",
            &["event", "create", "fête", "--partner", "blue-note", "--title", "T", "--starts-at", "2026-12-05"],
            2,
        ),
        ("principal: prefix", &["metrics", "event", "gig", "--drill", "--inviter", "group:x"], 2),
        ("paging: negative limit", &["metrics", "event", "gig", "--drill", "--limit", "-1"], 2),
        ("id: unknown invite", &["invite", "show", "0000"], 3),
        ("sql: invite id", &["invite", "show", "' OR 1=1 --"], 3),
        ("sql: partner slug", &["partner", "show", "'; DROP TABLE partners; --"], 3),
        ("sql: user ref", &["user", "show", "x' UNION SELECT * FROM users --"], 3),
        ("tenant: unknown", &["--tenant", "nowhere", "partner", "list"], 3),
        ("cross-tenant: partner", &["partner", "show", "far-away"], 3),
        ("cross-tenant: event", &["event", "show", "far-gig"], 3),
        ("cross-tenant: actor", &["--as", "stranger@other.example", "partner", "list"], 3),
        (
            "cross-tenant: receiver",
            &["--as", "alice@example.com", "invite", "send", "gig", "stranger@other.example"],
            3,
        ),
        ("cross-tenant: manager", &["event", "add-manager", "gig", "far-away"], 3),
        ("option: busy timeout", &["--busy-timeout", "soon", "partner", "list"], 2),
        ("option: unknown command", &["partner", "explode"], 2),
        ("option: both windows", &["event", "list", "--upcoming", "--past"], 2),
    ];
    assert!(cases.len() >= 40);
    for (case, args, expected) in cases {
        let before = env.dump();
        let run = env.run_cmd(env.cmd().env("PARTNERCTL_TENANT", "acme").args(*args));
        assert_refused(&env, &before, run, *expected, case);
    }
    // The clock and non-UTF-8 arguments.
    let before = env.dump();
    let run = env.run_cmd(env.cmd().env("PARTNERCTL_NOW", "yesterday").args(["--tenant", "acme", "partner", "list"]));
    assert_refused(&env, &before, run, 2, "clock: PARTNERCTL_NOW");
    let run = env.run_cmd(
        env.cmd().args(["--tenant", "acme", "partner", "show"]).arg(OsString::from_vec(vec![0x66, 0xff, 0xfe])),
    );
    assert_refused(&env, &before, run, 2, "argument: non-UTF-8");
}

#[test]
fn broken_database_files_are_database_errors() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.seed("UTC");
    let truncated = env.path("truncated.db");
    let bytes = std::fs::read(&env.db).unwrap();
    // Checkpointed content lives in the main file; cut it mid-page.
    env.run(&["db", "check"]).ok();
    std::fs::write(&truncated, &bytes[..bytes.len().min(4096 + 100)]).unwrap();
    let garbage = env.path("garbage.db");
    std::fs::write(&garbage, vec![0xAB; 8192]).unwrap();
    let dir = env.path("a-directory");
    std::fs::create_dir(&dir).unwrap();
    for (case, path) in [("truncated", &truncated), ("garbage", &garbage), ("directory", &dir)] {
        let before = std::fs::read(path).ok();
        let run = env.run(&["--db", path.to_str().unwrap(), "partner", "list"]);
        assert!(matches!(run.code, 3 | 8), "{case}: exit {}\n{}", run.code, run.stderr);
        assert!(!run.stderr.contains("panicked"), "{case}: {}", run.stderr);
        assert!(run.stderr.starts_with("error: "), "{case}: {}", run.stderr);
        assert_eq!(before, std::fs::read(path).ok(), "{case}: file changed");
        let run = env.run(&["--db", path.to_str().unwrap(), "user", "add", "x@example.com", "--name", "X"]);
        assert!(matches!(run.code, 3 | 8), "{case}: exit {}\n{}", run.code, run.stderr);
        assert_eq!(before, std::fs::read(path).ok(), "{case}: file changed");
    }
}

#[test]
fn read_only_database_serves_reads_and_refuses_writes() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.seed("UTC");
    // Fold the WAL into the main file, then make the file unwritable.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
    drop(conn);
    let before = env.dump();
    let Some(_guard) = ReadOnly::make(&env.db) else {
        eprintln!("skipped: cannot make a file read-only for this user (root without chattr)");
        return;
    };
    let list = env.run(&["--format", "json", "partner", "list"]).ok();
    assert_eq!(list.json().as_array().unwrap().len(), 1);
    let run = env.run(&["user", "add", "x@example.com", "--name", "X"]);
    assert_eq!(run.code, 8, "{}", run.stderr);
    assert!(run.stderr.starts_with("error: ") && !run.stderr.contains("panicked"), "{}", run.stderr);
    drop(_guard);
    assert_eq!(before, env.dump());
}

/// Makes a file unwritable (mode 0444, and immutable when running as root);
/// undoes it on drop so the temp dir can be removed.
struct ReadOnly(std::path::PathBuf);

impl ReadOnly {
    fn make(path: &std::path::Path) -> Option<ReadOnly> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o444)).ok()?;
        let guard = ReadOnly(path.to_path_buf());
        if std::fs::OpenOptions::new().append(true).open(path).is_ok() {
            let _ = std::process::Command::new("chattr").arg("+i").arg(path).status();
        }
        std::fs::OpenOptions::new().append(true).open(path).is_err().then_some(guard)
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::process::Command::new("chattr").arg("-i").arg(&self.0).status();
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o600));
    }
}

#[test]
fn file_colon_paths_are_plain_file_names() {
    let env = TestEnv::new();
    // Relative names, resolved in the test directory like any other path.
    let here = |args: &[&str]| {
        env.run_cmd(
            env.cmd().current_dir(env.dir.path()).env_remove("PARTNERCTL_DB").args(["--format", "json"]).args(args),
        )
    };
    for db in ["file:memory.db?mode=memory", "file:real.db"] {
        here(&["--db", db, "tenant", "create", "acme", "--name", "Acme"]).ok();
        let tenants = here(&["--db", db, "tenant", "list"]).ok().json();
        assert_eq!(tenants.as_array().unwrap().len(), 1, "{db}: the data is gone");
        assert_eq!(here(&["--db", db, "db", "status"]).ok().json()["path"], db);
        assert!(dump_db(&env.path(db)).contains("tenants: "), "{db}: data not in the file named {db}");
    }
    assert!(!env.path("real.db").exists() && !env.path("memory.db").exists());
    for dest in ["file:copy.db", "file:m?mode=memory"] {
        assert_eq!(here(&["--db", "file:real.db", "db", "backup", dest]).ok().json()["path"], dest);
        let copy = env.path(dest);
        assert_eq!(dump_db(&copy), dump_db(&env.path("file:real.db")), "{dest}");
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600, "{dest}");
    }
    assert!(!env.path("copy.db").exists() && !env.path("m").exists());
}

/// A directory that is truly read-only for the binary: mode 0555, and when
/// the tests run as root (who ignores modes) the binary runs as `nobody`.
struct ReadOnlyDir {
    dir: std::path::PathBuf,
    as_nobody: bool,
}

impl ReadOnlyDir {
    /// `None` when this machine can do neither (a failure under CI).
    fn new(env: &TestEnv) -> Option<ReadOnlyDir> {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let set = |path: &std::path::Path, mode| std::fs::set_permissions(path, PermissionsExt::from_mode(mode));
        // The test's own directory was created by this process's user.
        let as_nobody = std::fs::metadata(env.dir.path()).unwrap().uid() == 0;
        if as_nobody {
            let runs = std::process::Command::new("runuser")
                .args(["-u", "nobody", "--"])
                .arg(assert_cmd::cargo::cargo_bin("partnerctl"))
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success());
            if !runs {
                return None;
            }
            set(env.dir.path(), 0o755).unwrap();
        }
        let dir = env.path("ro");
        std::fs::create_dir(&dir).unwrap();
        let out = env.path("out");
        std::fs::create_dir(&out).unwrap();
        set(&out, 0o777).unwrap();
        Some(ReadOnlyDir { dir, as_nobody })
    }

    /// Copies the test database (and its -wal/-shm, when given) in, then locks
    /// the directory.
    fn fill(&self, env: &TestEnv, suffixes: &[&str]) -> std::path::PathBuf {
        use std::os::unix::fs::PermissionsExt;
        for suffix in suffixes {
            let target = self.dir.join(format!("test.db{suffix}"));
            std::fs::copy(format!("{}{suffix}", env.db.display()), &target).unwrap();
            std::fs::set_permissions(&target, PermissionsExt::from_mode(0o644)).unwrap();
        }
        std::fs::set_permissions(&self.dir, PermissionsExt::from_mode(0o555)).unwrap();
        if !self.as_nobody {
            assert!(std::fs::File::create(self.dir.join("probe")).is_err(), "the directory is still writable");
        }
        self.dir.join("test.db")
    }

    fn run(&self, db: &std::path::Path, args: &[&str]) -> Run {
        let bin = assert_cmd::cargo::cargo_bin("partnerctl");
        let mut cmd = std::process::Command::new(if self.as_nobody { "runuser".into() } else { bin.clone() });
        if self.as_nobody {
            cmd.args(["-u", "nobody", "--"]).arg(bin);
        }
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("PARTNERCTL_NOW", NOW)
            .env("NO_COLOR", "1")
            .arg("--db")
            .arg(db)
            .args(args);
        Run::from(cmd.output().expect("run partnerctl"))
    }
}

impl Drop for ReadOnlyDir {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&self.dir, PermissionsExt::from_mode(0o755));
    }
}

fn read_only_dir(env: &TestEnv) -> Option<ReadOnlyDir> {
    let dir = ReadOnlyDir::new(env);
    if dir.is_none() {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI: cannot make read-only storage (root without runuser)"
        );
        eprintln!("skipped: cannot make read-only storage here (root without runuser/nobody)");
    }
    dir
}

#[test]
fn database_on_read_only_storage_is_readable_and_refuses_writes() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.seed("UTC");
    let Some(ro) = read_only_dir(&env) else { return };
    let db = ro.fill(&env, &[""]);
    let before = dump_db(&db);
    let files = std::fs::read_dir(&ro.dir).unwrap().count();

    let tenants = ro.run(&db, &["--format", "json", "tenant", "list"]).ok().json();
    assert_eq!(tenants[0]["slug"], "acme");
    assert_eq!(ro.run(&db, &["--format", "json", "db", "check"]).ok().json()["ok"], true);
    let copy = env.path("out").join("copy.db");
    ro.run(&db, &["db", "backup", copy.to_str().unwrap()]).ok();
    assert_eq!(dump_db(&copy), before);

    let run = ro.run(&db, &["user", "add", "x@example.com", "--name", "X"]).code(8);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("read-only storage"), "{}", run.stderr);
    assert_eq!(std::fs::read_dir(&ro.dir).unwrap().count(), files, "files created in the read-only directory");
    assert_eq!(dump_db(&db), before);
}

#[test]
fn read_only_storage_reads_commits_still_in_the_wal() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.seed("UTC");
    // A connection that never checkpoints leaves this commit in the -wal only.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("PRAGMA wal_autocheckpoint = 0; UPDATE tenants SET name = 'Only in the WAL'").unwrap();
    let Some(ro) = read_only_dir(&env) else { return };
    let db = ro.fill(&env, &["", "-wal", "-shm"]);
    drop(conn);
    let tenants = ro.run(&db, &["--format", "json", "tenant", "list"]).ok().json();
    assert_eq!(tenants[0]["name"], "Only in the WAL");
}

#[test]
fn read_only_storage_refuses_a_wal_it_cannot_read_and_an_old_schema() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.seed("UTC");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("PRAGMA wal_autocheckpoint = 0; UPDATE tenants SET name = 'Only in the WAL'").unwrap();
    let Some(ro) = read_only_dir(&env) else { return };
    // Without its -shm the log cannot be read; the main file alone is stale.
    let db = ro.fill(&env, &["", "-wal"]);
    let run = ro.run(&db, &["tenant", "list"]).code(8);
    assert!(run.stderr.starts_with("error: ") && run.stderr.contains("write-ahead log"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    drop(conn);

    // A schema this binary would migrate cannot be migrated there.
    let old = TestEnv::new();
    old.seed("UTC");
    old.sql("PRAGMA user_version = 0");
    let Some(ro) = read_only_dir(&old) else { return };
    let db = ro.fill(&old, &[""]);
    let run = ro.run(&db, &["tenant", "list"]).code(8);
    assert!(run.stderr.contains("cannot be migrated"), "{}", run.stderr);
}
