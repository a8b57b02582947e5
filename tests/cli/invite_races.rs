//! Many processes on one database file at once: the invite rules still hold
//! (write transactions take the lock at their start), and nobody fails with
//! an internal (1) or database (8) error.

use serde_json::Value;

use crate::support::*;

/// seed + users r1..r`n` + event gig hosted by blue-note.
fn setup(users: usize) -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    for n in 1..=users {
        env.run(&["user", "add", &format!("r{n}@example.com"), "--name", &format!("R{n}")]).ok();
    }
    env.run(&["event", "create", "gig", "--partner", "blue-note", "--title", "Gig", "--starts-at", "2026-12-01"]).ok();
    env
}

/// Exit codes, after checking no run hit a bug or the lock timeout.
fn codes(runs: &[Run]) -> Vec<i32> {
    for r in runs {
        assert!(![1, 8].contains(&r.code), "exit {}: {}", r.code, r.stderr);
    }
    let mut codes: Vec<i32> = runs.iter().map(|r| r.code).collect();
    codes.sort();
    codes
}

fn error_codes(runs: &[Run]) -> Vec<String> {
    runs.iter().filter(|r| r.code != 0).map(|r| r.error_json()["error"]["code"].as_str().unwrap().to_string()).collect()
}

fn invites(env: &TestEnv, filters: &[&str]) -> Vec<Value> {
    let mut args = vec!["invite", "list"];
    args.extend(filters);
    env.json(&args).as_array().unwrap().clone()
}

#[test]
fn eight_writers_share_the_last_three_quota_slots() {
    let env = setup(8);
    env.run(&["tenant", "settings", "set", "invites_per_day_per_user", "5"]).ok();
    for receiver in ["bob@example.com", "carol@example.com"] {
        env.run_as("alice@example.com", &["invite", "send", "gig", receiver]).ok();
    }
    let receivers: Vec<String> = (1..=8).map(|n| format!("r{n}@example.com")).collect();
    let runs = env.run_parallel(
        &receivers.iter().map(|r| racing_as("alice@example.com", &["invite", "send", "gig", r])).collect::<Vec<_>>(),
    );
    assert_eq!(codes(&runs), [0, 0, 0, 6, 6, 6, 6, 6]);
    for r in runs.iter().filter(|r| r.code == 6) {
        let e = &r.error_json()["error"];
        assert_eq!(e["limit_key"], "invites_per_day_per_user");
        assert_eq!(e["used"], 5);
    }
    assert_eq!(invites(&env, &["--inviter", "user:alice@example.com"]).len(), 5);
}

#[test]
fn six_simultaneous_accepts_credit_exactly_one() {
    let env = setup(5);
    let inviters =
        ["alice@example.com", "r1@example.com", "r2@example.com", "r3@example.com", "r4@example.com", "r5@example.com"];
    let ids: Vec<String> = inviters
        .iter()
        .map(|who| {
            env.json(&["--as", who, "invite", "send", "gig", "bob@example.com"])["id"].as_str().unwrap().to_string()
        })
        .collect();
    let runs = env.run_parallel(
        &ids.iter().map(|id| racing_as("bob@example.com", &["invite", "accept", id])).collect::<Vec<_>>(),
    );
    assert_eq!(codes(&runs), [0, 5, 5, 5, 5, 5]);
    assert_eq!(error_codes(&runs), ["already_accepted"; 5]);
    let winner = runs.iter().find(|r| r.code == 0).unwrap().json();
    assert_eq!(winner["credited_acceptance"], true);
    let all = invites(&env, &["--receiver", "bob@example.com"]);
    let credited: Vec<&Value> = all.iter().filter(|i| i["credited_acceptance"] == true).collect();
    assert_eq!(credited.len(), 1);
    assert_eq!(credited[0]["id"], winner["id"]);
    assert_eq!(all.iter().filter(|i| i["status"] == "closed_duplicate").count(), 5);
    assert_eq!(env.json(&["audit", "list", "--action", "invite.accept"]).as_array().unwrap().len(), 1);
}

#[test]
fn six_identical_sends_create_one_invite() {
    let env = setup(0);
    let send = racing_as("alice@example.com", &["invite", "send", "gig", "bob@example.com"]);
    let runs = env.run_parallel(&vec![send; 6]);
    assert_eq!(codes(&runs), [0, 5, 5, 5, 5, 5]);
    assert_eq!(error_codes(&runs), ["already_invited"; 5]);
    let created = runs.iter().find(|r| r.code == 0).unwrap().json();
    for r in runs.iter().filter(|r| r.code == 5) {
        assert_eq!(r.error_json()["error"]["invite_id"], created["id"]);
    }
    let all = invites(&env, &[]);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["id"], created["id"]);
}
