//! Crash safety: processes killed with SIGKILL (`Child::kill` on unix) in
//! the middle of their work leave a database that passes `db check` and
//! `PRAGMA integrity_check`, where every command happened completely (with
//! its one audit row) or not at all. Linux only: the import is killed once
//! `/proc/PID/fdinfo` shows how far it has read its file.

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Child, ExitStatus, Stdio};
use std::time::Duration;

use sha2::Digest;

use crate::support::*;

/// Events × inviters × receivers = rows of the import file.
const EVENTS: usize = 10;
const INVITERS: usize = 40;
const RECEIVERS: usize = 100;
const ROWS: usize = EVENTS * INVITERS * RECEIVERS;
/// Invites sent before the import.
const BEFORE: usize = 2;

/// How often a kill trigger is polled; only the kill moment depends on it.
const POLL: Duration = Duration::from_millis(1);

/// `PRAGMA integrity_check` and `db check` both pass.
#[track_caller]
fn assert_healthy(env: &TestEnv) {
    assert_eq!(env.query("PRAGMA integrity_check"), ["ok"]);
    env.run(&["db", "check"]).ok();
}

/// Whether the process died of SIGKILL (9 on Linux) rather than finishing first.
fn killed(status: ExitStatus) -> bool {
    status.signal() == Some(9)
}

/// How far process `pid` has read `file` (its descriptor's offset), if it
/// has the file open.
fn read_offset(pid: u32, file: &Path) -> Option<u64> {
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd")).ok()?;
    let fd = fds.flatten().find(|fd| std::fs::read_link(fd.path()).is_ok_and(|target| target == file))?;
    let info = std::fs::read_to_string(format!("/proc/{pid}/fdinfo/{}", fd.file_name().to_str()?)).ok()?;
    info.lines().find_map(|line| line.strip_prefix("pos:")).and_then(|pos| pos.trim().parse().ok())
}

/// Waits until `child` has read at least `offset` bytes of `file`, then
/// kills it; returns how it ended (it may finish first).
fn kill_after_reading(mut child: Child, file: &Path, offset: u64) -> ExitStatus {
    loop {
        if let Some(status) = child.try_wait().expect("poll the import") {
            return status;
        }
        if read_offset(child.id(), file).is_some_and(|pos| pos >= offset) {
            child.kill().expect("kill the import");
            return child.wait().expect("reap the import");
        }
        std::thread::sleep(POLL);
    }
}

/// tenant acme, users (one `user import`), partner blue-note, events
/// `e1..e10`, `BEFORE` invites sent, and an invite file of `ROWS` pending
/// invites (every inviter to every receiver on every event).
fn import_fixture() -> (TestEnv, String) {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme City"]).ok();
    let (inviters, receivers) = (emails("s", INVITERS), emails("r", RECEIVERS));
    env.import_users(&[&inviters[..], &receivers[..]].concat());
    env.run(&["partner", "create", "blue-note", "--name", "Blue Note"]).ok();
    let events: Vec<String> = (1..=EVENTS).map(|n| format!("e{n}")).collect();
    for event in &events {
        env.create_event(event, "blue-note", "2026-12-01T18:00:00Z", "2026-12-01T23:00:00Z");
    }
    // Receivers invite each other: no row of the file collides with these.
    for receiver in &receivers[1..=BEFORE] {
        env.run_as(&receivers[0], &["invite", "send", "e1", receiver]).ok();
    }
    let mut csv = String::from("event,receiver,inviter_kind,inviter,issued_by,status,created_at\n");
    for event in &events {
        for inviter in &inviters {
            for receiver in &receivers {
                csv.push_str(&format!("{event},{receiver},user,{inviter},{inviter},pending,2026-11-01T00:00:00Z\n"));
            }
        }
    }
    let file = env.write_file("invites.csv", csv.as_bytes());
    (env, file)
}

/// The indexes and triggers of the invites and their counters (a bulk
/// load sets some aside).
fn invite_schema(env: &TestEnv) -> Vec<String> {
    env.query(
        "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('index', 'trigger')
           AND tbl_name IN ('invites', 'invite_counts_by_inviter', 'invite_counts_by_issuer') ORDER BY 1",
    )
}

/// Either nothing of the import or all of it, with its one audit row; the
/// invites' indexes and triggers are all there.
#[track_caller]
fn assert_all_or_nothing(env: &TestEnv, schema: &[String]) -> bool {
    assert_healthy(env);
    assert_eq!(invite_schema(env), schema);
    let invites = env.count("SELECT count(*) FROM invites");
    let audited = env.count("SELECT count(*) FROM audit_log WHERE action = 'invite.import'");
    assert!(
        (invites, audited) == (BEFORE, 0) || (invites, audited) == (BEFORE + ROWS, 1),
        "{invites} invites, {audited} invite.import audit rows"
    );
    audited == 1
}

