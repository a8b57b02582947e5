//! Who may do what to memberships (SPEC §1.8), and the §1.4 guards that
//! apply after permission. One fixture per test; every case runs on its own
//! copy of it, so cases cannot influence each other.

use serde_json::Value;

use crate::support::*;

/// The actor kinds of the matrix, as `--as` values (None = the operator).
const ACTORS: [(&str, Option<&str>); 10] = [
    ("operator", None),
    ("landlord", Some("lena@example.com")),
    ("owner", Some("alice@example.com")),
    ("admin", Some("adam@example.com")),
    ("manager", Some("mia@example.com")),
    ("analyst", Some("ana@example.com")),
    ("staff", Some("sam@example.com")),
    ("invited", Some("ivy@example.com")),
    ("suspended", Some("sue@example.com")),
    ("non-member", Some("nick@example.com")),
];

/// Exit codes per actor (in `ACTORS` order) for actions that need
/// `can_manage_members`.
const MANAGERS: [i32; 10] = [0, 0, 0, 0, 4, 4, 4, 4, 4, 4];

/// blue-note (pro plan, no seat limit) with alice as its only owner, one
/// member per role, an invited admin (ivy), a suspended admin (sue), a staff
/// member holding can_manage_members (stan), and targets: tess (active
/// staff), ina (invited staff), sid (suspended staff), newbie (no membership).
fn fixture() -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["plan", "set", "blue-note", "pro"]).ok();
    let members: [(&str, &[&str], &str); 10] = [
        ("adam", &["--role", "admin"], "active"),
        ("mia", &["--role", "manager"], "active"),
        ("ana", &["--role", "analyst"], "active"),
        ("sam", &["--role", "staff"], "active"),
        ("ivy", &["--role", "admin"], "invited"),
        ("sue", &["--role", "admin"], "suspended"),
        ("stan", &["--role", "staff", "--grant", "can_manage_members"], "active"),
        ("tess", &["--role", "staff"], "active"),
        ("ina", &["--role", "staff"], "invited"),
        ("sid", &["--role", "staff"], "suspended"),
    ];
    for (name, role, status) in members {
        let email = env.add_user(name);
        env.run(&[&["member", "invite", "blue-note", &email][..], role].concat()).ok();
        if status != "invited" {
            env.run(&["member", "accept", "blue-note", &email]).ok();
        }
        if status == "suspended" {
            env.run(&["member", "suspend", "blue-note", &email]).ok();
        }
    }
    env.add_user("nick");
    env.add_user("newbie");
    env
}

/// What a case must end with: success, or an exit code with its error code
/// and, for denials, the permission named.
#[derive(Debug, Clone, Copy)]
enum Expect {
    Ok,
    Denied(&'static str),
    State(&'static str),
}

/// One command of a table: who runs it, and how it must end.
struct Case<'a> {
    actor: Option<&'a str>,
    args: &'a [&'a str],
    expect: Expect,
    /// Whether success writes (one audit row).
    mutates: bool,
}

/// Runs the cases, a few processes at a time (they are independent), and
/// checks each exit code, error and write.
fn check_all(fixture: &TestEnv, cases: &[Case]) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
                    check(fixture, case);
                }
            });
        }
    });
}

/// A success runs on its own copy of `fixture` and must write exactly one
/// audit row if it mutates; a refusal runs on the fixture itself and must
/// leave it unchanged.
fn check(fixture: &TestEnv, case: &Case) {
    let env = match case.expect {
        Expect::Ok => &fixture.fork(),
        _ => fixture,
    };
    let mut cmd = env.cmd();
    if let Some(user) = case.actor {
        cmd.args(["--as", user]);
    }
    let (rows, dump) = (env.audit_rows(), env.dump());
    let run = env.run_cmd(cmd.args(["--format", "json"]).args(case.args));
    let what = format!("{:?} {:?}\nstdout: {}\nstderr: {}", case.actor, case.args, run.stdout, run.stderr);
    match case.expect {
        Expect::Ok => {
            assert_eq!(run.code, 0, "expected success: {what}");
            assert_eq!(env.audit_rows(), rows + usize::from(case.mutates), "audit rows: {what}");
            return;
        }
        Expect::Denied(permission) => {
            assert_eq!(run.code, 4, "expected permission_denied: {what}");
            let e = &run.error_json()["error"];
            assert_eq!(
                (e["code"].as_str(), e["permission"].as_str()),
                (Some("permission_denied"), Some(permission)),
                "{what}"
            );
        }
        Expect::State(code) => {
            assert_eq!(run.code, 5, "expected {code}: {what}");
            assert_eq!(run.error_json()["error"]["code"], code, "{what}");
        }
    }
    assert_eq!(dump, env.dump(), "a refused command wrote: {what}");
}

