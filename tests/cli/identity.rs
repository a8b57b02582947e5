//! Who a USER reference names (SPEC §1.2, §2.1): ids never pass for emails,
//! and emails compare in one canonical spelling (Unicode NFC, lower-case).

use crate::support::*;

const BOB: &str = "bob@example.com";

/// The stored email of the user with id `id`.
fn stored_email(env: &TestEnv, id: &str) -> String {
    env.query(&format!("SELECT email FROM users WHERE id = '{id}'")).concat()
}

#[test]
fn an_id_with_an_at_sign_is_refused_on_add_and_import() {
    let env = TestEnv::new();
    env.seed("UTC");
    for id in [BOB, "mallory@elsewhere.example"] {
        let args = ["user", "add", "mallory@example.com", "--name", "Mallory", "--id", id];
        let error = env.refused_with(&args, 2);
        assert_eq!(error["code"], "invalid_input");
        let message = error["message"].as_str().unwrap();
        assert!(message.contains(&format!("{id:?}")), "the message quotes the id: {message}");
    }

    let file = env.write_file("users.csv", b"email,display_name,id\nmallory@example.com,Mallory,bob@example.com\n");
    let error = env.refused_with(&["user", "import", &file], 7);
    let line = &error["errors"][0];
    assert_eq!(line["line"], 2);
    assert!(line["message"].as_str().unwrap().contains("\"bob@example.com\""), "{error}");
}

/// A database of the previous release may hold an id with '@': a reference
/// with '@' is an email, so such an id never stands for another user's email.
#[test]
fn a_stored_id_with_an_at_sign_cannot_take_over_an_email() {
    let env = TestEnv::new();
    env.seed("UTC");
    let bob_id = env.json(&["user", "show", BOB])["id"].as_str().unwrap().to_string();
    env.sql(
        "INSERT INTO users (id, tenant_id, email, display_name, landlord, created_at)
         SELECT 'bob@example.com', tenant_id, 'mallory@example.com', 'Mallory', 0, created_at
         FROM users WHERE email = 'bob@example.com';
         INSERT INTO users (id, tenant_id, email, display_name, landlord, created_at)
         SELECT 'dora@example.com', tenant_id, 'eve@example.com', 'Eve', 0, created_at
         FROM users WHERE email = 'bob@example.com';",
    );

    let owner = env.json(&["member", "invite", "blue-note", BOB, "--role", "owner"]);
    assert_eq!((owner["user_id"].as_str(), owner["user_email"].as_str()), (Some(bob_id.as_str()), Some(BOB)));
    let acting = env.json(&["--as", BOB, "user", "show", BOB]);
    assert_eq!(acting["id"], bob_id.as_str());
    // The legacy user stays reachable by its email.
    assert_eq!(env.json(&["user", "show", "mallory@example.com"])["id"], BOB);

    let file = env.write_file("users.csv", b"email,display_name\ndora@example.com,Dora\n");
    let summary = env.json(&["user", "import", &file]);
    assert_eq!((summary["imported"].as_u64(), summary["skipped"].as_u64()), (Some(1), Some(0)), "{summary}");
    assert_eq!(env.json(&["user", "show", "dora@example.com"])["display_name"], "Dora");
}

#[test]
fn non_ascii_emails_are_found_in_every_spelling() {
    let env = TestEnv::new();
    env.seed("UTC");
    let added = env.json(&["user", "add", "Éloise@Exämple.com", "--name", "Éloise"]);
    assert_eq!(added["email"], "éloise@exämple.com");
    let id = added["id"].as_str().unwrap();
    let decomposed = "E\u{301}loise@Exa\u{308}mple.com";
    for spelling in ["Éloise@Exämple.com", "ÉLOISE@EXÄMPLE.COM", "éloise@exämple.com", decomposed] {
        assert_eq!(env.json(&["user", "show", spelling])["id"], id, "user show {spelling:?}");
        assert_eq!(env.json(&["--as", spelling, "user", "show", id])["id"], id, "--as {spelling:?}");
    }

    // Composed and decomposed forms are one user: no second one, and a
    // re-import in the other form is skipped.
    let error = env.refused_with(&["user", "add", decomposed, "--name", "Éloise"], 5);
    assert_eq!(error["code"], "conflict");
    let file = env.write_file("users.csv", format!("email,display_name\n{decomposed},Éloise\n").as_bytes());
    let summary = env.json(&["user", "import", &file]);
    assert_eq!((summary["imported"].as_u64(), summary["skipped"].as_u64()), (Some(0), Some(1)), "{summary}");

    let membership = env.json(&["member", "invite", "blue-note", "ÉLOISE@EXA\u{308}MPLE.COM"]);
    assert_eq!(membership["user_id"], id);

    // Lower-casing can leave a composable pair (Ω + perispomeni → ω +
    // perispomeni): the stored spelling is composed again.
    let greek = env.json(&["user", "add", "Ω\u{342}mega@example.gr", "--name", "Omega"]);
    assert_eq!(greek["email"], "ῶmega@example.gr");
    assert_eq!(stored_email(&env, greek["id"].as_str().unwrap()), "ῶmega@example.gr");
    assert_eq!(env.json(&["user", "show", "ῶmega@example.gr"])["id"], greek["id"]);
}
