//! `member …`: invitations, codes, expiry, seats, roles, flags, suspension,
//! removal, the last-owner guard, audit rows and "nothing written" on refusal.

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::support::*;

const FLAGS: [&str; 5] =
    ["can_invite", "can_manage_events", "can_view_metrics", "can_manage_members", "can_manage_billing"];
const MEMBERSHIP_FIELDS: [&str; 16] = [
    "id",
    "partner_id",
    "partner_slug",
    "user_id",
    "user_email",
    "role",
    "can_invite",
    "can_manage_events",
    "can_view_metrics",
    "can_manage_members",
    "can_manage_billing",
    "status",
    "invited_by",
    "invited_at",
    "accepted_at",
    "expires_at",
];
const IN_7_DAYS: &str = "2026-12-01T10:00:00Z";

fn flags(m: &Value) -> [bool; 5] {
    FLAGS.map(|f| m[f].as_bool().unwrap_or_else(|| panic!("{f} missing in {m}")))
}

fn keys(m: &Value) -> Vec<&str> {
    m.as_object().unwrap().keys().map(String::as_str).collect()
}

/// Runs with the clock at `now`.
fn at(env: &TestEnv, now: &str, args: &[&str]) -> Run {
    env.run_cmd(env.cmd().env("PARTNERCTL_NOW", now).args(["--format", "json"]).args(args))
}

/// The `member.*` audit actions, oldest first.
fn member_actions(env: &TestEnv) -> Vec<String> {
    env.json(&["audit", "list", "--reverse"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .filter(|a| a.starts_with("member."))
        .collect()
}

fn member_emails(env: &TestEnv) -> Vec<String> {
    let list = env.json(&["member", "list", "blue-note"]);
    list.as_array().unwrap().iter().map(|m| m["user_email"].as_str().unwrap().to_string()).collect()
}

fn stored_code_hash(env: &TestEnv, membership_id: &str) -> Option<String> {
    let rows = env.query(&format!("SELECT invite_code_hash FROM partner_memberships WHERE id = '{membership_id}'"));
    // `query` prints NULL as an empty cell; a hash is never empty.
    rows.into_iter().next().filter(|hash| !hash.is_empty())
}

/// Seeded tenant with bob as an active member of blue-note in `role`.
fn with_active(role: &str) -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["member", "invite", "blue-note", "bob@example.com", "--role", role]).ok();
    env.run_as("bob@example.com", &["member", "accept", "blue-note"]).ok();
    env
}

#[test]
fn invite_starts_each_role_with_its_default_flags() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["plan", "set", "blue-note", "pro"]).ok();
    let expected = [
        ("owner", [true, true, true, true, true]),
        ("admin", [true, true, true, true, false]),
        ("manager", [true, true, true, false, false]),
        ("analyst", [false, false, true, false, false]),
        ("staff", [false, false, false, false, false]),
    ];
    for (role, defaults) in expected {
        let email = env.add_user(&format!("new-{role}"));
        let m = env.json(&["member", "invite", "blue-note", &email, "--role", role]);
        assert_eq!(flags(&m), defaults, "{role}");
        assert_eq!(m["role"], role);
        let mut fields = MEMBERSHIP_FIELDS.to_vec();
        fields.push("invite_code");
        assert_eq!(keys(&m), fields);
        assert_eq!(m["partner_slug"], "blue-note");
        assert_eq!(m["user_email"], email.as_str());
        assert_eq!(m["status"], "invited");
        assert_eq!(m["invited_by"], operator());
        assert_eq!(m["invited_at"], NOW);
        assert_eq!(m["accepted_at"], Value::Null);
        assert_eq!(m["expires_at"], IN_7_DAYS);
        let code = m["invite_code"].as_str().unwrap();
        assert!(code.starts_with("pmi_") && code.len() == 36, "{code}");
    }
    // Without --role: staff.
    let m = env.json(&["member", "invite", "blue-note", "bob@example.com"]);
    assert_eq!((m["role"].as_str(), flags(&m)), (Some("staff"), [false; 5]));
    assert_eq!(member_actions(&env), vec!["member.invite"; 6]);
}

