//! The five invite limits of SPEC §1.7: hit exactly at the limit, the exact
//! quota error, and `resets_at` for every window.

use serde_json::{json, Value};

use crate::support::*;

/// When `gig` (and every other test event) ends.
const ENDS: &str = "2027-01-31T00:00:00Z";

/// seed in `tz` + users dave, erin, frank + events gig and gig2 hosted by
/// blue-note (owner alice, plan tiny_free), ending at `ENDS`.
fn setup(tz: &str) -> TestEnv {
    let env = TestEnv::new();
    env.seed(tz);
    env.add_users(&[(DAVE, "Dave"), (ERIN, "Erin"), (FRANK, "Frank")]);
    for slug in ["gig", "gig2", "gig3"] {
        env.run(&event_args(slug, "blue-note", slug, "2026-11-01", &["--ends-at", ENDS])).ok();
    }
    env
}

/// The error object of a refused send, after checking it wrote nothing.
#[track_caller]
fn refused(env: &TestEnv, attempt: impl FnOnce() -> Run) -> Value {
    let before = env.dump();
    let r = attempt().code(6);
    assert_eq!(env.dump(), before, "a refused send wrote something");
    r.error_json()["error"].clone()
}

/// The quota details of SPEC §2.7 as one value.
fn quota(e: &Value) -> Value {
    assert_eq!(e["code"], "quota_exceeded");
    json!([e["limit_key"], e["scope"], e["allowed"], e["used"], e["remaining"], e["resets_at"]])
}

#[test]
fn per_event_per_inviter_resets_when_the_event_ends() {
    let env = setup("UTC");
    env.run(&["tenant", "settings", "set", "invites_per_event_per_inviter", "2"]).ok();
    env.send(ALICE, "gig", BOB, &[]).ok();
    env.send(ALICE, "gig", CAROL, &[]).ok();
    let e = refused(&env, || env.send(ALICE, "gig", DAVE, &[]));
    assert_eq!(quota(&e), json!(["invites_per_event_per_inviter", "inviter principal × event", 2, 2, 0, ENDS]));
    // Per event and per principal: another event, or the partner as inviter, has room.
    env.send(ALICE, "gig2", DAVE, &[]).ok();
    env.send(ALICE, "gig", DAVE, &["--on-behalf-of", "blue-note"]).ok();
    // The human message names the limit and when it resets.
    let r = env.run_as(ALICE, &["invite", "send", "gig", ERIN]).code(6);
    assert_eq!(
        r.stderr,
        format!(
            "error: quota exceeded: invites_per_event_per_inviter (inviter principal × event) allows 2, 2 used; \
             resets at {ENDS}\n"
        )
    );
}

#[test]
fn partner_day_limit_follows_local_midnight() {
    let env = setup("America/New_York");
    env.run(&["plan", "update", "tiny_free", "--limit", "invites_per_day_per_partner=2"]).ok();
    let as_partner = ["--on-behalf-of", "blue-note"];
    // 04:59:59Z is still 2026-11-22 in New York: a different local day.
    env.send_at("2026-11-23T04:59:59Z", ALICE, "gig", FRANK, &as_partner).ok();
    env.send_at("2026-11-23T05:00:00Z", ALICE, "gig", BOB, &as_partner).ok();
    env.send_at("2026-11-24T04:30:00Z", ALICE, "gig", CAROL, &as_partner).ok();
    let e = refused(&env, || env.send_at("2026-11-24T04:30:00Z", ALICE, "gig", DAVE, &as_partner));
    assert_eq!(quota(&e), json!(["invites_per_day_per_partner", "partner principal", 2, 2, 0, "2026-11-24T05:00:00Z"]));
    // User invites do not count against the partner.
    env.send_at("2026-11-24T04:30:00Z", ALICE, "gig", DAVE, &[]).ok();
    // At local midnight the count starts over.
    env.send_at("2026-11-24T05:00:00Z", ALICE, "gig", ERIN, &as_partner).ok();
    env.send_at("2026-11-24T05:00:00Z", ALICE, "gig2", ERIN, &as_partner).ok();
    let e = refused(&env, || env.send_at("2026-11-24T05:00:00Z", ALICE, "gig3", ERIN, &as_partner));
    assert_eq!(e["resets_at"], "2026-11-25T05:00:00Z");
    // Unlimited on the plan lifts it.
    env.run(&["plan", "update", "tiny_free", "--limit", "invites_per_day_per_partner=unlimited"]).ok();
    env.send_at("2026-11-24T05:00:00Z", ALICE, "gig3", ERIN, &as_partner).ok();
}

