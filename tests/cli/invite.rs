//! Event invites: every rule of SPEC §1.6 through the real binary.

use serde_json::{json, Value};

use crate::support::*;

/// When `gig` ends.
const GIG_ENDS: &str = "2026-12-02T00:00:00Z";

/// seed + dave (manager of blue-note), erin (analyst of blue-note), partner
/// red (owner carol, co-manager of gig), partner green (owner frank, not
/// managing gig), and event gig hosted by blue-note.
fn setup() -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    env.add_users(&[(DAVE, "Dave"), (ERIN, "Erin"), (FRANK, "Frank")]);
    env.run(&["partner", "create", "red", "--name", "Red Room", "--owner", CAROL]).ok();
    env.run(&["partner", "create", "green", "--name", "Green", "--owner", FRANK]).ok();
    env.add_member("blue-note", DAVE, "manager");
    env.add_member("blue-note", ERIN, "analyst");
    env.run(&event_args("gig", "blue-note", "Gig", "2026-12-01T20:00:00Z", &["--manager", "red"])).ok();
    env
}

/// `invite send gig RECEIVER` as `who`, with --format json.
fn send(env: &TestEnv, who: &str, receiver: &str, extra: &[&str]) -> Run {
    env.send(who, "gig", receiver, extra)
}

/// Sends and returns the new invite's id.
fn sent(env: &TestEnv, who: &str, receiver: &str, extra: &[&str]) -> String {
    send(env, who, receiver, extra).ok().json()["id"].as_str().unwrap().to_string()
}

/// `invite VERB ID` as `who` (None = operator), with --format json.
fn respond(env: &TestEnv, who: Option<&str>, verb: &str, id: &str) -> Run {
    let args = ["--format", "json", "invite", verb, id];
    match who {
        Some(user) => env.run_as(user, &args),
        None => env.run(&args),
    }
}

fn show(env: &TestEnv, id: &str) -> Value {
    env.json(&["invite", "show", id])
}

#[test]
fn send_prints_the_invite_record_and_audits_it() {
    let env = setup();
    let i = send(&env, ALICE, BOB, &["--channel", "whatsapp"]).ok().json();
    let alice = env.json(&["user", "show", ALICE]);
    let bob = env.json(&["user", "show", BOB]);
    let gig = env.json(&["event", "show", "gig"]);
    let keys: Vec<&str> = i.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "id",
            "event_id",
            "event_slug",
            "receiver_id",
            "receiver_email",
            "inviter_kind",
            "inviter_id",
            "inviter_name",
            "issued_by_user_id",
            "issued_by_email",
            "status",
            "credited_acceptance",
            "attendance",
            "channel",
            "created_at",
            "viewed_at",
            "responded_at"
        ]
    );
    assert_eq!(i["event_id"], gig["id"]);
    assert_eq!(i["event_slug"], "gig");
    assert_eq!(i["receiver_id"], bob["id"]);
    assert_eq!(i["receiver_email"], BOB);
    assert_eq!(i["inviter_kind"], "user");
    assert_eq!(i["inviter_id"], alice["id"]);
    assert_eq!(i["inviter_name"], "Alice");
    assert_eq!(i["issued_by_user_id"], alice["id"]);
    assert_eq!(i["issued_by_email"], ALICE);
    assert_eq!(i["status"], "pending");
    assert_eq!(i["credited_acceptance"], false);
    assert_eq!(i["attendance"], "unknown");
    assert_eq!(i["channel"], "whatsapp");
    assert_eq!(i["created_at"], NOW);
    assert_eq!(i["viewed_at"], Value::Null);
    assert_eq!(i["responded_at"], Value::Null);
    assert_eq!(show(&env, i["id"].as_str().unwrap()), i);
    let rows = env.audit("invite.send");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["actor"], ALICE);
    assert_eq!(rows[0]["target_id"], i["id"]);
    assert_eq!(rows[0]["partner_id"], gig["host_partner_id"]);
    // Default channel; -q prints the id only.
    let q = env.run_as(CAROL, &["-q", "invite", "send", "gig", BOB]).ok();
    assert_eq!(show(&env, q.stdout.trim())["channel"], "in_app");
}

