//! Every endpoint of the SPEC §5 table answers what its CLI twin prints
//! for the same actor (`--format json`), value for value.

use serde_json::{json, Value};

use super::*;

#[test]
fn reads_answer_the_cli_records_of_the_same_actor() {
    let env = fixture();
    let alice = token_of(&env, ALICE, &[]);
    let server = Server::start(&env, &[]);
    let same = |path: &str, args: &[&str]| {
        let reply = server.get(path, &alice).status(200);
        assert!(reply.content_type.starts_with("application/json"), "{path}: {}", reply.content_type);
        assert_eq!(reply.json(), cli(&env, ALICE, args), "GET {path}");
    };
    same("/v1/me", &["user", "show", ALICE]);
    same("/v1/partners", &["partner", "list"]);
    same("/v1/partners/blue-note", &["partner", "show", "blue-note"]);
    same("/v1/partners/blue-note/members", &["member", "list", "blue-note"]);
    same("/v1/partners/blue-note/members?status=active", &["member", "list", "blue-note", "--status", "active"]);
    same("/v1/events", &["event", "list"]);
    same("/v1/events?partner=blue-note&upcoming=true", &["event", "list", "--partner", "blue-note", "--upcoming"]);
    same("/v1/events?past=true", &["event", "list", "--past"]);
    same("/v1/events/jazz", &["event", "show", "jazz"]);
    same("/v1/events/jazz/metrics", &["metrics", "event", "jazz"]);
    same(
        "/v1/events/jazz/metrics?by=issuer&sort=sent",
        &["metrics", "event", "jazz", "--by", "issuer", "--sort", "sent"],
    );
    same("/v1/partners/blue-note/metrics", &["metrics", "partner", "blue-note"]);
    same(
        "/v1/partners/blue-note/metrics?since=2026-11-01&until=2026-12-01",
        &["metrics", "partner", "blue-note", "--since", "2026-11-01", "--until", "2026-12-01"],
    );
    same("/v1/partners/blue-note/leaderboard", &["metrics", "leaderboard", "blue-note"]);
    same(
        "/v1/partners/blue-note/leaderboard?event=jazz&by=issuer&top=1",
        &["metrics", "leaderboard", "blue-note", "--event", "jazz", "--by", "issuer", "--top", "1"],
    );
    same("/v1/partners/blue-note/plan", &["plan", "show", "blue-note"]);
    let first = cli(&env, ALICE, &["invite", "list", "--event", "jazz"])[0]["id"].as_str().unwrap().to_string();
    same(&format!("/v1/invites/{first}"), &["invite", "show", &first]);

    let drill = server.get("/v1/events/jazz/invites", &alice).status(200).json();
    assert_eq!(drill["rows"], cli(&env, ALICE, &["metrics", "event", "jazz", "--drill"]));
    assert_eq!(drill["next_after"], Value::Null);

    // access check: 200 whether allowed or not, the CLI's decision.
    let allowed = server.get("/v1/access/can_invite?partner=blue-note", &alice).status(200).json();
    assert_eq!(allowed, cli(&env, ALICE, &["access", "check", "can_invite", "--partner", "blue-note"]));
    let carol = token_of(&env, CAROL, &[]);
    let denied = server.get("/v1/access/can_view_metrics?event=jazz", &carol).status(200).json();
    assert_eq!(denied["allowed"], false);
    let run = env.run(&["--as", CAROL, "--format", "json", "access", "check", "can_view_metrics", "--event", "jazz"]);
    assert_eq!(denied, run.code(4).json());
}