#[test]
fn grants_revokes_and_expiry_apply_on_top_of_the_defaults() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["plan", "set", "blue-note", "pro"]).ok();
    let m = env.json(&[
        "member",
        "invite",
        "blue-note",
        "bob@example.com",
        "--role",
        "analyst",
        "--grant",
        "can_invite",
        "--grant",
        "can_manage_billing",
        "--revoke",
        "can_view_metrics",
        "--expires-in",
        "48h",
    ]);
    assert_eq!(flags(&m), [true, false, false, false, true]);
    assert_eq!(m["expires_at"], "2026-11-26T10:00:00Z");
    // The tenant setting is the default lifetime.
    env.run(&["tenant", "settings", "set", "member_invitation_ttl", "3d"]).ok();
    let m = env.json(&[
        "member",
        "invite",
        "blue-note",
        "carol@example.com",
        "--role",
        "manager",
        "--revoke",
        "can_invite",
    ]);
    assert_eq!(flags(&m), [false, true, true, false, false]);
    assert_eq!(m["expires_at"], "2026-11-27T10:00:00Z");
    // Contradictions are bad input: nothing written.
    let dave = env.add_user("dave");
    let e = env.refused_with(&["member", "invite", "blue-note", &dave, "--role", "owner", "--revoke", "can_invite"], 2);
    assert_eq!(e["code"], "invalid_input");
    env.refused(&["member", "invite", "blue-note", &dave, "--grant", "can_invite", "--revoke", "can_invite"], 2);
    env.refused(&["member", "invite", "blue-note", &dave, "--expires-in", "0h"], 2);
    env.refused(&["member", "invite", "blue-note", &dave, "--expires-in", "soon"], 2);
    env.refused(&["member", "invite", "blue-note", &dave, "--grant", "can_fly"], 2);
    env.refused(&["member", "invite", "blue-note", &dave, "--role", "boss"], 2);
    env.refused(&["member", "invite", "nope", &dave], 3);
    env.refused(&["member", "invite", "blue-note", "nobody@example.com"], 3);
}

#[test]
fn the_invite_code_is_shown_once_stored_only_as_a_hash_and_a_retried_accept_is_a_no_op() {
    let env = TestEnv::new();
    env.seed("UTC");
    let invited = env.json(&["member", "invite", "blue-note", "bob@example.com", "--role", "manager"]);
    let code = invited["invite_code"].as_str().unwrap().to_string();
    let id = invited["id"].as_str().unwrap();
    let hash = stored_code_hash(&env, id).expect("hash stored");
    assert_eq!(hash, format!("{:x}", Sha256::digest(code.as_bytes())));
    let dump = env.dump();
    assert!(dump.contains(&hash) && !dump.contains(&code), "only the hash is stored");
    for row in env.json(&["member", "list", "blue-note"]).as_array().unwrap() {
        assert_eq!(keys(row), MEMBERSHIP_FIELDS, "list shows exactly the membership fields");
    }
    let csv = env.run(&["--format", "csv", "member", "list", "blue-note"]).ok().stdout;
    assert!(csv.starts_with(&format!("{}\r\n", MEMBERSHIP_FIELDS.join(","))), "{csv}");
    assert!(!csv.contains("pmi_"));

    // Accepting by code (as the invited user); a retry of the same accept
    // is a no-op (SPEC §2.2 idempotent scripts), the code opens nothing else.
    let accept_as_bob = || {
        env.run_cmd(
            env.cmd().args(["--as", "bob@example.com", "--format", "json"]).args(["member", "accept", "--code", &code]),
        )
    };
    let accepted = accept_as_bob().ok().json();
    assert_eq!(accepted["status"], "active");
    assert_eq!(accepted["accepted_at"], NOW);
    assert_eq!(keys(&accepted), MEMBERSHIP_FIELDS);
    let before = env.dump();
    assert_eq!(accept_as_bob().ok().json(), accepted);
    assert_eq!(before, env.dump(), "a retried accept wrote");
    let e = env.refused_with(&["--as", CAROL, "member", "accept", "--code", &code], 4);
    assert_eq!(e["code"], "permission_denied");
    env.refused(&["member", "accept", "--code", "pmi_00000000000000000000000000000000"], 3);
    assert!(!env.dump().contains(&code));
    assert_eq!(member_actions(&env), ["member.invite", "member.accept"]);
}

