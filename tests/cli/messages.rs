//! Honest messages (issue 13): `member set-role` says which flags it
//! changed; `access check` names a suspension or a pending invitation as
//! the reason of a denial, not a flag the membership holds.

use crate::support::*;

#[test]
fn set_role_names_the_flags_it_granted_and_revoked_on_stderr() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.add_member("blue-note", BOB, "manager");
    env.run(&["member", "set-perms", "blue-note", BOB, "--revoke", "can_view_metrics"]).ok();
    let set_role = |args: &[&str]| {
        let run = env.run(&[&["member", "set-role", "blue-note", BOB][..], args].concat()).ok();
        run.stderr
    };
    // Back to a role re-grants what was revoked: said, not silent.
    assert_eq!(
        set_role(&["admin"]),
        "note: flags reset to the admin defaults: granted can_view_metrics, can_manage_members \
         (--keep-perms keeps the flags as they are)\n"
    );
    assert_eq!(
        set_role(&["analyst"]),
        "note: flags reset to the analyst defaults: revoked can_invite, can_manage_events, can_manage_members \
         (--keep-perms keeps the flags as they are)\n"
    );
    env.run(&["member", "set-perms", "blue-note", BOB, "--grant", "can_invite"]).ok();
    assert_eq!(
        set_role(&["staff"]),
        "note: flags reset to the staff defaults: revoked can_invite, can_view_metrics \
         (--keep-perms keeps the flags as they are)\n"
    );
    assert_eq!(
        set_role(&["manager"]),
        "note: flags reset to the manager defaults: granted can_invite, can_manage_events, can_view_metrics \
         (--keep-perms keeps the flags as they are)\n"
    );
    // Nothing changed: nothing said (--keep-perms; the same flags; the same role).
    assert_eq!(set_role(&["analyst", "--keep-perms"]), "");
    assert_eq!(set_role(&["manager"]), "");
    env.run(&["member", "set-perms", "blue-note", BOB, "--revoke", "can_invite"]).ok();
    assert_eq!(
        set_role(&["owner"]),
        "note: an owner holds every flag: granted can_invite, can_manage_members, can_manage_billing\n"
    );
    let membership = env.json(&["member", "list", "blue-note"]);
    let bob = membership.as_array().unwrap().iter().find(|m| m["user_email"] == BOB).unwrap();
    assert_eq!((&bob["role"], &bob["can_manage_billing"]), (&"owner".into(), &true.into()));
    // -q prints ids only, on stdout; no note.
    let quiet = env.run(&["-q", "member", "set-role", "blue-note", BOB, "staff"]).ok();
    assert_eq!(quiet.stderr, "");
}

#[test]
fn access_check_names_a_suspension_or_a_pending_invitation_as_the_reason() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["plan", "set", "blue-note", "pro"]).ok();
    env.run(&["partner", "create", "co-host", "--name", "Co Host"]).ok();
    env.add_users(&[(DAVE, "Dave"), (ERIN, "Erin")]);
    env.add_member("blue-note", BOB, "analyst");
    env.run(&["member", "suspend", "blue-note", BOB]).ok();
    env.run(&["member", "invite", "blue-note", CAROL, "--role", "analyst"]).ok();
    env.add_member("blue-note", DAVE, "staff");
    env.run(&["member", "suspend", "blue-note", DAVE]).ok();
    env.add_member("co-host", BOB, "staff");
    env.add_member("co-host", ERIN, "staff");
    env.run(&event_args("gig", "blue-note", "Gig", "2026-12-01", &["--manager", "co-host"])).ok();
    let reason = |who: &str, target: &[&str]| -> String {
        let args = [&["--format", "json", "--as", who, "access", "check", "can_view_metrics"][..], target].concat();
        let run = env.run(&args).code(4);
        run.json()["reason"].as_str().unwrap().to_string()
    };
    let partner = ["--partner", "blue-note"];
    assert_eq!(
        reason(BOB, &partner),
        "bob@example.com's membership of blue-note is suspended (analyst with can_view_metrics); \
         a suspended membership confers no permission"
    );
    assert_eq!(
        reason(CAROL, &partner),
        "carol@example.com's invitation to blue-note is not accepted yet (analyst with can_view_metrics); \
         an invitation confers no permission"
    );
    assert_eq!(
        reason(DAVE, &partner),
        "dave@example.com's membership of blue-note is suspended (staff without can_view_metrics); \
         a suspended membership confers no permission"
    );
    // On an event, the suspended membership that holds the flag explains
    // more than the active one without it.
    let event = ["--event", "gig"];
    assert_eq!(
        reason(BOB, &event),
        "bob@example.com's membership of managing partner blue-note of event gig is suspended \
         (analyst with can_view_metrics); a suspended membership confers no permission"
    );
    assert_eq!(
        reason(ERIN, &event),
        "erin@example.com (active staff of co-host) lacks can_view_metrics on every managing partner of event gig"
    );
    assert_eq!(
        reason(DAVE, &event),
        "dave@example.com's membership of managing partner blue-note of event gig is suspended \
         (staff without can_view_metrics); a suspended membership confers no permission"
    );
    // The table format says it on stderr too.
    let run = env.run(&["--as", BOB, "access", "check", "can_view_metrics", "--partner", "blue-note"]).code(4);
    assert_eq!(
        run.stderr,
        "error: denied: bob@example.com's membership of blue-note is suspended (analyst with can_view_metrics); \
         a suspended membership confers no permission\n"
    );
}

