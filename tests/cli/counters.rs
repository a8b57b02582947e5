//! The invite counters of migration 0003, which `metrics` reads when no
//! time window is given: kept by every writer in its own transaction, built
//! by `db migrate` for an existing database, recounted by `db check`.

use serde_json::Value;

use crate::support::*;

const JAZZ_ENDS: &str = "2026-12-02T00:00:00Z";

/// Everything read from the counters, as JSON: both groupings of every
/// event, every partner's events and leaderboard, the tenant's events.
/// `window` (empty, or a `--since` holding every invite, which makes the
/// stores count the invites themselves) is added to each command.
fn reports(env: &TestEnv, window: &[&str]) -> Vec<Value> {
    let report = |args: &[&str]| env.json(&[args, window].concat());
    let mut all = vec![report(&["metrics", "events"])];
    for event in env.query("SELECT slug FROM events ORDER BY slug") {
        for by in ["inviter", "issuer"] {
            all.push(report(&["metrics", "event", &event, "--by", by]));
        }
    }
    for partner in env.query("SELECT slug FROM partners ORDER BY slug") {
        all.push(report(&["metrics", "partner", &partner]));
        for (by, top) in [("inviter", "1000"), ("issuer", "1000"), ("inviter", "1")] {
            all.push(report(&["metrics", "leaderboard", &partner, "--by", by, "--top", top]));
        }
    }
    all
}

fn counted(env: &TestEnv) -> Vec<Value> {
    reports(env, &[])
}

fn recounted(env: &TestEnv) -> Vec<Value> {
    reports(env, &["--since", "2000-01-01T00:00:00Z"])
}

/// The counters equal a recount, by `db check` and by the reports.
#[track_caller]
fn counters_hold(env: &TestEnv, after: &str) {
    let check = env.run(&["--format", "json", "db", "check"]);
    assert_eq!(check.code, 0, "db check after {after}: {}", check.stderr);
    // The window's echo ("since") is the only difference between the two.
    let strip = |mut reports: Vec<Value>| {
        for r in &mut reports {
            if let Some(o) = r.as_object_mut() {
                o.remove("since");
            }
        }
        reports
    };
    assert_eq!(strip(counted(env)), strip(recounted(env)), "after {after}");
}

