//! The OpenAPI document: served without a token, equal to the committed
//! docs/openapi.json, and naming only endpoints that exist.

use super::*;

const COMMITTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/openapi.json");

#[test]
fn the_served_document_is_the_committed_one() {
    let env = TestEnv::new();
    env.seed("UTC");
    let server = Server::start(&env, &[]);
    let served = Reply::from(server.request("GET", "/v1/openapi.json", None).call()).status(200);
    assert!(served.content_type.starts_with("application/json"));
    if std::env::var_os("PARTNERCTL_WRITE_OPENAPI").is_some() {
        std::fs::write(COMMITTED, &served.body).unwrap();
    }
    let committed = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    assert!(
        served.body == committed,
        "docs/openapi.json is stale: regenerate it with \
         PARTNERCTL_WRITE_OPENAPI=1 cargo test --locked --test cli http::openapi"
    );
    let doc = served.json();
    assert_eq!(doc["openapi"], "3.1.0");

    // Every documented operation exists and, but for the open ones, wants a token.
    let open = ["/healthz", "/v1/openapi.json"];
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let concrete = path.replace('{', "x-").replace('}', "");
            let reply = Reply::from(server.request(&method.to_uppercase(), &concrete, None).call());
            let expected = if open.contains(&path.as_str()) { 200 } else { 401 };
            assert_eq!(reply.status, expected, "{method} {path}: {}", reply.body);
            let statuses = item[method]["responses"].as_object().unwrap();
            if expected == 401 {
                for status in ["400", "401", "403", "404", "413", "500", "503"] {
                    assert!(statuses.contains_key(status), "{method} {path} does not document {status}");
                }
            }
        }
    }
}
