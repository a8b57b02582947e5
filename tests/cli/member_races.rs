//! Real processes racing on one database file: the last-owner and seat rules
//! hold because every write transaction takes the write lock at its start.

use crate::support::*;

/// `--format json ARGS…`, for `run_parallel`.
fn args(list: &[&str]) -> Vec<String> {
    ["--format", "json"].iter().chain(list).map(|s| s.to_string()).collect()
}

#[test]
fn two_owners_removed_at_once_leave_exactly_one() {
    for round in 0..6 {
        let env = TestEnv::new();
        env.seed("UTC");
        env.run(&["member", "invite", "blue-note", "bob@example.com", "--role", "owner"]).ok();
        env.run(&["member", "accept", "blue-note", "bob@example.com"]).ok();
        let owners = ["alice@example.com", "bob@example.com"];
        // Alternate between the operator removing both and each owner leaving.
        let commands: Vec<Vec<String>> = owners
            .iter()
            .map(|owner| match round % 2 {
                0 => args(&["-y", "member", "remove", "blue-note", owner]),
                _ => args(&["--as", owner, "-y", "member", "remove", "blue-note", owner]),
            })
            .collect();
        let runs = env.run_parallel(&commands);
        let mut codes: Vec<i32> = runs.iter().map(|r| r.code).collect();
        codes.sort();
        assert_eq!(codes, [0, 5], "round {round}: {:?}", runs.iter().map(|r| &r.stderr).collect::<Vec<_>>());
        let refused = runs.iter().find(|r| r.code == 5).unwrap();
        assert_eq!(refused.error_json()["error"]["code"], "last_owner");
        let active_owners = env.json(&["member", "list", "blue-note", "--status", "active"]);
        let active_owners = active_owners.as_array().unwrap();
        assert_eq!(active_owners.len(), 1, "round {round}");
        assert_eq!(active_owners[0]["role"], "owner");
        let removed = runs.iter().find(|r| r.code == 0).unwrap().json();
        assert_ne!(removed["user_email"], active_owners[0]["user_email"]);
        assert_eq!(env.audit("member.remove").len(), 1);
    }
}

#[test]
fn concurrent_invites_take_exactly_the_free_seats() {
    const RACERS: usize = 6;
    for round in 0..2 {
        let env = TestEnv::new();
        env.seed("UTC");
        // tiny_free: 3 seats; alice and bob take 2.
        env.run(&["member", "invite", "blue-note", "bob@example.com"]).ok();
        let users: Vec<String> = (0..RACERS).map(|i| env.add_user(&format!("racer{i}"))).collect();
        let commands: Vec<Vec<String>> = users
            .iter()
            .map(|user| args(&["--as", "alice@example.com", "member", "invite", "blue-note", user]))
            .collect();
        let runs = env.run_parallel(&commands);
        let winners = runs.iter().filter(|r| r.code == 0).count();
        assert_eq!(winners, 1, "round {round}");
        for r in runs.iter().filter(|r| r.code != 0) {
            assert_eq!(r.code, 6, "round {round}: {}", r.stderr);
            let e = r.error_json();
            assert_eq!((e["error"]["code"].as_str(), e["error"]["used"].as_i64()), (Some("quota_exceeded"), Some(3)));
        }
        assert_eq!(env.json(&["member", "list", "blue-note"]).as_array().unwrap().len(), 3);
        assert_eq!(env.audit("member.invite").len(), 2);
    }
}
