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
    let starts = |slug: &str| run.stdout.lines().any(|l| l.starts_with(&format!("{slug}  ")));
    assert!(starts("blue-note") && starts("night-owls"), "{}", run.stdout);
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
fn the_commands_the_demo_names_carry_its_db_and_print_what_it_says() {
    let env = TestEnv::new();
    let stderr = env.run(&["demo"]).ok().stderr;
    let db = env.pg.clone().unwrap_or_else(|| env.db.display().to_string());
    let named: Vec<&str> = stderr.lines().filter_map(|l| l.find("partnerctl ").map(|i| &l[i..])).collect();
    assert!(named.len() >= 9, "{stderr}");
    // A URL with `?` comes single-quoted for the shell.
    let prefixes = [format!("partnerctl --db {db} "), format!("partnerctl --db '{db}' ")];
    for line in &named {
        assert!(prefixes.iter().any(|p| line.starts_with(p.as_str())), "{line}");
    }
    // The headline's counts are those of the command it names.
    let headline = stderr.lines().find(|l| l.contains("inviters and the TOTAL")).expect(&stderr);
    let words: Vec<&str> = headline.split_whitespace().collect();
    let of_its = words.iter().position(|w| *w == "its").unwrap();
    let (shown, all): (usize, usize) = (words[of_its - 2].parse().unwrap(), words[of_its + 1].parse().unwrap());
    assert_eq!(shown, 10, "{headline}");
    let command = named.iter().find(|l| l.ends_with("metrics event summer-jam):")).expect(&stderr);
    let args: Vec<&str> = command.trim_end_matches("):").split_whitespace().skip(3).collect();
    let rows = env.run_cmd(env.cmd().args(["--format", "json"]).args(&args)).ok().json();
    assert_eq!(rows["rows"].as_array().unwrap().len(), all, "{command}");
    // A suggested line runs as printed.
    let suggestion = named.iter().find(|l| l.contains("member list blue-note")).unwrap();
    let args: Vec<&str> = suggestion.split_whitespace().skip(1).map(|a| a.trim_matches('\'')).collect();
    let mut cmd = env.cmd();
    cmd.env_remove("PARTNERCTL_DB").args(&args);
    assert!(env.run_cmd(&mut cmd).ok().stdout.contains("olivia@demo.example"));
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

/// Divides the volumes of `demo --size large`.
const SCALE_DOWN: &str = "PARTNERCTL_DEMO_SCALE_DOWN";

/// The large demo at 1/20 of its volumes (`PARTNERCTL_DEMO_SCALE_DOWN`, for
/// tests only): the same
/// generator, whose busiest event still holds far more partner-issued
/// history than one partner may send to an event, so its live part must
/// fit under every limit; for the default seed and clock, and for another
/// seed at the night Berlin changes to summer time.
#[test]
fn the_large_demo_builds_a_tenant_that_passes_db_check() {
    for (seed, now) in [("42", NOW), ("2", "2027-03-28T00:30:00Z")] {
        let mut env = TestEnv::new();
        env.now = now.to_string();
        let mut run = env.cmd();
        run.env(SCALE_DOWN, "20").args(["--format", "json", "demo", "--size", "large", "--seed", seed]);
        let s = env.run_cmd(&mut run).ok().json();
        assert_eq!((s["partners"].as_i64(), s["events"].as_i64()), (Some(7), Some(50)), "{s}");
        let status = env.json(&["db", "status"]);
        assert_eq!(status["tenants"], 1);
        assert_eq!(status["events"], s["events"]);
        assert_eq!(status["users"], s["users"]);
        assert_eq!(status["invites"], s["invites"]);
        assert!(s["invites"].as_i64().unwrap() > 10_000, "{s}");
        assert_eq!(env.json(&["db", "check"])["ok"], true);
    }
    let env = TestEnv::new();
    let run = env.run_cmd(env.cmd().env(SCALE_DOWN, "0").args(["demo", "--size", "large"])).code(2);
    assert!(run.stderr.contains("PARTNERCTL_DEMO_SCALE_DOWN=\"0\""), "{}", run.stderr);
    assert_empty(&env, "a bad scale");
}

/// Row counts of `db status`: every table the demo writes.
fn counts(env: &TestEnv) -> Vec<(&'static str, serde_json::Value)> {
    let status = env.json(&["db", "status"]);
    ["tenants", "users", "partners", "memberships", "events", "invites", "audit_entries"]
        .into_iter()
        .map(|table| (table, status[table].clone()))
        .collect()
}

#[track_caller]
fn assert_empty(env: &TestEnv, after: &str) {
    for (table, count) in counts(env) {
        assert_eq!(count, 0, "{table} after {after}");
    }
}

/// SIGKILL once the demo has printed its `lines`-th progress line: later
/// steps are still ahead, earlier ones are done (and were committed, one
/// service call at a time, before the demo became one transaction).
#[cfg(unix)]
fn kill_after_progress_line(env: &TestEnv, lines: usize) {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;

    let mut child = env
        .std_cmd()
        .env(SCALE_DOWN, "20")
        .args(["demo", "--size", "large"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn demo");
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    for _ in 0..lines {
        let line = stderr.next().expect("a progress line").unwrap();
        assert!(line.starts_with("demo: "), "{line}");
    }
    child.kill().expect("kill demo");
    let status = child.wait().expect("reap demo");
    assert_eq!(status.signal(), Some(9), "the demo was killed, not finished: {status:?}");
}

#[cfg(unix)]
#[test]
fn a_demo_killed_part_way_leaves_no_tenant_and_a_rerun_succeeds() {
    let env = TestEnv::new();
    // Once tenant and staff exist, once the crowd is imported, and as the history import starts.
    for lines in [2, 4, 6] {
        kill_after_progress_line(&env, lines);
        assert_empty(&env, &format!("a kill after progress line {lines}"));
    }
    env.json(&["demo"]);
    assert_eq!(counts(&env)[0].1, 1);
    assert_eq!(env.json(&["db", "check"])["ok"], true);
}

/// A fixture trigger refuses every event: the demo fails once the tenant,
/// its staff, partners, members and crowd are written and the events are due.
#[test]
fn a_demo_that_fails_part_way_leaves_the_database_as_it_found_it() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.run(&["db", "migrate"]).ok();
    env.sql(
        "CREATE TRIGGER refuse_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'fixture refuses events'); END;",
    );
    let before = env.dump();
    // SQLite reports the trigger's abort as a constraint failure: a conflict.
    let run = env.run(&["demo"]).code(5);
    assert!(run.stderr.contains("demo: importing 900 users"), "{}", run.stderr);
    assert!(run.stderr.contains("fixture refuses events"), "{}", run.stderr);
    assert_eq!(before, env.dump());
    assert_empty(&env, "a failed demo");
    env.sql("DROP TRIGGER refuse_events;");
    env.json(&["demo"]);
}