#[test]
fn a_code_only_works_in_its_own_tenant_and_for_its_user() {
    let env = TestEnv::new();
    env.seed("UTC");
    let code =
        env.json(&["member", "invite", "blue-note", "bob@example.com"])["invite_code"].as_str().unwrap().to_string();
    env.run(&["tenant", "create", "other", "--name", "Other"]).ok();
    env.refused(&["--tenant", "other", "member", "accept", "--code", &code], 3);
    // Someone else holding the code may not accept for bob.
    let e =
        env.refused_with(&["--tenant", "acme", "--as", "carol@example.com", "member", "accept", "--code", &code], 4);
    assert_eq!(e["code"], "permission_denied");
    // The operator may.
    let m = env.json(&["--tenant", "acme", "member", "accept", "--code", &code]);
    assert_eq!((m["status"].as_str(), m["user_email"].as_str()), (Some("active"), Some("bob@example.com")));
}

#[test]
fn an_expired_invitation_is_refused_until_it_is_resent() {
    let env = TestEnv::new();
    env.seed("UTC");
    let first = env.json(&["member", "invite", "blue-note", "bob@example.com", "--role", "analyst"]);
    let old_code = first["invite_code"].as_str().unwrap().to_string();
    // One second before expiry it is still valid (checked on a copy); at expires_at it has expired.
    let early = env.fork();
    at(&early, "2026-12-01T09:59:59Z", &["member", "accept", "blue-note", "bob@example.com"]).ok();
    let before = env.dump();
    let r = at(&env, IN_7_DAYS, &["--as", "bob@example.com", "member", "accept", "blue-note"]).code(5);
    assert_eq!(r.error_json()["error"]["code"], "invitation_expired");
    at(&env, IN_7_DAYS, &["member", "accept", "--code", &old_code]).code(5);
    assert_eq!(before, env.dump());

    // Resending keeps the seat and the role, issues a new code and expiry.
    let later = "2026-12-05T08:30:00Z";
    let resent =
        at(&env, later, &["--as", "alice@example.com", "member", "invite", "blue-note", "bob@example.com", "--resend"])
            .ok()
            .json();
    assert_eq!(resent["id"], first["id"]);
    assert_eq!(resent["role"], "analyst");
    assert_eq!(flags(&resent), [false, false, true, false, false]);
    assert_eq!(resent["status"], "invited");
    assert_eq!(resent["invited_by"], "alice@example.com");
    assert_eq!(resent["invited_at"], later);
    assert_eq!(resent["expires_at"], "2026-12-12T08:30:00Z");
    let new_code = resent["invite_code"].as_str().unwrap();
    assert_ne!(new_code, old_code);
    at(&env, later, &["member", "accept", "--code", &old_code]).code(3);
    let accepted = at(&env, later, &["--as", "bob@example.com", "member", "accept", "--code", new_code]).ok().json();
    assert_eq!((accepted["status"].as_str(), accepted["accepted_at"].as_str()), (Some("active"), Some(later)));
    assert_eq!(env.json(&["member", "list", "blue-note"]).as_array().unwrap().len(), 2);
    assert_eq!(member_actions(&env), ["member.invite", "member.resend", "member.accept"]);
}