#[test]
fn sending_needs_a_user_identity_and_refuses_self_invites() {
    let env = setup();
    let before = env.dump();
    let r = env.run(&["invite", "send", "gig", BOB]).code(2);
    assert!(r.stderr.contains("--as"), "{}", r.stderr);
    let r = send(&env, ALICE, ALICE, &[]).code(2);
    assert_eq!(r.error_json()["error"]["code"], "invalid_input");
    send(&env, ALICE, ALICE, &["--on-behalf-of", "blue-note"]).code(2);
    send(&env, ALICE, "nobody@example.com", &[]).code(3);
    env.run_as(ALICE, &["invite", "send", "nope", BOB]).code(3);
    env.run_as(ALICE, &["invite", "send", "gig", BOB, "--channel", "pigeon"]).code(2);
    assert_eq!(env.dump(), before);
}

#[test]
fn one_invite_per_event_receiver_and_inviter_principal() {
    let env = setup();
    let first = sent(&env, ALICE, BOB, &[]);
    let before = env.dump();
    let r = send(&env, ALICE, BOB, &["--channel", "qr"]).code(5);
    let e = r.error_json();
    assert_eq!(e["error"]["code"], "already_invited");
    assert_eq!(e["error"]["invite_id"], first.as_str());
    assert_eq!(env.dump(), before);
    // Another principal may invite the same receiver: the partner, and another user.
    let by_partner = sent(&env, ALICE, BOB, &["--on-behalf-of", "blue-note"]);
    let r = send(&env, DAVE, BOB, &["--on-behalf-of", "blue-note"]).code(5);
    assert_eq!(r.error_json()["error"]["invite_id"], by_partner.as_str());
    sent(&env, CAROL, BOB, &[]);
    assert_eq!(env.audit("invite.send").len(), 3);
}

#[test]
fn accepting_credits_one_invite_and_closes_the_open_duplicates() {
    let env = setup();
    let from_alice = sent(&env, ALICE, BOB, &[]);
    let from_carol = sent(&env, CAROL, BOB, &[]);
    let from_partner = sent(&env, DAVE, BOB, &["--on-behalf-of", "blue-note"]);
    let from_dave = sent(&env, DAVE, BOB, &[]);
    let other_receiver = sent(&env, ALICE, CAROL, &[]);
    respond(&env, Some(BOB), "view", &from_alice).ok();
    respond(&env, Some(BOB), "decline", &from_dave).ok();

    let later = "2026-11-24T11:00:00Z";
    let accepted = env.run_at(later, &["--as", BOB, "--format", "json", "invite", "accept", &from_carol]).ok().json();
    assert_eq!(accepted["status"], "accepted");
    assert_eq!(accepted["credited_acceptance"], true);
    assert_eq!(accepted["responded_at"], later);
    assert_eq!(accepted["viewed_at"], later, "accepting an unviewed invite sets viewed_at = responded_at");

    let alice_invite = show(&env, &from_alice);
    assert_eq!(alice_invite["status"], "closed_duplicate");
    assert_eq!(alice_invite["credited_acceptance"], false);
    assert_eq!(alice_invite["viewed_at"], NOW, "closing keeps viewed_at");
    let partner_invite = show(&env, &from_partner);
    assert_eq!(partner_invite["status"], "closed_duplicate");
    assert_eq!(partner_invite["viewed_at"], Value::Null, "closing does not set viewed_at");
    assert_eq!(partner_invite["responded_at"], Value::Null);
    assert_eq!(show(&env, &from_dave)["status"], "declined");
    assert_eq!(show(&env, &other_receiver)["status"], "pending");

    let rows = env.audit("invite.accept");
    assert_eq!(rows.len(), 1);
    let mut closed = vec![from_alice.clone(), from_partner.clone()];
    closed.sort();
    assert_eq!(rows[0]["details"]["closed_duplicates"], json!(closed));
    assert_eq!(rows[0]["target_id"], from_carol.as_str());

    let before = env.dump();
    // Accepting the accepted invite again is a no-op.
    assert_eq!(respond(&env, Some(BOB), "accept", &from_carol).ok().json(), accepted);
    // Any other invite of that event: already_accepted, naming the credited one.
    for (verb, id) in
        [("accept", &from_alice), ("accept", &from_dave), ("decline", &from_partner), ("decline", &from_carol)]
    {
        let r = respond(&env, Some(BOB), verb, id).code(5);
        assert_eq!(r.error_json()["error"]["code"], "already_accepted", "{verb} {id}");
        assert_eq!(r.error_json()["error"]["invite_id"], from_carol.as_str());
    }
    // A new invite to a receiver who accepted: already_accepted.
    let r = send(&env, ERIN, BOB, &[]).code(5);
    assert_eq!(r.error_json()["error"]["code"], "already_accepted");
    assert_eq!(env.dump(), before);
    let check = env.json(&["db", "check"]);
    assert_eq!(check["ok"], true, "{check}");
}

