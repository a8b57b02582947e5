//! Tenants, users, partners, plans, settings, audit, db and global options.

use crate::support::*;

#[test]
fn tenant_create_prints_the_record_and_seeds_plans_and_settings() {
    let env = TestEnv::new();
    let t = env.json(&["tenant", "create", "acme", "--name", "Acme City", "--timezone", "Europe/Berlin"]);
    assert_eq!(t["slug"], "acme");
    assert_eq!(t["timezone"], "Europe/Berlin");
    assert_eq!(t["created_at"], NOW);
    let plans = env.json(&["plan", "list"]);
    let keys: Vec<&str> = plans.as_array().unwrap().iter().map(|p| p["plan"].as_str().unwrap()).collect();
    assert_eq!(keys.len(), 3);
    for k in ["tiny_free", "standard", "pro"] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    let tiny = plans.as_array().unwrap().iter().find(|p| p["plan"] == "tiny_free").unwrap();
    assert_eq!(tiny["invites_per_day_per_partner"], 100);
    assert_eq!(tiny["members_per_partner"], 3);
    assert_eq!(tiny["invites_per_day_per_user"], serde_json::Value::Null);
    let settings = env.run(&["tenant", "settings", "show", "--format", "csv"]).ok();
    assert_eq!(
        settings.stdout,
        "key,value\r\ntimezone,Europe/Berlin\r\ndefault_plan,tiny_free\r\nmember_invitation_ttl,7d\r\n\
         invites_per_event_per_inviter,300\r\ninvites_per_day_per_partner,500\r\ninvites_per_day_per_user,100\r\n\
         pending_invites_per_receiver,20\r\ninvites_to_same_receiver_per_30d,10\r\nmembers_per_partner,\r\n"
    );
}

#[test]
fn tenant_is_implicit_only_with_exactly_one() {
    let env = TestEnv::new();
    env.run(&["user", "list"]).code(3);
    env.run(&["tenant", "create", "one", "--name", "One"]).ok();
    env.run(&["user", "list"]).ok();
    env.run(&["tenant", "create", "two", "--name", "Two"]).ok();
    let r = env.run(&["user", "list"]).code(2);
    assert!(r.stderr.contains("--tenant"), "{}", r.stderr);
    env.run(&["--tenant", "two", "user", "list"]).ok();
    env.run(&["--tenant", "nope", "user", "list"]).code(3);
    env.run(&["tenant", "create", "one", "--name", "Again"]).code(5);
}

#[test]
fn bad_input_is_refused_with_exit_2_and_nothing_written() {
    let env = TestEnv::new();
    env.seed("UTC");
    let before = env.dump();
    env.run(&["tenant", "create", "Bad_Slug", "--name", "x"]).code(2);
    env.run(&["tenant", "create", "ok", "--name", "x", "--timezone", "Mars/Base"]).code(2);
    env.run(&["user", "add", "not-an-email", "--name", "x"]).code(2);
    env.run(&["partner", "create", "p", "--name", "P", "--kind", "castle"]).code(2);
    env.run(&["partner", "create", "p", "--name", "P", "--plan", "gold"]).code(3);
    env.run(&["plan", "update", "pro", "--limit", "invites_per_day_per_user=-1"]).code(2);
    env.run(&["plan", "update", "pro", "--limit", "nonsense=1"]).code(2);
    env.run(&["tenant", "settings", "set", "timezone", "Nowhere/Else"]).code(2);
    env.run(&["--format", "yaml", "tenant", "list"]).code(2);
    assert_eq!(before, env.dump());
}

#[test]
fn users_are_case_insensitive_and_unique_per_tenant() {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme"]).ok();
    let u = env.json(&["user", "add", "Alice@Example.COM", "--name", "Alice", "--id", "ext-1"]);
    assert_eq!(u["email"], "alice@example.com");
    assert_eq!(u["id"], "ext-1");
    assert_eq!(u["landlord"], false);
    env.run(&["user", "add", "ALICE@example.com", "--name", "Again"]).code(5);
    env.run(&["user", "add", "other@example.com", "--name", "X", "--id", "ext-1"]).code(5);
    assert_eq!(env.json(&["user", "show", "ALICE@EXAMPLE.COM"])["id"], "ext-1");
    env.run(&["user", "show", "nobody@example.com"]).code(3);
}

#[test]
fn quiet_prints_only_ids() {
    let env = TestEnv::new();
    env.run(&["tenant", "create", "acme", "--name", "Acme"]).ok();
    let r = env.run(&["-q", "user", "add", "a@example.com", "--name", "A", "--id", "u-1"]).ok();
    assert_eq!(r.stdout, "u-1\n");
    env.run(&["user", "add", "b@example.com", "--name", "B", "--id", "u-2"]).ok();
    assert_eq!(env.run(&["-q", "user", "list"]).ok().stdout, "u-1\nu-2\n");
}