#[test]
fn resend_and_duplicate_invitations() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["member", "invite", "blue-note", "bob@example.com"]).ok();
    let e = env.refused_with(&["member", "invite", "blue-note", "bob@example.com"], 5);
    assert_eq!(e["code"], "already_member");
    let plain = env.run(&["member", "invite", "blue-note", "bob@example.com"]).code(5);
    assert!(plain.stderr.contains("hint:") && plain.stderr.contains("--resend"), "{}", plain.stderr);
    // Without an invitation there is nothing to re-send.
    let e = env.refused_with(&["member", "invite", "blue-note", "carol@example.com", "--resend"], 5);
    assert_eq!(e["code"], "invalid_transition");
    // A pending invitation can be re-sent with a new role.
    let m = env.json(&["member", "invite", "blue-note", "bob@example.com", "--resend", "--role", "manager"]);
    assert_eq!((m["role"].as_str(), flags(&m)), (Some("manager"), [true, true, true, false, false]));
    env.run_as("bob@example.com", &["member", "accept", "blue-note"]).ok();
    // Members are not re-invited.
    for args in [
        &["member", "invite", "blue-note", "bob@example.com"][..],
        &["member", "invite", "blue-note", "bob@example.com", "--resend"],
        &["member", "invite", "blue-note", "alice@example.com", "--role", "owner"],
    ] {
        assert_eq!(env.refused_with(args, 5)["code"], "already_member");
    }
    assert_eq!(member_actions(&env), ["member.invite", "member.resend", "member.accept"]);
}

#[test]
fn seats_count_invited_active_and_suspended_members() {
    let env = TestEnv::new();
    env.seed("UTC");
    // tiny_free allows 3 members: alice (owner), bob (suspended), carol (invited).
    env.run(&["member", "invite", "blue-note", "bob@example.com"]).ok();
    env.run(&["member", "accept", "blue-note", "bob@example.com"]).ok();
    env.run(&["member", "suspend", "blue-note", "bob@example.com"]).ok();
    env.run(&["member", "invite", "blue-note", "carol@example.com"]).ok();
    let dave = env.add_user("dave");
    let e = env.refused_with(&["member", "invite", "blue-note", &dave], 6);
    assert_eq!(e["code"], "quota_exceeded");
    assert_eq!(e["limit_key"], "members_per_partner");
    assert_eq!(e["scope"], "partner");
    assert_eq!(e["allowed"], 3);
    assert_eq!(e["used"], 3);
    assert_eq!(e["remaining"], 0);
    assert_eq!(e["resets_at"], Value::Null);
    // Re-sending does not take a seat.
    env.run(&["member", "invite", "blue-note", "carol@example.com", "--resend"]).ok();
    // Revoking an invitation frees one.
    env.run(&["-y", "member", "remove", "blue-note", "carol@example.com"]).ok();
    env.run(&["member", "invite", "blue-note", &dave]).ok();
    env.refused(&["member", "invite", "blue-note", "carol@example.com"], 6);
    // A bigger plan has room.
    env.run(&["plan", "set", "blue-note", "standard"]).ok();
    env.run(&["member", "invite", "blue-note", "carol@example.com"]).ok();
}

#[test]
fn an_archived_partner_takes_no_new_members() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["member", "invite", "blue-note", "bob@example.com"]).ok();
    env.run(&["-y", "partner", "archive", "blue-note"]).ok();
    for args in [
        &["member", "invite", "blue-note", "carol@example.com"][..],
        &["member", "invite", "blue-note", "bob@example.com", "--resend"],
        &["--as", "bob@example.com", "member", "accept", "blue-note"],
    ] {
        assert_eq!(env.refused_with(args, 5)["code"], "invalid_transition", "{args:?}");
    }
    // Existing members stay listed; an invitation can still be declined.
    env.run_as("bob@example.com", &["member", "decline", "blue-note"]).ok();
    assert_eq!(member_emails(&env), ["alice@example.com"]);
}

