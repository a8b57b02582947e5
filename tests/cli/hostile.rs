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
