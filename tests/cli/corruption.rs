//! `db check` catches data that breaks the rules of SPEC §1 (written here by
//! SQL that bypasses them) and a file with garbage pages: exit 8 with every
//! problem named in the JSON error's `problems`.

use std::io::{Seek, SeekFrom, Write};

use serde_json::{json, Value};

use crate::support::*;

/// A healthy database: bob accepted alice's invite to `gig` (carol's was
/// closed as a duplicate) and holds a pending invite from alice to `show`.
struct Healthy {
    env: TestEnv,
    accepted: String,
    duplicate: String,
    pending: String,
}

fn healthy() -> Healthy {
    let env = TestEnv::new();
    env.seed("UTC");
    for event in ["gig", "show"] {
        env.create_event(event, "blue-note", "2026-12-01T18:00:00Z", "2026-12-01T23:00:00Z");
    }
    let send = |who: &str, event: &str| {
        env.json(&["--as", who, "invite", "send", event, BOB])["id"].as_str().unwrap().to_string()
    };
    let (accepted, duplicate, pending) = (send(ALICE, "gig"), send(CAROL, "gig"), send(ALICE, "show"));
    env.run_as(BOB, &["invite", "accept", &accepted]).ok();
    env.run(&["db", "check"]).ok();
    Healthy { env, accepted, duplicate, pending }
}

/// A copy of `healthy` changed by `sql`, with every change in the main file.
fn corrupted(healthy: &Healthy, sql: &str) -> TestEnv {
    let env = healthy.env.fork();
    env.sql(sql);
    env.sql("PRAGMA wal_checkpoint(TRUNCATE)");
    env
}

/// `db check --format json` fails with exit 8, writes nothing, and returns
/// the problems it names.
#[track_caller]
fn problems(env: &TestEnv) -> Value {
    let error = env.refused_with(&["db", "check"], 8);
    assert_eq!(error["code"], "database");
    error["problems"].clone()
}

#[test]
fn each_broken_rule_is_named() {
    if sqlite_only() {
        return;
    }
    let h = healthy();
    let one = |sql: &str| problems(&corrupted(&h, sql));
    let id = |sql: &str| h.env.query(sql).remove(0);
    let (gig, bob) =
        (id("SELECT id FROM events WHERE slug = 'gig'"), id("SELECT id FROM users WHERE email LIKE 'bob%'"));
    let owner = id("SELECT id FROM partner_memberships WHERE role = 'owner'");
    let (accepted, duplicate, pending) = (&h.accepted, &h.duplicate, &h.pending);

    let second_credit = format!(
        "DROP INDEX invites_one_credited;
         UPDATE invites SET status = 'accepted', credited_acceptance = 1, viewed_at = '{NOW}',
                            responded_at = '{NOW}' WHERE id = '{duplicate}';"
    );
    assert_eq!(
        one(&second_credit),
        json!([format!("one credited acceptance per event+receiver: event {gig} receiver {bob}: 2 credited invites")])
    );

    let reopened = format!("UPDATE invites SET status = 'pending' WHERE id = '{duplicate}'");
    assert_eq!(
        one(&reopened),
        json!([format!(
            "no open invite besides a credited acceptance: invite {duplicate}: still pending although the receiver \
             accepted {accepted}"
        )])
    );

    let no_active_owner = "UPDATE partner_memberships SET status = 'suspended' WHERE role = 'owner'";
    assert_eq!(
        one(no_active_owner),
        json!(["an active owner per owned partner: partner blue-note has owners but none active"])
    );

    // The schema's CHECKs refuse the last two as well; integrity_check
    // reports them beside the rule.
    let weak_owner = "PRAGMA ignore_check_constraints = ON;
                      UPDATE partner_memberships SET can_manage_billing = 0 WHERE role = 'owner';";
    assert_eq!(
        one(weak_owner),
        json!([
            "integrity_check: CHECK constraint failed in partner_memberships",
            format!("owners hold every flag: membership {owner}: owner without every flag"),
        ])
    );

    let self_invite = format!(
        "PRAGMA ignore_check_constraints = ON;
         UPDATE invites SET receiver_user_id = issued_by_user_id WHERE id = '{pending}';"
    );
    assert_eq!(
        one(&self_invite),
        json!([
            "integrity_check: CHECK constraint failed in invites",
            format!("no self-invite: invite {pending}: the issuing user is the receiver"),
        ])
    );
}

/// Overwrites the first half of `pages` (numbered from 1) with garbage, as
/// a torn write would.
fn tear(env: &TestEnv, pages: std::ops::Range<u64>) {
    let page_size: u64 = env.query("PRAGMA page_size")[0].parse().unwrap();
    let mut file = std::fs::OpenOptions::new().write(true).open(&env.db).unwrap();
    for page in pages {
        file.seek(SeekFrom::Start((page - 1) * page_size)).unwrap();
        file.write_all(&vec![0xa5; page_size as usize / 2]).unwrap();
    }
}

/// `db check` fails with exit 8 and names the damage: the problems
/// `PRAGMA integrity_check` found before it gave up, and the rules it could
/// not verify on the damaged pages. Returns them joined by newlines.
#[track_caller]
fn damage_reported(env: &TestEnv) -> String {
    let run = env.run_cmd(env.cmd().args(["--format", "json", "db", "check"])).code(8);
    let error = &run.error_json()["error"];
    assert_eq!(error["code"], "database");
    let problems: Vec<&str> =
        error["problems"].as_array().expect("problems").iter().filter_map(Value::as_str).collect();
    assert!(problems.first().is_some_and(|p| p.starts_with("integrity_check: ")), "{problems:?}");
    assert!(problems.iter().all(|p| p.starts_with("integrity_check: ") || p.starts_with("rules not verified: ")));
    problems.join("\n")
}

#[test]
fn torn_pages_are_named_by_the_check() {
    if sqlite_only() {
        return;
    }
    let h = healthy();
    // A table's page (not the schema's, whose loss stops SQLite from opening the file at all).
    let table = corrupted(&h, "");
    let root: u64 = table.query("SELECT rootpage FROM sqlite_master WHERE name = 'invites'")[0].parse().unwrap();
    tear(&table, root..root + 1);
    let problems = damage_reported(&table);
    assert!(problems.contains(&format!("page {root}: ")), "{problems}");
    // Only an index page: the tables still read, and the index is named.
    let index = corrupted(&h, "");
    let root: u64 = index.query("SELECT rootpage FROM sqlite_master WHERE name = 'invites_drill'")[0].parse().unwrap();
    tear(&index, root..root + 1);
    assert_eq!(index.query("SELECT count(*) FROM invites"), ["3"]);
    let problems = damage_reported(&index);
    assert!(problems.contains(&format!("page {root}: ")) && problems.contains("index invites_drill"), "{problems}");
}