#[test]
fn accept_by_the_user_or_on_its_behalf() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["plan", "set", "blue-note", "pro"]).ok();
    let dave = env.add_user("dave");
    for user in ["bob@example.com", "carol@example.com", &dave] {
        env.run(&["member", "invite", "blue-note", user]).ok();
    }
    // The operator must name the user.
    assert_eq!(env.refused_with(&["member", "accept", "blue-note"], 2)["code"], "usage");
    // Another user, even the owner, may not accept for bob.
    for actor in ["carol@example.com", "alice@example.com"] {
        let e = env.refused_with(&["--as", actor, "member", "accept", "blue-note", "bob@example.com"], 4);
        assert_eq!(e["permission"], "landlord");
    }
    // A user without an invitation has nothing to accept.
    env.refused(&["--as", "lena@example.com", "member", "accept", "blue-note"], 3);
    let m = env.run_as("bob@example.com", &["--format", "json", "member", "accept", "blue-note"]).ok().json();
    assert_eq!((m["status"].as_str(), m["accepted_at"].as_str()), (Some("active"), Some(NOW)));
    env.run_as("carol@example.com", &["member", "accept", "blue-note", "carol@example.com"]).ok();
    env.run_as("lena@example.com", &["member", "accept", "blue-note", &dave]).ok();
    assert_eq!(member_actions(&env), [&["member.invite"; 3][..], &["member.accept"; 3]].concat());
    // Accepting again is a no-op: same record, exit 0, no audit row.
    let before = env.dump();
    let again = env.run_as("bob@example.com", &["--format", "json", "member", "accept", "blue-note"]).ok().json();
    assert_eq!(again, m);
    assert_eq!(before, env.dump());
    // A suspended membership is not an invitation.
    env.run(&["member", "suspend", "blue-note", "bob@example.com"]).ok();
    let e = env.refused_with(&["--as", "bob@example.com", "member", "accept", "blue-note"], 5);
    assert_eq!(e["code"], "invalid_transition");
}

#[test]
fn decline_deletes_the_invitation_and_prints_it() {
    let env = TestEnv::new();
    env.seed("UTC");
    let invited = env.json(&["member", "invite", "blue-note", "bob@example.com", "--role", "analyst"]);
    env.run(&["member", "invite", "blue-note", "carol@example.com"]).ok();
    env.refused(&["--as", "carol@example.com", "member", "decline", "blue-note", "bob@example.com"], 4);
    env.refused(&["member", "decline", "blue-note"], 2);
    let declined = env.run_as("bob@example.com", &["--format", "json", "member", "decline", "blue-note"]).ok().json();
    assert_eq!(declined["id"], invited["id"]);
    assert_eq!((declined["status"].as_str(), declined["role"].as_str()), (Some("invited"), Some("analyst")));
    assert_eq!(keys(&declined), MEMBERSHIP_FIELDS);
    env.run(&["member", "decline", "blue-note", "carol@example.com"]).ok();
    assert_eq!(member_emails(&env), ["alice@example.com"]);
    // Only invitations can be declined.
    let e = env.refused_with(&["--as", "alice@example.com", "member", "decline", "blue-note"], 5);
    assert_eq!(e["code"], "invalid_transition");
    env.refused(&["--as", "bob@example.com", "member", "decline", "blue-note"], 3);
    let audit = env.json(&["audit", "list", "--reverse", "--action", "member.decline"]);
    let rows = audit.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["actor"], "bob@example.com");
    assert_eq!(rows[0]["target_id"], invited["id"]);
    assert_eq!(rows[0]["details"]["before"]["status"], "invited");
    assert_eq!(rows[0]["details"]["after"], Value::Null);
    assert_eq!(rows[1]["actor"], operator());
}

