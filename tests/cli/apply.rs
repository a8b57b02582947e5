//! `apply FILE [--dry-run] [--prune]` (SPEC §2.9): a manifest applied,
//! changed, re-applied and pruned; idempotence without audit rows; dry
//! runs; bad entries named by path; the permissions and guards of the
//! single commands.

use serde_json::Value;

use crate::support::*;

/// The seed's tenant, plus a venue for the events to be managed by.
const SETUP: &str = "\
users:
  - {email: dave@example.com, name: Dave}
  - {email: erin@example.com, name: Erin, landlord: false}
partners:
  - slug: blue-note
    name: Blue Note
    kind: venue
    plan: standard
    members:
      - {user: alice@example.com, role: owner}
      - {user: dave@example.com, role: manager, revoke: [can_view_metrics], status: active}
      - {user: erin@example.com, role: analyst}
  - slug: red-room
    name: Red Room
    kind: venue
    members:
      - {user: bob@example.com, role: owner, status: active}
events:
  - {slug: jazz-night, partner: blue-note, title: Jazz Night,
     starts_at: 2026-12-05T19:00:00Z, managers: [red-room]}
";

/// SETUP changed: a name, a plan, a role, a flag, a title, a time; erin and
/// the manager red-room are no longer listed; carol joins.
const CHANGED: &str = "\
users:
  - {email: dave@example.com, name: Dave Jones}
  - {email: erin@example.com, name: Erin, landlord: false}
partners:
  - slug: blue-note
    name: Blue Note Club
    kind: venue
    plan: pro
    members:
      - {user: alice@example.com, role: owner}
      - {user: dave@example.com, role: admin, revoke: [can_view_metrics, can_invite]}
      - {user: carol@example.com, role: staff, grant: [can_view_metrics]}
  - slug: red-room
    name: Red Room
    kind: venue
events:
  - {slug: jazz-night, partner: blue-note, title: Jazz Night Live,
     starts_at: 2026-12-05T20:00:00Z, ends_at: 2026-12-06T01:00:00Z, managers: []}
";

fn setup() -> TestEnv {
    let env = TestEnv::new();
    env.seed("Europe/Berlin");
    env
}

/// `apply` with `--format json` and the extra arguments; the rows.
fn apply(env: &TestEnv, yaml: &str, extra: &[&str]) -> Vec<Value> {
    let file = env.write_file("setup.yaml", yaml.as_bytes());
    let mut args = vec!["apply", file.as_str()];
    args.extend(extra);
    env.json(&args).as_array().unwrap().clone()
}

/// Each row as `kind key action changes`.
fn summary(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .map(|r| {
            let changes = r["changes"].as_str().unwrap_or("-");
            format!(
                "{} {} {} {changes}",
                r["kind"].as_str().unwrap(),
                r["key"].as_str().unwrap(),
                r["action"].as_str().unwrap()
            )
        })
        .collect()
}

fn member<'a>(members: &'a Value, email: &str) -> &'a Value {
    members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["user_email"] == email)
        .unwrap_or_else(|| panic!("{email} in {members}"))
}

const SETUP_ROWS: [&str; 10] = [
    "user dave@example.com create name: Dave; landlord: false",
    "user erin@example.com create name: Erin; landlord: false",
    "partner blue-note update plan: tiny_free → standard",
    "member blue-note/alice@example.com unchanged -",
    "member blue-note/dave@example.com create role: manager; can_view_metrics: false; status: active",
    "member blue-note/erin@example.com invite role: analyst; status: invited",
    "partner red-room create name: Red Room; kind: venue; plan: tiny_free",
    "member red-room/bob@example.com create role: owner; status: active",
    "event jazz-night create partner: blue-note; title: Jazz Night; starts_at: 2026-12-05T19:00:00Z; ends_at: 2026-12-05T23:00:00Z",
    "event_manager jazz-night/red-room create -",
];