#[test]
fn every_writer_keeps_the_counters() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["partner", "create", "red-door", "--name", "Red Door", "--kind", "venue", "--owner", CAROL]).ok();
    env.create_event("jazz", "blue-note", "2026-12-01T20:00:00Z", JAZZ_ENDS);
    env.run(&["event", "add-manager", "jazz", "red-door"]).ok();
    env.create_event("blues", "red-door", "2026-12-05T20:00:00Z", "2026-12-06T00:00:00Z");
    let dave = env.add_user("dave");
    let erin = env.add_user("erin");
    let id = |run: Run| run.json()["id"].as_str().unwrap().to_string();
    let by_alice = id(env.send(ALICE, "jazz", &dave, &["--format", "json"]).ok());
    let by_blue_note = id(env.send(ALICE, "jazz", &dave, &["--format", "json", "--on-behalf-of", "blue-note"]).ok());
    let by_carol = id(env.send(CAROL, "jazz", &dave, &["--format", "json"]).ok());
    let to_erin = id(env.send(CAROL, "jazz", &erin, &["--format", "json", "--on-behalf-of", "red-door"]).ok());
    let to_bob = id(env.send(ALICE, "blues", BOB, &["--format", "json"]).ok());
    counters_hold(&env, "sends");
    env.run_as(&dave, &["invite", "view", &by_alice]).ok();
    counters_hold(&env, "a view");
    env.run_as(&dave, &["invite", "decline", &by_carol]).ok();
    env.run_as(&dave, &["invite", "accept", &by_blue_note]).ok();
    counters_hold(&env, "a decline, then an acceptance closing a duplicate");
    env.run_as(ALICE, &["invite", "attendance", &by_blue_note, "confirmed"]).ok();
    counters_hold(&env, "attendance");
    env.run_at(JAZZ_ENDS, &["invite", "expire"]).ok();
    assert_eq!(env.query(&format!("SELECT status FROM invites WHERE id = '{to_erin}'")), ["expired"]);
    counters_hold(&env, "expiry");
    let csv = "id,event,receiver,inviter_kind,inviter,issued_by,status,credited_acceptance,attendance,channel,\
               created_at,viewed_at,responded_at\n\
               x-1,blues,erin@example.com,user,alice@example.com,alice@example.com,declined,,,,2026-11-01T10:00:00Z,\
               2026-11-01T11:00:00Z,2026-11-01T11:00:00Z\n\
               x-2,blues,erin@example.com,partner,red-door,carol@example.com,accepted,true,,qr,2026-11-01T10:00:00Z,\
               2026-11-01T10:00:00Z,2026-11-01T12:00:00Z\n";
    let file = env.write_file("invites.csv", csv.as_bytes());
    env.run(&["invite", "import", &file]).ok();
    counters_hold(&env, "an import");
    // The counter rows carry the names metrics print; a rename renames them.
    env.run(&["partner", "update", "red-door", "--name", "Red Door Club"]).ok();
    env.sql(&format!(
        "UPDATE users SET display_name = 'Carol Renamed', email = 'carol2@example.com' WHERE email = '{CAROL}'"
    ));
    counters_hold(&env, "renames");
    let jazz = env.json(&["metrics", "event", "jazz"]).to_string();
    assert!(jazz.contains("Red Door Club") && jazz.contains("Carol Renamed"), "{jazz}");
    let by_issuer = env.json(&["metrics", "event", "jazz", "--by", "issuer"]).to_string();
    assert!(by_issuer.contains("carol2@example.com") && by_issuer.contains("Carol Renamed"), "{by_issuer}");
    env.sql(&format!("UPDATE users SET email = '{CAROL}' WHERE email = 'carol2@example.com'"));
    // Who manages an event changes which events a partner's metrics sum.
    env.run(&["event", "add-manager", "blues", "blue-note"]).ok();
    counters_hold(&env, "a new co-manager");
    env.run(&["event", "remove-manager", "jazz", "red-door"]).ok();
    counters_hold(&env, "a co-manager removed");
    // A host listed as its own manager (only by hand: the CLI refuses it)
    // counts its event once.
    env.sql(
        "INSERT INTO event_managers (event_id, partner_id) SELECT id, host_partner_id FROM events WHERE slug = 'jazz'",
    );
    counters_hold(&env, "the host added as a manager");
    env.sql("DELETE FROM event_managers WHERE event_id = (SELECT id FROM events WHERE slug = 'jazz')");
    counters_hold(&env, "the host removed as a manager");
    // A host changed by hand, to a partner that co-manages the event, then
    // back (its old host co-manages it now).
    env.sql(
        "UPDATE events SET host_partner_id = (SELECT id FROM partners WHERE slug = 'blue-note') WHERE slug = 'blues'",
    );
    counters_hold(&env, "a host changed by hand");
    env.sql(
        "UPDATE events SET host_partner_id = (SELECT id FROM partners WHERE slug = 'red-door') WHERE slug = 'blues'",
    );
    counters_hold(&env, "the host changed back by hand");
    // Invites deleted by hand: the rows left counting nothing go (Carol's
    // as inviter and as issuer in jazz, and in its host's sums).
    env.sql(&format!(
        "DELETE FROM invites WHERE issued_by_user_id = (SELECT id FROM users WHERE email = '{CAROL}')
           AND event_id = (SELECT id FROM events WHERE slug = 'jazz')"
    ));
    counters_hold(&env, "invites deleted by hand");
    let blues = env.json(&["metrics", "event", "blues"]);
    assert_eq!(blues["totals"]["sent"], 3, "{blues}");
    assert_eq!(blues["totals"]["accepted"], 1, "{blues}");
    assert_eq!(env.query(&format!("SELECT status FROM invites WHERE id = '{to_bob}'")), ["pending"]);
}