#[test]
fn set_role_resets_flags_unless_kept_and_set_perms_changes_them() {
    let env = with_active("manager");
    let bob = "bob@example.com";
    env.run(&["member", "set-perms", "blue-note", bob, "--grant", "can_manage_billing", "--revoke", "can_invite"]).ok();
    let m = env.json(&["member", "set-role", "blue-note", bob, "analyst", "--keep-perms"]);
    assert_eq!((m["role"].as_str(), flags(&m)), (Some("analyst"), [false, true, true, false, true]));
    let m = env.json(&["member", "set-role", "blue-note", bob, "admin"]);
    assert_eq!((m["role"].as_str(), flags(&m)), (Some("admin"), [true, true, true, true, false]));
    assert_eq!(m["status"], "active");
    assert_eq!(keys(&m), MEMBERSHIP_FIELDS);
    let m = env.json(&[
        "member",
        "set-perms",
        "blue-note",
        bob,
        "--revoke",
        "can_manage_members",
        "--revoke",
        "can_invite",
    ]);
    assert_eq!((m["role"].as_str(), flags(&m)), (Some("admin"), [false, true, true, false, false]));
    let m = env.json(&["member", "set-role", "blue-note", bob, "owner", "--keep-perms"]);
    assert_eq!(flags(&m), [true; 5], "an owner holds every flag");
    // Owners always hold every flag.
    let e = env.refused_with(&["member", "set-perms", "blue-note", bob, "--revoke", "can_invite"], 5);
    assert_eq!(e["code"], "invalid_transition");
    // An empty or contradictory change is a usage error.
    assert_eq!(env.refused_with(&["member", "set-perms", "blue-note", bob], 2)["code"], "usage");
    env.refused(&["member", "set-perms", "blue-note", bob, "--grant", "can_invite", "--revoke", "can_invite"], 2);
    env.refused(&["member", "set-role", "blue-note", bob, "king"], 2);
    env.refused(&["member", "set-role", "blue-note", "carol@example.com", "staff"], 3);
    // Unchanged is a no-op without an audit row.
    let before = env.dump();
    env.run(&["member", "set-role", "blue-note", bob, "owner"]).ok();
    env.run(&["member", "set-role", "blue-note", "alice@example.com", "owner", "--keep-perms"]).ok();
    assert_eq!(before, env.dump());
    assert_eq!(
        member_actions(&env),
        [
            "member.invite",
            "member.accept",
            "member.set_perms",
            "member.set_role",
            "member.set_role",
            "member.set_perms",
            "member.set_role"
        ]
    );
}

#[test]
fn set_role_on_an_invitation_keeps_its_code_valid() {
    let env = TestEnv::new();
    env.seed("UTC");
    let code =
        env.json(&["member", "invite", "blue-note", "bob@example.com"])["invite_code"].as_str().unwrap().to_string();
    env.run(&["member", "set-role", "blue-note", "bob@example.com", "analyst"]).ok();
    let m = env.json(&["member", "accept", "--code", &code]);
    assert_eq!((m["role"].as_str(), m["status"].as_str()), (Some("analyst"), Some("active")));
}

#[test]
fn suspended_members_keep_the_seat_but_lose_every_permission() {
    let env = with_active("admin");
    let bob = "bob@example.com";
    env.run_as(bob, &["access", "check", "can_invite", "--partner", "blue-note"]).ok();
    let m = env.json(&["member", "suspend", "blue-note", bob]);
    assert_eq!((m["status"].as_str(), flags(&m)), (Some("suspended"), [true, true, true, true, false]));
    env.run_as(bob, &["access", "check", "can_invite", "--partner", "blue-note"]).code(4);
    env.run_as(bob, &["member", "list", "blue-note"]).code(4);
    // Suspending twice is a no-op.
    let before = env.dump();
    env.run(&["member", "suspend", "blue-note", bob]).ok();
    assert_eq!(before, env.dump());
    let m = env.json(&["member", "reactivate", "blue-note", bob]);
    assert_eq!(m["status"], "active");
    env.run_as(bob, &["access", "check", "can_invite", "--partner", "blue-note"]).ok();
    env.run(&["member", "reactivate", "blue-note", bob]).ok();
    // An invitation is neither suspended nor reactivated.
    env.run(&["member", "invite", "blue-note", "carol@example.com"]).ok();
    for verb in ["suspend", "reactivate"] {
        let e = env.refused_with(&["member", verb, "blue-note", "carol@example.com"], 5);
        assert_eq!(e["code"], "invalid_transition");
    }
    assert_eq!(
        member_actions(&env),
        ["member.invite", "member.accept", "member.suspend", "member.reactivate", "member.invite"]
    );
}

