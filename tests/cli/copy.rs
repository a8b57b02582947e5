//! `db copy --to TARGET` (SPEC §3.3): a whole database moved SQLite →
//! PostgreSQL → SQLite prints the same records on all three, keeps ids,
//! times, invite-code hashes and the audit log, and refuses a non-empty
//! target. Needs the PostgreSQL test server whatever the suite's backend.

use partnerctl_store_postgres::testing::Server;

use std::path::Path;

use crate::support::*;

/// A run against `db` (a file path or a URL), whatever the suite's backend.
fn run_on(env: &TestEnv, db: &str, args: &[&str]) -> Run {
    env.run_cmd(env.cmd().arg("--db").arg(db).args(args))
}

/// What a user of the demo sees, command by command.
fn views(env: &TestEnv, db: &str) -> Vec<String> {
    let commands: &[&[&str]] = &[
        &["--format", "csv", "metrics", "event", "summer-jam"],
        &["--format", "json", "metrics", "event", "summer-jam", "--by", "issuer"],
        &["--format", "csv", "metrics", "partner", "blue-note"],
        &["--format", "csv", "member", "list", "blue-note"],
        &["--format", "csv", "plan", "show", "blue-note"],
        &["--format", "csv", "plan", "list"],
        &["--format", "csv", "partner", "list"],
        &["--format", "csv", "user", "list"],
        &["--format", "csv", "event", "list"],
        &["--format", "csv", "invite", "list"],
        &["--format", "json", "audit", "list"],
        &["--format", "json", "tenant", "settings", "show"],
        &["--format", "json", "token", "list"],
    ];
    commands.iter().map(|args| format!("{args:?}\n{}", run_on(env, db, args).ok().stdout)).collect()
}

#[test]
fn the_demo_moves_to_postgresql_and_back_with_identical_output() {
    let Some(server) = Server::get() else { return };
    let env = TestEnv::new();
    let source = env.path("source.db");
    let (source, pg, back) =
        (source.to_str().unwrap().to_string(), server.empty_database(), env.path("back.db").display().to_string());
    run_on(&env, &source, &["demo"]).ok();
    // An invitation whose code is used only after the move.
    run_on(&env, &source, &["user", "add", "mover@demo.example", "--name", "Mover"]).ok();
    let invited = run_on(&env, &source, &["--format", "json", "member", "invite", "blue-note", "mover@demo.example"]);
    let code = invited.ok().json()["invite_code"].as_str().unwrap().to_string();
    // An API token, whose hash moves with it.
    run_on(&env, &source, &["--as", "olivia@demo.example", "token", "create", "--name", "moved"]).ok();

    let copied = run_on(&env, &source, &["--format", "json", "db", "copy", "--to", &pg]).ok().json();
    let invites = copied.as_array().unwrap().iter().find(|t| t["table"] == "invites").unwrap();
    assert!(invites["rows"].as_u64().unwrap() > 3000, "{copied}");
    run_on(&env, &pg, &["--format", "json", "db", "copy", "--to", &back]).ok();

    let expected = views(&env, &source);
    assert_eq!(views(&env, &pg), expected);
    assert_eq!(views(&env, &back), expected);
    // Every row and column, ids and times included, came back unchanged.
    assert_eq!(dump_db(Path::new(&back)), dump_db(Path::new(&source)));
    for db in [&pg, &back] {
        assert_eq!(run_on(&env, db, &["--format", "json", "db", "check"]).ok().json()["ok"], true);
    }

    // The hash of the invitation code moved: the code works on the copy,
    // and the copy's audit log goes on after the copied entries.
    let accepted = run_on(&env, &pg, &["--format", "json", "member", "accept", "--code", &code]).ok().json();
    assert_eq!(accepted["status"], "active");
    let audit = run_on(&env, &pg, &["--format", "json", "audit", "list"]).ok().json();
    let newest = audit.as_array().unwrap().iter().max_by_key(|e| e["id"].as_i64().unwrap()).unwrap();
    assert_eq!(newest["action"], "member.accept", "{newest}");
    assert_eq!(newest["details"]["after"]["user_email"], "mover@demo.example", "{newest}");
}

