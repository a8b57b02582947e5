//! Scripted setups (SPEC §2.2): `--if-not-exists`, `existing_id` on every
//! `conflict`, retried accepts, and checks before prompts.

use crate::support::*;

/// A setup script as an operator writes it, run in a directory of its own;
/// `$0` is partnerctl. Bob's invitation code is captured with `-q` the first
/// time and kept in a file, so that a re-run retries the same accept.
const SETUP: &str = r#"set -e
p="$0"
p() { "$p" -q "$@"; }
p tenant create acme --name "Acme City" --timezone Europe/Berlin --if-not-exists
p user add alice@example.com --name Alice --if-not-exists
p user add bob@example.com --name Bob --if-not-exists
p user add lena@example.com --name Lena --landlord --if-not-exists
p partner create blue-note --name "Blue Note" --kind venue --owner alice@example.com --if-not-exists
p partner create red-room --name "Red Room" --plan standard --if-not-exists
p event create jazz-night --partner blue-note --title "Jazz Night" --starts-at "2026-12-05 20:00" --manager red-room --if-not-exists
p event create brunch --partner red-room --title Brunch --starts-at 2026-12-06 --ends-at 2026-12-06T14:00:00Z --if-not-exists
members=$("$p" member list blue-note --fields user_email --format csv --no-headers)
case "$members" in
  *bob@example.com*) ;;
  *) code=$(p member invite blue-note bob@example.com --role manager); echo "$code" > bob.code ;;
esac
p --as bob@example.com member accept --code "$(cat bob.code)"
"#;

#[test]
fn a_setup_script_runs_twice_and_the_second_run_changes_nothing() {
    let env = TestEnv::new();
    let run = || env.run_cmd(env.sh(SETUP).current_dir(env.dir.path()));
    let first = run().ok();
    assert_eq!(first.stdout.lines().count(), 9, "{}", first.stdout);
    assert!(first.stderr.is_empty(), "{}", first.stderr);
    let bob = env.json(&["member", "list", "blue-note", "--status", "active", "--fields", "user_email,role"]);
    assert_eq!(bob[1], serde_json::json!({"user_email": BOB, "role": "manager"}));
    assert_eq!(env.json(&["event", "show", "jazz-night"])["starts_at"], "2026-12-05T19:00:00Z");
    let (before, audit_rows) = (env.dump(), env.audit_rows());
    let second = run().ok();
    assert_eq!(second.stdout, first.stdout, "the second run printed other ids");
    assert_eq!(env.audit_rows(), audit_rows, "the second run wrote audit rows");
    assert_eq!(env.dump(), before, "the second run wrote");
}

#[test]
fn if_not_exists_refuses_a_record_that_differs_naming_the_fields() {
    let env = TestEnv::new();
    env.seed("UTC");
    let partner_id = env.json(&["partner", "show", "blue-note"])["id"].as_str().unwrap().to_string();
    let bob_id = env.json(&["user", "show", BOB])["id"].as_str().unwrap().to_string();
    let tenant_id = env.json(&["tenant", "show"])["id"].as_str().unwrap().to_string();
    let event_id = env.create_event("gig", "blue-note", "2026-12-01T20:00:00Z", "2026-12-01T23:00:00Z");
    let cases: [(&[&str], &str, &str, &[&str]); 5] = [
        (
            &["partner", "create", "blue-note", "--name", "Blue Note", "--kind", "artist", "--plan", "pro"],
            &partner_id,
            "partner blue-note already exists with a different kind, plan",
            &["kind", "plan"],
        ),
        (&["partner", "create", "blue-note", "--name", "Blue Note", "--owner", BOB], &partner_id, "", &["owner"]),
        (&["user", "add", BOB, "--name", "Robert", "--landlord"], &bob_id, "", &["display_name", "landlord"]),
        (
            &["tenant", "create", "acme", "--name", "Acme City", "--timezone", "Europe/Paris"],
            &tenant_id,
            "",
            &["timezone"],
        ),
        (
            &[
                "event",
                "create",
                "gig",
                "--partner",
                "blue-note",
                "--title",
                "Gig",
                "--starts-at",
                "2026-12-01T21:00:00Z",
            ],
            &event_id,
            "event gig already exists with a different title, starts_at",
            &["title", "starts_at"],
        ),
    ];
    for (args, existing_id, message, fields) in cases {
        let mut with_flag = args.to_vec();
        with_flag.push("--if-not-exists");
        let e = env.refused_with(&with_flag, 5);
        assert_eq!(e["code"], "conflict", "{args:?}");
        assert_eq!(e["existing_id"], existing_id, "{args:?}");
        assert_eq!(e["fields"], serde_json::json!(fields), "{args:?}");
        if !message.is_empty() {
            assert_eq!(e["message"], message);
        }
        // Without the flag a taken key is a conflict too, with the id.
        let e = env.refused_with(args, 5);
        assert_eq!((e["code"].as_str(), e["existing_id"].as_str()), (Some("conflict"), Some(existing_id)), "{args:?}");
    }
}

#[test]
fn if_not_exists_compares_only_the_given_fields() {
    let env = TestEnv::new();
    env.seed("Europe/Berlin");
    let partner = env.json(&["partner", "show", "blue-note"]);
    let before = env.dump();
    for args in [
        &["partner", "create", "blue-note", "--name", "Blue Note", "--if-not-exists"][..],
        &[
            "partner",
            "create",
            "blue-note",
            "--name",
            " Blue Note ",
            "--owner",
            ALICE,
            "--kind",
            "venue",
            "--if-not-exists",
        ],
    ] {
        assert_eq!(env.json(args), partner, "{args:?}");
    }
    env.run(&["user", "add", LENA, "--name", "Lena", "--if-not-exists"]).ok();
    env.run(&["user", "add", "Lena@Example.com", "--name", "Lena", "--landlord", "--if-not-exists"]).ok();
    env.run(&["tenant", "create", "acme", "--name", "Acme City", "--if-not-exists"]).ok();
    assert_eq!(env.dump(), before);
    // A new key is created as without the flag.
    let created = env.json(&["partner", "create", "green-room", "--name", "Green Room", "--if-not-exists"]);
    assert_eq!(created["slug"], "green-room");
    assert_eq!(env.audit("partner.create").len(), 2);
}

#[test]
fn member_remove_resolves_partner_user_and_membership_before_it_prompts() {
    let env = TestEnv::new();
    env.seed("UTC");
    // No TTY and no --yes: a removal that could happen needs --yes (exit 2);
    // one that cannot is refused for what it is, before that.
    env.refused(&["member", "remove", "blue-note", BOB], 3);
    env.refused(&["member", "remove", "nowhere", BOB], 3);
    env.refused(&["member", "remove", "blue-note", "nobody@example.com"], 3);
    env.refused(&["member", "remove", "blue-note", ALICE], 5);
    env.refused(&["--as", CAROL, "member", "remove", "blue-note", ALICE], 4);
    env.add_member("blue-note", BOB, "staff");
    env.refused(&["member", "remove", "blue-note", BOB], 2);
    env.run(&["--yes", "member", "remove", "blue-note", BOB]).ok();
}
