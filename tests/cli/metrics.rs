//! `metrics event|partner|leaderboard` over tests/fixtures/metrics.sql. Every
//! expected number below is counted by hand from that fixture's invite rows.

use serde_json::{json, Value};

use crate::support::*;

/// Fixture users (id `u-<name>`, email `<name>@example.com`); r1..r8 only receive.
const USERS: &[(&str, &str)] = &[
    ("alice", "Alice"),
    ("bob", "Bob"),
    ("carol", "Carol"),
    ("dave", "Dave"),
    ("erin", "Erin"),
    ("frank", "Frank"),
    ("gina", "Gina"),
    ("hank", "Hank"),
    ("ivan", "Ivan"),
    ("judy", "Judy"),
    ("kim", "Kim"),
    ("r1", "R1"),
    ("r2", "R2"),
    ("r3", "R3"),
    ("r4", "R4"),
    ("r5", "R5"),
    ("r6", "R6"),
    ("r7", "R7"),
    ("r8", "R8"),
];

const COUNTERS: [&str; 8] =
    ["sent", "viewed", "accepted", "declined", "closed_duplicate", "open", "expired", "attended"];

/// jazz-night's invites in `created_at, id` order (i12 was created before
/// i11, i15 first of all, i05/i06 share a created_at).
const JAZZ_ORDER: [&str; 15] =
    ["i15", "i01", "i02", "i03", "i04", "i05", "i06", "i07", "i08", "i09", "i10", "i12", "i11", "i13", "i14"];

struct Fixture {
    env: TestEnv,
    blue_note: String,
    red_room: String,
}

/// Tenant acme (UTC); blue-note (owner alice) hosts jazz-night (co-managed
/// by red-room, owner carol) and quiet-evening (no invites) and co-manages
/// red-gala; green-bar (owner hank) hosts green-fest.
fn fixture() -> Fixture {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme City"]).ok();
    for (name, display) in USERS {
        env.run(&["user", "add", &format!("{name}@example.com"), "--name", display, "--id", &format!("u-{name}")]).ok();
    }
    env.run(&["user", "add", "lena@example.com", "--name", "Lena", "--id", "u-lena", "--landlord"]).ok();
    for (slug, name, owner) in [
        ("blue-note", "Blue Note", "u-alice"),
        ("red-room", "Red Room", "u-carol"),
        ("green-bar", "Green Bar", "u-hank"),
    ] {
        env.run(&["partner", "create", slug, "--name", name, "--owner", owner]).ok();
    }
    env.sql(include_str!("../fixtures/metrics.sql"));
    let id = |slug: &str| env.json(&["partner", "show", slug])["id"].as_str().unwrap().to_string();
    let (blue_note, red_room) = (id("blue-note"), id("red-room"));
    Fixture { env, blue_note, red_room }
}

/// A metrics row: `who` fields, the eight counters, then the rate.
fn row(who: Value, counts: [i64; 8], rate: Value) -> Value {
    let mut map = who.as_object().unwrap().clone();
    for (key, n) in COUNTERS.iter().zip(counts) {
        map.insert(key.to_string(), n.into());
    }
    map.insert("acceptance_rate".into(), rate);
    Value::Object(map)
}

fn inviter(kind: &str, id: &str, name: &str) -> Value {
    json!({ "inviter_kind": kind, "inviter_id": id, "inviter_name": name })
}

fn issuer(name: &str, display: &str) -> Value {
    json!({ "issuer_id": format!("u-{name}"), "issuer_email": format!("{name}@example.com"), "issuer_name": display })
}

fn totals(counts: [i64; 8], rate: Value) -> Value {
    row(json!({}), counts, rate)
}

