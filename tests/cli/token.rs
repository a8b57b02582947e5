//! `token create | list | revoke` (SPEC §2.2, §2.3): who may, the record,
//! the secret shown once and stored only as a hash, and the audit rows.

use serde_json::Value;

use crate::support::*;

const FIELDS: [&str; 8] =
    ["id", "user_id", "user_email", "name", "created_at", "expires_at", "last_used_at", "revoked_at"];

fn keys(record: &Value) -> Vec<String> {
    record.as_object().unwrap().keys().cloned().collect()
}

fn create_as(env: &TestEnv, who: &str, extra: &[&str]) -> Value {
    let mut args = vec!["--as", who, "--format", "json", "token", "create"];
    args.extend(extra);
    env.run(&args).ok().json()
}

#[test]
fn create_prints_the_secret_once_and_stores_only_its_hash() {
    let env = TestEnv::new();
    env.seed("UTC");
    let t = create_as(&env, ALICE, &["--name", "ci", "--expires-in", "30d"]);
    let mut expected: Vec<String> = FIELDS.iter().map(|s| s.to_string()).collect();
    expected.push("token".into());
    assert_eq!(keys(&t), expected);
    assert_eq!(t["user_email"], ALICE);
    assert_eq!(t["name"], "ci");
    assert_eq!(t["created_at"], NOW);
    assert_eq!(t["expires_at"], "2026-12-24T10:00:00Z");
    assert!(t["last_used_at"].is_null() && t["revoked_at"].is_null());
    let secret = t["token"].as_str().unwrap();
    assert!(secret.starts_with("pct_") && secret.len() == 4 + 64, "{secret}");
    assert!(secret[4..].chars().all(|c| c.is_ascii_hexdigit()), "{secret}");
    assert!(!env.dump().contains(&secret[4..]), "the secret is stored");

    let listed = env.json(&["--as", ALICE, "token", "list"]);
    assert_eq!(keys(&listed[0]), FIELDS, "the secret is never shown again");
    assert_eq!(listed[0]["id"], t["id"]);

    let audit = env.audit("token.create");
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0]["target_kind"], "token");
    assert_eq!(audit[0]["target_id"], t["id"]);
    assert!(!audit[0].to_string().contains(&secret[4..]), "the audit log holds the secret");
}

#[test]
fn quiet_create_prints_only_the_secret() {
    let env = TestEnv::new();
    env.seed("UTC");
    let run = env.run(&["--as", BOB, "-q", "token", "create"]).ok();
    let line = run.stdout.trim();
    assert!(line.starts_with("pct_") && !line.contains('\n'), "{}", run.stdout);
    let hash: String = {
        use sha2::Digest;
        format!("{:x}", sha2::Sha256::digest(line.as_bytes()))
    };
    assert_eq!(env.count(&format!("SELECT count(*) FROM api_tokens WHERE secret_hash = '{hash}'")), 1);
}

#[test]
fn who_may_create_for_whom() {
    let env = TestEnv::new();
    env.seed("UTC");
    let err = env.refused_with(&["token", "create"], 2);
    assert_eq!(err["code"], "usage");
    let err = env.refused_with(&["--as", ALICE, "token", "create", "--for", BOB], 4);
    assert_eq!(err["permission"], "landlord");
    let err = env.refused_with(&["--as", ALICE, "token", "create", "--expires-in", "soon"], 2);
    assert!(err["message"].as_str().unwrap().contains("\"soon\""), "{err}");
    let err = env.refused_with(&["token", "create", "--for", "nobody@example.com"], 3);
    assert_eq!(err["code"], "not_found");

    assert_eq!(create_as(&env, ALICE, &["--for", ALICE])["user_email"], ALICE);
    assert_eq!(create_as(&env, LENA, &["--for", BOB])["user_email"], BOB);
    let by_operator = env.json(&["token", "create", "--for", CAROL]);
    assert_eq!(by_operator["user_email"], CAROL);
    assert!(by_operator["expires_at"].is_null());
}

#[test]
fn users_list_their_own_and_landlords_list_all() {
    let env = TestEnv::new();
    env.seed("UTC");
    let a = create_as(&env, ALICE, &[]);
    let b = create_as(&env, BOB, &[]);
    assert_eq!(ids(&env.json(&["--as", ALICE, "token", "list"])), [a["id"].as_str().unwrap()]);
    let all = [a["id"].as_str().unwrap(), b["id"].as_str().unwrap()];
    assert_eq!(ids(&env.json(&["--as", LENA, "token", "list"])), all);
    assert_eq!(ids(&env.json(&["token", "list"])), all);
}

#[test]
fn revoke_is_audited_idempotent_and_limited_to_the_owner_or_a_landlord() {
    let env = TestEnv::new();
    env.seed("UTC");
    let t = create_as(&env, ALICE, &[]);
    let id = t["id"].as_str().unwrap();
    let err = env.refused_with(&["--as", BOB, "token", "revoke", id], 4);
    assert_eq!(err["permission"], "landlord");
    env.refused_with(&["--as", ALICE, "token", "revoke", "no-such-token"], 3);

    let revoked = env.json(&["--as", ALICE, "token", "revoke", id]);
    assert_eq!(revoked["revoked_at"], NOW);
    let audit = env.audit("token.revoke");
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0]["target_id"], id);

    let rows = env.audit_rows();
    let again = env.json(&["--as", LENA, "token", "revoke", id]);
    assert_eq!(again["revoked_at"], NOW);
    assert_eq!(env.audit_rows(), rows, "revoking a revoked token writes nothing");
    env.run(&["db", "check"]).ok();
}
