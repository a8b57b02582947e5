//! Races for the check-then-write rules that `invite_races` and
//! `member_races` leave out: every other invite limit with eight writers
//! competing for the last free slots, the last owner removed while the other
//! owner is demoted, and one receiver accepting and declining at once. Real
//! processes on one database file; each race runs a few rounds, each on a
//! fresh copy of one fixture.

use serde_json::{json, Value};

use crate::support::*;

/// Concurrent writers per race.
const RACERS: usize = 8;
/// Free slots left when a limit race starts.
const SLOTS: usize = 3;
/// The limit each race sets: two slots taken before the race, three free.
const LIMIT: usize = 5;
const ROUNDS: usize = 3;

/// seed + users `r1..r10`, `m1..m7` (one `user import`) + events `gig`
/// (hosted by blue-note) and `e1..e{events}`.
fn fixture(events: usize) -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    env.import_users(&[emails("r", 10), emails("m", RACERS - 1)].concat());
    for slug in std::iter::once("gig".to_string()).chain((1..=events).map(|n| format!("e{n}"))) {
        env.create_event(&slug, "blue-note", "2026-12-01T18:00:00Z", "2026-12-01T23:00:00Z");
    }
    env
}

/// `-y --busy-timeout 30000 --format json ARGS…` (the operator).
fn as_operator(args: &[&str]) -> Vec<String> {
    ["-y", "--busy-timeout", "30000", "--format", "json"].iter().chain(args).map(|s| s.to_string()).collect()
}

/// The JSON error of a failed run, after checking it is a clean refusal
/// (exit 5 or 6), not a bug, a lock timeout or a crash.
#[track_caller]
fn refusal(run: &Run) -> Value {
    assert!([5, 6].contains(&run.code), "exit {}\nstdout: {}\nstderr: {}", run.code, run.stdout, run.stderr);
    run.error_json()["error"].clone()
}

/// Exactly `SLOTS` runs succeed and every other one is refused with the
/// quota error of `key` at its limit; `db check` passes afterwards.
#[track_caller]
fn assert_slots_taken(env: &TestEnv, runs: &[Run], key: &str) {
    let winners = runs.iter().filter(|r| r.code == 0).count();
    assert_eq!(winners, SLOTS, "{:?}", runs.iter().map(|r| &r.stderr).collect::<Vec<_>>());
    for run in runs.iter().filter(|r| r.code != 0) {
        let e = refusal(run);
        assert_eq!(run.code, 6, "{}", run.stderr);
        let quota = json!([e["code"], e["limit_key"], e["allowed"], e["used"], e["remaining"]]);
        assert_eq!(quota, json!(["quota_exceeded", key, LIMIT, LIMIT, 0]), "{}", run.stderr);
    }
    assert_eq!(env.count("SELECT count(*) FROM audit_log WHERE action = 'invite.send'"), LIMIT);
    env.run(&["db", "check"]).ok();
}

/// `id` of the user `email`.
fn user_id(env: &TestEnv, email: &str) -> String {
    env.json(&["user", "show", email])["id"].as_str().unwrap().to_string()
}

#[test]
fn eight_senders_share_the_last_slots_of_one_inviter_on_one_event() {
    let fixture = fixture(0);
    fixture.run(&["tenant", "settings", "set", "invites_per_event_per_inviter", &LIMIT.to_string()]).ok();
    for receiver in [BOB, CAROL] {
        fixture.run_as(ALICE, &["invite", "send", "gig", receiver]).ok();
    }
    let alice = user_id(&fixture, ALICE);
    for _ in 0..ROUNDS {
        let env = fixture.fork();
        let sends: Vec<_> =
            emails("r", RACERS).iter().map(|r| racing_as(ALICE, &["invite", "send", "gig", r])).collect();
        let runs = env.run_parallel(&sends);
        assert_slots_taken(&env, &runs, "invites_per_event_per_inviter");
        let sql = format!("SELECT count(*) FROM invites WHERE inviter_kind = 'user' AND inviter_id = '{alice}'");
        assert_eq!(env.count(&sql), LIMIT);
    }
}

#[test]
fn eight_members_share_the_last_slots_of_their_partners_day() {
    let fixture = fixture(0);
    fixture.run(&["plan", "set", "blue-note", "pro"]).ok();
    fixture.run(&["plan", "update", "pro", "--limit", &format!("invites_per_day_per_partner={LIMIT}")]).ok();
    let members = emails("m", RACERS - 1);
    for member in &members {
        fixture.add_member("blue-note", member, "manager");
    }
    for receiver in [BOB, CAROL] {
        fixture.run_as(ALICE, &["invite", "send", "gig", receiver, "--on-behalf-of", "blue-note"]).ok();
    }
    let issuers: Vec<&str> = std::iter::once(ALICE).chain(members.iter().map(String::as_str)).collect();
    for _ in 0..ROUNDS {
        let env = fixture.fork();
        let sends: Vec<_> = issuers
            .iter()
            .zip(emails("r", RACERS))
            .map(|(issuer, r)| racing_as(issuer, &["invite", "send", "gig", &r, "--on-behalf-of", "blue-note"]))
            .collect();
        let runs = env.run_parallel(&sends);
        assert_slots_taken(&env, &runs, "invites_per_day_per_partner");
        assert_eq!(env.count("SELECT count(*) FROM invites WHERE inviter_kind = 'partner'"), LIMIT);
        // Each winner is recorded as its own issuer.
        for (issuer, run) in issuers.iter().zip(&runs).filter(|(_, r)| r.code == 0) {
            let invite = run.json();
            assert_eq!(
                (invite["issued_by_email"].as_str(), invite["inviter_kind"].as_str()),
                (Some(*issuer), Some("partner"))
            );
        }
    }
}