#[test]
fn the_last_active_owner_cannot_leave_be_suspended_or_demoted() {
    let env = TestEnv::new();
    env.seed("UTC");
    let alice = "alice@example.com";
    for args in [
        &["-y", "member", "remove", "blue-note", alice][..],
        &["-y", "--as", alice, "member", "remove", "blue-note", alice],
        &["member", "suspend", "blue-note", alice],
        &["member", "set-role", "blue-note", alice, "admin"],
        &["--as", "lena@example.com", "member", "set-role", "blue-note", alice, "staff", "--keep-perms"],
    ] {
        assert_eq!(env.refused_with(args, 5)["code"], "last_owner", "{args:?}");
    }
    // A pending owner invitation does not count.
    env.run(&["member", "invite", "blue-note", "bob@example.com", "--role", "owner"]).ok();
    env.refused(&["member", "suspend", "blue-note", alice], 5);
    env.run_as("bob@example.com", &["member", "accept", "blue-note"]).ok();
    // With two active owners one may go; then the other is the last.
    env.run(&["member", "suspend", "blue-note", alice]).ok();
    env.refused(&["-y", "member", "remove", "blue-note", "bob@example.com"], 5);
    env.refused(&["member", "set-role", "blue-note", "bob@example.com", "admin"], 5);
    // A suspended owner is not an active one: it can be removed.
    let removed = env.json(&["-y", "member", "remove", "blue-note", alice]);
    assert_eq!((removed["role"].as_str(), removed["status"].as_str()), (Some("owner"), Some("suspended")));
    assert_eq!(member_emails(&env), ["bob@example.com"]);
}

#[test]
fn remove_needs_confirmation_and_prints_the_removed_record() {
    let env = with_active("manager");
    let before = env.dump();
    let r = env.run(&["member", "remove", "blue-note", "bob@example.com"]).code(2);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert_eq!(before, env.dump());
    let listed = env.json(&["member", "list", "blue-note", "--status", "active"]);
    let bob = listed.as_array().unwrap().iter().find(|m| m["user_email"] == "bob@example.com").unwrap().clone();
    let removed = env.json(&["--yes", "member", "remove", "blue-note", "bob@example.com"]);
    assert_eq!(removed, bob);
    assert_eq!(member_emails(&env), ["alice@example.com"]);
    env.refused(&["-y", "member", "remove", "blue-note", "bob@example.com"], 3);
    let audit = env.json(&["audit", "list", "--action", "member.remove"]);
    assert_eq!(audit[0]["details"]["before"], bob);
    assert_eq!(audit[0]["partner_id"], bob["partner_id"]);
}

