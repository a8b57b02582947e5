//! `user import` and `invite import` (SPEC §2.2, §2.8): formats, line
//! numbers of invalid rows, all-or-nothing, idempotent re-import, dry runs.

use serde_json::{json, Value};

use crate::support::*;

const USERS: &str = "email,display_name,id,landlord\n\
    dan@example.com,Dan,,\n\
    Erin@Example.com,Erin,u-erin,true\n\
    frank@example.com,Frank,u-frank,0\n";

fn summary(rows: u64, imported: u64, skipped: u64, dry_run: bool) -> Value {
    json!({ "rows": rows, "imported": imported, "skipped": skipped, "dry_run": dry_run })
}

fn tenant_env() -> TestEnv {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme"]).ok();
    env
}

/// Runs an import expected to fail with exit 7 and returns its `errors`.
#[track_caller]
fn invalid_rows(env: &TestEnv, args: &[&str]) -> Vec<(u64, String)> {
    let run = env.run_cmd(env.cmd().args(["--format", "json"]).args(args)).code(7);
    let error = &run.error_json()["error"];
    assert_eq!(error["code"], "invalid_data");
    error["errors"]
        .as_array()
        .expect("errors array")
        .iter()
        .map(|e| (e["line"].as_u64().unwrap(), e["message"].as_str().unwrap().to_string()))
        .collect()
}

#[track_caller]
fn lines(errors: &[(u64, String)]) -> Vec<u64> {
    errors.iter().map(|(line, _)| *line).collect()
}

// ---------------------------------------------------------------- users

#[test]
fn user_import_csv_creates_every_user() {
    let env = tenant_env();
    let file = env.write_file("users.csv", USERS.as_bytes());
    assert_eq!(env.json(&["user", "import", &file]), summary(3, 3, 0, false));
    let users = env.query(
        "SELECT CASE WHEN id LIKE 'u-%' THEN id ELSE CAST(length(id) AS TEXT) END, email, display_name, landlord, created_at
         FROM users ORDER BY email",
    );
    assert_eq!(
        users,
        [
            "36|dan@example.com|Dan|0|2026-11-24T10:00:00Z",
            "u-erin|erin@example.com|Erin|1|2026-11-24T10:00:00Z",
            "u-frank|frank@example.com|Frank|0|2026-11-24T10:00:00Z",
        ]
    );
}

#[test]
fn user_import_jsonl_accepts_strings_bools_numbers_and_null() {
    let env = tenant_env();
    let file = env.write_file(
        "users.jsonl",
        b"{\"email\": \"dan@example.com\", \"display_name\": \"Dan\", \"landlord\": true}\n\
          \n\
          {\"display_name\": \"Erin\", \"email\": \"erin@example.com\", \"id\": null, \"landlord\": 0}\n\
          {\"email\": \"frank@example.com\", \"display_name\": \"Frank\", \"id\": 42}\n",
    );
    assert_eq!(env.json(&["user", "import", &file]), summary(3, 3, 0, false));
    assert_eq!(
        env.query("SELECT email, landlord, id = '42' FROM users ORDER BY email"),
        ["dan@example.com|1|0", "erin@example.com|0|0", "frank@example.com|0|1"]
    );
}

#[test]
fn user_import_with_a_bad_row_anywhere_writes_nothing() {
    let good = ["dan@example.com,Dan", "erin@example.com,Erin", "frank@example.com,Frank"];
    for position in 0..=good.len() {
        let env = tenant_env();
        let mut rows: Vec<&str> = good.to_vec();
        rows.insert(position, "not-an-email,Nobody");
        let file = env.write_file("users.csv", format!("email,display_name\n{}\n", rows.join("\n")).as_bytes());
        let before = env.dump();
        let errors = invalid_rows(&env, &["user", "import", &file]);
        assert_eq!(errors, [(position as u64 + 2, "invalid email \"not-an-email\"".to_string())]);
        assert_eq!(env.dump(), before, "bad row at position {position}");
    }
}

#[test]
fn user_import_reports_every_bad_line_in_json_and_text() {
    let env = tenant_env();
    // The quoted name spans lines 3-4; line numbers stay physical.
    let file = env.write_file(
        "users.csv",
        b"email,display_name,landlord\n\
          dan@example.com,Dan,\n\
          erin@example.com,\"Erin\nSecond\",\n\
          frank@example.com,,\n\
          gina@example.com,Gina,maybe\n\
          dan@example.com,Dan again,\n",
    );
    let errors = invalid_rows(&env, &["user", "import", &file]);
    assert_eq!(lines(&errors), [3, 5, 6, 7]);
    assert!(errors[0].1.contains("invalid display name"), "{errors:?}");
    assert_eq!(errors[1].1, "display_name is required");
    assert_eq!(errors[2].1, "invalid landlord \"maybe\": expected true, false, 1 or 0");
    assert_eq!(errors[3].1, "duplicate email dan@example.com: an earlier line of this file has it");
    let text = env.run(&["user", "import", &file]).code(7);
    // On a terminal: five lines at most, no line twice.
    let file_name = env.path("users.csv").display().to_string();
    assert_eq!(
        text.stderr,
        format!(
            "error: {file_name}: 4 problems, nothing imported\n\
             hint: fix these lines and import again:\n  \
             line 3: {}\n  \
             line 5: display_name is required\n  \
             … and 2 more (--format json lists the first 4)\n",
            errors[0].1
        )
    );
    assert_eq!(env.query("SELECT count(*) FROM users"), ["0"]);
}