#[test]
fn membership_actions_by_actor_kind() {
    let fixture = fixture();
    const ACCEPT_ON_BEHALF: [i32; 10] = [0, 0, 4, 4, 4, 4, 4, 4, 4, 4];
    const ANY_ACTIVE_MEMBER: [i32; 10] = [0, 0, 0, 0, 0, 0, 0, 4, 4, 4];
    // (action, args, expected exit per actor, permission named on denial, mutates)
    let matrix: [(&[&str], [i32; 10], &str, bool); 9] = [
        (&["member", "invite", "blue-note", "newbie@example.com"], MANAGERS, "can_manage_members", true),
        (&["member", "accept", "blue-note", "ina@example.com"], ACCEPT_ON_BEHALF, "landlord", true),
        (&["member", "decline", "blue-note", "ina@example.com"], ACCEPT_ON_BEHALF, "landlord", true),
        (&["member", "set-role", "blue-note", "tess@example.com", "analyst"], MANAGERS, "can_manage_members", true),
        (
            &["member", "set-perms", "blue-note", "tess@example.com", "--grant", "can_view_metrics"],
            MANAGERS,
            "can_manage_members",
            true,
        ),
        (&["member", "suspend", "blue-note", "tess@example.com"], MANAGERS, "can_manage_members", true),
        (&["member", "reactivate", "blue-note", "sid@example.com"], MANAGERS, "can_manage_members", true),
        (&["-y", "member", "remove", "blue-note", "tess@example.com"], MANAGERS, "can_manage_members", true),
        (&["member", "list", "blue-note"], ANY_ACTIVE_MEMBER, "member", false),
    ];
    let mut cases = Vec::new();
    for (args, codes, permission, mutates) in matrix {
        for ((_, actor), code) in ACTORS.iter().zip(codes) {
            let expect = if code == 0 { Expect::Ok } else { Expect::Denied(permission) };
            cases.push(Case { actor: *actor, args, expect, mutates });
        }
    }
    check_all(&fixture, &cases);
}

#[test]
fn access_check_explains_each_flag_by_actor_kind() {
    let fixture = fixture();
    let matrix: [(&str, [i32; 10]); 5] = [
        ("can_invite", [0, 0, 0, 0, 0, 4, 4, 4, 4, 4]),
        ("can_manage_events", [0, 0, 0, 0, 0, 4, 4, 4, 4, 4]),
        ("can_view_metrics", [0, 0, 0, 0, 0, 0, 4, 4, 4, 4]),
        ("can_manage_members", MANAGERS),
        ("can_manage_billing", [0, 0, 0, 4, 4, 4, 4, 4, 4, 4]),
    ];
    // Read-only: checks run on the fixture itself.
    let dump = fixture.dump();
    for (flag, codes) in matrix {
        for ((kind, actor), code) in ACTORS.iter().zip(codes) {
            let mut cmd = fixture.cmd();
            if let Some(user) = actor {
                cmd.args(["--as", user]);
            }
            let run =
                fixture.run_cmd(cmd.args(["--format", "json", "access", "check", flag, "--partner", "blue-note"]));
            assert_eq!(run.code, code, "{kind} {flag}: {}", run.stderr);
            let decision = run.json();
            assert_eq!(decision["allowed"], code == 0, "{kind} {flag}");
            assert_eq!(decision["permission"], flag);
            assert!(!decision["reason"].as_str().unwrap().is_empty());
            // The membership used: none for operator, landlord and non-member.
            let has_membership = !matches!(*kind, "operator" | "landlord" | "non-member");
            assert_eq!(decision["membership_id"].is_string(), has_membership, "{kind} {flag}: {decision}");
            if has_membership {
                assert_eq!(decision["partner_slug"], "blue-note");
            }
            if code == 4 {
                assert_eq!(run.error_json()["error"]["permission"], flag);
            }
        }
    }
    assert_eq!(dump, fixture.dump());
}

