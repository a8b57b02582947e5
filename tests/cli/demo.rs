//! `demo` on a fresh data dir, then ordinary commands on the default database.

use crate::support::*;

/// A command on the default database (`$XDG_DATA_HOME/partnerctl/partnerctl.db`).
fn on_default_db(env: &TestEnv, args: &[&str]) -> Run {
    let mut cmd = env.cmd();
    cmd.env_remove("PARTNERCTL_DB").args(args);
    env.run_cmd(&mut cmd)
}

#[test]
fn demo_builds_a_tenant_in_the_default_database_and_shows_it() {
    let env = TestEnv::new();
    let run = on_default_db(&env, &["demo"]).ok();
    assert!(env.dir.path().join("data/partnerctl/partnerctl.db").is_file());
    // The workspace home of maya (manager of two partners), then the top
    // inviters of the busiest event with its TOTAL row.
    assert!(run.stdout.contains(" blue-note ") && run.stdout.contains(" night-owls "), "{}", run.stdout);
    assert!(run.stdout.lines().any(|l| l.trim_start().starts_with("TOTAL")), "{}", run.stdout);
    assert!(run.stderr.contains("Try next:"), "{}", run.stderr);

    let home: serde_json::Value =
        on_default_db(&env, &["--format", "json", "--as", "maya@demo.example", "partner", "list"]).ok().json();
    let rows = home.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r["role"] == "manager"));

    // Members in every role and status, and an archived partner.
    let members = on_default_db(&env, &["--format", "json", "member", "list", "blue-note"]).ok().json();
    let mut seen: Vec<(String, String)> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["role"].as_str().unwrap().to_string(), m["status"].as_str().unwrap().to_string()))
        .collect();
    seen.sort();
    for role in ["owner", "admin", "manager", "analyst", "staff"] {
        assert!(seen.iter().any(|(r, _)| r == role), "no {role} in {seen:?}");
    }
    for status in ["active", "suspended", "invited"] {
        assert!(seen.iter().any(|(_, s)| s == status), "no {status} member in {seen:?}");
    }
    let partners = on_default_db(&env, &["--format", "json", "partner", "list"]).ok().json();
    assert!(partners.as_array().unwrap().iter().any(|p| p["status"] == "archived"));

    // Invites through every status, credited acceptances only once, rules intact.
    let m = on_default_db(&env, &["--format", "json", "metrics", "event", "summer-jam"]).ok().json();
    let totals = &m["totals"];
    for counter in ["sent", "viewed", "accepted", "declined", "closed_duplicate", "open"] {
        assert!(totals[counter].as_i64().unwrap() > 0, "{counter} is 0: {totals}");
    }
    let past = on_default_db(&env, &["--format", "json", "event", "list", "--past"]).ok().json();
    let past_event = past.as_array().unwrap()[0]["slug"].as_str().unwrap().to_string();
    let pm = on_default_db(&env, &["--format", "json", "metrics", "event", &past_event]).ok().json();
    assert!(pm["totals"]["open"] == 0, "past events hold no open invites: {}", pm["totals"]);
    assert_eq!(on_default_db(&env, &["--format", "json", "db", "check"]).ok().json()["ok"], true);
    let upcoming = on_default_db(&env, &["--format", "json", "event", "list", "--upcoming"]).ok().json();
    assert!(!upcoming.as_array().unwrap().is_empty());
}

#[test]
fn demo_refuses_a_non_empty_database() {
    let env = TestEnv::new();
    env.seed("UTC");
    let before = env.dump();
    let err = env.run(&["--format", "json", "demo"]).code(5).error_json();
    assert_eq!(err["error"]["code"], "conflict");
    assert_eq!(before, env.dump());
}

#[test]
fn demo_is_deterministic_for_a_seed() {
    let summary = |seed: &str| {
        let env = TestEnv::new();
        let s = env.json(&["demo", "--seed", seed]);
        let m = env.json(&["metrics", "event", "summer-jam"]);
        (s, m["totals"].clone(), m["rows"].as_array().unwrap().len())
    };
    let (a, b) = (summary("7"), summary("7"));
    assert_eq!(a, b);
    assert_eq!(a.0["busiest_event"], "summer-jam");
    assert_eq!(a.0["partners"], 7);
    assert_eq!(a.0["events"], 12);
    assert_ne!(summary("8").1, a.1, "another seed gives other data");
}