/// A bulk load (past 20,000 written invites) counts at its end, in one recount
/// of the events it wrote, with the counter triggers off meanwhile (SQLite
/// drops them, PostgreSQL tells them to return); the counters hold, also for
/// invites sent before the import and after it.
#[test]
fn a_bulk_import_leaves_the_counters_equal_to_a_recount() {
    let env = TestEnv::new();
    env.seed("UTC");
    let events: Vec<String> = (0..10).map(|e| format!("e{e}")).collect();
    for event in &events {
        env.create_event(event, "blue-note", "2026-12-01T20:00:00Z", JAZZ_ENDS);
    }
    env.send(ALICE, "e0", BOB, &[]).ok();
    let mut file = String::from(
        "id,event,receiver,inviter_kind,inviter,issued_by,status,credited_acceptance,attendance,channel,\
         created_at,viewed_at,responded_at\n",
    );
    for n in 0..1500 {
        for event in &events {
            let times = "2026-11-01T10:00:00Z,2026-11-01T11:00:00Z,2026-11-01T12:00:00Z";
            file.push_str(&format!("u{n}-{event},{event},r{n}@example.com,user,{ALICE},{ALICE},declined,,,,{times}\n"));
            let partner = if n % 2 == 0 {
                format!("accepted,true,confirmed,qr,{times}")
            } else {
                "pending,,,share_url,2026-11-01T10:00:00Z,,".to_string()
            };
            file.push_str(&format!("p{n}-{event},{event},r{n}@example.com,partner,blue-note,{ALICE},{partner}\n"));
        }
    }
    let path = env.write_file("bulk.csv", file.as_bytes());
    let imported = env.json(&["invite", "import", &path, "--create-missing-users"]);
    assert_eq!(imported["imported"], 30_000, "{imported}");
    counters_hold(&env, "a bulk import");
    let e0 = env.json(&["metrics", "event", "e0"]);
    assert_eq!(e0["totals"]["sent"], 3001, "{e0}");
    assert_eq!(e0["totals"]["accepted"], 750, "{e0}");
    // Counting is live again after the import.
    env.send(CAROL, "e1", BOB, &[]).ok();
    counters_hold(&env, "a send after the bulk import");
    assert_eq!(env.json(&["metrics", "event", "e1"])["totals"]["sent"], 3001);
    assert_eq!(env.json(&["invite", "import", &path])["skipped"], 30_000);
    counters_hold(&env, "the same import again");
}

/// SQL that turns a database of this version back into one of schema
/// version 2, which had invites but no counters.
fn downgrade_sql(env: &TestEnv) -> &'static str {
    if env.pg.is_some() {
        "DROP TRIGGER events_host_counts ON events; DROP TRIGGER invites_host_counts_insert ON invites;
         DROP TRIGGER invites_host_counts_update ON invites; DROP TRIGGER invites_host_counts_delete ON invites;
         DROP TABLE host_counts_by_inviter, host_counts_by_issuer;
         DROP FUNCTION host_counts_event_moved(), host_counts_change(), host_counts_update();
         DROP INDEX invites_by_receiver; CREATE INDEX invites_by_receiver ON invites (receiver_user_id, status);
         CREATE INDEX invites_by_inviter_receiver ON invites (inviter_kind, inviter_id, receiver_user_id, created_at);
         DROP INDEX invites_by_partner_time;
         CREATE INDEX invites_by_inviter_time ON invites (inviter_kind, inviter_id, created_at);
         ALTER TABLE invites DROP CONSTRAINT invites_event_in_tenant_fkey,
             ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id), ADD FOREIGN KEY (event_id) REFERENCES events (id);
         ALTER TABLE events DROP CONSTRAINT events_tenant_id_id_key;
         DROP TRIGGER invites_count_insert ON invites; DROP TRIGGER invites_count_update ON invites;
         DROP TRIGGER invites_count_delete ON invites;
         DROP TRIGGER users_rename_counters ON users; DROP TRIGGER partners_rename_counters ON partners;
         DROP FUNCTION invite_counts_change(), invite_counts_insert(), invite_counts_update(),
                       users_rename_counters(), partners_rename_counters();
         DROP TABLE invite_counts_by_inviter, invite_counts_by_issuer; DROP FUNCTION counter_names();
         UPDATE partnerctl_schema SET version = 2;"
    } else {
        "DROP TRIGGER events_host_leaves; DROP TRIGGER events_host_arrives; DROP VIEW invite_count_leaves;
         DROP TABLE host_counts_by_inviter; DROP TABLE host_counts_by_issuer;
         DROP TRIGGER invites_count_insert; DROP TRIGGER invites_count_update; DROP TRIGGER invites_count_delete;
         DROP TRIGGER users_rename_counters; DROP TRIGGER partners_rename_counters;
         DROP VIEW invite_count_changes; DROP TABLE invite_counts_by_inviter; DROP TABLE invite_counts_by_issuer;
         PRAGMA user_version = 2;"
    }
}