#[test]
fn an_import_killed_at_any_point_is_all_or_nothing() {
    if sqlite_only() {
        return;
    }
    let (fixture, file) = import_fixture();
    let schema = invite_schema(&fixture);
    let size = std::fs::metadata(&file).unwrap().len();
    let path = std::fs::canonicalize(&file).unwrap();
    // Killed while reading the first rows, before and after the bulk load
    // sets the secondary indexes and the counter triggers aside (at 20,000
    // rows), and once the whole file is read (the last rows, the index
    // rebuild, the recount or the commit).
    let mut killed_in_flight = 0;
    for (round, fraction) in [0.0, 0.3, 0.7, 1.0].into_iter().enumerate() {
        let env = fixture.fork();
        let child = env
            .std_cmd()
            .args(["invite", "import", &file])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn the import");
        let status = kill_after_reading(child, &path, (size as f64 * fraction) as u64);
        let imported = assert_all_or_nothing(&env, &schema);
        if killed(status) {
            killed_in_flight += usize::from(!imported);
        } else {
            assert!(status.success() && imported, "round {round}: the import ended with {status}");
        }
        // The file is usable at once: the same import now goes through.
        if round == 2 {
            env.run(&["invite", "import", &file]).ok();
            assert!(assert_all_or_nothing(&env, &schema));
        }
    }
    assert!(killed_in_flight >= 1, "no import was killed before it committed");
}

/// A tiny deterministic generator (splitmix64) for the kill schedule.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) % below
    }
}

/// How one command of a writer ended.
enum Ended {
    Killed,
    /// Exit code and stdout.
    Exited(i32, String),
}

/// Runs `commands` one after another; each is killed after a seeded delay
/// (0–40 ms) with probability 1/2, else waited for.
fn writer(env: &TestEnv, commands: Vec<Vec<String>>, seed: u64) -> Vec<Ended> {
    let mut rng = Seeded(seed);
    commands
        .into_iter()
        .map(|args| {
            let mut child = env
                .std_cmd()
                .args(["--busy-timeout", "30000", "-q"])
                .args(&args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn a writer");
            if rng.next(2) == 0 {
                // The kill moment, not a wait for an outcome.
                std::thread::sleep(Duration::from_micros(rng.next(40_000)));
                child.kill().expect("kill a writer");
            }
            let out = child.wait_with_output().expect("reap a writer");
            if killed(out.status) {
                return Ended::Killed;
            }
            let run = Run::from(out);
            assert!([0, 5, 6].contains(&run.code), "{args:?}: exit {}: {}", run.code, run.stderr);
            Ended::Exited(run.code, run.stdout.trim().to_string())
        })
        .collect()
}

#[test]
fn writers_killed_mid_transaction_leave_every_change_whole() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["plan", "set", "blue-note", "pro"]).ok();
    let (senders, receivers, members) = (emails("s", 4), emails("r", 12), emails("m", 24));
    env.import_users(&[&senders[..], &receivers[..], &members[..]].concat());
    for event in ["gig1", "gig2"] {
        env.create_event(event, "blue-note", "2026-12-01T18:00:00Z", "2026-12-01T23:00:00Z");
    }
    // Four senders invite overlapping receivers to two events, two
    // operators invite members to blue-note.
    let mut writers: Vec<Vec<Vec<String>>> = senders
        .iter()
        .enumerate()
        .map(|(n, sender)| {
            (0..12)
                .map(|i| {
                    let (event, receiver) = (["gig1", "gig2"][i % 2], &receivers[(n * 3 + i) % receivers.len()]);
                    ["--as", sender, "invite", "send", event, receiver].map(String::from).to_vec()
                })
                .collect()
        })
        .collect();
    writers.extend(members.chunks(12).map(|chunk| {
        chunk.iter().map(|member| ["member", "invite", "blue-note", member].map(String::from).to_vec()).collect()
    }));
    let ended: Vec<Ended> = std::thread::scope(|s| {
        let handles: Vec<_> = writers
            .into_iter()
            .enumerate()
            .map(|(n, commands)| {
                let env = &env;
                s.spawn(move || writer(env, commands, 0x5eed + n as u64))
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("writer thread")).collect()
    });
    assert!(ended.iter().any(|e| matches!(e, Ended::Killed)), "no writer was killed");
    assert_healthy(&env);
    // Every invite has exactly one invite.send audit row and vice versa;
    // the same for the memberships of the burst.
    let invites = env.query("SELECT id FROM invites ORDER BY id");
    assert_eq!(invites, env.query("SELECT target_id FROM audit_log WHERE action = 'invite.send' ORDER BY target_id"));
    let invited_members = env.query(
        "SELECT m.id FROM partner_memberships m JOIN users u ON u.id = m.user_id
         WHERE u.email LIKE 'm%' ORDER BY m.id",
    );
    let audited = env.query("SELECT target_id FROM audit_log WHERE action = 'member.invite' ORDER BY target_id");
    assert_eq!(invited_members, audited);
    // Every command that reported success left its record: an invite its
    // id, a membership invitation the hash of its code (what `-q` prints).
    let code_hashes = env.query("SELECT invite_code_hash FROM partner_memberships WHERE invite_code_hash IS NOT NULL");
    for e in &ended {
        if let Ended::Exited(0, printed) = e {
            let stored = match printed.strip_prefix("pmi_") {
                Some(_) => code_hashes.contains(&format!("{:x}", sha2::Sha256::digest(printed.as_bytes()))),
                None => invites.contains(printed),
            };
            assert!(stored, "{printed} was reported but is not stored");
        }
    }
}