#[test]
fn a_manifest_is_applied_changed_reapplied_and_pruned() {
    let env = setup();
    let rows = apply(&env, SETUP, &[]);
    assert_eq!(summary(&rows), SETUP_ROWS);
    // The invited member's one-time code works, and only it carries one.
    let code = rows[5]["invite_code"].as_str().expect("erin's invite code");
    assert!(rows.iter().enumerate().all(|(i, r)| i == 5 || r["invite_code"].is_null()), "{rows:?}");
    env.run_as(ERIN, &["member", "accept", "--code", code]).ok();

    let members = env.json(&["member", "list", "blue-note"]);
    let dave = member(&members, DAVE);
    assert_eq!((dave["role"].as_str(), dave["status"].as_str()), (Some("manager"), Some("active")));
    assert_eq!((dave["can_invite"].as_bool(), dave["can_view_metrics"].as_bool()), (Some(true), Some(false)));
    let event = env.json(&["event", "show", "jazz-night"]);
    assert_eq!(event["manager_partners"], serde_json::json!(["red-room"]));
    assert_eq!(env.audit("member.invite").len(), 3, "alice's membership came from partner create");
    assert_eq!(env.audit("member.accept").len(), 3, "dave and bob on their behalf, erin by code");

    // Changed: without --prune nothing that the file leaves out goes away.
    let rows = apply(&env, CHANGED, &[]);
    assert_eq!(
        summary(&rows),
        [
            "user dave@example.com update name: Dave → Dave Jones",
            "user erin@example.com unchanged -",
            "partner blue-note update name: Blue Note → Blue Note Club; plan: standard → pro",
            "member blue-note/alice@example.com unchanged -",
            "member blue-note/dave@example.com update role: manager → admin; can_invite: true → false; can_manage_members: false → true",
            "member blue-note/carol@example.com invite role: staff; can_view_metrics: true; status: invited",
            "partner red-room unchanged -",
            "event jazz-night update title: Jazz Night → Jazz Night Live; starts_at: 2026-12-05T19:00:00Z → 2026-12-05T20:00:00Z; ends_at: 2026-12-05T23:00:00Z → 2026-12-06T01:00:00Z",
        ]
    );
    let members = env.json(&["member", "list", "blue-note"]);
    let dave = member(&members, DAVE);
    assert_eq!(dave["role"], "admin");
    assert_eq!(
        ["can_invite", "can_manage_events", "can_view_metrics", "can_manage_members", "can_manage_billing"]
            .map(|f| dave[f].as_bool().unwrap()),
        [false, true, false, true, false]
    );
    assert_eq!(member(&members, ERIN)["status"], "active", "erin is kept without --prune");
    assert_eq!(env.json(&["user", "show", DAVE])["display_name"], "Dave Jones");
    assert_eq!(env.audit("user.update").len(), 1);
    // The same audit rows as the single commands: set-role (keeping flags), then set-perms.
    assert_eq!(env.audit("member.set_role").len(), 1);
    assert_eq!(env.audit("member.set_perms").len(), 1);
    assert_eq!(env.audit("plan.set").len(), 2);

    // Pruned: erin leaves blue-note, red-room stops managing the event; the
    // red-room entry lists no members, so bob stays.
    let rows = apply(&env, CHANGED, &["--prune"]);
    let changed: Vec<String> = summary(&rows).into_iter().filter(|r| !r.contains(" unchanged ")).collect();
    assert_eq!(changed, ["member blue-note/erin@example.com remove -", "event_manager jazz-night/red-room remove -"]);
    assert_eq!(env.json(&["member", "list", "blue-note"]).as_array().unwrap().len(), 3);
    assert_eq!(env.json(&["member", "list", "red-room"]).as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["event", "show", "jazz-night"])["manager_partners"], serde_json::json!([]));
    assert_eq!(env.audit("member.remove").len(), 1);
    assert_eq!(env.audit("event.remove_manager").len(), 1);
    env.run(&["db", "check"]).ok();
}