#[test]
fn guards_after_permission() {
    let fixture = fixture();
    use Expect::*;
    let (alice, adam, stan) = (Some("alice@example.com"), Some("adam@example.com"), Some("stan@example.com"));
    let (operator, lena, mia) = (None, Some("lena@example.com"), Some("mia@example.com"));
    let cases: &[(Option<&str>, &[&str], Expect)] = &[
        // Only an owner makes an owner.
        (adam, &["member", "invite", "blue-note", "newbie@example.com", "--role", "owner"], Denied("owner")),
        (alice, &["member", "invite", "blue-note", "newbie@example.com", "--role", "owner"], Ok),
        (lena, &["member", "invite", "blue-note", "newbie@example.com", "--role", "owner"], Ok),
        (adam, &["member", "set-role", "blue-note", "tess@example.com", "owner"], Denied("owner")),
        (alice, &["member", "set-role", "blue-note", "tess@example.com", "owner"], Ok),
        // Admins cannot change, suspend or remove owners.
        (adam, &["member", "set-role", "blue-note", "alice@example.com", "admin"], Denied("owner")),
        (adam, &["member", "set-perms", "blue-note", "alice@example.com", "--grant", "can_invite"], Denied("owner")),
        (adam, &["member", "suspend", "blue-note", "alice@example.com"], Denied("owner")),
        (adam, &["-y", "member", "remove", "blue-note", "alice@example.com"], Denied("owner")),
        // No granting of flags the actor lacks; role defaults count as grants.
        (
            adam,
            &["member", "invite", "blue-note", "newbie@example.com", "--grant", "can_manage_billing"],
            Denied("can_manage_billing"),
        ),
        (alice, &["member", "invite", "blue-note", "newbie@example.com", "--grant", "can_manage_billing"], Ok),
        (
            adam,
            &["member", "set-perms", "blue-note", "tess@example.com", "--grant", "can_manage_billing"],
            Denied("can_manage_billing"),
        ),
        (adam, &["member", "set-role", "blue-note", "tess@example.com", "admin"], Ok),
        (adam, &["member", "set-perms", "blue-note", "mia@example.com", "--revoke", "can_invite"], Ok),
        (stan, &["member", "invite", "blue-note", "newbie@example.com"], Ok),
        (
            stan,
            &["member", "invite", "blue-note", "newbie@example.com", "--role", "analyst"],
            Denied("can_view_metrics"),
        ),
        (stan, &["member", "set-role", "blue-note", "tess@example.com", "analyst"], Denied("can_view_metrics")),
        (stan, &["member", "set-perms", "blue-note", "tess@example.com", "--grant", "can_manage_members"], Ok),
        (
            stan,
            &["member", "set-perms", "blue-note", "tess@example.com", "--grant", "can_invite"],
            Denied("can_invite"),
        ),
        (stan, &["member", "set-role", "blue-note", "mia@example.com", "staff"], Ok),
        // An owner's flags are fixed: a state rule, after permission.
        (
            alice,
            &["member", "set-perms", "blue-note", "alice@example.com", "--revoke", "can_invite"],
            State("invalid_transition"),
        ),
        // The last active owner, whoever asks.
        (alice, &["-y", "member", "remove", "blue-note", "alice@example.com"], State("last_owner")),
        (operator, &["-y", "member", "remove", "blue-note", "alice@example.com"], State("last_owner")),
        (lena, &["member", "suspend", "blue-note", "alice@example.com"], State("last_owner")),
        (operator, &["member", "set-role", "blue-note", "alice@example.com", "admin"], State("last_owner")),
        // A denied actor gets 4 whatever the state.
        (mia, &["-y", "member", "remove", "blue-note", "alice@example.com"], Denied("can_manage_members")),
        (
            Some("ana@example.com"),
            &["member", "suspend", "blue-note", "alice@example.com"],
            Denied("can_manage_members"),
        ),
        (
            Some("nick@example.com"),
            &["member", "invite", "blue-note", "adam@example.com"],
            Denied("can_manage_members"),
        ),
        (mia, &["member", "invite", "blue-note", "newbie@example.com", "--resend"], Denied("can_manage_members")),
        // Any member may remove itself, whatever its status.
        (adam, &["-y", "member", "remove", "blue-note", "adam@example.com"], Ok),
        (mia, &["-y", "member", "remove", "blue-note", "mia@example.com"], Ok),
        (Some("sam@example.com"), &["-y", "member", "remove", "blue-note", "sam@example.com"], Ok),
        (Some("ivy@example.com"), &["-y", "member", "remove", "blue-note", "ivy@example.com"], Ok),
        (Some("sue@example.com"), &["-y", "member", "remove", "blue-note", "sue@example.com"], Ok),
        (
            Some("nick@example.com"),
            &["-y", "member", "remove", "blue-note", "nick@example.com"],
            Denied("can_manage_members"),
        ),
        // The invited user answers its own invitation; suspension is not an invitation.
        (Some("ivy@example.com"), &["member", "accept", "blue-note"], Ok),
        (Some("ina@example.com"), &["member", "decline", "blue-note"], Ok),
        (Some("sue@example.com"), &["member", "accept", "blue-note"], State("invalid_transition")),
    ];
    let cases: Vec<Case> = cases
        .iter()
        .map(|(actor, args, expect)| Case { actor: *actor, args, expect: *expect, mutates: true })
        .collect();
    check_all(&fixture, &cases);
}

