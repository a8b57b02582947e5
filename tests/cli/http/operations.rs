//! Paging, content negotiation, CORS, races for quota, health, the access
//! log and graceful shutdown.

use std::io::{Read, Write};

use serde_json::{json, Value};

use super::*;

fn raw(server: &Server, path: &str, token: &str, accept: &str) -> Reply {
    Reply::from(server.request("GET", path, Some(token)).set("Accept", accept).call())
}

#[test]
fn the_drill_down_pages_to_the_end_and_streams_csv_and_ndjson() {
    let env = fixture();
    let alice = token_of(&env, ALICE, &[]);
    let server = Server::start(&env, &[]);
    let everything = cli(&env, ALICE, &["metrics", "event", "jazz", "--drill"]);
    let mut rows = Vec::new();
    let mut path = "/v1/events/jazz/invites?limit=2".to_string();
    let mut pages = 0;
    loop {
        let page = server.get(&path, &alice).status(200).json();
        pages += 1;
        rows.extend(page["rows"].as_array().unwrap().iter().cloned());
        match page["next_after"].as_str() {
            Some(after) => path = format!("/v1/events/jazz/invites?limit=2&after={after}"),
            None => break,
        }
    }
    assert_eq!(pages, 3, "5 invites in pages of 2");
    assert_eq!(Value::Array(rows), everything);
    let exact = server.get("/v1/events/jazz/invites?limit=5", &alice).json();
    assert_eq!(exact["next_after"], Value::Null, "a full last page has no next page");
    let filtered = server.get("/v1/events/jazz/invites?inviter=partner:blue-note&status=pending", &alice).json();
    assert_eq!(filtered["rows"], everything);

    let csv = raw(&server, "/v1/events/jazz/invites", &alice, "text/csv").status(200);
    assert!(csv.content_type.starts_with("text/csv"), "{}", csv.content_type);
    let cli_csv = env.run(&["--as", ALICE, "--format", "csv", "metrics", "event", "jazz", "--drill"]).ok().stdout;
    assert_eq!(csv.body, cli_csv);
    let ndjson = raw(&server, "/v1/events/jazz/invites?limit=3", &alice, "application/x-ndjson").status(200);
    assert_eq!(ndjson.content_type, "application/x-ndjson");
    let cli_jsonl = env
        .run(&["--as", ALICE, "--format", "jsonl", "metrics", "event", "jazz", "--drill", "--limit", "3"])
        .ok()
        .stdout;
    assert_eq!(ndjson.body, cli_jsonl);
    // A refusal before the first row is an ordinary error response.
    let carol = token_of(&env, CAROL, &[]);
    assert_eq!(raw(&server, "/v1/events/jazz/invites", &carol, "text/csv").error(403)["code"], "permission_denied");

    for (path, args) in [
        ("/v1/partners/blue-note/members", vec!["member", "list", "blue-note"]),
        ("/v1/events", vec!["event", "list"]),
        ("/v1/partners/blue-note/plan", vec!["plan", "show", "blue-note"]),
        ("/v1/events/jazz/metrics", vec!["metrics", "event", "jazz"]),
    ] {
        let csv = raw(&server, path, &alice, "text/csv, application/json;q=0.5").status(200);
        let mut cli_args = vec!["--as", ALICE, "--format", "csv"];
        cli_args.extend(&args);
        assert_eq!(csv.body, env.run(&cli_args).ok().stdout, "{path}");
        let lines = raw(&server, path, &alice, "application/x-ndjson").status(200);
        cli_args[3] = "jsonl";
        assert_eq!(lines.body, env.run(&cli_args).ok().stdout, "{path}");
    }
}

fn preflight(server: &Server, origin: &str) -> Reply {
    let req = server
        .request("OPTIONS", "/v1/partners", None)
        .set("Origin", origin)
        .set("Access-Control-Request-Method", "GET")
        .set("Access-Control-Request-Headers", "authorization");
    Reply::from(req.call())
}

#[test]
fn cors_allows_only_the_given_origins() {
    let env = fixture();
    let alice = token_of(&env, ALICE, &[]);
    let server = Server::start(&env, &["--cors-origin", "https://app.example.com"]);
    let allowed = preflight(&server, "https://app.example.com");
    assert!(allowed.status < 300, "{}", allowed.status);
    assert_eq!(allowed.allow_origin.as_deref(), Some("https://app.example.com"));
    let refused = preflight(&server, "https://evil.example.com");
    assert_eq!(refused.allow_origin, None);
    let call =
        Reply::from(server.request("GET", "/v1/me", Some(&alice)).set("Origin", "https://app.example.com").call());
    assert_eq!(call.allow_origin.as_deref(), Some("https://app.example.com"));

    let none = Server::start(&env, &[]);
    assert_eq!(preflight(&none, "https://app.example.com").allow_origin, None, "no origin by default");
    let run = env.run(&["serve", "--cors-origin", "*"]).code(2);
    assert!(run.stderr.contains("wildcard"), "{}", run.stderr);
}