#[test]
fn partner_lifecycle_and_permissions() {
    let env = TestEnv::new();
    env.seed("UTC");
    let p = env.json(&["partner", "show", "blue-note"]);
    assert_eq!(p["plan"], "tiny_free");
    assert_eq!(p["kind"], "venue");
    assert_eq!(p["status"], "active");
    // Only operator and landlords create partners.
    env.run_as("alice@example.com", &["partner", "create", "x", "--name", "X"]).code(4);
    env.run_as("lena@example.com", &["partner", "create", "x", "--name", "X"]).ok();
    // Owner may update; a non-member may not even see it.
    env.run_as("alice@example.com", &["partner", "update", "blue-note", "--name", "Blue Note Club"]).ok();
    env.run_as("bob@example.com", &["partner", "show", "blue-note"]).code(4);
    let denied =
        env.run_as("bob@example.com", &["--format", "json", "partner", "update", "blue-note", "--name", "Y"]).code(4);
    assert_eq!(denied.error_json()["error"]["code"], "permission_denied");
    // Archive needs --yes without a TTY, then is idempotent.
    env.run(&["partner", "archive", "blue-note"]).code(2);
    assert_eq!(env.json(&["-y", "partner", "archive", "blue-note"])["status"], "archived");
    env.run(&["-y", "partner", "archive", "blue-note"]).ok();
    let archives = env.json(&["audit", "list", "--action", "partner.archive"]);
    assert_eq!(archives.as_array().unwrap().len(), 1);
}

#[test]
fn plan_set_and_update_are_landlord_only_and_audited() {
    let env = TestEnv::new();
    env.seed("UTC");
    env.run_as("alice@example.com", &["plan", "set", "blue-note", "pro"]).code(4);
    assert_eq!(env.json(&["plan", "set", "blue-note", "pro"])["plan"], "pro");
    let row = env.json(&[
        "plan",
        "update",
        "pro",
        "--limit",
        "invites_per_day_per_user=7",
        "--limit",
        "members_per_partner=unlimited",
    ]);
    assert_eq!(row["invites_per_day_per_user"], 7);
    assert_eq!(row["members_per_partner"], serde_json::Value::Null);
    assert_eq!(row["partners"], 1);
    let actions: Vec<String> = env
        .json(&["audit", "list", "--reverse"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        actions,
        ["tenant.create", "user.add", "user.add", "user.add", "user.add", "partner.create", "plan.set", "plan.update"]
    );
}

#[test]
fn errors_are_json_on_stderr_with_json_formats() {
    let env = TestEnv::new();
    env.seed("UTC");
    let r = env.run(&["--format", "jsonl", "partner", "show", "nope"]).code(3);
    assert_eq!(r.stdout, "");
    let e = r.error_json();
    assert_eq!(e["error"]["code"], "not_found");
    let r = env.run(&["partner", "show", "nope"]).code(3);
    assert!(r.stderr.starts_with("error: partner not found: \"nope\""), "{}", r.stderr);
}

#[test]
fn db_status_check_backup_and_newer_schema() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    env.seed("UTC");
    let s = env.json(&["db", "status"]);
    assert_eq!(s["schema_version"], s["latest_version"]);
    assert_eq!(s["journal_mode"], "wal");
    assert_eq!(s["partners"], 1);
    assert_eq!(env.json(&["db", "check"])["ok"], true);
    let dest = env.path("copy.db");
    env.run(&["db", "backup", dest.to_str().unwrap()]).ok();
    assert_eq!(dump_db(&dest), env.dump());
    env.run(&["db", "backup", dest.to_str().unwrap()]).code(5);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&env.db).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let r = env.run(&["--format", "json", "db", "status"]).code(8);
    assert_eq!(r.error_json()["error"]["code"], "database");
}

#[test]
fn default_database_lives_in_the_data_dir() {
    let env = TestEnv::new();
    let mut cmd = env.cmd();
    cmd.env_remove("PARTNERCTL_DB").args(["tenant", "create", "acme", "--name", "Acme"]);
    env.run_cmd(&mut cmd).ok();
    assert!(env.dir.path().join("data/partnerctl/partnerctl.db").is_file());
}

#[test]
fn a_mistyped_db_is_not_found_and_leaves_no_file() {
    let env = TestEnv::new();
    let typo = env.path("typo.db");
    let typo_arg = typo.to_str().unwrap();
    for args in [&["user", "list"][..], &["db", "status"], &["partner", "create", "p", "--name", "P"], &["db", "check"]]
    {
        let r = env.run_cmd(env.cmd().args(["--format", "json", "--db", typo_arg]).args(args)).code(3);
        let e = r.error_json();
        assert_eq!(e["error"]["code"], "not_found", "{args:?}");
        assert_eq!(e["error"]["message"], format!("database file not found: {typo_arg:?}"), "{args:?}");
        assert!(!typo.exists(), "{args:?} left {typo_arg} behind");
    }
    let r = env.run(&["--db", typo_arg, "tenant", "show"]).code(3);
    assert_eq!(r.stderr.lines().next().unwrap(), format!("error: database file not found: {typo_arg:?}"));
    // Without --db the default file is not created either, nor its directory.
    env.run_cmd(env.cmd().env_remove("PARTNERCTL_DB").args(["user", "list"])).code(3);
    assert!(!env.dir.path().join("data").exists());
}

