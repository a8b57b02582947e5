//! `db backup DEST`: finishes beside busy writers, is a private, complete,
//! self-contained file, and leaves nothing behind when it fails.

use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use crate::support::*;

/// Names in `dir`, sorted: a failed or refused backup must not add any.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The seeded database padded with `mib` MiB of audit rows written straight
/// in SQL: a copy long enough for many writes to land while it runs (the old
/// copy, restarted by each, rarely finished at 10 MiB and never at 40).
fn padded(mib: usize) -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    // Each row holds about 4 KiB of JSON.
    let rows = mib * 256;
    env.sql(&format!(
        "INSERT INTO audit_log (at, actor, action, target_kind, target_id, details)
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
         SELECT '{NOW}', 'operator:tester', 'test.padding', 'user', NULL, json_object('pad', hex(randomblob(2000)))
         FROM n"
    ));
    env
}

/// Checks a finished backup: mode 0600, one self-contained file that passes
/// `db check`; returns its user count.
#[track_caller]
fn check_copy(env: &TestEnv, copy: &Path) -> usize {
    assert_eq!(mode(copy), 0o600, "backup mode");
    let wal = format!("{}-wal", copy.display());
    assert!(!Path::new(&wal).exists(), "the backup needs no -wal");
    let check = env.run_cmd(env.cmd().arg("--db").arg(copy).args(["--format", "json", "db", "check"])).ok();
    assert_eq!(check.json()["ok"], true);
    let status = env.run_cmd(env.cmd().arg("--db").arg(copy).args(["--format", "json", "db", "status"])).ok();
    status.json()["users"].as_u64().unwrap() as usize
}

#[test]
fn backup_finishes_while_another_process_writes() {
    if sqlite_only() {
        return;
    }
    let env = Arc::new(padded(40));
    let users_before = env.count("SELECT count(*) FROM users");
    let stop = Arc::new(AtomicBool::new(false));
    let (started_tx, started_rx) = mpsc::channel();
    // Another process commits as fast as it can for the whole backup.
    let writer = {
        let (env, stop) = (Arc::clone(&env), Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut written = 0;
            while !stop.load(Ordering::Relaxed) {
                let email = format!("writer{written}@example.com");
                let run = Run::from(env.std_cmd().args(["user", "add", &email, "--name", "W"]).output().unwrap());
                assert_eq!(run.code, 0, "writer: {}", run.stderr);
                written += 1;
                if written == 1 {
                    started_tx.send(()).unwrap();
                }
            }
            written
        })
    };
    started_rx.recv().expect("the writer is under way");
    let copy = env.path("copy.db");
    let backup =
        env.std_cmd().arg("db").arg("backup").arg(&copy).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let pid = backup.id();
    let (done_tx, done_rx) = mpsc::channel();
    std::thread::spawn(move || done_tx.send(backup.wait_with_output().unwrap()));
    // A hang detector, not a timing assertion: the old copy never finished.
    let output = done_rx.recv_timeout(Duration::from_secs(120)).unwrap_or_else(|_| {
        let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
        stop.store(true, Ordering::Relaxed);
        panic!("db backup still running after 120 s beside a writer");
    });
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();
    Run::from(output).ok();
    let users_after = env.count("SELECT count(*) FROM users");
    assert_eq!(users_after, users_before + written);
    let copied = check_copy(&env, &copy);
    assert!(
        (users_before..=users_after).contains(&copied),
        "{copied} users, not a snapshot in {users_before}..={users_after}"
    );
}

#[test]
fn backup_on_a_full_disk_leaves_nothing_and_a_retry_succeeds() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.seed("UTC");
    let out = env.path("out");
    std::fs::create_dir(&out).unwrap();
    let dest = out.join("copy.db");
    // A file-size limit makes writes fail with EFBIG as on a full disk;
    // SIGXFSZ ignored so that the write fails instead of killing the process.
    let limited =
        env.run_cmd(env.sh(r#"trap "" XFSZ; ulimit -f 100; exec "$0" "$@""#).args(["db", "backup"]).arg(&dest));
    assert_eq!(limited.code, 8, "exit code\nstderr: {}", limited.stderr);
    assert_eq!(limited.stderr.lines().count(), 1, "{}", limited.stderr);
    assert!(limited.stderr.starts_with(&format!("error: backup to {} failed: ", dest.display())), "{}", limited.stderr);
    assert!(!limited.stderr.contains("not an error"), "{}", limited.stderr);
    assert!(listing(&out).is_empty(), "left behind: {:?}", listing(&out));

    env.run(&["db", "backup", dest.to_str().unwrap()]).ok();
    check_copy(&env, &dest);
    assert_eq!(dump_db(&dest), env.dump());
}

#[test]
fn backup_never_replaces_or_follows_an_existing_entry() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.seed("UTC");
    let out = env.path("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("file.db"), b"keep me").unwrap();
    std::fs::create_dir(out.join("dir.db")).unwrap();
    symlink("file.db", out.join("link.db")).unwrap();
    symlink("nowhere.db", out.join("dangling.db")).unwrap();
    let before = listing(&out);
    for name in ["file.db", "dir.db", "link.db", "dangling.db"] {
        let dest = out.join(name);
        let error = env.refused_with(&["db", "backup", dest.to_str().unwrap()], 5);
        assert_eq!(error["code"], "conflict", "{name}");
        assert!(error["message"].as_str().unwrap().contains(dest.to_str().unwrap()), "{name}: {error}");
        assert_eq!(listing(&out), before, "{name}: created something");
    }
    assert_eq!(std::fs::read(out.join("file.db")).unwrap(), b"keep me");
}