#[test]
fn the_same_file_twice_is_all_unchanged_and_writes_nothing() {
    let env = setup();
    apply(&env, SETUP, &[]);
    let (audit, dump) = (env.audit_rows(), env.dump());
    let file = env.write_file("setup.yaml", SETUP.as_bytes());
    let run = env.run(&["apply", &file, "--format", "csv"]).ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "kind,key,action,changes,id,invite_code");
    assert_eq!(lines.len(), 1 + SETUP_ROWS.len());
    assert!(lines[1..].iter().all(|l| l.split(',').nth(2) == Some("unchanged")), "{}", run.stdout);
    assert_eq!(env.audit_rows(), audit, "an unchanged apply writes no audit row");
    assert_eq!(env.dump(), dump);
    assert!(run.stderr.contains("0 created, 0 invited, 0 updated, 0 removed, 10 unchanged"), "{}", run.stderr);
}

#[test]
fn a_dry_run_prints_the_same_rows_and_writes_nothing() {
    let env = setup();
    let dump = env.dump();
    let rows = apply(&env, SETUP, &["--dry-run"]);
    assert_eq!(env.dump(), dump, "a dry run wrote");
    assert_eq!(summary(&rows), SETUP_ROWS);
    for row in &rows {
        let created = matches!(row["action"].as_str(), Some("create" | "invite"));
        assert_eq!(row["id"].is_null(), created || row["kind"] == "event_manager", "{row}");
        assert!(row["invite_code"].is_null(), "no code of a dry run can work: {row}");
    }
    // What it printed is what a real run then does.
    assert_eq!(summary(&apply(&env, SETUP, &[])), SETUP_ROWS);
    let dump = env.dump();
    let rows = apply(&env, CHANGED, &["--prune", "--dry-run"]);
    assert_eq!(env.dump(), dump);
    assert!(summary(&rows).contains(&"member blue-note/erin@example.com remove -".to_string()));
}

#[test]
fn json_is_read_from_a_file_and_from_standard_input() {
    let env = setup();
    let json = r#"{"users": [{"email": "Dave@Example.com", "name": "Dave"}],
                   "partners": [{"slug": "blue-note", "members": [{"user": "dave@example.com", "role": "staff"}]}]}"#;
    let run = env.run_cmd(env.cmd().args(["--format", "json", "apply", "-"]).write_stdin(json)).ok();
    assert_eq!(
        summary(run.json().as_array().unwrap()),
        [
            "user dave@example.com create name: Dave; landlord: false",
            "partner blue-note unchanged -",
            "member blue-note/dave@example.com invite role: staff; status: invited",
        ]
    );
    let file = env.write_file("setup.json", json.as_bytes());
    let rows = env.json(&["apply", &file]);
    assert!(rows.as_array().unwrap().iter().all(|r| r["action"] == "unchanged"), "{rows}");
}