#[test]
fn a_granted_flag_shows_in_access_check() {
    let fixture = fixture();
    let env = fixture.fork();
    let check = |user: &str| -> Value {
        let run = env.run_cmd(env.cmd().args([
            "--as",
            user,
            "--format",
            "json",
            "access",
            "check",
            "can_invite",
            "--partner",
            "blue-note",
        ]));
        run.json()
    };
    assert_eq!(check("ana@example.com")["allowed"], false);
    env.run_as("adam@example.com", &["member", "set-perms", "blue-note", "ana@example.com", "--grant", "can_invite"])
        .ok();
    let decision = check("ana@example.com");
    assert_eq!(decision["allowed"], true);
    assert_eq!(decision["role"], "analyst");
    env.run(&["member", "suspend", "blue-note", "ana@example.com"]).ok();
    let decision = check("ana@example.com");
    assert_eq!(decision["allowed"], false);
    assert!(decision["reason"].as_str().unwrap().contains("suspended"), "{decision}");
}

/// `access check --event`: any managing partner (host or manager) counts.
#[test]
fn access_check_on_an_event_looks_at_every_managing_partner() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["partner", "create", "co-host", "--name", "Co Host"]).ok();
    env.add_member("co-host", "bob@example.com", "analyst");
    env.add_member("blue-note", "carol@example.com", "staff");
    env.run(&event_args("gig", "blue-note", "Gig", "2026-12-01", &["--manager", "co-host"])).ok();
    let check = |user: &str, flag: &str| {
        env.run(&["--format", "json", "--as", user, "access", "check", flag, "--event", "gig"])
    };
    let bob = check("bob@example.com", "can_view_metrics").ok().json();
    assert_eq!(bob["allowed"], true);
    assert_eq!(bob["partner_slug"], "co-host");
    assert_eq!(bob["role"], "analyst");
    let denied = check("bob@example.com", "can_manage_events").code(4);
    assert_eq!(denied.json()["allowed"], false);
    assert_eq!(denied.error_json()["error"]["permission"], "can_manage_events");
    check("carol@example.com", "can_view_metrics").code(4);
    assert_eq!(check("alice@example.com", "can_manage_events").ok().json()["partner_slug"], "blue-note");
    check("lena@example.com", "can_view_metrics").ok();
    env.run(&["--as", "bob@example.com", "access", "check", "can_view_metrics", "--event", "nope"]).code(3);
}