#[test]
fn invites_are_sent_and_answered_as_with_the_cli() {
    let env = fixture();
    let (alice, r6) = (token_of(&env, ALICE, &[]), token_of(&env, "r6@example.com", &[]));
    let server = Server::start(&env, &[]);
    let body = json!({"receiver": "r6@example.com", "on_behalf_of": "blue-note", "channel": "qr"});
    let sent = server.send("POST", "/v1/events/jazz/invites", &alice, &body).status(201).json();
    let id = sent["id"].as_str().unwrap().to_string();
    assert_eq!(sent, cli(&env, ALICE, &["invite", "show", &id]));
    assert_eq!((sent["channel"].as_str(), sent["inviter_kind"].as_str()), (Some("qr"), Some("partner")));
    let by_user = server.send("POST", "/v1/events/jazz/invites", &alice, &json!({"receiver": "r7@example.com"}));
    assert_eq!(by_user.status(201).json()["channel"], "in_app");

    let viewed = server.send("POST", &format!("/v1/invites/{id}/view"), &r6, &json!({})).status(200).json();
    assert_eq!(viewed["status"], "viewed");
    let accepted = server.send("POST", &format!("/v1/invites/{id}/accept"), &r6, &json!({})).status(200).json();
    assert_eq!(accepted, cli(&env, "r6@example.com", &["invite", "show", &id]));
    assert_eq!(accepted["credited_acceptance"], true);
    let declined =
        cli(&env, ALICE, &["invite", "list", "--receiver", "r1@example.com"])[0]["id"].as_str().unwrap().to_string();
    let r1 = token_of(&env, "r1@example.com", &[]);
    let reply = server.send("POST", &format!("/v1/invites/{declined}/decline"), &r1, &json!({})).status(200);
    assert_eq!(reply.json()["status"], "declined");
    assert_eq!(env.audit("invite.send").len(), 7, "five by the fixture, two over HTTP");
    assert_eq!(env.audit("invite.accept")[0]["actor"], "r6@example.com");
}

#[test]
fn members_are_invited_changed_and_removed_as_with_the_cli() {
    let env = fixture();
    let (alice, dave) = (token_of(&env, ALICE, &[]), token_of(&env, "r8@example.com", &[]));
    let server = Server::start(&env, &[]);
    let body = json!({"user": "r8@example.com", "role": "manager", "revoke": ["can_view_metrics"], "expires_in": "2d"});
    let invited = server.send("POST", "/v1/partners/blue-note/members", &alice, &body).status(201).json();
    let code = invited["invite_code"].as_str().expect("the one-time code").to_string();
    assert_eq!(invited["status"], "invited");
    assert_eq!(invited["can_view_metrics"], false);
    assert_eq!(invited["expires_at"], "2026-11-26T10:00:00Z");

    let accepted = server.send("POST", "/v1/memberships/accept", &dave, &json!({"code": code})).status(200).json();
    assert_eq!(accepted["status"], "active");
    let listed = |user: &str| {
        let all = cli(&env, ALICE, &["member", "list", "blue-note"]);
        all.as_array().unwrap().iter().find(|m| m["user_email"] == user).cloned()
    };
    assert_eq!(Some(accepted.clone()), listed("r8@example.com"));

    let path = "/v1/partners/blue-note/members/r8@example.com";
    let changed =
        server.send("PATCH", path, &alice, &json!({"role": "analyst", "grant": ["can_invite"]})).status(200).json();
    assert_eq!((changed["role"].as_str(), changed["can_invite"].as_bool()), (Some("analyst"), Some(true)));
    assert_eq!(changed["can_manage_events"], false, "set-role reset the flags to the analyst's");
    let suspended = server.send("PATCH", path, &alice, &json!({"status": "suspended"})).status(200).json();
    assert_eq!(suspended["status"], "suspended");
    assert_eq!(Some(suspended), listed("r8@example.com"));
    let active = server.send("PATCH", path, &alice, &json!({"status": "active", "keep_perms": true, "role": "staff"}));
    let active = active.status(200).json();
    assert_eq!((active["status"].as_str(), active["role"].as_str()), (Some("active"), Some("staff")));
    assert_eq!(active["can_invite"], true, "keep_perms kept the granted flag");

    let reply = Reply::from(server.request("DELETE", path, Some(&alice)).call()).status(204);
    assert!(reply.body.is_empty());
    assert_eq!(listed("r8@example.com"), None);
    let members = env.query("SELECT action FROM audit_log WHERE action LIKE 'member.%' ORDER BY id");
    let over_http = [
        "member.invite",
        "member.accept",
        "member.set_role",
        "member.set_perms",
        "member.suspend",
        "member.set_role",
        "member.reactivate",
        "member.remove",
    ];
    assert_eq!(members[2..], over_http, "bob's invite and accept come first");
}

#[test]
fn a_refused_part_of_a_member_patch_rolls_back_the_others() {
    let env = fixture();
    let alice = token_of(&env, ALICE, &[]);
    let server = Server::start(&env, &[]);
    server.get("/v1/me", &alice).status(200); // keeps last_used_at, once
    let before = env.dump();
    // Making bob an owner passes alone; then an owner's flags cannot be set.
    let body = json!({"role": "owner", "grant": ["can_invite"]});
    let err = server.send("PATCH", &format!("/v1/partners/blue-note/members/{BOB}"), &alice, &body).error(409);
    assert_eq!(err["code"], "invalid_transition");
    assert_eq!(before, env.dump(), "the role change was kept");
}
