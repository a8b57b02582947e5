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