/// The error of `args` (`--as who` unless None) as printed on a terminal.
fn stderr_of(env: &TestEnv, who: Option<&str>, args: &[&str], code: i32) -> String {
    let mut cmd = env.cmd();
    if let Some(user) = who {
        cmd.args(["--as", user]);
    }
    env.run_cmd(cmd.args(args)).code(code).stderr
}

#[test]
fn not_found_errors_quote_the_value_and_offer_only_close_visible_names() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["partner", "create", "blue-moon", "--name", "Blue Moon"]).ok();
    env.run(&["partner", "create", "red-room", "--name", "Red Room", "--owner", BOB]).ok();
    env.create_event("summer-jam", "blue-note", "2026-12-05T18:00:00Z", "2026-12-05T23:00:00Z");
    let operator = |args: &[&str], code| stderr_of(&env, None, args, code);
    assert_eq!(
        operator(&["partner", "show", "blue-nte"], 3),
        "error: partner not found: \"blue-nte\"\nhint: did you mean blue-note?\n"
    );
    assert_eq!(
        operator(&["partner", "show", "blue-noon"], 3),
        "error: partner not found: \"blue-noon\"\nhint: did you mean blue-moon or blue-note?\n"
    );
    assert_eq!(operator(&["partner", "show", "nope"], 3), "error: partner not found: \"nope\"\n");
    assert_eq!(
        operator(&["event", "show", "sumer-jam"], 3),
        "error: event not found: \"sumer-jam\"\nhint: did you mean summer-jam?\n"
    );
    assert_eq!(
        operator(&["user", "show", "alice@exmple.com"], 3),
        "error: user not found: \"alice@exmple.com\"\nhint: did you mean alice@example.com?\n"
    );
    assert_eq!(
        operator(&["plan", "set", "blue-note", "standart"], 3),
        "error: plan not found: \"standart\"\nhint: did you mean standard?\n"
    );
    assert_eq!(
        operator(&["plan", "set", "blue-note", "gold"], 3),
        "error: plan not found: \"gold\"\nhint: plans: pro, standard, tiny_free\n"
    );
    let json = env.refused_with(&["partner", "show", "blue-nte"], 3);
    assert_eq!((&json["reference"], &json["candidates"]), (&"blue-nte".into(), &serde_json::json!(["blue-note"])));

    // A user is offered only names its own lists show it: its partners
    // (bob is a member of red-room only), never other users' emails.
    assert_eq!(
        stderr_of(&env, Some(BOB), &["partner", "show", "blue-nte"], 3),
        "error: partner not found: \"blue-nte\"\n"
    );
    assert_eq!(
        stderr_of(&env, Some(BOB), &["partner", "show", "red-rom"], 3),
        "error: partner not found: \"red-rom\"\nhint: did you mean red-room?\n"
    );
    assert_eq!(
        stderr_of(&env, Some(BOB), &["member", "invite", "red-room", "alice@exmple.com"], 3),
        "error: user not found: \"alice@exmple.com\"\n"
    );
    // Events and plans are listed to every user of the tenant.
    assert_eq!(
        stderr_of(&env, Some(BOB), &["event", "show", "sumer-jam"], 3),
        "error: event not found: \"sumer-jam\"\nhint: did you mean summer-jam?\n"
    );
    // A landlord sees everything.
    assert_eq!(
        stderr_of(&env, Some(LENA), &["partner", "show", "blue-nte"], 3),
        "error: partner not found: \"blue-nte\"\nhint: did you mean blue-note?\n"
    );
}

#[test]
fn a_missing_tenant_choice_lists_the_tenants() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["tenant", "create", "other", "--name", "Other"]).ok();
    assert_eq!(
        stderr_of(&env, None, &["partner", "list"], 2),
        "error: the database holds 2 tenants: acme, other; choose one with --tenant SLUG\n"
    );
    assert_eq!(
        stderr_of(&env, None, &["--tenant", "acne", "partner", "list"], 3),
        "error: tenant not found: \"acne\"\nhint: did you mean acme?\n"
    );
    assert_eq!(
        stderr_of(&env, None, &["tenant", "show", "othr"], 3),
        "error: tenant not found: \"othr\"\nhint: did you mean other?\n"
    );
    // --as names a user of a tenant not chosen yet: no tenant is named to it.
    assert_eq!(
        stderr_of(&env, Some(ALICE), &["partner", "list"], 2),
        "error: the database holds 2 tenants; choose one with --tenant SLUG\n"
    );
    assert_eq!(
        stderr_of(&env, Some(ALICE), &["--tenant", "acne", "partner", "list"], 3),
        "error: tenant not found: \"acne\"\n"
    );
}