#[test]
fn user_day_limit_counts_every_invite_the_user_issued() {
    let env = setup("America/New_York");
    env.run(&["tenant", "settings", "set", "invites_per_day_per_user", "2"]).ok();
    env.send(ALICE, "gig", BOB, &[]).ok();
    env.send(ALICE, "gig", CAROL, &["--on-behalf-of", "blue-note"]).ok();
    // NOW = 2026-11-24T10:00Z = 05:00 in New York: resets at the next local midnight.
    let e = refused(&env, || env.send(ALICE, "gig", DAVE, &[]));
    assert_eq!(quota(&e), json!(["invites_per_day_per_user", "issuing user", 2, 2, 0, "2026-11-25T05:00:00Z"]));
    // Other users keep their own count.
    env.send(CAROL, "gig", DAVE, &[]).ok();
    // A partner invite uses the partner's plan; a user invite the tenant default.
    env.run(&["plan", "update", "tiny_free", "--limit", "invites_per_day_per_user=3"]).ok();
    env.send(ALICE, "gig", DAVE, &["--on-behalf-of", "blue-note"]).ok();
    let e = refused(&env, || env.send(ALICE, "gig2", DAVE, &[]));
    assert_eq!(quota(&e), json!(["invites_per_day_per_user", "issuing user", 2, 3, 0, "2026-11-25T05:00:00Z"]));
    let e = refused(&env, || env.send(ALICE, "gig2", DAVE, &["--on-behalf-of", "blue-note"]));
    assert_eq!(quota(&e), json!(["invites_per_day_per_user", "issuing user", 3, 3, 0, "2026-11-25T05:00:00Z"]));
    env.send_at("2026-11-25T05:00:00Z", ALICE, "gig2", DAVE, &[]).ok();
}

#[test]
fn pending_per_receiver_is_freed_by_a_response() {
    let env = setup("UTC");
    env.run(&["tenant", "settings", "set", "pending_invites_per_receiver", "2"]).ok();
    let first = env.send(ALICE, "gig", BOB, &[]).ok().json()["id"].as_str().unwrap().to_string();
    let second = env.send(CAROL, "gig", BOB, &[]).ok().json()["id"].as_str().unwrap().to_string();
    env.run_as(BOB, &["invite", "view", &second]).ok();
    let e = refused(&env, || env.send(DAVE, "gig", BOB, &[]));
    assert_eq!(quota(&e), json!(["pending_invites_per_receiver", "receiver", 2, 2, 0, null]));
    assert!(e.as_object().unwrap().contains_key("resets_at"));
    let r = env.run_as(DAVE, &["invite", "send", "gig", BOB]).code(6);
    assert!(r.stderr.contains("pending_invites_per_receiver"), "{}", r.stderr);
    env.run_as(BOB, &["invite", "decline", &first]).ok();
    env.send(DAVE, "gig", BOB, &[]).ok();
}

#[test]
fn same_receiver_window_rolls_over_30_days() {
    let env = setup("UTC");
    env.run(&["tenant", "settings", "set", "invites_to_same_receiver_per_30d", "2"]).ok();
    env.send_at("2026-11-24T10:00:00Z", ALICE, "gig", BOB, &[]).ok();
    env.send_at("2026-11-30T08:00:00Z", ALICE, "gig2", BOB, &[]).ok();
    let e = refused(&env, || env.send_at("2026-12-24T09:59:59Z", ALICE, "gig3", BOB, &[]));
    assert_eq!(
        quota(&e),
        json!(["invites_to_same_receiver_per_30d", "inviter principal × receiver", 2, 2, 0, "2026-12-24T10:00:00Z"])
    );
    // Another principal, or another receiver, is a separate window.
    env.send_at("2026-12-24T09:59:59Z", ALICE, "gig3", BOB, &["--on-behalf-of", "blue-note"]).ok();
    env.send_at("2026-12-24T09:59:59Z", ALICE, "gig3", CAROL, &[]).ok();
    // When the oldest invite leaves the window there is room again.
    env.send_at("2026-12-24T10:00:00Z", ALICE, "gig3", BOB, &[]).ok();
}

#[test]
fn the_first_exceeded_limit_in_spec_order_is_reported() {
    let env = setup("UTC");
    env.add_member("blue-note", DAVE, "manager");
    for key in ["invites_per_day_per_user", "pending_invites_per_receiver"] {
        env.run(&["tenant", "settings", "set", key, "1"]).ok();
    }
    env.run(&["plan", "update", "tiny_free", "--limit", "invites_per_day_per_partner=1"]).ok();
    env.send(ALICE, "gig", BOB, &[]).ok();
    // Per-user and pending are both full: per-user comes first.
    assert_eq!(refused(&env, || env.send(ALICE, "gig2", BOB, &[]))["limit_key"], "invites_per_day_per_user");
    assert_eq!(refused(&env, || env.send(CAROL, "gig2", BOB, &[]))["limit_key"], "pending_invites_per_receiver");
    // Per-partner and per-user are both full: per-partner comes first.
    env.send(DAVE, "gig", ERIN, &["--on-behalf-of", "blue-note"]).ok();
    let e = refused(&env, || env.send(DAVE, "gig", FRANK, &["--on-behalf-of", "blue-note"]));
    assert_eq!(e["limit_key"], "invites_per_day_per_partner");
    // Per-event comes before everything; a limit of 0 refuses the first invite.
    env.run(&["tenant", "settings", "set", "invites_per_event_per_inviter", "0"]).ok();
    let e = refused(&env, || env.send(ALICE, "gig3", CAROL, &[]));
    assert_eq!(quota(&e), json!(["invites_per_event_per_inviter", "inviter principal × event", 0, 0, 0, ENDS]));
}