#[test]
fn csv_line_numbers_are_physical_lines_whatever_the_line_breaks() {
    let env = tenant_env();
    let file = env.write_file(
        "users.csv",
        b"\r\nemail,display_name\r\nok@example.com,Ok\r\n\r\nbad-3,X\r\n\"quoted\r\nname\",Y\r\n\nbad-6,Z,extra\nbad-7,W",
    );
    let errors = invalid_rows(&env, &["user", "import", &file]);
    assert_eq!(lines(&errors), [5, 6, 9, 10]);
    let header = env.write_file("header.csv", b"\n\nemail,name\n");
    assert_eq!(lines(&invalid_rows(&env, &["user", "import", &header])), [3, 3]);
}

#[test]
fn an_overlong_row_is_an_error_not_a_memory_hog() {
    let env = tenant_env();
    let long = "x".repeat(2_000_000);
    // An unbalanced quote on line 3 would swallow the rest of the file.
    let mut csv = "email,display_name\na@example.com,A\nb@example.com,\"B\nc@example.com,C\n".to_string();
    csv.push_str(&format!("d@example.com,{long}\n"));
    let errors = invalid_rows(&env, &["user", "import", &env.write_file("users.csv", csv.as_bytes())]);
    assert_eq!(errors, [(3, "the row is longer than 1 MiB (an unbalanced quote?)".to_string())]);
    let jsonl = format!(
        "{{\"email\": \"a@example.com\", \"display_name\": \"{long}\"}}\n\
         {{\"email\": \"b@example.com\", \"display_name\": \"B\"}}\n\
         {{\"email\": \"bad\", \"display_name\": \"C\"}}\n"
    );
    let errors = invalid_rows(&env, &["user", "import", &env.write_file("users.jsonl", jsonl.as_bytes())]);
    assert_eq!(lines(&errors), [1, 3], "reading goes on after an overlong JSONL line");
    let huge_value = format!("email,display_name\n{},X\n", "y".repeat(5000));
    let errors = invalid_rows(&env, &["user", "import", &env.write_file("huge.csv", huge_value.as_bytes())]);
    assert_eq!(errors[0].1.chars().count(), 301, "messages quoting huge values are cut");
    assert!(errors[0].1.starts_with("invalid email \"yyy") && errors[0].1.ends_with('…'));
    assert_eq!(env.query("SELECT count(*) FROM users"), ["0"]);
}

#[test]
fn user_import_twice_skips_identical_users_and_refuses_changed_ones() {
    let env = tenant_env();
    let file = env.write_file("users.csv", USERS.as_bytes());
    env.json(&["user", "import", &file]);
    assert_eq!(env.json(&["user", "import", &file]), summary(3, 0, 3, false));
    let changed = env.write_file(
        "changed.csv",
        b"email,display_name,id,landlord\nnew@example.com,New,,\nerin@example.com,Erin,u-erin,false\n",
    );
    let before = env.dump();
    let errors = invalid_rows(&env, &["user", "import", &changed]);
    assert_eq!(errors, [(3, "user erin@example.com already exists with a different landlord".to_string())]);
    let taken = env.write_file("taken.csv", b"email,display_name,id\nzed@example.com,Zed,u-frank\n");
    let errors = invalid_rows(&env, &["user", "import", &taken]);
    assert_eq!(errors, [(2, "a user with id u-frank already exists".to_string())]);
    assert_eq!(env.dump(), before);
}

#[test]
fn user_import_dry_run_writes_nothing() {
    let env = tenant_env();
    let file = env.write_file("users.csv", USERS.as_bytes());
    let before = env.dump();
    assert_eq!(env.json(&["user", "import", &file, "--dry-run"]), summary(3, 3, 0, true));
    assert_eq!(env.dump(), before);
}

#[test]
fn user_import_needs_the_operator_or_a_landlord() {
    let env = TestEnv::new();
    env.seed("UTC");
    let file = env.write_file("users.csv", USERS.as_bytes());
    let before = env.dump();
    let denied = env.run_cmd(env.cmd().args(["--format", "json", "--as", "bob@example.com", "user", "import", &file]));
    assert_eq!(denied.code(4).error_json()["error"]["permission"], "landlord");
    assert_eq!(env.dump(), before);
    env.run_as("lena@example.com", &["user", "import", &file]).ok();
    assert_eq!(env.query("SELECT count(*) FROM users"), ["7"]);
}

