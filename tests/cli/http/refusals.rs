//! Each documented refusal of SPEC §5: its status, the CLI's error object,
//! and the headers that go with it.

use serde_json::json;

use super::*;

#[test]
fn requests_without_a_valid_token_get_401_before_any_use_case() {
    let env = fixture();
    let alice = token_of(&env, ALICE, &[]);
    let short = token_of(&env, BOB, &["--expires-in", "1h"]);
    let server = Server::start(&env, &[]);
    let missing = Reply::from(server.request("GET", "/v1/me", None).call());
    assert_eq!(missing.error(401)["code"], "unauthenticated");
    let basic = Reply::from(server.request("GET", "/v1/me", None).set("Authorization", "Basic YTpi").call());
    assert_eq!(basic.error(401)["code"], "unauthenticated");
    let unknown = server.get("/v1/me", "pct_0000000000000000000000000000000000000000000000000000000000000000");
    assert_eq!(unknown.error(401)["message"], "unknown API token");
    // A mutation without a token writes nothing, not even an audit row.
    let before = env.dump();
    let reply = server.send("POST", "/v1/events/jazz/invites", "", &json!({"receiver": CAROL}));
    assert_eq!(reply.error(401)["code"], "unauthenticated");
    assert_eq!(before, env.dump());

    server.get("/v1/me", &short).status(200);
    let later = Server::start_at(&env, "2026-11-24T11:00:00Z", &[]);
    let expired = later.get("/v1/me", &short).error(401);
    assert!(expired["message"].as_str().unwrap().contains("expired at 2026-11-24T11:00:00Z"), "{expired}");
    later.get("/v1/me", &alice).status(200);

    let id = cli(&env, ALICE, &["token", "list"])[0]["id"].as_str().unwrap().to_string();
    assert_eq!(cli(&env, ALICE, &["token", "list"])[0]["last_used_at"], "2026-11-24T11:00:00Z");
    env.run(&["--as", ALICE, "token", "revoke", &id]).ok();
    let revoked = server.get("/v1/me", &alice).error(401);
    assert!(revoked["message"].as_str().unwrap().contains("revoked"), "{revoked}");
    assert!(server.log().iter().all(|line| !line.contains(&alice[4..])), "the access log shows a token");
}

#[test]
fn refusals_carry_the_status_and_error_object_of_spec_5() {
    let env = fixture();
    env.run(&["tenant", "settings", "set", "invites_per_day_per_user", "6"]).ok();
    let (alice, bob, carol) = (token_of(&env, ALICE, &[]), token_of(&env, BOB, &[]), token_of(&env, CAROL, &[]));
    let server = Server::start(&env, &[]);

    let err = server.get("/v1/partners/blue-note/members", &carol).error(403);
    assert_eq!(err["code"], "permission_denied");
    assert_eq!(err["permission"], "member");
    let err = server.get("/v1/events/jazz/metrics", &carol).error(403);
    assert_eq!(err["permission"], "can_view_metrics");
    let run = env.run(&["--as", CAROL, "--format", "json", "metrics", "event", "jazz"]).code(4);
    assert_eq!(err, run.error_json()["error"], "the CLI's error object");

    assert_eq!(server.get("/v1/partners/no-such", &alice).error(404)["code"], "not_found");
    assert_eq!(server.get("/v1/invites/no-such", &alice).error(404)["code"], "not_found");
    let err = server.get("/v1/no/such/path", &alice).error(404);
    assert_eq!(err["code"], "not_found");
    assert_eq!(Reply::from(server.request("GET", "/nothing", None).call()).error(404)["code"], "not_found");

    let existing = cli(&env, ALICE, &["invite", "list", "--receiver", "r1@example.com"])[0]["id"].clone();
    let body = json!({"receiver": "r1@example.com", "on_behalf_of": "blue-note"});
    let err = server.send("POST", "/v1/events/jazz/invites", &alice, &body).error(409);
    assert_eq!(err["code"], "already_invited");
    assert_eq!(err["invite_id"], existing);

    // alice has issued 5 of her 6 invites today; the day ends at midnight UTC.
    server.send("POST", "/v1/events/jazz/invites", &alice, &json!({"receiver": "r6@example.com"})).status(201);
    let reply = server.send("POST", "/v1/events/jazz/invites", &alice, &json!({"receiver": "r7@example.com"}));
    let err = reply.error(429);
    assert_eq!(err["limit_key"], "invites_per_day_per_user");
    assert_eq!(err["resets_at"], "2026-11-25T00:00:00Z");
    assert_eq!(reply.retry_after.as_deref(), Some("50400"), "14 h until local midnight");

    let err =
        server.send("POST", "/v1/events/jazz/invites", &bob, &json!({"receiver": "r7@example.com", "colour": "red"}));
    assert!(err.error(400)["message"].as_str().unwrap().contains("unknown field `colour`"), "{}", err.body);
    let malformed = server.request("POST", "/v1/events/jazz/invites", Some(&bob)).send_string("{\"receiver\": ");
    assert_eq!(Reply::from(malformed).error(400)["code"], "usage");
    let err = server.get("/v1/events?sort=title", &bob).error(400);
    assert!(err["message"].as_str().unwrap().contains("sort"), "{err}");
    let err =
        server.send("POST", "/v1/events/jazz/invites", &bob, &json!({"receiver": "r7@example.com", "channel": "fax"}));
    assert_eq!(err.error(400)["code"], "invalid_input");
    assert_eq!(server.get("/v1/events/jazz/invites?limit=1001", &alice).error(400)["code"], "invalid_input");
    let method = Reply::from(server.request("PUT", "/v1/me", Some(&bob)).call());
    assert_eq!(method.error(405)["code"], "usage");

    // Refused on its Content-Length, before the server reads it.
    let addr = server.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    let head = format!(
        "POST /v1/events/jazz/invites HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {bob}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{{",
        1024 * 1024 + 1
    );
    std::io::Write::write_all(&mut stream, head.as_bytes()).unwrap();
    let mut answer = String::new();
    std::io::Read::read_to_string(&mut stream, &mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("\"code\":\"invalid_input\""), "{answer}");
}

#[test]
fn with_tenant_the_server_refuses_the_tokens_of_other_tenants() {
    let env = fixture();
    let alice = token_of(&env, ALICE, &[]);
    env.run(&["tenant", "create", "other", "--name", "Other City"]).ok();
    env.run(&["--tenant", "other", "user", "add", "otto@example.com", "--name", "Otto"]).ok();
    let otto = env.run(&["--tenant", "other", "--as", "otto@example.com", "-q", "token", "create"]).ok();
    let otto = otto.stdout.trim().to_string();
    let both = Server::start(&env, &[]);
    assert_eq!(both.get("/v1/me", &otto).status(200).json()["email"], "otto@example.com");
    let acme_only = Server::start(&env, &["--tenant", "acme"]);
    assert_eq!(acme_only.get("/v1/me", &otto).error(401)["code"], "unauthenticated");
    acme_only.get("/v1/me", &alice).status(200);
    let run = env.run(&["--tenant", "nowhere", "serve", "--listen", "127.0.0.1:0"]).code(3);
    assert!(run.stderr.contains("nowhere"), "{}", run.stderr);
}
