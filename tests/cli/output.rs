//! Output rules of SPEC §2.3: what `-q` prints per command, `--fields`,
//! `--no-headers`, the shape of empty results, and CSV formula cells.

use serde_json::{json, Value};

use crate::support::*;

/// A tenant with fixed ids: users `u-alice`, `u-bob`, landlord `u-lena`,
/// partner blue-note (owner alice) and event `gig` with one invite.
fn fixture() -> TestEnv {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme City"]).ok();
    for (email, name, id) in [(ALICE, "Alice", "u-alice"), (BOB, "Bob", "u-bob")] {
        env.run(&["user", "add", email, "--name", name, "--id", id]).ok();
    }
    env.run(&["user", "add", LENA, "--name", "Lena", "--id", "u-lena", "--landlord"]).ok();
    env.run(&["partner", "create", "blue-note", "--name", "Blue Note", "--owner", ALICE]).ok();
    env.create_event("gig", "blue-note", "2026-12-01T20:00:00Z", "2026-12-01T23:00:00Z");
    env.send(ALICE, "gig", BOB, &[]).ok();
    env
}

/// The `id` of the one record `args` prints as JSON.
fn id_of(env: &TestEnv, args: &[&str]) -> String {
    env.json(args)["id"].as_str().unwrap().to_string()
}

/// `field` of every record of a JSON list, one per line.
fn lines_of(env: &TestEnv, args: &[&str], field: &str) -> String {
    env.json(args).as_array().unwrap().iter().map(|r| format!("{}\n", text(&r[field]))).collect()
}

fn text(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), String::from)
}

#[test]
fn quiet_prints_the_id_slug_limit_key_or_secret_of_each_record_per_command() {
    let env = fixture();
    let blue_note = id_of(&env, &["partner", "show", "blue-note"]);
    let gig = id_of(&env, &["event", "show", "gig"]);
    let users_csv = env.write_file("u.csv", b"email,display_name\ncarl@example.com,Carl\n");
    let limit_keys = lines_of(&env, &["plan", "show", "blue-note"], "limit_key");
    let plans = lines_of(&env, &["plan", "list"], "plan");
    // (arguments, exit code, what -q prints); `None`: the one-time code of
    // `member invite`, else the ids of the records the command prints then.
    let cases: Vec<(Vec<&str>, i32, Option<String>)> = vec![
        (vec!["tenant", "list"], 0, Some(lines_of(&env, &["tenant", "list"], "id"))),
        (vec!["tenant", "settings", "show"], 0, Some(String::new())),
        (vec!["tenant", "settings", "set", "default_plan", "standard"], 0, Some(String::new())),
        (vec!["user", "add", "dora@example.com", "--name", "Dora", "--id", "u-dora"], 0, Some("u-dora\n".into())),
        (vec!["user", "show", BOB], 0, Some("u-bob\n".into())),
        (vec!["user", "list", "--landlord"], 0, Some("u-lena\n".into())),
        (vec!["user", "import", &users_csv], 0, Some(String::new())),
        (vec!["partner", "show", "blue-note"], 0, Some(format!("{blue_note}\n"))),
        (vec!["partner", "list"], 0, Some(format!("{blue_note}\n"))),
        (vec!["member", "invite", "blue-note", BOB], 0, None),
        (vec!["member", "list", "blue-note", "--status", "active"], 0, None),
        (vec!["event", "list"], 0, Some(format!("{gig}\n"))),
        (vec!["event", "show", "gig"], 0, Some(format!("{gig}\n"))),
        (vec!["invite", "list"], 0, Some(lines_of(&env, &["invite", "list"], "id"))),
        (vec!["metrics", "event", "gig"], 0, Some("u-alice\n".into())),
        (vec!["metrics", "event", "gig", "--by", "issuer"], 0, Some("u-alice\n".into())),
        (vec!["metrics", "partner", "blue-note"], 0, Some(format!("{gig}\n"))),
        (vec!["plan", "show", "blue-note"], 0, Some(limit_keys)),
        (vec!["plan", "list"], 0, Some(plans)),
        (vec!["access", "check", "can_invite", "--partner", "blue-note", "--as", ALICE], 0, Some(String::new())),
        (vec!["access", "check", "can_invite", "--partner", "blue-note", "--as", BOB], 4, Some(String::new())),
        (vec!["audit", "list"], 0, None),
        (vec!["db", "check"], 0, Some(String::new())),
        (vec!["db", "status"], 0, Some(String::new())),
    ];
    for (args, code, expected) in cases {
        let run = env.run_cmd(env.cmd().arg("-q").args(&args)).code(code);
        match expected {
            Some(expected) => assert_eq!(run.stdout, expected, "-q {args:?}"),
            None if args[1] == "invite" => {
                assert!(run.stdout.starts_with("pmi_") && run.stdout.lines().count() == 1, "{}", run.stdout)
            }
            None => assert_eq!(run.stdout, lines_of(&env, &args, "id"), "-q {args:?}"),
        }
    }
}