#[test]
fn view_sets_viewed_at_once_and_decline_answers() {
    let env = setup();
    let id = sent(&env, ALICE, BOB, &[]);
    let viewed = respond(&env, Some(BOB), "view", &id).ok().json();
    assert_eq!(viewed["status"], "viewed");
    assert_eq!(viewed["viewed_at"], NOW);
    // Viewing again later changes nothing and writes no audit row.
    let again =
        env.run_at("2026-11-24T12:00:00Z", &["--as", BOB, "--format", "json", "invite", "view", &id]).ok().json();
    assert_eq!(again, viewed);
    assert_eq!(env.audit("invite.view").len(), 1);
    let declined =
        env.run_at("2026-11-24T12:00:00Z", &["--as", BOB, "--format", "json", "invite", "decline", &id]).ok().json();
    assert_eq!(declined["status"], "declined");
    assert_eq!(declined["viewed_at"], NOW);
    assert_eq!(declined["responded_at"], "2026-11-24T12:00:00Z");
    let rows = env.audit("invite.decline");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["details"]["before"]["status"], "viewed");
    assert_eq!(rows[0]["details"]["after"]["status"], "declined");
    // Declined is final.
    let before = env.dump();
    for verb in ["view", "accept", "decline"] {
        let r = respond(&env, Some(BOB), verb, &id).code(5);
        assert_eq!(r.error_json()["error"]["code"], "invalid_transition", "{verb}");
    }
    assert_eq!(env.dump(), before);

    // Declining an unviewed invite sets viewed_at = responded_at.
    let unviewed = sent(&env, CAROL, BOB, &[]);
    let d = respond(&env, Some(BOB), "decline", &unviewed).ok().json();
    assert_eq!(d["viewed_at"], NOW);
    assert_eq!(d["responded_at"], NOW);
    // Viewing an accepted invite is a no-op.
    let accepted = sent(&env, DAVE, BOB, &[]);
    respond(&env, Some(BOB), "accept", &accepted).ok();
    let audit_rows = env.json(&["audit", "list"]).as_array().unwrap().len();
    assert_eq!(respond(&env, Some(BOB), "view", &accepted).ok().json()["status"], "accepted");
    assert_eq!(env.json(&["audit", "list"]).as_array().unwrap().len(), audit_rows);
    respond(&env, Some(BOB), "view", "no-such-invite").code(3);
}