/// Applies `yaml` as the operator expecting exit 7; the `errors` of the JSON error.
#[track_caller]
fn bad(env: &TestEnv, yaml: &str) -> Vec<(String, Option<u64>, String)> {
    let file = env.write_file("bad.yaml", yaml.as_bytes());
    let error = env.refused_with(&["apply", &file], 7);
    assert_eq!(error["code"], "invalid_data");
    error["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let path = e["path"].as_str().unwrap_or("").to_string();
            (path, e["line"].as_u64(), e["message"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn bad_entries_exit_7_naming_their_path_and_line_and_nothing_is_written() {
    let env = setup();
    let errors = bad(
        &env,
        "\
users:
  - {email: not-an-email, name: X}
  - {email: zed@example.com, name: Zed, colour: blue}
partners:
  - slug: blue-note
    members:
      - {user: alice@example.com, role: owner}
      - {user: bob@example.com, role: boss}
      - {user: ghost@example.com, role: staff}
      - {user: zed@example.com, role: staff, grant: can_invite, revoke: [can_invite]}
  - {slug: Bad Slug, name: B}
events:
  - {slug: e1, partner: nowhere, title: T, starts_at: soon}
  - {slug: e2, partner: blue-note, title: T, starts_at: 2026-12-05, ends_at: 2026-12-04, managers: [blue-note]}
",
    );
    let paths: Vec<(&str, Option<u64>)> = errors.iter().map(|(p, l, _)| (p.as_str(), *l)).collect();
    assert_eq!(
        paths,
        [
            ("users[0].email", Some(2)),
            ("users[1].colour", Some(3)),
            ("partners[0].members[1].role", Some(8)),
            ("partners[0].members[3].revoke", Some(10)),
            ("partners[1].slug", Some(11)),
            ("partners[0].members[2].user", Some(9)),
            ("events[0].partner", Some(13)),
            ("events[0].starts_at", Some(13)),
            ("events[1].managers[0]", Some(14)),
            ("events[1].ends_at", Some(14)),
        ],
        "{errors:#?}"
    );
    assert!(errors[2].2.contains(r#"invalid role "boss""#), "{}", errors[2].2);
    assert!(errors[5].2.contains("user not found: \"ghost@example.com\""), "{}", errors[5].2);

    // Entries the file lists twice, and records it cannot create.
    let errors = bad(&env, "users:\n  - {email: zed@example.com, name: Zed}\n  - {email: ZED@example.com, name: Z}\n");
    assert_eq!(errors[0].0, "users[1].email");
    assert!(errors[0].2.contains("listed twice (also at users[0].email)"), "{errors:?}");
    let errors = bad(&env, "partners:\n  - {slug: new-one}\n");
    assert_eq!(
        (errors[0].0.as_str(), errors[0].2.as_str()),
        ("partners[0].name", "required to create partner new-one")
    );
    assert_eq!(bad(&env, "users: {email: x@example.com}\n")[0].0, "users");
    assert_eq!(bad(&env, "partners:\n  - {slug: blue-note, plan: gold}\n")[0].0, "partners[0].plan");
    // Not YAML at all.
    assert_eq!(bad(&env, "users: [\n")[0].1, Some(2));
}

#[test]
fn a_member_manager_without_the_permission_exits_4_and_nothing_is_written() {
    let env = setup();
    env.add_member("blue-note", CAROL, "admin");
    let file = |name: &str, yaml: &str| env.write_file(name, yaml.as_bytes());

    // An admin may invite a manager ...
    let ok = file(
        "ok.yaml",
        "partners:\n  - slug: blue-note\n    members:\n      - {user: bob@example.com, role: manager}\n",
    );
    let before = env.dump();
    env.run_as(CAROL, &["apply", &ok, "--dry-run"]).ok();
    assert_eq!(env.dump(), before);
    // ... but not make an owner, though the file's first entry alone was allowed.
    let owner = file(
        "owner.yaml",
        "partners:\n  - slug: blue-note\n    members:\n      - {user: bob@example.com, role: manager}\n      - {user: dave@example.com, role: owner}\n",
    );
    env.add_user("dave");
    let error = env.refused_with(&["--as", CAROL, "apply", &owner], 4);
    assert_eq!(error["permission"], "owner");
    assert_eq!(error["path"], "partners[0].members[1]");
    assert_eq!(error["line"], 5);
    let message = error["message"].as_str().unwrap();
    assert!(message.starts_with("partners[0].members[1] (line 5): permission denied: only an owner"), "{error}");
    // Users are the operator's and landlords' to add, and to list.
    let users = file("users.yaml", "users:\n  - {email: new@example.com, name: New}\n");
    assert_eq!(env.refused_with(&["--as", CAROL, "apply", &users], 4)["permission"], "landlord");
    let listed = file("listed.yaml", "users:\n  - {email: bob@example.com, name: Bob}\n");
    assert_eq!(env.refused_with(&["--as", CAROL, "apply", &listed], 4)["permission"], "landlord");
    // A non-member sees nothing of the partner: denied before any user is looked up.
    let ghost = file(
        "ghost.yaml",
        "partners:\n  - slug: blue-note\n    members:\n      - {user: ghost@example.com, role: staff}\n",
    );
    assert_eq!(env.refused_with(&["--as", BOB, "apply", &ghost], 4)["permission"], "member");
    // A member manager is told about an unknown user (as by member invite).
    assert_eq!(
        env.refused_with(&["--as", CAROL, "apply", &ghost], 7)["errors"][0]["path"],
        "partners[0].members[0].user"
    );
}

#[test]
fn status_active_is_for_the_operator_and_landlords_only() {
    let env = setup();
    env.add_member("blue-note", CAROL, "admin");
    let yaml =
        "partners:\n  - slug: blue-note\n    members:\n      - {user: bob@example.com, role: staff, status: active}\n";
    let file = env.write_file("active.yaml", yaml.as_bytes());
    let error = env.refused_with(&["--as", CAROL, "apply", &file], 4);
    assert_eq!(
        (error["permission"].as_str(), error["path"].as_str()),
        (Some("landlord"), Some("partners[0].members[0].status"))
    );
    let rows = env.json(&["--as", LENA, "apply", &file]);
    assert_eq!(
        summary(rows.as_array().unwrap())[1],
        "member blue-note/bob@example.com create role: staff; status: active"
    );
    assert!(env.audit("member.accept").iter().any(|e| e["actor"] == LENA), "lena accepted on bob's behalf");
}

#[test]
fn prune_never_removes_the_last_owner_and_a_host_never_changes() {
    let env = setup();
    env.add_member("blue-note", BOB, "manager");
    let yaml = "partners:\n  - slug: blue-note\n    members:\n      - {user: bob@example.com, role: manager}\n";
    let file = env.write_file("prune.yaml", yaml.as_bytes());
    let error = env.refused_with(&["apply", &file, "--prune"], 5);
    assert_eq!((error["code"].as_str(), error["path"].as_str()), (Some("last_owner"), Some("partners[0].members")));

    env.run(&["partner", "create", "red-room", "--name", "Red Room"]).ok();
    env.create_event("jazz-night", "blue-note", "2026-12-05T19:00:00Z", "2026-12-05T23:00:00Z");
    let yaml = "events:\n  - {slug: jazz-night, partner: red-room}\n";
    let file = env.write_file("host.yaml", yaml.as_bytes());
    let error = env.refused_with(&["apply", &file], 5);
    assert_eq!((error["code"].as_str(), error["path"].as_str()), (Some("conflict"), Some("events[0].partner")));
}

#[test]
fn apply_help_lists_every_manifest_key() {
    use partnerctl::service::apply::{EVENT_KEYS, MEMBER_KEYS, PARTNER_KEYS, TOP_KEYS, USER_KEYS};
    let help = TestEnv::new().run(&["apply", "--help"]).ok().stdout;
    let section = |name: &str| {
        let line = help
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{name}:")))
            .unwrap_or_else(|| panic!("{name}: in {help}"));
        line.to_string()
    };
    for key in TOP_KEYS.iter().chain(["members"].iter()) {
        section(key);
    }
    for (name, keys) in [("users", USER_KEYS), ("partners", PARTNER_KEYS), ("members", MEMBER_KEYS)] {
        for key in keys {
            assert!(section(name).contains(key), "{name}: lacks {key} in {help}");
        }
    }
    let events = &help[help.find("  events:").unwrap()..help.find("A listed member").unwrap()];
    for key in EVENT_KEYS {
        assert!(events.contains(key), "events: lacks {key} in {help}");
    }
}

/// Every id in `value` replaced by its rank of first appearance, so that
/// two databases built by the same steps compare equal.
fn without_ids(value: &mut Value, seen: &mut Vec<String>) {
    let is_id = |s: &str| {
        s.len() == 36
            && s.chars()
                .enumerate()
                .all(|(i, c)| if [8, 13, 18, 23].contains(&i) { c == '-' } else { c.is_ascii_hexdigit() })
    };
    match value {
        Value::String(s) if is_id(s) => {
            let rank = seen.iter().position(|x| x == s).unwrap_or_else(|| {
                seen.push(s.clone());
                seen.len() - 1
            });
            *s = format!("id#{rank}");
        }
        Value::Array(items) => items.iter_mut().for_each(|v| without_ids(v, seen)),
        Value::Object(map) => map.values_mut().for_each(|v| without_ids(v, seen)),
        _ => {}
    }
}

/// The audit log without its row ids, and with record ids by rank.
fn audit_log(env: &TestEnv) -> Vec<Value> {
    let mut log = env.json(&["audit", "list"]);
    let mut seen = Vec::new();
    let rows = log.as_array_mut().unwrap();
    rows.sort_by_key(|r| r["id"].as_i64());
    rows.iter_mut()
        .map(|r| {
            r.as_object_mut().unwrap().remove("id");
            without_ids(r, &mut seen);
            r.clone()
        })
        .collect()
}

#[test]
fn apply_writes_the_audit_rows_of_the_single_commands() {
    let (by_file, by_hand) = (setup(), setup());
    let first = "\
users: [{email: dave@example.com, name: Dave}]
partners:
  - slug: red-room
    name: Red Room
    kind: venue
    plan: standard
    members:
      - {user: bob@example.com, role: owner, status: active}
      - {user: dave@example.com, role: manager, revoke: [can_view_metrics]}
events:
  - {slug: jazz-night, partner: red-room, title: Jazz Night, starts_at: 2026-12-05T19:00:00Z, managers: [blue-note]}
";
    let second = first
        .replace("role: manager, revoke: [can_view_metrics]", "role: admin")
        .replace("Jazz Night,", "Jazz Night Live,");
    apply(&by_file, first, &[]);
    apply(&by_file, &second, &[]);
    for args in [
        &["user", "add", DAVE, "--name", "Dave"][..],
        &["partner", "create", "red-room", "--name", "Red Room", "--kind", "venue", "--plan", "standard"],
        &["member", "invite", "red-room", BOB, "--role", "owner"],
        &["member", "accept", "red-room", BOB],
        &["member", "invite", "red-room", DAVE, "--role", "manager", "--revoke", "can_view_metrics"],
        &[
            "event",
            "create",
            "jazz-night",
            "--partner",
            "red-room",
            "--title",
            "Jazz Night",
            "--starts-at",
            "2026-12-05T19:00:00Z",
            "--manager",
            "blue-note",
        ],
        &["member", "set-role", "red-room", DAVE, "admin", "--keep-perms"],
        &["member", "set-perms", "red-room", DAVE, "--grant", "can_view_metrics", "--grant", "can_manage_members"],
        &["event", "update", "jazz-night", "--title", "Jazz Night Live"],
    ] {
        by_hand.run(args).ok();
    }
    assert_eq!(audit_log(&by_file), audit_log(&by_hand));
}

#[test]
fn applies_racing_on_one_tenant_apply_once() {
    let env = setup();
    let file = env.write_file("setup.yaml", SETUP.as_bytes());
    let runs = env.run_parallel(&vec![racing_as(LENA, &["apply", &file]); 3]);
    let mut changed = 0;
    for run in runs {
        changed += run.ok().json().as_array().unwrap().iter().filter(|r| r["action"] != "unchanged").count();
    }
    assert_eq!(changed, SETUP_ROWS.len() - 1, "one apply made every change, the others found them made");
    assert_eq!(env.audit("user.add").len(), 4 + 2);
    env.run(&["db", "check"]).ok();
}

#[test]
fn the_example_of_apply_help_applies() {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme"]).ok();
    let help = env.run(&["apply", "--help"]).ok().stdout;
    let example = &help[help.find("Example:\n").expect("an example") + "Example:\n".len()..];
    let example: String = example.lines().take_while(|l| !l.is_empty()).map(|l| format!("{}\n", &l[2..])).collect();
    let rows = apply(&env, &example, &[]);
    assert_eq!(rows.len(), 6, "{rows:?}");
    assert!(rows.iter().all(|r| r["action"] != "unchanged"), "{rows:?}");
    assert!(apply(&env, &example, &[]).iter().all(|r| r["action"] == "unchanged"));
}