#[test]
fn event_by_inviter_counts_every_column_in_order_with_totals() {
    let f = fixture();
    let env = &f.env;
    let m = env.json(&["metrics", "event", "jazz-night"]);
    let keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["event", "group_by", "rows", "totals"]);
    assert_eq!(m["group_by"], "inviter");
    assert_eq!(
        m["event"],
        json!({
            "id": "e-jazz", "slug": "jazz-night", "title": "Jazz Night",
            "starts_at": "2026-11-22T20:00:00Z", "ends_at": "2026-11-23T00:00:00Z",
            "host_partner_id": f.blue_note, "host_partner_slug": "blue-note", "manager_partners": ["red-room"]
        })
    );
    let expected_rows = [
        // blue-note: i01 i03 (credited), i05 declined, i07 expired, i09 pending, i14 viewed
        row(inviter("partner", &f.blue_note, "Blue Note"), [6, 4, 2, 1, 0, 2, 1, 1], json!(0.3333)),
        // red-room: i04 duplicate, i08 expired after a view, i10 viewed, i11 credited (no-show)
        row(inviter("partner", &f.red_room, "Red Room"), [4, 3, 1, 0, 1, 1, 1, 0], json!(0.25)),
        // bob: i02 duplicate after a view, i06 credited (attended), i12 declined
        row(inviter("user", "u-bob", "Bob"), [3, 3, 1, 1, 1, 0, 0, 1], json!(0.3333)),
        // erin and frank tie on everything: id order
        row(inviter("user", "u-erin", "Erin"), [1, 0, 0, 0, 0, 1, 0, 0], json!(0)),
        row(inviter("user", "u-frank", "Frank"), [1, 0, 0, 0, 0, 1, 0, 0], json!(0)),
    ];
    assert_eq!(m["rows"].as_array().unwrap(), &expected_rows);
    assert_eq!(m["totals"], totals([15, 10, 4, 2, 2, 5, 2, 2], json!(0.2667)));

    let csv = env.run(&["--format", "csv", "metrics", "event", "jazz-night"]).ok().stdout;
    assert_eq!(
        csv,
        format!(
            "inviter_kind,inviter_id,inviter_name,sent,viewed,accepted,declined,closed_duplicate,open,expired,attended,acceptance_rate\r\n\
             partner,{bn},Blue Note,6,4,2,1,0,2,1,1,0.3333\r\n\
             partner,{rr},Red Room,4,3,1,0,1,1,1,0,0.25\r\n\
             user,u-bob,Bob,3,3,1,1,1,0,0,1,0.3333\r\n\
             user,u-erin,Erin,1,0,0,0,0,1,0,0,0\r\n\
             user,u-frank,Frank,1,0,0,0,0,1,0,0,0\r\n",
            bn = f.blue_note,
            rr = f.red_room
        )
    );
    let jsonl = env.run(&["--format", "jsonl", "metrics", "event", "jazz-night"]).ok().stdout;
    let lines: Vec<Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines, expected_rows);

    let table = env.run(&["metrics", "event", "jazz-night"]).ok().stdout;
    let total_line = table.lines().find(|l| l.trim_start().starts_with("TOTAL")).expect("a TOTAL row");
    assert_eq!(
        total_line.split_whitespace().collect::<Vec<_>>(),
        ["TOTAL", "15", "10", "4", "2", "2", "5", "2", "2", "0.2667"]
    );
    // Inviter ids only with --wide, after the human columns.
    assert!(table.contains("Blue Note") && !table.contains("u-frank"), "{table}");
    let wide = env.run(&["--wide", "metrics", "event", "jazz-night"]).ok().stdout;
    assert!(wide.lines().next().unwrap().trim_end().ends_with("acceptance_rate  inviter_id"), "{wide}");
    assert!(wide.contains("u-frank"), "{wide}");

    let quiet = env.run(&["-q", "metrics", "event", "jazz-night"]).ok().stdout;
    assert_eq!(quiet, format!("{}\n{}\nu-bob\nu-erin\nu-frank\n", f.blue_note, f.red_room));
}