#[test]
fn only_the_receiver_or_operator_or_landlord_responds() {
    let env = setup();
    let a = sent(&env, ALICE, BOB, &[]);
    let b = sent(&env, CAROL, BOB, &[]);
    let before = env.dump();
    for who in [ALICE, CAROL, DAVE] {
        let r = respond(&env, Some(who), "accept", &a).code(4);
        assert_eq!(r.error_json()["error"]["permission"], "receiver");
        respond(&env, Some(who), "view", &a).code(4);
        respond(&env, Some(who), "decline", &a).code(4);
    }
    assert_eq!(env.dump(), before);
    assert_eq!(respond(&env, Some(LENA), "view", &a).ok().json()["status"], "viewed");
    assert_eq!(respond(&env, None, "decline", &a).ok().json()["status"], "declined");
    assert_eq!(respond(&env, None, "accept", &b).ok().json()["status"], "accepted");
    let actors: Vec<Value> = env
        .json(&["audit", "list", "--reverse"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["target_id"] == a.as_str() || r["target_id"] == b.as_str())
        .map(|r| json!([r["action"], r["actor"]]))
        .collect();
    assert_eq!(
        actors,
        [
            json!(["invite.send", ALICE]),
            json!(["invite.send", CAROL]),
            json!(["invite.view", LENA]),
            json!(["invite.decline", operator()]),
            json!(["invite.accept", operator()]),
        ]
    );
}

#[test]
fn nothing_moves_once_the_event_ended_and_expire_closes_the_rest() {
    let env = setup();
    let pending = sent(&env, ALICE, BOB, &[]);
    let viewed = sent(&env, ALICE, CAROL, &[]);
    respond(&env, Some(CAROL), "view", &viewed).ok();
    let accepted = sent(&env, ALICE, DAVE, &[]);
    respond(&env, Some(DAVE), "accept", &accepted).ok();
    let declined = sent(&env, ALICE, ERIN, &[]);
    respond(&env, Some(ERIN), "decline", &declined).ok();
    // Another event, still running: its open invite stays.
    env.run(&["event", "create", "later", "--partner", "blue-note", "--title", "L", "--starts-at", "2027-01-10"]).ok();
    let other = env.json(&["--as", ALICE, "invite", "send", "later", BOB])["id"].as_str().unwrap().to_string();

    let before = env.dump();
    let r = env.run_at(GIG_ENDS, &["--as", ALICE, "--format", "json", "invite", "send", "gig", FRANK]).code(5);
    assert_eq!(r.error_json()["error"]["code"], "event_ended");
    for (who, verb, id) in [(BOB, "view", &pending), (BOB, "accept", &pending), (CAROL, "decline", &viewed)] {
        let r = env.run_at(GIG_ENDS, &["--as", who, "--format", "json", "invite", verb, id]).code(5);
        assert_eq!(r.error_json()["error"]["code"], "event_ended", "{verb}");
    }
    // One second earlier the event is still on.
    env.run_at("2026-12-01T23:59:59Z", &["--as", ALICE, "invite", "send", "gig", FRANK]).ok();
    let after_send = env.dump();
    assert_ne!(after_send, before);

    env.run_as(ALICE, &["invite", "expire"]).code(4);
    let summary = env.run_at(GIG_ENDS, &["--format", "json", "invite", "expire"]).ok().json();
    assert_eq!(summary, json!({ "expired": 3 }));
    assert_eq!(show(&env, &pending)["status"], "expired");
    let v = show(&env, &viewed);
    assert_eq!(v["status"], "expired");
    assert_eq!(v["viewed_at"], NOW, "expiring keeps viewed_at");
    assert_eq!(show(&env, &pending)["viewed_at"], Value::Null);
    assert_eq!(show(&env, &accepted)["status"], "accepted");
    assert_eq!(show(&env, &declined)["status"], "declined");
    assert_eq!(show(&env, &other)["status"], "pending");
    let rows = env.audit("invite.expire");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["details"], json!({ "expired": 3 }));
    // Nothing left to expire: no audit row.
    let again = env.run_at(GIG_ENDS, &["--as", LENA, "--format", "json", "invite", "expire"]).ok().json();
    assert_eq!(again, json!({ "expired": 0 }));
    assert_eq!(env.audit("invite.expire").len(), 1);
}

