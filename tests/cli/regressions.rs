//! Defects found by trying the product as a newcomer and as an attacker
//! (issue 8): each test failed before its fix.

use crate::support::*;

/// seed + event `gig` hosted by blue-note, ending after the test clock.
fn with_event() -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    env.create_event("gig", "blue-note", "2026-12-01T20:00:00Z", "2026-12-02T00:00:00Z");
    env
}

#[test]
fn error_messages_that_mention_a_broken_pipe_keep_their_exit_code() {
    let env = with_event();
    let run = env.run(&["user", "show", "Broken pipe"]).code(3);
    assert!(run.stderr.contains("Broken pipe"), "{}", run.stderr);
    env.run(&["user", "show", "os error 32"]).code(3);

    let file = env.write_file("users.csv", b"email,display_name\nBroken pipe,Nobody\n");
    let before = env.dump();
    env.run(&["user", "import", &file]).code(7);
    assert_eq!(before, env.dump());

    env.run(&["partner", "create", "bp", "--name", "Broken pipe Records", "--owner", ALICE]).ok();
    env.run(&["event", "add-manager", "gig", "bp"]).ok();
    let invite = ["invite", "send", "gig", BOB, "--on-behalf-of", "bp"];
    env.run_as(ALICE, &invite).ok();
    env.run_as(ALICE, &invite).code(5);
}