#[test]
fn event_by_issuer_counts_every_column_in_order_with_totals() {
    let f = fixture();
    let env = &f.env;
    let m = env.json(&["metrics", "event", "e-jazz", "--by", "issuer"]);
    assert_eq!(m["group_by"], "issuer");
    assert_eq!(
        m["rows"].as_array().unwrap(),
        &[
            // carol issues for red-room: i04 i08 i10 i11
            row(issuer("carol", "Carol"), [4, 3, 1, 0, 1, 1, 1, 0], json!(0.25)),
            // blue-note's two issuers: alice i01 i05 i09, dave i03 i07 i14; bob for himself: i02 i06 i12
            row(issuer("alice", "Alice"), [3, 2, 1, 1, 0, 1, 0, 1], json!(0.3333)),
            row(issuer("bob", "Bob"), [3, 3, 1, 1, 1, 0, 0, 1], json!(0.3333)),
            row(issuer("dave", "Dave"), [3, 2, 1, 0, 0, 1, 1, 0], json!(0.3333)),
            row(issuer("erin", "Erin"), [1, 0, 0, 0, 0, 1, 0, 0], json!(0)),
            row(issuer("frank", "Frank"), [1, 0, 0, 0, 0, 1, 0, 0], json!(0)),
        ]
    );
    assert_eq!(m["totals"], totals([15, 10, 4, 2, 2, 5, 2, 2], json!(0.2667)));
    let csv = env.run(&["--format", "csv", "metrics", "event", "jazz-night", "--by", "issuer"]).ok().stdout;
    assert_eq!(
        csv,
        "issuer_id,issuer_email,issuer_name,sent,viewed,accepted,declined,closed_duplicate,open,expired,attended,acceptance_rate\r\n\
         u-carol,carol@example.com,Carol,4,3,1,0,1,1,1,0,0.25\r\n\
         u-alice,alice@example.com,Alice,3,2,1,1,0,1,0,1,0.3333\r\n\
         u-bob,bob@example.com,Bob,3,3,1,1,1,0,0,1,0.3333\r\n\
         u-dave,dave@example.com,Dave,3,2,1,0,0,1,1,0,0.3333\r\n\
         u-erin,erin@example.com,Erin,1,0,0,0,0,1,0,0,0\r\n\
         u-frank,frank@example.com,Frank,1,0,0,0,0,1,0,0,0\r\n"
    );
    let table = env.run(&["metrics", "event", "jazz-night", "--by", "issuer"]).ok().stdout;
    let total_line = table.lines().find(|l| l.trim_start().starts_with("TOTAL")).expect("a TOTAL row");
    assert_eq!(
        total_line.split_whitespace().collect::<Vec<_>>(),
        ["TOTAL", "15", "10", "4", "2", "2", "5", "2", "2", "0.2667"]
    );
}

#[test]
fn window_and_sort_select_and_order_rows() {
    let f = fixture();
    let env = &f.env;
    // [2026-11-21T00:00Z, 2026-11-22T09:30Z): i07 i08 i09 i10 i11 i12.
    let m = env.json(&["metrics", "event", "jazz-night", "--since", "2026-11-21", "--until", "2026-11-22T09:30:00Z"]);
    assert_eq!(
        m["rows"].as_array().unwrap(),
        &[
            row(inviter("partner", &f.red_room, "Red Room"), [3, 3, 1, 0, 0, 1, 1, 0], json!(0.3333)),
            row(inviter("partner", &f.blue_note, "Blue Note"), [2, 0, 0, 0, 0, 1, 1, 0], json!(0)),
            row(inviter("user", "u-bob", "Bob"), [1, 1, 0, 1, 0, 0, 0, 0], json!(0)),
        ]
    );
    assert_eq!(m["totals"], totals([6, 4, 1, 1, 0, 2, 2, 0], json!(0.1667)));
    // The until bound is exclusive: i11 at 08:00 is out of [.., 08:00).
    let m = env.json(&["metrics", "event", "jazz-night", "--since", "2026-11-22", "--until", "2026-11-22T08:00:00Z"]);
    assert_eq!(m["totals"]["sent"], 1);

    // declined desc: blue-note and bob have one each (blue-note has more
    // credited acceptances), then the default order.
    let sorted = env.run(&["-q", "metrics", "event", "jazz-night", "--sort", "declined"]).ok().stdout;
    assert_eq!(sorted, format!("{}\nu-bob\n{}\nu-erin\nu-frank\n", f.blue_note, f.red_room));
    let by_rate = env.run(&["-q", "metrics", "event", "jazz-night", "--by", "issuer", "--sort", "acceptance_rate"]);
    assert_eq!(by_rate.ok().stdout, "u-alice\nu-bob\nu-dave\nu-carol\nu-erin\nu-frank\n");

    let bad = env.run(&["metrics", "event", "jazz-night", "--sort", "popularity"]).code(2);
    assert!(
        bad.stderr.contains("sent, viewed, accepted, declined, closed_duplicate, open, expired, attended"),
        "{}",
        bad.stderr
    );
    env.run(&["metrics", "event", "jazz-night", "--since", "2026-11-22", "--until", "2026-11-21"]).code(2);
    env.run(&["metrics", "event", "jazz-night", "--since", "someday"]).code(2);
    env.run(&["metrics", "event", "no-such-event"]).code(3);
}

