//! What only a PostgreSQL database shows (SPEC §3.2): `db status` and
//! `db backup`, and how bad URLs, refused logins and unreachable servers
//! fail. These run on every backend setting, against the test server
//! (`partnerctl_store_postgres::testing`); without one they are skipped,
//! except under `CI=true`, where that fails.

use partnerctl_store_postgres::testing::Server;

use crate::support::*;

/// A run with `--db URL`, whatever the suite's backend.
fn run_on(env: &TestEnv, url: &str, args: &[&str]) -> Run {
    env.run_cmd(env.cmd().arg("--db").arg(url).args(args))
}

#[test]
fn db_status_names_the_server_and_backup_points_to_pg_dump() {
    let Some(server) = Server::get() else { return };
    let (env, url) = (TestEnv::new(), server.database());
    run_on(&env, &url, &["tenant", "create", "acme", "--name", "Acme"]).ok();
    let status = run_on(&env, &url, &["--format", "json", "db", "status"]).ok().json();
    assert_eq!(status["backend"], "postgresql");
    assert!(status["server_version"].as_str().is_some_and(|v| !v.is_empty()), "{status}");
    assert_eq!(status["schema_version"], status["latest_version"]);
    assert_eq!(status["tenants"], 1);
    assert_eq!(run_on(&env, &url, &["--format", "json", "db", "check"]).ok().json()["ok"], true);
    let dest = env.path("copy.db");
    let refused = run_on(&env, &url, &["db", "backup", dest.to_str().unwrap()]).code(2);
    assert!(refused.stderr.contains("pg_dump"), "{}", refused.stderr);
    assert!(!dest.exists());
}