#[test]
fn a_target_that_holds_data_is_refused_and_left_as_it_was() {
    let Some(server) = Server::get() else { return };
    let env = TestEnv::new();
    let (source, other) = (env.path("source.db").display().to_string(), env.path("other.db").display().to_string());
    run_on(&env, &source, &["tenant", "create", "acme", "--name", "Acme"]).ok();
    run_on(&env, &other, &["tenant", "create", "other", "--name", "Other"]).ok();
    let pg = server.empty_database();
    run_on(&env, &pg, &["tenant", "create", "other", "--name", "Other"]).ok();
    for target in [&other, &pg] {
        let before = views_of_tenants(&env, target);
        let refused = run_on(&env, &source, &["--format", "json", "db", "copy", "--to", target]).code(5);
        assert_eq!(refused.error_json()["error"]["code"], "conflict", "{}", refused.stderr);
        assert!(refused.stdout.is_empty());
        assert_eq!(views_of_tenants(&env, target), before);
    }
    let before = dump_db(Path::new(&other));
    run_on(&env, &source, &["db", "copy", "--to", &other]).code(5);
    assert_eq!(dump_db(Path::new(&other)), before);
}

fn views_of_tenants(env: &TestEnv, db: &str) -> String {
    let tenants = run_on(env, db, &["--format", "csv", "tenant", "list"]).ok().stdout;
    let audit = run_on(env, db, &["--format", "csv", "audit", "list"]).ok().stdout;
    format!("{tenants}{audit}")
}

#[test]
fn only_the_operator_copies_a_database() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run(&["user", "add", "boss@example.com", "--name", "Boss", "--landlord"]).ok();
    let target = env.path("copy.db");
    let refused =
        env.run(&["--as", "boss@example.com", "--format", "json", "db", "copy", "--to", target.to_str().unwrap()]);
    let refused = refused.code(4);
    assert_eq!(refused.error_json()["error"]["permission"], "operator", "{}", refused.stderr);
    assert!(!target.exists(), "a refused copy created its target");
}

/// `db copy` moves the tables of `partnerctl_core::portable::TABLES`: a
/// table or column added to a schema and not to that list would be lost.
#[test]
fn the_portable_table_list_covers_both_schemas() {
    use partnerctl_core::portable::{DERIVED, TABLES};
    let derived = |column: &String| DERIVED.iter().any(|t| column.starts_with(&format!("{t}.")));
    let mut expected: Vec<String> =
        TABLES.iter().flat_map(|t| t.column_names().map(move |c| format!("{}.{c}", t.name))).collect();
    expected.sort();

    let env = TestEnv::new();
    let file = env.path("schema.db");
    env.run_cmd(env.cmd().arg("--db").arg(&file).args(["db", "migrate"])).ok();
    let conn = rusqlite::Connection::open(&file).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT m.name || '.' || c.name FROM sqlite_master m, pragma_table_info(m.name) c
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
        )
        .unwrap();
    let mut sqlite: Vec<String> =
        stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).filter(|c| !derived(c)).collect();
    sqlite.sort();
    assert_eq!(sqlite, expected);

    let Some(server) = Server::get() else { return };
    let mut client = postgres::Client::connect(&server.database(), postgres::NoTls).unwrap();
    let rows = client
        .query(
            "SELECT table_name || '.' || column_name FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name <> 'partnerctl_schema'
               AND table_name IN (SELECT table_name FROM information_schema.tables
                                  WHERE table_schema = 'public' AND table_type = 'BASE TABLE')",
            &[],
        )
        .unwrap();
    let mut postgres: Vec<String> = rows.iter().map(|r| r.get(0)).filter(|c| !derived(c)).collect();
    postgres.sort();
    assert_eq!(postgres, expected);
}