#[test]
fn only_the_commands_that_start_a_database_create_the_file() {
    let env = TestEnv::new();
    for (name, args) in [
        ("t.db", &["tenant", "create", "acme", "--name", "Acme"][..]),
        ("m.db", &["db", "migrate"]),
        ("d.db", &["demo", "--size", "small"]),
    ] {
        let file = env.path(name);
        env.run_cmd(env.cmd().arg("--db").arg(&file).args(args)).ok();
        assert!(file.is_file(), "{args:?} did not create {name}");
        env.run_cmd(env.cmd().arg("--db").arg(&file).args(["db", "status"])).ok();
    }
}

#[test]
fn garbage_file_and_directory_are_database_errors() {
    if sqlite_only() {
        return;
    }
    let env = TestEnv::new();
    std::fs::write(
        &env.db,
        b"this is not a database at all, just text................................................",
    )
    .unwrap();
    env.run(&["tenant", "list"]).code(8);
    let dir = env.path("adir");
    std::fs::create_dir(&dir).unwrap();
    env.run(&["--db", dir.to_str().unwrap(), "tenant", "list"]).code(8);
}

#[test]
fn completions_match_the_committed_scripts() {
    let env = TestEnv::new();
    for (shell, file) in [
        ("bash", "partnerctl.bash"),
        ("zsh", "_partnerctl"),
        ("fish", "partnerctl.fish"),
        ("powershell", "_partnerctl.ps1"),
        ("elvish", "partnerctl.elv"),
    ] {
        let generated = env.run(&["completions", shell]).ok().stdout;
        let committed =
            std::fs::read_to_string(format!("{}/completions/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
        assert!(generated == committed, "completions/{file} is stale: regenerate it as the README says");
    }
}

#[test]
fn command_line_errors_are_json_too_when_json_is_asked_for() {
    let env = TestEnv::new();
    let r = env.run(&["--format", "json", "partner", "create", "p", "--name", "P", "--kind", "castle"]).code(2);
    let e = r.error_json();
    assert_eq!(e["error"]["code"], "usage");
    assert!(e["error"]["message"].as_str().unwrap().contains("castle"), "{e}");
    let r = env.run_cmd(env.cmd().env("PARTNERCTL_FORMAT", "jsonl").args(["partner", "explode"])).code(2);
    assert_eq!(r.error_json()["error"]["code"], "usage");
    let r = env.run(&["partner", "explode"]).code(2);
    assert!(r.stderr.starts_with("error: "), "{}", r.stderr);
}

#[test]
fn setting_the_value_in_force_is_a_no_op_without_audit() {
    let env = TestEnv::new();
    env.seed("UTC");
    for _ in 0..2 {
        env.run(&["tenant", "settings", "set", "invites_per_day_per_user", "50"]).ok();
        env.run(&["plan", "update", "pro", "--limit", "invites_per_day_per_user=7"]).ok();
        // standard overrides seats with 20: `unlimited` changes it the first time only.
        env.run(&["plan", "update", "standard", "--limit", "members_per_partner=unlimited"]).ok();
    }
    env.run(&["tenant", "settings", "set", "invites_per_day_per_user", "100"]).ok();
    let count = |action: &str| env.json(&["audit", "list", "--action", action]).as_array().unwrap().len();
    assert_eq!(count("tenant.settings.set"), 2);
    assert_eq!(count("plan.update"), 2);
}

#[test]
fn version_names_the_commit_the_schemas_and_sqlite() {
    let env = TestEnv::new();
    let short = env.run(&["-V"]).ok().stdout;
    assert_eq!(short, format!("partnerctl {}\n", env!("CARGO_PKG_VERSION")));
    let long = env.run(&["--version"]).ok().stdout;
    let lines: Vec<&str> = long.lines().collect();
    assert_eq!(lines[0], format!("partnerctl {}", env!("CARGO_PKG_VERSION")), "{long}");
    let commit = lines[1].strip_prefix("commit: ").unwrap_or_else(|| panic!("{long}"));
    assert!(commit.len() >= 12 && commit[..12].chars().all(|c| c.is_ascii_hexdigit()), "{long}");
    assert_eq!(
        lines[2],
        format!(
            "schema: sqlite {}, postgresql {}",
            partnerctl_store_sqlite::LATEST_VERSION,
            partnerctl_store_postgres::LATEST_VERSION
        )
    );
    assert_eq!(lines[3], format!("sqlite: {} (bundled)", rusqlite::version()));
}