#[test]
fn db_migrate_builds_the_counters_of_an_existing_database() {
    let env = TestEnv::new();
    env.run(&["demo"]).ok();
    let before = counted(&env);
    env.sql(downgrade_sql(&env));
    // The first command after the downgrade, so nothing else migrated it.
    env.run(&["db", "migrate"]).ok();
    let status = env.json(&["db", "status"]);
    assert_eq!(status["schema_version"], status["latest_version"]);
    assert!(env.count("SELECT count(*) FROM invite_counts_by_inviter") > 0);
    counters_hold(&env, "db migrate");
    assert_eq!(counted(&env), before);
}

#[test]
fn db_check_names_each_drifted_counter() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.create_event("jazz", "blue-note", "2026-12-01T20:00:00Z", JAZZ_ENDS);
    env.send(ALICE, "jazz", BOB, &[]).ok();
    env.send(CAROL, "jazz", BOB, &[]).ok();
    let event = env.query("SELECT id FROM events")[0].clone();
    let (alice, bob, carol) = (user_id_of(&env, ALICE), user_id_of(&env, BOB), user_id_of(&env, CAROL));
    env.sql(&format!(
        "UPDATE invite_counts_by_inviter SET sent = 5, accepted = 1 WHERE inviter_id = '{alice}';
         DELETE FROM invite_counts_by_issuer WHERE issued_by_user_id = '{carol}';
         INSERT INTO invite_counts_by_issuer (event_id, issued_by_user_id, sent, viewed, accepted, declined,
                                              closed_duplicate, open, expired, attended)
         VALUES ('{event}', '{bob}', 0, 0, 0, 0, 0, 0, 0, 0);
         UPDATE invite_counts_by_inviter SET inviter_name = 'Someone' WHERE inviter_id = '{carol}';
         UPDATE invite_counts_by_issuer SET issuer_email = 'old@example.com' WHERE issued_by_user_id = '{alice}';"
    ));
    let before = env.dump();
    let error = env.refused_with(&["db", "check"], 8);
    assert_eq!(env.dump(), before);
    let mut problems: Vec<&str> = error["problems"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    problems.sort();
    assert_eq!(
        problems,
        [
            format!(
                "counter rows carry their inviter's name: event {event} inviter user {carol}: name 'Someone' (now 'Carol')"
            ),
            format!(
                "counter rows carry their issuer's email and name: event {event} issuer {alice}: 'old@example.com' \
                 'Alice' (now 'alice@example.com' 'Alice')"
            ),
            format!(
                "counters equal a recount: event {event} inviter user {alice}: sent 5 (recount 1) accepted 1 (recount 0)"
            ),
            format!("counters equal a recount: event {event} issuer {bob}: counts no invite"),
            format!(
                "counters equal a recount: event {event} issuer {carol}: sent 0 (recount 1) open 0 (recount 1)"
            ),
        ]
    );
}

fn user_id_of(env: &TestEnv, email: &str) -> String {
    env.query(&format!("SELECT id FROM users WHERE email = '{email}'"))[0].clone()
}