#[test]
fn any_member_may_remove_itself() {
    let env = with_active("staff");
    env.run(&["member", "invite", "blue-note", "carol@example.com"]).ok();
    env.run_as("bob@example.com", &["-y", "member", "remove", "blue-note", "bob@example.com"]).ok();
    env.run_as("carol@example.com", &["-y", "member", "remove", "blue-note", "carol@example.com"]).ok();
    assert_eq!(member_emails(&env), ["alice@example.com"]);
    let actors: Vec<String> = env
        .json(&["audit", "list", "--reverse", "--action", "member.remove"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["actor"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actors, ["bob@example.com", "carol@example.com"]);
}

#[test]
fn list_filters_by_status_and_quiet_prints_ids() {
    let env = with_active("analyst");
    // `-q` of an invitation prints its one-time code, which nothing else shows.
    let invited = env.run(&["-q", "member", "invite", "blue-note", "carol@example.com"]).ok().stdout;
    let code = invited.trim();
    assert!(code.starts_with("pmi_") && invited == format!("{code}\n"), "{invited:?}");
    let only_invited = env.json(&["member", "list", "blue-note", "--status", "invited"]);
    assert_eq!(only_invited.as_array().unwrap().len(), 1);
    assert_eq!(
        stored_code_hash(&env, only_invited[0]["id"].as_str().unwrap()),
        Some(format!("{:x}", Sha256::digest(code.as_bytes())))
    );
    let all = env.json(&["member", "list", "blue-note"]);
    let roles: Vec<&str> = all.as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["owner", "analyst", "staff"]);
    let ids: Vec<&str> = all.as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(env.run(&["-q", "member", "list", "blue-note"]).ok().stdout, format!("{}\n", ids.join("\n")));
    let suspended = env.run(&["-q", "member", "suspend", "blue-note", "bob@example.com"]).ok().stdout;
    assert_eq!(suspended, format!("{}\n", ids[1]));
    let listed = env.json(&["member", "list", "blue-note", "--status", "suspended"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["id"], ids[1]);
    env.refused(&["member", "list", "blue-note", "--status", "gone"], 2);
}

#[test]
fn every_mutation_writes_one_audit_row_without_the_code() {
    let env = TestEnv::new();
    env.seed("UTC");
    let bob = "bob@example.com";
    let mut codes = Vec::new();
    let mut keep_code = |m: Value| codes.push(m["invite_code"].as_str().unwrap().to_string());
    keep_code(env.json(&["member", "invite", "blue-note", bob, "--role", "manager"]));
    keep_code(env.json(&["member", "invite", "blue-note", bob, "--resend"]));
    env.run_as(bob, &["member", "accept", "blue-note"]).ok();
    env.run_as("alice@example.com", &["member", "set-role", "blue-note", bob, "analyst"]).ok();
    env.run(&["member", "set-perms", "blue-note", bob, "--grant", "can_invite"]).ok();
    env.run(&["member", "suspend", "blue-note", bob]).ok();
    env.run(&["member", "reactivate", "blue-note", bob]).ok();
    env.run(&["-y", "member", "remove", "blue-note", bob]).ok();
    keep_code(env.json(&["member", "invite", "blue-note", "carol@example.com"]));
    env.run_as("carol@example.com", &["member", "decline", "blue-note"]).ok();
    let audit = env.json(&["audit", "list", "--reverse", "--partner", "blue-note"]);
    let rows: Vec<&Value> =
        audit.as_array().unwrap().iter().filter(|e| e["action"].as_str().unwrap().starts_with("member.")).collect();
    let actions: Vec<&str> = rows.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions,
        [
            "member.invite",
            "member.resend",
            "member.accept",
            "member.set_role",
            "member.set_perms",
            "member.suspend",
            "member.reactivate",
            "member.remove",
            "member.invite",
            "member.decline"
        ]
    );
    let partner_id = env.json(&["partner", "show", "blue-note"])["id"].clone();
    for row in &rows {
        assert_eq!(row["partner_id"], partner_id);
        assert_eq!(row["target_kind"], "membership");
        let details = row["details"].as_object().unwrap();
        assert_eq!(details.keys().collect::<Vec<_>>(), ["before", "after"]);
    }
    assert_eq!(rows[3]["actor"], "alice@example.com");
    assert_eq!(rows[3]["details"]["before"]["role"], "manager");
    assert_eq!(rows[3]["details"]["after"]["role"], "analyst");
    let dump = env.dump();
    for code in &codes {
        assert!(!dump.contains(code.as_str()), "code {code} leaked into the database");
    }
    assert!(!dump.contains("invite_code"), "an invite_code key was stored");
    assert!(dump.contains("\"member.decline\""), "the dump shows text as text");
}