#[test]
fn partner_invites_need_can_invite_on_an_active_managing_partner() {
    let env = setup();
    let dave = env.json(&["user", "show", DAVE]);
    let blue = env.json(&["partner", "show", "blue-note"]);
    let i = send(&env, DAVE, BOB, &["--on-behalf-of", "blue-note"]).ok().json();
    assert_eq!(i["inviter_kind"], "partner");
    assert_eq!(i["inviter_id"], blue["id"]);
    assert_eq!(i["inviter_name"], "Blue Note");
    assert_eq!(i["issued_by_user_id"], dave["id"]);
    assert_eq!(i["issued_by_email"], DAVE);
    // A co-managing partner may invite too; a landlord is recorded as issuer.
    let red = send(&env, CAROL, BOB, &["--on-behalf-of", "red"]).ok().json();
    assert_eq!(red["inviter_name"], "Red Room");
    let by_landlord = send(&env, LENA, CAROL, &["--on-behalf-of", "blue-note"]).ok().json();
    assert_eq!(by_landlord["issued_by_email"], LENA);
    assert_eq!(by_landlord["inviter_id"], blue["id"]);
    let rows = env.audit("invite.send");
    assert_eq!(rows[2]["actor"], LENA);
    assert_eq!(rows[1]["partner_id"], red["inviter_id"]);

    let before = env.dump();
    // The analyst lacks can_invite; bob is no member at all.
    let r = send(&env, ERIN, CAROL, &["--on-behalf-of", "blue-note"]).code(4);
    assert_eq!(r.error_json()["error"]["permission"], "can_invite");
    send(&env, BOB, CAROL, &["--on-behalf-of", "blue-note"]).code(4);
    // green does not manage gig.
    let r = send(&env, FRANK, CAROL, &["--on-behalf-of", "green"]).code(4);
    assert_eq!(r.error_json()["error"]["code"], "permission_denied");
    // Permission comes before state: a duplicate by a denied actor is still 4.
    send(&env, ERIN, BOB, &["--on-behalf-of", "blue-note"]).code(4);
    send(&env, DAVE, BOB, &["--on-behalf-of", "nope"]).code(3);
    assert_eq!(env.dump(), before);

    env.run(&["-y", "partner", "archive", "red"]).ok();
    let before = env.dump();
    let r = send(&env, CAROL, DAVE, &["--on-behalf-of", "red"]).code(5);
    assert_eq!(r.error_json()["error"]["code"], "invalid_transition");
    assert_eq!(env.dump(), before);
}

#[test]
fn attendance_is_set_on_accepted_invites_by_event_managers() {
    let env = setup();
    let id = sent(&env, ALICE, BOB, &[]);
    let r = env.run(&["--format", "json", "invite", "attendance", &id, "confirmed"]).code(5);
    assert_eq!(r.error_json()["error"]["code"], "invalid_transition");
    respond(&env, Some(BOB), "accept", &id).ok();
    let before = env.dump();
    let r = env.run_as(ERIN, &["--format", "json", "invite", "attendance", &id, "confirmed"]).code(4);
    assert_eq!(r.error_json()["error"]["permission"], "can_manage_events");
    env.run_as(BOB, &["invite", "attendance", &id, "confirmed"]).code(4);
    env.run_as(FRANK, &["invite", "attendance", &id, "confirmed"]).code(4);
    env.run(&["invite", "attendance", &id, "maybe"]).code(2);
    assert_eq!(env.dump(), before);
    // carol owns co-manager red: can_manage_events on a managing partner.
    let i = env.json(&["--as", CAROL, "invite", "attendance", &id, "no_show"]);
    assert_eq!(i["attendance"], "no_show");
    assert_eq!(env.json(&["--as", DAVE, "invite", "attendance", &id, "confirmed"])["attendance"], "confirmed");
    env.json(&["invite", "attendance", &id, "confirmed"]);
    let rows = env.audit("invite.attendance");
    assert_eq!(rows.len(), 2, "setting the same value again writes nothing");
    assert_eq!(rows[1]["details"]["before"]["attendance"], "no_show");
    assert_eq!(rows[1]["details"]["after"]["attendance"], "confirmed");
}

