//! Events: create, list, show, update, co-managing partners, permissions.

use serde_json::json;

use crate::support::*;

/// seed + partner `red` (owner carol) + members of blue-note: dave (manager),
/// erin (analyst).
fn setup(tz: &str) -> TestEnv {
    let env = TestEnv::new();
    env.seed(tz);
    env.add_users(&[(DAVE, "Dave"), (ERIN, "Erin")]);
    env.run(&["partner", "create", "red", "--name", "Red Room", "--owner", CAROL]).ok();
    env.add_member("blue-note", DAVE, "manager");
    env.add_member("blue-note", ERIN, "analyst");
    env
}

#[test]
fn create_prints_the_record_with_a_default_four_hour_end() {
    let env = setup("UTC");
    let e =
        env.json(&event_args("jazz-night", "blue-note", "Jazz Night", "2026-12-01T20:00:00Z", &["--manager", "red"]));
    let blue = env.json(&["partner", "show", "blue-note"]);
    let keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["id", "slug", "title", "starts_at", "ends_at", "host_partner_id", "host_partner_slug", "manager_partners"]
    );
    assert_eq!(e["slug"], "jazz-night");
    assert_eq!(e["title"], "Jazz Night");
    assert_eq!(e["starts_at"], "2026-12-01T20:00:00Z");
    assert_eq!(e["ends_at"], "2026-12-02T00:00:00Z");
    assert_eq!(e["host_partner_id"], blue["id"]);
    assert_eq!(e["host_partner_slug"], "blue-note");
    assert_eq!(e["manager_partners"], json!(["red"]));
    // show by slug and by id print the same record.
    assert_eq!(env.json(&["event", "show", "jazz-night"]), e);
    assert_eq!(env.json(&["event", "show", e["id"].as_str().unwrap()]), e);
    let created = env.audit("event.create");
    assert_eq!(created.len(), 1);
    assert_eq!(created[0]["target_id"], e["id"]);
    assert_eq!(created[0]["partner_id"], blue["id"]);
    assert_eq!(created[0]["actor"], operator());
    env.run(&["event", "show", "nope"]).code(3);
}

#[test]
fn plain_dates_are_local_midnight_of_the_tenant() {
    let env = setup("Europe/Berlin");
    let e = env.json(&event_args("advent", "blue-note", "Advent", "2026-12-01", &["--manager", "red"]));
    assert_eq!(e["starts_at"], "2026-11-30T23:00:00Z");
    assert_eq!(e["ends_at"], "2026-12-01T03:00:00Z");
    let e = env.json(&["event", "update", "advent", "--ends-at", "2026-12-03"]);
    assert_eq!(e["ends_at"], "2026-12-02T23:00:00Z");
    // CSV joins the manager slugs with ';'.
    env.run(&["partner", "create", "green", "--name", "Green"]).ok();
    env.run(&["event", "add-manager", "advent", "green"]).ok();
    let csv = env.run(&["--format", "csv", "event", "show", "advent"]).ok().stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "id,slug,title,starts_at,ends_at,host_partner_id,host_partner_slug,manager_partners");
    assert!(lines[1].ends_with(",blue-note,green;red"), "{}", lines[1]);
}

#[test]
fn update_and_managers_are_audited_and_idempotent() {
    let env = setup("UTC");
    env.run(&event_args("gig", "blue-note", "Gig", "2026-12-01T20:00:00Z", &[])).ok();
    let e = env.json(&["event", "update", "gig", "--title", "Big Gig", "--starts-at", "2026-12-01T19:00:00Z"]);
    assert_eq!(e["title"], "Big Gig");
    assert_eq!(e["starts_at"], "2026-12-01T19:00:00Z");
    assert_eq!(e["ends_at"], "2026-12-02T00:00:00Z", "changing starts_at keeps ends_at");
    // The same values again change nothing and write no audit row.
    env.run(&["event", "update", "gig", "--title", "Big Gig"]).ok();
    env.run(&["event", "update", "gig"]).code(2);
    let updates = env.audit("event.update");
    assert_eq!(updates.len(), 1);
    assert_eq!(updates[0]["details"]["before"]["title"], "Gig");
    assert_eq!(updates[0]["details"]["after"]["title"], "Big Gig");

    assert_eq!(env.json(&["event", "add-manager", "gig", "red"])["manager_partners"], json!(["red"]));
    assert_eq!(env.json(&["event", "add-manager", "gig", "red"])["manager_partners"], json!(["red"]));
    assert_eq!(env.audit("event.add_manager").len(), 1);
    assert_eq!(env.json(&["event", "remove-manager", "gig", "red"])["manager_partners"], json!([]));
    env.run(&["event", "remove-manager", "gig", "red"]).ok();
    let removed = env.audit("event.remove_manager");
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0]["details"]["partner_slug"], "red");
    assert_eq!(removed[0]["details"]["before"], json!(["red"]));
    assert_eq!(removed[0]["details"]["after"], json!([]));
}