#[test]
fn fields_select_and_order_columns_in_every_format() {
    let env = fixture();
    let args = ["user", "list", "--fields", "email,id"];
    let csv = env.run_cmd(env.cmd().args(["--format", "csv"]).args(args)).ok().stdout;
    assert_eq!(csv, "email,id\r\nalice@example.com,u-alice\r\nbob@example.com,u-bob\r\nlena@example.com,u-lena\r\n");
    let json = env.json(&args);
    assert_eq!(json[0], json!({"email": ALICE, "id": "u-alice"}));
    let keys: Vec<&String> = json[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["email", "id"], "JSON keys keep the selected order");
    let jsonl = env.run_cmd(env.cmd().args(["--format", "jsonl"]).args(args)).ok().stdout;
    assert_eq!(jsonl.lines().next().unwrap(), r#"{"email":"alice@example.com","id":"u-alice"}"#);
    let table = env.run(&args).ok().stdout;
    assert_eq!(table.lines().next().unwrap().split_whitespace().collect::<Vec<_>>(), ["email", "id"]);
    // The TOTAL label goes to the first selected column without a total.
    let totals = env.run(&["metrics", "event", "gig", "--fields", "sent,inviter_name,accepted"]).ok().stdout;
    assert_eq!(totals.lines().last().unwrap().split_whitespace().collect::<Vec<_>>(), ["1", "TOTAL", "0"]);
    let one = env.json(&["user", "show", BOB, "--fields", "display_name"]);
    assert_eq!(one, json!({"display_name": "Bob"}));

    let r = env.run(&["user", "list", "--fields", "email,nickname"]).code(2);
    assert_eq!(
        r.stderr.lines().next().unwrap(),
        "error: unknown field \"nickname\" in --fields; valid: id, email, display_name, landlord, created_at"
    );
    // Checked before a mutation runs: nothing written.
    env.refused(&["partner", "create", "red-room", "--name", "Red Room", "--fields", "nickname"], 2);
    env.refused(&["member", "invite", "blue-note", BOB, "--fields", "nickname"], 2);
    let invited =
        env.run(&["--format", "csv", "member", "invite", "blue-note", BOB, "--fields", "user_email,invite_code"]);
    assert!(invited.ok().stdout.starts_with("user_email,invite_code\r\nbob@example.com,pmi_"));
}

#[test]
fn no_headers_drops_the_header_row_of_table_and_csv() {
    let env = fixture();
    let csv = env.run(&["--format", "csv", "--no-headers", "user", "list", "--landlord"]).ok().stdout;
    assert_eq!(csv, format!("u-lena,lena@example.com,Lena,true,{NOW}\r\n"));
    let table = env.run(&["--no-headers", "--fields", "id,email", "user", "list"]).ok().stdout;
    let first: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(first, ["u-alice", ALICE]);
    assert_eq!(table.lines().count(), 3, "{table}");
}

#[test]
fn an_empty_result_keeps_its_shape_in_every_format() {
    let env = fixture();
    let since = ["metrics", "event", "gig", "--since", "2027-01-01"];
    let csv = env.run_cmd(env.cmd().args(["--format", "csv"]).args(since)).ok();
    assert_eq!(
        csv.stdout,
        "inviter_kind,inviter_id,inviter_name,sent,viewed,accepted,declined,closed_duplicate,open,expired,attended,acceptance_rate\r\n"
    );
    assert_eq!(csv.stderr, "note: no records\n");
    let json = env.json(&since);
    assert_eq!(json["rows"], json!([]));
    assert_eq!(json["totals"]["sent"], 0);
    assert_eq!(json["totals"]["acceptance_rate"], 0);
    let table = env.run(&since).ok().stdout;
    let lines: Vec<Vec<&str>> = table.lines().map(|l| l.split_whitespace().collect()).collect();
    assert_eq!(lines[0][..3], ["inviter_kind", "inviter_name", "sent"]);
    assert_eq!(lines.last().unwrap(), &["TOTAL", "0", "0", "0", "0", "0", "0", "0", "0", "0"]);
    let by_issuer = env.run(&["--format", "csv", "metrics", "event", "gig", "--by", "issuer", "--since", "2027-01-01"]);
    assert!(by_issuer.ok().stdout.starts_with("issuer_id,issuer_email,issuer_name,sent,"));

    let drill = env.run(&["--format", "csv", "metrics", "event", "gig", "--drill", "--status", "accepted"]).ok().stdout;
    assert!(drill.starts_with("id,event_id,event_slug,receiver_id,") && drill.lines().count() == 1, "{drill}");
    assert_eq!(env.run(&["--format", "json", "invite", "list", "--status", "declined"]).ok().stdout, "[]\n");
    assert_eq!(env.run(&["--format", "jsonl", "invite", "list", "--status", "declined"]).ok().stdout, "");
    let fields =
        env.run(&["--format", "csv", "--fields", "receiver_email,id", "invite", "list", "--status", "declined"]);
    assert_eq!(fields.ok().stdout, "receiver_email,id\r\n");
    let members = env.run(&["member", "list", "blue-note", "--status", "suspended"]).ok();
    assert!(members.stdout.starts_with("partner_slug ") && members.stdout.lines().count() == 2, "{}", members.stdout);
    // `-q` of nothing prints nothing.
    assert_eq!(env.run(&["-q", "invite", "list", "--status", "declined"]).ok().stdout, "");
}

#[test]
fn csv_cells_that_spreadsheets_run_as_formulas_start_with_a_quote() {
    let env = fixture();
    for (email, name) in [
        ("f1@example.com", "=1+1"),
        ("f2@example.com", "+SUM(A1)"),
        ("f3@example.com", "@cmd"),
        ("f4@example.com", "-2"),
    ] {
        env.run(&["user", "add", email, &format!("--name={name}")]).ok();
    }
    env.run(&["user", "add", "f5@example.com", "--name", "=HYPERLINK(\"http://x.example\",\"x\")"]).ok();
    let names = |extra: &[&str]| {
        let out = env.run_cmd(
            env.cmd()
                .args(["--format", "csv", "--fields", "display_name", "--no-headers"])
                .args(extra)
                .args(["user", "list"]),
        );
        out.ok().stdout.lines().skip(2).take(5).map(String::from).collect::<Vec<_>>()
    };
    assert_eq!(
        names(&[]),
        ["'=1+1", "'+SUM(A1)", "'@cmd", "-2", "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\")\""]
    );
    assert_eq!(
        names(&["--csv-raw"]),
        ["=1+1", "+SUM(A1)", "@cmd", "-2", "\"=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\")\""]
    );
    // Other formats carry the value as it is.
    assert_eq!(env.json(&["user", "show", "f1@example.com"])["display_name"], "=1+1");
}