#[test]
fn user_import_writes_one_audit_row_with_the_counts() {
    let env = tenant_env();
    let file = env.write_file("users.csv", USERS.as_bytes());
    env.json(&["user", "import", &file]);
    env.json(&["user", "import", &file]);
    let audit = env.json(&["audit", "list", "--action", "user.import"]);
    let audit = audit.as_array().unwrap();
    assert_eq!(audit.len(), 1, "an all-skipped re-import changes nothing and is not audited");
    assert_eq!(audit[0]["details"]["rows"], 3);
    assert_eq!(audit[0]["details"]["imported"], 3);
    assert_eq!(audit[0]["details"]["skipped"], 0);
    assert_eq!(audit[0]["details"].get("created_users"), None);
    assert_eq!(audit[0]["actor"], operator());
}

#[test]
fn import_files_are_checked_before_any_row() {
    let env = tenant_env();
    let cases: [(&str, &[u8], &str); 5] = [
        ("typo.csv", b"email,dispaly_name\na@example.com,A\n", "unknown column \"dispaly_name\""),
        ("missing.csv", b"email\na@example.com\n", "missing required column \"display_name\""),
        ("twice.csv", b"email,display_name,email\n", "column \"email\" appears twice"),
        ("empty.csv", b"", "the file is empty"),
        ("empty.jsonl", b"", "the file is empty"),
    ];
    for (name, contents, message) in cases {
        let file = env.write_file(name, contents);
        let errors = invalid_rows(&env, &["user", "import", &file]);
        assert_eq!(errors[0].0, 1, "{name}");
        assert!(errors[0].1.starts_with(message), "{name}: {errors:?}");
    }
    let header_only = env.write_file("header.csv", b"email,display_name\n");
    assert_eq!(env.json(&["user", "import", &header_only]), summary(0, 0, 0, false));
    let text = env.write_file("users.txt", USERS.as_bytes());
    env.run(&["user", "import", &text]).code(2);
    assert_eq!(env.json(&["user", "import", &text, "--input-format", "csv"]), summary(3, 3, 0, false));
    env.run(&["user", "import", &env.path("absent.csv").display().to_string()]).code(2);
    env.run(&["user", "import", &text, "--input-format", "xml"]).code(2);
}

#[test]
fn malformed_rows_are_line_errors_not_crashes() {
    let env = tenant_env();
    let jsonl = env.write_file(
        "users.jsonl",
        b"{\"email\": \"a@example.com\", \"display_name\": \"A\"}\n\
          {\"email\": \"b@example.com\", \"display_name\": \"B\", \"nmae\": \"x\"}\n\
          [1, 2]\n\
          {\"email\": \"c@example.com\", \"display_name\": {\"first\": \"C\"}}\n\
          {\"email\": \"d@example.com\",\n\
          {\"email\": \"\xff@example.com\", \"display_name\": \"E\"}\n\
          {\"email\": \"f@example.com\"}\n",
    );
    let errors = invalid_rows(&env, &["user", "import", &jsonl]);
    assert_eq!(lines(&errors), [2, 3, 4, 5, 6, 7]);
    assert!(errors[0].1.starts_with("unknown key \"nmae\""), "{errors:?}");
    assert!(errors[3].1.starts_with("invalid JSON"), "{errors:?}");
    assert_eq!(errors[4].1, "not valid UTF-8");
    assert_eq!(errors[5].1, "display_name is required");
    let csv = env.write_file("users.csv", b"email,display_name\na@example.com,A,extra\nb@example.com,\xffB\n");
    let errors = invalid_rows(&env, &["user", "import", &csv]);
    assert_eq!(
        errors,
        [
            (2, "expected 2 fields like the header, found 3".to_string()),
            (3, "column display_name: not valid UTF-8".to_string())
        ]
    );
    assert_eq!(env.query("SELECT count(*) FROM users"), ["0"]);
}

// -------------------------------------------------------------- invites

const HEADER: &str = "id,event,receiver,inviter_kind,inviter,issued_by,status,credited_acceptance,attendance,channel,\
                      created_at,viewed_at,responded_at";

/// Four consistent invites: pending, accepted (credited), closed as
/// duplicate, declined (plain dates are tenant-local).
const GOOD: [&str; 4] = [
    "i-1,jazz,bob@example.com,user,alice@example.com,alice@example.com,pending,,,,2026-11-01T10:00:00Z,,",
    "i-2,jazz,carol@example.com,partner,blue-note,alice@example.com,accepted,true,confirmed,whatsapp,\
     2026-11-01T10:00:00Z,2026-11-01T11:00:00Z,2026-11-01T12:00:00Z",
    "i-3,jazz,carol@example.com,user,bob@example.com,bob@example.com,closed_duplicate,false,,link,2026-11-01,,",
    "i-4,blues,bob@example.com,partner,red-door,lena@example.com,declined,0,,qr,2026-11-02,2026-11-02T08:00:00Z,\
     2026-11-02T09:00:00+01:00",
];