#[test]
fn a_refused_login_or_an_unreachable_server_is_exit_8_naming_the_host_without_the_password() {
    let Some(server) = Server::get() else { return };
    let env = TestEnv::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let cases = [
        (
            format!("postgres://pct_nobody:hunter2-secret@{}/postgres?sslmode=disable", server.host()),
            server.host().to_string(),
        ),
        (format!("postgresql://ann:hunter2-secret@127.0.0.1:{port}/db"), format!("127.0.0.1:{port}")),
        (format!("postgres://ann:hunter2-secret@127.0.0.1:{port}/db?sslmode=require"), format!("127.0.0.1:{port}")),
    ];
    for (url, host) in cases {
        for format in ["table", "json"] {
            let run = run_on(&env, &url, &["--format", format, "tenant", "list"]).code(8);
            assert!(run.stderr.contains(&host), "{url}: {}", run.stderr);
            assert!(!run.stderr.contains("hunter2") && !run.stdout.contains("hunter2"), "{}", run.stderr);
        }
    }
    // The password may come from PGPASSWORD instead of the URL.
    let url = format!("postgres://pct_nobody@{}/postgres?sslmode=disable", server.host());
    let run = env.run_cmd(env.cmd().env("PGPASSWORD", "hunter2-secret").arg("--db").arg(&url).args(["tenant", "list"]));
    let run = run.code(8);
    assert!(
        run.stderr.contains("password authentication failed") || run.stderr.contains("does not exist"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("hunter2"), "{}", run.stderr);
}

#[test]
fn a_malformed_url_is_invalid_input() {
    let env = TestEnv::new();
    for url in [
        "postgres://ann@db.example",
        "postgres://ann@db.example/db?sslmode=sometimes",
        "postgres://ann@db.example/db?x=1",
    ] {
        let run = run_on(&env, url, &["--format", "json", "tenant", "list"]).code(2);
        assert_eq!(run.error_json()["error"]["code"], "invalid_input", "{url}");
    }
}

/// Makes the server abort the next `failures` inserts into `users` with
/// SQLSTATE `code`, as a serializable engine or the deadlock detector would
/// (a sequence, because a rolled-back transaction does not undo `nextval`).
fn abort_user_inserts(url: &str, code: &str, failures: u32) {
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connect to the test database");
    client
        .batch_execute(&format!(
            "CREATE SEQUENCE injected_aborts;
             CREATE FUNCTION abort_insert() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
               IF nextval('injected_aborts') <= {failures} THEN
                 RAISE EXCEPTION 'injected abort' USING ERRCODE = '{code}';
               END IF;
               RETURN NEW;
             END $$;
             CREATE TRIGGER abort_insert BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION abort_insert();"
        ))
        .expect("install the abort trigger");
}

fn injected_aborts(url: &str) -> i64 {
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connect to the test database");
    client.query_one("SELECT last_value FROM injected_aborts", &[]).unwrap().get(0)
}

#[test]
fn a_transaction_aborted_by_a_serialization_failure_or_deadlock_is_run_again() {
    let Some(server) = Server::get() else { return };
    for code in ["40001", "40P01"] {
        let (env, url) = (TestEnv::new(), server.database());
        run_on(&env, &url, &["tenant", "create", "acme", "--name", "Acme"]).ok();
        abort_user_inserts(&url, code, 3);
        let user = run_on(&env, &url, &["--format", "json", "user", "add", "ann@example.com", "--name", "Ann"]).ok();
        assert_eq!(user.json()["email"], "ann@example.com");
        // Three aborted attempts, then the fourth inserted: one user, one audit row.
        assert_eq!(injected_aborts(&url), 4, "{code}");
        let users = run_on(&env, &url, &["--format", "json", "user", "list"]).ok().json();
        assert_eq!(users.as_array().unwrap().len(), 1, "{code}: {users}");
        let audit = run_on(&env, &url, &["--format", "json", "audit", "list", "--action", "user.add"]).ok().json();
        assert_eq!(audit.as_array().unwrap().len(), 1, "{code}: {audit}");
    }
}

#[test]
fn a_transaction_aborted_every_time_gives_up_with_exit_8_and_writes_nothing() {
    let Some(server) = Server::get() else { return };
    let (env, url) = (TestEnv::new(), server.database());
    run_on(&env, &url, &["tenant", "create", "acme", "--name", "Acme"]).ok();
    abort_user_inserts(&url, "40001", 1000);
    let run = run_on(&env, &url, &["--format", "json", "user", "add", "ann@example.com", "--name", "Ann"]).code(8);
    assert_eq!(run.error_json()["error"]["code"], "database", "{}", run.stderr);
    assert!(run.stderr.contains("aborted by the server 8 times"), "{}", run.stderr);
    // Bounded: exactly 8 attempts.
    assert_eq!(injected_aborts(&url), 8);
    let users = run_on(&env, &url, &["--format", "json", "user", "list"]).ok().json();
    assert_eq!(users, serde_json::json!([]));
}

/// `db status` over `url`: the TLS version of the connection, or `off`.
fn tls_of(env: &TestEnv, url: &str) -> String {
    let status = run_on(env, url, &["--format", "json", "db", "status"]).ok().json();
    status["tls"].as_str().unwrap_or_else(|| panic!("no tls in {status}")).to_string()
}

#[test]
fn sslmodes_encrypt_and_verify_as_libpq_does() {
    let Some(server) = Server::get() else { return };
    let Some(certs) = server.certificates() else {
        eprintln!("skipped: PARTNERCTL_TEST_POSTGRES names a server whose certificates the suite does not hold");
        return;
    };
    let env = TestEnv::new();
    let db = server.database();
    let name = db.rsplit('/').next().unwrap().split('?').next().unwrap().to_string();
    let port = server.host().rsplit(':').next().unwrap().to_string();
    let url = |host: &str, query: &str| format!("postgres://postgres@{host}:{port}/{name}?{query}");
    let (ca, other_ca) = (certs.ca.display(), certs.other_ca.display());

    assert_eq!(tls_of(&env, &url("127.0.0.1", "sslmode=disable")), "off");
    for query in [
        "sslmode=prefer".to_string(),
        "sslmode=require".to_string(),
        format!("sslmode=require&sslrootcert={ca}"),
        format!("sslmode=verify-ca&sslrootcert={ca}"),
    ] {
        assert!(tls_of(&env, &url("127.0.0.1", &query)).starts_with("TLSv1."), "{query}");
    }
    // The certificate names localhost, not 127.0.0.1: only verify-full compares.
    assert!(tls_of(&env, &url("localhost", &format!("sslmode=verify-full&sslrootcert={ca}"))).starts_with("TLSv1."));
    let refusals = [
        (url("127.0.0.1", &format!("sslmode=verify-full&sslrootcert={ca}")), "certificate"),
        (url("localhost", &format!("sslmode=verify-ca&sslrootcert={other_ca}")), "certificate"),
        (url("localhost", &format!("sslmode=require&sslrootcert={other_ca}")), "certificate"),
        (url("localhost", "sslmode=verify-full&sslrootcert=/nonexistent/root.crt"), "/nonexistent/root.crt"),
    ];
    for (bad, why) in &refusals {
        let run = run_on(&env, bad, &["db", "status"]).code(8);
        assert!(run.stderr.contains(&format!(":{port}")) && run.stderr.contains(why), "{bad}: {}", run.stderr);
    }

    // A server without TLS: require and stronger refuse, prefer falls back to plain.
    server.set_tls(false);
    let without_tls = std::panic::catch_unwind(|| {
        assert_eq!(tls_of(&env, &url("127.0.0.1", "sslmode=prefer")), "off");
        for mode in ["require", &format!("verify-full&sslrootcert={ca}")] {
            let run = run_on(&env, &url("localhost", &format!("sslmode={mode}")), &["db", "status"]).code(8);
            assert!(run.stderr.contains(&format!("localhost:{port}")), "{mode}: {}", run.stderr);
        }
    });
    server.set_tls(true);
    if let Err(panic) = without_tls {
        std::panic::resume_unwind(panic);
    }
}