#[test]
fn eight_clients_racing_for_the_last_quota_slots_get_exactly_that_many() {
    let env = fixture();
    // bob has 3 invites left today; 8 clients of his try at once.
    env.run(&["tenant", "settings", "set", "invites_per_day_per_user", "3"]).ok();
    let bob = token_of(&env, BOB, &[]);
    env.import_users(&emails("q", 8));
    let server = Server::start(&env, &[]);
    let barrier = std::sync::Barrier::new(8);
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let handles: Vec<_> = emails("q", 8)
            .into_iter()
            .map(|receiver| {
                let (server, bob, barrier) = (&server, &bob, &barrier);
                s.spawn(move || {
                    barrier.wait();
                    server.send("POST", "/v1/events/jazz/invites", bob, &json!({"receiver": receiver})).status
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 3, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 5, "{statuses:?}");
    let sent = cli(&env, BOB, &["invite", "list", "--inviter", &format!("user:{BOB}")]);
    assert_eq!(sent.as_array().unwrap().len(), 3);
}

#[test]
fn health_and_the_access_log() {
    let env = fixture();
    let alice = token_of(&env, ALICE, &[]);
    let server = Server::start(&env, &[]);
    let health = Reply::from(server.request("GET", "/healthz", None).call()).status(200);
    assert_eq!(health.json(), json!({"status": "ok"}));
    server.get("/v1/events/jazz/invites?limit=2&after=nothing", &alice).status(404);
    server.get("/v1/me", &alice).status(200);
    let log = server.log_with(|l| l.starts_with("GET /v1/me 200 "));
    let line = log.iter().find(|l| l.starts_with("GET /v1/events/jazz/invites ")).expect("an access-log line");
    assert!(line.contains(" 404 ") && line.ends_with("ms") && !line.contains("after"), "{line}");
    assert!(log.iter().any(|l| l.starts_with("GET /v1/me 200 ")), "{log:?}");
    assert!(log.iter().all(|l| !l.contains("pct_")), "{log:?}");
}

#[test]
fn sigterm_lets_the_request_in_flight_finish_then_exits_0() {
    let env = fixture();
    let alice = token_of(&env, ALICE, &[]);
    let mut server = Server::start(&env, &["--busy-timeout", "30000", "-v"]);
    server.get("/v1/me", &alice).status(200);
    // Hold the write lock, so that the next write request waits for it.
    let lock = WriteLock::take(&env);
    let addr = server.base.trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    let body = json!({"receiver": "r6@example.com"}).to_string();
    write!(
        stream,
        "POST /v1/events/jazz/invites HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {alice}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    // In flight once the server has read it (-v logs that); the lock keeps it there.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !server.log().iter().any(|l| l == "debug: POST /v1/events/jazz/invites received") {
        assert!(std::time::Instant::now() < deadline, "the request never arrived: {:?}", server.log());
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let pid = server_pid(&server);
    std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    lock.release();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    assert!(server.terminate().success());
    assert_eq!(cli(&env, ALICE, &["invite", "list", "--receiver", "r6@example.com"]).as_array().unwrap().len(), 1);
}

fn server_pid(server: &Server) -> String {
    server.child.id().to_string()
}

/// The database's write lock, held by the test: a SQLite write transaction,
/// or on PostgreSQL the tenant row that every write locks first.
enum WriteLock {
    Sqlite(rusqlite::Connection),
    Postgres(postgres::Client),
}

impl WriteLock {
    fn take(env: &TestEnv) -> WriteLock {
        match &env.pg {
            Some(url) => {
                let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
                client.batch_execute("BEGIN; SELECT id FROM tenants FOR UPDATE").unwrap();
                WriteLock::Postgres(client)
            }
            None => {
                let conn = rusqlite::Connection::open(&env.db).unwrap();
                conn.execute_batch("BEGIN IMMEDIATE").unwrap();
                WriteLock::Sqlite(conn)
            }
        }
    }

    fn release(self) {
        match self {
            WriteLock::Sqlite(conn) => conn.execute_batch("ROLLBACK").unwrap(),
            WriteLock::Postgres(mut client) => client.batch_execute("ROLLBACK").unwrap(),
        }
    }
}