fn invite_env() -> TestEnv {
    let env = TestEnv::new();
    env.seed("Europe/Berlin");
    env.run(&["partner", "create", "red-door", "--name", "Red Door", "--kind", "venue"]).ok();
    env.create_event("jazz", "blue-note", "2026-12-01T20:00:00Z", "2026-12-02T00:00:00Z");
    env.create_event("blues", "blue-note", "2026-12-05T20:00:00Z", "2026-12-06T00:00:00Z");
    env
}

fn invites_csv(env: &TestEnv, rows: &[&str]) -> String {
    env.write_file("invites.csv", format!("{HEADER}\n{}\n", rows.join("\n")).as_bytes())
}

fn invite_summary(rows: u64, imported: u64, skipped: u64, dry_run: bool, created_users: u64) -> Value {
    json!({ "rows": rows, "imported": imported, "skipped": skipped, "dry_run": dry_run, "created_users": created_users })
}

const STORED: &str = "SELECT i.id, e.slug, r.email, i.inviter_kind, i.issued_by_user_id = i.inviter_id, i.status,
        i.credited_acceptance, i.attendance, i.channel, i.created_at, i.viewed_at, i.responded_at
    FROM invites i JOIN events e ON e.id = i.event_id JOIN users r ON r.id = i.receiver_user_id ORDER BY i.id";

#[test]
fn invite_import_csv_stores_every_row() {
    let env = invite_env();
    let file = invites_csv(&env, &GOOD);
    assert_eq!(env.json(&["invite", "import", &file]), invite_summary(4, 4, 0, false, 0));
    assert_eq!(
        env.query(STORED),
        [
            "i-1|jazz|bob@example.com|user|1|pending|0|unknown|in_app|2026-11-01T10:00:00Z||",
            "i-2|jazz|carol@example.com|partner|0|accepted|1|confirmed|whatsapp|2026-11-01T10:00:00Z|\
             2026-11-01T11:00:00Z|2026-11-01T12:00:00Z",
            "i-3|jazz|carol@example.com|user|1|closed_duplicate|0|unknown|link|2026-10-31T23:00:00Z||",
            "i-4|blues|bob@example.com|partner|0|declined|0|unknown|qr|2026-11-01T23:00:00Z|\
             2026-11-02T08:00:00Z|2026-11-02T08:00:00Z",
        ]
    );
    let check = env.json(&["db", "check"]);
    assert_eq!(check["ok"], true, "{check}");
}

#[test]
fn invite_import_jsonl_stores_every_row_with_defaults() {
    let env = invite_env();
    let file = env.write_file(
        "invites.ndjson",
        b"{\"event\": \"jazz\", \"receiver\": \"bob@example.com\", \"inviter_kind\": \"user\", \
           \"inviter\": \"alice@example.com\", \"issued_by\": \"alice@example.com\", \"status\": \"viewed\", \
           \"created_at\": \"2026-11-01T10:00:00Z\", \"viewed_at\": \"2026-11-01T10:30:00Z\", \"responded_at\": null}\n\
          {\"id\": \"j-2\", \"event\": \"jazz\", \"receiver\": \"carol@example.com\", \"inviter_kind\": \"partner\", \
           \"inviter\": \"blue-note\", \"issued_by\": \"alice@example.com\", \"status\": \"accepted\", \
           \"credited_acceptance\": true, \"attendance\": \"no_show\", \"channel\": \"qr\", \
           \"created_at\": \"2026-11-01T10:00:00Z\", \"viewed_at\": \"2026-11-01T10:00:00Z\", \
           \"responded_at\": \"2026-11-01T10:00:00Z\"}\n",
    );
    assert_eq!(env.json(&["invite", "import", &file]), invite_summary(2, 2, 0, false, 0));
    let stored = env.query(
        "SELECT id = 'j-2', status, credited_acceptance, attendance, channel, viewed_at FROM invites ORDER BY id = 'j-2'",
    );
    assert_eq!(
        stored,
        ["0|viewed|0|unknown|in_app|2026-11-01T10:30:00Z", "1|accepted|1|no_show|qr|2026-11-01T10:00:00Z"]
    );
    let generated = env.query("SELECT length(id) FROM invites WHERE id <> 'j-2'");
    assert_eq!(generated, ["36"], "a missing id becomes a UUID");
}