#[test]
fn drill_streams_invite_records_with_filters_and_keyset_paging() {
    let f = fixture();
    let env = &f.env;
    let all = env.json(&["metrics", "event", "jazz-night", "--drill"]);
    assert_eq!(ids(&all), JAZZ_ORDER);
    let first = &all[1];
    assert_eq!(
        first,
        &json!({
            "id": "i01", "event_id": "e-jazz", "event_slug": "jazz-night",
            "receiver_id": "u-r1", "receiver_email": "r1@example.com",
            "inviter_kind": "partner", "inviter_id": f.blue_note, "inviter_name": "Blue Note",
            "issued_by_user_id": "u-alice", "issued_by_email": "alice@example.com",
            "status": "accepted", "credited_acceptance": true, "attendance": "confirmed", "channel": "in_app",
            "created_at": "2026-11-20T09:00:00Z", "viewed_at": "2026-11-20T10:00:00Z",
            "responded_at": "2026-11-20T10:00:00Z"
        })
    );

    let drill = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["metrics", "event", "jazz-night", "--drill"];
        full.extend_from_slice(args);
        ids(&env.json(&full))
    };
    assert_eq!(drill(&["--inviter", "partner:blue-note"]), ["i01", "i03", "i05", "i07", "i09", "i14"]);
    assert_eq!(drill(&["--inviter", &format!("partner:{}", f.red_room)]), ["i04", "i08", "i10", "i11"]);
    assert_eq!(drill(&["--inviter", "user:BOB@example.com"]), ["i02", "i06", "i12"]);
    assert_eq!(drill(&["--issuer", "dave@example.com"]), ["i03", "i07", "i14"]);
    assert_eq!(drill(&["--status", "accepted"]), ["i01", "i03", "i06", "i11"]);
    assert_eq!(drill(&["--inviter", "partner:red-room", "--status", "expired"]), ["i08"]);
    assert_eq!(drill(&["--inviter", "partner:blue-note", "--issuer", "u-alice", "--limit", "2"]), ["i01", "i05"]);
    assert_eq!(drill(&["--since", "2026-11-22"]), ["i12", "i11", "i13", "i14"]);
    assert!(drill(&["--inviter", "user:u-kim"]).is_empty());

    // Keyset paging: pages of 2 until an empty page; together every invite
    // once, in order.
    let mut seen: Vec<String> = Vec::new();
    let mut pages = 0;
    loop {
        let mut args = vec!["-q", "metrics", "event", "jazz-night", "--drill", "--limit", "2"];
        let last = seen.last().cloned();
        if let Some(last) = &last {
            args.extend(["--after", last.as_str()]);
        }
        let page: Vec<String> = env.run(&args).ok().stdout.lines().map(str::to_string).collect();
        if page.is_empty() {
            break;
        }
        assert!(page.len() <= 2);
        seen.extend(page);
        pages += 1;
        assert!(pages <= 8, "paging does not end: {seen:?}");
    }
    assert_eq!(pages, 8);
    assert_eq!(seen, JAZZ_ORDER);
    // Paging inside a filter.
    assert_eq!(drill(&["--inviter", "partner:blue-note", "--after", "i05", "--limit", "2"]), ["i07", "i09"]);

    // The same record in every format.
    let csv = env.run(&["--format", "csv", "metrics", "event", "jazz-night", "--drill", "--status", "expired"]).ok();
    assert_eq!(
        csv.stdout,
        format!(
            "id,event_id,event_slug,receiver_id,receiver_email,inviter_kind,inviter_id,inviter_name,issued_by_user_id,\
             issued_by_email,status,credited_acceptance,attendance,channel,created_at,viewed_at,responded_at\r\n\
             i07,e-jazz,jazz-night,u-r4,r4@example.com,partner,{bn},Blue Note,u-dave,dave@example.com,expired,false,\
             unknown,in_app,2026-11-21T08:00:00Z,,\r\n\
             i08,e-jazz,jazz-night,u-r4,r4@example.com,partner,{rr},Red Room,u-carol,carol@example.com,expired,false,\
             unknown,in_app,2026-11-21T09:00:00Z,2026-11-21T10:00:00Z,\r\n",
            bn = f.blue_note,
            rr = f.red_room
        )
    );
    let jsonl = env.run(&["--format", "jsonl", "metrics", "event", "jazz-night", "--drill"]).ok().stdout;
    assert_eq!(jsonl.lines().count(), 15);
    assert_eq!(env.json(&["metrics", "event", "quiet-evening", "--drill"]), json!([]));

    // Bad references and arguments.
    env.run(&["metrics", "event", "jazz-night", "--drill", "--after", "nope"]).code(3);
    env.run(&["metrics", "event", "jazz-night", "--drill", "--after", "i20"]).code(3); // red-gala's invite
    env.run(&["metrics", "event", "jazz-night", "--drill", "--inviter", "blue-note"]).code(2);
    env.run(&["metrics", "event", "jazz-night", "--drill", "--inviter", "team:blue-note"]).code(2);
    env.run(&["metrics", "event", "jazz-night", "--drill", "--inviter", "partner:nope"]).code(3);
    env.run(&["metrics", "event", "jazz-night", "--drill", "--inviter", "user:nobody@example.com"]).code(3);
    env.run(&["metrics", "event", "jazz-night", "--drill", "--issuer", "nobody@example.com"]).code(3);
    env.run(&["metrics", "event", "jazz-night", "--drill", "--status", "lost"]).code(2);
    env.run(&["metrics", "event", "jazz-night", "--drill", "--limit", "0"]).code(2);
    env.run(&["metrics", "event", "jazz-night", "--drill", "--sort", "sent"]).code(2);
    env.run(&["metrics", "event", "jazz-night", "--limit", "2"]).code(2); // needs --drill
}