#[test]
fn a_reader_that_closes_stdout_early_is_not_an_error() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.import_users(&emails("crowd", 3000));
    let mut child = env
        .std_cmd()
        .args(["--format", "csv", "user", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // Closing the read end at once: the writes fail with EPIPE (or fill the
    // pipe first); either way the command ends quietly with success.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn day_quotas_hold_across_a_skipped_local_date() {
    // Samoa skipped 2011-12-30: its Dec 29 ran until 2011-12-30T10:00:00Z.
    let mut env = TestEnv::new();
    env.now = "2011-12-30T05:00:00Z".into();
    env.seed("Pacific/Apia");
    env.run(&["tenant", "settings", "set", "invites_per_day_per_user", "1"]).ok();
    env.run(&["user", "add", "dan@example.com", "--name", "Dan"]).ok();
    env.create_event("gig", "blue-note", "2012-01-05T20:00:00Z", "2012-01-06T00:00:00Z");
    env.run_as(ALICE, &["invite", "send", "gig", BOB]).ok();
    let err = env.refused_with(&["--as", ALICE, "invite", "send", "gig", "dan@example.com"], 6);
    assert_eq!(err["limit_key"], "invites_per_day_per_user");
    assert_eq!(err["resets_at"], "2011-12-30T10:00:00Z");

    let plan = env.json(&["plan", "show", "blue-note", "--as", ALICE]);
    let row = plan.as_array().unwrap().iter().find(|r| r["limit_key"] == "invites_per_day_per_user").unwrap();
    assert_eq!(row["used"], 1);
    assert_eq!(row["resets_at"], "2011-12-30T10:00:00Z");
}

#[test]
fn times_past_year_9999_are_refused() {
    let mut env = TestEnv::new();
    env.seed("UTC");
    env.now = "9999-12-30T00:00:00Z".into();
    // The invitation would expire in year 10000.
    let err = env.refused_with(&["member", "invite", "blue-note", BOB], 2);
    assert!(err["message"].as_str().unwrap().contains("9999"), "{err}");
    env.run(&["member", "invite", "blue-note", BOB, "--expires-in", "2h"]).ok();
    // An event without --ends-at would end in year 10000.
    env.refused(
        &[
            "event",
            "create",
            "late",
            "--partner",
            "blue-note",
            "--title",
            "Late",
            "--starts-at",
            "9999-12-31T22:00:00Z",
        ],
        2,
    );
}

#[test]
fn a_directory_named_like_an_import_file_is_a_usage_error() {
    let env = with_event();
    std::fs::create_dir(env.path("dir.csv")).unwrap();
    let dir = env.path("dir.csv").display().to_string();
    let err = env.refused_with(&["user", "import", &dir], 2);
    assert!(err["message"].as_str().unwrap().contains("dir.csv"), "{err}");
    env.refused(&["invite", "import", &dir], 2);
}

#[test]
fn a_byte_order_mark_starts_a_jsonl_file_as_it_starts_a_csv_file() {
    let env = with_event();
    let jsonl = env
        .write_file("users.jsonl", "\u{feff}{\"email\": \"zoe@example.com\", \"display_name\": \"Zoe\"}\n".as_bytes());
    env.run(&["user", "import", &jsonl]).ok();
    let csv = env.write_file("more.csv", "\u{feff}email,display_name\nyan@example.com,Yan\n".as_bytes());
    env.run(&["user", "import", &csv]).ok();
    assert_eq!(env.json(&["user", "show", "zoe@example.com"])["display_name"], "Zoe");
    assert_eq!(env.json(&["user", "show", "yan@example.com"])["display_name"], "Yan");
}

#[test]
fn updating_a_partner_to_its_current_values_writes_no_audit_row() {
    let env = with_event();
    env.run(&["partner", "update", "blue-note", "--name", "Blue Note Club"]).ok();
    let before = env.audit_rows();
    let unchanged = env.dump();
    let shown = env.json(&["partner", "update", "blue-note", "--name", "Blue Note Club", "--kind", "venue"]);
    assert_eq!(shown["name"], "Blue Note Club");
    assert_eq!(env.audit_rows(), before);
    assert_eq!(unchanged, env.dump());
}

#[test]
fn a_response_cannot_precede_the_invite() {
    let env = with_event();
    let invite = env.json(&["--as", ALICE, "invite", "send", "gig", BOB]);
    let id = invite["id"].as_str().unwrap();
    let earlier = "2026-11-24T09:00:00Z";
    for verb in ["view", "accept", "decline"] {
        let before = env.dump();
        let run = env.run_cmd(
            env.cmd().env("PARTNERCTL_NOW", earlier).args(["--format", "json", "--as", BOB, "invite", verb, id]),
        );
        let run = run.code(5);
        assert_eq!(run.error_json()["error"]["code"], "invalid_transition", "{verb}");
        assert_eq!(before, env.dump(), "{verb} wrote");
    }
    env.run(&["db", "check"]).ok();
    env.sql(&format!(
        "UPDATE invites SET status = 'declined', viewed_at = '{earlier}', responded_at = '{earlier}' WHERE id = '{id}'"
    ));
    let run = env.run(&["db", "check"]).code(8);
    assert!(run.stderr.contains(&format!("invite {id}: viewed_at {earlier} is before created_at")), "{}", run.stderr);
}

#[test]
fn the_operator_is_the_os_account_whatever_user_says() {
    let env = with_event();
    env.run_cmd(env.cmd().env("USER", "mallory").args(["user", "add", "x@example.com", "--name", "X"])).ok();
    env.run_cmd(env.cmd().env_remove("USER").env_remove("LOGNAME").args([
        "user",
        "add",
        "y@example.com",
        "--name",
        "Y",
    ]))
    .ok();
    let actors = env.query("SELECT actor FROM audit_log WHERE action = 'user.add' ORDER BY id DESC LIMIT 2");
    assert_eq!(actors, [operator(), operator()]);
    assert_ne!(operator(), "operator:mallory");
}

#[test]
fn a_demo_whose_events_would_pass_year_9999_exits_2_and_leaves_nothing() {
    let mut env = TestEnv::new();
    env.now = "9999-12-01T00:00:00Z".into();
    let run = env.run(&["demo"]).code(2);
    assert!(run.stderr.contains("outside the years 0000-9999"), "{}", run.stderr);
    let status = env.json(&["db", "status"]);
    for count in ["tenants", "users", "partners", "events", "invites", "audit_entries"] {
        assert_eq!(status[count], 0, "{count}");
    }
}
