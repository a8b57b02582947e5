//! Who a USER reference names (SPEC §1.2, §2.1): ids never pass for emails,
//! emails compare in one canonical spelling (Unicode NFC, lower-case), and
//! no command tells an unprivileged actor whether an email is registered
//! (SPEC §1.8).

use crate::support::*;

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
         SELECT 'bob@example.com', tenant_id, 'mallory@example.com', 'Mallory', FALSE, created_at
         FROM users WHERE email = 'bob@example.com';
         INSERT INTO users (id, tenant_id, email, display_name, landlord, created_at)
         SELECT 'dora@example.com', tenant_id, 'eve@example.com', 'Eve', FALSE, created_at
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

/// Every command where an unprivileged actor names another user answers the
/// same for a registered and an unknown email: permission comes first, and
/// a list filtered by an unknown user is empty.
#[test]
fn no_command_tells_an_unprivileged_actor_whether_an_email_is_registered() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.create_event("gig", "blue-note", "2026-12-01T20:00:00Z", "2026-12-01T23:00:00Z");
    // carol holds an invitation, so every state rule would have something to find.
    env.run(&["member", "invite", "blue-note", "carol@example.com"]).ok();
    env.run(&["member", "invite", "blue-note", "dave@example.com"]).code(3);
    let registered = "carol@example.com";
    let unknown = "nobody@example.com";
    // (actor, command with EMAIL as a placeholder, expected exit)
    let cases: &[(&str, &[&str], i32)] = &[
        (BOB, &["user", "show", "EMAIL"], 4),
        (BOB, &["member", "invite", "blue-note", "EMAIL", "--role", "owner"], 4),
        (BOB, &["-y", "member", "remove", "blue-note", "EMAIL"], 4),
        (BOB, &["member", "suspend", "blue-note", "EMAIL"], 4),
        (BOB, &["member", "reactivate", "blue-note", "EMAIL"], 4),
        (BOB, &["member", "set-role", "blue-note", "EMAIL", "admin"], 4),
        (BOB, &["member", "set-perms", "blue-note", "EMAIL", "--grant", "can_invite"], 4),
        (BOB, &["member", "accept", "blue-note", "EMAIL"], 4),
        (BOB, &["member", "decline", "blue-note", "EMAIL"], 4),
        (BOB, &["invite", "send", "gig", "EMAIL", "--on-behalf-of", "blue-note"], 4),
        (BOB, &["invite", "list", "--receiver", "EMAIL"], 0),
        (BOB, &["invite", "list", "--inviter", "user:EMAIL"], 0),
        ("alice@example.com", &["audit", "list", "--actor", "EMAIL"], 0),
        ("alice@example.com", &["metrics", "event", "gig", "--drill", "--issuer", "EMAIL"], 0),
        ("alice@example.com", &["metrics", "event", "gig", "--drill", "--inviter", "user:EMAIL"], 0),
    ];
    let mut failures = Vec::new();
    for (actor, args, code) in cases {
        for format in ["table", "json"] {
            let answer = |email: &str| {
                let args: Vec<String> = args.iter().map(|a| a.replace("EMAIL", email)).collect();
                let args: Vec<&str> =
                    [actor, "--format", format].into_iter().chain(args.iter().map(String::as_str)).collect();
                let before = env.dump();
                let run = env.run_cmd(env.cmd().arg("--as").args(&args));
                assert_eq!(before, env.dump(), "{args:?} wrote to the database");
                (run.code, run.stdout.replace(email, "EMAIL"), run.stderr.replace(email, "EMAIL"))
            };
            let (known, unknown) = (answer(registered), answer(unknown));
            if known != unknown || known.0 != *code {
                failures.push(format!("--as {actor} {args:?} ({format}): registered {known:?}, unknown {unknown:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "registered and unknown emails must be answered alike, with the expected exit:\n{}",
        failures.join("\n")
    );
    // The operator, who may list every user, is still told of a typo.
    env.run(&["invite", "list", "--receiver", unknown]).code(3);
    env.run(&["audit", "list", "--actor", unknown]).code(3);
}

/// Deciding "is that me?" without the database follows the same rules as a
/// lookup: any spelling of one's email, or one's id.
#[test]
fn an_actor_is_recognised_in_any_spelling_of_its_reference() {
    let env = TestEnv::new();
    env.seed("UTC");
    let bob = env.json(&["user", "show", BOB]);
    let id = bob["id"].as_str().unwrap();
    for me in ["BOB@Example.com", id] {
        assert_eq!(env.json(&["--as", BOB, "user", "show", me])["id"], id, "user show {me}");
    }
    env.add_member("blue-note", BOB, "staff");
    env.run_as(BOB, &["-y", "member", "remove", "blue-note", "Bob@EXAMPLE.com"]).ok();
    env.run(&["member", "invite", "blue-note", BOB]).ok();
    env.run_as(BOB, &["member", "accept", "blue-note", "BOB@example.com"]).ok();
}
