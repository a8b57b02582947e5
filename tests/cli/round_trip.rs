//! Exports that import back (SPEC §2.8): the CSV of `invite list` and of
//! `user list` into a fresh database, re-imports that change nothing,
//! standard input, and the CSV formula guard undone on import.

use std::io::Write;

use crate::support::*;

/// Seeded tenant with partner red-room (owner carol) co-managing event
/// `gig`, and an empty copy of it taken before any invite.
fn with_invites() -> (TestEnv, TestEnv) {
    let env = TestEnv::new();
    env.seed("Europe/Berlin");
    env.run(&["partner", "create", "red-room", "--name", "=Red Room", "--owner", CAROL]).ok();
    env.create_event("gig", "blue-note", "2026-12-01T20:00:00Z", "2026-12-01T23:00:00Z");
    env.run(&["event", "add-manager", "gig", "red-room"]).ok();
    for user in [DAVE, ERIN, FRANK] {
        env.run(&["user", "add", user, "--name", user.split('@').next().unwrap()]).ok();
    }
    let fresh = env.fork();
    let id = |r: Run| r.ok().json()["id"].as_str().unwrap().to_string();
    let accepted = id(env.send(ALICE, "gig", DAVE, &[]));
    env.send(CAROL, "gig", DAVE, &["--on-behalf-of", "red-room"]).ok();
    let declined = id(env.send(CAROL, "gig", ERIN, &["--on-behalf-of", "red-room", "--channel", "whatsapp"]));
    let viewed = id(env.send(ALICE, "gig", FRANK, &[]));
    env.run_as(DAVE, &["invite", "accept", &accepted]).ok();
    env.run_as(ERIN, &["invite", "decline", &declined]).ok();
    env.run_as(FRANK, &["invite", "view", &viewed]).ok();
    (env, fresh)
}

fn csv_of(env: &TestEnv, args: &[&str]) -> String {
    env.run_cmd(env.cmd().args(["--format", "csv"]).args(args)).ok().stdout
}

fn import(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    env.json(args)
}

#[test]
fn the_csv_of_invite_list_imports_into_a_fresh_database_as_it_is() {
    let (env, fresh) = with_invites();
    let export = env.write_file("invites.csv", csv_of(&env, &["invite", "list"]).as_bytes());
    assert!(export.ends_with(".csv"));
    let dry = import(&fresh, &["invite", "import", &export, "--dry-run"]);
    assert_eq!((dry["rows"].as_u64(), dry["imported"].as_u64()), (Some(4), Some(4)), "{dry}");
    let done = import(&fresh, &["invite", "import", &export]);
    assert_eq!((done["imported"].as_u64(), done["skipped"].as_u64()), (Some(4), Some(0)), "{done}");
    fresh.run(&["db", "check"]).ok();
    for args in [&["invite", "list"][..], &["metrics", "event", "gig"], &["metrics", "event", "gig", "--by", "issuer"]]
    {
        assert_eq!(fresh.json(args), env.json(args), "{args:?} differs after the round trip");
    }
    // Importing it again changes nothing: every row is skipped, no audit row.
    let (before, audit_rows) = (fresh.dump(), fresh.audit_rows());
    let again = import(&fresh, &["invite", "import", &export]);
    assert_eq!((again["imported"].as_u64(), again["skipped"].as_u64()), (Some(0), Some(4)), "{again}");
    assert_eq!((fresh.dump(), fresh.audit_rows()), (before, audit_rows));
}

#[test]
fn rows_without_id_that_the_database_holds_identically_are_skipped() {
    let (env, _) = with_invites();
    let csv = csv_of(&env, &["invite", "list", "--fields", "event_slug,receiver_email,inviter_kind,inviter_id,issued_by_email,status,credited_acceptance,attendance,channel,created_at,viewed_at,responded_at"]);
    let file = env.write_file("no-ids.csv", csv.as_bytes());
    let before = env.dump();
    let again = import(&env, &["invite", "import", &file]);
    assert_eq!((again["imported"].as_u64(), again["skipped"].as_u64()), (Some(0), Some(4)), "{again}");
    assert_eq!(env.dump(), before);
    // A row that differs is still an error, naming the line.
    let changed = csv.replacen(",whatsapp,", ",qr,", 1);
    let file = env.write_file("changed.csv", changed.as_bytes());
    let r = env.refused(&["invite", "import", &file], 7);
    assert!(
        r.error_json()["error"]["errors"][0]["message"].as_str().unwrap().starts_with("already invited"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_jsonl_of_invite_list_imports_too() {
    let (env, fresh) = with_invites();
    let jsonl = env.run(&["--format", "jsonl", "invite", "list"]).ok().stdout;
    let file = env.write_file("invites.jsonl", jsonl.as_bytes());
    assert_eq!(import(&fresh, &["invite", "import", &file])["imported"], 4);
    assert_eq!(fresh.json(&["invite", "list"]), env.json(&["invite", "list"]));
}

#[test]
fn the_csv_of_user_list_imports_into_a_fresh_database_and_formulas_come_back_unquoted() {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme City"]).ok();
    let fresh = env.fork();
    env.run(&["user", "add", ALICE, "--name==1+1", "--id", "u-alice"]).ok();
    env.run(&["user", "add", LENA, "--name", "Lena, the Landlord", "--landlord"]).ok();
    env.run(&["user", "add", BOB, "--name=@bob"]).ok();
    let csv = csv_of(&env, &["user", "list"]);
    assert!(csv.contains("\r\nu-alice,alice@example.com,'=1+1,false,"), "{csv}");
    let file = env.write_file("users.csv", csv.as_bytes());
    let done = import(&fresh, &["user", "import", &file]);
    assert_eq!((done["imported"].as_u64(), done["skipped"].as_u64()), (Some(3), Some(0)), "{done}");
    assert_eq!(fresh.json(&["user", "list"]), env.json(&["user", "list"]));
    assert_eq!(fresh.json(&["user", "show", ALICE])["display_name"], "=1+1");
    fresh.run(&["db", "check"]).ok();
    let before = fresh.dump();
    assert_eq!(import(&fresh, &["user", "import", &file])["skipped"], 3);
    assert_eq!(fresh.dump(), before);
}

#[test]
fn a_dash_reads_standard_input_with_an_input_format() {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme City"]).ok();
    let piped = |args: &[&str], input: &str| {
        let mut child = env
            .std_cmd()
            .args(["--format", "json"])
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        Run::from(child.wait_with_output().unwrap())
    };
    let csv = "email,display_name\ncarol@example.com,Carol\n";
    let r = piped(&["user", "import", "-", "--input-format", "csv"], csv).ok();
    assert_eq!(r.json()["imported"], 1);
    let jsonl = "{\"email\": \"dan@example.com\", \"display_name\": \"Dan\"}\n";
    assert_eq!(piped(&["user", "import", "-", "--input-format", "jsonl"], jsonl).ok().json()["imported"], 1);
    let r = piped(&["user", "import", "-"], csv).code(2);
    assert_eq!(r.error_json()["error"]["message"], "reading standard input (-) needs --input-format csv or jsonl");
    let r = piped(&["user", "import", "-", "--input-format", "csv"], "email,display_name\nbad,Bad\n").code(7);
    assert!(
        r.error_json()["error"]["message"].as_str().unwrap().starts_with("standard input: 1 problem"),
        "{}",
        r.stderr
    );
    let r = piped(&["invite", "import", "-", "--input-format", "csv", "--dry-run"], "").code(7);
    assert_eq!(r.error_json()["error"]["errors"][0]["message"], "the file is empty");
}
