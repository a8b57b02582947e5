//! `plan show` and the workspace home (`partner list`) across a tenant-local
//! midnight (Europe/Berlin, UTC+1 in November: local midnight = 23:00Z), over
//! tests/fixtures/plan_home.sql.

use serde_json::{json, Value};

use crate::support::*;

/// 23:45 local on 2026-11-24: the day is [2026-11-23T23:00Z, 2026-11-24T23:00Z).
const BEFORE_MIDNIGHT: &str = "2026-11-24T22:45:00Z";
/// 00:30 local on 2026-11-25: the day is [2026-11-24T23:00Z, 2026-11-25T23:00Z).
const AFTER_MIDNIGHT: &str = "2026-11-24T23:30:00Z";

const USERS: &[&str] =
    &["alice", "bob", "carol", "dave", "hank", "ivan", "judy", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"];

/// Limit keys with their scope and window, in SPEC §1.7 order.
const KEYS: [(&str, &str, &str); 6] = [
    ("invites_per_event_per_inviter", "inviter principal × event", "event"),
    ("invites_per_day_per_partner", "partner principal", "day (tenant-local)"),
    ("invites_per_day_per_user", "issuing user", "day (tenant-local)"),
    ("pending_invites_per_receiver", "receiver", "open invites"),
    ("invites_to_same_receiver_per_30d", "inviter principal × receiver", "rolling 30 days"),
    ("members_per_partner", "partner", "seats"),
];

fn fixture() -> TestEnv {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme City", "--timezone", "Europe/Berlin"]).ok();
    for name in USERS {
        env.run(&["user", "add", &format!("{name}@example.com"), "--name", name, "--id", &format!("u-{name}")]).ok();
    }
    env.run(&["user", "add", "lena@example.com", "--name", "Lena", "--id", "u-lena", "--landlord"]).ok();
    env.run(&["partner", "create", "blue-note", "--name", "Blue Note", "--kind", "venue", "--owner", "u-alice"]).ok();
    env.run(&["partner", "create", "red-room", "--name", "Red Room", "--plan", "pro", "--owner", "u-carol"]).ok();
    env.run(&["partner", "create", "green-bar", "--name", "Green Bar", "--plan", "standard", "--owner", "u-hank"]).ok();
    env.sql(include_str!("../fixtures/plan_home.sql"));
    env
}

/// `--format json ARGS` at `now`, as `actor` (None = operator).
fn json_at(env: &TestEnv, now: &str, actor: Option<&str>, args: &[&str]) -> Value {
    let mut cmd = env.cmd();
    cmd.env("PARTNERCTL_NOW", now).args(["--format", "json"]);
    if let Some(actor) = actor {
        cmd.args(["--as", actor]);
    }
    env.run_cmd(cmd.args(args)).ok().json()
}

/// The six `plan show` rows; `values[i]` = (allowed, used, remaining, resets_at) of `KEYS[i]`.
fn plan_rows(partner: &str, plan: &str, values: [[Value; 4]; 6]) -> Value {
    let rows: Vec<Value> = KEYS
        .iter()
        .zip(values)
        .map(|((key, scope, window), [allowed, used, remaining, resets_at])| {
            json!({
                "partner_slug": partner, "plan": plan, "limit_key": key, "scope": scope, "window": window,
                "allowed": allowed, "used": used, "remaining": remaining, "resets_at": resets_at
            })
        })
        .collect();
    Value::Array(rows)
}

fn slugs(list: &Value) -> Vec<&str> {
    list.as_array().unwrap().iter().map(|p| p["slug"].as_str().unwrap()).collect()
}

#[test]
fn plan_show_counts_the_tenant_local_day_and_seats() {
    let env = fixture();
    let n = Value::Null;
    let first_reset = json!("2026-11-24T23:00:00Z");
    // alice issued n2, n4 (for blue-note) and n7 (as herself) on 11-24; n1 is 11-23, n6 is 11-25.
    let alice_before = json_at(&env, BEFORE_MIDNIGHT, Some("alice@example.com"), &["plan", "show", "blue-note"]);
    assert_eq!(
        alice_before,
        plan_rows(
            "blue-note",
            "tiny_free",
            [
                [json!(300), n.clone(), n.clone(), n.clone()],
                [json!(100), json!(3), json!(97), first_reset.clone()], // n2 n3 n4
                [json!(100), json!(3), json!(97), first_reset.clone()], // n2 n4 n7
                [json!(20), n.clone(), n.clone(), n.clone()],
                [json!(10), n.clone(), n.clone(), n.clone()],
                [json!(3), json!(3), json!(0), n.clone()], // alice, dave, suspended ivan
            ]
        )
    );
    // One second before midnight nothing changes; at and after it the new day counts n5 (and n6).
    let last_second = json_at(&env, "2026-11-24T22:59:59Z", Some("alice@example.com"), &["plan", "show", "blue-note"]);
    assert_eq!(last_second, alice_before);
    let second_reset = json!("2026-11-25T23:00:00Z");
    let alice_after = json_at(&env, AFTER_MIDNIGHT, Some("alice@example.com"), &["plan", "show", "blue-note"]);
    assert_eq!(alice_after[1]["used"], 1);
    assert_eq!(alice_after[1]["remaining"], 99);
    assert_eq!(alice_after[1]["resets_at"], second_reset);
    assert_eq!(alice_after[2]["used"], 1);
    assert_eq!(alice_after[2]["remaining"], 99);
    assert_eq!(alice_after[2]["resets_at"], second_reset);
    let at_midnight = json_at(&env, "2026-11-24T23:00:00Z", Some("alice@example.com"), &["plan", "show", "blue-note"]);
    assert_eq!(at_midnight, alice_after);

    // The per-user day is counted only for a user actor.
    let operator = json_at(&env, BEFORE_MIDNIGHT, None, &["plan", "show", "blue-note"]);
    assert_eq!(operator[2]["used"], n);
    assert_eq!(operator[2]["remaining"], n);
    assert_eq!(operator[2]["resets_at"], first_reset);
    assert_eq!(operator[1]["used"], 3);
    let dave = json_at(&env, BEFORE_MIDNIGHT, Some("dave@example.com"), &["plan", "show", "blue-note"]);
    assert_eq!((dave[2]["used"].clone(), dave[2]["remaining"].clone()), (json!(1), json!(99)));
    let lena = json_at(&env, BEFORE_MIDNIGHT, Some("lena@example.com"), &["plan", "show", "blue-note"]);
    assert_eq!((lena[2]["used"].clone(), lena[2]["remaining"].clone()), (json!(0), json!(100)));

    // pro: 2000 a day, unlimited seats (remaining null).
    let red = json_at(&env, BEFORE_MIDNIGHT, Some("carol@example.com"), &["plan", "show", "red-room"]);
    assert_eq!(
        red,
        plan_rows(
            "red-room",
            "pro",
            [
                [json!(300), n.clone(), n.clone(), n.clone()],
                [json!(2000), json!(1), json!(1999), first_reset.clone()], // n8
                [json!(100), json!(1), json!(99), first_reset.clone()],    // carol issued n8
                [json!(20), n.clone(), n.clone(), n.clone()],
                [json!(10), n.clone(), n.clone(), n.clone()],
                [n.clone(), json!(3), n.clone(), n.clone()], // carol, alice, lena
            ]
        )
    );

    // Effective values follow tenant settings where the plan sets nothing.
    env.run(&["tenant", "settings", "set", "invites_per_day_per_user", "2"]).ok();
    let tight = json_at(&env, BEFORE_MIDNIGHT, Some("alice@example.com"), &["plan", "show", "blue-note"]);
    assert_eq!((tight[2]["allowed"].clone(), tight[2]["remaining"].clone()), (json!(2), json!(0)));

    let csv = env.run_cmd(env.cmd().env("PARTNERCTL_NOW", BEFORE_MIDNIGHT).args([
        "--format",
        "csv",
        "plan",
        "show",
        "blue-note",
    ]));
    let csv = csv.ok().stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0], "partner_slug,plan,limit_key,scope,window,allowed,used,remaining,resets_at");
    assert_eq!(
        lines[2],
        "blue-note,tiny_free,invites_per_day_per_partner,partner principal,day (tenant-local),100,3,97,2026-11-24T23:00:00Z"
    );
    assert_eq!(lines[6], "blue-note,tiny_free,members_per_partner,partner,seats,3,3,0,");
}