#[test]
fn bad_input_is_refused_and_nothing_written() {
    let env = setup("UTC");
    env.run(&event_args("gig", "blue-note", "Gig", "2026-12-01T20:00:00Z", &[])).ok();
    let before = env.dump();
    let create = |slug: &str, extra: &[&str]| {
        let mut args =
            vec!["--format", "json", "event", "create", slug, "--partner", "blue-note", "--title", "T", "--starts-at"];
        args.extend(extra);
        env.run(&args)
    };
    let r = create("later", &["2026-12-01T20:00:00Z", "--ends-at", "2026-12-01T20:00:00Z"]).code(2);
    assert_eq!(r.error_json()["error"]["code"], "invalid_input");
    create("later", &["2026-12-01T20:00:00Z", "--ends-at", "2026-12-01T19:00:00Z"]).code(2);
    create("later", &["next tuesday"]).code(2);
    create("Bad Slug", &["2026-12-01"]).code(2);
    create("later", &["2026-12-01", "--manager", "blue-note"]).code(2);
    create("later", &["2026-12-01", "--manager", "nope"]).code(3);
    let r = create("gig", &["2026-12-01"]).code(5);
    assert_eq!(r.error_json()["error"]["code"], "conflict");
    env.run(&["event", "create", "x", "--partner", "nope", "--title", "T", "--starts-at", "2026-12-01"]).code(3);
    env.run(&["event", "update", "gig", "--ends-at", "2026-12-01T19:00:00Z"]).code(2);
    env.run(&["event", "add-manager", "gig", "blue-note"]).code(2);
    assert_eq!(env.dump(), before);
}

#[test]
fn writes_need_can_manage_events_on_the_host() {
    let env = setup("UTC");
    let create = |who: &str, slug: &str| env.run_as(who, &event_args(slug, "blue-note", "T", "2026-12-01", &[]));
    create("alice@example.com", "by-owner").ok();
    create("dave@example.com", "by-manager").ok();
    create("lena@example.com", "by-landlord").ok();
    let before = env.dump();
    let r = env
        .run_as(
            "erin@example.com",
            &[&["--format", "json"], &event_args("x", "blue-note", "T", "2026-12-01", &[])[..]].concat(),
        )
        .code(4);
    assert_eq!(r.error_json()["error"]["permission"], "can_manage_events");
    create("bob@example.com", "by-stranger").code(4);
    assert_eq!(env.dump(), before);
    // carol owns red, a co-manager: co-managing gives no right to change the event.
    env.run(&["event", "add-manager", "by-owner", "red"]).ok();
    let before_carol = env.dump();
    env.run_as("carol@example.com", &["event", "update", "by-owner", "--title", "Mine"]).code(4);
    env.run_as("carol@example.com", &["event", "remove-manager", "by-owner", "red"]).code(4);
    assert_eq!(env.dump(), before_carol);
    env.run_as("erin@example.com", &["event", "add-manager", "by-manager", "red"]).code(4);
    env.run_as("dave@example.com", &["event", "update", "by-manager", "--title", "Renamed"]).ok();
    // Permission comes before state: a denied actor gets 4 even for a duplicate slug.
    create("bob@example.com", "by-owner").code(4);
    // Reading needs only a user of the tenant.
    assert_eq!(env.json(&["--as", "bob@example.com", "event", "show", "by-owner"])["slug"], "by-owner");
    let listed = env.json(&["--as", "bob@example.com", "event", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 3);
    env.run_as("nobody@example.com", &["event", "list"]).code(3);
}

#[test]
fn archived_partners_cannot_host_or_join_events() {
    let env = setup("UTC");
    env.run(&event_args("gig", "blue-note", "Gig", "2026-12-01", &[])).ok();
    env.run(&["-y", "partner", "archive", "red"]).ok();
    let before = env.dump();
    let r =
        env.run(&[&["--format", "json"], &event_args("red-gig", "red", "T", "2026-12-01", &[])[..]].concat()).code(5);
    assert_eq!(r.error_json()["error"]["code"], "invalid_transition");
    env.run(&event_args("co", "blue-note", "T", "2026-12-01", &["--manager", "red"])).code(5);
    let r = env.run(&["--format", "json", "event", "add-manager", "gig", "red"]).code(5);
    assert_eq!(r.error_json()["error"]["code"], "invalid_transition");
    assert_eq!(env.dump(), before);
}

#[test]
fn list_filters_by_managing_partner_and_time() {
    let env = setup("UTC");
    let create = |slug: &str, starts: &str, ends: &str, extra: &[&str]| {
        env.run(&event_args(slug, "blue-note", slug, starts, &[&["--ends-at", ends], extra].concat())).ok();
    };
    create("late", "2026-12-05T20:00:00Z", "2026-12-05T23:00:00Z", &[]);
    create("early", "2026-11-20T20:00:00Z", "2026-11-20T23:00:00Z", &["--manager", "red"]);
    // Ends exactly now: already past.
    create("edge", "2026-11-24T08:00:00Z", NOW, &[]);
    create("b-same", "2026-12-01T20:00:00Z", "2026-12-01T23:00:00Z", &["--manager", "red"]);
    create("a-same", "2026-12-01T20:00:00Z", "2026-12-01T22:00:00Z", &[]);
    env.run(&["event", "create", "red-own", "--partner", "red", "--title", "R", "--starts-at", "2026-12-02"]).ok();
    let slugs = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["event", "list"];
        all.extend(args);
        env.json(&all).as_array().unwrap().iter().map(|e| e["slug"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(slugs(&[]), ["early", "edge", "a-same", "b-same", "red-own", "late"]);
    assert_eq!(slugs(&["--partner", "red"]), ["early", "b-same", "red-own"]);
    assert_eq!(slugs(&["--upcoming"]), ["a-same", "b-same", "red-own", "late"]);
    assert_eq!(slugs(&["--past"]), ["early", "edge"]);
    assert_eq!(slugs(&["--partner", "red", "--past"]), ["early"]);
    env.run(&["event", "list", "--upcoming", "--past"]).code(2);
    env.run(&["event", "list", "--partner", "nope"]).code(3);
}