#[test]
fn eight_inviters_share_the_last_open_slots_of_one_receiver() {
    let fixture = fixture(0);
    fixture.run(&["tenant", "settings", "set", "pending_invites_per_receiver", &LIMIT.to_string()]).ok();
    let inviters = emails("r", 10);
    for inviter in &inviters[..2] {
        fixture.run_as(inviter, &["invite", "send", "gig", BOB]).ok();
    }
    let bob = user_id(&fixture, BOB);
    for _ in 0..ROUNDS {
        let env = fixture.fork();
        let sends: Vec<_> = inviters[2..].iter().map(|who| racing_as(who, &["invite", "send", "gig", BOB])).collect();
        let runs = env.run_parallel(&sends);
        assert_slots_taken(&env, &runs, "pending_invites_per_receiver");
        let open = format!("SELECT count(*) FROM invites WHERE receiver_user_id = '{bob}' AND status = 'pending'");
        assert_eq!(env.count(&open), LIMIT);
    }
}

#[test]
fn eight_events_share_the_last_slots_of_one_inviter_to_one_receiver() {
    let fixture = fixture(RACERS + 2);
    fixture.run(&["tenant", "settings", "set", "invites_to_same_receiver_per_30d", &LIMIT.to_string()]).ok();
    for event in ["e1", "e2"] {
        fixture.run_as(ALICE, &["invite", "send", event, BOB]).ok();
    }
    for _ in 0..ROUNDS {
        let env = fixture.fork();
        let events: Vec<String> = (3..RACERS + 3).map(|n| format!("e{n}")).collect();
        let runs =
            env.run_parallel(&events.iter().map(|e| racing_as(ALICE, &["invite", "send", e, BOB])).collect::<Vec<_>>());
        assert_slots_taken(&env, &runs, "invites_to_same_receiver_per_30d");
        assert_eq!(env.count("SELECT count(DISTINCT event_id) FROM invites"), LIMIT);
    }
}

#[test]
fn removing_one_owner_while_demoting_the_other_keeps_an_owner() {
    let fixture = fixture(0);
    fixture.add_member("blue-note", BOB, "owner");
    for round in 0..3 {
        let env = fixture.fork();
        let remove = as_operator(&["member", "remove", "blue-note", ALICE]);
        let demote = as_operator(&["member", "set-role", "blue-note", BOB, "admin"]);
        // Alternate which process starts first.
        let commands = if round % 2 == 0 { [remove, demote] } else { [demote, remove] };
        let runs = env.run_parallel(&commands);
        let (remove_run, demote_run) = if round % 2 == 0 { (&runs[0], &runs[1]) } else { (&runs[1], &runs[0]) };
        let codes = (remove_run.code, demote_run.code);
        assert!(
            codes == (0, 5) || codes == (5, 0),
            "round {round}: {codes:?}\n{}\n{}",
            remove_run.stderr,
            demote_run.stderr
        );
        let lost = if remove_run.code == 0 { demote_run } else { remove_run };
        assert_eq!(refusal(lost)["code"], "last_owner", "round {round}");
        let members = env.json(&["member", "list", "blue-note"]);
        let roles: Vec<(&str, &str, &str)> = members
            .as_array()
            .unwrap()
            .iter()
            .map(|m| (m["user_email"].as_str().unwrap(), m["role"].as_str().unwrap(), m["status"].as_str().unwrap()))
            .collect();
        let expected = match remove_run.code {
            0 => vec![(BOB, "owner", "active")],
            _ => vec![(ALICE, "owner", "active"), (BOB, "admin", "active")],
        };
        assert_eq!(roles, expected, "round {round}");
        let changes = "SELECT count(*) FROM audit_log WHERE action IN ('member.remove', 'member.set_role')";
        assert_eq!(env.count(changes), 1);
        env.run(&["db", "check"]).ok();
    }
}

#[test]
fn accepting_one_invite_while_declining_another_of_the_same_event() {
    let fixture = fixture(0);
    let send =
        |who: &str| fixture.json(&["--as", who, "invite", "send", "gig", BOB])["id"].as_str().unwrap().to_string();
    let (accepted, declined) = (send(ALICE), send(CAROL));
    for round in 0..3 {
        let env = fixture.fork();
        let accept = racing_as(BOB, &["invite", "accept", &accepted]);
        let decline = racing_as(BOB, &["invite", "decline", &declined]);
        let commands = if round % 2 == 0 { [accept, decline] } else { [decline, accept] };
        let runs = env.run_parallel(&commands);
        let (accept_run, decline_run) = if round % 2 == 0 { (&runs[0], &runs[1]) } else { (&runs[1], &runs[0]) };
        assert_eq!(accept_run.code, 0, "round {round}: {}", accept_run.stderr);
        assert_eq!(accept_run.json()["credited_acceptance"], true);
        // Declined first: it stays declined. Accepted first: the decline is
        // refused and the other invite was closed as a duplicate.
        let other_status = match decline_run.code {
            0 => "declined",
            _ => {
                assert_eq!(refusal(decline_run)["code"], "already_accepted", "round {round}");
                "closed_duplicate"
            }
        };
        let status = |id: &str| env.json(&["invite", "show", id])["status"].as_str().unwrap().to_string();
        assert_eq!((status(&accepted), status(&declined)), ("accepted".into(), other_status.into()), "round {round}");
        let declines = env.count("SELECT count(*) FROM audit_log WHERE action = 'invite.decline'");
        assert_eq!(declines, usize::from(decline_run.code == 0));
        assert_eq!(env.count("SELECT count(*) FROM audit_log WHERE action = 'invite.accept'"), 1);
        env.run(&["db", "check"]).ok();
    }
}