#[test]
fn invite_import_with_a_bad_row_anywhere_writes_nothing() {
    let bad = "x-1,jazz,lena@example.com,user,alice@example.com,alice@example.com,maybe,,,,2026-11-01T10:00:00Z,,";
    for position in 0..=GOOD.len() {
        let env = invite_env();
        let mut rows = GOOD.to_vec();
        rows.insert(position, bad);
        let file = invites_csv(&env, &rows);
        let before = env.dump();
        let errors = invalid_rows(&env, &["invite", "import", &file]);
        assert_eq!(lines(&errors), [position as u64 + 2]);
        assert!(errors[0].1.starts_with("invalid invite status \"maybe\""), "{errors:?}");
        assert_eq!(env.dump(), before, "bad row at position {position}");
    }
}

#[test]
fn invite_reimport_skips_identical_rows_and_refuses_changed_ones() {
    let env = invite_env();
    let file = invites_csv(&env, &GOOD);
    env.json(&["invite", "import", &file]);
    assert_eq!(env.json(&["invite", "import", &file]), invite_summary(4, 0, 4, false, 0));
    let changed = GOOD[0].replace(",pending,,,,", ",pending,,,qr,");
    let file = invites_csv(&env, &[GOOD[1], &changed]);
    let before = env.dump();
    let errors = invalid_rows(&env, &["invite", "import", &file]);
    assert_eq!(errors, [(3, "invite i-1 already exists with a different channel".to_string())]);
    assert_eq!(env.dump(), before);
    let audit = env.json(&["audit", "list", "--action", "invite.import"]);
    assert_eq!(audit.as_array().unwrap().len(), 1, "{audit}");
    assert_eq!(audit[0]["details"]["imported"], 4);
    assert_eq!(audit[0]["details"]["rows"], 4);
    assert_eq!(audit[0]["details"]["created_users"], 0);
}

#[test]
fn invite_import_enforces_one_credited_acceptance_per_event_and_receiver() {
    let env = invite_env();
    let second = "i-9,jazz,carol@example.com,user,bob@example.com,bob@example.com,accepted,true,,,\
                  2026-11-01T10:00:00Z,2026-11-01T10:00:00Z,2026-11-01T10:00:00Z";
    let file = invites_csv(&env, &[GOOD[0], GOOD[1], second]);
    let errors = invalid_rows(&env, &["invite", "import", &file]);
    assert_eq!(
        errors,
        [(
            4,
            "already accepted: the receiver already has a credited acceptance for this event \
             (invite i-2 from an earlier line)"
                .to_string()
        )]
    );
    // Against the database too.
    env.json(&["invite", "import", &invites_csv(&env, &[GOOD[1]])]);
    let errors = invalid_rows(&env, &["invite", "import", &invites_csv(&env, &[second])]);
    assert_eq!(lines(&errors), [2]);
    assert!(errors[0].1.ends_with("(invite i-2 in the database)"), "{errors:?}");
}

#[test]
fn invite_import_refuses_open_invites_beside_a_credited_acceptance() {
    let env = invite_env();
    let open = "o-1,jazz,carol@example.com,user,bob@example.com,bob@example.com,viewed,,,,\
                2026-11-01T10:00:00Z,2026-11-01T10:00:00Z,";
    for (rows, line, other) in [([open, GOOD[1]], 3, "o-1"), ([GOOD[1], open], 3, "i-2")] {
        let errors = invalid_rows(&env, &["invite", "import", &invites_csv(&env, &rows)]);
        assert_eq!(lines(&errors), [line]);
        assert!(errors[0].1.contains(&format!("(invite {other} from an earlier line)")), "{errors:?}");
    }
    assert_eq!(env.query("SELECT count(*) FROM invites"), ["0"]);
}

#[test]
fn invite_import_refuses_duplicate_inviters_in_the_file_and_against_the_database() {
    let env = invite_env();
    let again = GOOD[0].replace("i-1,", "i-7,");
    let errors = invalid_rows(&env, &["invite", "import", &invites_csv(&env, &[GOOD[0], GOOD[2], &again])]);
    assert_eq!(
        errors,
        [(
            4,
            "already invited: the receiver has an invite to this event from the same inviter \
             (invite i-1 from an earlier line)"
                .to_string()
        )]
    );
    env.json(&["invite", "import", &invites_csv(&env, &[GOOD[0]])]);
    let errors = invalid_rows(&env, &["invite", "import", &invites_csv(&env, &[&again])]);
    assert_eq!(lines(&errors), [2]);
    assert!(errors[0].1.ends_with("(invite i-1 in the database)"), "{errors:?}");
    let same_id = GOOD[2].replace("i-3,", "i-1,").replace(",link,", ",qr,");
    let errors =
        invalid_rows(&env, &["invite", "import", &invites_csv(&env, &[GOOD[2], &GOOD[2].replace("link", "qr")])]);
    assert_eq!(errors, [(3, "invite id i-3 appears twice in this file".to_string())]);
    let errors = invalid_rows(&env, &["invite", "import", &invites_csv(&env, &[&same_id])]);
    assert!(errors[0].1.starts_with("invite i-1 already exists with a different receiver"), "{errors:?}");
}