#[test]
fn partner_metrics_has_one_row_per_managed_event_including_empty_ones() {
    let f = fixture();
    let env = &f.env;
    let event = |id: &str, slug: &str, title: &str, starts_at: &str| json!({ "event_id": id, "event_slug": slug, "title": title, "starts_at": starts_at });
    let jazz = row(
        event("e-jazz", "jazz-night", "Jazz Night", "2026-11-22T20:00:00Z"),
        [15, 10, 4, 2, 2, 5, 2, 2],
        json!(0.2667),
    );
    // red-gala is hosted by red-room and co-managed by blue-note: i20 i21 credited, i22 pending.
    let gala =
        row(event("e-gala", "red-gala", "Red Gala", "2026-11-26T18:00:00Z"), [3, 2, 2, 0, 0, 1, 0, 0], json!(0.6667));
    let quiet = row(event("e-quiet", "quiet-evening", "Quiet Evening", "2026-12-05T20:00:00Z"), [0; 8], json!(0));
    assert_eq!(env.json(&["metrics", "partner", "blue-note"]), json!([jazz, gala, quiet]));
    assert_eq!(env.json(&["metrics", "partner", "red-room"]), json!([jazz, gala]));

    let table = env.run(&["metrics", "partner", "blue-note"]).ok().stdout;
    let total_line = table.lines().find(|l| l.trim_start().starts_with("TOTAL")).expect("a TOTAL row");
    assert_eq!(
        total_line.split_whitespace().collect::<Vec<_>>(),
        ["TOTAL", "18", "12", "6", "2", "2", "6", "2", "2", "0.3333"]
    );
    let csv = env.run(&["--format", "csv", "metrics", "partner", "blue-note", "--since", "2026-11-23"]).ok().stdout;
    assert_eq!(
        csv,
        "event_id,event_slug,title,starts_at,sent,viewed,accepted,declined,closed_duplicate,open,expired,attended,acceptance_rate\r\n\
         e-jazz,jazz-night,Jazz Night,2026-11-22T20:00:00Z,0,0,0,0,0,0,0,0,0\r\n\
         e-gala,red-gala,Red Gala,2026-11-26T18:00:00Z,3,2,2,0,0,1,0,0,0.6667\r\n\
         e-quiet,quiet-evening,Quiet Evening,2026-12-05T20:00:00Z,0,0,0,0,0,0,0,0,0\r\n"
    );
    assert_eq!(env.run(&["-q", "metrics", "partner", "blue-note"]).ok().stdout, "e-jazz\ne-gala\ne-quiet\n");
    env.run(&["metrics", "partner", "nope"]).code(3);
}