#[test]
fn list_and_show_follow_who_may_see_what() {
    let env = setup();
    let a = sent(&env, ALICE, BOB, &[]);
    let b = sent(&env, DAVE, BOB, &["--on-behalf-of", "blue-note"]);
    let c = sent(&env, BOB, CAROL, &[]);
    env.run(&["event", "create", "solo", "--partner", "green", "--title", "S", "--starts-at", "2027-01-10"]).ok();
    let d = env.json(&["--as", FRANK, "invite", "send", "solo", ERIN, "--on-behalf-of", "green"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let list = |who: Option<&str>, filters: &[&str]| -> Vec<String> {
        let mut args = vec!["--format", "json", "invite", "list"];
        args.extend(filters);
        let r = match who {
            Some(u) => env.run_as(u, &args),
            None => env.run(&args),
        };
        ids(&r.ok().json())
    };
    assert_eq!(list(None, &[]), [a.as_str(), b.as_str(), c.as_str(), d.as_str()]);
    assert_eq!(list(Some(LENA), &[]), [a.as_str(), b.as_str(), c.as_str(), d.as_str()]);
    // The receiver sees its own; the analyst of the host sees the whole event;
    // frank sees green's event only; a mere inviter sees nothing it sent.
    assert_eq!(list(Some(BOB), &[]), [a.as_str(), b.as_str()]);
    assert_eq!(list(Some(ERIN), &[]), [a.as_str(), b.as_str(), c.as_str(), d.as_str()]);
    assert_eq!(list(Some(FRANK), &[]), [d.as_str()]);
    assert_eq!(list(Some(ALICE), &["--event", "solo"]), Vec::<&str>::new());
    // Filters.
    assert_eq!(list(None, &["--event", "gig"]), [a.as_str(), b.as_str(), c.as_str()]);
    assert_eq!(list(None, &["--receiver", BOB]), [a.as_str(), b.as_str()]);
    assert_eq!(list(None, &["--inviter", "user:alice@example.com"]), [a.as_str()]);
    assert_eq!(list(None, &["--inviter", "partner:blue-note"]), [b.as_str()]);
    respond(&env, Some(CAROL), "accept", &c).ok();
    assert_eq!(list(None, &["--status", "accepted"]), [c.as_str()]);
    assert_eq!(list(None, &["--status", "pending", "--event", "gig"]), [a.as_str(), b.as_str()]);
    let r = env.run(&["invite", "list", "--inviter", "group:x"]).code(2);
    assert!(r.stderr.contains("expected user:USER"), "{}", r.stderr);
    env.run(&["invite", "list", "--inviter", "partner:nope"]).code(3);
    env.run(&["invite", "list", "--status", "lost"]).code(2);
    let csv = env.run(&["--format", "csv", "invite", "list", "--event", "gig"]).ok().stdout;
    assert_eq!(csv.lines().count(), 4);

    // show: receiver, a can_view_metrics member of a managing partner, privileged.
    assert_eq!(env.json(&["--as", BOB, "invite", "show", &a])["id"], a.as_str());
    assert_eq!(env.json(&["--as", ERIN, "invite", "show", &c])["id"], c.as_str());
    assert_eq!(env.json(&["--as", CAROL, "invite", "show", &a])["id"], a.as_str());
    let r = env.run_as(FRANK, &["--format", "json", "invite", "show", &a]).code(4);
    assert_eq!(r.error_json()["error"]["permission"], "can_view_metrics");
    env.run_as(ALICE, &["invite", "show", &d]).code(4);
    env.run(&["invite", "show", "nope"]).code(3);
}