#[test]
fn plan_show_is_for_active_members_operator_and_landlords() {
    let env = fixture();
    env.run_as("dave@example.com", &["plan", "show", "blue-note"]).ok();
    env.run_as("lena@example.com", &["plan", "show", "green-bar"]).ok();
    env.run_as("alice@example.com", &["plan", "show", "red-room"]).ok(); // analyst there
    for (actor, partner) in [
        ("bob@example.com", "blue-note"),   // no membership
        ("ivan@example.com", "blue-note"),  // suspended
        ("judy@example.com", "green-bar"),  // invited
        ("carol@example.com", "blue-note"), // member of another partner
    ] {
        let r = env.run(&["--format", "json", "--as", actor, "plan", "show", partner]).code(4);
        assert_eq!(r.error_json()["error"]["code"], "permission_denied", "{actor}");
    }
    env.run(&["plan", "show", "nope"]).code(3);
}

#[test]
fn partner_list_is_the_actors_home_with_todays_invites() {
    let env = fixture();
    let id = |slug: &str| env.json(&["partner", "show", slug])["id"].clone();
    let home = json_at(&env, BEFORE_MIDNIGHT, None, &["partner", "list"]);
    assert_eq!(
        home,
        json!([
            {
                "id": id("blue-note"), "slug": "blue-note", "name": "Blue Note", "kind": "venue", "plan": "tiny_free",
                "status": "active", "role": null, "members": 2, "events": 2,
                "invites_today": 3, "invites_today_limit": 100, "invites_today_remaining": 97
            },
            {
                "id": id("green-bar"), "slug": "green-bar", "name": "Green Bar", "kind": "organizer", "plan": "standard",
                "status": "active", "role": null, "members": 1, "events": 1,
                "invites_today": 0, "invites_today_limit": 500, "invites_today_remaining": 500
            },
            {
                "id": id("red-room"), "slug": "red-room", "name": "Red Room", "kind": "organizer", "plan": "pro",
                "status": "active", "role": null, "members": 3, "events": 3,
                "invites_today": 1, "invites_today_limit": 2000, "invites_today_remaining": 1999
            }
        ])
    );
    // After local midnight only n5 counts, for blue-note.
    let later = json_at(&env, AFTER_MIDNIGHT, None, &["partner", "list"]);
    let today: Vec<(i64, i64)> = later
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["invites_today"].as_i64().unwrap(), p["invites_today_remaining"].as_i64().unwrap()))
        .collect();
    assert_eq!(today, [(1, 99), (0, 500), (0, 2000)]);

    // A user sees the partners of its active memberships, with its role.
    let alice = json_at(&env, BEFORE_MIDNIGHT, Some("alice@example.com"), &["partner", "list"]);
    assert_eq!(slugs(&alice), ["blue-note", "red-room"]);
    assert_eq!(alice[0]["role"], "owner");
    assert_eq!(alice[1]["role"], "analyst");
    assert_eq!(alice[1]["members"], 3);
    let dave = json_at(&env, BEFORE_MIDNIGHT, Some("dave@example.com"), &["partner", "list"]);
    assert_eq!(slugs(&dave), ["blue-note"]);
    assert_eq!(dave[0]["role"], "manager");
    // Suspended and invited memberships hide the partner; no membership, no partners.
    for actor in ["ivan@example.com", "judy@example.com", "bob@example.com"] {
        assert_eq!(json_at(&env, BEFORE_MIDNIGHT, Some(actor), &["partner", "list"]), json!([]), "{actor}");
    }
    // A landlord sees every partner, with a role only where it is a member.
    let lena = json_at(&env, BEFORE_MIDNIGHT, Some("lena@example.com"), &["partner", "list"]);
    assert_eq!(slugs(&lena), ["blue-note", "green-bar", "red-room"]);
    let roles: Vec<&Value> = lena.as_array().unwrap().iter().map(|p| &p["role"]).collect();
    assert_eq!(roles, [&Value::Null, &Value::Null, &json!("staff")]);

    // Unlimited daily invites: no limit, nothing remaining to count down.
    env.run(&["plan", "update", "standard", "--limit", "invites_per_day_per_partner=unlimited"]).ok();
    env.run(&["-y", "partner", "archive", "green-bar"]).ok();
    let green = &json_at(&env, BEFORE_MIDNIGHT, None, &["partner", "list"])[1];
    assert_eq!(green["status"], "archived");
    assert_eq!(green["invites_today_limit"], Value::Null);
    assert_eq!(green["invites_today_remaining"], Value::Null);

    let ids = env.run(&["-q", "--as", "alice@example.com", "partner", "list"]).ok().stdout;
    assert_eq!(ids, format!("{}\n{}\n", id("blue-note").as_str().unwrap(), id("red-room").as_str().unwrap()));
    let table = env.run(&["partner", "list"]).ok().stdout;
    assert!(table.contains("invites_today_remaining") && table.contains("red-room"), "{table}");
}