#[test]
fn leaderboard_ranks_by_credited_acceptances_across_managed_events() {
    let f = fixture();
    let env = &f.env;
    let ranked = |rank: i64, r: Value| {
        let mut map = json!({ "rank": rank }).as_object().unwrap().clone();
        map.extend(r.as_object().unwrap().clone());
        Value::Object(map)
    };
    // jazz-night + red-gala (+ empty quiet-evening); green-fest's i30/i31 never count.
    let board = env.json(&["metrics", "leaderboard", "blue-note"]);
    assert_eq!(
        board,
        json!([
            ranked(1, row(inviter("partner", &f.blue_note, "Blue Note"), [7, 5, 3, 1, 0, 2, 1, 1], json!(0.4286))),
            ranked(2, row(inviter("partner", &f.red_room, "Red Room"), [5, 4, 2, 0, 1, 1, 1, 0], json!(0.4))),
            ranked(3, row(inviter("user", "u-bob", "Bob"), [4, 3, 1, 1, 1, 1, 0, 1], json!(0.25))),
            ranked(4, row(inviter("user", "u-erin", "Erin"), [1, 0, 0, 0, 0, 1, 0, 0], json!(0))),
            ranked(5, row(inviter("user", "u-frank", "Frank"), [1, 0, 0, 0, 0, 1, 0, 0], json!(0))),
        ])
    );
    let top = env.run(&["--format", "csv", "metrics", "leaderboard", "blue-note", "--by", "issuer", "--top", "3"]).ok();
    assert_eq!(
        top.stdout,
        "rank,issuer_id,issuer_email,issuer_name,sent,viewed,accepted,declined,closed_duplicate,open,expired,attended,acceptance_rate\r\n\
         1,u-carol,carol@example.com,Carol,5,4,2,0,1,1,1,0,0.4\r\n\
         2,u-alice,alice@example.com,Alice,4,3,2,1,0,1,0,1,0.5\r\n\
         3,u-bob,bob@example.com,Bob,4,3,1,1,1,1,0,1,0.25\r\n"
    );
    // One event: blue-note and red-room tie (1 sent, 1 credited) and are ranked by id.
    let (first, second) =
        if f.blue_note < f.red_room { (&f.blue_note, &f.red_room) } else { (&f.red_room, &f.blue_note) };
    let gala = env.run(&["-q", "metrics", "leaderboard", "blue-note", "--event", "red-gala"]).ok().stdout;
    assert_eq!(gala, format!("{first}\n{second}\nu-bob\n"));
    let gala = env.json(&["metrics", "leaderboard", "blue-note", "--event", "red-gala", "--top", "2"]);
    assert_eq!(gala.as_array().unwrap().iter().map(|r| r["rank"].as_i64().unwrap()).collect::<Vec<_>>(), [1, 2]);
    // Window: on 2026-11-23 only red-gala's invites count.
    let day = env.run(&["-q", "metrics", "leaderboard", "blue-note", "--since", "2026-11-23", "--top", "1"]).ok();
    assert_eq!(day.stdout, format!("{first}\n"));

    let foreign =
        env.run(&["--format", "json", "metrics", "leaderboard", "blue-note", "--event", "green-fest"]).code(2);
    assert_eq!(foreign.error_json()["error"]["code"], "invalid_input");
    env.run(&["metrics", "leaderboard", "blue-note", "--top", "0"]).code(2);
    env.run(&["metrics", "leaderboard", "blue-note", "--event", "nope"]).code(3);
}

#[test]
fn metrics_need_can_view_metrics_on_a_managing_partner() {
    let f = fixture();
    let env = &f.env;
    let allowed = [
        None,
        Some("lena@example.com"),  // landlord
        Some("alice@example.com"), // owner of the host
        Some("dave@example.com"),  // manager of the host
        Some("erin@example.com"),  // analyst of the host
        Some("kim@example.com"),   // analyst of the manager partner red-room
    ];
    for actor in allowed {
        let mut cmd = env.cmd();
        if let Some(a) = actor {
            cmd.args(["--as", a]);
        }
        env.run_cmd(cmd.args(["metrics", "event", "jazz-night"])).ok();
        let mut cmd = env.cmd();
        if let Some(a) = actor {
            cmd.args(["--as", a]);
        }
        env.run_cmd(cmd.args(["metrics", "event", "jazz-night", "--drill"])).ok();
    }
    let denied = [
        "frank@example.com", // staff of the host
        "gina@example.com",  // manager of the host without can_view_metrics
        "ivan@example.com",  // suspended analyst
        "judy@example.com",  // invited analyst
        "hank@example.com",  // owner of an unrelated partner
        "bob@example.com",   // no membership at all
    ];
    for actor in denied {
        for args in [
            &["metrics", "event", "jazz-night"][..],
            &["metrics", "event", "jazz-night", "--drill"],
            &["metrics", "partner", "blue-note"],
            &["metrics", "leaderboard", "blue-note"],
        ] {
            let r = env.run_cmd(env.cmd().args(["--format", "json", "--as", actor]).args(args)).code(4);
            assert_eq!(r.stdout, "", "{actor} {args:?}");
            let err = r.error_json();
            assert_eq!(err["error"]["code"], "permission_denied", "{actor} {args:?}");
            assert_eq!(err["error"]["permission"], "can_view_metrics", "{actor} {args:?}");
        }
    }
    // Partner-level metrics follow the flag on that partner.
    env.run_as("erin@example.com", &["metrics", "partner", "blue-note"]).ok();
    env.run_as("erin@example.com", &["metrics", "leaderboard", "blue-note"]).ok();
    env.run_as("kim@example.com", &["metrics", "partner", "red-room"]).ok();
    env.run_as("kim@example.com", &["metrics", "partner", "blue-note"]).code(4);
    env.run_as("kim@example.com", &["metrics", "leaderboard", "red-room", "--event", "jazz-night"]).ok();
    env.run_as("lena@example.com", &["metrics", "leaderboard", "green-bar"]).ok();
    // Denied whatever the arguments' state: permission comes before the drill filters.
    env.run_as("bob@example.com", &["metrics", "event", "jazz-night", "--drill", "--after", "nope"]).code(4);
}