#[test]
fn invite_import_checks_each_row_against_the_rules() {
    let env = invite_env();
    let row = |status: &str, credited: &str, attendance: &str, times: &str| {
        format!(
            "x,jazz,carol@example.com,user,bob@example.com,bob@example.com,{status},{credited},{attendance},,{times}"
        )
    };
    let t = "2026-11-01T10:00:00Z";
    let cases = [
        (
            "x,jazz,bob@example.com,user,bob@example.com,bob@example.com,pending,,,,2026-11-01,,".to_string(),
            "self-invite: bob@example.com cannot invite themselves",
        ),
        (row("accepted", "false", "", &format!("{t},{t},{t}")), "status accepted needs credited_acceptance=true"),
        (row("declined", "true", "", &format!("{t},{t},{t}")), "credited_acceptance=true needs status accepted"),
        (row("viewed", "", "", &format!("{t},,")), "status viewed needs viewed_at"),
        (row("declined", "", "", &format!("{t},{t},")), "status declined needs responded_at"),
        (row("pending", "", "", &format!("{t},{t},")), "status pending cannot have viewed_at"),
        (row("expired", "", "", &format!("{t},,{t}")), "status expired cannot have responded_at"),
        (row("declined", "", "confirmed", &format!("{t},{t},{t}")), "attendance confirmed needs status accepted"),
        (row("viewed", "", "", &format!("{t},2026-10-31T10:00:00Z,")), "viewed_at is before created_at"),
        (row("pending", "", "", "last week,,"), "created_at: invalid time \"last week\""),
        (row("pending", "", "sometimes", &format!("{t},,")), "invalid attendance \"sometimes\""),
        (row("pending", "perhaps", "", &format!("{t},,")), "invalid credited_acceptance \"perhaps\""),
        (
            "x,jazz,carol@example.com,user,bob@example.com,alice@example.com,pending,,,,2026-11-01,,".to_string(),
            "inviter bob@example.com must be the issuing user (alice@example.com) when inviter_kind is user",
        ),
        (
            "x,jazz,carol@example.com,crowd,bob@example.com,bob@example.com,pending,,,,2026-11-01,,".to_string(),
            "invalid inviter kind \"crowd\"",
        ),
        (
            "x,gala,carol@example.com,user,bob@example.com,bob@example.com,pending,,,,2026-11-01,,".to_string(),
            "event: unknown event \"gala\"",
        ),
        (
            "x,jazz,carol@example.com,partner,green-room,bob@example.com,pending,,,,2026-11-01,,".to_string(),
            "inviter: unknown partner \"green-room\"",
        ),
        (
            "x,jazz,zoe@example.com,user,bob@example.com,bob@example.com,pending,,,,2026-11-01,,".to_string(),
            "receiver: unknown user \"zoe@example.com\"",
        ),
    ];
    let rows: Vec<&str> = cases.iter().map(|(row, _)| row.as_str()).collect();
    let before = env.dump();
    let errors = invalid_rows(&env, &["invite", "import", &invites_csv(&env, &rows)]);
    assert_eq!(lines(&errors), (2..2 + cases.len() as u64).collect::<Vec<_>>());
    for ((_, expected), (line, message)) in cases.iter().zip(&errors) {
        assert!(message.starts_with(expected), "line {line}: {message:?} should start with {expected:?}");
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn invite_import_creates_missing_users_only_when_asked() {
    let env = invite_env();
    let rows = [
        "n-1,jazz,zoe@example.com,user,Yann@Example.com,yann@example.com,pending,,,,2026-11-01,,",
        "n-2,blues,zoe@example.com,partner,blue-note,alice@example.com,pending,,,,2026-11-01,,",
    ];
    let file = invites_csv(&env, &rows);
    let before = env.dump();
    let errors = invalid_rows(&env, &["invite", "import", &file]);
    assert_eq!(lines(&errors), [2, 3]);
    assert!(errors[0].1.starts_with("receiver: unknown user \"zoe@example.com\""), "{errors:?}");
    let dry = env.json(&["invite", "import", &file, "--create-missing-users", "--dry-run"]);
    assert_eq!(dry, invite_summary(2, 2, 0, true, 2));
    assert_eq!(env.dump(), before);
    let done = env.json(&["invite", "import", &file, "--create-missing-users"]);
    assert_eq!(done, invite_summary(2, 2, 0, false, 2));
    assert_eq!(
        env.query("SELECT email, display_name, landlord FROM users WHERE email IN ('yann@example.com', 'zoe@example.com') ORDER BY email"),
        ["yann@example.com|yann|0", "zoe@example.com|zoe|0"]
    );
    let unknown_id =
        invites_csv(&env, &["n-3,jazz,u-404,user,alice@example.com,alice@example.com,pending,,,,2026-11-01,,"]);
    let errors = invalid_rows(&env, &["invite", "import", &unknown_id, "--create-missing-users"]);
    assert_eq!(errors, [(2, "receiver: unknown user \"u-404\" (only email references can be created)".to_string())]);
}

/// Past 2,000 distinct user references an import reads the tenant's users
/// at once; later references resolve as the lookups before them did: an
/// email in any case, an id, an unknown email refused or created once.
#[test]
fn a_large_import_resolves_users_as_lookups_do_once_it_has_read_them_all() {
    let env = invite_env();
    let users: String = (0..2100).map(|n| format!("u{n}@example.com,U {n},u-{n},\n")).collect();
    let file = env.write_file("users.csv", format!("email,display_name,id,landlord\n{users}").as_bytes());
    assert_eq!(env.json(&["user", "import", &file]), summary(2100, 2100, 0, false));
    let row = |n: usize, receiver: &str, event: &str| {
        format!("l-{n},{event},{receiver},partner,blue-note,alice@example.com,pending,,,,2026-11-01,,")
    };
    let mut rows: Vec<String> = (0..2050).map(|n| row(n, &format!("u{n}@example.com"), "jazz")).collect();
    rows.push(row(2050, "U5@Example.COM", "blues"));
    rows.push(row(2051, "u-7", "blues"));
    rows.push(row(2052, "new@example.com", "jazz"));
    rows.push(row(2053, "NEW@example.com", "blues"));
    let file = invites_csv(&env, &rows.iter().map(String::as_str).collect::<Vec<_>>());
    let errors = invalid_rows(&env, &["invite", "import", &file]);
    assert_eq!(lines(&errors), [2054, 2055]);
    assert!(errors[1].1.starts_with("receiver: unknown user \"NEW@example.com\""), "{errors:?}");
    let done = env.json(&["invite", "import", &file, "--create-missing-users"]);
    assert_eq!(done, invite_summary(2054, 2054, 0, false, 1));
    assert_eq!(
        env.query(
            "SELECT i.id, r.id FROM invites i JOIN users r ON r.id = i.receiver_user_id
             WHERE i.id IN ('l-2050', 'l-2051', 'l-2052', 'l-2053') ORDER BY i.id"
        )[..2],
        ["l-2050|u-5", "l-2051|u-7"]
    );
    assert_eq!(
        env.query("SELECT count(DISTINCT receiver_user_id) FROM invites WHERE id IN ('l-2052', 'l-2053')"),
        ["1"]
    );
}

#[test]
fn a_failed_import_creates_no_users_either() {
    let env = invite_env();
    let rows = [
        "n-1,jazz,zoe@example.com,user,alice@example.com,alice@example.com,pending,,,,2026-11-01,,",
        "n-2,gala,zoe@example.com,user,alice@example.com,alice@example.com,pending,,,,2026-11-01,,",
    ];
    let before = env.dump();
    let errors = invalid_rows(&env, &["invite", "import", &invites_csv(&env, &rows), "--create-missing-users"]);
    assert_eq!(lines(&errors), [3]);
    assert_eq!(env.dump(), before);
}

#[test]
fn invite_import_dry_run_writes_nothing() {
    let env = invite_env();
    let file = invites_csv(&env, &GOOD);
    let before = env.dump();
    assert_eq!(env.json(&["invite", "import", &file, "--dry-run"]), invite_summary(4, 4, 0, true, 0));
    assert_eq!(env.dump(), before);
}

#[test]
fn invite_import_needs_the_operator_or_a_landlord() {
    let env = invite_env();
    let file = invites_csv(&env, &GOOD);
    let before = env.dump();
    // The owner of the host partner is still no landlord.
    env.run_as("alice@example.com", &["invite", "import", &file]).code(4);
    assert_eq!(env.dump(), before);
    assert_eq!(
        env.run_cmd(env.cmd().args(["--format", "json", "--as", "lena@example.com", "invite", "import", &file]))
            .ok()
            .json(),
        invite_summary(4, 4, 0, false, 0)
    );
    let audit = env.json(&["audit", "list", "--action", "invite.import"]);
    assert_eq!(audit[0]["actor"], "lena@example.com");
}

#[test]
fn only_the_first_twenty_errors_are_listed_but_all_are_counted() {
    let env = invite_env();
    let rows: Vec<String> = (0..25)
        .map(|n| format!("b-{n},gala,bob@example.com,user,alice@example.com,alice@example.com,pending,,,,2026-11-01,,"))
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let run = env.run_cmd(env.cmd().args(["--format", "json", "invite", "import", &invites_csv(&env, &rows)])).code(7);
    let error = &run.error_json()["error"];
    assert_eq!(error["errors"].as_array().unwrap().len(), 20);
    assert_eq!(error["errors"][19]["line"], 21);
    assert_eq!(error["error_count"], 25);
    let text = env.run(&["invite", "import", &env.path("invites.csv").display().to_string()]).code(7);
    assert_eq!(text.stderr.lines().count(), 5, "{}", text.stderr);
    assert!(text.stderr.ends_with("\n  … and 23 more (--format json lists the first 20)\n"), "{}", text.stderr);
}

#[test]
fn a_large_import_rebuilds_the_indexes_it_set_aside() {
    if sqlite_only() {
        return;
    }
    let env = invite_env();
    // 20,000 written invites turn an import into a bulk load.
    let events: Vec<String> = (0..10).map(|e| format!("e{e}")).collect();
    for event in &events {
        env.create_event(event, "blue-note", "2026-12-01T20:00:00Z", "2026-12-02T00:00:00Z");
    }
    let mut file = format!("{HEADER}\n");
    for n in 0..1000 {
        for event in &events {
            for partner in ["blue-note", "red-door"] {
                file.push_str(&format!(
                    "b{n}-{event}-{partner},{event},r{n}@example.com,partner,{partner},alice@example.com,\
                     pending,,,share_url,2026-11-01T10:00:00Z,,\n"
                ));
            }
        }
    }
    let path = env.write_file("bulk.csv", file.as_bytes());
    let indexes = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invites'";
    let before = env.query(indexes);
    let imported = env.json(&["invite", "import", &path, "--create-missing-users"]);
    assert_eq!(imported, invite_summary(20_000, 20_000, 0, false, 1000));
    assert_eq!(env.query(indexes), before);
    assert_eq!(env.json(&["db", "check"])["ok"], true);
    assert_eq!(env.json(&["invite", "import", &path]), invite_summary(20_000, 0, 20_000, false, 0));
    assert_eq!(env.query(indexes), before);
    assert_eq!(env.query("SELECT count(*), count(DISTINCT receiver_user_id) FROM invites"), ["20000|1000"]);
}

/// Rows go to the store in chunks of 4,096 (one COPY each on PostgreSQL);
/// a chunk with a row at fault is written again row by row, so the errors
/// name the same lines, in order, as a row-by-row import would.
#[test]
fn rows_at_fault_in_any_chunk_are_named_by_line() {
    let env = invite_env();
    let row = |n: usize, receiver: usize, status: &str, credited: &str| {
        let (viewed, responded) = match status {
            "accepted" => ("2026-11-01T11:00:00Z", "2026-11-01T12:00:00Z"),
            _ => ("", ""),
        };
        format!(
            "c-{n},jazz,r{receiver}@example.com,partner,blue-note,alice@example.com,{status},{credited},,,\
             2026-11-01T10:00:00Z,{viewed},{responded}"
        )
    };
    let mut rows: Vec<String> = (0..9000).map(|n| row(n, n, "closed_duplicate", "")).collect();
    let clean = invites_csv(&env, &rows.iter().map(String::as_str).collect::<Vec<_>>());
    // Faults: a bad value (line 4), an id of line 102 again (line 6002, the
    // second chunk), an inviter principal of line 8402 again (line 8502, the
    // same chunk), an open invite beside a credited acceptance (lines 8652
    // and 8702).
    rows[2] = rows[2].replace(",closed_duplicate,", ",maybe,");
    rows[6000] = rows[100].clone();
    rows[8500] = row(8500, 8400, "closed_duplicate", "");
    rows[8650] = row(8650, 8650, "accepted", "true");
    rows[8700] = row(8700, 8650, "pending", "").replace("partner,blue-note", "partner,red-door");
    let faulty = env.write_file("faulty.csv", format!("{HEADER}\n{}\n", rows.join("\n")).as_bytes());
    let errors = invalid_rows(&env, &["invite", "import", &faulty, "--create-missing-users"]);
    assert_eq!(lines(&errors), [4, 6002, 8502, 8702], "{errors:?}");
    assert!(errors[1].1.contains("appears twice"), "{errors:?}");
    assert!(errors[2].1.contains("already invited") && errors[2].1.contains("earlier line"), "{errors:?}");
    assert!(errors[3].1.contains("beside a credited acceptance"), "{errors:?}");
    assert_eq!(env.count("SELECT count(*) FROM invites"), 0);

    let imported = env.json(&["invite", "import", &clean, "--create-missing-users"]);
    assert_eq!(imported, invite_summary(9000, 9000, 0, false, 9000));
    assert_eq!(env.json(&["invite", "import", &clean]), invite_summary(9000, 0, 9000, false, 0));
    assert_eq!(env.json(&["db", "check"])["ok"], true);
}