/// The counters follow invites made through the real commands, not only
/// fixture rows: send → view → accept closes a duplicate; a decline; a
/// partner invite by an issuing member; attendance.
#[test]
fn metrics_count_invites_made_through_the_commands() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.add_member("blue-note", "bob@example.com", "manager");
    env.add_user("dora");
    env.add_user("erik");
    env.create_event("gig", "blue-note", "2026-11-24T20:00:00Z", "2026-11-24T23:00:00Z");
    let send = |from: &str, to: &str, extra: &[&str]| {
        let args = [&["--format", "json", "--as", from, "invite", "send", "gig", to][..], extra].concat();
        env.run(&args).ok().json()["id"].as_str().unwrap().to_string()
    };
    let by_alice = send("alice@example.com", "dora@example.com", &[]);
    let by_partner = send("bob@example.com", "dora@example.com", &["--on-behalf-of", "blue-note"]);
    let to_erik = send("carol@example.com", "erik@example.com", &[]);
    env.run_as("dora@example.com", &["invite", "view", &by_alice]).ok();
    env.run_as("dora@example.com", &["invite", "accept", &by_partner]).ok();
    env.run_as("erik@example.com", &["invite", "decline", &to_erik]).ok();
    env.run_as("bob@example.com", &["invite", "attendance", &by_partner, "confirmed"]).ok();

    let m = env.json(&["metrics", "event", "gig"]);
    let rows = m["rows"].as_array().unwrap();
    let row = |name: &str| rows.iter().find(|r| r["inviter_name"] == name).unwrap_or_else(|| panic!("{name}: {m}"));
    let counters = |r: &serde_json::Value| {
        ["sent", "viewed", "accepted", "declined", "closed_duplicate", "open", "expired", "attended"]
            .map(|k| r[k].as_i64().unwrap())
    };
    assert_eq!(rows.len(), 3);
    assert_eq!(counters(row("Blue Note")), [1, 1, 1, 0, 0, 0, 0, 1]);
    assert_eq!(counters(row("Alice")), [1, 1, 0, 0, 1, 0, 0, 0]);
    assert_eq!(counters(row("Carol")), [1, 1, 0, 1, 0, 0, 0, 0]);
    assert_eq!(counters(&m["totals"]), [3, 3, 1, 1, 1, 0, 0, 1]);
    assert_eq!(rows[0]["inviter_name"], "Blue Note", "credited acceptances rank first");
    let issuers = env.json(&["metrics", "event", "gig", "--by", "issuer"]);
    let bob = issuers["rows"].as_array().unwrap().iter().find(|r| r["issuer_email"] == "bob@example.com").unwrap();
    assert_eq!(bob["accepted"], 1);
}

#[test]
fn metrics_events_ranks_the_events_each_actor_may_see_by_invites_sent() {
    let f = fixture();
    let env = &f.env;
    let event = |id: &str, slug: &str, title: &str, starts_at: &str, host: &str| json!({ "event_id": id, "event_slug": slug, "title": title, "starts_at": starts_at, "host_partner_slug": host });
    let jazz = row(
        event("e-jazz", "jazz-night", "Jazz Night", "2026-11-22T20:00:00Z", "blue-note"),
        [15, 10, 4, 2, 2, 5, 2, 2],
        json!(0.2667),
    );
    let gala = row(
        event("e-gala", "red-gala", "Red Gala", "2026-11-26T18:00:00Z", "red-room"),
        [3, 2, 2, 0, 0, 1, 0, 0],
        json!(0.6667),
    );
    // green-fest: i30 and i31, both credited.
    let fest = row(
        event("e-fest", "green-fest", "Green Fest", "2026-11-27T18:00:00Z", "green-bar"),
        [2, 2, 2, 0, 0, 0, 0, 0],
        json!(1),
    );
    let quiet =
        row(event("e-quiet", "quiet-evening", "Quiet Evening", "2026-12-05T20:00:00Z", "blue-note"), [0; 8], json!(0));
    assert_eq!(env.json(&["metrics", "events"]), json!([jazz, gala, fest, quiet]));

    // Who sees which events: the operator and landlords all; a member with
    // can_view_metrics those its partner manages; anyone else none (exit 0).
    let seen = |who: &str| -> Vec<String> {
        let run = env.run_as(who, &["--format", "json", "metrics", "events"]).ok();
        run.json().as_array().unwrap().iter().map(|r| r["event_id"].as_str().unwrap().to_string()).collect()
    };
    let all = ["e-jazz", "e-gala", "e-fest", "e-quiet"];
    let blue_note = ["e-jazz", "e-gala", "e-quiet"];
    let none: [&str; 0] = [];
    assert_eq!(seen("lena@example.com"), all); // landlord
    assert_eq!(seen("alice@example.com"), blue_note); // owner of the host of jazz-night and quiet-evening
    assert_eq!(seen("erin@example.com"), blue_note); // analyst
    assert_eq!(seen("kim@example.com"), ["e-jazz", "e-gala"]); // analyst of red-room
    assert_eq!(seen("hank@example.com"), ["e-fest"]); // owner of green-bar
    for who in ["frank@example.com", "gina@example.com", "ivan@example.com", "judy@example.com", "bob@example.com"] {
        // staff, flag revoked, suspended, invited, no membership
        assert_eq!(seen(who), none, "{who}");
    }

    let csv = env.run(&["--format", "csv", "metrics", "events", "--since", "2026-11-23"]).ok().stdout;
    assert_eq!(
        csv,
        "event_id,event_slug,title,starts_at,host_partner_slug,sent,viewed,accepted,declined,closed_duplicate,open,\
         expired,attended,acceptance_rate\r\n\
         e-gala,red-gala,Red Gala,2026-11-26T18:00:00Z,red-room,3,2,2,0,0,1,0,0,0.6667\r\n\
         e-fest,green-fest,Green Fest,2026-11-27T18:00:00Z,green-bar,2,2,2,0,0,0,0,0,1\r\n\
         e-jazz,jazz-night,Jazz Night,2026-11-22T20:00:00Z,blue-note,0,0,0,0,0,0,0,0,0\r\n\
         e-quiet,quiet-evening,Quiet Evening,2026-12-05T20:00:00Z,blue-note,0,0,0,0,0,0,0,0,0\r\n"
    );
    let quiet_ids = |args: &[&str]| env.run(&[&["-q", "metrics", "events"][..], args].concat()).ok().stdout;
    assert_eq!(quiet_ids(&["--sort", "acceptance_rate"]), "e-fest\ne-gala\ne-jazz\ne-quiet\n");
    assert_eq!(quiet_ids(&["--sort", "acceptance_rate", "--limit", "2"]), "e-fest\ne-gala\n");
    // Ties on the key keep the default order (sent desc, then event id).
    assert_eq!(quiet_ids(&["--sort", "attended"]), "e-jazz\ne-gala\ne-fest\ne-quiet\n");
    assert_eq!(quiet_ids(&["--limit", "1"]), "e-jazz\n");
    assert_eq!(quiet_ids(&["--until", "2026-11-20"]), "e-fest\ne-gala\ne-jazz\ne-quiet\n");

    let bad = env.run(&["metrics", "events", "--sort", "popularity"]).code(2);
    assert!(bad.stderr.contains("expected one of sent, viewed, accepted"), "{}", bad.stderr);
    env.run(&["metrics", "events", "--limit", "0"]).code(2);
    env.run(&["metrics", "events", "--since", "2026-11-23", "--until", "2026-11-22"]).code(2);
}
